import { describe, expect, it } from 'vitest';
import { pelt, segmentsAt } from './changepoint.ts';

const ones = (n: number) => Array(n).fill(1);

describe('pelt', () => {
  it('finds a step in the mean', () => {
    const x = [0.1, -0.1, 0, 0.05, -0.05, 0, 3, 3.1, 2.9, 3];
    const s = pelt(x, ones(10), { penalty: 5 });
    expect(s.map((g) => [g.start, g.end])).toEqual([[0, 6], [6, 10]]);
    expect(s[1]!.mean).toBeCloseTo(3);
  });
  it('finds a one-point dip and a last-point drop', () => {
    const x = [1, 1.1, 0.9, 1, -3, 1, 1.05, 0.95, -4];
    expect(pelt(x, ones(9), { penalty: 5 }).map((g) => g.start)).toEqual([0, 4, 5, 8]);
  });
  it('leaves noise alone and ignores points without weight', () => {
    const x = [0.2, -0.3, 0.1, 0.4, -0.2, 0.0, 0.3, -0.1];
    expect(pelt(x, ones(8), { penalty: 8 })).toHaveLength(1);
    const w = [1, 1, 1, 0, 1, 1, 1, 1];
    expect(pelt([0, 0, 0, 50, 0, 0, 0, 0], w, { penalty: 3 })).toHaveLength(1);
  });
  it('agrees with exhaustive search on small series', () => {
    // brute force over all segmentations of 7 points
    const x = [0.3, 2.1, 1.9, 2.2, -1, -0.8, 0.1];
    const w = [1, 2, 1, 0.5, 1, 3, 1];
    const cost = (s: number, e: number) => {
      let sw = 0, sx = 0, sxx = 0;
      for (let i = s; i < e; i++) { sw += w[i]!; sx += w[i]! * x[i]!; sxx += w[i]! * x[i]! ** 2; }
      return sxx - (sx * sx) / sw;
    };
    const pen = 1.5;
    let best = Infinity;
    for (let mask = 0; mask < 64; mask++) {
      let s = 0, total = 0;
      for (let i = 1; i <= 6; i++) if (mask & (1 << (i - 1))) { total += cost(s, i) + pen; s = i; }
      total += cost(s, 7);
      best = Math.min(best, total);
    }
    const segs = pelt(x, w, { penalty: pen });
    const got = segs.reduce((t, g) => t + cost(g.start, g.end), 0) + pen * (segs.length - 1);
    expect(got).toBeCloseTo(best, 9);
  });
});

describe('segmentsAt', () => {
  it('splits prefix sums at the cuts, with weighted means, and NaN where a segment has no weight', () => {
    // points (x, w): (1, 1), (3, 1), (9, 0), (5, 2)
    const S = Float64Array.from([0, 1, 2, 2, 4]), SX = Float64Array.from([0, 1, 4, 4, 14]);
    expect(segmentsAt([2, 3, 4], S, SX)).toEqual([
      { start: 0, end: 2, mean: 2, weight: 2 },
      { start: 2, end: 3, mean: NaN, weight: 0 },
      { start: 3, end: 4, mean: 5, weight: 2 },
    ]);
    expect(segmentsAt([4], S, SX)).toEqual([{ start: 0, end: 4, mean: 3.5, weight: 4 }]);
  });
});
