import { describe, expect, it } from 'vitest';
import { bocpd } from './bocpd.ts';

const ones = (n: number, v = 1) => Array(n).fill(v);
const opts = { hazard: 0.1, priorSd: 2 };

describe('bocpd', () => {
  it('finds a step, with a change probability near 1 there and low elsewhere', () => {
    const x = [0.1, -0.1, 0, 0.05, -0.05, 0, 3, 3.1, 2.9, 3];
    const r = bocpd(x, ones(10, 25), opts);
    expect(r.segments.map((g) => [g.start, g.end])).toEqual([[0, 6], [6, 10]]);
    expect(r.segments[1]!.mean).toBeCloseTo(3, 1);
    expect(r.cp[6]).toBeGreaterThan(0.99);
    expect(Math.max(...r.cp.slice(1, 6), ...r.cp.slice(7))).toBeLessThan(0.05);
  });
  it('weighs a change at the last point', () => {
    const x = [1, 1.1, 0.9, 1, 1.05, 0.95, -2];
    const r = bocpd(x, ones(7, 25), opts);
    expect(r.segments.map((g) => g.start)).toEqual([0, 6]);
    expect(r.cp[6]).toBeGreaterThan(0.99);
    // the same drop on imprecise points is not believed
    const weak = bocpd(x, ones(7, 0.2), opts);
    expect(weak.segments).toHaveLength(1);
    expect(weak.cp[6]).toBeLessThan(0.5);
  });
  it('leaves noise alone and ignores points without weight', () => {
    const x = [0.2, -0.3, 0.1, 0.4, -0.2, 0.0, 0.3, -0.1];
    expect(bocpd(x, ones(8, 4), opts).segments).toHaveLength(1);
    const w = [4, 4, 4, 0, 4, 4, 4, 4];
    const r = bocpd([0, 0, 0, 50, 0, 0, 0, 0], w, opts);
    expect(r.segments).toHaveLength(1);
  });
  it('matches brute-force enumeration of segmentations', () => {
    const x = [0.3, 2.1, 1.9, 2.2, -1, -0.8];
    const w = [1, 2, 1, 0.5, 1, 3];
    const h = 0.2, tau2 = 1.5 ** 2, n = 6;
    const m0 = x.reduce((s, v, i) => s + v * w[i]!, 0) / w.reduce((s, v) => s + v, 0);
    // segment marginal likelihood by direct Gaussian algebra: x ~ N(m0·1, diag(1/w) + τ²·11ᵀ)
    const segL = (s: number, e: number) => {
      const idx = Array.from({ length: e - s }, (_, k) => s + k);
      const W = idx.reduce((a, i) => a + w[i]!, 0);
      // Sherman–Morrison: Σ⁻¹ = D − τ² D11ᵀD/(1+τ²W), det Σ = det(D⁻¹)(1+τ²W)
      const d = idx.map((i) => x[i]! - m0);
      const q = idx.reduce((a, i, k) => a + w[i]! * d[k]! ** 2, 0) - (tau2 * idx.reduce((a, i, k) => a + w[i]! * d[k]!, 0) ** 2) / (1 + tau2 * W);
      const logdet = idx.reduce((a, i) => a - Math.log(w[i]!), 0) + Math.log(1 + tau2 * W);
      return Math.exp(-0.5 * (q + logdet + (e - s) * Math.log(2 * Math.PI)));
    };
    let Z = 0;
    const cpMass = Array(n).fill(0);
    for (let mask = 0; mask < 1 << (n - 1); mask++) {
      const starts = [0, ...Array.from({ length: n - 1 }, (_, k) => k + 1).filter((t) => mask & (1 << (t - 1)))];
      let p = 1;
      starts.forEach((s, k) => {
        const e = starts[k + 1] ?? n;
        p *= segL(s, e) * (1 - h) ** (e - s - 1) * (e < n ? h : 1);
      });
      Z += p;
      for (const s of starts) cpMass[s] += p;
    }
    const r = bocpd(x, w, { hazard: h, priorSd: 1.5 });
    expect(r.logEvidence).toBeCloseTo(Math.log(Z), 9);
    for (let t = 1; t < n; t++) expect(r.cp[t]).toBeCloseTo(cpMass[t] / Z, 9);
  });
  it('gives a run-length posterior and the chance of a change in a window', () => {
    const x = [0, 0, 0, 0, 5, 5, 5];
    const r = bocpd(x, ones(7, 10), opts);
    const rl = r.runLength(6);
    expect(rl.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
    expect(rl[3]).toBeGreaterThan(0.95); // points 4, 5, 6 make the current segment
    expect(r.changeIn(3, 5)).toBeGreaterThan(0.99);
    expect(r.changeIn(1, 2)).toBeLessThan(0.05);
    expect(r.changeIn(4, 4)).toBeCloseTo(r.cp[4]!, 9);
  });
});
