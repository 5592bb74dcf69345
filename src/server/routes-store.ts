// Routes over the stored rows: store summary, documents, events, relations, claims,
// search, and the data-file entry behind a rule id.
import { latestDate } from '../analytics/queries.ts';
import type { EventFilter } from '../store/store.ts';
import { countryMatches } from './countries.ts';
import { INGEST_LIMITS } from './ingest.ts';
import { cachedJson, DOC_ID, type Routes } from './json-route.ts';
import * as P from './params.ts';
import { rulesIndex } from './rules-index.ts';

export const storeRoutes: Routes = (app, { store, cache, token }) => {
  app.get('/api/meta', cachedJson(cache, [], async () => {
    const [documents, events, last, years] = await Promise.all([store.countDocuments(), store.countEvents(), latestDate(store), store.eventSeries({}, { by: 'year' })]);
    const firstYear = years.reduce<string | null>((m, x) => (x.period && (!m || x.period < m) ? x.period : m), null);
    let first: string | null = null;
    if (firstYear) {
      const days = await store.eventSeries({ from: firstYear, to: `${firstYear.slice(0, 4)}-12-31` }, { by: 'day' });
      first = days.reduce<string | null>((m, x) => (x.period && (!m || x.period < m) ? x.period : m), null);
    }
    return { backend: store.backend, documents, events, first, last, ingest: !!token, limits: { page: P.CAPS.limit, files: INGEST_LIMITS.files, fileBytes: INGEST_LIMITS.fileBytes } };
  }));

  app.get('/api/documents', cachedJson(cache, ['q', 'limit', 'offset'], async (q) => {
    const text = P.text('q', q('q'));
    const pg = P.page(q);
    const [items, total] = await Promise.all([store.listDocuments({ ...pg, q: text }), text ? Promise.resolve(null) : store.countDocuments()]);
    return { items, ...pg, total };
  }));

  app.get('/api/documents/:id', async (c) => {
    const id = P.word('id', c.req.param('id'), DOC_ID)!;
    const body = await cache.get(`/doc/${id}`, async () => JSON.stringify(await store.getDocument(id)));
    if (body === 'null') return c.json({ error: `no document "${id}"` }, 404);
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
  });

  const EVENT_PARAMS = ['dyad', 'directed', 'country', 'countries', 'code', 'root', 'quad', 'modality', 'origin', 'doc', 'from', 'to', 'primary', 'limit', 'offset'] as const;
  app.get('/api/events', cachedJson(cache, EVENT_PARAMS, async (q) => {
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
      doc_id: P.word('doc', q('doc'), DOC_ID),
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

  app.get('/api/relations', cachedJson(cache, ['dyad', 'country', 'doc', 'from', 'to', 'limit'], async (q) => {
    const from = P.date('from', q('from')), to = P.date('to', q('to'));
    const limit = P.int('limit', q('limit'), { min: 1, max: P.CAPS.limit, def: P.CAPS.defaultLimit })!;
    const items = await store.queryRelations({ dyad: P.dyad('dyad', q('dyad')), country: P.country('country', q('country')), doc_id: P.word('doc', q('doc'), DOC_ID), from: from && P.startOf(from), to: to && P.endOfDate(to), limit });
    return { items, limit, offset: 0, total: null };
  }));

  app.get('/api/claims', cachedJson(cache, ['subject', 'doc', 'limit'], async (q) => {
    const limit = P.int('limit', q('limit'), { min: 1, max: P.CAPS.limit, def: P.CAPS.defaultLimit })!;
    const items = await store.queryClaims({ subject: P.country('subject', q('subject')), doc_id: P.word('doc', q('doc'), DOC_ID), limit });
    return { items, limit, offset: 0, total: null };
  }));

  app.get('/api/search', cachedJson(cache, ['q', 'limit'], async (q) => {
    const text = P.text('q', q('q'));
    if (!text) throw new P.BadRequest('parameter "q": give some text to search for');
    const limit = P.int('limit', q('limit'), { min: 1, max: 100, def: 20 })!;
    const documents = await store.listDocuments({ q: text, limit });
    return { q: text, countries: countryMatches(text, 10), documents };
  }));

  app.get('/api/rules', cachedJson(cache, ['id'], async (q) => {
    const id = P.word('id', q('id'), { max: 200, pattern: /^[\w.:#+/-]+$/, what: 'is not a rule id' });
    if (!id) throw new P.BadRequest('parameter "id" is required');
    return rulesIndex().lookup(id);
  }));
};
