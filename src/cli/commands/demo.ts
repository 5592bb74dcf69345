// realign demo (what `npm start` runs): read the project's example articles into the
// embedded store, print the alignment brief, then serve the dashboard over it.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dbPath, EXIT, type Command } from '../command.ts';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples/articles');

const cmd: Command = {
  name: 'demo',
  summary: 'read the example articles into the store, print the brief and serve the dashboard (npm start)',
  usage: 'realign demo [paths...] [--no-serve] [--port 8787] [--db FILE]',
  flags: [
    { name: 'no-serve', type: 'boolean', description: 'print the brief and exit instead of serving the dashboard' },
    { name: 'port', type: 'string', description: 'port for the dashboard', default: '8787' },
  ],
  async run({ positionals, flags }, io) {
    const inputs = positionals.length ? positionals : [EXAMPLES];
    const path = dbPath(flags);
    const { openStore } = await import('../open-store.ts');
    const { readInputs } = await import('../../ingest/index.ts');
    const { read } = await import('../../pipeline/default.ts');
    const { brief } = await import('../../analytics/queries.ts');
    const { briefText } = await import('../../analytics/report-text.ts');
    const store = await openStore(flags, { write: true });
    let stored = 0, known = 0, failed = 0;
    try {
      for await (const item of readInputs(inputs)) {
        if ('error' in item) { failed++; io.stderr.write(`${item.error}\n`); continue; }
        const doc = read(item.doc);
        const r = await store.putDocument(doc);
        if (r.status === 'inserted') stored++; else known++;
        io.stdout.write(`${r.status === 'inserted' ? 'read  ' : 'known '} ${doc.meta.published ?? '          '}  ${doc.meta.title ?? item.input}  (${doc.actors.length} actors, ${doc.events.length} events, ${doc.relations.length} relations, ${doc.claims.length} claims)\n`);
      }
      io.stdout.write(`\n${stored} stored, ${known} already stored, ${failed} failed — ${path}\n\n`);
      io.stdout.write(briefText(await brief(store, {})));
      if (flags['no-serve']) return failed ? EXIT.someInputsFailed : EXIT.ok;
    } catch (e) {
      await store.close();
      throw e;
    }
    const { startServer } = await import('../../server/index.ts');
    const webDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
    if (!existsSync(join(webDist, 'index.html'))) io.stderr.write('note: the dashboard is not built (npm run build:web); serving the API only\n');
    const srv = await startServer({ store, port: Number(flags.port), host: '127.0.0.1', db: path, webDir: webDist });
    const stopped = new Promise<void>((res) => { process.once('SIGINT', res); process.once('SIGTERM', res); });
    io.stdout.write(`\nDashboard: ${srv.url}  (Ctrl-C to stop)\n`);
    await stopped;
    await srv.close();
    await store.close();
    return EXIT.ok;
  },
};
export default cmd;
