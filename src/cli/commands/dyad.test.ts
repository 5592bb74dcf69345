import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-io.ts';
import { orgDb, seedDb } from './analytics-cli.fixture.ts';

describe('realign dyad', () => {
  let db: string;
  beforeAll(async () => { db = await seedDb(); });
  it('gives the monthly series of a pair as JSON', async () => {
    const r = await runCli(['dyad', 'PAK', 'RUS', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.points.map((p: { period: string }) => p.period)).toEqual(['2012-05-01', '2012-06-01', '2012-07-01', '2012-08-01', '2012-09-01', '2012-10-01', '2012-11-01']);
    expect(j.points[0]).toMatchObject({ n: 1, q1: 1 });
    // November: endorsement, offer (asserted, quad 1) and the criticism (quad 3); the plan and the cancelled visit do not count
    expect(j.points[6]).toMatchObject({ n: 3, q1: 2, q3: 1 });
    expect(j.relations).toHaveLength(1);
  });
  it('prints a table and checks its arguments', async () => {
    const r = await runCli(['dyad', 'pak', 'rus', '--db', db, '--by', 'year', '--directed']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Pakistan–Russia \(directed\) by year/);
    expect(r.out).toMatch(/^2012\s+2\.0/m);
    expect((await runCli(['dyad', 'PAK', '--db', db])).code).toBe(2);
    expect((await runCli(['dyad', 'PAK', 'RUS', '--db', db, '--by', 'decade'])).code).toBe(2);
    const bad = await runCli(['dyad', 'PAK', 'RUS', '--db', db, '--from', '2012-13']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--from: not a date: "2012-13"/);
  });
});

describe('realign dyad with an organisation', () => {
  let db: string;
  beforeAll(async () => { db = await orgDb(); });
  it('gives NATO–Russia apart from the EU', async () => {
    const r = await runCli(['dyad', 'NATO', 'RUS', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ a: 'NATO', b: 'RUS' });
    expect(j.points.map((p: { period: string; n: number }) => [p.period, p.n])).toEqual([['2013-01-01', 1], ['2013-02-01', 1], ['2013-03-01', 1]]);
    const t = await runCli(['dyad', 'EU', 'rus', '--db', db, '--by', 'year']);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/^EU–Russia by year/m);
    const bad = await runCli(['dyad', 'nato', 'RUS', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/organisation in capitals like NATO/);
  });
});
