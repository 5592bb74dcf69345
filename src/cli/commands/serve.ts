// realign serve: the HTTP API and the dashboard over a database, until interrupted.
import { existsSync } from 'node:fs';
import { dbPath, EXIT, UsageError, type Command } from '../command.ts';

const cmd: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the web dashboard (read-only unless started with a token, which allows uploads)',
  usage: 'realign serve [--port 8787] [--host 127.0.0.1] [--token T] [--db FILE]',
  flags: [
    { name: 'port', type: 'string', short: 'p', description: 'port to listen on (0: any free port)', default: '8787' },
    { name: 'host', type: 'string', description: 'address to bind (keep 127.0.0.1 unless you mean to share it)', default: '127.0.0.1' },
    { name: 'token', type: 'string', description: 'allow ingest uploads with "Authorization: Bearer T" (or $REALIGN_TOKEN)' },
    { name: 'web', type: 'string', description: 'folder of the built dashboard (default web/dist)' },
  ],
  async run({ flags }, io) {
    const port = Number(flags.port);
    if (!/^\d{1,5}$/.test(String(flags.port)) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${String(flags.port)}"`);
    const host = String(flags.host);
    if (!/^[\w.:-]+$/.test(host)) throw new UsageError(`--host must be an address like 127.0.0.1, got "${host}"`);
    const token = (flags.token as string | undefined) ?? process.env.REALIGN_TOKEN ?? null;
    if (token !== null && token.length < 8) throw new UsageError('--token must be at least 8 characters');
    const path = dbPath(flags);
    if (!token && path !== ':memory:' && !existsSync(path)) {
      io.stderr.write(`realign serve: ${path}: no database there (ingest or import first, give --db, or start with --token to upload articles)\n`);
      return EXIT.error;
    }
    const { DuckDBStore } = await import('../../store/duckdb.ts');
    const { startServer } = await import('../../server/start.ts');
    const store = await DuckDBStore.open(path, { readOnly: !token && path !== ':memory:' });
    let running;
    try {
      running = await startServer({ store, port, host, token, db: path, webDir: flags.web as string | undefined });
    } catch (e) {
      await store.close();
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') { io.stderr.write(`realign serve: port ${port} on ${host} is in use (try --port 0 or another port)\n`); return EXIT.error; }
      throw e;
    }
    // listen for the stop signals before telling anyone the URL (a caller may stop us right away)
    const stopped = new Promise<void>((resolve) => {
      const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.stdout.write(`realign serve: ${running.url} (${token ? 'ingest enabled with the token' : 'read-only'}; database ${path}; Ctrl-C to stop)\n`);
    const { StaticFiles } = await import('../../server/static.ts');
    if (!new StaticFiles(flags.web as string | undefined).built) io.stderr.write('realign serve: the dashboard is not built (npm run build:web); the API works without it\n');
    if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') io.stderr.write(`realign serve: warning: listening on ${host}, reachable from other machines\n`);
    await stopped;
    await running.close();
    await store.close();
    io.stdout.write('realign serve: stopped\n');
    return EXIT.ok;
  },
};
export default cmd;
