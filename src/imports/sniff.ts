// A look at the head of a file before the bulk load: delimiter, quoting, header, and how
// many fields its first rows have — enough to pick a layout per file.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export interface Sniff {
  delimiter: '\t' | ',';
  /** comma files are read with " quoting; tab files (raw GDELT, ICEWS) without */
  quote: '"' | '';
  /** the header's fields when the first line is a header */
  header: string[] | null;
  /** the first data rows, split into fields */
  rows: string[][];
}

/** The first `bytes` of a file, decompressing .gz. */
export async function headText(path: string, bytes = 256 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  const src = createReadStream(path, { highWaterMark: 64 * 1024 });
  const stream = /\.gz$/i.test(path) ? src.pipe(createGunzip()) : src;
  try {
    for await (const c of stream) {
      chunks.push(c as Buffer); n += (c as Buffer).length;
      if (n >= bytes) break;
    }
  } catch (e) {
    if (!n) throw e; // a truncated gzip tail is fine for a look at the head
  } finally { src.destroy(); }
  return Buffer.concat(chunks).toString('utf8');
}

/** Split one CSV line with " quoting (doubled quotes inside). */
export function splitCsv(line: string, delim = ','): string[] {
  const out: string[] = [];
  let cur = '', q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (q) {
      if (ch === '"') { if (line[i + 1] === '"') { cur += '"'; i++; } else q = false; } else cur += ch;
    } else if (ch === '"' && cur === '') q = true;
    else if (ch === delim) { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

/** isHeader tells a header line from data by its first field. */
export function sniffText(text: string, isHeader: (fields: string[]) => boolean, maxRows = 50): Sniff {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1) lines.pop(); // the last line may be cut
  const nonEmpty = lines.filter((l) => l.trim() !== '').slice(0, maxRows + 1);
  const first = nonEmpty[0] ?? '';
  const delimiter = first.includes('\t') ? '\t' : ',';
  const quote = delimiter === ',' ? '"' : '';
  const split = (l: string) => (quote ? splitCsv(l, delimiter) : l.split(delimiter));
  const f0 = split(first);
  const header = nonEmpty.length && isHeader(f0) ? f0.map((s) => s.trim()) : null;
  return { delimiter, quote, header, rows: nonEmpty.slice(header ? 1 : 0, maxRows + 1).map(split) };
}

export async function sniffFile(path: string, isHeader: (fields: string[]) => boolean): Promise<Sniff> {
  return sniffText(await headText(path), isHeader);
}

/** The most common field count among rows. */
export function modalWidth(rows: string[][]): number {
  const c = new Map<number, number>();
  for (const r of rows) c.set(r.length, (c.get(r.length) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}
