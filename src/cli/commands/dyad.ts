// realign dyad A B: one pair's series by period, with the alignment index.
import { existsSync } from 'node:fs';
import { dbPath, EXIT, UsageError, type Command } from '../command.ts';

export const country = (s: string | undefined, what: string) => {
  const c = (s ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) throw new UsageError(`${what} must be a 3-letter country code (ISO alpha-3), got "${s ?? ''}"`);
  return c;
};

const cmd: Command = {
  name: 'dyad',
  summary: 'a pair of countries over time: events by quad class, Goldstein, net cooperation, share of media volume, alignment index',
  usage: 'realign dyad <A> <B> [--by month] [--from DATE] [--to DATE] [--directed] [--json]',
  flags: [
    { name: 'by', type: 'string', description: 'period: day, week, month, quarter, year', default: 'month' },
    { name: 'from', type: 'string', description: 'first date (YYYY[-MM[-DD]])' },
    { name: 'to', type: 'string', description: 'last date (YYYY[-MM[-DD]])' },
    { name: 'directed', type: 'boolean', description: 'only events from A to B' },
    { name: 'primary-only', type: 'boolean', description: 'collapse duplicate reports of one happening' },
    { name: 'json', type: 'boolean', description: 'print JSON' },
  ],
  async run({ positionals, flags }, io) {
    const { isPeriod } = await import('../../analytics/periods.ts');
    if (positionals.length !== 2) throw new UsageError('give two country codes, e.g. realign dyad PAK RUS');
    const a = country(positionals[0], 'A'), b = country(positionals[1], 'B');
    if (!isPeriod(flags.by)) throw new UsageError(`--by must be day, week, month, quarter or year, got "${String(flags.by)}"`);
    const { normaliseDate } = await import('../../analytics/periods.ts');
    for (const k of ['from', 'to', 'since']) {
      if (flags[k] == null) continue;
      try { normaliseDate(String(flags[k])); } catch (e) { throw new UsageError(`--${k}: ${(e as Error).message}`); }
    }
    const path = dbPath(flags);
    if (!existsSync(path)) { io.stderr.write(`realign dyad: ${path}: no database there (ingest or import first, or give --db)\n`); return EXIT.error; }
    const { openStore } = await import('../open-store.ts');
    const { dyadReport } = await import('../../analytics/queries.ts');
    const { dyadText } = await import('../../analytics/report-text.ts');
    // writable: a large store builds its roll-ups on first use; a running server that owns the file answers instead
    const store = await openStore(flags, { stderr: io.stderr });
    try {
      const r = await dyadReport(store, { a, b, by: flags.by, from: flags.from as string | undefined, to: flags.to as string | undefined, directed: !!flags.directed, primaryOnly: !!flags['primary-only'] });
      io.stdout.write(flags.json ? JSON.stringify(r) + '\n' : dyadText(r));
      return EXIT.ok;
    } finally { await store.close(); }
  },
};
export default cmd;
