import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBStore, ownerFile } from '../store/duckdb.ts';
import { sampleDoc } from '../store/store.suite.ts';
import { removeOwner, startServer } from './start.ts';

describe('startServer', () => {
  it('serves on 127.0.0.1, writes the owner file beside the database and removes it on close', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'serve-')), 'x.duckdb');
    const store = await DuckDBStore.open(db);
    await store.putDocument(sampleDoc());
    const s = await startServer({ store, port: 0, db });
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(JSON.parse(readFileSync(ownerFile(db), 'utf8'))).toEqual({ pid: process.pid, url: s.url });
      const meta = await (await fetch(`${s.url}/api/meta`)).json() as { documents: number };
      expect(meta.documents).toBe(1);
      const res = await fetch(`${s.url}/api/events?country=xx`);
      expect(res.status).toBe(400);
      const rebound = await new Promise<number>((resolve, reject) => {
        http.get(`${s.url}/api/meta`, { headers: { host: `evil.example:${s.port}` } }, (r) => { r.resume(); resolve(r.statusCode!); }).on('error', reject);
      });
      expect(rebound).toBe(421);
    } finally {
      await s.close();
      await store.close();
    }
    expect(existsSync(ownerFile(db))).toBe(false);
    await expect(fetch(`${s.url}/api/meta`)).rejects.toThrow();
  });

  it("leaves another process's owner file alone", () => {
    const db = join(mkdtempSync(join(tmpdir(), 'serve-')), 'y.duckdb');
    const f = ownerFile(db);
    writeFileSync(f, JSON.stringify({ pid: 1, url: 'http://127.0.0.1:1' }));
    removeOwner(f);
    expect(existsSync(f)).toBe(true);
  });
});

describe('warm-up', () => {
  it("computes the dashboard's first view before it is asked for", async () => {
    const { putSeedPicture } = await import('../analytics/fixtures.ts');
    const { createApp } = await import('./app.ts');
    const { ResponseCache } = await import('./cache.ts');
    const { warmUp } = await import('./start.ts');
    const store = await DuckDBStore.open(':memory:');
    await putSeedPicture(store);
    const cache = new ResponseCache();
    const app = createApp({ store, cache });
    await warmUp(app);
    const misses = cache.misses;
    await app.request('/api/network?min_evidence=1&at=2012-11-16');
    await app.request('/api/brief?at=2012-11-16');
    expect(cache.misses).toBe(misses);
    await store.close();
  });
});
