// Fetch an http(s) URL for reading: a timeout, a size cap (streamed), a redirect limit and
// a content-type check. Returns the bytes and the content type; failures are ReadErrors.
import { ReadError } from './errors.ts';
import { DEFAULT_MAX_BYTES } from './decode.ts';

export interface FetchOptions { timeoutMs?: number; maxBytes?: number; maxRedirects?: number }
export interface Fetched { url: string; bytes: Uint8Array; contentType: string | null }

const ACCEPTED = /^(?:text\/(?:html|plain|xml|markdown)|application\/(?:xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml|json|x-ndjson|jsonl))\b/i;

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? 5;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), opts.timeoutMs ?? 15000);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetch(current, { redirect: 'manual', signal: ctl.signal, headers: { 'user-agent': 'realign/0.1 (+https://github.com/realign)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.8' } });
      } catch (e) {
        if (ctl.signal.aborted) throw new ReadError(`timed out after ${opts.timeoutMs ?? 15000} ms`);
        throw new ReadError(`cannot fetch: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel();
        if (hop >= maxRedirects) throw new ReadError(`too many redirects (more than ${maxRedirects})`);
        current = new URL(res.headers.get('location')!, current).toString();
        continue;
      }
      if (!res.ok) { await res.body?.cancel(); throw new ReadError(`HTTP ${res.status} ${res.statusText}`.trim()); }
      const ct = res.headers.get('content-type');
      if (ct && !ACCEPTED.test(ct.trim())) { await res.body?.cancel(); throw new ReadError(`unsupported content type ${ct.split(';')[0]}`); }
      const len = Number(res.headers.get('content-length') ?? NaN);
      if (len > max) { await res.body?.cancel(); throw new ReadError(`too large: ${len} bytes (limit ${max})`); }
      const chunks: Uint8Array[] = [];
      let total = 0;
      const reader = res.body!.getReader();
      for (;;) {
        let r: ReadableStreamReadResult<Uint8Array>;
        try { r = await reader.read(); } catch { throw new ReadError(ctl.signal.aborted ? `timed out after ${opts.timeoutMs ?? 15000} ms` : 'connection lost while reading'); }
        if (r.done) break;
        total += r.value.length;
        if (total > max) { await reader.cancel(); throw new ReadError(`too large: over ${max} bytes`); }
        chunks.push(r.value);
      }
      const bytes = new Uint8Array(total);
      let o = 0;
      for (const c of chunks) { bytes.set(c, o); o += c.length; }
      return { url: current, bytes, contentType: ct };
    }
  } finally {
    clearTimeout(timer);
  }
}
