// Bytes → text: gzip, byte-order marks, declared charsets (HTTP header, <meta charset>,
// XML declaration), a UTF-8 validity check with Windows-1252 as the fallback, and a
// binary check. Node's TextDecoder (full ICU) does the decoding.
import { gunzipSync } from 'node:zlib';
import { ReadError } from './errors.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** Gunzip when the bytes are gzip; a truncated or corrupt stream is a ReadError. */
export function gunzipIfNeeded(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /too large|maxOutputLength/i.test((e as Error).message)) throw new ReadError(`too large: over ${maxBytes} bytes once decompressed`);
    throw new ReadError(`corrupt or truncated gzip (${(e as Error).message})`);
  }
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: many zero bytes at even (BE) or odd (LE) positions. */
function sniffUtf16(b: Uint8Array): string | null {
  const n = Math.min(b.length, 2000) & ~1;
  if (n < 8) return null;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) { if (b[i] === 0) even++; if (b[i + 1] === 0) odd++; }
  const half = n / 2;
  if (odd > half * 0.4 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.4 && odd < half * 0.05) return 'utf-16be';
  return null;
}

/** Control bytes other than tab/newline/CR/FF/ESC in the first 4 KB: not text. */
export function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  if (!n) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) bad++;
  }
  return bad / n > 0.02;
}

const LABELS: Record<string, string> = { 'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252', 'x-sjis': 'shift_jis' };

function normaliseLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const name = LABELS[l] ?? l;
  try { return new TextDecoder(name).encoding; } catch { return null; }
}

/** The charset a document declares in its first 2 KB (<meta charset>, http-equiv, <?xml encoding>). */
export function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.-]+)/i.exec(head);
  return m ? normaliseLabel(m[1]) : null;
}

export const charsetFromContentType = (ct: string | null | undefined) => normaliseLabel(/charset\s*=\s*["']?([\w:.-]+)/i.exec(ct ?? '')?.[1]);

// Windows-1252's 0x80-0x9F (Node's TextDecoder decodes that label as plain Latin-1, so the
// quotes, dashes and euro sign of that range are mapped here).
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) {
    const chunk = b.subarray(i, i + 8192);
    const codes = new Array<number>(chunk.length);
    for (let j = 0; j < chunk.length; j++) { const c = chunk[j]!; codes[j] = c >= 0x80 && c < 0xa0 ? CP1252_HIGH.charCodeAt(c - 0x80) : c; }
    out += String.fromCharCode(...codes);
  }
  return out;
}

const decodeAs = (enc: string, b: Uint8Array) => (enc === 'windows-1252' ? decodeWindows1252(b) : new TextDecoder(enc).decode(b));

export interface DecodeOptions { contentType?: string | null; maxBytes?: number }

/** Decode a file's bytes to text, or throw a ReadError saying why it cannot be read. */
export function decodeBytes(raw: Uint8Array, opts: DecodeOptions = {}): string {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (raw.length === 0) throw new ReadError('empty file');
  if (raw.length > max) throw new ReadError(`too large: ${raw.length} bytes (limit ${max})`);
  const bytes = gunzipIfNeeded(raw, max);
  if (bytes.length === 0) throw new ReadError('empty file');
  if (bytes.length > max) throw new ReadError(`too large: over ${max} bytes once decompressed`);
  let enc = bomEncoding(bytes) ?? sniffUtf16(bytes);
  if (!enc && looksBinary(bytes)) throw new ReadError('binary data, not text');
  if (!enc) enc = charsetFromContentType(opts.contentType);
  if (!enc) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
    enc = declaredCharset(head);
  }
  if (enc && enc !== 'utf-8') return decodeAs(enc, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (enc === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
    return decodeWindows1252(bytes);
  }
}
