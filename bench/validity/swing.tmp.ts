import { loadDyadYearCsv } from '../../src/analytics/icews-dyadyear.ts';
import { shiftsOf } from '../../src/analytics/shifts.ts';
import { median } from '../../src/analytics/stats.ts';
import { sharedPath } from '../../src/testing/shared.ts';
const cells = loadDyadYearCsv(sharedPath('data/reference/icews-dyadyear-quad-netify/icews_dyad_year_quadcounts_2002_2014_nonzero.csv')).cells;
const base = shiftsOf(cells, { by: 'year', from: '2002', to: '2014', minEvents: 200 });
console.log('median own swing', median(base.map((d) => d.swing)).toFixed(3));
const K = [['RUS','UKR',2014,'cooling'],['RUS','USA',2014,'cooling'],['PAK','USA',2011,'cooling'],['GEO','RUS',2008,'cooling'],['GEO','RUS',2012,'warming'],['EGY','USA',2013,'cooling'],['IRN','USA',2013,'warming'],['CHN','JPN',2012,'cooling'],['IND','PAK',2008,'cooling']] as const;
for (const sw of [null, 0.2, 0.3, 0.4]) for (const c of [3, 4]) {
  const all = shiftsOf(cells, { by: 'year', from: '2002', to: '2014', minEvents: 200, penaltyPerLog: c, ...(sw != null ? { swing: sw } : {}) });
  const fl = (a: string, b: string) => all.find((d) => d.a === a && d.b === b)!.shifts.filter((s) => s.flagged);
  const hits = K.map(([a, b, y, dir]) => fl(a, b).some((s) => s.direction === dir && Math.abs(Number(s.period.slice(0, 4)) - y) <= 1) ? 1 : 0);
  const steady = fl('IND', 'RUS').length + fl('CHN', 'PAK').length;
  const flagged = all.filter((d) => d.shifts.some((s) => s.flagged)).length;
  console.log(`swing ${sw ?? 'own'} c=${c}: hits ${hits.join('')} (${hits.reduce((a, b) => a + b, 0)}/9), steady flagged ${steady}, pairs flagged ${flagged}/${all.length}`);
}
