// RemoteStore benchmark: what a CLI command pays for reading through a running server
// instead of opening the database itself. A synthetic store of N events (random dyads among
// 20 countries over three years) answers the analytics the CLI commands run (brief, dyad,
// network, shifts) and the docs listing, directly (the baseline, measured in the same run,
// after one warm-up) and through RemoteStore over HTTP on 127.0.0.1: first call (the
// server's result cache is cold) and second call (cached).
//   npx tsx bench/remote-store/run.ts [--events 50000]
import { parseArgs } from 'node:util';
import { brief, dyadReport, networkReport, shiftsReport } from '../../src/analytics/queries.ts';
import { startServer } from '../../src/server/start.ts';
import { DuckDBStore } from '../../src/store/duckdb.ts';
import { RemoteStore } from '../../src/store/remote.ts';
import type { EventRow, Store } from '../../src/store/store.ts';
import { sampleEvent } from '../../src/store/store.suite.ts';

const { values } = parseArgs({ options: { events: { type: 'string', default: '50000' } } });
const N = Number(values.events);
const C = ['PAK', 'RUS', 'CHN', 'IND', 'USA', 'GBR', 'FRA', 'DEU', 'JPN', 'KOR', 'IRN', 'TUR', 'SAU', 'EGY', 'BRA', 'ZAF', 'NGA', 'AUS', 'CAN', 'MEX'];
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
const CODES: Array<[string, string, number, number]> = [['042', '04', 1, 1.9], ['057', '05', 1, 8], ['061', '06', 2, 6.4], ['111', '11', 3, -2], ['172', '17', 4, -5], ['190', '19', 4, -10]];

const store = await DuckDBStore.open(':memory:');
const rows: EventRow[] = [];
for (let i = 0; i < N; i++) {
  const a = pick(C); let b = pick(C); while (b === a) b = pick(C);
  const [cameo, root, quad, goldstein] = pick(CODES);
  const d = new Date(Date.UTC(2010, 0, 1) + Math.floor(rnd() * 3 * 365) * 86400000).toISOString().slice(0, 10);
  rows.push(sampleEvent({ id: `b:${i}`, ext_id: String(i), src_code: a, src_country: a, tgt_code: b, tgt_country: b, cameo, root, quad, goldstein, date: d, mentions: 1 }));
}
for (let i = 0; i < rows.length; i += 5000) await store.insertEvents(rows.slice(i, i + 5000));
const srv = await startServer({ store, port: 0, warm: false });
const remote = new RemoteStore(srv.url);

const tasks: Array<[string, (s: Store) => Promise<unknown>]> = [
  ['brief (latest, 365 days)', (s) => brief(s, { windowDays: 365, maxDyads: 12 })],
  ['dyad PAK RUS by month', (s) => dyadReport(s, { a: 'PAK', b: 'RUS', by: 'month' })],
  ['network at 2012-12-31', (s) => networkReport(s, { at: '2012-12-31', windowDays: 365, minEvidence: 3 })],
  ['shifts by month (min 10 events)', (s) => shiftsReport(s, { by: 'month', minEvents: 10, limit: 20 })],
  ['docs (listDocuments + count)', (s) => Promise.all([s.listDocuments({ limit: 20 }), s.countDocuments()])],
];
const time = async (f: () => Promise<unknown>) => { const t = performance.now(); const r = await f(); return { ms: performance.now() - t, json: JSON.stringify(r) }; };

console.log(`remote-store benchmark: ${N} events, server on ${srv.url} (same process)`);
console.log(`${'task'.padEnd(34)} ${'direct ms'.padStart(10)} ${'remote cold'.padStart(12)} ${'ratio'.padStart(7)} ${'remote cached'.padStart(14)} ${'ratio'.padStart(7)}  same answer`);
for (const [name, f] of tasks) {
  await f(store);
  const d = await time(() => f(store));
  const cold = await time(() => f(remote));
  const warm = await time(() => f(remote));
  console.log(`${name.padEnd(34)} ${d.ms.toFixed(1).padStart(10)} ${cold.ms.toFixed(1).padStart(12)} ${(cold.ms / d.ms).toFixed(2).padStart(7)} ${warm.ms.toFixed(1).padStart(14)} ${(warm.ms / d.ms).toFixed(2).padStart(7)}  ${d.json === cold.json && d.json === warm.json ? 'yes' : 'NO'}`);
}
await srv.close();
await store.close();
