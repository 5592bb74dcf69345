// Aggregates for analytics (dyad series, country volume) as portable SQL: standard
// GROUP BY / CASE, date_trunc, `?` placeholders, run through a `{ all(sql, params) }`.
//
// Large stores keep derived roll-up tables (monthly counts per directed dyad, sorted by
// country and again by date, and monthly counts per country), rebuilt when the number of events changed since they were built and the
// store is writable. A query by month, quarter, year or over a whole window reads the
// roll-up for whole months and the events table only for the partial months at either
// end, so a dyad series over 20 million events reads a few thousand rows. Anything the
// roll-up cannot answer (by day or week, filters on code or document) reads events.
//
// Dyads and countries are actor keys (actor-key.ts): the country code, or the org's short
// name for IGO/NGO rows, so NATO, the EU and the UN are separate nodes. The events table
// computes the key in SQL; the roll-ups store it in their src_country/tgt_country/country columns.
import type { EventFilter, Period, SeriesCell, VolumeCell } from './store.ts';
import { actorKeySql } from './actor-key.ts';
import { EVENT_ACTORS, eventWhere, type ActorCols } from './where.ts';

export interface SqlRunner { all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]> }

const PERIODS: Period[] = ['day', 'week', 'month', 'quarter', 'year'];
/** stores with fewer events than this are always read directly */
let rollupMinEvents = 200_000;
/** change the size from which roll-ups are used (tests); returns the previous value */
export function setRollupMinEvents(n: number): number { const o = rollupMinEvents; rollupMinEvents = n; return o; }
/** bump when the roll-up tables change so older stores rebuild them (v4: actor keys) */
const ROLLUP_VERSION = 'v4';
const ROLLUP_ACTORS: ActorCols = { src: 'src_country', tgt: 'tgt_country' };
const SRC = actorKeySql('src'), TGT = actorKeySql('tgt');

/** SQL for the first day of the period holding `col`, or NULL when not bucketed. */
export function periodSql(by: Period | null | undefined, col = 'date'): string {
  if (by == null) return 'CAST(NULL AS DATE)';
  if (!PERIODS.includes(by)) throw new Error(`unknown period "${by}" (use ${PERIODS.join(', ')})`);
  return by === 'day' ? col : `CAST(date_trunc('${by}', ${col}) AS DATE)`;
}

const and = (where: string, extra: string) => (where ? `${where} AND ${extra}` : `WHERE ${extra}`);

const day = (v: unknown): string | null => {
  if (v == null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
};

type Source = 'events' | 'rollup';

function seriesSql(src: Source, f: EventFilter, opts: { by?: Period | null; directed?: boolean }) {
  const cols = src === 'events' ? EVENT_ACTORS : ROLLUP_ACTORS;
  const S = cols.src, T = cols.tgt;
  const w = eventWhere(f, cols);
  const p = periodSql(opts.by);
  const a = opts.directed ? S : `CASE WHEN ${S} <= ${T} THEN ${S} ELSE ${T} END`;
  const b = opts.directed ? T : `CASE WHEN ${S} <= ${T} THEN ${T} ELSE ${S} END`;
  let where = and(w.sql, `${S} IS NOT NULL AND ${T} IS NOT NULL AND ${S} <> ${T}`);
  const params = [...w.params];
  if (f.dyad && !f.directed) { where += ` AND ${S} IN (?, ?) AND ${T} IN (?, ?)`; params.push(...f.dyad, ...f.dyad); }
  // sums come back as DOUBLE: exact for counts, and cheaper to read than 128-bit integers
  const d = (x: string) => `CAST(${x} AS DOUBLE)`;
  const agg = src === 'events'
    ? `${d('count(*)')} AS n, ${[1, 2, 3, 4].map((k) => `${d(`sum(CASE WHEN quad = ${k} THEN 1 ELSE 0 END)`)} AS q${k}`).join(', ')},
       ${d('sum(coalesce(goldstein, 0))')} AS goldstein_sum, ${d('sum(CASE WHEN goldstein IS NULL THEN 0 ELSE 1 END)')} AS goldstein_n, ${d('sum(coalesce(mentions, 1))')} AS mentions`
    : ['n', 'q1', 'q2', 'q3', 'q4', 'goldstein_sum', 'goldstein_n', 'mentions'].map((c) => `${d(`sum(${c})`)} AS ${c}`).join(', ');
  // the dyad roll-up is sorted by country (a pair's rows sit together), the month one by date
  const table = src === 'events' ? 'events' : f.dyad || f.country || f.countries?.length ? 'realign_rollup_dyad' : 'realign_rollup_month';
  const modality = src === 'events' ? `coalesce(modality, 'asserted')` : 'modality';
  return {
    sql: `SELECT ${p} AS period, ${a} AS src, ${b} AS tgt, ${modality} AS modality, ${agg}
      FROM ${table} ${where} GROUP BY 1, 2, 3, 4`,
    params,
  };
}

function volumeSql(src: Source, f: EventFilter, by: Period | null | undefined, only: string[]) {
  const { dyad: _d, country: _c, countries: _cs, ...rest } = f;
  const w = eventWhere(rest);
  const p = periodSql(by);
  const ph = only.map(() => '?').join(', ');
  if (src === 'rollup') {
    return {
      sql: `SELECT ${p} AS period, country, CAST(sum(n) AS DOUBLE) AS n FROM realign_rollup_country ${and(w.sql, `country IN (${ph})`)} GROUP BY 1, 2`,
      params: [...w.params, ...only],
    };
  }
  return {
    sql: `SELECT period, country, CAST(count(*) AS DOUBLE) AS n FROM (
        SELECT ${p} AS period, ${SRC} AS country FROM events ${and(w.sql, `${SRC} IN (${ph})`)}
        UNION ALL
        SELECT ${p} AS period, ${TGT} AS country FROM events ${and(w.sql, `${TGT} IN (${ph}) AND (src_country IS NULL OR ${TGT} <> ${SRC})`)}
      ) t GROUP BY 1, 2`,
    params: [...w.params, ...only, ...w.params, ...only],
  };
}

/** Can the monthly roll-up answer this query? */
function rollupable(f: EventFilter, by: Period | null | undefined): boolean {
  if (by === 'day' || by === 'week') return false;
  return f.cameo == null && f.root == null && f.quad == null && f.doc_id == null && f.limit == null && f.offset == null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const monthStart = (s: string) => `${s.slice(0, 7)}-01`;
const nextMonth = (s: string) => { const d = new Date(`${monthStart(s)}T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() + 1); return iso(d); };
const prevDay = (s: string) => { const d = new Date(`${s}T00:00:00Z`); d.setUTCDate(d.getUTCDate() - 1); return iso(d); };

/** Split [from, to] into partial months read from events and whole months read from the roll-up. */
function split(f: EventFilter): Array<{ src: Source; f: EventFilter }> {
  const from = f.from ? iso(new Date(`${f.from.slice(0, 10)}T00:00:00Z`)) : undefined;
  const to = f.to ? iso(new Date(`${f.to.slice(0, 10)}T00:00:00Z`)) : undefined;
  if (from && to && from > to) return [];
  const mFrom = from ? (from.endsWith('-01') ? from : nextMonth(from)) : undefined;
  const mToExcl = to ? (prevDay(nextMonth(to)) === to ? nextMonth(to) : monthStart(to)) : undefined;
  if (mFrom && mToExcl && mFrom >= mToExcl) return [{ src: 'events', f }];
  const parts: Array<{ src: Source; f: EventFilter }> = [];
  if (from && mFrom && from < mFrom) parts.push({ src: 'events', f: { ...f, from, to: prevDay(mFrom) } });
  parts.push({ src: 'rollup', f: { ...f, from: mFrom, to: mToExcl ? prevDay(mToExcl) : undefined } });
  if (to && mToExcl && mToExcl <= to) parts.push({ src: 'events', f: { ...f, from: mToExcl, to } });
  return parts;
}

/** Is the roll-up current? Rebuilds it when stale and the store is writable; false when it cannot be used. */
export async function rollupReady(db: SqlRunner): Promise<boolean> {
  const n = Number((await db.all('SELECT count(*) AS n FROM events'))[0]!.n);
  if (n < rollupMinEvents) return false;
  try {
    const st = await db.all(`SELECT events FROM realign_rollup_state WHERE version = ?`, [ROLLUP_VERSION]);
    if (st.length && Number(st[0]!.events) === n) return true;
  } catch { /* not built yet */ }
  try { await buildRollup(db, n); return true; } catch { return false; }
}

/** (Re)build the roll-up tables from events. */
export async function buildRollup(db: SqlRunner, n?: number): Promise<void> {
  const count = n ?? Number((await db.all('SELECT count(*) AS n FROM events'))[0]!.n);
  await db.all(`CREATE OR REPLACE TABLE realign_rollup_dyad AS
    SELECT CAST(date_trunc('month', date) AS DATE) AS date, ${SRC} AS src_country, ${TGT} AS tgt_country, coalesce(modality, 'asserted') AS modality, origin,
      coalesce(is_primary, TRUE) AS is_primary, CAST(count(*) AS BIGINT) AS n,
      ${[1, 2, 3, 4].map((k) => `CAST(sum(CASE WHEN quad = ${k} THEN 1 ELSE 0 END) AS BIGINT) AS q${k}`).join(', ')},
      CAST(sum(coalesce(goldstein, 0)) AS DOUBLE) AS goldstein_sum, CAST(sum(CASE WHEN goldstein IS NULL THEN 0 ELSE 1 END) AS BIGINT) AS goldstein_n,
      CAST(sum(coalesce(mentions, 1)) AS BIGINT) AS mentions
    FROM events WHERE src_country IS NOT NULL AND tgt_country IS NOT NULL AND ${SRC} <> ${TGT}
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 2, 3, 1`);
  await db.all(`CREATE OR REPLACE TABLE realign_rollup_month AS SELECT * FROM realign_rollup_dyad ORDER BY date, src_country, tgt_country`);
  await db.all(`CREATE OR REPLACE TABLE realign_rollup_country AS
    SELECT date, country, modality, origin, is_primary, CAST(count(*) AS BIGINT) AS n FROM (
      SELECT CAST(date_trunc('month', date) AS DATE) AS date, ${SRC} AS country, coalesce(modality, 'asserted') AS modality, origin, coalesce(is_primary, TRUE) AS is_primary
      FROM events WHERE src_country IS NOT NULL
      UNION ALL
      SELECT CAST(date_trunc('month', date) AS DATE), ${TGT}, coalesce(modality, 'asserted'), origin, coalesce(is_primary, TRUE)
      FROM events WHERE tgt_country IS NOT NULL AND (src_country IS NULL OR ${TGT} <> ${SRC})
    ) t GROUP BY 1, 2, 3, 4, 5 ORDER BY country, date`);
  await db.all(`CREATE OR REPLACE TABLE realign_rollup_state AS SELECT CAST(? AS VARCHAR) AS version, CAST(? AS BIGINT) AS events, current_timestamp AS built_at`, [ROLLUP_VERSION, count]);
}

function cellsOf(rows: Record<string, unknown>[]): SeriesCell[] {
  return rows.map((r) => ({
    period: day(r.period), src: String(r.src), tgt: String(r.tgt), modality: String(r.modality),
    n: Number(r.n), q1: Number(r.q1), q2: Number(r.q2), q3: Number(r.q3), q4: Number(r.q4),
    goldstein_sum: Number(r.goldstein_sum), goldstein_n: Number(r.goldstein_n), mentions: Number(r.mentions),
  }));
}

function mergeCells(cells: SeriesCell[]): SeriesCell[] {
  const m = new Map<string, SeriesCell>();
  for (const c of cells) {
    const k = `${c.period ?? ''}|${c.src}|${c.tgt}|${c.modality}`;
    const o = m.get(k);
    if (!o) { m.set(k, { ...c }); continue; }
    o.n += c.n; o.q1 += c.q1; o.q2 += c.q2; o.q3 += c.q3; o.q4 += c.q4;
    o.goldstein_sum += c.goldstein_sum; o.goldstein_n += c.goldstein_n; o.mentions += c.mentions;
  }
  return [...m.entries()].sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)).map(([, c]) => c);
}

export async function eventSeries(db: SqlRunner, f: EventFilter, opts: { by?: Period | null; directed?: boolean } = {}): Promise<SeriesCell[]> {
  periodSql(opts.by); // validates
  const parts = rollupable(f, opts.by) && (await rollupReady(db)) ? split(f) : [{ src: 'events' as Source, f }];
  const out: SeriesCell[] = [];
  for (const part of parts) {
    const q = seriesSql(part.src, part.f, opts);
    out.push(...cellsOf(await db.all(q.sql, q.params)));
  }
  return mergeCells(out);
}

export async function countryVolume(db: SqlRunner, f: EventFilter, opts: { by?: Period | null } = {}): Promise<VolumeCell[]> {
  periodSql(opts.by);
  const only = f.countries?.length ? f.countries : f.country ? [f.country] : f.dyad ? [...f.dyad] : null;
  const list = only ?? (await db.all(`SELECT DISTINCT ${SRC} AS c FROM events WHERE src_country IS NOT NULL UNION SELECT DISTINCT ${TGT} FROM events WHERE tgt_country IS NOT NULL`)).map((r) => String(r.c));
  if (!list.length) return [];
  const parts = rollupable(f, opts.by) && (await rollupReady(db)) ? split(f) : [{ src: 'events' as Source, f }];
  const m = new Map<string, VolumeCell>();
  for (const part of parts) {
    const q = volumeSql(part.src, part.f, opts.by, list);
    for (const r of await db.all(q.sql, q.params)) {
      const period = day(r.period), country = String(r.country);
      const k = `${period}|${country}`;
      const o = m.get(k);
      if (o) o.n += Number(r.n); else m.set(k, { period, country, n: Number(r.n) });
    }
  }
  return [...m.values()].sort((p, q) => `${p.period ?? ''}|${p.country}`.localeCompare(`${q.period ?? ''}|${q.country}`));
}
