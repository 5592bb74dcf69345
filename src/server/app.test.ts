// The app as a whole: its OpenAPI description, parameter validation, 404s, the dashboard's files.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openapi } from './openapi.ts';
import { createApp } from './app.ts';
import { useFixtureApp } from './test-fixture.ts';

const fx = useFixtureApp();
const { get } = fx;

describe('API', () => {
  it('describes itself in OpenAPI', async () => {
    const r = await get('/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/dyads/{a}/{b}', '/api/network', '/api/brief', '/api/ingest']));
  });

  it('describes every API route it serves', () => {
    const paths = new Set(Object.keys(openapi.paths));
    const routes = fx.app.routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.path !== '/api/openapi.json' && r.method !== 'ALL');
    expect(routes.length).toBeGreaterThan(8);
    for (const r of routes) expect(paths, r.path).toContain(r.path.replace(/:(\w+)/g, '{$1}'));
  });

  it('refuses bad parameters with 400 and a message', async () => {
    const bad: Array<[string, RegExp]> = [
      ['/api/events?country=pak', /country.*3-letter/],
      ['/api/events?dyad=PAK', /dyad/],
      ['/api/events?from=2012-13-01', /from/],
      ['/api/events?to=2012-02-30', /calendar/],
      ['/api/events?quad=5', /quad.*between 1 and 4/],
      ['/api/events?modality=rumoured', /modality.*one of/],
      ['/api/events?code=42a', /code/],
      ['/api/events?directed=true', /needs "dyad"/],
      ['/api/events?colour=red', /unknown parameter "colour"/],
      ['/api/events?origin=<script>', /origin/],
      ['/api/dyads/PAK/rus', /"b"/],
      ['/api/dyads/PAK/PAK', /two different/],
      ['/api/dyads/PAK/RUS?by=fortnight', /by.*one of/],
      ['/api/network?at=yesterday', /at/],
      ['/api/network?window=0', /window/],
      ['/api/brief?focus=PAK,X', /focus/], ['/api/brief?focus=PAK,nato', /focus/],
      ['/api/search', /q/],
      ['/api/rules', /id/],
      ['/api/documents?q=' + 'x'.repeat(300), /at most 200/],
    ];
    for (const [url, msg] of bad) {
      const r = await get(url);
      expect(r.status, url).toBe(400);
      expect(r.body.error, url).toMatch(msg);
    }
    expect((await get('/api/nothing')).status).toBe(404);
  });
});

describe('dashboard files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dash</title>');
  writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)');

  it('serves files, and the app for routes', async () => {
    const a = createApp({ store: fx.store, webDir: dir });
    const js = await a.request('/assets/app-1.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    for (const p of ['/', '/dyad/PAK/RUS', '/article/abc']) expect(await (await a.request(p)).text()).toContain('<title>dash</title>');
    expect((await a.request('/assets/missing.js')).status).toBe(404);
    expect((await a.request('/..%2f..%2fetc%2fpasswd')).status).not.toBe(500);
    expect(await (await a.request('/..%2f..%2fetc%2fpasswd')).text()).not.toContain('root:');
  });

  it('says how to build the dashboard when it is not built', async () => {
    const a = createApp({ store: fx.store, webDir: join(dir, 'none') });
    expect(await (await a.request('/')).text()).toContain('vite build');
  });
});
