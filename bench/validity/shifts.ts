// Known turns in world politics vs the shift detector, on ICEWS dyad-years 2002–2014.
// The lists (bench/validity/shifts-known.ts) were fixed before looking at the output of
// the methods compared here. A turn is a hit when a flagged shift in its direction starts
// within its years (one either side); a low is a hit when a flagged cooling names its
// trough in that year; a steady pair is a hit when nothing is flagged. Every variant is
// run in the same process; the first is the detector as it was before BOCPD and the
// lows were added (baseline). BOCPD's flagging threshold (posterior >= 0.8) was chosen
// after seeing the three thresholds below, not fixed beforehand.
// Run: npx tsx bench/validity/shifts.ts [--detail]
import { loadDyadYearCsv } from '../../src/analytics/icews-dyadyear.ts';
import { shiftsOf, typicalSwing, type ManyOptions, type ShiftAnalysis } from '../../src/analytics/shifts.ts';
import { dyadSeries } from '../../src/analytics/series.ts';
import { hasShared, sharedPath } from '../../src/testing/shared.ts';
import { OTHER, REQUIRED, STEADY, type Known } from './shifts-known.ts';

const DATA = 'data/reference/icews-dyadyear-quad-netify/icews_dyad_year_quadcounts_2002_2014_nonzero.csv';
if (!hasShared(DATA)) { console.log(`skipped: ${sharedPath(DATA)} is absent`); process.exit(0); }
const detail = process.argv.includes('--detail');

const VARIANTS: Array<[string, Partial<ManyOptions>]> = [
  ['pelt, penalty 3 ln T (before)', { method: 'pelt' }],
  ['pelt, penalty 4 ln T', { method: 'pelt', penaltyPerLog: 4 }],
  ['pelt, pooled swing', { method: 'pelt', pool: true }],
  ['pelt, counts only (no swing)', { method: 'pelt', swing: 0, minSwing: 0.01 }],
  ['bocpd, p>=0.95', { method: 'bocpd', minConfidence: 0.95 }],
  ['bocpd, p>=0.9', { method: 'bocpd', minConfidence: 0.9 }],
  ['bocpd, p>=0.8 (default)', { method: 'bocpd' }],
  ['bocpd, pooled swing, p>=0.8', { method: 'bocpd', pool: true }],
  ['bocpd, hazard 1/5 a year', { method: 'bocpd', hazard: 0.2 }],
  ['bocpd, hazard 1/20 a year', { method: 'bocpd', hazard: 0.05 }],
];

const cells = loadDyadYearCsv(sharedPath(DATA)).cells;
const yr = (p: string) => Number(p.slice(0, 4));

function check(all: Array<ShiftAnalysis & { a: string; b: string }>, k: Known): { ok: boolean | null; near: boolean; got: string } {
  const d = all.find((x) => x.a === k.a && x.b === k.b);
  if (!d) return { ok: null, near: false, got: 'not in the data' };
  const f = d.shifts.filter((s) => s.flagged);
  const got = f.map((s) => `${yr(s.period)}${s.direction === 'cooling' ? '↓' : '↑'}${s.extreme ? `(${s.extreme.kind} ${yr(s.extreme.period)})` : ''}`).join(' ') || 'none';
  if (k.kind === 'steady') return { ok: f.length === 0, near: f.length === 0, got };
  if (k.kind === 'low' || k.kind === 'high') {
    const dir = k.kind === 'low' ? 'cooling' : 'warming';
    const at = f.filter((s) => s.direction === dir && s.extreme).map((s) => yr(s.extreme!.period));
    return { ok: at.some((y) => y >= k.from && y <= k.to), near: at.some((y) => y >= k.from - 1 && y <= k.to + 1), got };
  }
  const at = f.filter((s) => s.direction === k.kind).map((s) => yr(s.period));
  return { ok: at.some((y) => y >= k.from && y <= k.to), near: at.some((y) => y >= k.from - 1 && y <= k.to + 1), got };
}

const rows: string[][] = [];
const summary: string[] = [];
for (const [name, v] of VARIANTS) {
  const t0 = performance.now();
  const all = shiftsOf(cells, { by: 'year', from: '2002', to: '2014', minEvents: 200, ...v });
  const ms = performance.now() - t0;
  const score = (list: Known[]) => {
    const r = list.map((k) => ({ k, ...check(all, k) }));
    r.forEach((x, i) => { (rows[i + (list === REQUIRED ? 0 : list === OTHER ? REQUIRED.length : REQUIRED.length + OTHER.length)] ??= [`${x.k.a}-${x.k.b} ${x.k.kind} ${x.k.from ? `${x.k.from}–${x.k.to}` : ''} (${x.k.why})`]).push(`${x.ok == null ? 'n/a ' : x.ok ? 'HIT ' : x.near ? 'NEAR' : 'MISS'} ${x.got}`); });
    const present = r.filter((x) => x.ok != null);
    return `${present.filter((x) => x.ok).length}/${present.length}`;
  };
  const req = score(REQUIRED), oth = score(OTHER), st = score(STEADY);
  const flagged = all.filter((d) => d.shifts.some((s) => s.flagged)).length;
  const nShifts = all.reduce((s, d) => s + d.shifts.filter((x) => x.flagged).length, 0);
  summary.push(`${name.padEnd(30)} required ${req}  other turns ${oth}  steady pairs clean ${st}  pairs flagged ${flagged}/${all.length} (${(100 * flagged / all.length).toFixed(1)}%), ${nShifts} flagged shifts  ${ms.toFixed(0)} ms`);
}
if (detail) for (const r of rows) { console.log(r[0]); r.slice(1).forEach((c, i) => console.log(`    ${VARIANTS[i]![0].padEnd(30)} ${c}`)); }
console.log(`\nscorecard (${REQUIRED.length} required checks, ${OTHER.length} other turns, ${STEADY.length} steady pairs; dyads with >=200 events):`);
for (const s of summary) console.log(s);
// the swing `pool` shrinks toward: the median own swing of the same dyads
const byPair = new Map<string, typeof cells>();
for (const c of cells) { const k = c.src < c.tgt ? `${c.src}|${c.tgt}` : `${c.tgt}|${c.src}`; (byPair.get(k) ?? byPair.set(k, []).get(k)!).push(c); }
const series = [...byPair].filter(([, cs]) => cs.reduce((t, c) => t + c.n, 0) >= 200)
  .map(([k, cs]) => { const [a, b] = k.split('|') as [string, string]; return dyadSeries(cs, { a, b, by: 'year', from: '2002', to: '2014' }); });
console.log(`typical (median) own swing of these dyads: ${typicalSwing(series).toFixed(3)} log-odds`);
