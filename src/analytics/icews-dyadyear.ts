// Reader for ICEWS directed dyad-year quad-class counts (the netify extract: columns
// source_iso3, target_iso3, year, verbCoop, matlCoop, verbConf, matlConf). These are
// not event rows: each line becomes one aggregate cell, the same shape store.eventSeries
// returns, so the analytics run on it unchanged. Bad lines are reported, the rest loads.
import { readFileSync } from 'node:fs';
import type { SeriesCell } from '../store/store.ts';

export interface LoadResult { cells: SeriesCell[]; errors: string[] }

const NEED = ['source_iso3', 'target_iso3', 'year', 'verbCoop', 'matlCoop', 'verbConf', 'matlConf'];

export function parseDyadYearCsv(text: string, file = '<input>'): LoadResult {
  const lines = text.split(/\r?\n/);
  const head = (lines[0] ?? '').split(',').map((s) => s.trim());
  const idx = NEED.map((k) => head.indexOf(k));
  const missing = NEED.filter((_, i) => idx[i]! < 0);
  if (missing.length) throw new Error(`${file}:1: header lacks ${missing.join(', ')}`);
  const cells: SeriesCell[] = [];
  const errors: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const f = line.split(',');
    const [src, tgt, year, q1, q2, q3, q4] = idx.map((j) => (f[j] ?? '').trim());
    const qs = [q1, q2, q3, q4].map(Number);
    const why = !/^[A-Z]{3}$/.test(src!) || !/^[A-Z]{3}$/.test(tgt!) ? 'country codes must be ISO alpha-3'
      : !/^\d{4}$/.test(year!) ? 'year must be 4 digits'
      : qs.some((q) => !Number.isInteger(q) || q < 0) ? 'counts must be whole numbers >= 0' : null;
    if (why) { errors.push(`${file}:${i + 1}: ${why} — in: ${line.slice(0, 120)}`); continue; }
    cells.push({
      period: `${year}-01-01`, src: src!, tgt: tgt!, modality: 'asserted',
      n: qs[0]! + qs[1]! + qs[2]! + qs[3]!, q1: qs[0]!, q2: qs[1]!, q3: qs[2]!, q4: qs[3]!,
      goldstein_sum: 0, goldstein_n: 0, mentions: 0,
    });
  }
  return { cells, errors };
}

export function loadDyadYearCsv(file: string): LoadResult {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new Error(`${file}: cannot read: ${(e as Error).message}`); }
  return parseDyadYearCsv(text, file);
}

/** Fold directed cells into undirected ones (a < b), summing both directions. */
export function undirected(cells: SeriesCell[]): SeriesCell[] {
  const m = new Map<string, SeriesCell>();
  for (const c of cells) {
    const [a, b] = c.src <= c.tgt ? [c.src, c.tgt] : [c.tgt, c.src];
    const k = `${c.period}|${a}|${b}|${c.modality}`;
    const o = m.get(k);
    if (!o) { m.set(k, { ...c, src: a, tgt: b }); continue; }
    o.n += c.n; o.q1 += c.q1; o.q2 += c.q2; o.q3 += c.q3; o.q4 += c.q4;
    o.goldstein_sum += c.goldstein_sum; o.goldstein_n += c.goldstein_n; o.mentions += c.mentions;
  }
  return [...m.values()];
}
