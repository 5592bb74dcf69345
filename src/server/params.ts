// Query-parameter validation for the HTTP API: each reader takes the raw string (or
// undefined) and returns a typed value or throws a BadRequest naming the parameter.
import { ACTOR_KEY } from '../store/actor-key.ts';
import type { Period } from '../store/store.ts';

export class BadRequest extends Error {
  readonly status = 400;
}

export const MODALITIES = ['asserted', 'reported', 'negated', 'hypothetical', 'intended', 'cancelled'] as const;
export const PERIODS: Period[] = ['day', 'week', 'month', 'quarter', 'year'];

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Limits every endpoint shares. */
export const CAPS = { limit: 500, defaultLimit: 50, offset: 1_000_000, listItems: 50, queryChars: 200 } as const;

type Raw = string | undefined;

const fail = (name: string, why: string, got: Raw): never => {
  throw new BadRequest(`parameter "${name}": ${why}${got !== undefined ? `, got "${got.length > 60 ? got.slice(0, 60) + '…' : got}"` : ''}`);
};

/**
 * An actor key: a country code (three capital letters, ISO 3166-1 alpha-3 as CAMEO uses
 * them) or an organisation's short name in capitals (NATO, EU, UN; 2-12 letters/digits).
 */
export function country(name: string, v: Raw): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (!ACTOR_KEY.test(v)) fail(name, 'must be a 3-letter country code like PAK or an organisation like NATO', v);
  return v;
}

export function countryList(name: string, v: Raw, max: number = CAPS.listItems): string[] | undefined {
  if (v === undefined || v === '') return undefined;
  const xs = v.split(',');
  if (xs.length > max) fail(name, `at most ${max} country codes`, v);
  return xs.map((x) => country(name, x) ?? fail(name, 'empty country code in the list', v));
}

/** "PAK,RUS" (or "PAK-RUS"): a pair of distinct countries. */
export function dyad(name: string, v: Raw): [string, string] | undefined {
  if (v === undefined || v === '') return undefined;
  const xs = v.split(/[,-]/);
  if (xs.length !== 2) fail(name, 'must be two country codes like PAK,RUS (or organisations like NATO)', v);
  const a = country(name, xs[0])!, b = country(name, xs[1])!;
  if (a === undefined || b === undefined) fail(name, 'must be two country codes like PAK,RUS (or organisations like NATO)', v);
  return [a, b];
}

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export function date(name: string, v: Raw): string | undefined {
  if (v === undefined || v === '') return undefined;
  const m = DATE.exec(v);
  if (!m) return fail(name, 'must be a date YYYY[-MM[-DD]]', v);
  const y = Number(m[1]), mo = m[2] ? Number(m[2]) : 1, d = m[3] ? Number(m[3]) : 1;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d || y < 1800 || y > 2200) fail(name, 'is not a calendar date', v);
  return v;
}

/** First day of a date given at any precision. */
export const startOf = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

/** Last day of a date given at any precision. */
export function endOfDate(d: string): string {
  if (d.length === 10) return d;
  const [y, m] = d.split('-').map(Number) as [number, number | undefined];
  const last = m ? new Date(Date.UTC(y, m, 0)) : new Date(Date.UTC(y, 11, 31));
  return last.toISOString().slice(0, 10);
}

export function int(name: string, v: Raw, o: { min: number; max: number; def?: number }): number | undefined {
  if (v === undefined || v === '') return o.def;
  if (!/^-?\d{1,9}$/.test(v)) return fail(name, 'must be a whole number', v);
  const n = Number(v);
  if (n < o.min || n > o.max) fail(name, `must be between ${o.min} and ${o.max}`, v);
  return n;
}

export function num(name: string, v: Raw, o: { min: number; max: number; def?: number }): number | undefined {
  if (v === undefined || v === '') return o.def;
  if (!/^-?\d{1,9}(\.\d{1,9})?$/.test(v)) return fail(name, 'must be a number', v);
  const n = Number(v);
  if (n < o.min || n > o.max) fail(name, `must be between ${o.min} and ${o.max}`, v);
  return n;
}

export function bool(name: string, v: Raw): boolean | undefined {
  if (v === undefined || v === '') return undefined;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return fail(name, 'must be true or false', v);
}

export function oneOf<T extends string>(name: string, v: Raw, allowed: readonly T[], def?: T): T | undefined {
  if (v === undefined || v === '') return def;
  if (!(allowed as readonly string[]).includes(v)) fail(name, `must be one of ${allowed.join(', ')}`, v);
  return v as T;
}

export function manyOf<T extends string>(name: string, v: Raw, allowed: readonly T[]): T[] | undefined {
  if (v === undefined || v === '') return undefined;
  return v.split(',').map((x) => oneOf(name, x, allowed)!);
}

/** A token made of safe characters (ids, origins). */
export function word(name: string, v: Raw, o: { max?: number; pattern?: RegExp; what?: string } = {}): string | undefined {
  if (v === undefined || v === '') return undefined;
  const max = o.max ?? 128;
  if (v.length > max) fail(name, `at most ${max} characters`, v);
  if (!(o.pattern ?? /^[A-Za-z0-9_.:#+/-]+$/).test(v)) fail(name, o.what ?? 'has characters that are not allowed', v);
  return v;
}

export function text(name: string, v: Raw, max: number = CAPS.queryChars): string | undefined {
  if (v === undefined) return undefined;
  const t = v.trim();
  if (!t) return undefined;
  if (t.length > max) fail(name, `at most ${max} characters`, v);
  return t;
}

export interface Page { limit: number; offset: number }

/** limit (capped) and offset. */
export function page(q: (k: string) => Raw, o: { max?: number; def?: number } = {}): Page {
  const max = o.max ?? CAPS.limit;
  return {
    limit: int('limit', q('limit'), { min: 1, max, def: o.def ?? Math.min(CAPS.defaultLimit, max) })!,
    offset: int('offset', q('offset'), { min: 0, max: CAPS.offset, def: 0 })!,
  };
}

/** Refuse parameters the endpoint does not know (typos would otherwise be silently ignored). */
export function known(q: Record<string, string>, allowed: readonly string[]): void {
  for (const k of Object.keys(q)) if (!allowed.includes(k)) throw new BadRequest(`unknown parameter "${k}" (allowed: ${allowed.join(', ') || 'none'})`);
}
