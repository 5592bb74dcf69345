// Store routes in-process (app.request()), over a store built by hand.
import { describe, expect, it } from 'vitest';
import { sampleDoc } from '../store/store.suite.ts';
import { useFixtureApp } from './test-fixture.ts';

const fx = useFixtureApp();
const { get } = fx;

describe('API: stored rows', () => {
  it('summarises the store', async () => {
    const r = await get('/api/meta');
    expect(r.body).toMatchObject({ documents: 2, first: '2011-08-08', last: '2012-11-16', ingest: false });
    expect(r.body.events).toBeGreaterThan(10);
  });

  it('lists documents with pagination and search', async () => {
    const all = await get('/api/documents');
    expect(all.body.total).toBe(2);
    expect(all.body.items).toHaveLength(2);
    const one = await get('/api/documents?limit=1&offset=1');
    expect(one.body.items).toHaveLength(1);
    expect(one.body).toMatchObject({ limit: 1, offset: 1 });
    expect(one.body.items[0].id).not.toBe((await get('/api/documents?limit=1')).body.items[0].id);
    const hit = await get('/api/documents?q=Sylvania');
    expect(hit.body.items.map((d: any) => d.id)).toEqual([sampleDoc().id]);
  });

  it('returns one document with its layers, 404 when unknown', async () => {
    const d = sampleDoc();
    const r = await get(`/api/documents/${d.id}`);
    expect(r.body.body).toBe(d.text);
    expect(r.body.events[0]).toMatchObject({ cameo: '043', span_start: 0, span_end: 26 });
    expect(r.body.relations[0]).toMatchObject({ direction: 'warming', start: 27 });
    expect((await get('/api/documents/nope')).status).toBe(404);
    expect((await get('/api/documents/bad%20id')).status).toBe(400);
  });

  it('filters events by dyad, direction, country, code, root, quad, modality, origin and dates', async () => {
    const n = async (q: string) => (await get(`/api/events?${q}`)).body.total as number;
    expect(await n('dyad=PAK,RUS')).toBe(8);
    expect(await n('dyad=PAK,RUS&directed=true')).toBe(2);
    expect(await n('dyad=RUS-PAK&directed=true')).toBe(6);
    expect(await n('country=IND')).toBe(1);
    expect(await n('code=042&dyad=PAK,RUS')).toBe(4);
    expect(await n('root=4&country=PAK')).toBe(4);
    expect(await n('quad=4')).toBe(1);
    expect(await n('modality=intended,cancelled')).toBe(2);
    expect(await n('origin=gdelt1')).toBe(2);
    expect(await n('origin=icews,gdelt1')).toBe(3);
    expect(await n('from=2012&to=2012-03')).toBe(2);
    expect(await n('from=2012-10-01&dyad=PAK,RUS')).toBe(6);
    const r = await get('/api/events?dyad=PAK,RUS&limit=2');
    expect(r.body.items).toHaveLength(2);
    expect(r.body.items[0]).toHaveProperty('quote');
  });

  it('caps page lengths and offsets', async () => {
    expect((await get('/api/events?limit=500')).status).toBe(200);
    expect((await get('/api/events?limit=501')).body.error).toMatch(/limit.*between 1 and 500/);
    expect((await get('/api/events?limit=0')).status).toBe(400);
    expect((await get('/api/events?offset=-1')).status).toBe(400);
    expect((await get('/api/events?offset=99999999')).status).toBe(400);
    expect((await get('/api/relations?limit=100000')).status).toBe(400);
    expect((await get('/api/events')).body.limit).toBe(50);
  });

  it('searches documents and countries', async () => {
    const r = await get('/api/search?q=pakistan');
    expect(r.body.countries[0]).toEqual({ code: 'PAK', name: 'Pakistan' });
    expect(r.body.documents.length).toBe(1);
    expect((await get('/api/search?q=RUS')).body.countries[0].code).toBe('RUS');
  });

  it('finds the dictionary entry behind a rule id', async () => {
    const r = await get('/api/rules?id=' + encodeURIComponent('countries.v1:PAK'));
    expect(r.body.entries[0].row).toMatchObject({ name: 'Pakistan' });
    expect(r.body.entries[0].manifest.name).toBe('actors');
  });
});
