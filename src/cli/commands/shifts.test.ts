import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { handDoc, type Ev } from '../../analytics/fixtures.ts';
import { DuckDBStore } from '../../store/duckdb.ts';
import { runCli } from '../test-io.ts';
import { seedDb } from './analytics-cli.fixture.ts';

describe('realign shifts', () => {
  let db: string;
  beforeAll(async () => { db = await seedDb(); });
  it('lists change points, none flagged on one article, and all of them on request', async () => {
    const r = await runCli(['shifts', '--db', db, '--json', '--min-events', '1']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ metric: 'shifts.bocpd.v1', by: 'month', shifts: [] });
    expect(JSON.parse((await runCli(['shifts', '--db', db, '--json', '--method', 'pelt'])).out).metric).toBe('shifts.pelt.v1');
    const t = await runCli(['shifts', '--db', db, '--countries', 'PAK,RUS']);
    expect(t.out).toBe('no shifts found\n');
    expect((await runCli(['shifts', '--db', db, '--countries', 'PAK,Russia'])).code).toBe(2);
  });
  it('refuses an unknown method', async () => {
    const r = await runCli(['shifts', '--db', db, '--method', 'guess']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--method must be pelt or bocpd/);
  });
});

describe('realign shifts on a pair that turns', () => {
  let db: string;
  // Norway–Sweden, invented: friendly for six years, then quarrelsome, worst in 2010
  const years: Array<[number, number, number]> = [[2003, 40, 3], [2004, 42, 2], [2005, 38, 3], [2006, 41, 2], [2007, 39, 3], [2008, 40, 2], [2009, 12, 30], [2010, 6, 40], [2011, 12, 28]];
  beforeAll(async () => {
    db = join(mkdtempSync(join(tmpdir(), 'realign-shifts-')), 'turn.duckdb');
    const s = await DuckDBStore.open(db);
    for (const [y, coop, conf] of years) {
      const evs: Ev[] = [];
      for (let i = 0; i < coop; i++) evs.push(['NOR', 'SWE', '042', 'asserted', `${y}-03-01`, `A Norwegian minister visited Stockholm on errand ${i}.`]);
      for (let i = 0; i < conf; i++) evs.push(['SWE', 'NOR', '111', 'asserted', `${y}-09-01`, `Swedish officials faulted Oslo over matter ${i}.`]);
      await s.putDocument(handDoc(`${y}-12-01`, evs, []));
    }
    await s.close();
  });
  for (const method of ['pelt', 'bocpd'] as const) {
    it(`states the turn and the low it led to (${method})`, async () => {
      const j = await runCli(['shifts', '--db', db, '--json', '--by', 'year', '--min-events', '1', '--method', method]);
      expect(j.code).toBe(0);
      const r = JSON.parse(j.out);
      expect(r.metric).toBe(`shifts.${method}.v1`);
      expect(r.shifts).toHaveLength(1);
      expect(r.shifts[0]).toMatchObject({ a: 'NOR', b: 'SWE', period: '2009-01-01', direction: 'cooling', flagged: true, extreme: { kind: 'low', period: '2010-01-01' } });
      expect(r.shifts[0].after.low.period).toBe('2010-01-01');
      expect(r.shifts[0].before).toMatchObject({ from: '2003-01-01', to: '2008-01-01' });
      expect(r.shifts[0].evidence.length).toBeGreaterThan(0);
      const t = await runCli(['shifts', '--db', db, '--by', 'year', '--min-events', '1', '--method', method]);
      expect(t.out).toMatch(/^Norway–Sweden: cooling from 2009, to a low in 2010 \(/);
      expect(t.out).toMatch(/after {2}2009…2011 level -?\d\.\d\d, low 2010 \(/);
    });
  }
});
