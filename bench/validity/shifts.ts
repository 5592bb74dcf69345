// Known turns in world politics vs the shift detector, on ICEWS dyad-years 2002–2014.
// The list was fixed before looking at the detector's output; a hit is a flagged shift
// in the stated direction within a year of the stated one. Steady pairs should show none.
// Run: npx tsx bench/validity/shifts.ts
import { loadDyadYearCsv } from '../../src/analytics/icews-dyadyear.ts';
import { shiftsOf } from '../../src/analytics/shifts.ts';
import { hasShared, sharedPath } from '../../src/testing/shared.ts';

const DATA = 'data/reference/icews-dyadyear-quad-netify/icews_dyad_year_quadcounts_2002_2014_nonzero.csv';
if (!hasShared(DATA)) { console.log(`skipped: ${sharedPath(DATA)} is absent`); process.exit(0); }

const KNOWN: Array<[string, string, number, 'warming' | 'cooling' | 'steady', string]> = [
  ['RUS', 'UKR', 2014, 'cooling', 'Crimea, war in the Donbas'],
  ['RUS', 'USA', 2014, 'cooling', 'sanctions over Ukraine'],
  ['PAK', 'USA', 2011, 'cooling', 'Raymond Davis, Abbottabad raid, Salala'],
  ['GEO', 'RUS', 2008, 'cooling', 'the August war'],
  ['GEO', 'RUS', 2012, 'warming', 'recovery after the war'],
  // chosen beforehand, beyond the brief
  ['ISR', 'TUR', 2010, 'cooling', 'flotilla raid (Turkey is not in this extract)'],
  ['EGY', 'USA', 2013, 'cooling', 'coup, aid suspension'],
  ['IRN', 'USA', 2013, 'warming', 'Rouhani, interim nuclear deal'],
  ['CHN', 'JPN', 2012, 'cooling', 'Senkaku/Diaoyu nationalisation'],
  ['SYR', 'TUR', 2011, 'cooling', 'Syrian war (Turkey is not in this extract)'],
  ['IND', 'PAK', 2008, 'cooling', 'Mumbai attacks'],
  ['IND', 'RUS', 0, 'steady', 'steady partners'],
  ['CHN', 'PAK', 0, 'steady', 'steady partners'],
];

const t0 = performance.now();
const all = shiftsOf(loadDyadYearCsv(sharedPath(DATA)).cells, { by: 'year', from: '2002', to: '2014', minEvents: 200 });
const ms = performance.now() - t0;
let hits = 0, hits2 = 0, total = 0;
for (const [a, b, y, dir, why] of KNOWN) {
  const d = all.find((x) => x.a === a && x.b === b);
  if (!d) { console.log(`${a}-${b} ${y || ''} ${dir}: not in the data (${why})`); continue; }
  const f = d.shifts.filter((s) => s.flagged);
  const list = f.map((s) => `${s.period.slice(0, 4)} ${s.direction} Δ${s.delta.toFixed(2)} conf ${s.confidence.toFixed(3)}`).join('; ') || 'none';
  const near = (k: number) => (dir === 'steady' ? f.length === 0 : f.some((s) => s.direction === dir && Math.abs(Number(s.period.slice(0, 4)) - y) <= k));
  const ok = near(1), ok2 = near(2);
  total++; if (ok) hits++; if (ok2) hits2++;
  console.log(`${ok ? 'HIT ' : ok2 ? 'NEAR' : 'MISS'} ${a}-${b} ${y || ''} ${dir} (${why}): flagged ${list}`);
}
const flaggedPairs = all.filter((d) => d.shifts.some((s) => s.flagged)).length;
console.log(`\n${hits}/${total} known turns (and steady pairs) matched within a year, ${hits2}/${total} within two; ${flaggedPairs} of ${all.length} dyads with >=200 events have a flagged shift; ${ms.toFixed(0)} ms for all dyads`);
