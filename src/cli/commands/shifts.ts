// realign shifts: change points in every dyad's series, strongest first, with their events.
import { existsSync } from 'node:fs';
import { dbPath, EXIT, UsageError, type Command } from '../command.ts';
import { country } from './dyad.ts';

const cmd: Command = {
  name: 'shifts',
  summary: 'turns in relations: change points in each pair\'s series, ranked by size and confidence, with the events behind them',
  usage: 'realign shifts [--since DATE] [--countries PAK,RUS] [--by month] [--method bocpd|pelt] [--all] [--json]',
  flags: [
    { name: 'since', type: 'string', description: 'first date (YYYY[-MM[-DD]])' },
    { name: 'to', type: 'string', description: 'last date' },
    { name: 'countries', type: 'string', description: 'only pairs touching these (comma-separated codes)' },
    { name: 'by', type: 'string', description: 'period: day, week, month, quarter, year', default: 'month' },
    { name: 'min-events', type: 'string', description: 'skip pairs with fewer events', default: '10' },
    { name: 'limit', type: 'string', description: 'how many shifts to list', default: '20' },
    { name: 'all', type: 'boolean', description: 'list change points that are not flagged too' },
    { name: 'primary-only', type: 'boolean', description: 'collapse duplicate reports of one happening' },
    { name: 'method', type: 'string', description: 'change-point method: bocpd (shifts.bocpd.v1, Bayesian, the default) or pelt (shifts.pelt.v1)', default: 'bocpd' },
    { name: 'json', type: 'boolean', description: 'print JSON' },
  ],
  async run({ flags }, io) {
    const { isPeriod } = await import('../../analytics/periods.ts');
    if (!isPeriod(flags.by)) throw new UsageError(`--by must be day, week, month, quarter or year, got "${String(flags.by)}"`);
    const { isShiftMethod } = await import('../../analytics/shifts.ts');
    if (!isShiftMethod(flags.method)) throw new UsageError(`--method must be pelt or bocpd, got "${String(flags.method)}"`);
    const method = flags.method;
    const countries = flags.countries ? String(flags.countries).split(',').filter(Boolean).map((c) => country(c, '--countries')) : undefined;
    const minEvents = Number(flags['min-events']), limit = Number(flags.limit);
    if (!Number.isFinite(minEvents) || !Number.isInteger(limit) || limit < 1) throw new UsageError('--min-events and --limit must be numbers');
    const { normaliseDate } = await import('../../analytics/periods.ts');
    for (const k of ['from', 'to', 'since']) {
      if (flags[k] == null) continue;
      try { normaliseDate(String(flags[k])); } catch (e) { throw new UsageError(`--${k}: ${(e as Error).message}`); }
    }
    const path = dbPath(flags);
    if (!existsSync(path)) { io.stderr.write(`realign shifts: ${path}: no database there (ingest or import first, or give --db)\n`); return EXIT.error; }
    const { openStore } = await import('../open-store.ts');
    const { shiftsReport } = await import('../../analytics/queries.ts');
    const { shiftsText } = await import('../../analytics/shifts-text.ts');
    // writable: a large store builds its roll-ups on first use; a running server that owns the file answers instead
    const store = await openStore(flags, { stderr: io.stderr });
    try {
      const r = await shiftsReport(store, { since: flags.since as string | undefined, to: flags.to as string | undefined, countries, by: flags.by, minEvents, limit, all: !!flags.all, primaryOnly: !!flags['primary-only'], method });
      io.stdout.write(flags.json ? JSON.stringify(r) + '\n' : shiftsText(r));
      return EXIT.ok;
    } finally { await store.close(); }
  },
};
export default cmd;
