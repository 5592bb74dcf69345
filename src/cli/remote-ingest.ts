// `realign ingest --token T` while `realign serve` owns the database: the inputs go to the
// server's POST /api/ingest as they are (files by their bytes, folders file by file, URLs
// for the server to fetch, "-" as one upload) and the server reads and stores them. The
// server's ingest reads HTML and plain text; JSON Lines and feeds are refused here, each
// with its reason, and the rest of the batch goes on.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBytes } from '../ingest/decode.ts';
import { isUrl } from '../ingest/fetch-url.ts';
import { formatOfName, sniffFormat } from '../ingest/read-inputs.ts';
import type { IngestResult } from '../server/ingest.ts';
import type { RemoteStore, UploadInput } from '../store/remote.ts';

export type Prepared = { input: string; upload: UploadInput } | { input: string; error: string };

const NOT_HERE = 'JSON Lines and feeds cannot be sent to a running server (its ingest reads HTML and text); stop the server and ingest them directly';

async function* files(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile() && formatOfName(e.name)) yield p;
  }
}

function upload(name: string, bytes: Uint8Array, maxBytes: number): Prepared {
  if (bytes.length > maxBytes) return { input: name, error: `too large: ${bytes.length} bytes (limit ${maxBytes})` };
  let fmt = formatOfName(name);
  if (!fmt) {
    try { fmt = sniffFormat(decodeBytes(bytes, { maxBytes })); } catch (e) { return { input: name, error: (e as Error).message.split('\n')[0]! }; }
  }
  if (fmt === 'jsonl' || fmt === 'feed') return { input: name, error: NOT_HERE };
  return { input: name, upload: { name, bytes, contentType: fmt === 'html' ? 'text/html' : 'text/plain' } };
}

/** Each input named on the command line as uploads (or a reason it cannot be sent). */
export async function* prepareUploads(inputs: string[], o: { maxBytes: number; stdin: NodeJS.ReadableStream }): AsyncGenerator<Prepared> {
  for (const input of inputs) {
    if (isUrl(input)) { yield { input, upload: { url: input } }; continue; }
    try {
      if (input === '-') {
        const chunks: Buffer[] = [];
        for await (const c of o.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : Buffer.from(c as Uint8Array));
        yield upload('-', Buffer.concat(chunks), o.maxBytes);
        continue;
      }
      let st;
      try { st = await stat(input); } catch { yield { input, error: 'no such file or folder' }; continue; }
      if (st.isDirectory()) {
        let n = 0;
        for await (const p of files(input)) { n++; yield upload(p, await readFile(p), o.maxBytes); }
        if (!n) yield { input, error: 'folder holds no readable files' };
        continue;
      }
      if (st.size > o.maxBytes) { yield { input, error: `too large: ${st.size} bytes (limit ${o.maxBytes})` }; continue; }
      yield upload(input, await readFile(input), o.maxBytes);
    } catch (e) {
      yield { input, error: (e as Error).message.split('\n')[0]! };
    }
  }
}

export interface IngestSummary {
  read: number; stored: number; exists: number; failed: number;
  errors: Array<{ input: string; error: string }>;
  docs: Array<{ input: string; id: string; status: string; title: string | null }>;
}

/** Send the inputs to the server; the summary has the shape `realign ingest --json` prints. */
export async function ingestThroughServer(remote: RemoteStore, token: string, inputs: string[], o: { maxBytes: number; stdin: NodeJS.ReadableStream; onError?: (input: string, error: string) => void }): Promise<IngestSummary> {
  const s: IngestSummary = { read: 0, stored: 0, exists: 0, failed: 0, errors: [], docs: [] };
  const fail = (input: string, error: string) => { s.failed++; s.errors.push({ input, error }); o.onError?.(input, error); };
  const ups: UploadInput[] = [];
  for await (const p of prepareUploads(inputs, o)) {
    if ('error' in p) fail(p.input, p.error); else ups.push(p.upload);
  }
  const results: IngestResult[] = ups.length ? await remote.ingest(ups, token) : [];
  for (const r of results) {
    if (!r.ok) { fail(r.name, r.error); continue; }
    s.read++;
    if (r.status === 'inserted') s.stored++; else s.exists++;
    s.docs.push({ input: r.name, id: r.id, status: r.status, title: r.title });
  }
  return s;
}
