// Embedded DuckDB backend. One process owns a database file; a second process that
// tries to open it gets a StoreLockedError naming the owner when it can.
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { existsSync, readFileSync } from 'node:fs';
import type { Doc } from '../doc/types.ts';
import { docRows } from './rows.ts';
import { MIGRATIONS } from './schema.ts';
import {
  EVENT_COLUMNS, type ActorRow, type ClaimRow, type DocumentSummary, type EventFilter, type EventRow,
  type PutResult, type QuarantineRow, type RelationRow, type Store, type StoredDocument,
} from './store.ts';
import { eventWhere, type Where } from './where.ts';
import { bulkImport, exportEvents } from './duckdb-import.ts';
import type { BulkImportResult, BulkImportSpec } from './import-spec.ts';
import type { ExportFormat } from './store.ts';
import { buildRollup, countryVolume, eventSeries } from './duckdb-aggregate.ts';
import type { Period, SeriesCell, VolumeCell } from './store.ts';

export class StoreLockedError extends Error {
  constructor(public path: string, public owner: { pid?: number; url?: string } | null, cause?: unknown) {
    super(`${path}: the database is in use by another process${owner?.pid ? ` (pid ${owner.pid}${owner.url ? `, serving ${owner.url}` : ''})` : ''}; ` +
      `stop it, use its HTTP API, or choose another file with --db`, { cause });
  }
}

/** The side file a `realign serve` process writes next to the database it owns. */
export const ownerFile = (path: string) => `${path}.owner.json`;

type Row = Record<string, unknown>;

export class DuckDBStore implements Store {
  readonly backend = 'duckdb';
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private inst: DuckDBInstance, private con: DuckDBConnection, readonly path: string) {}

  static async open(path = ':memory:', opts: { readOnly?: boolean } = {}): Promise<DuckDBStore> {
    let inst: DuckDBInstance;
    try {
      inst = await DuckDBInstance.create(path, opts.readOnly ? { access_mode: 'READ_ONLY' } : {});
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      if (/lock/i.test(msg)) {
        let owner = null;
        try { if (existsSync(ownerFile(path))) owner = JSON.parse(readFileSync(ownerFile(path), 'utf8')); } catch { /* none */ }
        throw new StoreLockedError(path, owner, e);
      }
      throw new Error(`${path}: cannot open database: ${msg}`, { cause: e });
    }
    const con = await inst.connect();
    const s = new DuckDBStore(inst, con, path);
    if (!opts.readOnly) await s.migrate();
    return s;
  }

  /** run work one at a time on the connection (transactions must not interleave) */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.queue.then(fn, fn);
    this.queue = p.catch(() => undefined);
    return p;
  }

  /** raw SQL for code inside src/store and src/imports' DuckDB bulk path only */
  async all(sql: string, params: unknown[] = []): Promise<Row[]> {
    const r = await this.con.runAndReadAll(sql, params as DuckDBValue[]);
    return r.getRowObjectsJS() as Row[];
  }
  async exec(sql: string, params: unknown[] = []): Promise<void> {
    await this.con.run(sql, params.length ? (params as DuckDBValue[]) : undefined);
  }
  /** the connection, for bulk loaders that use DuckDB's own readers */
  connection(): DuckDBConnection { return this.con; }
  /** run fn inside one transaction on this store's connection */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.serial(async () => {
      await this.exec('BEGIN TRANSACTION');
      try { const r = await fn(); await this.exec('COMMIT'); return r; }
      catch (e) { await this.exec('ROLLBACK').catch(() => undefined); throw e; }
    });
  }

  async migrate(): Promise<void> {
    await this.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp)');
    const v = await this.schemaVersion();
    for (let i = v; i < MIGRATIONS.length; i++) {
      await this.transaction(async () => {
        for (const stmt of MIGRATIONS[i]!) await this.exec(stmt);
        await this.exec('INSERT INTO schema_version (version) VALUES (?)', [i + 1]);
      });
    }
  }

  async schemaVersion(): Promise<number> {
    const r = await this.all('SELECT max(version) AS v FROM schema_version');
    return Number(r[0]?.v ?? 0);
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    try { this.con.closeSync(); } catch { /* already closed */ }
    try { this.inst.closeSync(); } catch { /* already closed */ }
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.all('SELECT 1 FROM documents WHERE id = ?', [id])).length > 0;
  }

  async putDocument(doc: Doc): Promise<PutResult> {
    return this.transaction(async () => {
      if ((await this.all('SELECT 1 FROM documents WHERE id = ?', [doc.id])).length) return { id: doc.id, status: 'exists' as const };
      const m = doc.meta;
      await this.exec(
        `INSERT INTO documents (id, url, source, format, title, published, author, section, publisher, dateline, language, body, notes, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)`,
        [doc.id, m.url, m.source, m.format, m.title, m.published, m.author, m.section, m.publisher, m.dateline, m.language, doc.text, JSON.stringify(doc.notes)],
      );
      const rows = docRows(doc);
      await this.insertRows('actors', rows.actors as unknown as Row[]);
      await this.insertRows('events', rows.events as unknown as Row[], EVENT_COLUMNS as string[]);
      await this.insertRows('relations', rows.relations as unknown as Row[]);
      await this.insertRows('claims', rows.claims as unknown as Row[]);
      return { id: doc.id, status: 'inserted' as const };
    });
  }

  private async insertRows(table: string, rows: Row[], cols?: string[], ignoreExisting = false): Promise<void> {
    if (!rows.length) return;
    const columns = cols ?? Object.keys(rows[0]!);
    const quoted = columns.map((c) => `"${c}"`).join(', ');
    const per = Math.max(1, Math.floor(2000 / columns.length));
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const ph = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
      const params = chunk.flatMap((r) => columns.map((c) => (r[c] === undefined ? null : r[c])));
      await this.exec(`INSERT ${ignoreExisting ? 'OR IGNORE ' : ''}INTO ${table} (${quoted}) VALUES ${ph}`, params);
    }
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const d = await this.all(`${DOC_SELECT} WHERE d.id = ?`, [id]);
    if (!d.length) return null;
    const [actors, events, relations, claims] = await Promise.all([
      this.all('SELECT * FROM actors WHERE doc_id = ? ORDER BY start', [id]),
      this.queryEvents({ doc_id: id, limit: 100000 }),
      this.queryRelations({ doc_id: id, limit: 100000 }),
      this.queryClaims({ doc_id: id, limit: 100000 }),
    ]);
    const row = d[0]!;
    return {
      ...summary(row), body: String(row.body), notes: JSON.parse(String(row.notes ?? '[]')),
      actors: actors.map((a) => ({ ...a, start: Number(a.start), end: Number(a.end), sentence: Number(a.sentence) })) as unknown as ActorRow[],
      events, relations, claims,
    };
  }

  async listDocuments(opts: { limit?: number; offset?: number; q?: string } = {}): Promise<DocumentSummary[]> {
    const params: unknown[] = [];
    let where = '';
    if (opts.q) { where = 'WHERE lower(d.title) LIKE ? OR lower(d.body) LIKE ?'; params.push(`%${opts.q.toLowerCase()}%`, `%${opts.q.toLowerCase()}%`); }
    params.push(opts.limit ?? 100, opts.offset ?? 0);
    const rows = await this.all(`${DOC_SELECT} ${where} ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?`, params);
    return rows.map(summary);
  }

  async countDocuments(): Promise<number> {
    return Number((await this.all('SELECT count(*) AS n FROM documents'))[0]!.n);
  }

  async insertEvents(rows: EventRow[]): Promise<number> {
    if (!rows.length) return 0;
    return this.transaction(async () => {
      const before = Number((await this.all('SELECT count(*) AS n FROM events'))[0]!.n);
      await this.insertRows('events', rows as unknown as Row[], EVENT_COLUMNS as string[], true);
      const after = Number((await this.all('SELECT count(*) AS n FROM events'))[0]!.n);
      return after - before;
    });
  }

  async queryEvents(f: EventFilter = {}): Promise<EventRow[]> {
    const w = eventWhere(f);
    const rows = await this.all(`SELECT * FROM events ${w.sql} ORDER BY date, id LIMIT ? OFFSET ?`, [...w.params, f.limit ?? 1000, f.offset ?? 0]);
    return rows.map(eventFromRow);
  }

  async countEvents(f: EventFilter = {}): Promise<number> {
    const w: Where = eventWhere(f);
    return Number((await this.all(`SELECT count(*) AS n FROM events ${w.sql}`, w.params))[0]!.n);
  }

  async queryRelations(f: { dyad?: [string, string]; country?: string; doc_id?: string; from?: string; to?: string; limit?: number } = {}): Promise<RelationRow[]> {
    const c: string[] = []; const p: unknown[] = [];
    if (f.dyad) { c.push('((a = ? AND b = ?) OR (a = ? AND b = ?))'); p.push(f.dyad[0], f.dyad[1], f.dyad[1], f.dyad[0]); }
    if (f.country) { c.push('(a = ? OR b = ?)'); p.push(f.country, f.country); }
    if (f.doc_id) { c.push('doc_id = ?'); p.push(f.doc_id); }
    if (f.from) { c.push('date >= CAST(? AS DATE)'); p.push(f.from); }
    if (f.to) { c.push('date <= CAST(? AS DATE)'); p.push(f.to); }
    const rows = await this.all(`SELECT * FROM relations ${c.length ? 'WHERE ' + c.join(' AND ') : ''} ORDER BY date, id LIMIT ?`, [...p, f.limit ?? 1000]);
    return rows.map((r) => ({ ...r, strength: Number(r.strength), start: Number(r.start), end: Number(r.end), sentence: Number(r.sentence), date: dateStr(r.date), hedged: !!r.hedged })) as unknown as RelationRow[];
  }

  async queryClaims(f: { subject?: string; doc_id?: string; limit?: number } = {}): Promise<ClaimRow[]> {
    const c: string[] = []; const p: unknown[] = [];
    if (f.subject) { c.push('subject = ?'); p.push(f.subject); }
    if (f.doc_id) { c.push('doc_id = ?'); p.push(f.doc_id); }
    const rows = await this.all(`SELECT * FROM claims ${c.length ? 'WHERE ' + c.join(' AND ') : ''} ORDER BY doc_id, start LIMIT ?`, [...p, f.limit ?? 1000]);
    return rows.map((r) => ({ ...r, value: Number(r.value), start: Number(r.start), end: Number(r.end), sentence: Number(r.sentence), date: dateStr(r.date) })) as unknown as ClaimRow[];
  }

  eventSeries(f: EventFilter, opts: { by?: Period | null; directed?: boolean } = {}): Promise<SeriesCell[]> {
    return eventSeries(this, f, opts);
  }

  countryVolume(f: EventFilter, opts: { by?: Period | null } = {}): Promise<VolumeCell[]> {
    return countryVolume(this, f, opts);
  }

  /** rebuild the monthly roll-ups the analytics read on large stores (call after a big import; otherwise the first query does it) */
  refreshAggregates(): Promise<void> {
    return buildRollup(this);
  }

  async addQuarantine(rows: QuarantineRow[]): Promise<void> {
    if (!rows.length) return;
    await this.serial(() => this.insertRows('quarantine', rows as unknown as Row[]));
  }

  /** one file, one transaction: the whole file loads or none of it does */
  bulkImport(spec: BulkImportSpec): Promise<BulkImportResult> {
    return this.transaction(() => bulkImport(this, spec));
  }

  exportEvents(f: EventFilter, opts: { format: ExportFormat; path: string }): Promise<number> {
    return this.serial(() => exportEvents(this, eventWhere(f), opts));
  }

  async queryQuarantine(f: { file?: string; limit?: number } = {}): Promise<QuarantineRow[]> {
    const rows = await this.all(`SELECT * FROM quarantine ${f.file ? 'WHERE file = ?' : ''} ORDER BY file, line LIMIT ?`, f.file ? [f.file, f.limit ?? 1000] : [f.limit ?? 1000]);
    return rows.map((r) => ({ origin: String(r.origin), file: String(r.file), line: Number(r.line), reason: String(r.reason), raw: String(r.raw) }));
  }
}

const DOC_SELECT = `SELECT d.*, length(d.body) AS chars, (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS n_events FROM documents d`;

function dateStr(v: unknown): string | null {
  if (v == null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
}

function summary(r: Row): DocumentSummary {
  return {
    id: String(r.id), url: (r.url as string) ?? null, source: (r.source as string) ?? null, format: (r.format as string) ?? null,
    title: (r.title as string) ?? null, published: dateStr(r.published), author: (r.author as string) ?? null,
    section: (r.section as string) ?? null, publisher: (r.publisher as string) ?? null, dateline: (r.dateline as string) ?? null,
    language: (r.language as string) ?? null, ingested_at: r.ingested_at instanceof Date ? r.ingested_at.toISOString() : String(r.ingested_at),
    chars: Number(r.chars ?? 0), event_count: Number(r.n_events ?? 0),
  };
}

export function eventFromRow(r: Row): EventRow {
  const num = (v: unknown) => (v == null ? null : Number(v));
  return {
    ...(r as unknown as EventRow),
    date: dateStr(r.date) ?? '', quad: num(r.quad), goldstein: num(r.goldstein), sentence: num(r.sentence),
    span_start: num(r.span_start), span_end: num(r.span_end), mentions: Number(r.mentions ?? 1), is_primary: r.is_primary !== false,
  };
}
