// realign import gdelt|icews|polecat <files...>: bulk-load event data into the events table.
import { EXIT, UsageError, type Command } from '../command.ts';

const cmd: Command = {
  name: 'import',
  summary: 'import GDELT (1.0, 2.0 events and mentions), ICEWS or POLECAT event files (.zip, .gz or plain) into the events table',
  usage: 'realign import gdelt|icews|polecat <files...> [--json] [--db FILE]',
  flags: [
    { name: 'json', type: 'boolean', description: 'print the summary as JSON' },
  ],
  exitCodes: { 1: 'some files could not be imported (the others were)' },
  async run({ positionals, flags }, io) {
    const [source, ...files] = positionals;
    const { IMPORT_SOURCES, importFiles } = await import('../../imports/import-files.ts');
    if (!source || !(IMPORT_SOURCES as string[]).includes(source)) throw new UsageError(`first say what the files are: ${IMPORT_SOURCES.join(', ')}`);
    if (!files.length) throw new UsageError('give one or more files to import');
    const { openStore } = await import('../open-store.ts');
    const store = await openStore(flags, { write: true });
    try {
      const s = await importFiles(store, source as 'gdelt', files, {
        onFile: (r) => {
          if (r.error) io.stderr.write(`realign import: ${r.file}: ${r.error}\n`);
          else if (!flags.json) io.stdout.write(fileLine(r) + '\n');
        },
      });
      // rebuild the analytics roll-ups now, so the first query after a big import does not pay for it
      if (s.files.some((f) => !f.error)) await store.refreshAggregates();
      if (flags.json) io.stdout.write(JSON.stringify(s) + '\n');
      else io.stdout.write(summaryText(s));
      return s.failed ? EXIT.someInputsFailed : EXIT.ok;
    } finally { await store.close(); }
  },
};
export default cmd;

type Summary = Awaited<ReturnType<typeof import('../../imports/import-files.ts').importFiles>>;
type FileResult = Summary['files'][number];

export function fileLine(r: FileResult): string {
  if (r.skipped) return `${r.file}: already imported (same content), skipped`;
  return `${r.file}: ${r.origin} — ${r.read} read, ${r.loaded} loaded, ${r.present} already present, ${r.quarantined} quarantined` +
    `${r.duplicates ? `, ${r.duplicates} marked duplicate` : ''}${r.note ? ` (${r.note})` : ''}`;
}

export function summaryText(s: Summary): string {
  const lines = [`total: ${s.files.length} file(s)${s.failed ? ` (${s.failed} failed)` : ''}, ${s.read} rows read, ${s.loaded} loaded, ${s.present} already present, ${s.quarantined} quarantined, ${s.duplicates} marked duplicate`];
  const reasons = Object.entries(s.reasons).sort((a, b) => b[1] - a[1]);
  if (reasons.length) {
    lines.push('quarantined by reason:');
    for (const [k, v] of reasons) lines.push(`  ${String(v).padStart(7)}  ${k}`);
  }
  return lines.join('\n') + '\n';
}
