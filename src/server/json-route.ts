// What the API's route modules share: the store and cache they serve, and cached JSON GETs
// (the key is the path with its sorted query; the value the serialised result).
import type { Context, Hono } from 'hono';
import type { Store } from '../store/store.ts';
import type { ResponseCache } from './cache.ts';
import { known } from './params.ts';

export interface RouteContext {
  store: Store;
  cache: ResponseCache;
  /** ingest token, or null when the server is read-only */
  token: string | null;
  fetcher?: typeof fetch;
}

export type Query = (k: string) => string | undefined;
export type Routes = (app: Hono, ctx: RouteContext) => void;

/** A GET handler whose JSON result is cached until the store changes; unknown parameters are refused. */
export const cachedJson = (cache: ResponseCache, allowed: readonly string[], compute: (q: Query, c: Context) => Promise<unknown>) => async (c: Context) => {
  const query = c.req.query();
  known(query, allowed);
  const key = c.req.path + '?' + Object.keys(query).sort().map((k) => `${k}=${query[k]}`).join('&');
  const body = await cache.get(key, async () => JSON.stringify(await compute((k) => query[k], c)));
  c.header('Cache-Control', 'no-cache');
  c.header('X-Store-Generation', String(cache.generation));
  return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
};

/** A document id as the store makes them. */
export const DOC_ID = { max: 200, pattern: /^[A-Za-z0-9_.:-]+$/, what: 'is not a document id' };
