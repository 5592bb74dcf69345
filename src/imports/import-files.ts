// Importing event-data files: per file, hash it (the same content is imported once),
// unzip when needed, look at its head to pick the layout, and hand the store a bulk spec.
// A bad file gets a one-line error naming it; the other files go on.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BulkImportResult, BulkImportSpec } from '../store/import-spec.ts';
import type { Store } from '../store/store.ts';
import { fileKey } from './file-key.ts';
import { gdeltLayout, gdeltSpec, isGdeltHeader } from './gdelt.ts';
import { icewsSpec, isIcewsHeader } from './icews.ts';
import { cameoCodes } from './lookups.ts';
import { isPolecatHeader, polecatSpec } from './polecat.ts';
import { headText, sniffText, type Sniff } from './sniff.ts';
import type { SourceSpec } from './source.ts';
import { unzipEntry, zipEntries } from './unzip.ts';

export type ImportSource = 'gdelt' | 'icews' | 'polecat';
export const IMPORT_SOURCES: ImportSource[] = ['gdelt', 'icews', 'polecat'];

export interface FileImport extends BulkImportResult {
  origin: string | null;
  /** how the file's layout was read, when it needed fixing (e.g. a dropped row-number column) */
  note: string | null;
  /** the file could not be imported at all */
  error: string | null;
}

export interface ImportSummary {
  files: FileImport[];
  read: number; loaded: number; present: number; quarantined: number; duplicates: number;
  reasons: Record<string, number>;
  /** files that could not be imported */
  failed: number;
}

/** Import one file. Never throws for a bad file: the error is in the result. */
export async function importFile(store: Store, source: ImportSource, path: string): Promise<FileImport> {
  const empty: FileImport = { file: path, fileKey: '', read: 0, loaded: 0, present: 0, quarantined: 0, reasons: {}, skipped: false, duplicates: 0, origin: null, note: null, error: null };
  let tmp: string | null = null;
  try {
    if (!existsSync(path)) throw new Error('no such file');
    const key = await fileKey(path);
    let local = path;
    if (/\.zip$/i.test(path)) {
      tmp = mkdtempSync(join(tmpdir(), 'realign-import-'));
      const entry = zipEntries(path).find((e) => !e.name.endsWith('/'));
      if (!entry) throw new Error('empty zip archive');
      local = join(tmp, entry.name.split('/').pop()!.replace(/[^\w.-]/g, '_') || 'entry');
      await unzipEntry(path, local, entry.name);
    }
    const head = await headText(local);
    const { spec, sniff, note } = formatSpec(source, local, head, path);
    const full: BulkImportSpec = {
      kind: 'delimited', ...spec, path: local, file: path, fileKey: key,
      delimiter: sniff?.delimiter ?? '\t', quote: sniff?.quote ?? '',
      lookups: spec.lookups ?? {}, cameoCodes: cameoCodes(),
    };
    const r = await store.bulkImport(full);
    return { ...empty, ...r, origin: spec.origin, note };
  } catch (e) {
    return { ...empty, error: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** The spec for one file of a source, from the head of its (decompressed) text. */
export function formatSpec(source: ImportSource, local: string, head: string, name: string): { spec: SourceSpec; sniff: Sniff | null; note: string | null } {
  if (source === 'gdelt') {
    const sniff = sniffText(head, isGdeltHeader);
    if (!sniff.rows.length) throw new Error('no data rows');
    const layout = gdeltLayout(sniff, name);
    return { spec: gdeltSpec(layout, basename(name)), sniff, note: layout.note };
  }
  if (source === 'icews') {
    const sniff = sniffText(head, isIcewsHeader);
    return { spec: icewsSpec(sniff, basename(name)), sniff, note: null };
  }
  if (source === 'polecat') {
    if (/\.json(l)?(\.gz)?$/i.test(local) || head.trimStart().startsWith('{')) {
      const first = head.split(/\r?\n/).find((l) => l.trim());
      let keys: string[];
      try { keys = Object.keys(JSON.parse(first ?? '')); } catch { throw new Error('not a POLECAT JSON Lines export: the first line is not a JSON object'); }
      return { spec: polecatSpec({ header: keys }, basename(name), 'json'), sniff: null, note: null };
    }
    const sniff = sniffText(head, isPolecatHeader);
    return { spec: polecatSpec(sniff, basename(name)), sniff, note: null };
  }
  throw new Error(`unknown source "${source}" (${IMPORT_SOURCES.join(', ')})`);
}

const basename = (p: string) => p.split(/[\\/]/).pop() ?? p;

/** Import files one after another; the summary adds them up. */
export async function importFiles(store: Store, source: ImportSource, paths: string[], opts: { onFile?: (r: FileImport) => void } = {}): Promise<ImportSummary> {
  const s: ImportSummary = { files: [], read: 0, loaded: 0, present: 0, quarantined: 0, duplicates: 0, reasons: {}, failed: 0 };
  for (const p of paths) {
    const r = await importFile(store, source, p);
    s.files.push(r); opts.onFile?.(r);
    if (r.error) { s.failed++; continue; }
    s.read += r.read; s.loaded += r.loaded; s.present += r.present; s.quarantined += r.quarantined; s.duplicates += r.duplicates;
    for (const [k, v] of Object.entries(r.reasons)) s.reasons[k] = (s.reasons[k] ?? 0) + v;
  }
  return s;
}
