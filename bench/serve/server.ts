// The server side of the serve benchmark, in its own process: load the seed store, serve
// it on 127.0.0.1 (cached or, with --no-cache, computing every request), print the URL.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/server/app.ts';
import { ResponseCache } from '../../src/server/cache.ts';
import { seedStore } from './seed-store.ts';

const noCache = process.argv.includes('--no-cache');
const { store, source } = await seedStore();
const app = createApp({ store, cache: new ResponseCache(noCache ? { maxEntries: 0, coalesce: false } : {}) });
const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${info.port}`, source, cache: !noCache }) + '\n');
});
const stop = () => { s.close(); void store.close().then(() => process.exit(0)); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
