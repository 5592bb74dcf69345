// Shifts (metric "shifts.pelt.v1"): change points in a dyad's series of cooperation
// log-odds, found by PELT, each ranked by size and confidence and carrying what drove it.
//
// Each period's observed level x = ln((C+α)/(K+α)) (see alignment.ts, no carry-over)
// has sampling variance v from its counts; year-to-year the pair also moves for reasons
// no count explains, an extra variance s² estimated robustly from the pair's own first
// differences (MAD, floored). Points are weighted 1/(v + s²), so a sparse pair or a noisy
// one needs a larger move to register. The penalty per change is β = c·ln T. A shift's
// confidence is the normal probability that the two neighbouring segments' means differ
// (z = Δ / √(1/W₁ + 1/W₂)); it is flagged when confident and at least `minDelta` in size.
import { weights as loadWeights, type Weights } from './lexicon.ts';
import { coopConflict, type IndexInput, type RelationEvidence } from './alignment.ts';
import { pelt } from './changepoint.ts';
import { median, normalCdf } from './stats.ts';
import { dyadSeries } from './series.ts';

export const SHIFTS_METRIC = 'shifts.pelt.v1';

export interface ShiftOptions {
  /** c in the penalty β = c·ln T */
  penaltyPerLog?: number;
  /** smallest extra year-to-year swing s, in log-odds */
  minSwing?: number;
  /** use this swing s instead of estimating it from the pair's own differences */
  swing?: number;
  /** smallest change in log-odds that is flagged */
  minDelta?: number;
  /** confidence needed to flag */
  minConfidence?: number;
  prior?: number;
  weights?: Weights;
  relations?: RelationEvidence[];
}

export interface SegmentSummary { from: string; to: string; level: number; events: number }

export interface Shift {
  metric: typeof SHIFTS_METRIC;
  a: string;
  b: string;
  /** first period of the new segment */
  period: string;
  direction: 'warming' | 'cooling';
  before: SegmentSummary;
  after: SegmentSummary;
  /** change in cooperation log-odds */
  delta: number;
  z: number;
  confidence: number;
  flagged: boolean;
  /** ranking score: |delta| × confidence */
  score: number;
  /** mean events per period by quad class, before → after */
  drivers: Array<{ quad: number; before: number; after: number }>;
}

export interface ShiftAnalysis { segments: Array<SegmentSummary & { start: number; end: number }>; swing: number; shifts: Shift[] }

export function dyadShifts(points: IndexInput[], o: ShiftOptions = {}): ShiftAnalysis {
  const w = o.weights ?? loadWeights();
  const alpha = o.prior ?? 1;
  const obs = points.map((p) => {
    const { coop, conflict } = coopConflict(p, w, (o.relations ?? []).filter((r) => r.period === p.period));
    const has = coop + conflict > 0;
    return { has, x: Math.log((coop + alpha) / (conflict + alpha)), v: 1 / (coop + alpha) + 1 / (conflict + alpha) };
  });
  const seen = obs.filter((p) => p.has);
  const diffs: number[] = [];
  for (let i = 1; i < seen.length; i++) diffs.push(seen[i]!.x - seen[i - 1]!.x);
  const md = median(diffs);
  const mad = diffs.length >= 2 ? 1.4826 * median(diffs.map((d) => Math.abs(d - md))) : 0;
  const minSwing = o.minSwing ?? 0.15;
  const s2 = o.swing != null ? Math.max(minSwing ** 2, o.swing ** 2) : Math.max(minSwing ** 2, (mad * mad) / 2 - (seen.length ? median(seen.map((p) => p.v)) : 0));
  const x = obs.map((p) => p.x);
  const wt = obs.map((p) => (p.has ? 1 / (p.v + s2) : 0));
  const T = Math.max(2, seen.length);
  const segs = pelt(x, wt, { penalty: (o.penaltyPerLog ?? 3) * Math.log(T) });
  const summary = (g: { start: number; end: number; mean: number }) => ({
    start: g.start, end: g.end, from: points[g.start]!.period, to: points[g.end - 1]!.period, level: g.mean,
    events: points.slice(g.start, g.end).reduce((s, p) => s + p.n, 0),
  });
  const shifts: Shift[] = [];
  for (let i = 1; i < segs.length; i++) {
    const A = segs[i - 1]!, B = segs[i]!;
    if (!(A.weight > 0 && B.weight > 0)) continue;
    const delta = B.mean - A.mean;
    const z = delta / Math.sqrt(1 / A.weight + 1 / B.weight);
    const confidence = 2 * normalCdf(Math.abs(z)) - 1;
    const avg = (g: typeof A, q: 'q1' | 'q2' | 'q3' | 'q4') => points.slice(g.start, g.end).reduce((s, p) => s + p[q], 0) / (g.end - g.start);
    const { start: _s, end: _e, ...before } = summary(A);
    const { start: _s2, end: _e2, ...after } = summary(B);
    shifts.push({
      metric: SHIFTS_METRIC, a: points[0]!.a, b: points[0]!.b, period: points[B.start]!.period,
      direction: delta > 0 ? 'warming' : 'cooling', before, after, delta, z, confidence,
      flagged: confidence >= (o.minConfidence ?? 0.99) && Math.abs(delta) >= (o.minDelta ?? 0.3),
      score: Math.abs(delta) * confidence,
      drivers: (['q1', 'q2', 'q3', 'q4'] as const).map((q, k) => ({ quad: k + 1, before: avg(A, q), after: avg(B, q) })),
    });
  }
  return { segments: segs.map(summary), swing: Math.sqrt(s2), shifts };
}

/** Shifts of many dyads, strongest first. */
export function rankShifts(shifts: Shift[]): Shift[] {
  return [...shifts].sort((p, q) => q.score - p.score || p.period.localeCompare(q.period) || `${p.a}${p.b}`.localeCompare(`${q.a}${q.b}`));
}

export interface ManyOptions extends ShiftOptions {
  by: import('../store/store.ts').Period;
  from?: string;
  to?: string;
  directed?: boolean;
  /** skip dyads with fewer events than this in all */
  minEvents?: number;
}

/** Shifts of every dyad in a set of aggregate cells (store.eventSeries or a dataset reader). */
export function shiftsOf(cells: import('../store/store.ts').SeriesCell[], o: ManyOptions): Array<ShiftAnalysis & { a: string; b: string }> {
  const groups = new Map<string, typeof cells>();
  for (const c of cells) {
    const [a, b] = o.directed || c.src <= c.tgt ? [c.src, c.tgt] : [c.tgt, c.src];
    const k = `${a}|${b}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(c);
  }
  const out: Array<ShiftAnalysis & { a: string; b: string }> = [];
  for (const [k, cs] of [...groups].sort(([x], [y]) => x.localeCompare(y))) {
    const [a, b] = k.split('|') as [string, string];
    if (cs.reduce((s, c) => s + c.n, 0) < (o.minEvents ?? 0)) continue;
    const series = dyadSeries(cs, { a, b, by: o.by, directed: o.directed, from: o.from, to: o.to, weights: o.weights });
    if (series.length < 2) continue;
    out.push({ a, b, ...dyadShifts(series, o) });
  }
  return out;
}
