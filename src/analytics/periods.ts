// Calendar periods for dyad series: a period is named by its first day (YYYY-MM-DD);
// weeks start on Monday (ISO), as date_trunc('week') does in the store.
import type { Period } from '../store/store.ts';

export const PERIODS: Period[] = ['day', 'week', 'month', 'quarter', 'year'];

export function isPeriod(s: unknown): s is Period {
  return typeof s === 'string' && (PERIODS as string[]).includes(s);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (s: string) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2] ?? 1) - 1 || d.getUTCDate() !== Number(m[3] ?? 1)) {
    throw new Error(`not a date: "${s}" (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return d;
};

/** "2012", "2012-11" or "2012-11-16" → "2012-01-01", "2012-11-01", "2012-11-16". */
export const normaliseDate = (s: string) => iso(utc(s));

/** The first day of the period holding `date`. */
export function periodStart(date: string, by: Period): string {
  const d = utc(date);
  const y = d.getUTCFullYear(), m = d.getUTCMonth();
  switch (by) {
    case 'day': return iso(d);
    case 'week': { const dow = (d.getUTCDay() + 6) % 7; return iso(new Date(d.getTime() - dow * 86400000)); }
    case 'month': return iso(new Date(Date.UTC(y, m, 1)));
    case 'quarter': return iso(new Date(Date.UTC(y, m - (m % 3), 1)));
    case 'year': return iso(new Date(Date.UTC(y, 0, 1)));
  }
}

/** The first day of the period after the one starting at `start`. */
export function nextPeriod(start: string, by: Period): string {
  const d = utc(start);
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
  switch (by) {
    case 'day': return iso(new Date(Date.UTC(y, m, day + 1)));
    case 'week': return iso(new Date(Date.UTC(y, m, day + 7)));
    case 'month': return iso(new Date(Date.UTC(y, m + 1, 1)));
    case 'quarter': return iso(new Date(Date.UTC(y, m + 3, 1)));
    case 'year': return iso(new Date(Date.UTC(y + 1, 0, 1)));
  }
}

/** Every period from the one holding `from` to the one holding `to`, inclusive. */
export function periodRange(from: string, to: string, by: Period, max = 100_000): string[] {
  const out: string[] = [];
  const end = periodStart(to, by);
  for (let p = periodStart(from, by); p <= end && out.length < max; p = nextPeriod(p, by)) out.push(p);
  return out;
}

/** `date` shifted by whole days (negative for earlier). */
export function addDays(date: string, days: number): string {
  return iso(new Date(utc(date).getTime() + days * 86400000));
}

/** A short label: 2012, 2012-Q4, 2012-11, 2012-11-12. */
export function periodLabel(start: string, by: Period): string {
  if (by === 'year') return start.slice(0, 4);
  if (by === 'quarter') return `${start.slice(0, 4)}-Q${Math.floor(Number(start.slice(5, 7)) / 3) + 1}`;
  if (by === 'month') return start.slice(0, 7);
  return start;
}
