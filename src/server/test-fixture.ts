// A store built by hand for the API tests: the seed-like picture of src/analytics/fixtures.ts,
// the store suite's sample document, and a few imported events.
import { afterAll, beforeAll } from 'vitest';
import { putSeedPicture } from '../analytics/fixtures.ts';
import { DuckDBStore } from '../store/duckdb.ts';
import { sampleDoc, sampleEvent } from '../store/store.suite.ts';
import type { Store } from '../store/store.ts';
import { createApp, type App } from './app.ts';

export async function fixtureStore(): Promise<Store> {
  const store = await DuckDBStore.open(':memory:');
  await putSeedPicture(store);
  await store.putDocument(sampleDoc());
  await store.insertEvents([
    sampleEvent(),
    sampleEvent({ id: 'g:2', ext_id: '2', src_code: 'RUS', src_country: 'RUS', src_sector: null, tgt_country: 'GEO', tgt_code: 'GEO', cameo: '042', root: '04', quad: 1, goldstein: 1.9, date: '2012-03-01' }),
    sampleEvent({ id: 'g:3', ext_id: '3', origin: 'icews', cameo: '190', root: '19', quad: 4, goldstein: -10, date: '2011-08-08' }),
  ]);
  return store;
}

/** GET through the app in-process: status, parsed body, headers. */
export async function getJson(app: App, path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const r = await app.request(path);
  return { status: r.status, body: await r.json(), headers: r.headers };
}

export interface FixtureApp {
  /** the fixture store (set before the file's tests run) */
  store: Store;
  /** the app over it, with default options */
  app: App;
  /** GET through the app: status, parsed body, headers */
  get(path: string): ReturnType<typeof getJson>;
}

/** For a test file: the fixture store and an app over it, built before its tests and closed after them. */
export function useFixtureApp(): FixtureApp {
  const fx = { get: (path: string) => getJson(fx.app, path) } as FixtureApp;
  beforeAll(async () => {
    fx.store = await fixtureStore();
    fx.app = createApp({ store: fx.store });
  });
  afterAll(async () => { await fx.store.close(); });
  return fx;
}

/** An invented article long enough to be read. */
export const ARTICLE = 'Freedonia and Sylvania signed a trade agreement on Monday in the Freedonian capital. ' +
  'The two governments said the accord would lower tariffs on grain and machinery over the next five years. ' +
  'Officials from both sides described the talks as friendly and productive, and they agreed to meet again in the spring. ' +
  'Analysts said the deal marked a new stage in relations between the neighbours.';
