// realign export events: the events matching a filter as CSV, Parquet or JSON Lines (DuckDB COPY).
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { EXIT, UsageError, type Command } from '../command.ts';
import { filterFromFlags } from '../filters.ts';
import { missingDb, withStore } from '../run-report.ts';
import type { ExportFormat } from '../../store/store.ts';

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
    if (missingDb('export', flags, io)) return EXIT.error;
    let tmp: string | null = null;
    try {
      return await withStore(flags, io, async (store) => {
        const out = flags.out ? String(flags.out) : join((tmp = mkdtempSync(join(tmpdir(), 'realign-export-'))), `events.${format}`);
        const n = await store.exportEvents(f, { format, path: out });
        if (tmp) await pipeline(createReadStream(out), io.stdout, { end: false });
        else io.stderr.write(`realign export: ${n} events → ${out}\n`);
        return EXIT.ok;
      }, { readOnly: true });
    } finally {
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    }
  },
};
export default cmd;
