import { describe, expect, it } from 'vitest';
import { alignmentIndex } from './alignment.ts';
import { emptyCounts, type Counts } from './series.ts';

const pt = (period: string, q1: number, q3: number, q2 = 0, q4 = 0) => {
  const c: Counts = { ...emptyCounts(), q1, q2, q3, q4, n: q1 + q2 + q3 + q4 };
  return { ...c, period, a: 'AAA', b: 'BBB' };
};

describe('alignmentIndex', () => {
  it('marks a cold period against a warm history, with a band', () => {
    const hist = ['2001', '2002', '2003', '2004', '2005'].map((y, i) => pt(`${y}-01-01`, 80 + i, 20));
    const s = alignmentIndex([...hist, pt('2006-01-01', 30, 70)]);
    const last = s[s.length - 1]!;
    expect(last.metric).toBe('alignment.v1');
    expect(last.index).toBeLessThan(-1);
    expect(last.lo).toBeLessThan(last.index);
    expect(last.hi).toBeGreaterThan(last.index);
    expect(Math.abs(s[0]!.index)).toBeLessThan(Math.abs(last.index));
  });
  it('does not swing on a sparse period', () => {
    const hist = ['2001', '2002', '2003', '2004'].map((y) => pt(`${y}-01-01`, 400, 100));
    const sparse = alignmentIndex([...hist, pt('2005-01-01', 0, 2)]);
    const busy = alignmentIndex([...hist, pt('2005-01-01', 0, 200)]);
    expect(Math.abs(sparse[4]!.index)).toBeLessThan(Math.abs(busy[4]!.index));
    expect(sparse[4]!.hi - sparse[4]!.lo).toBeGreaterThan(busy[4]!.hi - busy[4]!.lo);
  });
  it('counts relation statements as evidence beside events', () => {
    const base = [pt('2001-01-01', 10, 10), pt('2002-01-01', 10, 10), pt('2003-01-01', 10, 10)];
    const without = alignmentIndex(base);
    const withRel = alignmentIndex(base, { relations: [{ period: '2003-01-01', direction: 'cooling', strength: 1 }, { period: '2003-01-01', direction: 'hostile', strength: 1 }] });
    expect(withRel[2]!.conflict).toBeGreaterThan(without[2]!.conflict);
    expect(withRel[2]!.index).toBeLessThan(without[2]!.index);
  });
  it('holds an empty period at the baseline when evidence has no memory', () => {
    const s = alignmentIndex([pt('2001-01-01', 10, 2), pt('2002-01-01', 0, 0), pt('2003-01-01', 12, 3)], { halfLifeDays: 0 });
    expect(s[1]!.observed).toBeNull();
    expect(s[1]!.index).toBeCloseTo(0);
  });
  it('carries evidence over with a half-life', () => {
    const pts = [pt('2001-01-01', 50, 0), pt('2002-01-01', 0, 0), pt('2003-01-01', 0, 50)];
    const mem = alignmentIndex(pts, { halfLifeDays: 365 });
    expect(mem[1]!.coop).toBeCloseTo(25, 0);
    expect(mem[2]!.coop).toBeCloseTo(12.5, 0);
    expect(mem[2]!.conflict).toBe(50);
    const none = alignmentIndex(pts, { halfLifeDays: 0 });
    expect(none[2]!.observed!).toBeLessThan(mem[2]!.observed!);
  });
});
