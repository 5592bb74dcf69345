// realign shifts: change points in every dyad's series, strongest first, with their events.
import { UsageError, type Command } from '../command.ts';
import { countryList, dateFlag, numberFlag, periodFlag, wholeFlag } from '../filters.ts';
import { runReport } from '../run-report.ts';

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
    const by = periodFlag(flags.by);
    const { isShiftMethod } = await import('../../analytics/shifts.ts');
    if (!isShiftMethod(flags.method)) throw new UsageError(`--method must be pelt or bocpd, got "${String(flags.method)}"`);
    const method = flags.method;
    const countries = countryList(flags.countries, '--countries');
    const minEvents = numberFlag(flags['min-events'], '--min-events'), limit = wholeFlag(flags.limit, '--limit');
    const since = dateFlag(flags.since, '--since'), to = dateFlag(flags.to, '--to');
    const { shiftsReport } = await import('../../analytics/queries.ts');
    const { shiftsText } = await import('../../analytics/shifts-text.ts');
    return runReport('shifts', flags, io, (store) => shiftsReport(store, { since, to, countries, by, minEvents, limit, all: !!flags.all, primaryOnly: !!flags['primary-only'], method }), shiftsText);
  },
};
export default cmd;
