// Start the API and dashboard on a port. When it serves a database file the server owns
// it: `${db}.owner.json` ({pid, url}) is written on start and removed on close, so a CLI
// command that finds the file locked can say who holds it (StoreLockedError reads it).
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { ownerFile } from '../store/duckdb.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';

export interface StartOptions {
  store: Store;
  port?: number;
  host?: string;
  token?: string | null;
  /** the database file being served (writes the owner file beside it) */
  db?: string | null;
  webDir?: string;
  /** compute the dashboard's first view in the background on start (default true) */
  warm?: boolean;
}

/** The requests the dashboard makes for its first view (web/src/map-view.tsx: ties need ≥ 1 weighted event). */
export async function warmUp(app: { request(path: string): Response | Promise<Response> }): Promise<void> {
  const meta = await (await app.request('/api/meta')).json() as { last?: string | null };
  if (!meta.last) return;
  await Promise.all([app.request(`/api/network?at=${meta.last}&min_evidence=1`), app.request(`/api/brief?at=${meta.last}`)]);
}

export interface Running { url: string; port: number; close(): Promise<void> }

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function startServer(o: StartOptions): Promise<Running> {
  const host = o.host ?? '127.0.0.1';
  // the Host check needs the port, known once listening: route through a holder
  let handler: (req: Request) => Response | Promise<Response> = () => new Response('starting', { status: 503 });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: (req: Request) => handler(req), port: o.port ?? 8787, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  if ('keepAliveTimeout' in server) (server as import('node:http').Server).keepAliveTimeout = 10_000;
  const port = (server.address() as AddressInfo).port;
  // on a loopback address only local names are answered (a page elsewhere cannot rebind its name to us)
  const allowedHosts = LOOPBACK.has(host) ? ['127.0.0.1', 'localhost', '[::1]'].map((h) => `${h}:${port}`) : null;
  const app = createApp({ store: o.store, token: o.token, webDir: o.webDir, allowedHosts });
  handler = app.fetch;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const owner = o.db && o.db !== ':memory:' ? ownerFile(o.db) : null;
  const dropOwner = () => { if (owner) removeOwner(owner); };
  if (owner) {
    writeFileSync(owner, JSON.stringify({ pid: process.pid, url }) + '\n');
    process.once('exit', dropOwner);
  }
  const warming = o.warm === false ? Promise.resolve() : warmUp(app).catch((e) => { console.error(`realign serve: warm-up failed: ${(e as Error).message}`); });
  let closed = false;
  return {
    url, port,
    async close() {
      if (closed) return;
      closed = true;
      await warming;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as import('node:http').Server).closeAllConnections?.();
      });
      dropOwner();
      process.off('exit', dropOwner);
    },
  };
}

/** Remove the owner file if it is still ours. */
export function removeOwner(file: string, pid = process.pid): void {
  try {
    if (!existsSync(file)) return;
    if (JSON.parse(readFileSync(file, 'utf8')).pid === pid) unlinkSync(file);
  } catch { /* unreadable: leave it */ }
}
