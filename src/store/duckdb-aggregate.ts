// Aggregates for analytics (dyad series, country volume) as portable SQL: standard
// GROUP BY / CASE, date_trunc, `?` placeholders. Shared by SQL backends that run it
// through a `{ all(sql, params) }` runner.
import type { EventFilter, Period, SeriesCell, VolumeCell } from './store.ts';
import { eventWhere } from './where.ts';

export interface SqlRunner { all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]> }

const PERIODS: Period[] = ['day', 'week', 'month', 'quarter', 'year'];

/** SQL for the first day of the period holding `date`, or NULL when not bucketed. */
export function periodSql(by: Period | null | undefined): string {
  if (by == null) return 'CAST(NULL AS DATE)';
  if (!PERIODS.includes(by)) throw new Error(`unknown period "${by}" (use ${PERIODS.join(', ')})`);
  return by === 'day' ? 'date' : `CAST(date_trunc('${by}', date) AS DATE)`;
}

const and = (where: string, extra: string) => (where ? `${where} AND ${extra}` : `WHERE ${extra}`);

const day = (v: unknown): string | null => {
  if (v == null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
};

export async function eventSeries(db: SqlRunner, f: EventFilter, opts: { by?: Period | null; directed?: boolean } = {}): Promise<SeriesCell[]> {
  const w = eventWhere(f);
  const p = periodSql(opts.by);
  const a = opts.directed ? 'src_country' : 'CASE WHEN src_country <= tgt_country THEN src_country ELSE tgt_country END';
  const b = opts.directed ? 'tgt_country' : 'CASE WHEN src_country <= tgt_country THEN tgt_country ELSE src_country END';
  const q = (k: number) => `sum(CASE WHEN quad = ${k} THEN 1 ELSE 0 END) AS q${k}`;
  const sql = `SELECT ${p} AS period, ${a} AS src, ${b} AS tgt, coalesce(modality, 'asserted') AS modality, count(*) AS n,
      ${q(1)}, ${q(2)}, ${q(3)}, ${q(4)},
      sum(coalesce(goldstein, 0)) AS goldstein_sum, sum(CASE WHEN goldstein IS NULL THEN 0 ELSE 1 END) AS goldstein_n,
      sum(coalesce(mentions, 1)) AS mentions
    FROM events ${and(w.sql, 'src_country IS NOT NULL AND tgt_country IS NOT NULL AND src_country <> tgt_country')}
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
  const rows = await db.all(sql, w.params);
  return rows.map((r) => ({
    period: day(r.period), src: String(r.src), tgt: String(r.tgt), modality: String(r.modality),
    n: Number(r.n), q1: Number(r.q1), q2: Number(r.q2), q3: Number(r.q3), q4: Number(r.q4),
    goldstein_sum: Number(r.goldstein_sum), goldstein_n: Number(r.goldstein_n), mentions: Number(r.mentions),
  }));
}

export async function countryVolume(db: SqlRunner, f: EventFilter, opts: { by?: Period | null } = {}): Promise<VolumeCell[]> {
  const w = eventWhere(f);
  const p = periodSql(opts.by);
  const only = f.countries?.length ? f.countries : f.country ? [f.country] : null;
  const sql = `SELECT period, country, count(*) AS n FROM (
      SELECT ${p} AS period, src_country AS country FROM events ${and(w.sql, 'src_country IS NOT NULL')}
      UNION ALL
      SELECT ${p} AS period, tgt_country AS country FROM events ${and(w.sql, 'tgt_country IS NOT NULL AND (src_country IS NULL OR tgt_country <> src_country)')}
    ) t ${only ? `WHERE country IN (${only.map(() => '?').join(', ')})` : ''}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  const rows = await db.all(sql, [...w.params, ...w.params, ...(only ?? [])]);
  return rows.map((r) => ({ period: day(r.period), country: String(r.country), n: Number(r.n) }));
}
