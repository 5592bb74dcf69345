// Import speed: builds a GDELT 1.0 daily-format file (tab-separated, 58 columns, no
// header) of N rows by resampling the real 2012 Georgia rows in ../shared with fresh
// GLOBALEVENTIDs, in a temp dir; then times, in the same run, a bare DuckDB read_csv of
// the file into a table (the baseline) and `realign import` through the library
// (importFiles: hash, sniff, stage, validate, map, insert, duplicates, quarantine).
//   npx tsx bench/import/run.ts [--rows 2000000] [--db file|memory] [--keep]
import { DuckDBInstance } from '@duckdb/node-api';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importFiles } from '../../src/imports/import-files.ts';
import { splitCsv } from '../../src/imports/sniff.ts';
import { DuckDBStore } from '../../src/store/duckdb.ts';
import { sharedPath } from '../../src/testing/shared.ts';

const { values } = parseArgs({ options: {
  rows: { type: 'string', default: '2000000' }, db: { type: 'string', default: 'file' }, keep: { type: 'boolean', default: false },
  // each resampled row's date moves by a random 0..N-1 days, so copies of one real row are not all one
  // happening (0: pure copies, nearly every row becomes a duplicate of another)
  'spread-days': { type: 'string', default: '365' },
} });
const N = Number(values.rows);
const SPREAD = Number(values['spread-days']);
const dir = sharedPath('data/gdelt/gdelt1-georgia-2012');
const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
if (!files.length) { console.error(`bench/import: needs ${dir} (../shared)`); process.exit(2); }

// the real rows, as raw GDELT fields
const rows: string[][] = [];
for (const f of files) {
  const lines = readFileSync(join(dir, f), 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const width = splitCsv(lines[0]!).length;
  for (const l of lines.slice(1)) {
    let fs = splitCsv(l);
    if (fs.length === width + 1) fs = fs.slice(1); // december12: leading row-number column
    rows.push(fs.map((x) => (x === 'NA' ? '' : x)));
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'realign-bench-import-'));
const file = join(tmp, `bench.export.CSV`);
let seed = 42;
// mulberry32: a small seeded generator (same file every run)
const rand = () => {
  let t = (seed = (seed + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const t0 = Date.now();
await new Promise<void>((resolve, reject) => {
  const out = createWriteStream(file);
  out.on('error', reject);
  let i = 0;
  const write = () => {
    let ok = true;
    while (i < N && ok) {
      let chunk = '';
      for (let k = 0; k < 5000 && i < N; k++, i++) {
        const r = rows[Math.floor(rand() * rows.length)]!.slice();
        r[0] = String(500000000 + i);
        if (SPREAD > 0) {
          const d = r[1]!;
          const t = new Date(Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8)) + Math.floor(rand() * SPREAD) * 86400000);
          r[1] = t.toISOString().slice(0, 10).replace(/-/g, '');
          r[2] = r[1].slice(0, 6); r[3] = r[1].slice(0, 4);
        }
        chunk += r.join('\t') + '\n';
      }
      ok = out.write(chunk);
    }
    if (i < N) out.once('drain', write); else out.end(resolve);
  };
  write();
});
const mb = statSync(file).size / 1e6;
console.log(`file: ${N.toLocaleString()} rows resampled from ${rows.length.toLocaleString()} real rows (dates spread over ${SPREAD} days), ${mb.toFixed(0)} MB, built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const dbPathFor = (name: string) => (values.db === 'memory' ? ':memory:' : join(tmp, `${name}.duckdb`));

// baseline: bare read_csv into a table, DuckDB's own type detection
let bare = 0;
{
  const inst = await DuckDBInstance.create(dbPathFor('bare'));
  const con = await inst.connect();
  const t = Date.now();
  await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${file}', delim = '\t', header = false)`);
  const s = (Date.now() - t) / 1000;
  const n = Number((await con.runAndReadAll('SELECT count(*) FROM t')).getRows()[0]![0]);
  console.log(`bare DuckDB read_csv → table: ${n.toLocaleString()} rows in ${s.toFixed(2)} s = ${Math.round(n / s).toLocaleString()} rows/s`);
  con.closeSync(); inst.closeSync();
  bare = s;
}

// realign import (library path)
{
  const store = await DuckDBStore.open(dbPathFor('realign'));
  const t = Date.now();
  const r = await importFiles(store, 'gdelt', [file]);
  const s = (Date.now() - t) / 1000;
  const f = r.files[0]!;
  if (f.error) throw new Error(f.error);
  console.log(`realign import: ${f.read.toLocaleString()} rows read, ${f.loaded.toLocaleString()} loaded, ${f.quarantined} quarantined, ${f.duplicates.toLocaleString()} marked duplicate, in ${s.toFixed(2)} s = ${Math.round(f.read / s).toLocaleString()} rows/s`);
  console.log(`ratio realign / bare: ${(s / bare).toFixed(2)}× (target ≤ 1.5×)`);
  const t2 = Date.now();
  const again = await importFiles(store, 'gdelt', [file]);
  console.log(`re-import of the same file: skipped=${again.files[0]!.skipped} in ${((Date.now() - t2) / 1000).toFixed(2)} s`);
  await store.close();
}
if (!values.keep) rmSync(tmp, { recursive: true, force: true }); else console.log(`kept ${tmp}`);
