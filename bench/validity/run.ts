// Validity of the alignment index against UN General Assembly voting agreement.
// Computes, from ICEWS dyad-year quad counts (../shared), the alignment index
// (alignment.v1) and the naive net-cooperation share, and reports each one's Pearson
// correlation with UNGA agreement (Voeten) across pair-years and within pairs over time.
// Run: npx tsx bench/validity/run.ts
import { readFileSync } from 'node:fs';
import { alignmentIndex } from '../../src/analytics/alignment.ts';
import { loadDyadYearCsv, undirected } from '../../src/analytics/icews-dyadyear.ts';
import { dyadSeries } from '../../src/analytics/series.ts';
import { mean, pearson } from '../../src/analytics/stats.ts';
import { hasShared, sharedPath } from '../../src/testing/shared.ts';

const ICEWS = 'data/reference/icews-dyadyear-quad-netify/icews_dyad_year_quadcounts_2002_2014_nonzero.csv';
const UNGA = 'data/reference/unga-agreement/DERIVED_unga_agreement_focus30_dyad_year.csv';
const MIN_EVENTS = Number(process.env.MIN_EVENTS ?? 200);

if (!hasShared(ICEWS) || !hasShared(UNGA)) {
  console.log(`skipped: ${sharedPath(ICEWS)} or ${sharedPath(UNGA)} is absent`);
  process.exit(0);
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const agree = new Map<string, number>();
const focus = new Set<string>();
for (const line of readFileSync(sharedPath(UNGA), 'utf8').split('\n').slice(1)) {
  const [a, b, y, v] = line.split(',');
  if (!a || !b || !v) continue;
  focus.add(a); focus.add(b);
  agree.set(`${key(a, b)}|${y}`, Number(v));
}

const t0 = performance.now();
const { cells } = loadDyadYearCsv(sharedPath(ICEWS));
const und = undirected(cells.filter((c) => focus.has(c.src) && focus.has(c.tgt)));
const pairs = new Map<string, typeof und>();
for (const c of und) {
  const k = key(c.src, c.tgt);
  (pairs.get(k) ?? pairs.set(k, []).get(k)!).push(c);
}

interface Obs { pair: string; year: string; agree: number; naive: number | null; index: number; n: number; h: Record<number, number> }
const HALF_LIVES = [0, 365, 1460];
const obs: Obs[] = [];
for (const [k, cs] of pairs) {
  const [a, b] = k.split('|') as [string, string];
  const total = cs.reduce((s, c) => s + c.n, 0);
  if (total < MIN_EVENTS) continue;
  const s = dyadSeries(cs, { a, b, by: 'year', from: '2002', to: '2014' });
  const idx = alignmentIndex(s);
  const alt = HALF_LIVES.map((h) => alignmentIndex(s, { halfLifeDays: h }));
  s.forEach((p, i) => {
    const y = p.period.slice(0, 4);
    const g = agree.get(`${k}|${y}`);
    if (g == null) return;
    obs.push({ pair: k, year: y, agree: g, naive: p.net_coop, index: idx[i]!.level, n: p.n, h: Object.fromEntries(HALF_LIVES.map((h, j) => [h, alt[j]![i]!.level])) });
  });
}

function across(f: (o: Obs) => number | null) {
  const xs: number[] = [], ys: number[] = [];
  for (const o of obs) { const v = f(o); if (v != null) { xs.push(v); ys.push(o.agree); } }
  return { r: pearson(xs, ys), n: xs.length };
}
function within(f: (o: Obs) => number | null) {
  const by = new Map<string, Obs[]>();
  for (const o of obs) if (f(o) != null) (by.get(o.pair) ?? by.set(o.pair, []).get(o.pair)!).push(o);
  const xs: number[] = [], ys: number[] = [], rs: number[] = [];
  for (const os of by.values()) {
    if (os.length < 3) continue;
    const mx = mean(os.map((o) => f(o)!)), my = mean(os.map((o) => o.agree));
    for (const o of os) { xs.push(f(o)! - mx); ys.push(o.agree - my); }
    const r = pearson(os.map((o) => f(o)!), os.map((o) => o.agree));
    if (Number.isFinite(r)) rs.push(r);
  }
  return { r: pearson(xs, ys), meanPairR: mean(rs), pairs: rs.length };
}

const fmt = (x: number) => x.toFixed(3);
const row = (name: string, f: (o: Obs) => number | null) => {
  const A = across(f), W = within(f);
  console.log(`${name.padEnd(36)} across pair-years r=${fmt(A.r)} (n=${A.n})   within pairs: mean per-pair r=${fmt(W.meanPairR)} (${W.pairs} pairs), pooled demeaned r=${fmt(W.r)}`);
  return { across: A.r, within: W.meanPairR };
};
console.log(`pairs with >= ${MIN_EVENTS} events among the ${focus.size} UNGA focus countries: ${new Set(obs.map((o) => o.pair)).size}; pair-years: ${obs.length}; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const naive = row('naive net-cooperation share', (o) => o.naive);
const index = row('alignment.v1 level (half-life 730 d)', (o) => o.index);
for (const h of HALF_LIVES) row(`  variant: half-life ${h} d`, (o) => o.h[h]!);
console.log(`ratio vs naive: across ${fmt(index.across / naive.across)}x, within ${fmt(index.within / naive.within)}x`);
