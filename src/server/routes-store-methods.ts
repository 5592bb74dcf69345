// Read-only routes that mirror the Store interface's read methods one to one
// (GET /api/store/<method>): the arguments are the method's own fields as query
// parameters (store-query.ts), the answer is exactly what the method returns. They let a
// CLI command use the database a running `realign serve` owns (src/store/remote.ts).
import { cachedJson, type Routes } from './json-route.ts';
import {
  CLAIM_PARAMS, decodeClaimFilter, decodeDocId, decodeDocumentList, decodeEventFilter, decodeQuarantineFilter, decodeRelationFilter,
  decodeSeriesOptions, DOCUMENT_LIST_PARAMS, EVENT_FILTER_PARAMS, QUARANTINE_PARAMS, RELATION_PARAMS, SERIES_PARAMS,
} from './store-query.ts';

/** The routes and the Store method each mirrors (documented in openapi.ts). */
export const STORE_METHOD_ROUTES = {
  '/api/store/schema-version': 'schemaVersion',
  '/api/store/documents': 'listDocuments',
  '/api/store/document': 'getDocument',
  '/api/store/has-document': 'hasDocument',
  '/api/store/document-count': 'countDocuments',
  '/api/store/events': 'queryEvents',
  '/api/store/event-count': 'countEvents',
  '/api/store/relations': 'queryRelations',
  '/api/store/claims': 'queryClaims',
  '/api/store/quarantine': 'queryQuarantine',
  '/api/store/event-series': 'eventSeries',
  '/api/store/country-volume': 'countryVolume',
} as const;

export const storeMethodRoutes: Routes = (app, { store, cache }) => {
  const route = (path: keyof typeof STORE_METHOD_ROUTES, params: readonly string[], compute: Parameters<typeof cachedJson>[2]) =>
    app.get(path, cachedJson(cache, params, compute));

  route('/api/store/schema-version', [], () => store.schemaVersion());
  route('/api/store/documents', DOCUMENT_LIST_PARAMS, (q) => store.listDocuments(decodeDocumentList(q)));
  route('/api/store/document', ['id'], (q) => store.getDocument(decodeDocId(q)));
  route('/api/store/has-document', ['id'], (q) => store.hasDocument(decodeDocId(q)));
  route('/api/store/document-count', [], () => store.countDocuments());
  route('/api/store/events', EVENT_FILTER_PARAMS, (q) => store.queryEvents(decodeEventFilter(q)));
  route('/api/store/event-count', EVENT_FILTER_PARAMS, (q) => store.countEvents(decodeEventFilter(q)));
  route('/api/store/relations', RELATION_PARAMS, (q) => store.queryRelations(decodeRelationFilter(q)));
  route('/api/store/claims', CLAIM_PARAMS, (q) => store.queryClaims(decodeClaimFilter(q)));
  route('/api/store/quarantine', QUARANTINE_PARAMS, (q) => store.queryQuarantine(decodeQuarantineFilter(q)));
  route('/api/store/event-series', [...EVENT_FILTER_PARAMS, ...SERIES_PARAMS], (q) => store.eventSeries(decodeEventFilter(q), decodeSeriesOptions(q)));
  route('/api/store/country-volume', [...EVENT_FILTER_PARAMS, 'by'], (q) => store.countryVolume(decodeEventFilter(q), { by: decodeSeriesOptions(q).by }));
};
