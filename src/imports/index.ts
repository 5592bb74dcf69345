// Library API for importing event data (GDELT, ICEWS, POLECAT).
export { importFile, importFiles, formatSpec, IMPORT_SOURCES, type FileImport, type ImportSource, type ImportSummary } from './import-files.ts';
export { fetchGdelt, gdeltFileList, parseList, GDELT1_BASE, GDELT2_BASE, type FetchOptions, type Fetched, type Wanted } from './fetch-gdelt.ts';
export { gdeltLayout, gdeltSpec, GDELT1_COLUMNS, GDELT2_COLUMNS, GDELT2_MENTION_COLUMNS, type GdeltLayout } from './gdelt.ts';
export { icewsSpec, ICEWS_COLUMNS } from './icews.ts';
export { polecatSpec } from './polecat.ts';
export { countryNames, icewsSectors, ploverCrosswalk } from './lookups.ts';
export { unzipEntry, zipEntries } from './unzip.ts';
export { fileKey } from './file-key.ts';
export type { BulkImportResult, BulkImportSpec, Expr } from '../store/import-spec.ts';
