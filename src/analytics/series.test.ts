import { describe, expect, it } from 'vitest';
import type { SeriesCell } from '../store/store.ts';
import { dyadSeries } from './series.ts';

const cell = (period: string, src: string, tgt: string, q: [number, number, number, number], modality = 'asserted', gs = 0): SeriesCell => ({
  period, src, tgt, modality, n: q[0] + q[1] + q[2] + q[3], q1: q[0], q2: q[1], q3: q[2], q4: q[3],
  goldstein_sum: gs, goldstein_n: q[0] + q[1] + q[2] + q[3], mentions: 1,
});

describe('dyadSeries', () => {
  const cells = [
    cell('2012-01-03', 'PAK', 'RUS', [2, 0, 0, 0], 'asserted', 4),
    cell('2012-01-20', 'RUS', 'PAK', [1, 0, 1, 0], 'asserted', -1),
    cell('2012-03-02', 'RUS', 'PAK', [0, 0, 2, 0], 'reported', -4),
    cell('2012-03-02', 'RUS', 'PAK', [5, 0, 0, 0], 'intended', 10),
    cell('2012-03-05', 'PAK', 'USA', [0, 0, 0, 9]),
  ];
  it('buckets both directions by month, weighs modality and fills empty months', () => {
    const s = dyadSeries(cells, { a: 'PAK', b: 'RUS', by: 'month' });
    expect(s.map((p) => p.period)).toEqual(['2012-01-01', '2012-02-01', '2012-03-01']);
    expect(s[0]).toMatchObject({ n: 4, q1: 3, q3: 1, goldstein_sum: 3, net_coop: 0.5 });
    expect(s[1]).toMatchObject({ n: 0, net_coop: null, goldstein_mean: null });
    // reported counts half, intended not at all
    expect(s[2]).toMatchObject({ n: 1, q3: 1, q1: 0, net_coop: -1 });
  });
  it('keeps direction when asked', () => {
    const s = dyadSeries(cells, { a: 'PAK', b: 'RUS', by: 'quarter', directed: true });
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ period: '2012-01-01', n: 2, q1: 2 });
  });
  it('normalises by media volume so more coverage is not more warmth', () => {
    const volume = [
      { period: '2012-01-01', country: 'PAK', n: 100 }, { period: '2012-01-01', country: 'RUS', n: 304 },
      { period: '2012-01-01', country: 'USA', n: 999 },
    ];
    const [p] = dyadSeries(cells, { a: 'PAK', b: 'RUS', by: 'month', volume, to: '2012-01-31' });
    expect(p!.volume).toBe(400);
    expect(p!.share).toBeCloseTo(0.01);
    expect(p!.net_coop_per_1k).toBeCloseTo(5);
  });
});
