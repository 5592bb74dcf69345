// Download GDELT's official files for a date range: 1.0 daily event files
// (YYYYMMDD.export.CSV.zip) or 2.0 15-minute files listed in masterfilelist.txt (size,
// md5, URL per line). Resumable: complete files are skipped, partial downloads live in
// .part files and continue with a Range request; sizes and checksums are checked where
// the list gives them (1.0: the md5sums file, when the server has one).
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebStream } from 'node:stream/web';
import { fileMd5 } from './file-key.ts';

export const GDELT1_BASE = 'http://data.gdeltproject.org/events/';
export const GDELT2_BASE = 'http://data.gdeltproject.org/gdeltv2/';

export interface FetchOptions {
  from: string; to: string; version?: 1 | 2; out: string;
  /** where the files are (default: GDELT's server for the version) */
  base?: string;
  /** 2.0: also the mentions files */
  mentions?: boolean;
  log?: (line: string) => void;
}
export interface Wanted { url: string; name: string; size: number | null; md5: string | null }
export interface Fetched extends Wanted { path: string; status: 'downloaded' | 'resumed' | 'present' | 'missing' | 'failed'; error?: string }

const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
function days(from: string, to: string): string[] {
  const a = new Date(`${from}T00:00:00Z`), b = new Date(`${to}T00:00:00Z`);
  if (isNaN(+a) || isNaN(+b)) throw new Error(`dates must be YYYY-MM-DD (got ${from}, ${to})`);
  if (a > b) throw new Error(`--from ${from} is after --to ${to}`);
  const out: string[] = [];
  for (let d = a; d <= b; d = new Date(+d + 86400000)) out.push(ymd(d));
  return out;
}
const slash = (s: string) => (s.endsWith('/') ? s : s + '/');

/** "size md5 url" lines (masterfilelist.txt) or "md5  name" lines (md5sums) → by file name */
export function parseList(text: string): Map<string, { size: number | null; md5: string | null; url: string | null }> {
  const m = new Map<string, { size: number | null; md5: string | null; url: string | null }>();
  for (const line of text.split(/\r?\n/)) {
    const p = line.trim().split(/\s+/);
    if (p.length >= 3 && /^\d+$/.test(p[0]!) && /^[0-9a-f]{32}$/i.test(p[1]!)) m.set(p[2]!.split('/').pop()!, { size: Number(p[0]), md5: p[1]!.toLowerCase(), url: p[2]! });
    else if (p.length === 2 && /^[0-9a-f]{32}$/i.test(p[0]!)) m.set(p[1]!.split('/').pop()!, { size: null, md5: p[0]!.toLowerCase(), url: null });
  }
  return m;
}

async function getText(url: string): Promise<string | null> {
  const r = await fetch(url);
  if (r.status === 404) return null;
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
}

/** The files a range needs. */
export async function gdeltFileList(o: FetchOptions): Promise<Wanted[]> {
  const v = o.version ?? 1;
  const base = slash(o.base ?? (v === 1 ? GDELT1_BASE : GDELT2_BASE));
  const range = days(o.from, o.to);
  if (v === 1) {
    const sums = await getText(`${base}md5sums`).catch(() => null);
    const list = sums ? parseList(sums) : new Map();
    return range.map((d) => {
      const name = `${d}.export.CSV.zip`;
      return { url: base + name, name, size: null, md5: list.get(name)?.md5 ?? null };
    });
  }
  const master = await getText(`${base}masterfilelist.txt`);
  if (master == null) throw new Error(`${base}masterfilelist.txt: not found`);
  const first = range[0]!, last = range[range.length - 1]!;
  const out: Wanted[] = [];
  for (const [name, e] of parseList(master)) {
    const m = /^(\d{8})\d{6}\.(export|mentions)\.CSV\.zip$/i.exec(name);
    if (!m || m[1]! < first || m[1]! > last) continue;
    if (m[2]!.toLowerCase() === 'mentions' && !o.mentions) continue;
    // with another base (a mirror, a test server) the file is fetched from there
    out.push({ url: o.base ? base + name : e.url ?? base + name, name, size: e.size, md5: e.md5 });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

async function verify(path: string, w: Wanted): Promise<string | null> {
  if (w.size != null && statSync(path).size !== w.size) return `size ${statSync(path).size} ≠ expected ${w.size}`;
  if (w.md5 && (await fileMd5(path)) !== w.md5) return 'md5 checksum mismatch';
  return null;
}

async function download(w: Wanted, dest: string): Promise<Fetched['status']> {
  const part = `${dest}.part`;
  const have = existsSync(part) ? statSync(part).size : 0;
  const r = await fetch(w.url, have ? { headers: { Range: `bytes=${have}-` } } : {});
  if (r.status === 404) return 'missing';
  if (r.status === 416 && have) { renameSync(part, dest); return 'resumed'; }
  if (!r.ok || !r.body) throw new Error(`HTTP ${r.status}`);
  const resumed = have > 0 && r.status === 206;
  await pipeline(Readable.fromWeb(r.body as unknown as WebStream), createWriteStream(part, { flags: resumed ? 'a' : 'w' }));
  renameSync(part, dest);
  return resumed ? 'resumed' : 'downloaded';
}

/** Fetch the files of a range into o.out; one bad file does not stop the others. */
export async function fetchGdelt(o: FetchOptions): Promise<Fetched[]> {
  mkdirSync(o.out, { recursive: true });
  const out: Fetched[] = [];
  for (const w of await gdeltFileList(o)) {
    const path = join(o.out, w.name);
    let status: Fetched['status'];
    let error: string | undefined;
    try {
      if (existsSync(path) && !(await verify(path, w))) status = 'present';
      else {
        if (existsSync(path)) rmSync(path);
        status = await download(w, path);
        const bad = status === 'missing' ? null : await verify(path, w);
        if (bad) { rmSync(path, { force: true }); status = 'failed'; error = bad; }
      }
    } catch (e) {
      status = 'failed'; error = e instanceof Error ? e.message : String(e);
    }
    const f: Fetched = { ...w, path, status, ...(error ? { error } : {}) };
    o.log?.(`${w.name}: ${status}${error ? ` (${error})` : ''}`);
    out.push(f);
  }
  return out;
}
