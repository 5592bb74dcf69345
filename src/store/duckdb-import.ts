// DuckDB's bulk path for imports: the file is read by DuckDB's own reader (every column
// as text), staged in a temporary table, then one INSERT … SELECT computes the event
// columns with validated casts, and the rows that fail a check go to quarantine.
// Format knowledge stays in src/imports; this module only compiles a BulkImportSpec.
import type { BulkImportResult, BulkImportSpec, Expr } from './import-spec.ts';
import type { ExportFormat } from './store.ts';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export interface SqlRunner {
  all(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
  exec(sql: string, params?: unknown[]): Promise<void>;
}

const lit = (v: string | number | boolean | null) =>
  v === null ? 'NULL' : typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v);
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Compiles expressions to SQL over the staged table `s`, collecting the joins lookups need. */
class Compiler {
  joins: string[] = [];
  private n = 0;
  private memo = new Map<string, string>();
  /** source columns the expressions read */
  used = new Set<string>();
  constructor(private tables: Record<string, string>) {}

  sql(e: Expr): string {
    if ('col' in e) { this.used.add(e.col); return `s.${ident(e.col)}`; } // cleaned once, when staged
    if ('const' in e) return lit(e.const);
    if ('first' in e) return `COALESCE(${e.first.map((x) => this.sql(x)).join(', ')})`;
    if ('concat' in e) return `NULLIF(concat(${e.concat.map((x) => this.sql(x)).join(', ')}), '')`;
    if ('lookup' in e || 'lookupList' in e) {
      const key = JSON.stringify(e);
      let v = this.memo.get(key);
      if (!v) { v = this.lookup(e); this.memo.set(key, v); }
      return v;
    }
    if ('match' in e) { const x = this.sql(e.of); return `CASE WHEN regexp_full_match(${x}, ${lit(e.match)}) THEN ${x} END`; }
    if ('prefix' in e) return `left(${this.sql(e.of)}, ${e.prefix})`;
    if ('number' in e) return `TRY_CAST(${this.sql(e.number)} AS DOUBLE)`;
    if ('date' in e) {
      const x = this.sql(e.date);
      const fmts = e.formats.length === 1 ? lit(e.formats[0]!) : `[${e.formats.map(lit).join(', ')}]`;
      return `CAST(try_strptime(${x}, ${fmts}) AS ${e.time ? 'TIMESTAMP' : 'DATE'})`;
    }
    throw new Error(`unknown import expression ${JSON.stringify(e)}`);
  }

  private lookup(e: Extract<Expr, { lookup: string } | { lookupList: string }>): string {
    if ('lookup' in e) {
      const t = this.table(e.lookup);
      const a = `j${this.n++}`;
      this.joins.push(`LEFT JOIN ${t} AS ${a} ON ${a}.k = lower(${this.sql(e.of)})`);
      return `${a}.v`;
    }
    const t = this.table(e.lookupList);
    const a = `m${this.n++}`;
    this.joins.push(`CROSS JOIN (SELECT map(list(k), list(v)) AS m FROM ${t}) AS ${a}`);
    return `list_filter(list_transform(string_split(${this.sql(e.of)}, ${lit(e.sep)}), x -> ${a}.m[lower(trim(x))]), x -> x IS NOT NULL)[1]`;
  }

  private table(name: string): string {
    const t = this.tables[name];
    if (!t) throw new Error(`import spec uses lookup "${name}" but does not provide it`);
    return t;
  }
}

/** The insert-order position (0-based) of a staged row → its physical line, skipping rejected lines. */
export function lineOf(ordinal: number, headerLines: number, rejected: number[]): number {
  let line = ordinal + 1 + headerLines;
  for (const r of rejected) { if (r <= line) line++; else break; }
  return line;
}

let seq = 0;

export async function bulkImport(db0: SqlRunner, spec: BulkImportSpec): Promise<BulkImportResult> {
  const db: SqlRunner = process.env.REALIGN_DEBUG_IMPORT ? timed(db0) : db0;
  const base: BulkImportResult = { file: spec.file, fileKey: spec.fileKey, read: 0, loaded: 0, present: 0, quarantined: 0, reasons: {}, skipped: false, duplicates: 0 };
  const prev = await db.all('SELECT rows_loaded, rows_quarantined FROM imports WHERE file_key = ?', [spec.fileKey]);
  if (prev.length) return { ...base, skipped: true, present: Number(prev[0]!.rows_loaded) };

  const tag = `${process.pid}_${seq++}`;
  const st = `_imp_stage_${tag}`, rej = `_imp_rej_${tag}`, rejScan = `_imp_rejscan_${tag}`;
  const tables: Record<string, string> = {};
  const temps = [st, rej, rejScan];
  try {
    // lookups and the CAMEO table as temporary tables
    for (const [name, map] of Object.entries(spec.lookups)) {
      const t = `_imp_lk_${name.replace(/\W/g, '_')}_${tag}`;
      tables[name] = t; temps.push(t);
      await db.exec(`CREATE TEMP TABLE ${t} (k VARCHAR, v VARCHAR)`);
      await insertPairs(db, t, Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));
    }
    const cam = `_imp_cameo_${tag}`; temps.push(cam);
    await db.exec(`CREATE TEMP TABLE ${cam} (code VARCHAR, name VARCHAR, root VARCHAR, quad INTEGER, goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR)`);
    await insertRows(db, cam, spec.cameoCodes.map((c) => [c.code, c.name.toLowerCase(), c.root, c.quad, c.goldstein, c.plover_type, c.plover_mode]));

    // 1. compile the event columns and checks
    const c = new Compiler(tables);
    const cols: Record<string, string> = {};
    for (const [k, e] of Object.entries(spec.fields)) cols[k] = c.sql(e);
    const ext = c.sql(spec.extId);
    cols.ext_id = ext;
    cols.id = `${lit(spec.origin + ':')} || ${ext}`;
    cols.origin = lit(spec.origin);
    if (spec.cameo) {
      const code = c.sql(spec.cameo.code);
      c.joins.push(`LEFT JOIN ${cam} AS cc ON cc.code = ${code}`);
      // by name: a root and its base code share a name ("CONSULT" 04, "Consult" 040); data
      // sets name the longer code. A name left ambiguous after that is not used.
      if (spec.cameo.name) c.joins.push(`LEFT JOIN (SELECT * FROM ${cam} QUALIFY length(code) = max(length(code)) OVER (PARTITION BY name)
        AND count(*) OVER (PARTITION BY name, length(code)) = 1) AS cn ON cn.name = lower(${c.sql(spec.cameo.name)})`);
      const f = (col: string) => (spec.cameo!.name ? `COALESCE(cc.${col}, cn.${col})` : `cc.${col}`);
      cols.cameo = f('code'); cols.root = f('root'); cols.quad = f('quad'); cols.goldstein = f('goldstein');
      cols.plover_type = f('plover_type'); cols.plover_mode = f('plover_mode');
    }
    const checks = spec.checks.map((k) => ({ reason: k.reason, sql: k.expr === spec.extId ? ext : c.sql(k.expr), show: k.show ? c.sql(k.show) : null }));
    if (spec.cameo) checks.push({ reason: 'unknown CAMEO code', sql: cols.cameo!, show: c.sql(spec.cameo.code) });
    const ok = checks.length ? checks.map((k) => `(${k.sql}) IS NOT NULL`).join(' AND ') : 'TRUE';
    const from = `FROM ${st} AS s ${c.joins.join(' ')}`;
    const mentions = spec.table === 'event_mentions';
    if (mentions) { cols.event_id = cols.id!; delete cols.id; cols.file = lit(spec.file); }
    // the duplicate key is computed from the event columns (outer query), not from the source again
    const dupKey = mentions ? null : `concat_ws('|', ${lit(spec.origin)}, ${'date' in cols ? 'date' : 'NULL'}, coalesce(${'src_code' in cols ? 'src_code' : 'NULL'}, ''), ` +
      `coalesce(${'tgt_code' in cols ? 'tgt_code' : 'NULL'}, ''), coalesce(${'cameo' in cols ? 'cameo' : 'plover_type' in cols ? 'plover_type' : 'NULL'}, ''))`;
    if (!mentions) {
      cols.mentions ??= '1';
      cols.modality ??= `'asserted'`;
      cols.date_precision ??= `'day'`;
    }
    const target = mentions ? 'event_mentions' : 'events';
    const finish = async (loaded: number, collisions: number, read: number, q: Array<{ line: number; reason: string; raw: string }>, duplicates: number, valid = loaded) => {
      await insertRows(db, 'quarantine', q.map((r) => [spec.origin, spec.file, r.line, r.reason, r.raw]));
      const reasons: Record<string, number> = {};
      for (const r of q) { const k = reasonGroup(r.reason); reasons[k] = (reasons[k] ?? 0) + 1; }
      await db.exec('INSERT OR REPLACE INTO imports VALUES (?, ?, ?, ?, ?, current_timestamp)', [spec.fileKey, spec.file, spec.origin, loaded, q.length]);
      return { ...base, read, loaded, present: valid - loaded - collisions, quarantined: q.length, reasons, duplicates };
    };

    // 2. DuckDB's reader, all text; only the columns the spec uses
    const nulls = `[${(spec.nulls ?? ['']).map(lit).join(', ')}]`;
    const readerWith = (rejects: string, scan: string) => spec.kind === 'json'
      ? `read_json(${lit(spec.path)}, format = 'newline_delimited', columns = {${spec.columns.map((c) => `${lit(c)}: 'VARCHAR'`).join(', ')}}, ignore_errors = true)`
      : `read_csv(${lit(spec.path)}, columns = {${spec.columns.map((c) => `${lit(c)}: 'VARCHAR'`).join(', ')}}, ` +
        `header = ${spec.header ? 'true' : 'false'}, delim = ${lit(spec.delimiter ?? '\t')}, quote = ${lit(spec.quote ?? '')}, escape = ${lit(spec.quote ?? '')}, ` +
        `auto_detect = false, null_padding = ${spec.pad ? 'true' : 'false'}, nullstr = ${nulls}, max_line_size = 10000000, ` +
        `store_rejects = true, rejects_table = '${rejects}', rejects_scan = '${scan}')`;
    const reader = readerWith(rej, rejScan);
    const used = spec.columns.filter((x) => c.used.has(x));
    // trimmed (only where a field starts or ends with a space: cheaper than trimming all) and empty → null
    const emptyIsNull = spec.kind !== 'json' && (spec.nulls ?? ['']).includes('');
    const clean = (c: string) => { const x = ident(c); return `CASE WHEN starts_with(${x}, ' ') OR ends_with(${x}, ' ') THEN NULLIF(TRIM(${x}), '') ELSE ${emptyIsNull ? x : `NULLIF(${x}, '')`} END AS ${x}`; };
    const cleaned = (r: string) => `SELECT ${used.length ? used.map(clean).join(', ') : '1 AS _none'} FROM ${r}`;
    const names = Object.keys(cols);

    // fast path: one pass, straight from the reader, when the file is clean (no row fails a
    // check, ids unique and new); otherwise the staged path below finds each row's line
    {
      const rejF = `${rej}_f`, scanF = `${rejScan}_f`, fb = `_imp_fast_${tag}`;
      temps.push(rejF, scanF, fb);
      const idCol = mentions ? 'event_id' : 'id';
      await db.exec(`CREATE TEMP TABLE ${fb} AS SELECT *${dupKey ? `, ${dupKey} AS dup_key` : ''} FROM (
          SELECT ${names.map((k) => `${cols[k]} AS ${ident(k)}`).join(', ')}, ${ok} AS _ok FROM (${cleaned(readerWith(rejF, scanF))}) AS s ${c.joins.join(' ')}) AS t`);
      const [f] = await db.all(`SELECT count(*) AS n, count(*) FILTER (WHERE NOT _ok) AS bad,
          ${mentions ? '0' : `count(*) - count(DISTINCT ${idCol})`} AS dupids,
          ${mentions ? '0' : `(SELECT count(*) FROM ${fb} WHERE ${idCol} IN (SELECT id FROM events))`} AS present FROM ${fb}`);
      if (Number(f!.bad) === 0 && Number(f!.dupids) === 0 && Number(f!.present) === 0) {
        const all = [...names, ...(dupKey ? ['dup_key'] : [])].map(ident).join(', ');
        await db.exec(`INSERT INTO ${target} (${all}) SELECT ${all} FROM ${fb}`);
        const loaded = Number(f!.n);
        const duplicates = mentions ? 0 : await markDuplicates(db, fb);
        const rejects = spec.kind === 'json' ? [] : await db.all(`SELECT DISTINCT line, error_type, csv_line FROM ${rejF} ORDER BY line`);
        const q = [...(spec.preQuarantine ?? []), ...rejects.map((r) => ({ line: Number(r.line), reason: rejectReason(String(r.error_type), spec.columns.length), raw: String(r.csv_line ?? '') }))];
        return finish(loaded, 0, loaded + rejects.length + (spec.preQuarantine?.length ?? 0), q, duplicates);
      }
      await db.exec(`DROP TABLE ${fb}`);
    }

    // 3. staged path: in file order, so that a row's position gives its line
    await db.exec(`CREATE TEMP TABLE ${st} AS ${cleaned(reader)}`);
    const staged = Number((await db.all(`SELECT count(*) AS n FROM ${st}`))[0]!.n);
    const rejects = spec.kind === 'json' ? [] : await db.all(`SELECT DISTINCT line, error_type, csv_line FROM ${rej} ORDER BY line`);
    const rejectedLines = rejects.map((r) => Number(r.line));
    const headerLines = spec.header ? 1 : 0;

    // load the valid rows; ids already stored are skipped
    const before = Number((await db.all(`SELECT count(*) AS n FROM ${target}`))[0]!.n);
    const batch = `_imp_batch_${tag}`; temps.push(batch);
    // each check is computed once, as a column, and filtered on outside
    const inner = `SELECT s.rowid AS _rn, ${names.map((k) => `${cols[k]} AS ${ident(k)}`).join(', ')}${checks.map((k, i) => `, (${k.sql}) IS NOT NULL AS _ok${i}`).join('')} ${from}`;
    await db.exec(`CREATE TEMP TABLE ${batch} AS SELECT _rn, ${names.map(ident).join(', ')}${dupKey ? `, ${dupKey} AS dup_key` : ''} FROM (${inner}) AS t
      WHERE ${checks.length ? checks.map((_, i) => `_ok${i}`).join(' AND ') : 'TRUE'}`);
    if (dupKey) names.push('dup_key');
    const valid = Number((await db.all(`SELECT count(*) AS n FROM ${batch}`))[0]!.n);
    const list = names.map(ident).join(', ');
    if (mentions) await db.exec(`INSERT INTO ${target} (${list}) SELECT ${list} FROM ${batch}`);
    else {
      // a plain INSERT of the new ids is about twice as fast as INSERT OR IGNORE; that needs ids unique within the file
      const [u] = await db.all(`SELECT count(*) = count(DISTINCT id) AS u FROM ${batch}`);
      if (u!.u) await db.exec(`INSERT INTO events (${list}) SELECT ${list} FROM ${batch} WHERE id NOT IN (SELECT id FROM events)`);
      else await db.exec(`INSERT OR IGNORE INTO events (${list}) SELECT ${list} FROM ${batch} ORDER BY _rn`);
    }
    const loaded = Number((await db.all(`SELECT count(*) AS n FROM ${target}`))[0]!.n) - before;

    // rows not loaded because their id is stored: the same event again, or (a source's
    // id reused) a different event under that id — those are quarantined, not dropped silently.
    // (Row ids of a table made inside a transaction start at a large offset.)
    const ord = (rowid: string) => `(${rowid} - (SELECT min(rowid) FROM ${st}))`;
    let collisions: Array<Record<string, unknown>> = [];
    if (!mentions && loaded < valid) {
      collisions = await db.all(`SELECT ${ord('b._rn')} AS rn, 'id collision: a different event is stored under ' || b.id AS reason
        FROM ${batch} b JOIN events e ON e.id = b.id
        WHERE ${['date', 'src_code', 'tgt_code', 'cameo', 'plover_type'].filter((k) => k in cols).map((k) => `e.${k} IS DISTINCT FROM b.${k}`).join(' OR ')}
        ORDER BY b._rn`);
    }

    // 4. duplicates: one happening reported many times → one primary per dup_key
    const duplicates = mentions ? 0 : await markDuplicates(db, batch);

    // 5. quarantine: rejected lines, rows failing a check, id collisions
    const q: Array<{ line: number; reason: string; raw: string }> = [...(spec.preQuarantine ?? [])];
    for (const r of rejects) q.push({ line: Number(r.line), reason: rejectReason(String(r.error_type), spec.columns.length), raw: String(r.csv_line ?? '') });
    const bad = [...collisions];
    if (valid < staged) {
      const reasonSql = `CASE ${checks.map((k) => `WHEN (${k.sql}) IS NULL THEN ${lit(k.reason)}${k.show ? ` || ': ' || COALESCE(${k.show}, 'missing')` : ''}`).join(' ')} END`;
      bad.push(...await db.all(`SELECT ${ord('s.rowid')} AS rn, ${reasonSql} AS reason ${from} WHERE NOT (${ok}) ORDER BY s.rowid`));
    }
    const badLines = bad.map((b) => ({ line: lineOf(Number(b.rn), headerLines, rejectedLines), reason: String(b.reason) }));
    const raws = await readLines(spec.path, badLines.map((b) => b.line));
    for (const b of badLines) q.push({ ...b, raw: raws.get(b.line) ?? '' });
    q.sort((a, b) => a.line - b.line);
    return finish(loaded, collisions.length, staged + rejects.length + (spec.preQuarantine?.length ?? 0), q, duplicates, valid);
  } finally {
    for (const t of temps) await db.exec(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
  }
}

/** the reason without the row's own value: "bad SQLDATE: 2012-13-45" → "bad SQLDATE" */
export const reasonGroup = (reason: string) => reason.replace(/:.*$/, '');

function rejectReason(type: string, n: number): string {
  if (/TOO MANY/i.test(type)) return `wrong column count: more than ${n} fields`;
  if (/MISSING/i.test(type)) return `wrong column count: fewer than ${n} fields`;
  if (/UNQUOTED|QUOTE/i.test(type)) return `malformed quoting: ${type.toLowerCase()}`;
  if (/LINE SIZE/i.test(type)) return 'line too long';
  return `unreadable row: ${type.toLowerCase()}`;
}

/** Set is_primary (most mentions, then smallest id, wins) and dup_count for every key of the batch held more than once. */
async function markDuplicates(db: SqlRunner, batch: string): Promise<number> {
  const dk = `${batch}_dk`;
  await db.exec(`CREATE TEMP TABLE ${dk} AS SELECT id, row_number() OVER (PARTITION BY dup_key ORDER BY mentions DESC, id) = 1 AS p, count(*) OVER (PARTITION BY dup_key) AS n
    FROM events WHERE dup_key IN (
      SELECT dup_key FROM events WHERE dup_key IN (SELECT dup_key FROM ${batch}) GROUP BY dup_key HAVING count(*) > 1)`);
  try {
    await db.exec(`UPDATE events SET is_primary = r.p, dup_count = r.n FROM ${dk} AS r
      WHERE events.id = r.id AND (events.is_primary IS DISTINCT FROM r.p OR events.dup_count IS DISTINCT FROM r.n)`);
    return Number((await db.all(`SELECT count(*) FILTER (WHERE NOT p) AS n FROM ${dk}`))[0]!.n);
  } finally { await db.exec(`DROP TABLE IF EXISTS ${dk}`); }
}

async function insertPairs(db: SqlRunner, table: string, rows: Array<[string, string]>) { await insertRows(db, table, rows); }

async function insertRows(db: SqlRunner, table: string, rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  const width = rows[0]!.length;
  const per = Math.max(1, Math.floor(1800 / width));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    await db.exec(`INSERT INTO ${table} VALUES ${chunk.map(() => `(${Array(width).fill('?').join(', ')})`).join(', ')}`, chunk.flat().map((v) => v ?? null));
  }
}

/** Inline `?` parameters as SQL literals (COPY takes no parameters); the filter SQL has no other `?`. */
export function inline(sql: string, params: unknown[]): string {
  let i = 0;
  return sql.replace(/\?/g, () => {
    const v = params[i++];
    if (v === undefined) throw new Error('too few parameters');
    return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v === null ? 'NULL' : lit(String(v));
  });
}

/** COPY the filtered events to a file: csv (with header), parquet or JSON Lines. */
export async function exportEvents(db: SqlRunner, where: { sql: string; params: unknown[] }, opts: { format: ExportFormat; path: string }): Promise<number> {
  const fmt = { csv: 'FORMAT csv, HEADER true', parquet: 'FORMAT parquet', jsonl: 'FORMAT json' }[opts.format];
  if (!fmt) throw new Error(`unknown export format "${opts.format}" (csv, parquet or jsonl)`);
  const q = inline(`SELECT * REPLACE (strftime(date, '%Y-%m-%d') AS date) FROM events ${where.sql} ORDER BY date, id`, where.params);
  await db.exec(`COPY (${q}) TO ${lit(opts.path)} (${fmt})`);
  return Number((await db.all(inline(`SELECT count(*) AS n FROM events ${where.sql}`, where.params)))[0]!.n);
}

function timed(db: SqlRunner): SqlRunner {
  const t = async <T>(sql: string, f: () => Promise<T>) => { const t0 = Date.now(); const r = await f(); const ms = Date.now() - t0; if (ms > 20) process.stderr.write(`[import] ${ms} ms: ${sql.replace(/\s+/g, ' ').slice(0, 140)}\n`); return r; };
  return { all: (sql, p) => t(sql, () => db.all(sql, p)), exec: (sql, p) => t(sql, () => db.exec(sql, p)) };
}

/** The text of some lines of a file (1-based), for quarantine rows; .gz is decompressed. */
export async function readLines(path: string, lines: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!lines.length) return out;
  const want = new Set(lines);
  const last = Math.max(...lines);
  const src = createReadStream(path);
  const rl = createInterface({ input: /\.gz$/i.test(path) ? src.pipe(createGunzip()) : src, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const l of rl) {
      n++;
      if (want.has(n)) out.set(n, l.length > 10000 ? l.slice(0, 10000) + '…' : l);
      if (n >= last) break;
    }
  } finally { rl.close(); src.destroy(); }
  return out;
}
