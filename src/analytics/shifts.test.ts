import { describe, expect, it } from 'vitest';
import type { SeriesCell } from '../store/store.ts';
import { describeShared, sharedPath } from '../testing/shared.ts';
import { loadDyadYearCsv } from './icews-dyadyear.ts';
import { emptyCounts } from './series.ts';
import { dyadShifts, rankShifts, shiftsOf, type Shift } from './shifts.ts';

const year = (y: number, coop: number, conf: number) => ({ ...emptyCounts(), period: `${y}-01-01`, a: 'AAA', b: 'BBB', q1: coop, q3: conf, n: coop + conf });

describe('dyadShifts', () => {
  it('finds a sharp cooling, with its size, confidence and drivers', () => {
    const pts = [2001, 2002, 2003, 2004, 2005, 2006].map((y) => year(y, 300 + (y % 2) * 10, 40))
      .concat([2007, 2008, 2009].map((y) => year(y, 200, 160)));
    const r = dyadShifts(pts);
    expect(r.shifts).toHaveLength(1);
    const s = r.shifts[0]!;
    expect(s).toMatchObject({ metric: 'shifts.pelt.v1', a: 'AAA', b: 'BBB', period: '2007-01-01', direction: 'cooling', flagged: true });
    expect(s.before).toMatchObject({ from: '2001-01-01', to: '2006-01-01' });
    expect(s.confidence).toBeGreaterThan(0.99);
    expect(s.drivers.find((d) => d.quad === 3)).toMatchObject({ before: 40, after: 160 });
  });
  it('leaves a steady, noisy pair alone', () => {
    const noise = [0, 12, -8, 5, -15, 9, 3, -6, 14, -10];
    const r = dyadShifts(noise.map((e, i) => year(2001 + i, 200 + e, 50 - Math.round(e / 2))));
    expect(r.shifts.filter((s) => s.flagged)).toEqual([]);
  });
  it('needs more from a sparse pair than from a busy one', () => {
    const shape = (k: number) => [year(2001, 4 * k, k), year(2002, 4 * k, k), year(2003, 4 * k, k), year(2004, 2 * k, 2 * k), year(2005, 2 * k, 2 * k)];
    expect(dyadShifts(shape(1)).shifts.filter((s) => s.flagged)).toHaveLength(0);
    expect(dyadShifts(shape(100)).shifts.filter((s) => s.flagged)).toHaveLength(1);
  });
  it('ranks shifts by size times confidence', () => {
    const mk = (score: number, a: string) => ({ score, period: '2001-01-01', a, b: 'X' }) as Shift;
    expect(rankShifts([mk(0.5, 'A'), mk(2, 'B'), mk(1, 'C')]).map((s) => s.a)).toEqual(['B', 'C', 'A']);
  });
  it('runs over many dyads of aggregate cells', () => {
    const cell = (y: number, src: string, tgt: string, q1: number, q3: number): SeriesCell => ({ period: `${y}-01-01`, src, tgt, modality: 'asserted', n: q1 + q3, q1, q2: 0, q3, q4: 0, goldstein_sum: 0, goldstein_n: 0, mentions: 0 });
    const cells = [2001, 2002, 2003, 2004].flatMap((y) => [cell(y, 'BBB', 'AAA', 100, y < 2003 ? 5 : 90), cell(y, 'CCC', 'AAA', 50, 5)]);
    const all = shiftsOf(cells, { by: 'year' });
    expect(all.map((d) => `${d.a}-${d.b}`)).toEqual(['AAA-BBB', 'AAA-CCC']);
    expect(all[0]!.shifts[0]).toMatchObject({ period: '2003-01-01', direction: 'cooling' });
    expect(all[1]!.shifts).toEqual([]);
  });
});

const DATA = 'data/reference/icews-dyadyear-quad-netify/icews_dyad_year_quadcounts_2002_2014_nonzero.csv';
describeShared('shifts on ICEWS dyad-years 2002–2014', DATA, () => {
  const all = shiftsOf(loadDyadYearCsv(sharedPath(DATA)).cells, { by: 'year', from: '2002', to: '2014', minEvents: 200 });
  const pair = (a: string, b: string) => all.find((d) => d.a === a && d.b === b)!;
  const flagged = (a: string, b: string) => pair(a, b).shifts.filter((s) => s.flagged).map((s) => `${s.period.slice(0, 4)} ${s.direction}`);

  it('sees Russia–Ukraine and US–Russia cool in 2014', () => {
    expect(flagged('RUS', 'UKR')).toContain('2014 cooling');
    expect(flagged('RUS', 'USA')).toContain('2014 cooling');
  });
  it('sees US–Pakistan cool into a low that holds 2011', () => {
    const p = pair('PAK', 'USA');
    const cool = p.shifts.find((s) => s.flagged && s.direction === 'cooling' && s.period <= '2011-01-01');
    expect(cool).toBeDefined();
    const seg2011 = p.segments.find((g) => g.from <= '2011-01-01' && g.to >= '2011-01-01')!;
    expect(seg2011.level).toBe(Math.min(...p.segments.map((g) => g.level)));
  });
  it('sees Georgia–Russia cool before the 2008 war and recover after it', () => {
    const f = flagged('GEO', 'RUS');
    expect(f.some((s) => /^200[5-8] cooling/.test(s))).toBe(true);
    expect(f.some((s) => /^(2009|201[0-3]) warming/.test(s))).toBe(true);
  });
  it('does not flag steady pairs', () => {
    expect(flagged('IND', 'RUS')).toEqual([]);
    expect(flagged('CHN', 'PAK')).toEqual([]);
  });
  it('sees the US–Iran thaw of 2013', () => {
    expect(flagged('IRN', 'USA')).toContain('2013 warming');
  });
});
