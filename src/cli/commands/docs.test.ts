import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import docs from './docs.ts';
import show from './show.ts';
import { fakeIO } from '../test-io.ts';
import { DuckDBStore } from '../../store/duckdb.ts';
import { readText } from '../../ingest/text-reader.ts';
import { read } from '../../pipeline/default.ts';

const body = (place: string, topic: string) => `${place.toUpperCase()} — Officials in ${place} said on Monday that talks on ${topic} had made progress, and that a draft agreement could be ready within weeks. Both delegations will meet again next month to continue the negotiations, a spokesman said after the meeting.`;

let dir = '', db = '', ids: string[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'realign-cli-docs-'));
  db = join(dir, 'd.duckdb');
  const s = await DuckDBStore.open(db);
  try {
    const d1 = read(readText(body('Hanoi', 'fisheries'), { title: 'Fisheries talks', published: '2021-04-01' }));
    const d2 = read(readText(body('Manila', 'maritime patrols'), { title: 'Patrol talks', published: '2022-05-02' }));
    await s.putDocument(d1);
    await s.putDocument(d2);
    ids = [d1.id, d2.id];
  } finally { await s.close(); }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (cmd: typeof docs, positionals: string[], flags: Record<string, unknown>) => {
  const io = fakeIO();
  const code = await cmd.run({ positionals, flags: { db, limit: '20', offset: '0', ...flags } }, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr };
};

describe('realign docs', () => {
  it('lists stored documents, newest first', async () => {
    const r = await run(docs, [], {});
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${ids[1]}  2022-05-02 .* Patrol talks`));
    expect(lines[1]).toMatch(/Fisheries talks/);
  });
  it('filters with --q, limits with --limit, prints JSON Lines with --json', async () => {
    const q = await run(docs, [], { q: 'fisheries', json: true });
    expect(q.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([ids[0]]);
    const l = await run(docs, [], { limit: '1', json: true });
    expect(l.stdout.trim().split('\n')).toHaveLength(1);
    expect((await run(docs, [], { limit: 'x' })).code).toBe(2);
  });
});

describe('realign show', () => {
  it('shows one document with its layers', async () => {
    const r = await run(show, [ids[0]!], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Fisheries talks\n/);
    expect(r.stdout).toContain('Officials in Hanoi said on Monday');
    expect(r.stdout).toMatch(/actors \(\d+\)/);
  });
  it('accepts a unique id prefix and prints JSON', async () => {
    const r = await run(show, [ids[1]!.slice(0, 8)], { json: true });
    expect(JSON.parse(r.stdout)).toMatchObject({ id: ids[1], title: 'Patrol talks', published: '2022-05-02' });
  });
  it('exits 1 for an unknown id', async () => {
    const r = await run(show, ['ffffffffffffffff'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('realign show: no document ffffffffffffffff\n');
  });
});
