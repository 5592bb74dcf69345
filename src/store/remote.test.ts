// RemoteStore: the shared store suite with writes on a DuckDB store and reads through the
// HTTP API of an app serving it (in-process), then the same over a real socket, the
// refused writes, export, and ingest through the server.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { startServer, type Running } from '../server/start.ts';
import { ARTICLE } from '../server/test-fixture.ts';
import { DuckDBStore, StoreLockedError } from './duckdb.ts';
import { RemoteStore, ServerOwnsStoreError } from './remote.ts';
import { sampleDoc, sampleEvent, storePairSuite } from './store.suite.ts';

/** a RemoteStore whose requests go to an in-process app over `store` */
function inProcess(store: DuckDBStore, token?: string) {
  const app = createApp({ store, token });
  return new RemoteStore('http://127.0.0.1:9', { path: 'x.duckdb', pid: 42, fetch: async (u, init) => app.request(u, init) });
}

storePairSuite('remote over the HTTP API (in-process)', async () => {
  const write = await DuckDBStore.open(':memory:');
  return { write, read: inProcess(write), close: () => write.close() };
});

describe('RemoteStore over a socket', () => {
  let store: DuckDBStore, srv: Running, remote: RemoteStore;
  beforeAll(async () => {
    store = await DuckDBStore.open(':memory:');
    await store.putDocument(sampleDoc());
    await store.insertEvents([sampleEvent(), sampleEvent({ id: 'g:2', ext_id: '2', date: '2012-02-01', quad: 1, goldstein: 3.4, cameo: '042', root: '04' })]);
    srv = await startServer({ store, port: 0, warm: false, token: 'tok-12345678' });
    remote = new RemoteStore(srv.url, { path: 'x.duckdb' });
  });
  afterAll(async () => { await srv.close(); await store.close(); });

  it('answers every read method as the store itself does', async () => {
    const f = { dyad: ['RUS', 'GEO'] as [string, string], from: '2012-01-01', to: '2012-12-31' };
    expect(await remote.schemaVersion()).toBe(await store.schemaVersion());
    expect(await remote.countDocuments()).toBe(1);
    expect(await remote.listDocuments()).toEqual(await store.listDocuments());
    expect(await remote.getDocument(sampleDoc().id)).toEqual(await store.getDocument(sampleDoc().id));
    expect(await remote.queryEvents(f)).toEqual(await store.queryEvents(f));
    expect(await remote.countEvents({ ...f, quad: 1 })).toBe(1);
    expect(await remote.eventSeries(f, { by: 'month', directed: true })).toEqual(await store.eventSeries(f, { by: 'month', directed: true }));
    expect(await remote.countryVolume({ countries: ['GEO'] }, { by: 'year' })).toEqual(await store.countryVolume({ countries: ['GEO'] }, { by: 'year' }));
  });

  it('refuses writes with a message that says what to do, as a lock error', async () => {
    const e = await remote.putDocument(sampleDoc('Another body.')).catch((x) => x);
    expect(e).toBeInstanceOf(ServerOwnsStoreError);
    expect(e).toBeInstanceOf(StoreLockedError);
    expect(e.message).toBe(`x.duckdb: the database is owned by realign serve at ${srv.url}; ingest through it with --token, or stop it`);
    await expect(remote.insertEvents([sampleEvent({ id: 'g:9' })])).rejects.toThrow(/owned by realign serve/);
    await expect(remote.addQuarantine([])).rejects.toThrow(/--token/);
    expect(await store.countEvents({ origin: 'gdelt1' })).toBe(2);
  });

  it('reports a refused parameter with the server\'s reason', async () => {
    await expect(remote.queryEvents({ quad: 7 })).rejects.toThrow(/refused events: parameter "quad": must be between 1 and 4/);
    await expect(remote.countEvents({ dyad: ['GEO', 'R U'] as [string, string] })).rejects.toThrow(/"dyad"/);
  });

  it('exports events through an in-memory store, in the same format as the owner would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'remote-export-'));
    expect(await remote.exportEvents({ country: 'GEO' }, { format: 'jsonl', path: join(dir, 'r.jsonl') })).toBe(2);
    expect(await store.exportEvents({ country: 'GEO' }, { format: 'jsonl', path: join(dir, 's.jsonl') })).toBe(2);
    expect(readFileSync(join(dir, 'r.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 's.jsonl'), 'utf8'));
  });

  it('ingests through the server with its token, and says so when the token is wrong', async () => {
    const r = await remote.ingest([{ name: 'a.txt', bytes: new TextEncoder().encode(ARTICLE), contentType: 'text/plain' }, { name: 'b.txt', bytes: new TextEncoder().encode('Too short.') }], 'tok-12345678');
    expect(r.map((x) => [x.name, x.ok])).toEqual([['a.txt', true], ['b.txt', false]]);
    expect(await remote.countDocuments()).toBe(2);
    await expect(remote.ingest([{ name: 'c.txt', bytes: new TextEncoder().encode(ARTICLE + ' More.') }], 'wrong-token')).rejects.toThrow(/refused the upload: missing or wrong token/);
  });

  it('names the server when it stops answering', async () => {
    const gone = new RemoteStore('http://127.0.0.1:9', { timeoutMs: 2000 });
    await expect(gone.countDocuments()).rejects.toThrow(/realign server at http:\/\/127\.0\.0\.1:9 did not answer/);
  });
});
