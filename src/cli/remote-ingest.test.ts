// What `realign ingest --token` sends to a running server: files as they are, folders file
// by file, URLs for the server to fetch; JSON Lines and feeds refused with a reason.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { ARTICLE } from '../server/test-fixture.ts';
import { DuckDBStore } from '../store/duckdb.ts';
import { RemoteStore } from '../store/remote.ts';
import { ingestThroughServer, prepareUploads, type Prepared } from './remote-ingest.ts';

const stdin = (s: string) => Readable.from([Buffer.from(s)]);
async function all(inputs: string[], o: { maxBytes?: number; stdin?: string } = {}): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for await (const p of prepareUploads(inputs, { maxBytes: o.maxBytes ?? 1_000_000, stdin: stdin(o.stdin ?? '') })) out.push(p);
  return out;
}

describe('prepareUploads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'remote-ingest-'));
  mkdirSync(join(dir, 'folder', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'folder', 'b.txt'), ARTICLE);
  writeFileSync(join(dir, 'folder', 'sub', 'a.html'), `<html><body><p>${ARTICLE}</p></body></html>`);
  writeFileSync(join(dir, 'folder', 'notes.bin'), 'skipped: not a readable name');
  writeFileSync(join(dir, 'items.jsonl'), '{"text": "x"}\n');
  writeFileSync(join(dir, 'noext'), '<?xml version="1.0"?><rss><channel><item><title>t</title></item></channel></rss>');

  it('expands folders, passes URLs and standard input, and refuses what the server cannot read', async () => {
    const got = await all([join(dir, 'folder'), 'https://example.org/a', join(dir, 'items.jsonl'), join(dir, 'noext'), join(dir, 'missing.txt'), '-'], { stdin: ARTICLE });
    expect(got.map((p) => ('error' in p ? `${p.input}: ${p.error.slice(0, 30)}` : 'url' in p.upload ? `url ${p.upload.url}` : `${p.upload.name} ${p.upload.contentType}`))).toEqual([
      `${join(dir, 'folder', 'b.txt')} text/plain`,
      `${join(dir, 'folder', 'sub', 'a.html')} text/html`,
      'url https://example.org/a',
      `${join(dir, 'items.jsonl')}: JSON Lines and feeds cannot be`,
      `${join(dir, 'noext')}: JSON Lines and feeds cannot be`,
      `${join(dir, 'missing.txt')}: no such file or folder`,
      '- text/plain',
    ]);
  });

  it('refuses files over the size limit', async () => {
    const [p] = await all([join(dir, 'folder', 'b.txt')], { maxBytes: 100 });
    expect(p).toEqual({ input: join(dir, 'folder', 'b.txt'), error: `too large: ${ARTICLE.length} bytes (limit 100)` });
  });
});

describe('ingestThroughServer', () => {
  let store: DuckDBStore;
  beforeAll(async () => { store = await DuckDBStore.open(':memory:'); });
  afterAll(async () => { await store.close(); });

  it('counts what the server stored, knew already or refused, in the shape ingest --json prints', async () => {
    const app = createApp({ store, token: 'tok-12345678' });
    const remote = new RemoteStore('http://127.0.0.1:9', { fetch: async (u, init) => app.request(u, init) });
    const dir = mkdtempSync(join(tmpdir(), 'remote-ingest-'));
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'short.txt'), 'Too short to be an article.');
    const errors: string[] = [];
    const s = await ingestThroughServer(remote, 'tok-12345678', [join(dir, 'a.txt'), join(dir, 'a.txt'), join(dir, 'short.txt')], { maxBytes: 1_000_000, stdin: stdin(''), onError: (i, e) => errors.push(`${i}: ${e}`) });
    expect(s).toMatchObject({ read: 2, stored: 1, exists: 1, failed: 1 });
    expect(s.docs.map((d) => d.status)).toEqual(['inserted', 'exists']);
    expect(errors).toEqual([expect.stringMatching(/short\.txt: not an article/)]);
    expect(await store.countDocuments()).toBe(1);
  });
});
