// realign fetch gdelt --from DATE --to DATE: download GDELT's daily (1.0) or 15-minute (2.0) files.
import { EXIT, UsageError, type Command } from '../command.ts';

const cmd: Command = {
  name: 'fetch',
  summary: 'download GDELT event files for a date range (resumable, size and checksum checked), optionally importing them',
  usage: 'realign fetch gdelt --from YYYY-MM-DD --to YYYY-MM-DD [--version 1|2] [--out DIR] [--base URL] [--mentions] [--import]',
  flags: [
    { name: 'from', type: 'string', description: 'first day YYYY-MM-DD' },
    { name: 'to', type: 'string', description: 'last day YYYY-MM-DD (default: --from)' },
    { name: 'version', type: 'string', description: 'GDELT 1 (daily files) or 2 (15-minute files)', default: '1' },
    { name: 'out', type: 'string', description: 'download folder', default: './gdelt' },
    { name: 'base', type: 'string', description: 'server folder holding the files (a mirror); default GDELT\'s own' },
    { name: 'mentions', type: 'boolean', description: 'version 2: the mentions files too' },
    { name: 'import', type: 'boolean', description: 'import the files after fetching them' },
    { name: 'json', type: 'boolean', description: 'print JSON' },
  ],
  exitCodes: { 1: 'some files failed (the others were fetched)' },
  async run({ positionals, flags }, io) {
    if (positionals[0] !== 'gdelt' || positionals.length !== 1) throw new UsageError('only "gdelt" can be fetched: realign fetch gdelt --from ... --to ...');
    const from = flags.from as string | undefined;
    const to = (flags.to as string | undefined) ?? from;
    const dateRe = /^\d{4}-\d{2}-\d{2}$/;
    if (!from || !dateRe.test(from) || !to || !dateRe.test(to)) throw new UsageError('--from and --to must be dates YYYY-MM-DD');
    const version = Number(flags.version);
    if (version !== 1 && version !== 2) throw new UsageError(`--version must be 1 or 2, got "${String(flags.version)}"`);
    const { fetchGdelt } = await import('../../imports/fetch-gdelt.ts');
    const files = await fetchGdelt({
      from, to, version, out: String(flags.out), base: flags.base as string | undefined, mentions: !!flags.mentions,
      log: flags.json ? undefined : (l) => io.stdout.write(l + '\n'),
    });
    const failed = files.filter((f) => f.status === 'failed').length;
    let imported: unknown = null;
    const ready = files.filter((f) => ['downloaded', 'resumed', 'present'].includes(f.status)).map((f) => f.path);
    if (flags.import && ready.length) {
      const { importFiles } = await import('../../imports/import-files.ts');
      const { summaryText, fileLine } = await import('./import.ts');
      const { openStore } = await import('../open-store.ts');
      const store = await openStore(flags, { write: true });
      try {
        const s = await importFiles(store, 'gdelt', ready, { onFile: (r) => { if (!flags.json) io.stdout.write((r.error ? `${r.file}: ${r.error}` : fileLine(r)) + '\n'); } });
        imported = s;
        if (!flags.json) io.stdout.write(summaryText(s));
      } finally { await store.close(); }
    }
    if (flags.json) io.stdout.write(JSON.stringify({ files, imported }) + '\n');
    else io.stdout.write(`fetched: ${files.filter((f) => f.status === 'downloaded' || f.status === 'resumed').length} downloaded, ${files.filter((f) => f.status === 'present').length} already complete, ${files.filter((f) => f.status === 'missing').length} not on the server, ${failed} failed\n`);
    return failed ? EXIT.someInputsFailed : EXIT.ok;
  },
};
export default cmd;
