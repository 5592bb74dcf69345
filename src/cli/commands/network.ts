// realign network --at DATE: the signed network of countries, its blocs and its balance.
import { UsageError, type Command } from '../command.ts';
import { countryList, dateFlag, numberFlag, wholeFlag } from '../filters.ts';
import { runReport } from '../run-report.ts';

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
    const at = dateFlag(flags.at, '--at');
    if (!at) throw new UsageError('--at must be a date YYYY[-MM[-DD]]');
    const windowDays = wholeFlag(flags.window, '--window'), minEvidence = numberFlag(flags['min-evidence'], '--min-evidence');
    const countries = countryList(flags.countries, '--countries');
    const { networkReport } = await import('../../analytics/queries.ts');
    const { networkText } = await import('../../analytics/report-text.ts');
    return runReport('network', flags, io, (store) => networkReport(store, { at, windowDays, countries, minEvidence, primaryOnly: !!flags['primary-only'] }), networkText);
  },
};
export default cmd;
