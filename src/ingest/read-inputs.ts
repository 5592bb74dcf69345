// Every input a user can name → Docs: files (HTML, text, Markdown, JSON Lines, RSS/Atom),
// folders (recursive), standard input ("-") and http(s) URLs. One input may yield many
// documents; every failure is an outcome with a one-line reason, and the batch goes on.
import { readFile as fsReadFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Doc, DocMeta } from '../doc/types.ts';
import { createDoc } from '../doc/doc.ts';
import { decodeBytes, DEFAULT_MAX_BYTES } from './decode.ts';
import { ReadError, reasonOf } from './errors.ts';
import { fetchUrl, isUrl, type FetchOptions } from './fetch-url.ts';
import { looksLikeFeed, parseFeed } from './feeds.ts';
import { fragmentText, isFullPage, looksLikeHtml } from './html-fragment.ts';
import { readHtml } from './html-reader.ts';
import { detectLanguage } from './language.ts';
import { readText } from './text-reader.ts';
import { toIsoDate } from './dates.ts';

export type ReadOutcome = { input: string; doc: Doc } | { input: string; error: string };

export interface ReadOptions {
  /** refuse files (and fetched pages) larger than this, in bytes (default 20 MB) */
  maxBytes?: number;
  /** fewer body words than this is "not an article" (default 40) */
  minWords?: number;
  /** where "-" reads from (default process.stdin) */
  stdin?: NodeJS.ReadableStream;
  fetch?: FetchOptions;
}

export type Format = 'html' | 'text' | 'jsonl' | 'feed';

const EXT: Record<string, Format> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

/** The format a file name announces (".html.gz" counts as ".html"), or null. */
export function formatOfName(name: string): Format | null {
  return EXT[extname(name.replace(/\.gz$/i, '')).toLowerCase()] ?? null;
}

/** The format of text whose name says nothing. */
export function sniffFormat(text: string): Format {
  const head = text.slice(0, 3000).trimStart();
  if (looksLikeFeed(head) && /^(?:<\?xml|<rss|<feed|<rdf)/i.test(head)) return 'feed';
  if (/^(?:<!doctype html|<html|<head|<body)/i.test(head) || (head.startsWith('<') && looksLikeHtml(head))) return 'html';
  if (/^\{.*\}\s*$/m.test(head.split('\n', 1)[0]!)) return 'jsonl';
  return 'text';
}

const FORMAT_FROM_TYPE: Array<[RegExp, Format]> = [[/html/i, 'html'], [/rss|atom|xml/i, 'feed'], [/json/i, 'jsonl'], [/text\/plain|markdown/i, 'text']];

interface Article { url?: unknown; title?: unknown; published?: unknown; text?: unknown; html?: unknown; author?: unknown }

function articleDoc(a: Article, base: Partial<DocMeta>, opts: ReadOptions): Doc {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const meta: Partial<DocMeta> = { ...base, url: str(a.url), title: str(a.title), author: str(a.author), published: toIsoDate(str(a.published)) };
  if (str(a.html)) {
    const d = isFullPage(a.html as string) ? readHtml(a.html as string, meta, { minWords: opts.minWords }) : fragmentDoc(a.html as string, meta, opts);
    d.meta.format = base.format ?? 'jsonl';
    return d;
  }
  if (str(a.text)) { const d = readText(a.text as string, meta, { minWords: opts.minWords }); d.meta.format = base.format ?? 'jsonl'; return d; }
  throw new ReadError('no "text" or "html" field');
}

function fragmentDoc(html: string, meta: Partial<DocMeta>, opts: ReadOptions): Doc {
  const { body, dateline } = fragmentText(html, meta.title ?? null);
  const n = body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (n < (opts.minWords ?? 40)) throw new ReadError(`not an article: only ${n} words of text`);
  return createDoc(body, { dateline, language: detectLanguage(body).lang, ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v != null)) });
}

/** Docs from decoded text of a known format; `name` labels each item (`name#3`). */
export function* docsFromText(text: string, format: Format, name: string, opts: ReadOptions = {}, base: Partial<DocMeta> = {}): Generator<ReadOutcome> {
  const src: Partial<DocMeta> = { source: name, ...base };
  const one = (fn: () => Doc): ReadOutcome => { try { return { input: name, doc: fn() }; } catch (e) { return { input: name, error: reasonOf(e) }; } };
  if (format === 'html') { yield one(() => readHtml(text, { ...src, format: 'html' }, { minWords: opts.minWords })); return; }
  if (format === 'text') { yield one(() => readText(text, { ...src, format: 'text' }, { minWords: opts.minWords })); return; }
  if (format === 'jsonl') {
    const lines = text.split(/\r?\n/);
    let any = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      any = true;
      const input = `${name}#${i + 1}`;
      let row: Article;
      try { row = JSON.parse(line); } catch (e) { yield { input, error: `not valid JSON (${(e as Error).message})` }; continue; }
      if (!row || typeof row !== 'object' || Array.isArray(row)) { yield { input, error: 'not a JSON object' }; continue; }
      try { yield { input, doc: articleDoc(row, { ...src, source: input, format: 'jsonl' }, opts) }; } catch (e) { yield { input, error: reasonOf(e) }; }
    }
    if (!any) yield { input: name, error: 'empty file' };
    return;
  }
  let feed;
  try { feed = parseFeed(text); } catch (e) { yield { input: name, error: reasonOf(e) }; return; }
  if (!feed.items.length) { yield { input: name, error: `${feed.kind} feed with no items` }; return; }
  for (let i = 0; i < feed.items.length; i++) {
    const it = feed.items[i]!;
    const input = `${name}#${i + 1}`;
    try {
      const meta: Partial<DocMeta> = { ...src, source: input, format: feed.kind, publisher: feed.title };
      const doc = articleDoc({ url: it.url, title: it.title, published: it.published, author: it.author, ...(looksLikeHtml(it.content) ? { html: it.content } : { text: it.content }) }, meta, opts);
      yield { input, doc };
    } catch (e) { yield { input, error: reasonOf(e) }; }
  }
}

async function readStream(s: NodeJS.ReadableStream, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of s) {
    const b = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c as Uint8Array);
    total += b.length;
    if (total > max) throw new ReadError(`too large: over ${max} bytes`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && formatOfName(e.name)) yield p;
  }
}

async function* readOne(input: string, opts: ReadOptions): AsyncGenerator<ReadOutcome> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (input === '-') {
      const text = decodeBytes(await readStream(opts.stdin ?? process.stdin, max), { maxBytes: max });
      yield* docsFromText(text, sniffFormat(text), '-', opts);
      return;
    }
    if (isUrl(input)) {
      const f = await fetchUrl(input, { maxBytes: max, ...opts.fetch });
      const text = decodeBytes(f.bytes, { contentType: f.contentType, maxBytes: max });
      const byType = FORMAT_FROM_TYPE.find(([re]) => re.test(f.contentType ?? ''))?.[1];
      const fmt = byType === 'feed' && !looksLikeFeed(text) ? sniffFormat(text) : byType ?? sniffFormat(text);
      yield* docsFromText(text, fmt, input, opts, { url: f.url });
      return;
    }
    let st;
    try { st = await stat(input); } catch { throw new ReadError('no such file or folder'); }
    if (st.isDirectory()) {
      let n = 0;
      for await (const p of walk(input)) { n++; yield* readOne(p, opts); }
      if (!n) yield { input, error: 'folder holds no readable files (.html, .htm, .txt, .md, .jsonl, .xml, .rss, .atom, optionally .gz)' };
      return;
    }
    if (st.size > max && !/\.gz$/i.test(input)) throw new ReadError(`too large: ${st.size} bytes (limit ${max})`);
    const text = decodeBytes(await fsReadFile(input), { maxBytes: max });
    let fmt = formatOfName(input) ?? sniffFormat(text);
    if (fmt === 'feed' && !looksLikeFeed(text)) fmt = sniffFormat(text);
    yield* docsFromText(text, fmt, input, opts);
  } catch (e) {
    yield { input, error: reasonOf(e) };
  }
}

/** Read every input in order; each yields one outcome per document (or error). */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  for (const input of inputs) yield* readOne(input, opts);
}

/** Read one file holding one article. Feeds and JSON Lines hold several: use readInputs. */
export async function readFile(path: string, opts: ReadOptions = {}): Promise<Doc> {
  const out: ReadOutcome[] = [];
  for await (const o of readOne(path, opts)) out.push(o);
  if (out.length === 1) {
    const o = out[0]!;
    if ('doc' in o) return o.doc;
    throw new ReadError(`${o.input}: ${o.error}`);
  }
  throw new ReadError(`${path}: holds ${out.length} documents; use readInputs()`);
}
