// realign ingest <paths | urls | ->...: read, run the pipeline, store each document.
import { EXIT, type Command, type IO } from '../command.ts';
import type { RemoteStore as Remote } from '../../store/remote.ts';

/** Test hook: exit abruptly (SIGKILL) after this many documents were stored. */
const CRASH_ENV = 'REALIGN_TEST_CRASH_AFTER';

const command: Command = {
  name: 'ingest',
  summary: 'read articles (files, folders, feeds, JSON Lines, URLs, -) into the database',
  usage: 'realign ingest <paths | urls | ->... [--json] [--token T]',
  flags: [
    { name: 'json', type: 'boolean', description: 'print a machine-readable summary' },
    { name: 'max-bytes', type: 'string', description: 'refuse inputs larger than this many bytes', default: String(20 * 1024 * 1024) },
    { name: 'min-words', type: 'string', description: 'refuse bodies with fewer words ("not an article")', default: '40' },
    { name: 'token', type: 'string', description: 'when realign serve owns the database: send the articles to it with its token (or $REALIGN_TOKEN)' },
  ],
  exitCodes: { 1: 'some inputs failed (the rest were stored)' },
  async run({ positionals, flags }, io) {
    if (!positionals.length) { io.stderr.write('realign ingest: name at least one file, folder, URL or - (see --help)\n'); return EXIT.usage; }
    const maxBytes = Number(flags['max-bytes']), minWords = Number(flags['min-words']);
    if (!(maxBytes > 0) || !(minWords >= 0)) { io.stderr.write('realign ingest: --max-bytes and --min-words take numbers\n'); return EXIT.usage; }
    const [{ readInputs }, { read }, { openStore }, { RemoteStore }] = await Promise.all([
      import('../../ingest/read-inputs.ts'), import('../../pipeline/default.ts'), import('../open-store.ts'), import('../../store/remote.ts'),
    ]);
    const crashAfter = Number(process.env[CRASH_ENV] ?? NaN);
    const token = (flags.token as string | undefined) ?? process.env.REALIGN_TOKEN ?? null;
    // a running server owns the database: without a token that is an error (exit 4), with one the server ingests
    const store = await openStore(flags, { write: !token, stderr: io.stderr });
    if (store instanceof RemoteStore) return viaServer(store, token!, positionals, { maxBytes, json: !!flags.json }, io);
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

/** Send the inputs to the server that owns the database, and report its results as a local ingest would. */
async function viaServer(remote: Remote, token: string, inputs: string[], o: { maxBytes: number; json: boolean }, io: IO): Promise<number> {
  const { ingestThroughServer } = await import('../remote-ingest.ts');
  const s = await ingestThroughServer(remote, token, inputs, { maxBytes: o.maxBytes, stdin: io.stdin, onError: (input, error) => io.stderr.write(`${input}: ${error}\n`) });
  const { read, stored, exists, failed } = s;
  if (o.json) io.stdout.write(JSON.stringify({ read, stored, exists, failed, errors: s.errors, docs: s.docs }) + '\n');
  else io.stdout.write(`read ${read}, stored ${stored}, already stored ${exists}, failed ${failed} (through ${remote.url})\n`);
  return failed ? EXIT.someInputsFailed : EXIT.ok;
}

export default command;
