// The API in-process (app.request()), over a DuckDB store built by hand.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSeedPicture } from '../analytics/fixtures.ts';
import { DuckDBStore } from '../store/duckdb.ts';
import { sampleDoc, sampleEvent } from '../store/store.suite.ts';
import type { Store } from '../store/store.ts';
import { createApp, CSP } from './app.ts';
import { ResponseCache } from './cache.ts';
import { openapi } from './openapi.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
const get = async (path: string) => {
  const r = await app.request(path);
  return { status: r.status, body: await r.json() as any, headers: r.headers };
};

const ARTICLE = 'Freedonia and Sylvania signed a trade agreement on Monday in the Freedonian capital. ' +
  'The two governments said the accord would lower tariffs on grain and machinery over the next five years. ' +
  'Officials from both sides described the talks as friendly and productive, and they agreed to meet again in the spring. ' +
  'Analysts said the deal marked a new stage in relations between the neighbours.';

beforeAll(async () => {
  store = await DuckDBStore.open(':memory:');
  await putSeedPicture(store);
  await store.putDocument(sampleDoc());
  await store.insertEvents([
    sampleEvent(),
    sampleEvent({ id: 'g:2', ext_id: '2', src_code: 'RUS', src_country: 'RUS', src_sector: null, tgt_country: 'GEO', tgt_code: 'GEO', cameo: '042', root: '04', quad: 1, goldstein: 1.9, date: '2012-03-01' }),
    sampleEvent({ id: 'g:3', ext_id: '3', origin: 'icews', cameo: '190', root: '19', quad: 4, goldstein: -10, date: '2011-08-08' }),
  ]);
  app = createApp({ store });
});
afterAll(async () => { await store.close(); });

describe('API: reading', () => {
  it('describes itself in OpenAPI', async () => {
    const r = await get('/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/dyads/{a}/{b}', '/api/network', '/api/brief', '/api/ingest']));
  });

  it('describes every API route it serves', () => {
    const paths = new Set(Object.keys(openapi.paths));
    const routes = app.routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.path !== '/api/openapi.json' && r.method !== 'ALL');
    expect(routes.length).toBeGreaterThan(8);
    for (const r of routes) expect(paths, r.path).toContain(r.path.replace(/:(\w+)/g, '{$1}'));
  });

  it('sends security headers on every response', async () => {
    for (const p of ['/api/meta', '/api/events?country=bad', '/']) {
      const r = await app.request(p);
      expect(r.headers.get('content-security-policy')).toBe(CSP);
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
    }
  });

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

  it('refuses bad parameters with 400 and a message', async () => {
    const bad: Array<[string, RegExp]> = [
      ['/api/events?country=pak', /country.*3-letter/],
      ['/api/events?dyad=PAK', /dyad/],
      ['/api/events?from=2012-13-01', /from/],
      ['/api/events?to=2012-02-30', /calendar/],
      ['/api/events?quad=5', /quad.*between 1 and 4/],
      ['/api/events?modality=rumoured', /modality.*one of/],
      ['/api/events?code=42a', /code/],
      ['/api/events?directed=true', /needs "dyad"/],
      ['/api/events?colour=red', /unknown parameter "colour"/],
      ['/api/events?origin=<script>', /origin/],
      ['/api/dyads/PAK/rus', /"b"/],
      ['/api/dyads/PAK/PAK', /two different/],
      ['/api/dyads/PAK/RUS?by=fortnight', /by.*one of/],
      ['/api/network?at=yesterday', /at/],
      ['/api/network?window=0', /window/],
      ['/api/brief?focus=PAK,XX', /focus/],
      ['/api/search', /q/],
      ['/api/rules', /id/],
      ['/api/documents?q=' + 'x'.repeat(300), /at most 200/],
    ];
    for (const [url, msg] of bad) {
      const r = await get(url);
      expect(r.status, url).toBe(400);
      expect(r.body.error, url).toMatch(msg);
    }
    expect((await get('/api/nothing')).status).toBe(404);
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

  it('gives a dyad series with the alignment index and change points', async () => {
    const r = await get('/api/dyads/PAK/RUS?by=month');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ a: 'PAK', b: 'RUS', by: 'month', names: { PAK: 'Pakistan', RUS: 'Russia' } });
    const oct = r.body.points.find((p: any) => p.period === '2012-10-01');
    expect(oct.n).toBeGreaterThan(0);
    expect(oct.index).toHaveProperty('index');
    expect(r.body.relations.map((x: any) => x.direction)).toContain('warming');
    expect(Array.isArray(r.body.shifts)).toBe(true);
    expect(r.body.points.map((p: any) => p.period)).toEqual([...r.body.points.map((p: any) => p.period)].sort());
  });

  it('shows the network with blocs, and the brief with PAK–RUS warming', async () => {
    const net = await get('/api/network?at=2012-11-16&min_evidence=0');
    const edge = net.body.edges.find((e: any) => e.a === 'PAK' && e.b === 'RUS');
    expect(edge.sign).toBe(1);
    expect(net.body.blocs.blocs.length).toBeGreaterThan(0);
    const b = await get('/api/brief?at=2012-11-16');
    expect(b.body.at).toBe('2012-11-16');
    const d = b.body.dyads.find((x: any) => x.a === 'PAK' && x.b === 'RUS');
    expect(d.direction).toBe('warming');
    expect(d.evidence.length).toBeGreaterThan(0);
    const latest = await get('/api/brief');
    expect(latest.body.at).toBe('2012-11-16');
  });

  it('ranks shifts', async () => {
    const r = await get('/api/shifts?all=true&min_events=0&by=month');
    expect(r.status).toBe(200);
    expect(r.body.metric).toBe('shifts.pelt.v1');
    expect(Array.isArray(r.body.shifts)).toBe(true);
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

  it('caches GET results until the store changes', async () => {
    const cache = new ResponseCache();
    const a = createApp({ store, cache });
    await a.request('/api/dyads/PAK/RUS');
    await a.request('/api/dyads/PAK/RUS');
    expect(cache.misses).toBe(1);
    expect(cache.hits).toBe(1);
    await a.request('/api/dyads/RUS/PAK');
    expect(cache.misses).toBe(2);
  });
});

describe('API: ingest', () => {
  let writable: Store;
  beforeAll(async () => { writable = await DuckDBStore.open(':memory:'); });
  afterAll(async () => { await writable.close(); });

  const form = (files: Array<[string, string]>) => {
    const f = new FormData();
    for (const [name, text] of files) f.append('file', new File([text], name, { type: 'text/plain' }));
    return f;
  };

  it('is off without a token', async () => {
    const r = await createApp({ store: writable }).request('/api/ingest', { method: 'POST', body: form([['a.txt', ARTICLE]]) });
    expect(r.status).toBe(403);
  });

  it('needs the right bearer token', async () => {
    const a = createApp({ store: writable, token: 's3cret' });
    expect((await a.request('/api/ingest', { method: 'POST', body: form([['a.txt', ARTICLE]]) })).status).toBe(401);
    expect((await a.request('/api/ingest', { method: 'POST', body: form([['a.txt', ARTICLE]]), headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect(await writable.countDocuments()).toBe(0);
  });

  it('reads uploaded files, reports each, and refreshes cached views', async () => {
    const a = createApp({ store: writable, token: 's3cret' });
    expect((await (await a.request('/api/meta')).json() as any).documents).toBe(0);
    const r = await a.request('/api/ingest', { method: 'POST', body: form([['a.txt', ARTICLE], ['empty.txt', 'Too short.']]), headers: { authorization: 'Bearer s3cret' } });
    expect(r.status).toBe(200);
    const body = await r.json() as any;
    expect(body.ok).toBe(1);
    expect(body.results[0]).toMatchObject({ name: 'a.txt', ok: true, status: 'inserted' });
    expect(body.results[1]).toMatchObject({ name: 'empty.txt', ok: false });
    expect(body.results[1].error).toMatch(/not an article/);
    expect((await (await a.request('/api/meta')).json() as any).documents).toBe(1);
  });

  it('fetches a URL given as JSON', async () => {
    const page = `<!doctype html><html><head><title>Grain accord</title></head><body><article><h1>Grain accord</h1><p>${ARTICLE.replace('Monday', 'Tuesday')}</p></article></body></html>`;
    const fetcher = (async () => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } })) as unknown as typeof fetch;
    const a = createApp({ store: writable, token: 't', fetcher });
    const r = await a.request('/api/ingest', { method: 'POST', body: JSON.stringify({ url: 'https://news.example/grain' }), headers: { authorization: 'Bearer t', 'content-type': 'application/json' } });
    const body = await r.json() as any;
    expect(body.results[0]).toMatchObject({ ok: true, status: 'inserted' });
    const bad = await a.request('/api/ingest', { method: 'POST', body: JSON.stringify({ url: 'file:///etc/passwd' }), headers: { authorization: 'Bearer t', 'content-type': 'application/json' } });
    expect((await bad.json() as any).results[0].error).toMatch(/only http and https/);
  });

  it('refuses malformed or oversized requests', async () => {
    const a = createApp({ store: writable, token: 't' });
    const h = { authorization: 'Bearer t' };
    expect((await a.request('/api/ingest', { method: 'POST', body: 'x', headers: { ...h, 'content-type': 'text/plain' } })).status).toBe(400);
    expect((await a.request('/api/ingest', { method: 'POST', body: '{', headers: { ...h, 'content-type': 'application/json' } })).status).toBe(400);
    const many = form(Array.from({ length: 21 }, (_, i) => [`f${i}.txt`, 'x'] as [string, string]));
    expect((await (await a.request('/api/ingest', { method: 'POST', body: many, headers: h })).json() as any).error).toMatch(/at most 20 files/);
    const huge = 'x'.repeat(26 * 1024 * 1024);
    expect((await a.request('/api/ingest', { method: 'POST', body: huge, headers: { ...h, 'content-type': 'application/json', 'content-length': String(huge.length) } })).status).toBe(413);
  });
});

describe('dashboard files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dash</title>');
  writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)');

  it('serves files, and the app for routes', async () => {
    const a = createApp({ store, webDir: dir });
    const js = await a.request('/assets/app-1.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    for (const p of ['/', '/dyad/PAK/RUS', '/article/abc']) expect(await (await a.request(p)).text()).toContain('<title>dash</title>');
    expect((await a.request('/assets/missing.js')).status).toBe(404);
    expect((await a.request('/..%2f..%2fetc%2fpasswd')).status).not.toBe(500);
    expect(await (await a.request('/..%2f..%2fetc%2fpasswd')).text()).not.toContain('root:');
  });

  it('says how to build the dashboard when it is not built', async () => {
    const a = createApp({ store, webDir: join(dir, 'none') });
    expect(await (await a.request('/')).text()).toContain('vite build');
  });
});

describe('API: change points', () => {
  it('finds where a long dyad series turns', async () => {
    const s = await DuckDBStore.open(':memory:');
    const rows = [];
    for (let m = 0; m < 24; m++) {
      const date = `${2010 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-10`;
      for (let k = 0; k < 6; k++) {
        const coop = m < 12 ? k < 5 : k < 1;
        rows.push(sampleEvent({ id: `t:${m}:${k}`, ext_id: `${m}${k}`, src_country: 'FRE', src_code: 'FRE', tgt_country: 'SYL', tgt_code: 'SYL', date, cameo: coop ? '042' : '112', root: coop ? '04' : '11', quad: coop ? 1 : 3, goldstein: coop ? 1.9 : -2, mentions: 1 }));
      }
    }
    await s.insertEvents(rows);
    const a = createApp({ store: s });
    const r = await (await a.request('/api/dyads/FRE/SYL?by=month')).json() as any;
    expect(r.points).toHaveLength(24);
    expect(r.shifts.length).toBeGreaterThan(0);
    expect(r.shifts[0]).toMatchObject({ direction: 'cooling', period: '2011-01-01' });
    await s.close();
  });
});

describe('API: Host check', () => {
  it('answers only to the names it was given', async () => {
    const a = createApp({ store, allowedHosts: ['127.0.0.1:8787'] });
    expect((await a.request('http://127.0.0.1:8787/api/meta')).status).toBe(200);
    const r = await a.request('http://rebound.example:8787/api/meta');
    expect(r.status).toBe(421);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
