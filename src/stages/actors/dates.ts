// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) compared as strings: a start is padded to the
// first day of its period, an end to the last, so "2011" starts 2011-01-01 and ends 2011-12-31.
import type { Term } from './types.ts';

export const startOf = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
export const endOf = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** true when `date` (YYYY-MM-DD) falls in [from, to) */
export function within(date: string, from?: string | null, to?: string | null): boolean {
  if (from && date < startOf(from)) return false;
  if (to && date >= (to.length === 10 ? to : endOf(to))) return false;
  return true;
}

const padded = new WeakMap<Term, [string, string | null]>();
const span = (t: Term): [string, string | null] => {
  let p = padded.get(t);
  if (!p) { p = [startOf(t.start), t.end ? (t.end.length === 10 ? t.end : endOf(t.end)) : null]; padded.set(t, p); }
  return p;
};

/** The term in force at `date` (the latest-starting one when several are), or null. */
export function termAt(terms: readonly Term[] | undefined, date: string): Term | null {
  if (!terms) return null;
  let best: Term | null = null, bestStart = '';
  for (const t of terms) {
    const [s, e] = span(t);
    if (date >= s && (e === null || date < e) && (!best || s > bestStart)) { best = t; bestStart = s; }
  }
  return best;
}

/** The term closest to `date` (in force, else the last one before, else the first after). */
export function nearestTerm(terms: readonly Term[] | undefined, date: string): Term | null {
  const now = termAt(terms, date);
  if (now || !terms?.length) return now;
  const before = terms.filter((t) => startOf(t.start) <= date).sort((a, b) => (startOf(a.start) < startOf(b.start) ? 1 : -1));
  return before[0] ?? terms[0]!;
}

/** Today as YYYY-MM-DD (UTC). */
export const today = (): string => new Date().toISOString().slice(0, 10);
