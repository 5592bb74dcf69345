// Ingest for the server: uploaded bytes or a fetched URL → a read Doc → the store. Each
// input succeeds or fails on its own with a one-line reason; the rest of a batch goes on.
import type { Doc } from '../doc/types.ts';
import { decodeBytes } from '../ingest/decode.ts';
import { reasonOf } from '../ingest/errors.ts';
import { readHtml } from '../ingest/html-reader.ts';
import { readText } from '../ingest/text-reader.ts';
import { read } from '../pipeline/default.ts';
import type { Store } from '../store/store.ts';

export const INGEST_LIMITS = { fileBytes: 5 * 1024 * 1024, files: 20, requestBytes: 25 * 1024 * 1024, fetchMs: 15_000 } as const;

export interface IngestInput { name: string; bytes: Uint8Array; contentType?: string | null; url?: string | null }

export type IngestResult =
  | { name: string; ok: true; id: string; status: 'inserted' | 'exists'; title: string | null; published: string | null; events: number; relations: number; claims: number; notes: string[] }
  | { name: string; ok: false; error: string };

const isHtml = (i: IngestInput, text: string) =>
  /\.x?html?(\.gz)?$/i.test(i.name) || /html|xhtml/i.test(i.contentType ?? '') || /^\s*(<!doctype html|<html|<head|<body)/i.test(text.slice(0, 2000));

/** Read one input into a Doc (reader, then the default pipeline). Throws with a short reason. */
export function readInput(i: IngestInput): Doc {
  if (i.bytes.length > INGEST_LIMITS.fileBytes) throw new Error(`too large: ${i.bytes.length} bytes (limit ${INGEST_LIMITS.fileBytes})`);
  const text = decodeBytes(i.bytes, { contentType: i.contentType ?? null, maxBytes: INGEST_LIMITS.fileBytes });
  const meta = { source: i.url ?? i.name, url: i.url ?? null };
  const doc = isHtml(i, text) ? readHtml(text, meta) : readText(text, meta);
  return read(doc);
}

/** Read and store each input; one input's failure does not stop the others. */
export async function ingestInputs(store: Store, inputs: IngestInput[]): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for (const i of inputs) {
    try {
      const doc = readInput(i);
      const r = await store.putDocument(doc);
      out.push({ name: i.name, ok: true, id: r.id, status: r.status, title: doc.meta.title, published: doc.meta.published, events: doc.events.length, relations: doc.relations.length, claims: doc.claims.length, notes: doc.notes });
    } catch (e) {
      out.push({ name: i.name, ok: false, error: reasonOf(e) });
    }
  }
  return out;
}

/** Fetch a page (http/https only, size and time capped) as an ingest input. */
export async function fetchInput(url: string, fetcher: typeof fetch = fetch): Promise<IngestInput> {
  let u: URL;
  try { u = new URL(url); } catch { throw new Error(`not a URL: "${url.slice(0, 80)}"`); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`only http and https URLs can be fetched, got ${u.protocol}`);
  const res = await fetcher(u, { signal: AbortSignal.timeout(INGEST_LIMITS.fetchMs), redirect: 'follow', headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' } });
  if (!res.ok) throw new Error(`fetch failed: HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > INGEST_LIMITS.fileBytes) throw new Error(`too large: ${declared} bytes (limit ${INGEST_LIMITS.fileBytes})`);
  const chunks: Uint8Array[] = [];
  let n = 0;
  if (res.body) {
    for await (const c of res.body as unknown as AsyncIterable<Uint8Array>) {
      n += c.length;
      if (n > INGEST_LIMITS.fileBytes) throw new Error(`too large: over ${INGEST_LIMITS.fileBytes} bytes`);
      chunks.push(c);
    }
  }
  const bytes = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) { bytes.set(c, at); at += c.length; }
  return { name: url, bytes, contentType: res.headers.get('content-type'), url: res.url || url };
}
