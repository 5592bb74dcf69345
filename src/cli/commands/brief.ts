// realign brief: the alignment picture at a date, each line citing its evidence.
import { type Command } from '../command.ts';
import { countryList, dateFlag, wholeFlag } from '../filters.ts';
import { runReport } from '../run-report.ts';

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
    const at = dateFlag(flags.at, '--at');
    const windowDays = wholeFlag(flags.window, '--window'), maxDyads = wholeFlag(flags.max, '--max');
    const focus = countryList(flags.focus, '--focus');
    const { brief } = await import('../../analytics/queries.ts');
    const { briefText } = await import('../../analytics/report-text.ts');
    return runReport('brief', flags, io, (store) => brief(store, { at, focus, windowDays, maxDyads }), briefText);
  },
};
export default cmd;
