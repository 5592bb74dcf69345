// The backend-neutral description of one bulk import: where the file is, how its rows
// are laid out, and how each event column is computed from them. src/imports builds a
// spec from its knowledge of a format; each backend turns it into its own bulk load
// (DuckDB: read_csv/read_json + SQL, see duckdb-import.ts). No SQL in here.

/** An expression over one source row. Strings are trimmed; empty and null strings are null. */
export type Expr =
  | { col: string }
  | { const: string | number | boolean | null }
  /** first non-null */
  | { first: Expr[] }
  /** concatenation; null when every part is null */
  | { concat: Expr[] }
  /** value of a lookup table (spec.lookups[table]), keyed case-insensitively; null when absent */
  | { lookup: string; of: Expr }
  /** the first item of a separated list that the lookup table maps */
  | { lookupList: string; of: Expr; sep: string }
  /** the value when it matches the pattern (anchored regular expression), else null */
  | { match: string; of: Expr }
  /** the first `n` characters */
  | { prefix: number; of: Expr }
  /** a number; null when not numeric */
  | { number: Expr }
  /** a date (or with time: a timestamp) in one of the formats (strftime patterns, e.g. %Y%m%d); null when none fits */
  | { date: Expr; formats: string[]; time?: boolean };

/** A row is quarantined (with this reason) when the check's expression is null. */
export interface Check { reason: string; expr: Expr; show?: Expr }

export interface BulkImportSpec {
  origin: string;
  /** local path of a plain, .gz or .jsonl file */
  path: string;
  /** the name recorded in quarantine rows and the imports table */
  file: string;
  /** content hash: the same file imported twice is recognised by it */
  fileKey: string;
  kind: 'delimited' | 'json';
  /** what the rows are: events (default) or GDELT 2.0 mentions of events (event_mentions table) */
  table?: 'events' | 'event_mentions';
  /** delimited files */
  delimiter?: string;
  /** quote character, or '' for none (raw GDELT and ICEWS files) */
  quote?: string;
  header?: boolean;
  /** the column names in file order, all read as text; extra leading columns to drop are named '_skip*' */
  columns: string[];
  /** rows with fewer fields are padded with nulls (mixed-width files); the checks catch real damage */
  pad?: boolean;
  /** strings meaning "missing" */
  nulls?: string[];
  /** the source's own event id; the stored id is `${origin}:${ext_id}` */
  extId: Expr;
  /** event columns (EventRow names) computed from the row; unlisted columns are null or their defaults */
  fields: Record<string, Expr>;
  /** the CAMEO code (and optionally its text name to fall back on); root, quad, Goldstein and PLOVER follow from it */
  cameo?: { code: Expr; name?: Expr };
  /** rows failing a check are quarantined; the first failing check gives the reason */
  checks: Check[];
  lookups: Record<string, Record<string, string>>;
  /** the CAMEO code table: code → facts, and name (lower case) → code */
  cameoCodes: Array<{ code: string; name: string; root: string; quad: number; goldstein: number; plover_type: string | null; plover_mode: string | null }>;
  /** quarantine rows already found by the reader before the bulk load (e.g. unreadable lines) */
  preQuarantine?: Array<{ line: number; reason: string; raw: string }>;
}

export interface BulkImportResult {
  file: string;
  fileKey: string;
  /** data rows seen in the file */
  read: number;
  loaded: number;
  /** rows whose event was already stored (same file imported again, or the same id in another file) */
  present: number;
  quarantined: number;
  /** quarantined rows by reason */
  reasons: Record<string, number>;
  /** the file (by content hash) had been imported before: nothing was read */
  skipped: boolean;
  /** rows marked as copies of another event (same day, dyad and CAMEO code) */
  duplicates: number;
}
