// realign network --at DATE: the signed network of countries, its blocs and its balance.
import { existsSync } from 'node:fs';
import { dbPath, EXIT, UsageError, type Command } from '../command.ts';
import { country } from './dyad.ts';

const cmd: Command = {
  name: 'network',
  summary: 'who lines up with whom at a date: signed network, blocs by signed modularity, structural balance, triads out of balance',
  usage: 'realign network --at DATE [--window 365] [--countries ...] [--json]',
  flags: [
    { name: 'at', type: 'string', description: 'the date (YYYY[-MM[-DD]]; a month or year means its last day)' },
    { name: 'window', type: 'string', description: 'days of evidence up to the date', default: '365' },
    { name: 'countries', type: 'string', description: 'only these countries (comma-separated codes)' },
    { name: 'min-evidence', type: 'string', description: 'ties need at least this many weighted events', default: '3' },
    { name: 'primary-only', type: 'boolean', description: 'collapse duplicate reports of one happening' },
    { name: 'json', type: 'boolean', description: 'print JSON' },
  ],
  async run({ flags }, io) {
    if (!flags.at || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(flags.at))) throw new UsageError('--at must be a date YYYY[-MM[-DD]]');
    const windowDays = Number(flags.window), minEvidence = Number(flags['min-evidence']);
    if (!Number.isInteger(windowDays) || windowDays < 1) throw new UsageError('--window must be a whole number of days');
    if (!Number.isFinite(minEvidence)) throw new UsageError('--min-evidence must be a number');
    const countries = flags.countries ? String(flags.countries).split(',').filter(Boolean).map((c) => country(c, '--countries')) : undefined;
    if (flags.at != null) {
      const { normaliseDate } = await import('../../analytics/periods.ts');
      try { normaliseDate(String(flags.at)); } catch (e) { throw new UsageError(`--at: ${(e as Error).message}`); }
    }
    const path = dbPath(flags);
    if (!existsSync(path)) { io.stderr.write(`realign network: ${path}: no database there (ingest or import first, or give --db)\n`); return EXIT.error; }
    const { openStore } = await import('../open-store.ts');
    const { networkReport } = await import('../../analytics/queries.ts');
    const { networkText } = await import('../../analytics/report-text.ts');
    // writable: a large store builds its roll-ups on first use; a running server that owns the file answers instead
    const store = await openStore(flags, { stderr: io.stderr });
    try {
      const r = await networkReport(store, { at: String(flags.at), windowDays, countries, minEvidence, primaryOnly: !!flags['primary-only'] });
      io.stdout.write(flags.json ? JSON.stringify(r) + '\n' : networkText(r));
      return EXIT.ok;
    } finally { await store.close(); }
  },
};
export default cmd;
