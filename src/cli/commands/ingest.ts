// realign ingest <paths | urls | ->...: read, run the pipeline, store each document.
import { dbPath, EXIT, type Command } from '../command.ts';

/** Test hook: exit abruptly (SIGKILL) after this many documents were stored. */
const CRASH_ENV = 'REALIGN_TEST_CRASH_AFTER';

const command: Command = {
  name: 'ingest',
  summary: 'read articles (files, folders, feeds, JSON Lines, URLs, -) into the database',
  usage: 'realign ingest <paths | urls | ->... [--json]',
  flags: [
    { name: 'json', type: 'boolean', description: 'print a machine-readable summary' },
    { name: 'max-bytes', type: 'string', description: 'refuse inputs larger than this many bytes', default: String(20 * 1024 * 1024) },
    { name: 'min-words', type: 'string', description: 'refuse bodies with fewer words ("not an article")', default: '40' },
  ],
  exitCodes: { 1: 'some inputs failed (the rest were stored)' },
  async run({ positionals, flags }, io) {
    if (!positionals.length) { io.stderr.write('realign ingest: name at least one file, folder, URL or - (see --help)\n'); return EXIT.usage; }
    const maxBytes = Number(flags['max-bytes']), minWords = Number(flags['min-words']);
    if (!(maxBytes > 0) || !(minWords >= 0)) { io.stderr.write('realign ingest: --max-bytes and --min-words take numbers\n'); return EXIT.usage; }
    const [{ readInputs }, { read }, { DuckDBStore }] = await Promise.all([
      import('../../ingest/read-inputs.ts'), import('../../pipeline/default.ts'), import('../../store/duckdb.ts'),
    ]);
    const crashAfter = Number(process.env[CRASH_ENV] ?? NaN);
    const store = await DuckDBStore.open(dbPath(flags));
    const tty = !!io.stderr.isTTY && !flags.json;
    const counts = { read: 0, stored: 0, exists: 0, failed: 0 };
    const errors: Array<{ input: string; error: string }> = [];
    const docs: Array<{ input: string; id: string; status: string; title: string | null }> = [];
    const progress = (input: string) => {
      if (!tty) return;
      const cols = (io.stderr as { columns?: number }).columns ?? 80;
      const line = `ingest: ${counts.read} read, ${counts.stored} stored, ${counts.exists} already stored, ${counts.failed} failed  ${input}`;
      io.stderr.write(`\r\x1b[K${line.slice(0, cols - 1)}`);
    };
    const fail = (input: string, error: string) => {
      counts.failed++;
      errors.push({ input, error });
      if (tty) io.stderr.write('\r\x1b[K');
      io.stderr.write(`${input}: ${error}\n`);
    };
    try {
      for await (const o of readInputs(positionals, { maxBytes, minWords, stdin: io.stdin })) {
        if ('error' in o) { fail(o.input, o.error); progress(o.input); continue; }
        counts.read++;
        try {
          if (await store.hasDocument(o.doc.id)) {
            counts.exists++;
            docs.push({ input: o.input, id: o.doc.id, status: 'exists', title: o.doc.meta.title });
          } else {
            const r = await store.putDocument(read(o.doc));
            if (r.status === 'inserted') counts.stored++; else counts.exists++;
            docs.push({ input: o.input, id: r.id, status: r.status, title: o.doc.meta.title });
            if (counts.stored >= crashAfter) process.kill(process.pid, 'SIGKILL');
          }
        } catch (e) {
          fail(o.input, (e instanceof Error ? e.message : String(e)).split('\n')[0]!);
        }
        progress(o.input);
      }
    } finally {
      if (tty) io.stderr.write('\r\x1b[K');
      await store.close();
    }
    if (flags.json) io.stdout.write(JSON.stringify({ ...counts, errors, docs }) + '\n');
    else io.stdout.write(`read ${counts.read}, stored ${counts.stored}, already stored ${counts.exists}, failed ${counts.failed}\n`);
    return counts.failed ? EXIT.someInputsFailed : EXIT.ok;
  },
};

export default command;
