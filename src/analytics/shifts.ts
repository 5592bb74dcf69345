// Shifts: change points in a dyad's series of cooperation log-odds, each ranked by size
// and confidence, carrying what drove it and the extreme it led to (the trough of a
// cooling, the peak of a warming). Two named methods share one noise model:
//   "shifts.pelt.v1"  — PELT (changepoint.ts), penalty β = c·ln T; confidence is the normal
//                       probability that the neighbouring segments' means differ.
//   "shifts.bocpd.v1" — Bayesian change points (bocpd.ts, Adams & MacKay 2007, smoothed);
//                       confidence is the posterior probability of a change at the point
//                       (or the one either side of it).
//
// Each period's observed level x = ln((C+α)/(K+α)) (see alignment.ts, no carry-over)
// has sampling variance v from its counts; year-to-year the pair also moves for reasons
// no count explains, an extra variance s² estimated robustly from the pair's own first
// differences (MAD, floored) — optionally pooled with the swing typical of all pairs
// (`swingPrior`, see shiftsOf's `pool`), so a pair is not excused its turns because it
// has several. Points are weighted 1/(v + s²), so a sparse pair or a noisy one needs a
// larger move to register. A shift is flagged when confident and at least `minDelta`.
// A segment's low and high are the periods whose levels, shrunk toward the segment's
// mean by their own noise (θ = (x/v + m/s²)/(1/v + 1/s²)), are lowest and highest.
import type { Weights } from './lexicon.ts';
import type { IndexInput, RelationEvidence } from './alignment.ts';
import { bocpd } from './bocpd.ts';
import { pelt, type Segment } from './changepoint.ts';
import { normalCdf } from './stats.ts';
import { dyadSeries } from './series.ts';
import { observe, swingOf, typicalSwing } from './shifts-swing.ts';

export { ownSwing, typicalSwing } from './shifts-swing.ts';

export const SHIFTS_METRIC = 'shifts.pelt.v1';
export const SHIFTS_BOCPD_METRIC = 'shifts.bocpd.v1';
export const SHIFT_METHODS = { pelt: SHIFTS_METRIC, bocpd: SHIFTS_BOCPD_METRIC } as const;
export type ShiftMethod = keyof typeof SHIFT_METHODS;
export type ShiftMetric = (typeof SHIFT_METHODS)[ShiftMethod];
export const isShiftMethod = (m: unknown): m is ShiftMethod => m === 'pelt' || m === 'bocpd';

export interface ShiftOptions {
  /** "pelt" (default) or "bocpd" */
  method?: ShiftMethod;
  /** PELT: c in the penalty β = c·ln T */
  penaltyPerLog?: number;
  /** BOCPD: probability of a change after any period (default 0.1; shiftsOf: one per ten years) */
  hazard?: number;
  /** BOCPD: prior spread of segment levels, in log-odds (default 1) */
  priorSd?: number;
  /** smallest extra year-to-year swing s, in log-odds */
  minSwing?: number;
  /** use this swing s instead of estimating it from the pair's own differences */
  swing?: number;
  /**
   * pool the pair's own swing with a typical one: s² = (df·swing² + m·own²)/(df + m),
   * m the pair's effective number of differences (MAD is 37% efficient)
   */
  swingPrior?: { swing: number; df: number };
  /** smallest change in log-odds that is flagged */
  minDelta?: number;
  /** confidence needed to flag (default 0.99 for PELT's z, 0.8 for BOCPD's posterior probability) */
  minConfidence?: number;
  prior?: number;
  weights?: Weights;
  relations?: RelationEvidence[];
}

/** One period's level: shrunk toward its segment's mean, and as observed. */
export interface Extreme { period: string; level: number; observed: number }

export interface SegmentSummary {
  from: string; to: string; level: number; events: number;
  /** the period where the segment is lowest / highest (null: no evidence in it) */
  low: Extreme | null;
  high: Extreme | null;
}

export interface Shift {
  metric: ShiftMetric;
  a: string;
  b: string;
  /** first period of the new segment */
  period: string;
  direction: 'warming' | 'cooling';
  before: SegmentSummary;
  after: SegmentSummary;
  /** where the turn led: the trough of a cooling's segment, the peak of a warming's */
  extreme: (Extreme & { kind: 'low' | 'high' }) | null;
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

export interface ShiftAnalysis {
  metric?: ShiftMetric;
  segments: Array<SegmentSummary & { start: number; end: number }>;
  swing: number;
  shifts: Shift[];
  /** the series' lowest and highest periods (as in the segments) */
  low?: Extreme | null;
  high?: Extreme | null;
}

export function dyadShifts(points: IndexInput[], o: ShiftOptions = {}): ShiftAnalysis {
  const method = o.method ?? 'pelt';
  const metric = SHIFT_METHODS[method];
  const obs = observe(points, o);
  const s2 = swingOf(obs, o);
  const x = obs.map((p) => p.x);
  const wt = obs.map((p) => (p.has ? 1 / (p.v + s2) : 0));
  const T = Math.max(2, obs.filter((p) => p.has).length);
  let segs: Segment[];
  let confidenceOf: (A: Segment, B: Segment, z: number) => number;
  if (method === 'bocpd') {
    const r = bocpd(x, wt, { hazard: o.hazard ?? 0.1, priorSd: o.priorSd ?? 1 });
    segs = r.segments;
    // a change at B.start, or one period either side of it (within the neighbouring segments)
    confidenceOf = (A, B) => r.changeIn(Math.max(A.start + 1, B.start - 1), Math.min(B.end - 1, B.start + 1));
  } else {
    segs = pelt(x, wt, { penalty: (o.penaltyPerLog ?? 3) * Math.log(T) });
    confidenceOf = (_A, _B, z) => 2 * normalCdf(Math.abs(z)) - 1;
  }
  const extremes = (g: Segment): [Extreme | null, Extreme | null] => {
    let lo: Extreme | null = null, hi: Extreme | null = null;
    for (let i = g.start; i < g.end; i++) {
      const p = obs[i]!;
      if (!p.has) continue;
      const level = (p.x / p.v + g.mean / s2) / (1 / p.v + 1 / s2);
      const e = { period: points[i]!.period, level, observed: p.x };
      if (!lo || level < lo.level) lo = e;
      if (!hi || level > hi.level) hi = e;
    }
    return [lo, hi];
  };
  const summary = (g: Segment) => {
    const [low, high] = extremes(g);
    return {
      start: g.start, end: g.end, from: points[g.start]!.period, to: points[g.end - 1]!.period, level: g.mean,
      events: points.slice(g.start, g.end).reduce((s, p) => s + p.n, 0), low, high,
    };
  };
  const segments = segs.map(summary);
  const minConfidence = o.minConfidence ?? (method === 'bocpd' ? 0.8 : 0.99);
  const shifts: Shift[] = [];
  for (let i = 1; i < segs.length; i++) {
    const A = segs[i - 1]!, B = segs[i]!;
    if (!(A.weight > 0 && B.weight > 0)) continue;
    const delta = B.mean - A.mean;
    const z = delta / Math.sqrt(1 / A.weight + 1 / B.weight);
    const confidence = confidenceOf(A, B, z);
    const avg = (g: Segment, q: 'q1' | 'q2' | 'q3' | 'q4') => points.slice(g.start, g.end).reduce((s, p) => s + p[q], 0) / (g.end - g.start);
    const { start: _s, end: _e, ...before } = segments[i - 1]!;
    const { start: _s2, end: _e2, ...after } = segments[i]!;
    const direction = delta > 0 ? 'warming' : 'cooling';
    const ext = direction === 'cooling' ? after.low : after.high;
    shifts.push({
      metric, a: points[0]!.a, b: points[0]!.b, period: points[B.start]!.period,
      direction, before, after, extreme: ext ? { kind: direction === 'cooling' ? 'low' : 'high', ...ext } : null,
      delta, z, confidence,
      flagged: confidence >= minConfidence && Math.abs(delta) >= (o.minDelta ?? 0.3),
      score: Math.abs(delta) * confidence,
      drivers: (['q1', 'q2', 'q3', 'q4'] as const).map((q, k) => ({ quad: k + 1, before: avg(A, q), after: avg(B, q) })),
    });
  }
  const pick = (k: 'low' | 'high') => segments.map((g) => g[k]).filter((e): e is Extreme => !!e)
    .reduce<Extreme | null>((m, e) => (!m || (k === 'low' ? e.level < m.level : e.level > m.level) ? e : m), null);
  return { metric, segments, swing: Math.sqrt(s2), shifts, low: pick('low'), high: pick('high') };
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
  /**
   * pool each pair's swing with the median swing of all the pairs analysed together
   * (an empirical-Bayes prior worth `df` differences; default 4); ignored when
   * `swing` or `swingPrior` is given
   */
  pool?: boolean | { df?: number };
}

/** Periods per year: BOCPD's prior rate of change is set in time, not per period. */
const PER_YEAR: Record<import('../store/store.ts').Period, number> = { day: 365.25, week: 365.25 / 7, month: 12, quarter: 4, year: 1 };

/** Shifts of every dyad in a set of aggregate cells (store.eventSeries or a dataset reader). */
export function shiftsOf(cells: import('../store/store.ts').SeriesCell[], o: ManyOptions): Array<ShiftAnalysis & { a: string; b: string }> {
  const groups = new Map<string, typeof cells>();
  for (const c of cells) {
    const [a, b] = o.directed || c.src <= c.tgt ? [c.src, c.tgt] : [c.tgt, c.src];
    const k = `${a}|${b}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(c);
  }
  const all: Array<{ a: string; b: string; series: ReturnType<typeof dyadSeries> }> = [];
  for (const [k, cs] of [...groups].sort(([x], [y]) => x.localeCompare(y))) {
    const [a, b] = k.split('|') as [string, string];
    if (cs.reduce((s, c) => s + c.n, 0) < (o.minEvents ?? 0)) continue;
    const series = dyadSeries(cs, { a, b, by: o.by, directed: o.directed, from: o.from, to: o.to, weights: o.weights });
    if (series.length >= 2) all.push({ a, b, series });
  }
  let opts: ShiftOptions = o.method === 'bocpd' && o.hazard == null ? { ...o, hazard: 1 / (10 * PER_YEAR[o.by]) } : o;
  if (o.pool && o.swing == null && !o.swingPrior) {
    const df = (typeof o.pool === 'object' ? o.pool.df : undefined) ?? 4;
    opts = { ...opts, swingPrior: { swing: typicalSwing(all.map((d) => d.series), o), df } };
  }
  return all.map(({ a, b, series }) => ({ a, b, ...dyadShifts(series, opts) }));
}
