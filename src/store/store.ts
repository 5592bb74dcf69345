// The store interface. Every backend (embedded DuckDB now, ClickHouse for scale-out)
// implements it and runs the same suite (store.suite.ts). Stages and analytics talk to
// this interface only; no backend's SQL leaks out of src/store.
import type { Doc, DocMeta, Modality } from '../doc/types.ts';
import type { BulkImportResult, BulkImportSpec } from './import-spec.ts';

export type Origin = 'realign' | 'gdelt1' | 'gdelt2' | 'icews' | 'polecat' | (string & {});

/** One event, flat, as stored: coded by realign or imported. */
export interface EventRow {
  id: string;
  origin: Origin;
  doc_id: string | null;
  /** the source dataset's own id (GLOBALEVENTID, Event ID, ...) */
  ext_id: string | null;
  /** YYYY-MM-DD (first day of the period when less precise) */
  date: string;
  /** 'day' | 'month' | 'year' */
  date_precision: string;
  src_code: string | null;
  src_country: string | null;
  src_sector: string | null;
  src_org: string | null;
  src_text: string | null;
  tgt_code: string | null;
  tgt_country: string | null;
  tgt_sector: string | null;
  tgt_org: string | null;
  tgt_text: string | null;
  cameo: string | null;
  root: string | null;
  quad: number | null;
  goldstein: number | null;
  plover_type: string | null;
  plover_mode: string | null;
  modality: Modality | string;
  sentence: number | null;
  span_start: number | null;
  span_end: number | null;
  quote: string | null;
  rule: string | null;
  url: string | null;
  /** number of mentions/articles behind it (GDELT NumMentions / NumArticles); 1 for coded events */
  mentions: number;
  /** events that are one happening reported many times share a dup_key */
  dup_key: string | null;
  /** false for every copy but one per dup_key */
  is_primary: boolean;
  /** how many stored events share this dup_key (imports set it; 1 when unique) */
  dup_count?: number | null;
}

export interface RelationRow {
  id: string; doc_id: string; a: string; b: string; direction: string; strength: number;
  quote: string; start: number; end: number; rule: string; sentence: number;
  /** the document's publication date (or the relation's own) */
  date: string | null; hedged: boolean;
}

export interface ClaimRow {
  id: string; doc_id: string; subject: string | null; measure: string; value: number; unit: string;
  qualifier: string | null; quote: string; start: number; end: number; rule: string; sentence: number;
  date: string | null;
}

export interface ActorRow {
  doc_id: string; id: string; text: string; code: string; country: string; sector: string | null;
  org: string | null; start: number; end: number; entry: string; sentence: number; kind: string;
}

export interface DocumentSummary extends DocMeta {
  id: string;
  ingested_at: string;
  chars: number;
  event_count: number;
}

export interface StoredDocument extends DocumentSummary {
  body: string;
  notes: string[];
  actors: ActorRow[];
  events: EventRow[];
  relations: RelationRow[];
  claims: ClaimRow[];
}

export interface EventFilter {
  /** actor keys (actor-key.ts: a country code, or the org's short name for IGO/NGO rows, e.g. NATO); either order when undirected */
  dyad?: [string, string];
  directed?: boolean;
  /** events touching this country as source or target */
  country?: string;
  countries?: string[];
  cameo?: string;
  root?: string;
  quad?: number;
  modality?: string | string[];
  origin?: string | string[];
  doc_id?: string;
  from?: string;
  to?: string;
  /** only one event per dup_key */
  primaryOnly?: boolean;
  limit?: number;
  offset?: number;
}

/** Calendar bucket for aggregates: a period is named by its first day (YYYY-MM-DD; weeks start on Monday). */
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One aggregate cell: events of one dyad, period and modality (actor keys: country codes or org short names; undirected: src < tgt). */
export interface SeriesCell {
  /** first day of the period, or null when not bucketed by period */
  period: string | null;
  src: string;
  tgt: string;
  modality: string;
  n: number;
  /** counts by quad class: verbal coop, material coop, verbal conflict, material conflict */
  q1: number; q2: number; q3: number; q4: number;
  goldstein_sum: number;
  /** events with a Goldstein weight */
  goldstein_n: number;
  mentions: number;
}

export interface VolumeCell { period: string | null; country: string; n: number }

export interface PutResult { id: string; status: 'inserted' | 'exists' }

export interface QuarantineRow { origin: string; file: string; line: number; reason: string; raw: string }

export interface Store {
  readonly backend: string;
  /** create or upgrade the schema */
  migrate(): Promise<void>;
  close(): Promise<void>;
  schemaVersion(): Promise<number>;

  /** store a document and all its layers atomically; a document already stored is left as it is */
  putDocument(doc: Doc): Promise<PutResult>;
  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listDocuments(opts?: { limit?: number; offset?: number; q?: string }): Promise<DocumentSummary[]>;
  countDocuments(): Promise<number>;

  /** insert event rows (imports, tests); rows whose id exists are skipped; returns rows inserted */
  insertEvents(rows: EventRow[]): Promise<number>;
  queryEvents(f?: EventFilter): Promise<EventRow[]>;
  countEvents(f?: EventFilter): Promise<number>;
  queryRelations(f?: { dyad?: [string, string]; country?: string; doc_id?: string; from?: string; to?: string; limit?: number }): Promise<RelationRow[]>;
  queryClaims(f?: { subject?: string; doc_id?: string; limit?: number }): Promise<ClaimRow[]>;

  /** events with both countries set, counted by dyad (and period, modality); backend-neutral aggregate for analytics */
  eventSeries(f: EventFilter, opts?: { by?: Period | null; directed?: boolean }): Promise<SeriesCell[]>;
  /** events touching each country (as source or target), by period: the media volume behind a dyad */
  countryVolume(f: EventFilter, opts?: { by?: Period | null }): Promise<VolumeCell[]>;

  addQuarantine(rows: QuarantineRow[]): Promise<void>;
  queryQuarantine(f?: { file?: string; limit?: number }): Promise<QuarantineRow[]>;

  /** load one event-data file in bulk (see import-spec.ts; src/imports builds the spec); idempotent by content hash and event id */
  bulkImport(spec: BulkImportSpec): Promise<BulkImportResult>;
  /** write the events matching a filter to a file; returns the rows written */
  exportEvents(f: EventFilter, opts: { format: ExportFormat; path: string }): Promise<number>;
}

export type ExportFormat = 'csv' | 'parquet' | 'jsonl';

export const EVENT_COLUMNS: Array<keyof EventRow> = [
  'id', 'origin', 'doc_id', 'ext_id', 'date', 'date_precision',
  'src_code', 'src_country', 'src_sector', 'src_org', 'src_text',
  'tgt_code', 'tgt_country', 'tgt_sector', 'tgt_org', 'tgt_text',
  'cameo', 'root', 'quad', 'goldstein', 'plover_type', 'plover_mode', 'modality',
  'sentence', 'span_start', 'span_end', 'quote', 'rule', 'url', 'mentions', 'dup_key', 'is_primary',
];
