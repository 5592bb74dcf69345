// Library API for importing event data (GDELT, ICEWS, POLECAT) into the events table.
// Decisions, in short:
// - ids are `${origin}:${source id}`; a file is recognised by its content hash (imports table).
//   The same id seen again with the same day, actors and code is "already present"; with a
//   different event it is quarantined as an id collision (GDELT 1.0 reuses a few ids).
// - A file whose rows carry one extra leading whole-number column (R's write.csv row names)
//   is realigned by dropping that column, and the import says so; other width problems are
//   quarantined row by row with DuckDB's own reason and line.
// - Duplicates: one happening reported many times = same origin, day, source code, target
//   code and CAMEO code (PLOVER type when there is no CAMEO code); one primary per key (most
//   mentions, then smallest id), dup_count on every copy. Keys do not mix origins.
export { importFile, importFiles, formatSpec, IMPORT_SOURCES, type FileImport, type ImportSource, type ImportSummary } from './import-files.ts';
export { fetchGdelt, gdeltFileList, parseList, GDELT1_BASE, GDELT2_BASE, type FetchOptions, type Fetched, type Wanted } from './fetch-gdelt.ts';
export { gdeltLayout, gdeltSpec, GDELT1_COLUMNS, GDELT2_COLUMNS, GDELT2_MENTION_COLUMNS, type GdeltLayout } from './gdelt.ts';
export { icewsSpec, ICEWS_COLUMNS } from './icews.ts';
export { polecatSpec } from './polecat.ts';
export { countryNames, icewsSectors, ploverCrosswalk } from './lookups.ts';
export { unzipEntry, zipEntries } from './unzip.ts';
export { fileKey } from './file-key.ts';
export type { BulkImportResult, BulkImportSpec, Expr } from '../store/import-spec.ts';
