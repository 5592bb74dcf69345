// The HTTP API and the dashboard's files, as a hono app over a Store. Read-only unless a
// token is given, which enables POST /api/ingest with `Authorization: Bearer <token>`.
// Every parameter is validated (400 with a message); page lengths and bodies are capped;
// GET results are cached per request until the server itself writes to the store.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { brief, dyadReport, latestDate, networkReport, shiftsReport } from '../analytics/queries.ts';
import { dyadShifts } from '../analytics/shifts.ts';
import { countryName } from '../analytics/lexicon.ts';
import type { EventFilter, Store } from '../store/store.ts';
import { ResponseCache } from './cache.ts';
import { countryMatches } from './countries.ts';
import { fetchInput, ingestInputs, INGEST_LIMITS, type IngestInput } from './ingest.ts';
import { openapi } from './openapi.ts';
import * as P from './params.ts';
import { rulesIndex } from './rules-index.ts';
import { NOT_BUILT_PAGE, StaticFiles } from './static.ts';

export interface AppOptions {
  store: Store;
  /** enables ingest; requests must carry `Authorization: Bearer <token>` */
  token?: string | null;
  /** the built dashboard (default web/dist) */
  webDir?: string;
  cache?: ResponseCache;
  /** how URLs are fetched for ingest (tests pass their own) */
  fetcher?: typeof fetch;
  /** accept only these Host headers ("127.0.0.1:8787"); guards a loopback server against DNS rebinding */
  allowedHosts?: string[] | null;
}

export const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const digest = (s: string) => createHash('sha256').update(s).digest();

export function createApp(o: AppOptions) {
  const { store } = o;
  const token = o.token || null;
  const cache = o.cache ?? new ResponseCache();
  const web = new StaticFiles(o.webDir);
  const app = new Hono();

  app.use('*', secureHeaders({
    contentSecurityPolicy: undefined,
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    crossOriginEmbedderPolicy: false,
  }));
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
  });
  const hosts = o.allowedHosts?.length ? new Set(o.allowedHosts.map((h) => h.toLowerCase())) : null;
  if (hosts) {
    app.use('*', async (c, next) => {
      const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
      if (!hosts.has(host)) return c.json({ error: `unexpected Host "${host.slice(0, 100)}": this server answers to ${[...hosts].join(', ')}` }, 421);
      await next();
    });
  }

  app.onError((e, c) => {
    if (e instanceof P.BadRequest) return c.json({ error: e.message }, 400);
    console.error(`realign serve: ${c.req.method} ${c.req.path}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return c.json({ error: `internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` }, 500);
  });

  /** A cached JSON GET: the key is the path with its sorted query, the value the serialised result. */
  const cached = (allowed: readonly string[], compute: (q: (k: string) => string | undefined, c: Context) => Promise<unknown>) => async (c: Context) => {
    const query = c.req.query();
    P.known(query, allowed);
    const key = c.req.path + '?' + Object.keys(query).sort().map((k) => `${k}=${query[k]}`).join('&');
    const body = await cache.get(key, async () => JSON.stringify(await compute((k) => query[k], c)));
    c.header('Cache-Control', 'no-cache');
    c.header('X-Store-Generation', String(cache.generation));
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  };

  const openapiJson = JSON.stringify(openapi);
  app.get('/api/openapi.json', (c) => c.body(openapiJson, 200, { 'Content-Type': 'application/json; charset=utf-8' }));

  app.get('/api/meta', cached([], async () => {
    const [documents, events, last, years] = await Promise.all([store.countDocuments(), store.countEvents(), latestDate(store), store.eventSeries({}, { by: 'year' })]);
    const firstYear = years.reduce<string | null>((m, x) => (x.period && (!m || x.period < m) ? x.period : m), null);
    let first: string | null = null;
    if (firstYear) {
      const days = await store.eventSeries({ from: firstYear, to: `${firstYear.slice(0, 4)}-12-31` }, { by: 'day' });
      first = days.reduce<string | null>((m, x) => (x.period && (!m || x.period < m) ? x.period : m), null);
    }
    return { backend: store.backend, documents, events, first, last, ingest: !!token, limits: { page: P.CAPS.limit, files: INGEST_LIMITS.files, fileBytes: INGEST_LIMITS.fileBytes } };
  }));

  app.get('/api/documents', cached(['q', 'limit', 'offset'], async (q) => {
    const text = P.text('q', q('q'));
    const pg = P.page(q);
    const [items, total] = await Promise.all([store.listDocuments({ ...pg, q: text }), text ? Promise.resolve(null) : store.countDocuments()]);
    return { items, ...pg, total };
  }));

  const docId = (v: string | undefined) => P.word('id', v, { max: 200, pattern: /^[A-Za-z0-9_.:-]+$/, what: 'is not a document id' });

  app.get('/api/documents/:id', async (c) => {
    const id = docId(c.req.param('id'))!;
    const body = await cache.get(`/doc/${id}`, async () => JSON.stringify(await store.getDocument(id)));
    if (body === 'null') return c.json({ error: `no document "${id}"` }, 404);
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
  });

  const EVENT_PARAMS = ['dyad', 'directed', 'country', 'countries', 'code', 'root', 'quad', 'modality', 'origin', 'doc', 'from', 'to', 'primary', 'limit', 'offset'] as const;
  app.get('/api/events', cached(EVENT_PARAMS, async (q) => {
    const from = P.date('from', q('from')), to = P.date('to', q('to'));
    const f: EventFilter = {
      dyad: P.dyad('dyad', q('dyad')),
      directed: P.bool('directed', q('directed')),
      country: P.country('country', q('country')),
      countries: P.countryList('countries', q('countries')),
      cameo: P.word('code', q('code'), { pattern: /^\d{2,4}$/, what: 'must be a CAMEO code of 2 to 4 digits like 042' }),
      root: P.int('root', q('root'), { min: 1, max: 20 })?.toString().padStart(2, '0'),
      quad: P.int('quad', q('quad'), { min: 1, max: 4 }),
      modality: P.manyOf('modality', q('modality'), P.MODALITIES),
      origin: q('origin') ? q('origin')!.split(',').map((x) => P.word('origin', x, { max: 20, pattern: /^[a-z0-9_-]+$/, what: 'must be a source name like realign or gdelt2' })!) : undefined,
      doc_id: docId(q('doc')),
      from: from && P.startOf(from),
      to: to && P.endOfDate(to),
      primaryOnly: P.bool('primary', q('primary')),
    };
    if (f.directed && !f.dyad) throw new P.BadRequest('parameter "directed" needs "dyad"');
    for (const k of Object.keys(f) as Array<keyof EventFilter>) if (f[k] === undefined) delete f[k];
    const pg = P.page(q);
    const [items, total] = await Promise.all([store.queryEvents({ ...f, ...pg }), store.countEvents(f)]);
    return { items, ...pg, total };
  }));

  app.get('/api/relations', cached(['dyad', 'country', 'doc', 'from', 'to', 'limit'], async (q) => {
    const from = P.date('from', q('from')), to = P.date('to', q('to'));
    const limit = P.int('limit', q('limit'), { min: 1, max: P.CAPS.limit, def: P.CAPS.defaultLimit })!;
    const items = await store.queryRelations({ dyad: P.dyad('dyad', q('dyad')), country: P.country('country', q('country')), doc_id: docId(q('doc')), from: from && P.startOf(from), to: to && P.endOfDate(to), limit });
    return { items, limit, offset: 0, total: null };
  }));

  app.get('/api/claims', cached(['subject', 'doc', 'limit'], async (q) => {
    const limit = P.int('limit', q('limit'), { min: 1, max: P.CAPS.limit, def: P.CAPS.defaultLimit })!;
    const items = await store.queryClaims({ subject: P.country('subject', q('subject')), doc_id: docId(q('doc')), limit });
    return { items, limit, offset: 0, total: null };
  }));

  app.get('/api/dyads/:a/:b', cached(['by', 'from', 'to', 'directed', 'primary'], async (q, c) => {
    const a = P.country('a', c.req.param('a'))!, b = P.country('b', c.req.param('b'))!;
    if (a === b) throw new P.BadRequest('a dyad needs two different countries');
    const from = P.date('from', q('from')), to = P.date('to', q('to'));
    const r = await dyadReport(store, { a, b, by: P.oneOf('by', q('by'), P.PERIODS, 'month'), from: from && P.startOf(from), to: to && P.endOfDate(to), directed: P.bool('directed', q('directed')), primaryOnly: P.bool('primary', q('primary')) });
    const sh = r.points.length >= 3 ? dyadShifts(r.points) : { segments: [], swing: 0, shifts: [] };
    return { ...r, names: { [a]: countryName(a), [b]: countryName(b) }, segments: sh.segments, shifts: sh.shifts };
  }));

  app.get('/api/shifts', cached(['since', 'to', 'countries', 'by', 'min_events', 'all', 'limit'], async (q) =>
    shiftsReport(store, {
      since: P.date('since', q('since')), to: P.date('to', q('to')), countries: P.countryList('countries', q('countries')),
      by: P.oneOf('by', q('by'), P.PERIODS, 'month'), minEvents: P.int('min_events', q('min_events'), { min: 0, max: 1_000_000 }),
      all: P.bool('all', q('all')), limit: P.int('limit', q('limit'), { min: 1, max: 200, def: 20 }),
    })));

  const atOrLatest = async (v: string | undefined) => P.date('at', v) ?? (await latestDate(store)) ?? new Date().toISOString().slice(0, 10);

  app.get('/api/network', cached(['at', 'window', 'countries', 'min_evidence'], async (q) => {
    const windowDays = P.int('window', q('window'), { min: 1, max: 36500, def: 365 });
    const countries = P.countryList('countries', q('countries'));
    const minEvidence = P.num('min_evidence', q('min_evidence'), { min: 0, max: 1_000_000, def: 3 });
    return networkReport(store, { at: await atOrLatest(q('at')), windowDays, countries, minEvidence });
  }));

  app.get('/api/brief', cached(['at', 'focus', 'window', 'max_dyads'], async (q) => {
    const windowDays = P.int('window', q('window'), { min: 1, max: 36500, def: 365 });
    const focus = P.countryList('focus', q('focus'));
    const maxDyads = P.int('max_dyads', q('max_dyads'), { min: 1, max: 200 });
    return brief(store, { at: P.date('at', q('at')), focus, windowDays, maxDyads });
  }));

  app.get('/api/search', cached(['q', 'limit'], async (q) => {
    const text = P.text('q', q('q'));
    if (!text) throw new P.BadRequest('parameter "q": give some text to search for');
    const limit = P.int('limit', q('limit'), { min: 1, max: 100, def: 20 })!;
    const documents = await store.listDocuments({ q: text, limit });
    return { q: text, countries: countryMatches(text, 10), documents };
  }));

  app.get('/api/rules', cached(['id'], async (q) => {
    const id = P.word('id', q('id'), { max: 200, pattern: /^[\w.:#+/-]+$/, what: 'is not a rule id' });
    if (!id) throw new P.BadRequest('parameter "id" is required');
    return rulesIndex().lookup(id);
  }));

  app.post('/api/ingest', bodyLimit({ maxSize: INGEST_LIMITS.requestBytes, onError: (c) => c.json({ error: `request too large (limit ${INGEST_LIMITS.requestBytes} bytes)` }, 413) }), async (c) => {
    if (!token) return c.json({ error: 'ingest is disabled: start the server with --token to allow uploads' }, 403);
    const auth = c.req.header('authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1] ?? '';
    if (!given || !timingSafeEqual(digest(given), digest(token))) return c.json({ error: 'missing or wrong token (send Authorization: Bearer <token>)' }, 401);
    const type = c.req.header('content-type') ?? '';
    let inputs: IngestInput[] = [];
    const failed: Array<{ name: string; ok: false; error: string }> = [];
    if (type.startsWith('application/json')) {
      let body: unknown;
      try { body = await c.req.json(); } catch { throw new P.BadRequest('body is not valid JSON'); }
      const url = (body as { url?: unknown })?.url;
      if (typeof url !== 'string' || !url.trim()) throw new P.BadRequest('JSON body needs {"url": "https://..."}');
      try { inputs = [await fetchInput(url.trim(), o.fetcher)]; } catch (e) { failed.push({ name: url, ok: false, error: (e as Error).message.split('\n')[0]! }); }
    } else if (type.startsWith('multipart/form-data')) {
      let form: Record<string, unknown>;
      try { form = await c.req.parseBody({ all: true }); } catch { throw new P.BadRequest('body is not valid multipart form data'); }
      const files = ([] as unknown[]).concat(form.file ?? form.files ?? []).filter((f): f is File => f instanceof File);
      if (!files.length) throw new P.BadRequest('no files: send them in the multipart field "file"');
      if (files.length > INGEST_LIMITS.files) throw new P.BadRequest(`at most ${INGEST_LIMITS.files} files a request, got ${files.length}`);
      for (const f of files) {
        if (f.size > INGEST_LIMITS.fileBytes) { failed.push({ name: f.name, ok: false, error: `too large: ${f.size} bytes (limit ${INGEST_LIMITS.fileBytes})` }); continue; }
        inputs.push({ name: f.name || 'upload', bytes: new Uint8Array(await f.arrayBuffer()), contentType: f.type || null });
      }
    } else {
      throw new P.BadRequest('send multipart/form-data files or application/json {"url": ...}');
    }
    const results = [...failed, ...(await ingestInputs(store, inputs))];
    if (results.some((r) => r.ok && r.status === 'inserted')) cache.invalidate();
    return c.json({ results, ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length });
  });

  app.all('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path} (see /api/openapi.json)` }, 404));

  app.get('*', (c) => {
    const f = web.get(c.req.path);
    if (!f) return web.built ? c.text('not found', 404) : c.html(NOT_BUILT_PAGE, 200);
    return c.body(f.body as unknown as ArrayBuffer, 200, { 'Content-Type': f.type, 'Cache-Control': f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
