// Generic loader for versioned data files: a folder with manifest.json (name, version,
// date, source) and JSON Lines files. Each row is validated; an error quotes the file,
// the line and the bad row.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Manifest { name: string; version: string; date: string; source: string; files?: Record<string, string> }

export class DataError extends Error {
  constructor(public file: string, public line: number | null, public row: string | null, reason: string) {
    super(`${file}${line != null ? `:${line}` : ''}: ${reason}${row != null ? ` — in: ${row.length > 200 ? row.slice(0, 200) + '…' : row}` : ''}`);
  }
}

/** The project's data/ folder. */
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');
export const dataPath = (...p: string[]) => join(DATA_DIR, ...p);

export function readManifest(dir: string): Manifest {
  const file = join(dir, 'manifest.json');
  let m: unknown;
  try { m = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { throw new DataError(file, null, null, `cannot read manifest: ${(e as Error).message}`); }
  const o = m as Record<string, unknown>;
  for (const k of ['name', 'version', 'date', 'source']) if (typeof o[k] !== 'string' || !o[k]) throw new DataError(file, null, null, `manifest needs a non-empty "${k}"`);
  return o as unknown as Manifest;
}

/** A validator returns the reason a row is bad, or null when it is fine. */
export type Validate<T> = (row: T) => string | null;

/** Read a JSON Lines file; blank lines and lines starting with // are skipped. */
export function loadJsonl<T>(file: string, validate?: Validate<T>, text?: string): T[] {
  const src = text ?? readFileSync(file, 'utf8');
  const out: T[] = [];
  const lines = src.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('//')) continue;
    let row: T;
    try { row = JSON.parse(line) as T; } catch (e) { throw new DataError(file, i + 1, line, `not valid JSON (${(e as Error).message})`); }
    const why = validate?.(row);
    if (why) throw new DataError(file, i + 1, line, why);
    out.push(row);
  }
  return out;
}

/** Small helpers for validators. */
export const need = {
  string: (o: Record<string, unknown>, k: string) => (typeof o[k] === 'string' && o[k] !== '' ? null : `"${k}" must be a non-empty string`),
  strings: (o: Record<string, unknown>, k: string) => (Array.isArray(o[k]) && (o[k] as unknown[]).every((x) => typeof x === 'string') ? null : `"${k}" must be a list of strings`),
  date: (o: Record<string, unknown>, k: string, optional = false) =>
    (o[k] == null && optional) || (typeof o[k] === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(o[k] as string)) ? null : `"${k}" must be a date YYYY[-MM[-DD]]`,
};

/** First failing check's reason, or null. */
export const firstError = (...checks: Array<string | null>) => checks.find((c) => c) ?? null;
