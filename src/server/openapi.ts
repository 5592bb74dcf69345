// The OpenAPI 3.1 description of the HTTP API, written by hand (served at /api/openapi.json).
import { CAPS, MODALITIES, PERIODS } from './params.ts';
import { STORE_CAPS } from './store-query.ts';

type P = { name: string; in?: 'query' | 'path'; description: string; schema: Record<string, unknown>; required?: boolean };
const q = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }): P => ({ name, in: 'query', description, schema });
const path = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }): P => ({ name, in: 'path', description, schema, required: true });

const COUNTRY = { type: 'string', pattern: '^[A-Z][A-Z0-9]{1,11}$', description: 'a country code (PAK) or an organisation (NATO, EU, UN)' };
const DATE = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
const PAGE = [
  q('limit', `page length (1–${CAPS.limit}, default ${CAPS.defaultLimit})`, { type: 'integer', minimum: 1, maximum: CAPS.limit }),
  q('offset', 'rows to skip', { type: 'integer', minimum: 0, maximum: CAPS.offset }),
];
const json = (description: string, ref?: string) => ({ description, content: { 'application/json': { schema: ref ? { $ref: `#/components/schemas/${ref}` } : { type: 'object' } } } });
const errors = { 400: json('a parameter is invalid', 'Error'), 404: json('not found', 'Error') };
const get = (summary: string, parameters: P[], ok: ReturnType<typeof json>) => ({ get: { summary, parameters: parameters.map((p) => ({ in: 'query', ...p })), responses: { 200: ok, ...errors } } });

const STORE_PAGE = [
  q('limit', `rows (0–${STORE_CAPS.limit}; absent: the store's default)`, { type: 'integer', minimum: 0, maximum: STORE_CAPS.limit }),
  q('offset', 'rows to skip', { type: 'integer', minimum: 0, maximum: STORE_CAPS.offset }),
];
/** EventFilter's fields, named as in src/store/store.ts; values are passed to the store unchanged */
const STORE_EVENT_FILTER = [
  q('dyad', 'two codes "A,B"'), q('directed', 'with dyad: only from the first to the second', { type: 'boolean' }),
  q('country', 'a code'), q('countries', 'comma-separated codes'), q('cameo', 'CAMEO code', { type: 'string', pattern: '^\\d{1,4}$' }),
  q('root', 'CAMEO root', { type: 'string', pattern: '^\\d{1,2}$' }), q('quad', 'quad class', { type: 'integer', minimum: 1, maximum: 4 }),
  q('modality', 'one or comma-separated'), q('origin', 'one or comma-separated'), q('doc_id', 'document id'),
  q('from', 'first date', DATE), q('to', 'last date', DATE), q('primaryOnly', 'one event per dup_key', { type: 'boolean' }), ...STORE_PAGE,
];

export const openapi = {
  openapi: '3.1.0',
  info: { title: 'realign API', version: '1', description: 'Read-only views of the realign store (documents, events, dyad series, shifts, network, brief); ingest when the server was started with a token. Lists are paged (limit capped at ' + CAPS.limit + '). A server on a loopback address answers 421 to requests for any other Host.' },
  paths: {
    '/api/meta': get('store summary: counts, first and last event dates, whether ingest is enabled', [], json('summary')),
    '/api/documents': get('documents, newest first', [q('q', `text to search for (≤ ${CAPS.queryChars} characters)`), ...PAGE], json('a page of documents', 'Page')),
    '/api/documents/{id}': get('one document with its body and layers (actors, events, relations, claims with offsets into the body)', [path('id', 'document id')], json('the document')),
    '/api/events': get('events, filtered', [
      q('dyad', 'two country codes, "PAK,RUS"', { type: 'string', pattern: '^[A-Z][A-Z0-9]{1,11}[,-][A-Z][A-Z0-9]{1,11}$' }),
      q('directed', 'with dyad: only from the first to the second', { type: 'boolean' }),
      q('country', 'events touching this country', COUNTRY),
      q('countries', 'events touching any of these (comma-separated)'),
      q('code', 'CAMEO code ("042")', { type: 'string', pattern: '^\\d{2,4}$' }),
      q('root', 'CAMEO root ("04")', { type: 'string', pattern: '^\\d{1,2}$' }),
      q('quad', 'quad class 1–4', { type: 'integer', minimum: 1, maximum: 4 }),
      q('modality', 'comma-separated: ' + MODALITIES.join(', ')),
      q('origin', 'comma-separated: realign, gdelt1, gdelt2, icews, polecat, ...'),
      q('doc', 'document id'),
      q('from', 'first date', DATE), q('to', 'last date', DATE),
      q('primary', 'one event per happening', { type: 'boolean' }),
      ...PAGE,
    ], json('a page of events', 'Page')),
    '/api/relations': get('relation statements (warming, cooling, friendly, hostile)', [q('dyad', 'two country codes'), q('country', 'a country', COUNTRY), q('doc', 'document id'), q('from', 'first date', DATE), q('to', 'last date', DATE), PAGE[0]!], json('relations')),
    '/api/claims': get('numeric claims', [q('subject', 'country code', COUNTRY), q('doc', 'document id'), PAGE[0]!], json('claims')),
    '/api/dyads/{a}/{b}': get('a dyad over time: counts by quad class, Goldstein, net cooperation, media share, alignment index, relation statements, and change points (shifts)', [
      path('a', 'country', COUNTRY), path('b', 'country', COUNTRY),
      q('by', 'period', { type: 'string', enum: PERIODS }), q('from', 'first date', DATE), q('to', 'last date', DATE),
      q('directed', 'only events from a to b', { type: 'boolean' }), q('primary', 'one event per happening', { type: 'boolean' }),
    ], json('the dyad report')),
    '/api/shifts': get('the largest changes in alignment, ranked, with the events that drove them', [
      q('since', 'first date', DATE), q('to', 'last date', DATE), q('countries', 'comma-separated country codes'),
      q('by', 'period', { type: 'string', enum: PERIODS }), q('min_events', 'dyads need this many events', { type: 'integer' }),
      q('all', 'include unflagged shifts', { type: 'boolean' }), PAGE[0]!,
    ], json('shifts')),
    '/api/network': get('the signed network of countries at a date, blocs and structural balance', [
      q('at', 'the date (a month or year means its last day); default the latest in the store', DATE), q('window', 'days of evidence up to the date', { type: 'integer', minimum: 1, maximum: 36500 }),
      q('countries', 'only these countries'), q('min_evidence', 'weighted events a tie needs', { type: 'number', minimum: 0 }),
    ], json('the network')),
    '/api/brief': get('the alignment picture at a date (shape of `realign brief --json`)', [
      q('at', 'the date; default the latest in the store', DATE), q('focus', 'comma-separated country codes'),
      q('window', 'days of evidence', { type: 'integer', minimum: 1, maximum: 36500 }), q('max_dyads', 'dyads to list', { type: 'integer', minimum: 1, maximum: 200 }),
    ], json('the brief')),
    '/api/search': get('documents whose text matches, and countries whose code or name matches', [q('q', 'search text'), PAGE[0]!], json('matches')),
    '/api/rules': get('the dictionary or rule entries behind a rule id', [q('id', 'rule id as records carry it ("verbs.v1:visit#1")')], json('entries')),
    // the Store interface's read methods, one route each (routes-store-methods.ts): parameters are the method's fields, the answer is its return value
    '/api/store/schema-version': get('Store.schemaVersion(): the schema version', [], json('a number')),
    '/api/store/documents': get('Store.listDocuments(): document summaries, newest first', [q('q', 'text in the title or body'), ...STORE_PAGE], json('an array of document summaries')),
    '/api/store/document': get('Store.getDocument(): one document with its layers, or null', [q('id', 'document id', { type: 'string' })], json('the stored document or null')),
    '/api/store/has-document': get('Store.hasDocument()', [q('id', 'document id')], json('true or false')),
    '/api/store/document-count': get('Store.countDocuments()', [], json('a number')),
    '/api/store/events': get('Store.queryEvents(): events in (date, id) order', STORE_EVENT_FILTER, json('an array of events')),
    '/api/store/event-count': get('Store.countEvents()', STORE_EVENT_FILTER, json('a number')),
    '/api/store/relations': get('Store.queryRelations()', [q('dyad', 'two codes "A,B" (either order)'), q('country', 'a code'), q('doc_id', 'document id'), q('from', 'first date', DATE), q('to', 'last date', DATE), STORE_PAGE[0]!], json('an array of relations')),
    '/api/store/claims': get('Store.queryClaims()', [q('subject', 'a code'), q('doc_id', 'document id'), STORE_PAGE[0]!], json('an array of claims')),
    '/api/store/quarantine': get('Store.queryQuarantine(): rows an import set aside, with reasons', [q('file', 'the imported file'), STORE_PAGE[0]!], json('an array of quarantined rows')),
    '/api/store/event-series': get('Store.eventSeries(): events with both countries, counted by dyad, period and modality', [
      ...STORE_EVENT_FILTER, q('by', 'period (absent: not bucketed)', { type: 'string', enum: PERIODS }), q('series_directed', 'keep source and target apart', { type: 'boolean' }),
    ], json('an array of series cells')),
    '/api/store/country-volume': get('Store.countryVolume(): events touching each country, by period', [...STORE_EVENT_FILTER, q('by', 'period (absent: not bucketed)', { type: 'string', enum: PERIODS })], json('an array of volume cells')),
    '/api/ingest': {
      post: {
        summary: 'read and store articles: multipart files (field "file", repeatable) or JSON {"url": "https://..."}; needs the server token',
        security: [{ bearer: [] }],
        requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } } } }, 'application/json': { schema: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] } } } },
        responses: { 200: json('one result per input'), 400: json('bad request', 'Error'), 401: json('missing or wrong token', 'Error'), 403: json('ingest disabled (no token configured)', 'Error'), 413: json('too large', 'Error') },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] },
      Page: { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } }, limit: { type: 'integer' }, offset: { type: 'integer' }, total: { type: ['integer', 'null'] } }, required: ['items', 'limit', 'offset'] },
    },
  },
} as const;
