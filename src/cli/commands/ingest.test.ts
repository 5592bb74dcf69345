import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import ingest from './ingest.ts';
import { fakeIO } from '../../../test/fixtures/ingest/fake-io.ts';
import { DuckDBStore } from '../../store/duckdb.ts';
import { PROJECT_DIR } from '../../testing/shared.ts';

const CAPITALS = ['Lima', 'Quito', 'Bogota', 'Caracas', 'La Paz', 'Asuncion', 'Montevideo', 'Santiago', 'Brasilia', 'Panama City', 'San Jose', 'Managua'];
/** A distinct invented article per index. */
const article = (i: number) => `Talks on regional trade open in ${CAPITALS[i % CAPITALS.length]}

By Staff Writer ${i}

${CAPITALS[i % CAPITALS.length]!.toUpperCase()} — Trade ministers from ${3 + i} countries met on Monday in ${CAPITALS[i % CAPITALS.length]} to discuss tariffs on farm goods, officials said after the first session of talks, number ${i} in the series.

The ministers agreed to meet again next month and asked their officials to prepare a draft text on customs procedures before then, according to a statement issued by the host government.
`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'realign-cli-ingest-'));
  mkdirSync(join(dir, 'batch'));
  for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'batch', `a${String(i).padStart(2, '0')}.txt`), article(i));
  writeFileSync(join(dir, 'bad.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], flags: Record<string, unknown>, stdin = '') => {
  const io = fakeIO(stdin);
  return ingest.run({ positionals: args, flags: { 'max-bytes': String(20 * 1024 * 1024), 'min-words': '40', ...flags } }, io.io).then((code) => ({ code, io }));
};

describe('realign ingest (in process)', () => {
  it('stores documents once; a second run finds them stored', async () => {
    const db = join(dir, 'once.duckdb');
    const first = await run([join(dir, 'batch', 'a00.txt'), join(dir, 'batch', 'a01.txt')], { db, json: true });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.io.stdout)).toMatchObject({ read: 2, stored: 2, exists: 0, failed: 0 });
    const again = await run([join(dir, 'batch', 'a00.txt')], { db });
    expect(again.code).toBe(0);
    expect(again.io.stdout).toBe('read 1, stored 0, already stored 1, failed 0\n');
    const s = await DuckDBStore.open(db);
    try { expect(await s.countDocuments()).toBe(2); } finally { await s.close(); }
  });
  it('reports failed inputs on stderr, one line each, and exits 1', async () => {
    const db = join(dir, 'fail.duckdb');
    const r = await run([join(dir, 'bad.txt'), join(dir, 'missing.txt'), join(dir, 'batch', 'a02.txt')], { db, json: true });
    expect(r.code).toBe(1);
    expect(r.io.stderr).toBe(`${join(dir, 'bad.txt')}: empty file\n${join(dir, 'missing.txt')}: no such file or folder\n`);
    const sum = JSON.parse(r.io.stdout);
    expect(sum).toMatchObject({ read: 1, stored: 1, failed: 2 });
    expect(sum.errors).toHaveLength(2);
  });
  it('reads standard input', async () => {
    const r = await run(['-'], { db: join(dir, 'stdin.duckdb') }, article(5));
    expect(r.code).toBe(0);
    expect(r.io.stdout).toMatch(/stored 1/);
  });
  it('draws progress on stderr when it is a terminal', async () => {
    const io = fakeIO();
    (io.io.stderr as { isTTY?: boolean }).isTTY = true;
    const code = await ingest.run({ positionals: [join(dir, 'batch', 'a03.txt')], flags: { db: join(dir, 'tty.duckdb'), 'max-bytes': '1000000', 'min-words': '40' } }, io.io);
    expect(code).toBe(0);
    expect(io.stderr).toContain('\r\x1b[Kingest: 1 read, 1 stored, 0 already stored, 0 failed');
    expect(io.stdout).toBe('read 1, stored 1, already stored 0, failed 0\n');
  });
  it('needs an input', async () => {
    expect((await run([], { db: join(dir, 'x.duckdb') })).code).toBe(2);
  });
});

describe('realign ingest (subprocess)', () => {
  it('a batch killed mid-way, then re-run, stores every document exactly once', () => {
    const db = join(dir, 'crash.duckdb');
    const bin = join(PROJECT_DIR, 'bin/realign.js');
    const env = { ...process.env, REALIGN_DB: db };
    const killed = spawnSync(process.execPath, [bin, 'ingest', join(dir, 'batch')], { env: { ...env, REALIGN_TEST_CRASH_AFTER: '5' }, encoding: 'utf8', timeout: 120_000 });
    expect(killed.signal).toBe('SIGKILL');
    const rerun = spawnSync(process.execPath, [bin, 'ingest', join(dir, 'batch'), '--json'], { env, encoding: 'utf8', timeout: 120_000 });
    expect(rerun.stderr).toBe('');
    expect(rerun.status).toBe(0);
    const sum = JSON.parse(rerun.stdout);
    expect(sum).toMatchObject({ read: 12, stored: 7, exists: 5, failed: 0 });
    const list = spawnSync(process.execPath, [bin, 'docs', '--json', '--limit', '100'], { env, encoding: 'utf8', timeout: 120_000 });
    const ids = list.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });
});
