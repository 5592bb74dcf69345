// realign brief: the alignment picture at a date, each line citing its evidence.
import { existsSync } from 'node:fs';
import { dbPath, EXIT, UsageError, type Command } from '../command.ts';
import { country } from './dyad.ts';

const cmd: Command = {
  name: 'brief',
  summary: 'the alignment picture at a date: which pairs are warming, cooling, friendly or hostile, and the evidence',
  usage: 'realign brief [--at DATE] [--focus PAK] [--window 365] [--json]',
  flags: [
    { name: 'at', type: 'string', description: 'the date (default: the latest evidence in the store)' },
    { name: 'focus', type: 'string', description: 'only pairs touching these countries (comma-separated codes)' },
    { name: 'window', type: 'string', description: 'days of evidence up to the date', default: '365' },
    { name: 'max', type: 'string', description: 'most pairs to list', default: '12' },
    { name: 'json', type: 'boolean', description: 'print JSON' },
  ],
  async run({ flags }, io) {
    if (flags.at != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(flags.at))) throw new UsageError('--at must be a date YYYY[-MM[-DD]]');
    const windowDays = Number(flags.window), maxDyads = Number(flags.max);
    if (!Number.isInteger(windowDays) || windowDays < 1 || !Number.isInteger(maxDyads) || maxDyads < 1) throw new UsageError('--window and --max must be whole numbers');
    const focus = flags.focus ? String(flags.focus).split(',').filter(Boolean).map((c) => country(c, '--focus')) : undefined;
    if (flags.at != null) {
      const { normaliseDate } = await import('../../analytics/periods.ts');
      try { normaliseDate(String(flags.at)); } catch (e) { throw new UsageError(`--at: ${(e as Error).message}`); }
    }
    const path = dbPath(flags);
    if (!existsSync(path)) { io.stderr.write(`realign brief: ${path}: no database there (ingest or import first, or give --db)\n`); return EXIT.error; }
    const { openStore } = await import('../open-store.ts');
    const { brief } = await import('../../analytics/queries.ts');
    const { briefText } = await import('../../analytics/report-text.ts');
    // writable: a large store builds its roll-ups on first use; a running server that owns the file answers instead
    const store = await openStore(flags, { stderr: io.stderr });
    try {
      const r = await brief(store, { at: flags.at as string | undefined, focus, windowDays, maxDyads });
      io.stdout.write(flags.json ? JSON.stringify(r) + '\n' : briefText(r));
      return EXIT.ok;
    } finally { await store.close(); }
  },
};
export default cmd;
