// The wire format of the Store-method routes (/api/store/*): a Store call's arguments as
// query parameters named after the Store's own fields, and back. The client (RemoteStore)
// encodes, the server decodes and validates; both sides live here so they stay in step.
// Values pass through unchanged (no date widening, no defaults): the route returns
// exactly what the Store method returns for the same arguments.
import type { EventFilter, Period } from '../store/store.ts';
import * as P from './params.ts';

type Raw = string | undefined;
type Q = (k: string) => Raw;

/** Rows a Store-method route may return in one answer (the analytics ask for up to a million relations). */
export const STORE_CAPS = { limit: 1_000_000, offset: 100_000_000, listItems: 1000 } as const;

/** The EventFilter's fields, as parameter names. */
export const EVENT_FILTER_PARAMS = ['dyad', 'directed', 'country', 'countries', 'cameo', 'root', 'quad', 'modality', 'origin', 'doc_id', 'from', 'to', 'primaryOnly', 'limit', 'offset'] as const;

const CODE = { max: 16, pattern: /^[A-Za-z0-9_-]+$/, what: 'must be an actor or country code like PAK' };
const NAME = { max: 40, pattern: /^[A-Za-z0-9_.-]+$/, what: 'has characters that are not allowed' };
const DOC_ID = { max: 200, pattern: /^[A-Za-z0-9_.:-]+$/, what: 'is not a document id' };

const code = (name: string, v: Raw) => P.word(name, v, CODE);
const codes = (name: string, v: Raw, max: number = STORE_CAPS.listItems) => {
  if (v === undefined || v === '') return undefined;
  const xs = v.split(',');
  if (xs.length > max) throw new P.BadRequest(`parameter "${name}": at most ${max} codes`);
  return xs.map((x) => code(name, x) ?? (() => { throw new P.BadRequest(`parameter "${name}": empty code in the list`); })());
};
/** a string or, when it holds commas, a list (the Store treats both alike) */
const oneOrMany = (name: string, v: Raw): string | string[] | undefined => {
  const xs = v === undefined || v === '' ? undefined : v.split(',').map((x) => P.word(name, x, NAME) ?? (() => { throw new P.BadRequest(`parameter "${name}": empty value in the list`); })());
  return xs && (xs.length === 1 ? xs[0] : xs);
};
const dateParam = (name: string, v: Raw) => (v === undefined || v === '' ? undefined : P.date(name, v));
const count = (name: string, v: Raw, max: number) => P.int(name, v, { min: 0, max });

function put(p: URLSearchParams, k: string, v: unknown): void {
  if (v === undefined || v === null || v === false) return;
  p.set(k, Array.isArray(v) ? v.join(',') : String(v));
}

/** An EventFilter as query parameters (undefined fields are left out). */
export function encodeEventFilter(f: EventFilter = {}, p = new URLSearchParams()): URLSearchParams {
  for (const k of EVENT_FILTER_PARAMS) put(p, k, f[k]);
  return p;
}

/** Query parameters back to an EventFilter, validated; throws BadRequest naming the parameter. */
export function decodeEventFilter(q: Q): EventFilter {
  const dyad = q('dyad') === undefined || q('dyad') === '' ? undefined : codes('dyad', q('dyad'), 2);
  if (dyad && dyad.length !== 2) throw new P.BadRequest('parameter "dyad": must be two codes like PAK,RUS');
  const f: EventFilter = {
    dyad: dyad as [string, string] | undefined,
    directed: P.bool('directed', q('directed')),
    country: code('country', q('country')),
    countries: codes('countries', q('countries')),
    cameo: P.word('cameo', q('cameo'), { max: 4, pattern: /^\d{1,4}$/, what: 'must be a CAMEO code like 042' }),
    root: P.word('root', q('root'), { max: 2, pattern: /^\d{1,2}$/, what: 'must be a CAMEO root like 04' }),
    quad: P.int('quad', q('quad'), { min: 1, max: 4 }),
    modality: oneOrMany('modality', q('modality')),
    origin: oneOrMany('origin', q('origin')),
    doc_id: P.word('doc_id', q('doc_id'), DOC_ID),
    from: dateParam('from', q('from')),
    to: dateParam('to', q('to')),
    primaryOnly: P.bool('primaryOnly', q('primaryOnly')),
    limit: count('limit', q('limit'), STORE_CAPS.limit),
    offset: count('offset', q('offset'), STORE_CAPS.offset),
  };
  for (const k of Object.keys(f) as Array<keyof EventFilter>) if (f[k] === undefined) delete f[k];
  return f;
}

/** The aggregate options (eventSeries, countryVolume): `by` and `series_directed` (`directed` is the filter's). */
export const SERIES_PARAMS = ['by', 'series_directed'] as const;

export function encodeSeriesOptions(o: { by?: Period | null; directed?: boolean }, p: URLSearchParams): URLSearchParams {
  put(p, 'by', o.by ?? undefined);
  put(p, 'series_directed', o.directed);
  return p;
}

export function decodeSeriesOptions(q: Q): { by: Period | null; directed?: boolean } {
  const directed = P.bool('series_directed', q('series_directed'));
  return { by: P.oneOf('by', q('by'), P.PERIODS) ?? null, ...(directed !== undefined ? { directed } : {}) };
}

export type RelationFilter = { dyad?: [string, string]; country?: string; doc_id?: string; from?: string; to?: string; limit?: number };
export const RELATION_PARAMS = ['dyad', 'country', 'doc_id', 'from', 'to', 'limit'] as const;

export function encodeRelationFilter(f: RelationFilter = {}): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of RELATION_PARAMS) put(p, k, f[k]);
  return p;
}

export function decodeRelationFilter(q: Q): RelationFilter {
  const { dyad, country, doc_id, from, to, limit } = decodeEventFilter(q);
  return drop({ dyad, country, doc_id, from, to, limit });
}

export type ClaimFilter = { subject?: string; doc_id?: string; limit?: number };
export const CLAIM_PARAMS = ['subject', 'doc_id', 'limit'] as const;

export function decodeClaimFilter(q: Q): ClaimFilter {
  return drop({ subject: code('subject', q('subject')), doc_id: P.word('doc_id', q('doc_id'), DOC_ID), limit: count('limit', q('limit'), STORE_CAPS.limit) });
}

export type QuarantineFilter = { file?: string; limit?: number };
export const QUARANTINE_PARAMS = ['file', 'limit'] as const;

export function decodeQuarantineFilter(q: Q): QuarantineFilter {
  const file = q('file');
  if (file !== undefined && file.length > 4096) throw new P.BadRequest('parameter "file": at most 4096 characters');
  return drop({ file: file || undefined, limit: count('limit', q('limit'), STORE_CAPS.limit) });
}

export type DocumentList = { limit?: number; offset?: number; q?: string };
export const DOCUMENT_LIST_PARAMS = ['limit', 'offset', 'q'] as const;

export function decodeDocumentList(q: Q): DocumentList {
  const text = q('q');
  if (text !== undefined && text.length > P.CAPS.queryChars) throw new P.BadRequest(`parameter "q": at most ${P.CAPS.queryChars} characters`);
  return drop({ limit: count('limit', q('limit'), STORE_CAPS.limit), offset: count('offset', q('offset'), STORE_CAPS.offset), q: text || undefined });
}

/** Encode any flat options object (claims, quarantine, document lists). */
export function encodeFlat(o: Record<string, unknown> = {}): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) put(p, k, v);
  return p;
}

export const decodeDocId = (q: Q) => {
  const id = P.word('id', q('id'), DOC_ID);
  if (!id) throw new P.BadRequest('parameter "id" is required');
  return id;
};

function drop<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
