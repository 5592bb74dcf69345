// Alignment index (metric "alignment.v1"): how cooperative a dyad is in a period,
// compared with its own history, with an uncertainty band from the counts.
//
// Per period: cooperation C = Σ quad weight × count over quads 1–2 (weights in
// data/analytics/weights.jsonl), conflict K likewise over quads 3–4, plus relation
// statements (warming/friendly add to C, cooling/hostile to K, weight × strength).
// Alignment is a stock, not a flow: C and K carry over from earlier periods with a
// half-life (default two years), so one quiet or stormy month moves it a little and a
// sustained change moves it a lot (bench/validity measured this against UN voting).
// The observed level is the log-odds of cooperation x = ln((C+α)/(K+α)),
// with sampling variance v = 1/(C+α) + 1/(K+α). The pair's baseline μ is the
// precision-weighted mean of x over its history and τ² the spread of its levels beyond
// sampling noise (DerSimonian–Laird moment estimate, floored). Each period's level is
// shrunk toward the baseline: θ = (x/v + μ/τ²)/(1/v + 1/τ²), sd = (1/v + 1/τ²)^-½ —
// a quiet period with three events barely moves, a busy one speaks for itself. The
// index is z = (θ − μ)/τ: how many of the pair's usual swings it stands from its norm,
// with a 95% band z ± 1.96·sd/τ.
import { weights as loadWeights, type Weights } from './lexicon.ts';
import type { Counts } from './series.ts';

export const ALIGNMENT_METRIC = 'alignment.v1';

export interface RelationEvidence { period: string; direction: string; strength: number; hedged?: boolean }

export interface IndexOptions {
  /** pseudo-count added to each side (α) */
  prior?: number;
  /** floor on τ, the pair's usual swing in log-odds */
  minTau?: number;
  weights?: Weights;
  relations?: RelationEvidence[];
  /** how long evidence keeps half its weight, in days (0: each period stands alone) */
  halfLifeDays?: number;
}

export const DEFAULT_HALF_LIFE_DAYS = 730;
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86400000;

export interface IndexPoint {
  metric: typeof ALIGNMENT_METRIC;
  period: string;
  a: string;
  b: string;
  /** weighted events behind the period */
  n: number;
  coop: number;
  conflict: number;
  /** observed log-odds of cooperation (null: no evidence this period) */
  observed: number | null;
  /** level shrunk toward the pair's baseline, and its standard error */
  level: number;
  sd: number;
  baseline: number;
  tau: number;
  /** (level − baseline)/τ, with its 95% band */
  index: number;
  lo: number;
  hi: number;
}

export type IndexInput = Counts & { period: string; a: string; b: string };

/** Cooperation and conflict units of one period's counts (and relation statements). */
export function coopConflict(c: Counts, w: Weights, rel: RelationEvidence[] = []): { coop: number; conflict: number } {
  let coop = w.quad(1) * c.q1 + w.quad(2) * c.q2;
  let conflict = w.quad(3) * c.q3 + w.quad(4) * c.q4;
  for (const r of rel) {
    const u = w.relation(r.direction, r.hedged) * (r.strength || 1);
    if (r.direction === 'warming' || r.direction === 'friendly') coop += u;
    else if (r.direction === 'cooling' || r.direction === 'hostile') conflict += u;
  }
  return { coop, conflict };
}

export function alignmentIndex(points: IndexInput[], o: IndexOptions = {}): IndexPoint[] {
  const w = o.weights ?? loadWeights();
  const alpha = o.prior ?? 1;
  const minTau = o.minTau ?? 0.15;
  const half = o.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  let carryC = 0, carryK = 0, prev: string | null = null;
  const rows = points.map((p) => {
    const own = coopConflict(p, w, (o.relations ?? []).filter((r) => r.period === p.period));
    const decay = half > 0 && prev ? 0.5 ** (days(prev, p.period) / half) : 0;
    const coop = own.coop + decay * carryC, conflict = own.conflict + decay * carryK;
    carryC = coop; carryK = conflict; prev = p.period;
    const has = coop + conflict > 0;
    const x = Math.log((coop + alpha) / (conflict + alpha));
    const v = 1 / (coop + alpha) + 1 / (conflict + alpha);
    return { p, coop, conflict, has, x, v };
  });
  const obs = rows.filter((r) => r.has);
  // baseline and between-period spread (DerSimonian–Laird)
  const sw = obs.reduce((s, r) => s + 1 / r.v, 0);
  const mu = sw ? obs.reduce((s, r) => s + r.x / r.v, 0) / sw : 0;
  const q = obs.reduce((s, r) => s + (r.x - mu) ** 2 / r.v, 0);
  const sw2 = obs.reduce((s, r) => s + 1 / r.v ** 2, 0);
  const tau2 = Math.max(minTau ** 2, obs.length > 1 ? (q - (obs.length - 1)) / (sw - sw2 / sw) : 0);
  const tau = Math.sqrt(tau2);
  return rows.map(({ p, coop, conflict, has, x, v }) => {
    const prec = (has ? 1 / v : 0) + 1 / tau2;
    const level = ((has ? x / v : 0) + mu / tau2) / prec;
    const sd = Math.sqrt(1 / prec);
    const index = (level - mu) / tau;
    return {
      metric: ALIGNMENT_METRIC, period: p.period, a: p.a, b: p.b, n: p.n, coop, conflict,
      observed: has ? x : null, level, sd, baseline: mu, tau, index,
      lo: index - (1.96 * sd) / tau, hi: index + (1.96 * sd) / tau,
    };
  });
}
