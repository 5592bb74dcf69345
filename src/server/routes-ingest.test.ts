// Token-gated ingest in-process (app.request()).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBStore } from '../store/duckdb.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';
import { ARTICLE } from './test-fixture.ts';

describe('API: ingest', () => {
  let writable: Store;
  beforeAll(async () => { writable = await DuckDBStore.open(':memory:'); });
  afterAll(async () => { await writable.close(); });

  const form = (files: Array<[string, string]>) => {
    const f = new FormData();
    for (const [name, text] of files) f.append('file', new File([text], name, { type: 'text/plain' }));
    return f;
  };

  it('is off without a token', async () => {
    const r = await createApp({ store: writable }).request('/api/ingest', { method: 'POST', body: form([['a.txt', ARTICLE]]) });
    expect(r.status).toBe(403);
  });

  it('needs the right bearer token', async () => {
    const a = createApp({ store: writable, token: 's3cret' });
    expect((await a.request('/api/ingest', { method: 'POST', body: form([['a.txt', ARTICLE]]) })).status).toBe(401);
    expect((await a.request('/api/ingest', { method: 'POST', body: form([['a.txt', ARTICLE]]), headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect(await writable.countDocuments()).toBe(0);
  });

  it('reads uploaded files, reports each, and refreshes cached views', async () => {
    const a = createApp({ store: writable, token: 's3cret' });
    expect((await (await a.request('/api/meta')).json() as any).documents).toBe(0);
    const r = await a.request('/api/ingest', { method: 'POST', body: form([['a.txt', ARTICLE], ['empty.txt', 'Too short.']]), headers: { authorization: 'Bearer s3cret' } });
    expect(r.status).toBe(200);
    const body = await r.json() as any;
    expect(body.ok).toBe(1);
    expect(body.results[0]).toMatchObject({ name: 'a.txt', ok: true, status: 'inserted' });
    expect(body.results[1]).toMatchObject({ name: 'empty.txt', ok: false });
    expect(body.results[1].error).toMatch(/not an article/);
    expect((await (await a.request('/api/meta')).json() as any).documents).toBe(1);
  });

  it('fetches a URL given as JSON', async () => {
    const page = `<!doctype html><html><head><title>Grain accord</title></head><body><article><h1>Grain accord</h1><p>${ARTICLE.replace('Monday', 'Tuesday')}</p></article></body></html>`;
    const fetcher = (async () => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } })) as unknown as typeof fetch;
    const a = createApp({ store: writable, token: 't', fetcher });
    const r = await a.request('/api/ingest', { method: 'POST', body: JSON.stringify({ url: 'https://news.example/grain' }), headers: { authorization: 'Bearer t', 'content-type': 'application/json' } });
    const body = await r.json() as any;
    expect(body.results[0]).toMatchObject({ ok: true, status: 'inserted' });
    const bad = await a.request('/api/ingest', { method: 'POST', body: JSON.stringify({ url: 'file:///etc/passwd' }), headers: { authorization: 'Bearer t', 'content-type': 'application/json' } });
    expect((await bad.json() as any).results[0].error).toMatch(/only http and https/);
  });

  it('refuses malformed or oversized requests', async () => {
    const a = createApp({ store: writable, token: 't' });
    const h = { authorization: 'Bearer t' };
    expect((await a.request('/api/ingest', { method: 'POST', body: 'x', headers: { ...h, 'content-type': 'text/plain' } })).status).toBe(400);
    expect((await a.request('/api/ingest', { method: 'POST', body: '{', headers: { ...h, 'content-type': 'application/json' } })).status).toBe(400);
    const many = form(Array.from({ length: 21 }, (_, i) => [`f${i}.txt`, 'x'] as [string, string]));
    expect((await (await a.request('/api/ingest', { method: 'POST', body: many, headers: h })).json() as any).error).toMatch(/at most 20 files/);
    const huge = 'x'.repeat(26 * 1024 * 1024);
    expect((await a.request('/api/ingest', { method: 'POST', body: huge, headers: { ...h, 'content-type': 'application/json', 'content-length': String(huge.length) } })).status).toBe(413);
  });
});
