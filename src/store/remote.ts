// A Store over a running `realign serve`: the process that owns a database file answers
// the read methods through its HTTP API (GET /api/store/*, one route per method), so a
// CLI command can read the file while the server holds it. Writes go through the server
// only as ingest (POST /api/ingest with the server's token); every other write method
// throws ServerOwnsStoreError, which the CLI reports with exit code 4.
import type { Doc } from '../doc/types.ts';
import type { IngestResult } from '../server/ingest.ts';
import {
  encodeEventFilter, encodeFlat, encodeRelationFilter, encodeSeriesOptions, type ClaimFilter, type DocumentList, type QuarantineFilter, type RelationFilter,
} from '../server/store-query.ts';
import { StoreLockedError } from './duckdb.ts';
import type { BulkImportResult, BulkImportSpec } from './import-spec.ts';
import type {
  ClaimRow, DocumentSummary, EventFilter, EventRow, ExportFormat, Period, PutResult, QuarantineRow, RelationRow, SeriesCell, Store, StoredDocument, VolumeCell,
} from './store.ts';

/** A write was asked of a database that a running `realign serve` owns. */
export class ServerOwnsStoreError extends StoreLockedError {
  constructor(path: string, public url: string, pid?: number) {
    super(path, { pid, url });
    this.message = `${path}: the database is owned by realign serve at ${url}${pid ? ` (pid ${pid})` : ''}; ingest through it with --token, or stop it`;
  }
}

export interface RemoteStoreOptions {
  /** the database file the server owns (for messages) */
  path?: string;
  pid?: number;
  /** how requests are made (tests route them to an in-process app) */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
  /** per request, in milliseconds (default 120 s: a large aggregate can take a while) */
  timeoutMs?: number;
}

/** What POST /api/ingest answers. */
export interface IngestReply { results: IngestResult[]; ok: number; failed: number }

/** One upload: a named file's bytes, or a URL for the server to fetch. */
export type UploadInput = { name: string; bytes: Uint8Array; contentType?: string } | { url: string };

export class RemoteStore implements Store {
  readonly backend = 'remote';
  readonly url: string;
  readonly path: string;
  readonly pid: number | undefined;
  readonly #fetch: (url: string, init?: RequestInit) => Promise<Response>;
  readonly #timeoutMs: number;

  constructor(url: string, o: RemoteStoreOptions = {}) {
    this.url = url.replace(/\/+$/, '');
    this.path = o.path ?? this.url;
    this.pid = o.pid;
    this.#fetch = o.fetch ?? ((u, init) => fetch(u, init));
    this.#timeoutMs = o.timeoutMs ?? 120_000;
  }

  async #request(path: string, init: RequestInit = {}): Promise<Response> {
    const u = `${this.url}${path}`;
    let res: Response;
    try {
      res = await this.#fetch(u, { ...init, signal: AbortSignal.timeout(this.#timeoutMs) });
    } catch (e) {
      throw new Error(`the realign server at ${this.url} did not answer ${path.split('?')[0]}: ${(e as Error).message}`, { cause: e });
    }
    return res;
  }

  async #get<T>(method: string, params?: URLSearchParams): Promise<T> {
    const qs = params?.toString();
    const res = await this.#request(`/api/store/${method}${qs ? `?${qs}` : ''}`);
    const text = await res.text();
    let body: unknown;
    try { body = JSON.parse(text); } catch { throw new Error(`the realign server at ${this.url} sent something that is not JSON for ${method} (HTTP ${res.status})`); }
    if (!res.ok) throw new Error(`the realign server at ${this.url} refused ${method}: ${(body as { error?: string })?.error ?? `HTTP ${res.status}`}`);
    return body as T;
  }

  #owned(): never {
    throw new ServerOwnsStoreError(this.path, this.url, this.pid);
  }

  /** the server keeps the schema */
  async migrate(): Promise<void> { /* the owning server migrated the database when it opened it */ }
  async close(): Promise<void> { /* nothing held: every call is one request */ }
  schemaVersion(): Promise<number> { return this.#get('schema-version'); }

  hasDocument(id: string): Promise<boolean> { return this.#get('has-document', encodeFlat({ id })); }
  getDocument(id: string): Promise<StoredDocument | null> { return this.#get('document', encodeFlat({ id })); }
  listDocuments(opts: DocumentList = {}): Promise<DocumentSummary[]> { return this.#get('documents', encodeFlat(opts)); }
  countDocuments(): Promise<number> { return this.#get('document-count'); }

  queryEvents(f: EventFilter = {}): Promise<EventRow[]> { return this.#get('events', encodeEventFilter(f)); }
  countEvents(f: EventFilter = {}): Promise<number> { return this.#get('event-count', encodeEventFilter(f)); }
  queryRelations(f: RelationFilter = {}): Promise<RelationRow[]> { return this.#get('relations', encodeRelationFilter(f)); }
  queryClaims(f: ClaimFilter = {}): Promise<ClaimRow[]> { return this.#get('claims', encodeFlat(f)); }
  queryQuarantine(f: QuarantineFilter = {}): Promise<QuarantineRow[]> { return this.#get('quarantine', encodeFlat(f)); }

  eventSeries(f: EventFilter, opts: { by?: Period | null; directed?: boolean } = {}): Promise<SeriesCell[]> {
    return this.#get('event-series', encodeSeriesOptions(opts, encodeEventFilter(f)));
  }
  countryVolume(f: EventFilter, opts: { by?: Period | null } = {}): Promise<VolumeCell[]> {
    return this.#get('country-volume', encodeSeriesOptions({ by: opts.by }, encodeEventFilter(f)));
  }

  /** Write the matching events to a file: read them in pages and let an in-memory DuckDB write the format. */
  async exportEvents(f: EventFilter, opts: { format: ExportFormat; path: string }): Promise<number> {
    const { DuckDBStore } = await import('./duckdb.ts');
    const mem = await DuckDBStore.open(':memory:');
    try {
      const { limit: _l, offset: _o, ...filter } = f;
      const page = 20_000;
      for (let offset = 0; ; offset += page) {
        const rows = await this.queryEvents({ ...filter, limit: page, offset });
        await mem.insertEvents(rows);
        if (rows.length < page) break;
      }
      return await mem.exportEvents(filter, opts);
    } finally { await mem.close(); }
  }

  async putDocument(_doc: Doc): Promise<PutResult> { return this.#owned(); }
  async insertEvents(_rows: EventRow[]): Promise<number> { return this.#owned(); }
  async addQuarantine(_rows: QuarantineRow[]): Promise<void> { return this.#owned(); }
  async bulkImport(_spec: BulkImportSpec): Promise<BulkImportResult> { return this.#owned(); }

  /**
   * Send articles to the server's ingest (POST /api/ingest, needs the token it was started
   * with): files go in batches within the server's limits, URLs one at a time; the answer
   * is the server's results, one per input.
   */
  async ingest(inputs: UploadInput[], token: string, limits = { files: 20, requestBytes: 24 * 1024 * 1024 }): Promise<IngestResult[]> {
    const out: IngestResult[] = [];
    const send = async (init: RequestInit, names: string[]) => {
      const res = await this.#request('/api/ingest', { ...init, method: 'POST', headers: { ...(init.headers as Record<string, string> ?? {}), authorization: `Bearer ${token}` } });
      const body = await res.json().catch(() => null) as (IngestReply & { error?: string }) | null;
      if (res.status === 401 || res.status === 403) throw new Error(`the realign server at ${this.url} refused the upload: ${body?.error ?? `HTTP ${res.status}`}`);
      if (!res.ok || !body?.results) { for (const name of names) out.push({ name, ok: false, error: body?.error ?? `HTTP ${res.status}` }); return; }
      out.push(...body.results);
    };
    let batch: Array<{ name: string; bytes: Uint8Array; contentType?: string }> = [];
    let bytes = 0;
    const flush = async () => {
      if (!batch.length) return;
      const form = new FormData();
      for (const f of batch) form.append('file', new File([f.bytes as BlobPart], f.name, { type: f.contentType ?? 'application/octet-stream' }));
      const names = batch.map((f) => f.name);
      batch = []; bytes = 0;
      await send({ body: form }, names);
    };
    for (const i of inputs) {
      if ('url' in i) {
        await flush();
        await send({ body: JSON.stringify({ url: i.url }), headers: { 'content-type': 'application/json' } }, [i.url]);
        continue;
      }
      if (batch.length >= limits.files || (batch.length && bytes + i.bytes.length > limits.requestBytes)) await flush();
      batch.push(i);
      bytes += i.bytes.length;
    }
    await flush();
    return out;
  }
}
