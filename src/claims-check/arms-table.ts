// A table of arms transfers: supplier, recipient, year, TIV (SIPRI trend-indicator values).
// Reads CSV in the shapes SIPRI data comes in: a plain table with a header
// (supplier, recipient, year or delivery_year, a TIV column), or SIPRI's trade register
// (preamble lines, then a header with "Supplier", "Recipient", "Delivery year",
// "TIV delivery values"; lines may end with ';'). Countries may be names or ISO codes;
// names are mapped to ISO codes (unknown names such as "unknown supplier(s)" are kept
// as they are: they count in world totals).
import { readFileSync } from 'node:fs';
import { isoOf } from '../stages/claims/countries.ts';

export interface Transfer { supplier: string; recipient: string; year: number; tiv: number }
export interface ArmsTable { file: string; rows: Transfer[]; errors: string[] }

/** Split one CSV line (double quotes, "" escapes). */
export function csvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out.map((x) => x.trim());
}

const norm = (h: string) => h.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

function columns(header: string[]): { s: number; r: number; y: number; t: number } | null {
  const h = header.map(norm);
  const s = h.findIndex((x) => x === 'supplier' || x === 'exporter' || x === 'seller');
  const r = h.findIndex((x) => x === 'recipient' || x === 'importer' || x === 'buyer');
  const y = [h.findIndex((x) => x === 'delivery year'), h.findIndex((x) => x === 'year'), h.findIndex((x) => /year/.test(x) && !/order|estimate/.test(x))].find((i) => i >= 0) ?? -1;
  const t = [h.findIndex((x) => /tiv.*deliver/.test(x)), h.findIndex((x) => x === 'tiv'), h.findIndex((x) => /tiv/.test(x) && !/unit/.test(x))].find((i) => i >= 0) ?? -1;
  return s >= 0 && r >= 0 && y >= 0 && t >= 0 ? { s, r, y, t } : null;
}

const country = (x: string) => isoOf(x) ?? x;

/** Parse CSV text into transfers; bad rows are reported in `errors` (file:line: reason) and skipped. */
export function parseArmsTable(text: string, file = '<arms table>'): ArmsTable {
  const lines = text.split(/\r?\n/);
  const rows: Transfer[] = [];
  const errors: string[] = [];
  let cols: ReturnType<typeof columns> = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/;\s*$/, '');
    if (!line.trim()) continue;
    const cells = csvLine(line);
    if (!cols) { cols = columns(cells); continue; }
    const tivCell = cells[cols.t] ?? '';
    const tiv = tivCell === '' ? 0 : Number(tivCell.replace(/,/g, ''));
    const year = Number(cells[cols.y]);
    if (!cells[cols.s] || !cells[cols.r]) { errors.push(`${file}:${i + 1}: supplier or recipient missing`); continue; }
    if (!Number.isInteger(year) || year < 1900 || year > 2200) { errors.push(`${file}:${i + 1}: year "${cells[cols.y] ?? ''}" is not a year`); continue; }
    if (!Number.isFinite(tiv) || tiv < 0) { errors.push(`${file}:${i + 1}: TIV "${tivCell}" is not a number`); continue; }
    rows.push({ supplier: country(cells[cols.s]!), recipient: country(cells[cols.r]!), year, tiv });
  }
  if (!cols) throw new Error(`${file}: no header with supplier, recipient, year and TIV columns`);
  return { file, rows, errors };
}

export function readArmsTable(file: string): ArmsTable {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new Error(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`); }
  return parseArmsTable(text, file);
}

const sum = (rows: Transfer[], f: (t: Transfer) => boolean) => rows.reduce((a, t) => (f(t) ? a + t.tiv : a), 0);
const inYears = (from: number, to: number) => (t: Transfer) => t.year >= from && t.year <= to;

/** Percent of world deliveries made by `supplier` in [from, to]; null when the table has none then. */
export function supplierShare(t: ArmsTable, supplier: string, from: number, to: number): number | null {
  const yr = inYears(from, to);
  const world = sum(t.rows, yr);
  return world > 0 ? (100 * sum(t.rows, (x) => yr(x) && x.supplier === supplier)) / world : null;
}

/** Percent of world deliveries received by `recipient` in [from, to]. */
export function recipientShare(t: ArmsTable, recipient: string, from: number, to: number): number | null {
  const yr = inYears(from, to);
  const world = sum(t.rows, yr);
  return world > 0 ? (100 * sum(t.rows, (x) => yr(x) && x.recipient === recipient)) / world : null;
}

/** Percent of `supplier`'s deliveries that went to `recipient` in [from, to]. */
export function shareOfSupplierExports(t: ArmsTable, supplier: string, recipient: string, from: number, to: number): number | null {
  const yr = inYears(from, to);
  const all = sum(t.rows, (x) => yr(x) && x.supplier === supplier);
  return all > 0 ? (100 * sum(t.rows, (x) => yr(x) && x.supplier === supplier && x.recipient === recipient)) / all : null;
}

/** Percent of `recipient`'s imports that came from `supplier` in [from, to]. */
export function shareOfRecipientImports(t: ArmsTable, supplier: string, recipient: string, from: number, to: number): number | null {
  const yr = inYears(from, to);
  const all = sum(t.rows, (x) => yr(x) && x.recipient === recipient);
  return all > 0 ? (100 * sum(t.rows, (x) => yr(x) && x.supplier === supplier && x.recipient === recipient)) / all : null;
}
