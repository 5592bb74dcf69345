// realign export events: the events matching a filter as CSV, Parquet or JSON Lines (DuckDB COPY).
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { dbPath, EXIT, UsageError, type Command } from '../command.ts';
import type { EventFilter, ExportFormat } from '../../store/store.ts';

const code3 = (s: string, what: string) => {
  const c = s.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) throw new UsageError(`${what} must be a 3-letter country code, got "${s}"`);
  return c;
};
const date = (s: unknown, what: string) => {
  if (s == null) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(s))) throw new UsageError(`${what} must be a date YYYY[-MM[-DD]], got "${String(s)}"`);
  const v = String(s);
  return v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
};

/** The event filter from export's flags (the same filters as the queries). */
export function filterFromFlags(flags: Record<string, unknown>): EventFilter {
  const f: EventFilter = {};
  if (flags.dyad) {
    const p = String(flags.dyad).split(',');
    if (p.length !== 2) throw new UsageError(`--dyad takes two country codes, e.g. --dyad GEO,RUS`);
    f.dyad = [code3(p[0]!, '--dyad'), code3(p[1]!, '--dyad')];
  }
  if (flags.directed) f.directed = true;
  if (flags.country) f.country = code3(String(flags.country), '--country');
  if (flags.root) {
    if (!/^\d{1,2}$/.test(String(flags.root))) throw new UsageError(`--root must be a CAMEO root 01-20, got "${String(flags.root)}"`);
    f.root = String(flags.root).padStart(2, '0');
  }
  if (flags.quad) {
    const q = Number(flags.quad);
    if (![1, 2, 3, 4].includes(q)) throw new UsageError(`--quad must be 1-4, got "${String(flags.quad)}"`);
    f.quad = q;
  }
  if (flags.cameo) f.cameo = String(flags.cameo);
  const from = date(flags.from, '--from');
  if (from) f.from = from;
  if (date(flags.to, '--to')) f.to = String(flags.to).length === 10 ? String(flags.to) : endOf(String(flags.to));
  if (flags.origin) f.origin = String(flags.origin).split(',').map((s) => s.trim()).filter(Boolean);
  if (flags['primary-only']) f.primaryOnly = true;
  return f;
}

/** "2012" → 2012-12-31, "2012-02" → 2012-02-29 */
function endOf(v: string): string {
  if (v.length === 4) return `${v}-12-31`;
  const [y, m] = v.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

const cmd: Command = {
  name: 'export',
  summary: 'write events (coded and imported) to CSV, Parquet or JSON Lines, with the same filters as the queries',
  usage: 'realign export events [--format csv|parquet|jsonl] [--out FILE] [--dyad A,B] [--country C] [--root R] [--quad Q] [--from DATE] [--to DATE] [--origin O]',
  flags: [
    { name: 'format', type: 'string', description: 'csv, parquet or jsonl', default: 'csv' },
    { name: 'out', type: 'string', description: 'output file (default: standard output; parquet needs a file)' },
    { name: 'dyad', type: 'string', description: 'two countries, e.g. GEO,RUS (either direction unless --directed)' },
    { name: 'directed', type: 'boolean', description: 'with --dyad: only from the first to the second' },
    { name: 'country', type: 'string', description: 'events touching this country' },
    { name: 'root', type: 'string', description: 'CAMEO root code (01-20)' },
    { name: 'cameo', type: 'string', description: 'CAMEO code' },
    { name: 'quad', type: 'string', description: 'quad class 1-4' },
    { name: 'from', type: 'string', description: 'first date YYYY[-MM[-DD]]' },
    { name: 'to', type: 'string', description: 'last date YYYY[-MM[-DD]]' },
    { name: 'origin', type: 'string', description: 'realign, gdelt1, gdelt2, icews, polecat (comma-separated)' },
    { name: 'primary-only', type: 'boolean', description: 'one event per duplicate key' },
  ],
  async run({ positionals, flags }, io) {
    if (positionals[0] !== 'events' || positionals.length !== 1) throw new UsageError('what to export: "events" (realign export events ...)');
    const format = String(flags.format) as ExportFormat;
    if (!['csv', 'parquet', 'jsonl'].includes(format)) throw new UsageError(`--format must be csv, parquet or jsonl, got "${format}"`);
    if (format === 'parquet' && !flags.out) throw new UsageError('parquet needs --out FILE');
    const f = filterFromFlags(flags);
    const path = dbPath(flags);
    if (!existsSync(path)) { io.stderr.write(`realign export: ${path}: no database there (ingest or import first, or give --db)\n`); return EXIT.error; }
    const { openStore } = await import('../open-store.ts');
    const store = await openStore(flags, { readOnly: true, stderr: io.stderr });
    let tmp: string | null = null;
    try {
      const out = flags.out ? String(flags.out) : join((tmp = mkdtempSync(join(tmpdir(), 'realign-export-'))), `events.${format}`);
      const n = await store.exportEvents(f, { format, path: out });
      if (tmp) await pipeline(createReadStream(out), io.stdout, { end: false });
      else io.stderr.write(`realign export: ${n} events → ${out}\n`);
      return EXIT.ok;
    } finally {
      await store.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    }
  },
};
export default cmd;
