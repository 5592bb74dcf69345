import { describe, expect, it } from 'vitest';
import { emptyCounts } from './series.ts';
import { observe, ownSwing, swingOf, typicalSwing } from './shifts-swing.ts';

const year = (y: number, coop: number, conf: number) => ({ ...emptyCounts(), period: `${y}-01-01`, a: 'AAA', b: 'BBB', q1: coop, q3: conf, n: coop + conf });

describe('the shift noise model', () => {
  it('observes log-odds with their sampling variance, and marks empty periods', () => {
    const [p, q] = observe([year(2001, 99, 9), year(2002, 0, 0)], {});
    expect(p!.x).toBeCloseTo(Math.log(100 / 10), 9);
    expect(p!.v).toBeCloseTo(1 / 100 + 1 / 10, 9);
    expect(q!.has).toBe(false);
  });
  it('measures a pair\'s own swing beyond its sampling noise', () => {
    // well-measured levels that wobble by ±0.4 in an irregular pattern
    const e = [0.4, -0.4, 0.1, -0.3, 0.4, 0, -0.4, 0.3, -0.1, 0.4];
    const pts = e.map((d, i) => year(2001 + i, Math.round(5000 / (1 + Math.exp(-(1 + d)))), Math.round(5000 / (1 + Math.exp(1 + d)))));
    const own = ownSwing(pts)!;
    expect(own.m).toBe(9);
    expect(Math.sqrt(own.s2)).toBeGreaterThan(0.2);
    expect(Math.sqrt(own.s2)).toBeLessThan(0.6);
    // the same shape on a handful of events is all sampling noise
    expect(ownSwing(e.map((d, i) => year(2001 + i, Math.round(10 / (1 + Math.exp(-(1 + d)))), Math.round(10 / (1 + Math.exp(1 + d))))))!.s2).toBe(0);
    expect(ownSwing([year(2001, 5, 5), year(2002, 6, 4)])).toBeNull();
  });
  it('pins, pools or floors the swing', () => {
    const obs = observe([year(2001, 500, 50), year(2002, 500, 50), year(2003, 500, 50)], {});
    expect(swingOf(obs, {})).toBeCloseTo(0.15 ** 2, 12);
    expect(swingOf(obs, { swing: 0.5 })).toBeCloseTo(0.25, 12);
    expect(swingOf(obs, { minSwing: 0.05 })).toBeCloseTo(0.05 ** 2, 12);
    // own swing 0 on 2 differences (0.74 effective) against a prior of 0.5 worth 4
    expect(swingOf(obs, { swingPrior: { swing: 0.5, df: 4 } })).toBeCloseTo((4 * 0.25) / (4 + 0.37 * 2), 12);
    expect(typicalSwing([])).toBe(0);
  });
});
