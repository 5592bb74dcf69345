// The two benchmarks' body metrics, re-implemented from their published descriptions.
// ScrapingHub: 4-gram shingles of \w+ tokens (case kept), per-page P/R averaged over pages,
// F1 of the two means. WCXB: bag of lower-cased \w+ tokens, per-page F1 averaged.

export const tokens = (s: string) => s.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];

function counts(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

function shingles(toks: string[], n = 4): string[] {
  if (!toks.length) return [];
  if (toks.length < n) return [toks.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + n <= toks.length; i++) out.push(toks.slice(i, i + n).join(' '));
  return out;
}

function overlap(pred: Map<string, number>, gold: Map<string, number>) {
  let tp = 0, fp = 0, fn = 0;
  for (const [k, v] of pred) { const g = gold.get(k) ?? 0; tp += Math.min(v, g); fp += Math.max(0, v - g); }
  for (const [k, g] of gold) fn += Math.max(0, g - (pred.get(k) ?? 0));
  return { tp, fp, fn };
}

export interface PageScore { p: number | null; r: number | null; f1: number }

export function shingleScore(pred: string, gold: string): PageScore {
  const { tp, fp, fn } = overlap(counts(shingles(tokens(pred))), counts(shingles(tokens(gold))));
  if (fp === 0 && fn === 0) return { p: 1, r: 1, f1: 1 };
  const p = tp + fp > 0 ? tp / (tp + fp) : null;
  const r = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 = p && r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

export function bagScore(pred: string, gold: string): PageScore {
  const { tp, fp, fn } = overlap(counts(tokens(pred.toLowerCase())), counts(tokens(gold.toLowerCase())));
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** ScrapingHub corpus figures: means of per-page P and R, F1 of the means. */
export function corpusShingle(scores: PageScore[]) {
  const P = mean(scores.flatMap((s) => (s.p == null ? [] : [s.p])));
  const R = mean(scores.flatMap((s) => (s.r == null ? [] : [s.r])));
  return { f1: P + R ? (2 * P * R) / (P + R) : 0, p: P, r: R };
}

/** WCXB corpus figures: plain means of per-page P, R and F1. */
export const corpusBag = (scores: PageScore[]) => ({ f1: mean(scores.map((s) => s.f1)), p: mean(scores.map((s) => s.p ?? 0)), r: mean(scores.map((s) => s.r ?? 0)) });

export const normTitle = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, '');
export const authorMatch = (pred: string | null | undefined, gold: string) => {
  const a = (pred ?? '').toLowerCase().replace(/\s+/g, ' ').trim(), b = gold.toLowerCase().replace(/\s+/g, ' ').trim();
  return !!a && !!b && (a.includes(b) || b.includes(a));
};
