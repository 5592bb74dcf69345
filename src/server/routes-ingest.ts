// POST /api/ingest: multipart files or JSON {url}, only with the server's bearer token.
// Each input succeeds or fails on its own; a stored document empties the result cache.
import { createHash, timingSafeEqual } from 'node:crypto';
import { bodyLimit } from 'hono/body-limit';
import { fetchInput, ingestInputs, INGEST_LIMITS, type IngestInput } from './ingest.ts';
import type { Routes } from './json-route.ts';
import * as P from './params.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export const ingestRoutes: Routes = (app, { store, cache, token, fetcher }) => {
  app.post('/api/ingest', bodyLimit({ maxSize: INGEST_LIMITS.requestBytes, onError: (c) => c.json({ error: `request too large (limit ${INGEST_LIMITS.requestBytes} bytes)` }, 413) }), async (c) => {
    if (!token) return c.json({ error: 'ingest is disabled: start the server with --token to allow uploads' }, 403);
    const auth = c.req.header('authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1] ?? '';
    if (!given || !timingSafeEqual(digest(given), digest(token))) return c.json({ error: 'missing or wrong token (send Authorization: Bearer <token>)' }, 401);
    const type = c.req.header('content-type') ?? '';
    let inputs: IngestInput[] = [];
    const failed: Array<{ name: string; ok: false; error: string }> = [];
    if (type.startsWith('application/json')) {
      let body: unknown;
      try { body = await c.req.json(); } catch { throw new P.BadRequest('body is not valid JSON'); }
      const url = (body as { url?: unknown })?.url;
      if (typeof url !== 'string' || !url.trim()) throw new P.BadRequest('JSON body needs {"url": "https://..."}');
      try { inputs = [await fetchInput(url.trim(), fetcher)]; } catch (e) { failed.push({ name: url, ok: false, error: (e as Error).message.split('\n')[0]! }); }
    } else if (type.startsWith('multipart/form-data')) {
      let form: Record<string, unknown>;
      try { form = await c.req.parseBody({ all: true }); } catch { throw new P.BadRequest('body is not valid multipart form data'); }
      const files = ([] as unknown[]).concat(form.file ?? form.files ?? []).filter((f): f is File => f instanceof File);
      if (!files.length) throw new P.BadRequest('no files: send them in the multipart field "file"');
      if (files.length > INGEST_LIMITS.files) throw new P.BadRequest(`at most ${INGEST_LIMITS.files} files a request, got ${files.length}`);
      for (const f of files) {
        if (f.size > INGEST_LIMITS.fileBytes) { failed.push({ name: f.name, ok: false, error: `too large: ${f.size} bytes (limit ${INGEST_LIMITS.fileBytes})` }); continue; }
        inputs.push({ name: f.name || 'upload', bytes: new Uint8Array(await f.arrayBuffer()), contentType: f.type || null });
      }
    } else {
      throw new P.BadRequest('send multipart/form-data files or application/json {"url": ...}');
    }
    const results = [...failed, ...(await ingestInputs(store, inputs))];
    if (results.some((r) => r.ok && r.status === 'inserted')) cache.invalidate();
    return c.json({ results, ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length });
  });
};
