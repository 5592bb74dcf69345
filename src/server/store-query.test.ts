// The Store-method wire format: what the client encodes the server decodes to the same value; bad values are refused by name.
import { describe, expect, it } from 'vitest';
import type { EventFilter } from '../store/store.ts';
import { BadRequest } from './params.ts';
import { decodeDocumentList, decodeEventFilter, decodeRelationFilter, decodeSeriesOptions, encodeEventFilter, encodeFlat, encodeRelationFilter, encodeSeriesOptions } from './store-query.ts';

const asQuery = (p: URLSearchParams) => (k: string) => p.get(k) ?? undefined;

describe('store-query', () => {
  const filters: EventFilter[] = [
    {},
    { dyad: ['PAK', 'RUS'], directed: true, from: '2012-01-01', to: '2012-12-31', primaryOnly: true, limit: 0, offset: 20 },
    { country: 'GEO', cameo: '042', root: '4', quad: 3, modality: 'asserted', origin: ['gdelt1', 'icews'], doc_id: 'abc:1' },
    { countries: ['CHN', 'IND', 'USA'], modality: ['asserted', 'reported'], from: '2012-03', limit: 1_000_000 },
  ];
  it.each(filters.map((f) => [JSON.stringify(f), f]))('round-trips %s', (_n, f) => {
    expect(decodeEventFilter(asQuery(encodeEventFilter(f as EventFilter)))).toEqual(f);
  });

  it('leaves out false and absent fields, and keeps the aggregate options apart from the filter', () => {
    expect(encodeEventFilter({ directed: false, primaryOnly: undefined }).toString()).toBe('');
    const p = encodeSeriesOptions({ by: 'quarter', directed: true }, encodeEventFilter({ dyad: ['A1', 'B2'] }));
    expect(p.toString()).toBe('dyad=A1%2CB2&by=quarter&series_directed=true');
    expect(decodeSeriesOptions(asQuery(p))).toEqual({ by: 'quarter', directed: true });
    expect(decodeEventFilter(asQuery(p))).toEqual({ dyad: ['A1', 'B2'] });
    expect(decodeSeriesOptions(() => undefined)).toEqual({ by: null });
  });

  it('decodes relation filters and document lists', () => {
    const r = { dyad: ['IND', 'USA'] as [string, string], from: '2012-01-01', limit: 5 };
    expect(decodeRelationFilter(asQuery(encodeRelationFilter(r)))).toEqual(r);
    expect(decodeDocumentList(asQuery(encodeFlat({ q: 'talks on grain', limit: 3 })))).toEqual({ q: 'talks on grain', limit: 3 });
  });

  it.each([
    ['quad', '5', /"quad": must be between 1 and 4/],
    ['limit', '1000001', /"limit": must be between 0 and 1000000/],
    ['dyad', 'PAK,RUS,CHN', /"dyad"/],
    ['dyad', 'PAK', /"dyad": must be two codes/],
    ['country', 'P K', /"country": must be an actor or country code/],
    ['from', '2012-02-30', /"from": is not a calendar date/],
    ['root', '123', /"root"/],
    ['modality', 'asserted,', /"modality": empty value/],
    ['doc_id', 'a b', /"doc_id": is not a document id/],
    ['primaryOnly', 'yes', /"primaryOnly": must be true or false/],
  ])('refuses %s=%s', (k, v, msg) => {
    const q = (key: string) => (key === k ? v : undefined);
    expect(() => decodeEventFilter(q)).toThrow(BadRequest);
    expect(() => decodeEventFilter(q)).toThrow(msg);
  });
});
