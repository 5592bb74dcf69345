// The HTTP API and the dashboard's files, as a hono app over a Store. Read-only unless a
// token is given, which enables POST /api/ingest with `Authorization: Bearer <token>`.
// Every parameter is validated (400 with a message); page lengths and bodies are capped;
// GET results are cached per request until the server itself writes to the store.
import { Hono } from 'hono';
import type { Store } from '../store/store.ts';
import { ResponseCache } from './cache.ts';
import type { RouteContext } from './json-route.ts';
import { openapi } from './openapi.ts';
import { BadRequest } from './params.ts';
import { analyticsRoutes } from './routes-analytics.ts';
import { ingestRoutes } from './routes-ingest.ts';
import { storeRoutes } from './routes-store.ts';
import { storeMethodRoutes } from './routes-store-methods.ts';
import { secure } from './security.ts';
import { NOT_BUILT_PAGE, StaticFiles } from './static.ts';

export { CSP } from './security.ts';

export interface AppOptions {
  store: Store;
  /** enables ingest; requests must carry `Authorization: Bearer <token>` */
  token?: string | null;
  /** the built dashboard (default web/dist) */
  webDir?: string;
  cache?: ResponseCache;
  /** how URLs are fetched for ingest (tests pass their own) */
  fetcher?: typeof fetch;
  /** accept only these Host headers ("127.0.0.1:8787"); guards a loopback server against DNS rebinding */
  allowedHosts?: string[] | null;
}

export function createApp(o: AppOptions) {
  const ctx: RouteContext = { store: o.store, cache: o.cache ?? new ResponseCache(), token: o.token || null, fetcher: o.fetcher };
  const web = new StaticFiles(o.webDir);
  const app = new Hono();
  secure(app, o.allowedHosts);

  app.onError((e, c) => {
    if (e instanceof BadRequest) return c.json({ error: e.message }, 400);
    console.error(`realign serve: ${c.req.method} ${c.req.path}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return c.json({ error: `internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` }, 500);
  });

  const openapiJson = JSON.stringify(openapi);
  app.get('/api/openapi.json', (c) => c.body(openapiJson, 200, { 'Content-Type': 'application/json; charset=utf-8' }));
  storeRoutes(app, ctx);
  storeMethodRoutes(app, ctx);
  analyticsRoutes(app, ctx);
  ingestRoutes(app, ctx);
  app.all('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path} (see /api/openapi.json)` }, 404));

  app.get('*', (c) => {
    const f = web.get(c.req.path);
    if (!f) return web.built ? c.text('not found', 404) : c.html(NOT_BUILT_PAGE, 200);
    return c.body(f.body as unknown as ArrayBuffer, 200, { 'Content-Type': f.type, 'Cache-Control': f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
