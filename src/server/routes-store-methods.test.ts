// The Store-method routes in-process: each answers what its Store method returns, and refuses bad parameters with 400.
import { describe, expect, it } from 'vitest';
import { sampleDoc } from '../store/store.suite.ts';
import { openapi } from './openapi.ts';
import { STORE_METHOD_ROUTES } from './routes-store-methods.ts';
import { useFixtureApp } from './test-fixture.ts';

const fx = useFixtureApp();
const { get } = fx;

describe('API: Store methods', () => {
  it('answers exactly what the store returns', async () => {
    const id = sampleDoc().id;
    expect((await get('/api/store/schema-version')).body).toBe(await fx.store.schemaVersion());
    expect((await get('/api/store/document-count')).body).toBe(2);
    expect((await get(`/api/store/has-document?id=${id}`)).body).toBe(true);
    expect((await get('/api/store/document?id=nope')).body).toBeNull();
    expect((await get(`/api/store/document?id=${id}`)).body).toEqual(await fx.store.getDocument(id));
    expect((await get('/api/store/documents?limit=1&offset=1')).body).toEqual(await fx.store.listDocuments({ limit: 1, offset: 1 }));
    // no page cap of 500 here, and no date widening: the store's own semantics
    const f = { from: '2012-01-01', to: '2012-12-31', primaryOnly: true, limit: 100000 };
    expect((await get('/api/store/events?from=2012-01-01&to=2012-12-31&primaryOnly=true&limit=100000')).body).toEqual(await fx.store.queryEvents(f));
    expect((await get('/api/store/event-count?origin=gdelt1,icews')).body).toBe(await fx.store.countEvents({ origin: ['gdelt1', 'icews'] }));
    expect((await get('/api/store/event-series?countries=PAK,RUS&by=month&series_directed=true')).body).toEqual(await fx.store.eventSeries({ countries: ['PAK', 'RUS'] }, { by: 'month', directed: true }));
    expect((await get('/api/store/country-volume?countries=PAK&by=year')).body).toEqual(await fx.store.countryVolume({ countries: ['PAK'] }, { by: 'year' }));
    expect((await get('/api/store/relations?dyad=PAK,RUS&limit=1000000')).body).toEqual(await fx.store.queryRelations({ dyad: ['PAK', 'RUS'], limit: 1_000_000 }));
    expect((await get('/api/store/claims?subject=FRE')).body).toEqual(await fx.store.queryClaims({ subject: 'FRE' }));
    expect((await get('/api/store/quarantine?file=none.csv')).body).toEqual([]);
  });

  it('refuses bad and unknown parameters with 400 and a message', async () => {
    const bad: Array<[string, RegExp]> = [
      ['/api/store/events?quad=9', /quad/],
      ['/api/store/events?limit=-1', /limit/],
      ['/api/store/events?by=month', /unknown parameter "by"/],
      ['/api/store/event-series?by=fortnight', /"by": must be one of/],
      ['/api/store/country-volume?series_directed=true', /unknown parameter "series_directed"/],
      ['/api/store/document', /"id" is required/],
      ['/api/store/has-document?id=a%20b', /document id/],
      ['/api/store/documents?q=' + 'x'.repeat(300), /at most 200/],
      ['/api/store/relations?quad=1', /unknown parameter "quad"/],
    ];
    for (const [url, msg] of bad) {
      const r = await get(url);
      expect(r.status, url).toBe(400);
      expect(r.body.error, url).toMatch(msg);
    }
  });

  it('describes each route in the OpenAPI object', () => {
    for (const p of Object.keys(STORE_METHOD_ROUTES)) expect(Object.keys(openapi.paths), p).toContain(p);
  });
});
