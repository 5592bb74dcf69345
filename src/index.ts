// realign's public API. The CLI, the HTTP server and the dashboard are thin shells over it.
export * from './doc/types.ts';
export { createDoc, docId, normaliseBody } from './doc/doc.ts';
export { extractJson } from './doc/json.ts';
export { tokenize } from './nlp/tokenize.ts';
export { buildPipeline, type Pipeline, type Stage, type StageContext, type Layer } from './pipeline/pipeline.ts';
export { defaultPipeline, read } from './pipeline/default.ts';
export type * from './store/store.ts';
export { DuckDBStore, StoreLockedError } from './store/duckdb.ts';
export { cameo, cameoTable, quadOfRoot, ploverRoots, type CameoCode } from './cameo/index.ts';
