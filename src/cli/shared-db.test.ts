// The CLI and `realign serve` on one database, as real processes: while the server owns
// the file, read commands answer through its API with the same results as direct reads,
// ingest without the token is refused (exit 4) and with it goes through the server.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief } from '../analytics/queries.ts';
import { ARTICLE } from '../server/test-fixture.ts';
import { DuckDBStore, ownerFile } from '../store/duckdb.ts';
import { seedDb } from './commands/analytics-cli.fixture.ts';
import { spawnCli, startServe, type ServeProcess } from './test-io.ts';

const TOKEN = 'tok-shared-db-1';
const run = spawnCli;

describe('realign commands while realign serve owns the database', () => {
  let db = '', url = '';
  let direct: { docs: string[]; brief: unknown };
  let server: ServeProcess | null = null;

  beforeAll(async () => {
    db = await seedDb();
    const s = await DuckDBStore.open(db);
    direct = { docs: (await s.listDocuments({ limit: 20 })).map((d) => JSON.stringify(d)), brief: JSON.parse(JSON.stringify(await brief(s, { windowDays: 365, maxDyads: 12 }))) };
    await s.close();
    server = await startServe(['--port', '0', '--db', db, '--token', TOKEN]);
    url = server.url;
  });

  afterAll(async () => {
    expect(await server?.stop()).toBe(0);
  });

  it('lists documents and prints the brief through the server, as direct reads do', async () => {
    expect(JSON.parse(readFileSync(ownerFile(db), 'utf8')).url).toBe(url);
    const [docs, br] = await Promise.all([run(['docs', '--db', db, '--json']), run(['brief', '--db', db, '--json'])]);
    expect(docs.code, docs.err).toBe(0);
    expect(docs.err).toBe(`using the running server at ${url}\n`);
    expect(docs.out.trim().split('\n')).toEqual(direct.docs);
    expect(br.code, br.err).toBe(0);
    expect(br.err).toContain(`using the running server at ${url}`);
    expect(JSON.parse(br.out)).toEqual(direct.brief);
  });

  it('refuses ingest without the token (exit 4), and ingests through the server with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shared-db-in-'));
    const file = join(dir, 'accord.txt');
    writeFileSync(file, ARTICLE);
    writeFileSync(join(dir, 'items.jsonl'), JSON.stringify({ title: 'x', text: ARTICLE }) + '\n');
    const no = await run(['ingest', '--db', db, file]);
    expect(no.code).toBe(4);
    expect(no.err).toBe(`realign ingest: ${db}: the database is owned by realign serve at ${url} (pid ${server!.pid}); ingest through it with --token, or stop it\n`);

    const yes = await run(['ingest', '--db', db, '--json', file, join(dir, 'items.jsonl')], { REALIGN_TOKEN: TOKEN });
    expect(yes.code, yes.err).toBe(1); // the JSON Lines file cannot go through the server; the article does
    const j = JSON.parse(yes.out);
    expect(j).toMatchObject({ read: 1, stored: 1, exists: 0, failed: 1 });
    expect(j.docs[0]).toMatchObject({ input: file, status: 'inserted' });
    expect(j.errors[0].error).toMatch(/JSON Lines and feeds cannot be sent to a running server/);

    const again = await run(['ingest', '--db', db, '--token', TOKEN, file]);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toBe(`read 1, stored 0, already stored 1, failed 0 (through ${url})\n`);
    const docs = await run(['docs', '--db', db, '--json']);
    expect(docs.out.trim().split('\n').map((l) => JSON.parse(l).id)).toContain(j.docs[0].id);
    expect(docs.out.trim().split('\n')).toHaveLength(direct.docs.length + 1);
  });
});
