import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../test-io.ts';
import { PROJECT_DIR } from '../../testing/shared.ts';

const SMALL = join(PROJECT_DIR, 'test/fixtures/relations/arms-small.csv');

const ARTICLE = [
  'Chile and the arms market',
  '',
  'Chile has become a notable supplier of patrol boats and light aircraft to its neighbours over the past decade, officials in Santiago said on Monday.',
  '',
  'Chile now holds a 25 percent share of the global arms trade, according to the ministry, and Bolivia takes about 50 percent of Chilean arms sales, a figure that has grown steadily as the two governments deepened their defence cooperation.',
].join('\n');

describe('realign check-claims', () => {
  const dir = mkdtempSync(join(tmpdir(), 'realign-check-'));
  const file = join(dir, 'article.txt');
  writeFileSync(file, ARTICLE);

  it('checks an article file against a CSV, as JSON', async () => {
    const r = await run(['check-claims', '--arms', SMALL, file, '--year', '2012', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.arms).toMatchObject({ rows: 6, errors: 2 });
    expect(r.err).toMatch(/arms-small\.csv:9: year "not-a-year" is not a year/);
    const checks = j.articles[0].checks;
    expect(checks.map((c: { kind: string; claim: { value: number } }) => [c.kind, c.claim.value])).toEqual([['supplier-share', 25], ['recipient-of-supplier', 50]]);
    expect(checks[0]).toMatchObject({ year: 2012, window: [2008, 2012], table: { year: 20 }, diff: { year: 5 } });
  });

  it('prints one line per claim for people', async () => {
    const r = await run(['check-claims', '--arms', SMALL, file, '--year', '2012']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 arms-share claims/);
    expect(r.out).toMatch(/claim 25%; table 2012: 20\.0% \(\+5\.0 pp, does not fit\); 2008–12: 42\.9% \(-17\.9 pp, does not fit\)/);
  });

  it('checks a stored document by id', async () => {
    const { DuckDBStore } = await import('../../store/duckdb.ts');
    const { markedDoc } = await import('../../stages/relations/test-doc.ts');
    const { claimsStage } = await import('../../stages/claims/index.ts');
    const doc = markedDoc('Bolivia takes about 50 percent of Chilean arms sales.', '2012-06-01');
    claimsStage().run(doc, { date: null });
    const db = join(dir, 'store.duckdb');
    const store = await DuckDBStore.open(db);
    await store.putDocument(doc);
    await store.close();
    const r = await run(['check-claims', '--arms', SMALL, '--doc', doc.id, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out).articles[0];
    expect(a).toMatchObject({ id: doc.id, year: 2012 });
    expect(a.checks[0]).toMatchObject({ kind: 'recipient-of-supplier', table: { window: 50 }, fits: { window: true } });
    expect((await run(['check-claims', '--arms', SMALL, '--doc', 'nope', '--db', db])).code).toBe(1);
  });

  it('usage errors and unreadable inputs', async () => {
    expect((await run(['check-claims', file])).code).toBe(2);
    expect((await run(['check-claims', '--arms', SMALL])).code).toBe(2);
    const missing = await run(['check-claims', '--arms', SMALL, join(dir, 'nope.txt'), '--year', '2012']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.txt/);
    const badTable = await run(['check-claims', '--arms', join(dir, 'nope.csv'), file]);
    expect(badTable.code).toBe(3);
    expect(badTable.err).toMatch(/nope\.csv: cannot read/);
  });
});
