// Analytics speed on a generated store: N events (default 20 million) made with SQL in a
// temporary DuckDB file, then timed through the library: a dyad series (target < 300 ms)
// and the network at a date (target < 1 s). The baseline, measured in the same run, is
// one full scan of the events table (SELECT count(*) ... WHERE quad = 1).
// Run: npx tsx bench/analytics/run.ts   (N=2000000 for a quick look; KEEP=1 keeps the file)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dyadReport, networkReport } from '../../src/analytics/queries.ts';
import { median } from '../../src/analytics/stats.ts';
import { DuckDBStore } from '../../src/store/duckdb.ts';
import { buildRollup } from '../../src/store/duckdb-aggregate.ts';

const N = Number(process.env.N ?? 20_000_000);
const REPS = Number(process.env.REPS ?? 5);
const COUNTRIES = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'IND', 'PAK', 'JPN', 'IRN', 'ISR', 'TUR', 'UKR', 'SYR', 'IRQ', 'AFG', 'KOR', 'PRK', 'SAU', 'EGY',
  'BRA', 'ZAF', 'NGA', 'KEN', 'ETH', 'MEX', 'CAN', 'AUS', 'IDN', 'PHL', 'VNM', 'THA', 'MYS', 'SGP', 'BGD', 'LKA', 'NPL', 'MMR', 'KAZ', 'UZB',
  'GEO', 'ARM', 'AZE', 'BLR', 'POL', 'ITA', 'ESP', 'GRC', 'SRB', 'HUN', 'ROU', 'BGR', 'CZE', 'AUT', 'CHE', 'NLD', 'BEL', 'SWE', 'NOR', 'FIN',
  'DNK', 'IRL', 'PRT', 'ARG', 'CHL', 'COL', 'VEN', 'CUB', 'PER', 'ECU', 'BOL', 'URY', 'PRY', 'LBY', 'TUN', 'DZA', 'MAR', 'SDN', 'SOM', 'YEM',
  'OMN', 'ARE', 'QAT', 'KWT', 'JOR', 'LBN', 'PSE', 'CYP', 'TJK', 'KGZ', 'TKM', 'MNG', 'KHM', 'LAO', 'NZL', 'PNG', 'FJI', 'UGA', 'TZA', 'RWA',
  'COD', 'AGO', 'ZMB', 'ZWE', 'MOZ', 'GHA', 'CIV', 'SEN', 'MLI', 'NER', 'TCD', 'CMR', 'CAF', 'SSD', 'ERI', 'DJI', 'MDG', 'MUS', 'BWA', 'NAM'];
const K = COUNTRIES.length;
const DAYS = 15 * 365;

const time = async <T>(fn: () => Promise<T>) => { const t = performance.now(); const r = await fn(); return { ms: performance.now() - t, r }; };
async function timed<T>(fn: () => Promise<T>) {
  await fn(); // warm
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < REPS; i++) { const x = await time(fn); ms.push(x.ms); last = x.r; }
  return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), r: last! };
}

const dir = mkdtempSync(join(tmpdir(), 'realign-bench-'));
const path = join(dir, 'bench.duckdb');
try {
  const store = await DuckDBStore.open(path);
  const list = `[${COUNTRIES.map((c) => `'${c}'`).join(', ')}]`;
  // skewed country popularity (a few big ones), dates in order, mostly cooperative, ~10% duplicate copies
  const gen = await time(() => store.exec(`
    INSERT INTO events (id, origin, date, date_precision, src_code, src_country, tgt_code, tgt_country, cameo, root, quad, goldstein, modality, mentions, dup_key, is_primary)
    SELECT 'b' || i, 'bench', DATE '2000-01-01' + CAST(i * ${DAYS} // ${N} AS INTEGER), 'day', s, s, t, t,
      CASE q WHEN 1 THEN '042' WHEN 2 THEN '061' WHEN 3 THEN '111' ELSE '190' END,
      CASE q WHEN 1 THEN '04' WHEN 2 THEN '06' WHEN 3 THEN '11' ELSE '19' END,
      q, CASE q WHEN 1 THEN 1.9 WHEN 2 THEN 6.4 WHEN 3 THEN -2.0 ELSE -10.0 END,
      CASE WHEN h3 % 20 = 0 THEN 'reported' ELSE 'asserted' END, 1 + h3 % 5, NULL, h3 % 10 <> 0
    FROM (
      SELECT i, s, CASE WHEN t = s THEN ${list}[1 + (si % ${K})] ELSE t END AS t, q, h3
      FROM (
        SELECT i, ${list}[1 + si] AS s, ${list}[1 + ti] AS t, si,
          CASE WHEN h2 % 100 < 62 THEN 1 WHEN h2 % 100 < 75 THEN 2 WHEN h2 % 100 < 93 THEN 3 ELSE 4 END AS q, h3
        FROM (
          SELECT i, CAST(floor(${K} * pow((hash(i) % 1000003) / 1000003.0, 2.2)) AS INTEGER) AS si,
                    CAST(floor(${K} * pow((hash(i + 7777777) % 1000003) / 1000003.0, 2.2)) AS INTEGER) AS ti,
                    hash(i * 31 + 1) AS h2, hash(i * 17 + 3) AS h3
          FROM range(${N}) r(i)
        )
      )
    )`));
  const n = await store.countEvents();
  console.log(`generated ${n.toLocaleString()} events in ${(gen.ms / 1000).toFixed(1)} s (${path})`);
  const roll = await time(() => buildRollup(store));
  const rows = await store.all('SELECT (SELECT count(*) FROM realign_rollup_dyad) AS d, (SELECT count(*) FROM realign_rollup_country) AS c');
  console.log(`built the monthly roll-ups (${Number(rows[0]!.d).toLocaleString()} dyad rows, ${Number(rows[0]!.c).toLocaleString()} country rows) in ${(roll.ms / 1000).toFixed(1)} s — once per import; queries after it read them`);

  const base = await timed(() => store.countEvents({ quad: 1 }));
  const pak = await store.countEvents({ dyad: ['PAK', 'RUS'] });
  const dyad = await timed(() => dyadReport(store, { a: 'PAK', b: 'RUS', by: 'month' }));
  const dyadUsa = await timed(() => dyadReport(store, { a: 'USA', b: 'CHN', by: 'month' }));
  const net = await timed(() => networkReport(store, { at: '2012-11-16' }));
  const f = (x: { median: number; min: number; max: number }) => `median ${x.median.toFixed(0)} ms (min ${x.min.toFixed(0)}, max ${x.max.toFixed(0)})`;
  console.log(`baseline full scan (count where quad = 1): ${f(base)}`);
  console.log(`dyad series PAK–RUS by month (${pak.toLocaleString()} events, ${dyad.r.points.length} months, with volume and index): ${f(dyad)}; ${(dyad.median / base.median).toFixed(2)}x baseline; target < 300 ms: ${dyad.median < 300 ? 'met' : 'NOT met'}`);
  console.log(`dyad series USA–CHN by month (the busiest pair, ${dyadUsa.r.points.reduce((s, p) => s + p.n, 0).toLocaleString()} weighted events): ${f(dyadUsa)}; ${(dyadUsa.median / base.median).toFixed(2)}x baseline; target < 300 ms: ${dyadUsa.median < 300 ? 'met' : 'NOT met'}`);
  console.log(`network at 2012-11-16 (365-day window; ${net.r.nodes.length} countries, ${net.r.edges.length} ties, ${net.r.blocs.blocs.length} blocs, ${net.r.balance.triangles.toLocaleString()} triangles): ${f(net)}; ${(net.median / base.median).toFixed(2)}x baseline; target < 1000 ms: ${net.median < 1000 ? 'met' : 'NOT met'}`);
  await store.close();
} finally {
  if (!process.env.KEEP && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
