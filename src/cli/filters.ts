// Flag parsing shared by the query commands (dyad, export, shifts, network, brief):
// country codes and lists of them, dyads, dates, periods, whole numbers, and the event
// filter built from them. Each reader throws a UsageError naming the flag.
import { isPeriod, normaliseDate } from '../analytics/periods.ts';
import { ACTOR_KEY } from '../store/actor-key.ts';
import type { EventFilter, Period } from '../store/store.ts';
import { UsageError } from './command.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * An actor key: a country code in any case (three letters, ISO alpha-3), returned in
 * capitals, or an organisation's short name written in capitals (NATO, EU, UN: 2-12
 * letters/digits) — capitals so that a misspelt country name is not taken for an org.
 */
export function country(s: string | undefined, what: string): string {
  const t = (s ?? '').trim();
  const c = t.toUpperCase();
  if (/^[A-Z]{3}$/.test(c)) return c;
  if (ACTOR_KEY.test(t)) return t;
  throw new UsageError(`${what} must be a 3-letter country code (ISO alpha-3) or an organisation in capitals like NATO, got "${s ?? ''}"`);
}

/** "PAK,rus" → ["PAK", "RUS"]; undefined when the flag is absent or empty. */
export function countryList(v: unknown, what: string): string[] | undefined {
  return v ? String(v).split(',').filter(Boolean).map((c) => country(c, what)) : undefined;
}

/** "GEO,RUS" → ["GEO", "RUS"]; undefined when the flag is absent. */
export function dyadFlag(v: unknown, what = '--dyad'): [string, string] | undefined {
  if (!v) return undefined;
  const p = String(v).split(',');
  if (p.length !== 2) throw new UsageError(`${what} takes two country codes, e.g. ${what} GEO,RUS`);
  return [country(p[0], what), country(p[1], what)];
}

/** A date flag given as YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date; returned as given, undefined when absent. */
export function dateFlag(v: unknown, what: string): string | undefined {
  if (v == null) return undefined;
  const s = String(v);
  if (!DATE.test(s)) throw new UsageError(`${what} must be a date YYYY[-MM[-DD]], got "${s}"`);
  try { normaliseDate(s); } catch (e) { throw new UsageError(`${what}: ${(e as Error).message}`); }
  return s;
}

/** The last day of a date given at any precision: "2012" → 2012-12-31, "2012-02" → 2012-02-29. */
export function lastDay(v: string): string {
  if (v.length === 10) return v;
  if (v.length === 4) return `${v}-12-31`;
  const [y, m] = v.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The --by flag: day, week, month, quarter or year. */
export function periodFlag(v: unknown): Period {
  if (!isPeriod(v)) throw new UsageError(`--by must be day, week, month, quarter or year, got "${String(v)}"`);
  return v;
}

/** A whole number flag of at least `min`. */
export function wholeFlag(v: unknown, what: string, min = 1): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${what} must be a whole number${min === 1 ? '' : ` ≥ ${min}`}, got "${String(v)}"`);
  return n;
}

/** A number flag (any finite number). */
export function numberFlag(v: unknown, what: string): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new UsageError(`${what} must be a number, got "${String(v)}"`);
  return n;
}

/** The event filter from the query flags (--dyad, --directed, --country, --root, --quad, --cameo, --from, --to, --origin, --primary-only). */
export function filterFromFlags(flags: Record<string, unknown>): EventFilter {
  const f: EventFilter = {};
  const dyad = dyadFlag(flags.dyad);
  if (dyad) f.dyad = dyad;
  if (flags.directed) f.directed = true;
  if (flags.country) f.country = country(String(flags.country), '--country');
  if (flags.root) {
    if (!/^\d{1,2}$/.test(String(flags.root))) throw new UsageError(`--root must be a CAMEO root 01-20, got "${String(flags.root)}"`);
    f.root = String(flags.root).padStart(2, '0');
  }
  if (flags.quad) {
    const q = Number(flags.quad);
    if (![1, 2, 3, 4].includes(q)) throw new UsageError(`--quad must be 1-4, got "${String(flags.quad)}"`);
    f.quad = q;
  }
  if (flags.cameo) f.cameo = String(flags.cameo);
  const from = dateFlag(flags.from, '--from'), to = dateFlag(flags.to, '--to');
  if (from) f.from = normaliseDate(from);
  if (to) f.to = lastDay(to);
  if (flags.origin) f.origin = String(flags.origin).split(',').map((s) => s.trim()).filter(Boolean);
  if (flags['primary-only']) f.primaryOnly = true;
  return f;
}
