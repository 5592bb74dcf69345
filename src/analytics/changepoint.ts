// Change points in a weighted series by PELT (Killick, Fearnhead & Eckley 2012): exact
// minimum of Σ segment cost + β per change, with pruning. Segment cost is the weighted
// squared deviation from the segment's weighted mean (a change in mean with known
// per-point variance 1/w). Points with weight 0 carry no evidence.

export interface Segment { start: number; end: number; mean: number; weight: number }

export interface PeltOptions {
  /** penalty per change point (β) */
  penalty: number;
  /** shortest segment, in points */
  minSize?: number;
}

export function pelt(x: number[], w: number[], o: PeltOptions): Segment[] {
  const n = x.length;
  if (n === 0) return [];
  const m = Math.max(1, o.minSize ?? 1);
  const S = new Float64Array(n + 1), SX = new Float64Array(n + 1), SXX = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const wi = w[i]! > 0 && Number.isFinite(x[i]!) ? w[i]! : 0;
    const xi = wi ? x[i]! : 0;
    S[i + 1] = S[i]! + wi; SX[i + 1] = SX[i]! + wi * xi; SXX[i + 1] = SXX[i]! + wi * xi * xi;
  }
  const cost = (s: number, e: number) => {
    const sw = S[e]! - S[s]!;
    if (sw <= 0) return 0;
    const sx = SX[e]! - SX[s]!;
    return Math.max(0, SXX[e]! - SXX[s]! - (sx * sx) / sw);
  };
  const F = new Float64Array(n + 1).fill(Infinity);
  const last = new Int32Array(n + 1).fill(-1);
  F[0] = -o.penalty;
  let R: number[] = [0];
  for (let t = m; t <= n; t++) {
    let best = Infinity, arg = -1;
    const cand = R.filter((s) => t - s >= m);
    for (const s of cand) {
      const v = F[s]! + cost(s, t) + o.penalty;
      if (v < best) { best = v; arg = s; }
    }
    if (arg < 0) continue;
    F[t] = best; last[t] = arg;
    R = R.filter((s) => t - s < m || F[s]! + cost(s, t) <= best);
    R.push(t);
  }
  const cuts: number[] = [];
  for (let t = n; t > 0; t = last[t]!) { cuts.push(t); if (last[t]! < 0) break; }
  cuts.reverse();
  return segmentsAt(cuts, S, SX);
}

/** The segments ending at `cuts` (ascending, the last = n), with weight and weighted mean from the prefix sums S (weight) and SX (weight·x). */
export function segmentsAt(cuts: number[], S: Float64Array, SX: Float64Array): Segment[] {
  const segs: Segment[] = [];
  let s = 0;
  for (const e of cuts) {
    const sw = S[e]! - S[s]!;
    segs.push({ start: s, end: e, mean: sw > 0 ? (SX[e]! - SX[s]!) / sw : NaN, weight: sw });
    s = e;
  }
  return segs;
}
