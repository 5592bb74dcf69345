// Bayesian change points (Adams & MacKay 2007, "Bayesian online changepoint detection"):
// a series is cut into segments whose lengths follow a constant hazard h (a change after
// any point with probability h); each segment has its own mean μ ~ N(m₀, τ₀²) and each
// point x_i ~ N(μ, 1/w_i) with known precision w_i (w_i = 0: no evidence). The forward
// recursion gives BOCPD's run-length posterior P(r_t | x_1..t); a backward pass over the
// same model (Fearnhead 2006) gives, offline, the posterior probability that a segment
// starts at t given the whole series — a change is judged on the data on both sides of
// it, so a change at the last point is weighed too. Segments are the most probable
// segmentation (max-product over the same recursion). O(n²) in the series length.
import { segmentsAt, type Segment } from './changepoint.ts';

export interface BocpdOptions {
  /** probability of a change after any point (1/expected segment length) */
  hazard: number;
  /** prior mean of a segment's level (default: the series' weighted mean) */
  priorMean?: number;
  /** prior spread of segment levels around it */
  priorSd: number;
}

export interface BocpdResult {
  /** most probable segmentation */
  segments: Segment[];
  /** cp[t]: posterior probability that a segment starts at t (cp[0] = 1) */
  cp: number[];
  /** log marginal likelihood of the series */
  logEvidence: number;
  /** posterior probability of at least one change at positions lo..hi (inclusive) */
  changeIn(lo: number, hi: number): number;
  /** run-length posterior P(r_t = k | x_1..t) after point t (k = points in the current segment) */
  runLength(t: number): number[];
}

const LOG2PI = Math.log(2 * Math.PI);

function logSumExp(xs: ArrayLike<number>, len = xs.length): number {
  let m = -Infinity;
  for (let i = 0; i < len; i++) if (xs[i]! > m) m = xs[i]!;
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < len; i++) s += Math.exp(xs[i]! - m);
  return m + Math.log(s);
}

export function bocpd(x: number[], w: number[], o: BocpdOptions): BocpdResult {
  const n = x.length;
  const h = Math.min(1 - 1e-9, Math.max(1e-9, o.hazard));
  const logH = Math.log(h), logS = Math.log(1 - h);
  const tau2 = o.priorSd ** 2;
  const S = new Float64Array(n + 1), SX = new Float64Array(n + 1), SXX = new Float64Array(n + 1), SL = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const wi = w[i]! > 0 && Number.isFinite(x[i]!) ? w[i]! : 0;
    const xi = wi ? x[i]! : 0;
    S[i + 1] = S[i]! + wi; SX[i + 1] = SX[i]! + wi * xi; SXX[i + 1] = SXX[i]! + wi * xi * xi;
    SL[i + 1] = SL[i]! + (wi ? 0.5 * (Math.log(wi) - LOG2PI) : 0);
  }
  const m0 = o.priorMean ?? (S[n]! > 0 ? SX[n]! / S[n]! : 0);
  /** log marginal likelihood of points s..e-1 as one segment */
  const seg = (s: number, e: number) => {
    const W = S[e]! - S[s]!;
    if (W <= 0) return 0;
    const sx = SX[e]! - SX[s]!, mean = sx / W;
    return SL[e]! - SL[s]! - 0.5 * Math.max(0, SXX[e]! - SXX[s]! - sx * mean)
      - 0.5 * Math.log(1 + W * tau2) - (0.5 * (mean - m0) ** 2) / (1 / W + tau2);
  };
  /** log prior of a segment s..e-1: it runs e-s points, then ends by a change (or by the series' end) */
  const len = (s: number, e: number) => (e - s - 1) * logS + (e < n ? logH : 0);
  const term = (s: number, e: number) => seg(s, e) + len(s, e);
  // forward: A[t] = log P(x_0..t-1, a segment starts at t)
  const A = new Float64Array(n + 1).fill(-Infinity);
  const V = new Float64Array(n + 1).fill(-Infinity), arg = new Int32Array(n + 1).fill(-1);
  A[0] = 0; V[0] = 0;
  const buf = new Float64Array(n + 1);
  for (let e = 1; e <= n; e++) {
    for (let s = 0; s < e; s++) {
      const v = term(s, e);
      buf[s] = A[s]! + v;
      if (V[s]! + v > V[e]!) { V[e] = V[s]! + v; arg[e] = s; }
    }
    A[e] = logSumExp(buf, e);
  }
  const Z = A[n]!;
  // backward: B[s] = log P(x_s..n-1 | a segment starts at s)
  const B = new Float64Array(n + 1).fill(-Infinity);
  B[n] = 0;
  for (let s = n - 1; s >= 0; s--) {
    for (let e = s + 1; e <= n; e++) buf[e - s - 1] = term(s, e) + B[e]!;
    B[s] = logSumExp(buf, n - s);
  }
  const cp = Array.from({ length: n }, (_, t) => (t === 0 ? 1 : Math.min(1, Math.exp(A[t]! + B[t]! - Z))));
  const cuts: number[] = [];
  for (let e = n; e > 0; e = arg[e]!) cuts.push(e);
  cuts.reverse();
  const segments = segmentsAt(cuts, S, SX);
  return {
    segments, cp, logEvidence: Z,
    changeIn(lo, hi) {
      lo = Math.max(1, lo); hi = Math.min(n - 1, hi);
      if (lo > hi) return 0;
      // no change at lo..hi: one segment runs from some s < lo to some e > hi
      const ts: number[] = [];
      for (let s = 0; s < lo; s++) for (let e = hi + 1; e <= n; e++) ts.push(A[s]! + term(s, e) + B[e]!);
      return Math.min(1, Math.max(0, 1 - Math.exp(logSumExp(ts) - Z)));
    },
    runLength(t) {
      // P(r_t = k, x_0..t): the current segment began at t-k+1 and has not ended
      const ls = Array.from({ length: t + 1 }, (_, j) => {
        const k = j + 1, s = t + 1 - k;
        return A[s]! + seg(s, t + 1) + (k - 1) * logS;
      });
      const z = logSumExp(ls);
      return [0, ...ls.map((l) => Math.exp(l - z))];
    },
  };
}
