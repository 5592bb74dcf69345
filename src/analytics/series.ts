// Dyad series (metric "dyad-series.v1"): events of a pair counted by period — by quad
// class, Goldstein sum and mean, net cooperation — with each event weighted by its
// modality (data/analytics/weights.jsonl) and normalised by media volume (all events
// touching either country that period), so that more coverage does not read as warming.
import type { Period, SeriesCell, VolumeCell } from '../store/store.ts';
import { weights as loadWeights, type Weights } from './lexicon.ts';
import { periodRange, periodStart } from './periods.ts';

export const SERIES_METRIC = 'dyad-series.v1';

export interface Counts { n: number; q1: number; q2: number; q3: number; q4: number; goldstein_sum: number; goldstein_n: number }

export interface SeriesPoint extends Counts {
  period: string;
  /** first and second country (source and target when directed) */
  a: string;
  b: string;
  goldstein_mean: number | null;
  /** (cooperation − conflict) / events, in [-1, 1] */
  net_coop: number | null;
  /** events touching either country in the period, when known */
  volume: number | null;
  /** this dyad's share of that volume */
  share: number | null;
  /** (cooperation − conflict) per 1,000 events of volume */
  net_coop_per_1k: number | null;
}

export interface SeriesOptions {
  a: string;
  b: string;
  by: Period;
  directed?: boolean;
  /** fill periods with no events between these dates (YYYY[-MM[-DD]]) */
  from?: string;
  to?: string;
  volume?: VolumeCell[];
  weights?: Weights;
}

export const emptyCounts = (): Counts => ({ n: 0, q1: 0, q2: 0, q3: 0, q4: 0, goldstein_sum: 0, goldstein_n: 0 });

/** Add `c` times weight `w` into `into`. */
export function addCounts(into: Counts, c: Counts, w = 1): Counts {
  into.n += w * c.n; into.q1 += w * c.q1; into.q2 += w * c.q2; into.q3 += w * c.q3; into.q4 += w * c.q4;
  into.goldstein_sum += w * c.goldstein_sum; into.goldstein_n += w * c.goldstein_n;
  return into;
}

/** Does a stored cell belong to dyad a–b (in that order when directed)? */
export const cellIn = (c: { src: string; tgt: string }, a: string, b: string, directed = false) =>
  (c.src === a && c.tgt === b) || (!directed && c.src === b && c.tgt === a);

/** The series of one dyad from aggregate cells (store.eventSeries) and country volume (store.countryVolume). */
export function dyadSeries(cells: SeriesCell[], o: SeriesOptions): SeriesPoint[] {
  const w = o.weights ?? loadWeights();
  const by = new Map<string, Counts>();
  for (const c of cells) {
    if (!cellIn(c, o.a, o.b, o.directed)) continue;
    const mw = w.series(c.modality);
    if (!mw || !c.period) continue;
    const p = periodStart(c.period, o.by);
    addCounts(by.get(p) ?? by.set(p, emptyCounts()).get(p)!, c, mw);
  }
  const vol = new Map<string, number>();
  for (const v of o.volume ?? []) {
    if ((v.country !== o.a && v.country !== o.b) || !v.period) continue;
    const p = periodStart(v.period, o.by);
    vol.set(p, (vol.get(p) ?? 0) + v.n);
  }
  let periods = [...by.keys()].sort();
  const from = o.from ?? periods[0];
  const to = o.to ?? periods[periods.length - 1];
  if (from && to) periods = periodRange(from, to, o.by);
  // the pair's own events are counted once for each country in the summed volume
  const between = new Map<string, number>();
  for (const c of cells) if (c.period && cellIn(c, o.a, o.b)) {
    const p = periodStart(c.period, o.by);
    between.set(p, (between.get(p) ?? 0) + c.n);
  }
  return periods.map((p) => point(p, o.a, o.b, by.get(p) ?? emptyCounts(), o.volume ? Math.max(0, (vol.get(p) ?? 0) - (between.get(p) ?? 0)) : null));
}

export function point(period: string, a: string, b: string, c: Counts, volume: number | null): SeriesPoint {
  const net = c.q1 + c.q2 - c.q3 - c.q4;
  return {
    period, a, b, ...c,
    goldstein_mean: c.goldstein_n > 0 ? c.goldstein_sum / c.goldstein_n : null,
    net_coop: c.n > 0 ? net / c.n : null,
    volume,
    share: volume ? c.n / volume : null,
    net_coop_per_1k: volume ? (1000 * net) / volume : null,
  };
}
