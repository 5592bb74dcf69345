import { describe, expect, it } from 'vitest';
import type { SeriesCell } from '../store/store.ts';
import { describeShared, sharedPath } from '../testing/shared.ts';
import { loadDyadYearCsv } from './icews-dyadyear.ts';
import { emptyCounts } from './series.ts';
import { dyadShifts, ownSwing, rankShifts, shiftsOf, typicalSwing, type Shift } from './shifts.ts';

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
  it('names the low a cooling led to and the high a warming led to', () => {
    // steady, then down with a trough in 2009, then back up with a peak in 2013
    const shape: Array<[number, number, number]> = [[2001, 300, 30], [2002, 310, 30], [2003, 295, 30], [2004, 305, 30], [2005, 200, 150],
      [2006, 190, 160], [2007, 200, 150], [2008, 195, 155], [2009, 160, 200], [2010, 400, 20], [2011, 410, 20], [2012, 405, 20], [2013, 450, 12]];
    const r = dyadShifts(shape.map(([y, c, k]) => year(y, c, k)));
    const cool = r.shifts.find((s) => s.direction === 'cooling')!;
    expect(cool).toMatchObject({ period: '2005-01-01', flagged: true, extreme: { kind: 'low', period: '2009-01-01' } });
    expect(cool.extreme!.observed).toBeCloseTo(Math.log(161 / 201), 9);
    expect(cool.after.low!.period).toBe('2009-01-01');
    const warm = r.shifts.find((s) => s.direction === 'warming')!;
    expect(warm).toMatchObject({ period: '2010-01-01', extreme: { kind: 'high', period: '2013-01-01' } });
    expect(r.low!.period).toBe('2009-01-01');
    expect(r.high!.period).toBe('2013-01-01');
  });
  it('does not take a thin period\'s noise for the trough', () => {
    // 2006 looks lowest but rests on 6 events; 2007 is nearly as low on 400
    const pts = [year(2001, 300, 30), year(2002, 300, 30), year(2003, 310, 28), year(2004, 200, 150), year(2005, 190, 160), year(2006, 2, 4), year(2007, 180, 220)];
    const r = dyadShifts(pts);
    expect(Math.log(3 / 5)).toBeLessThan(Math.log(181 / 221));
    expect(r.segments.at(-1)!.low!.period).toBe('2007-01-01');
  });
  it('finds the same turn by BOCPD, with a posterior probability as its confidence', () => {
    const pts = [2001, 2002, 2003, 2004, 2005, 2006].map((y) => year(y, 300 + (y % 2) * 10, 40))
      .concat([2007, 2008, 2009].map((y) => year(y, 200, 160)));
    const r = dyadShifts(pts, { method: 'bocpd' });
    expect(r.metric).toBe('shifts.bocpd.v1');
    expect(r.shifts).toHaveLength(1);
    expect(r.shifts[0]).toMatchObject({ metric: 'shifts.bocpd.v1', period: '2007-01-01', direction: 'cooling', flagged: true });
    expect(r.shifts[0]!.confidence).toBeGreaterThan(0.95);
    expect(r.shifts[0]!.confidence).toBeLessThanOrEqual(1);
    const noise = [0, 12, -8, 5, -15, 9, 3, -6, 14, -10];
    expect(dyadShifts(noise.map((e, i) => year(2001 + i, 200 + e, 50 - Math.round(e / 2))), { method: 'bocpd' }).shifts.filter((s) => s.flagged)).toEqual([]);
  });
  it('with BOCPD, weighs a turn in the last period and needs more from a sparse pair', () => {
    const shape = (k: number) => [2001, 2002, 2003, 2004, 2005, 2006].map((y) => year(y, 8 * k + (y % 2), k)).concat([year(2007, 2 * k, 2 * k)]);
    const busy = dyadShifts(shape(60), { method: 'bocpd' });
    expect(busy.shifts.filter((s) => s.flagged).map((s) => s.period)).toEqual(['2007-01-01']);
    expect(dyadShifts(shape(1), { method: 'bocpd' }).shifts.filter((s) => s.flagged)).toEqual([]);
  });
  it('pools a pair\'s swing with a typical one', () => {
    // a pair that wobbles by about ±0.6 a year around a level that drops by 1.1
    const wobble = [0.5, -0.6, 0.1, 0.7, -0.3, -0.2, 0.6, -0.5, 0.2, 0.7, -0.6, 0.1];
    const pts = wobble.map((e, i) => {
      const x = (i < 6 ? 2.2 : 1.1) + e;
      return year(2001 + i, Math.round(1000 / (1 + Math.exp(-x))), Math.round(1000 / (1 + Math.exp(x))));
    });
    const own = ownSwing(pts)!;
    expect(Math.sqrt(own.s2)).toBeGreaterThan(0.5);
    expect(own.m).toBe(11);
    const alone = dyadShifts(pts, { method: 'bocpd' });
    const pooled = dyadShifts(pts, { method: 'bocpd', swingPrior: { swing: 0.2, df: 20 } });
    expect(pooled.swing).toBeLessThan(alone.swing);
    expect(pooled.swing).toBeGreaterThan(0.2);
    // judged by its own wobble the drop is doubtful; judged with the typical swing it is a turn
    expect(alone.shifts.filter((s) => s.flagged)).toEqual([]);
    expect(pooled.shifts.filter((s) => s.flagged).map((s) => s.direction)).toEqual(['cooling']);
    expect(typicalSwing([pts, pts.map((p) => ({ ...p, q3: 50 }))])).toBeCloseTo(Math.sqrt((own.s2 + ownSwing(pts.map((p) => ({ ...p, q3: 50 })))!.s2) / 2), 9);
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
    const pooled = shiftsOf(cells, { by: 'year', pool: true, method: 'bocpd' });
    expect(pooled.map((d) => d.metric)).toEqual(['shifts.bocpd.v1', 'shifts.bocpd.v1']);
  });
});

const DATA = 'data/reference/icews-dyadyear-quad-netify/icews_dyad_year_quadcounts_2002_2014_nonzero.csv';
for (const method of ['pelt', 'bocpd'] as const) {
  describeShared(`shifts (${method}) on ICEWS dyad-years 2002–2014`, DATA, () => {
    const all = shiftsOf(loadDyadYearCsv(sharedPath(DATA)).cells, { by: 'year', from: '2002', to: '2014', minEvents: 200, method });
    const pair = (a: string, b: string) => all.find((d) => d.a === a && d.b === b)!;
    const flagged = (a: string, b: string) => pair(a, b).shifts.filter((s) => s.flagged).map((s) => `${s.period.slice(0, 4)} ${s.direction}`);

    it('sees Russia–Ukraine and US–Russia cool in 2014', () => {
      expect(flagged('RUS', 'UKR')).toContain('2014 cooling');
      expect(flagged('RUS', 'USA')).toContain('2014 cooling');
    });
    it('sees US–Pakistan cool to its low in 2011', () => {
      const p = pair('PAK', 'USA');
      const cool = p.shifts.filter((s) => s.flagged && s.direction === 'cooling' && s.period <= '2011-01-01');
      expect(cool.map((s) => s.extreme?.period)).toContain('2011-01-01');
      expect(p.low!.period).toBe('2011-01-01');
    });
    it('sees Georgia–Russia cool into the 2008 war and recover after it', () => {
      const p = pair('GEO', 'RUS');
      const cool = p.shifts.find((s) => s.flagged && s.direction === 'cooling' && /^200[5-8]/.test(s.period))!;
      expect(cool).toBeDefined();
      expect(cool.after.from <= '2008-01-01' && cool.after.to >= '2008-01-01').toBe(true);
      expect(flagged('GEO', 'RUS').some((s) => /^(2009|201[0-3]) warming/.test(s))).toBe(true);
    });
    it('does not flag steady pairs', () => {
      expect(flagged('IND', 'RUS')).toEqual([]);
      expect(flagged('CHN', 'PAK')).toEqual([]);
    });
    it('sees the US–Iran thaw of 2013', () => {
      expect(flagged('IRN', 'USA')).toContain('2013 warming');
    });
    it('flags a minority of pairs', () => {
      const share = all.filter((d) => d.shifts.some((s) => s.flagged)).length / all.length;
      expect(share).toBeLessThan(method === 'bocpd' ? 0.25 : 0.35);
    });
  });
}
