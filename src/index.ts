// realign's public API. The CLI, the HTTP server and the dashboard are thin shells over it.
export * from './doc/types.ts';
export { createDoc, docId, normaliseBody } from './doc/doc.ts';
export { extractJson } from './doc/json.ts';
export { tokenize } from './nlp/tokenize.ts';
export { readInputs, readFile, readHtml, readText, extractFile, parseFeed, fetchUrl, decodeBytes, detectLanguage, ReadError, type ReadOutcome, type ReadOptions } from './ingest/index.ts';
export { buildPipeline, type Pipeline, type Stage, type StageContext, type Layer } from './pipeline/pipeline.ts';
export { defaultPipeline, read } from './pipeline/default.ts';
export { coderPipeline } from './pipeline/default.ts';
export type * from './store/store.ts';
export { DuckDBStore, StoreLockedError } from './store/duckdb.ts';
export { RemoteStore, ServerOwnsStoreError, type RemoteStoreOptions, type UploadInput } from './store/remote.ts';
export { cameo, cameoTable, quadOfRoot, ploverRoots, type CameoCode } from './cameo/index.ts';
export { relationsStage, findRelations, loadRelationVocab, relationVocab } from './stages/relations/index.ts';
export { claimsStage, findClaims, claimDate, claimVocab, loadClaimVocab } from './stages/claims/index.ts';
export {
  checkArmsClaims, classify as classifyArmsClaim, formatCheck, readArmsTable, parseArmsTable,
  supplierShare, recipientShare, shareOfSupplierExports, shareOfRecipientImports,
  type ArmsTable, type Transfer, type ClaimCheck, type CheckKind, type CheckOptions,
} from './claims-check/index.ts';
export { actorsStage, loadActorData, loadPeople, type ActorsOptions, type ActorDictionary, type ActorEntry, type RoleEntry, type Term } from './stages/actors/index.ts';
export { loadPhoenix, parsePhoenixActors, parsePhoenixAgents, type PhoenixImport, type PhoenixIssue } from './rules/phoenix.ts';
export * from './analytics/index.ts';
export { createApp, startServer, ResponseCache, openapi, type AppOptions, type StartOptions, type Running } from './server/index.ts';
export { eventsStage, codeEvents, type EventsOptions } from './stages/events/index.ts';
export { loadPatterns, patterns as eventPatterns, type Patterns as EventPatterns, type VerbPattern, type NounPattern } from './stages/events/patterns.ts';
export { chunk, type Chunk, type VerbGroup } from './nlp/chunk.ts';
export { verbInfo, type VerbInfo } from './nlp/clause.ts';
export { findDates, eventDate, type FoundDate } from './dates/resolve.ts';
export { readGold, countryOf, type GoldItem, type GoldEvent, type GoldSet } from './eval/gold.ts';
export { score as scoreEvents, formatReport as formatEventReport, type Report as EventReport, type PredEvent, type ScoreKey } from './eval/score.ts';
export { predict as predictEvents, readPredictions } from './eval/predict.ts';
export { checkSeed, type SeedExpected } from './eval/seed.ts';
export * from './imports/index.ts';
export { actorKey, actorKeySql, ACTOR_KEY } from './store/actor-key.ts';
