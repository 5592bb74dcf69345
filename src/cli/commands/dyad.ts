// realign dyad A B: one pair's series by period, with the alignment index.
import { UsageError, type Command } from '../command.ts';
import { country, dateFlag, periodFlag } from '../filters.ts';
import { runReport } from '../run-report.ts';

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
    if (positionals.length !== 2) throw new UsageError('give two country codes, e.g. realign dyad PAK RUS');
    const a = country(positionals[0], 'A'), b = country(positionals[1], 'B');
    const by = periodFlag(flags.by);
    const from = dateFlag(flags.from, '--from'), to = dateFlag(flags.to, '--to');
    const { dyadReport } = await import('../../analytics/queries.ts');
    const { dyadText } = await import('../../analytics/report-text.ts');
    return runReport('dyad', flags, io, (store) => dyadReport(store, { a, b, by, from, to, directed: !!flags.directed, primaryOnly: !!flags['primary-only'] }), dyadText);
  },
};
export default cmd;
