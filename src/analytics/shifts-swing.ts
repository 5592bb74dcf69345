// The noise model behind the shift detector: each period's observed cooperation
// log-odds x = ln((C+α)/(K+α)) with its sampling variance v = 1/(C+α) + 1/(K+α), and
// the pair's extra year-to-year swing s² — what the series moves for reasons no count
// explains — estimated robustly from its first differences, optionally pooled with the
// swing typical of many pairs (a scaled-inverse-χ² prior worth `df` differences).
import { weights as loadWeights } from './lexicon.ts';
import { coopConflict, type IndexInput } from './alignment.ts';
import { median } from './stats.ts';
import type { ShiftOptions } from './shifts.ts';

export interface Obs { has: boolean; x: number; v: number }

/** Observed log-odds and sampling variance per period. */
export function observe(points: IndexInput[], o: ShiftOptions): Obs[] {
  const w = o.weights ?? loadWeights();
  const alpha = o.prior ?? 1;
  return points.map((p) => {
    const { coop, conflict } = coopConflict(p, w, (o.relations ?? []).filter((r) => r.period === p.period));
    const has = coop + conflict > 0;
    return { has, x: Math.log((coop + alpha) / (conflict + alpha)), v: 1 / (coop + alpha) + 1 / (conflict + alpha) };
  });
}

/**
 * The pair's own extra swing: s² = MAD(Δx)²/2 − median(v), from its first differences
 * (null when it has fewer than two), with the number of differences behind it.
 */
export function ownSwing(points: IndexInput[], o: ShiftOptions = {}): { s2: number; m: number } | null {
  return ownSwingOf(observe(points, o));
}

function ownSwingOf(obs: Obs[]): { s2: number; m: number } | null {
  const seen = obs.filter((p) => p.has);
  const diffs: number[] = [];
  for (let i = 1; i < seen.length; i++) diffs.push(seen[i]!.x - seen[i - 1]!.x);
  if (diffs.length < 2) return null;
  const md = median(diffs);
  const mad = 1.4826 * median(diffs.map((d) => Math.abs(d - md)));
  return { s2: Math.max(0, (mad * mad) / 2 - median(seen.map((p) => p.v))), m: diffs.length };
}

/** MAD's efficiency relative to the standard deviation, for normal data. */
const MAD_EFFICIENCY = 0.37;

/** The swing s² used for a series: pinned (`swing`), pooled (`swingPrior`) or its own; floored. */
export function swingOf(obs: Obs[], o: ShiftOptions): number {
  const floor = (o.minSwing ?? 0.15) ** 2;
  if (o.swing != null) return Math.max(floor, o.swing ** 2);
  const own = ownSwingOf(obs);
  if (o.swingPrior) {
    const { swing, df } = o.swingPrior;
    const m = own ? MAD_EFFICIENCY * own.m : 0;
    return Math.max(floor, (df * swing ** 2 + m * (own?.s2 ?? 0)) / (df + m));
  }
  return Math.max(floor, own?.s2 ?? 0);
}

/** The typical swing of many series: the median of their own swings (see ownSwing). */
export function typicalSwing(series: IndexInput[][], o: ShiftOptions = {}): number {
  const s2 = series.map((p) => ownSwing(p, o)).filter((x) => x != null).map((x) => x.s2);
  return s2.length ? Math.sqrt(median(s2)) : 0;
}
