// HTML → Doc: metadata first (html-meta), then Readability over a linkedom DOM, then our
// precision pass (html-body). Refuses pages that are not articles: too little text, a login
// form, an index page made mostly of links.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { createDoc } from '../doc/doc.ts';
import type { Doc, DocMeta } from '../doc/types.ts';
import { htmlMeta, chooseTitle, cleanAuthor, type HtmlMeta } from './html-meta.ts';
import { cleanParagraphs, paragraphsOf } from './html-body.ts';
import { findDateline } from './dateline.ts';
import { detectLanguage } from './language.ts';
import { buildSourceMap } from './source-map.ts';
import { ReadError } from './errors.ts';

export interface HtmlReadOptions {
  /** fewer body words than this is "not an article" (default 40) */
  minWords?: number;
  /** skip our precision pass (Readability's text only), for comparison */
  readabilityOnly?: boolean;
  /** build Doc.sourceMap (default true) */
  sourceMap?: boolean;
}

export interface HtmlExtract { body: string; meta: HtmlMeta; dateline: string | null; author: string | null; readabilityTitle: string | null }

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function pageSignals(doc: Document) {
  const root = doc.querySelector('body') ?? doc.documentElement;
  const text = (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
  let linkText = 0;
  for (const a of Array.from(doc.querySelectorAll('a'))) linkText += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return {
    password: !!doc.querySelector('input[type="password"]'),
    linkDensity: text.length ? linkText / text.length : 0,
  };
}

/** Extract the article body and metadata from an HTML string (no Doc, no checks). */
export function extractHtml(html: string, opts: HtmlReadOptions = {}): HtmlExtract {
  const { document } = parseHTML(html);
  const meta = htmlMeta(document as unknown as Document);
  let article: ReturnType<Readability<Element>['parse']> = null;
  try {
    article = new Readability<Element>(document as unknown as Document, { keepClasses: true, serializer: (n) => n as Element }).parse();
  } catch {
    // Readability fails on some malformed pages (no <body>): our pass alone reads the page
  }
  if (!article && !opts.readabilityOnly) {
    const { document: fresh } = parseHTML(html);
    const root = (fresh.querySelector('article') ?? fresh.querySelector('main') ?? fresh.querySelector('body') ?? fresh.documentElement) as unknown as Element;
    for (const el of Array.from(root.querySelectorAll('head, nav, header, footer, aside, form, script, style, noscript'))) el.remove();
    article = { content: root, title: null, byline: null, textContent: null, length: null, excerpt: null, dir: null, siteName: null, lang: null, publishedTime: null };
  }
  let body = '';
  let dateline: string | null = null;
  let author = meta.author;
  if (article?.content) {
    if (opts.readabilityOnly) {
      body = (article.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
    } else {
      const title = meta.h1 ?? meta.title ?? article.title ?? null;
      const { paras, found } = cleanParagraphs(paragraphsOf(article.content), { title, author: author ?? cleanAuthor(article.byline) });
      author ??= found.author ?? null;
      const texts = paras.map((p) => p.text);
      if (texts.length) {
        const dl = findDateline(texts[0]!);
        if (dl) { dateline = dl.place; texts[0] = texts[0]!.slice(dl.end); }
      }
      body = texts.join('\n\n');
    }
  }
  if (!author && article?.byline) author = cleanAuthor(article.byline);
  return { body, meta, dateline, author, readabilityTitle: article?.title ?? null };
}

/** The Doc metadata an extraction yields (title without the site name, language from the body). */
export function htmlDocMeta(x: HtmlExtract): Partial<DocMeta> {
  const m = x.meta;
  const title = chooseTitle(m, x.readabilityTitle);
  // the date printed by the headline (what a reader takes for the date), except when it is
  // the declared modification date printed without an "Updated" label and the page declares
  // a publication date: then that one
  const shown = m.shownDate;
  const published = shown && shown === m.modified && m.published && !/updat|modif|revis/i.test(m.shownDateText ?? '') ? m.published : shown ?? m.published;
  // the byline printed by the headline, else the declared author
  const author = m.byline ?? x.author;
  return {
    format: 'html', title, published, author, section: m.section, publisher: m.publisher,
    dateline: x.dateline, language: detectLanguage(x.body).lang ?? m.language, url: m.url,
  };
}

export function readHtml(html: string, meta: Partial<DocMeta> = {}, opts: HtmlReadOptions = {}): Doc {
  const x = extractHtml(html, opts);
  const n = words(x.body);
  // a short body: look at the whole page (parsed again: Readability changed the first DOM)
  const signals = n < 150 ? pageSignals(parseHTML(html).document as unknown as Document) : { password: false, linkDensity: 0 };
  if (signals.password && n < 150) throw new ReadError('not an article: a login page (password form, little text)');
  if (signals.linkDensity > 0.5 && n < 150) throw new ReadError(`not an article: an index page (${Math.round(signals.linkDensity * 100)}% of the text is links)`);
  if (n < (opts.minWords ?? 40)) throw new ReadError(`not an article: only ${n} words of text`);
  const found = htmlDocMeta(x);
  for (const [k, v] of Object.entries(meta)) if (v != null) (found as Record<string, unknown>)[k] = v;
  const doc = createDoc(x.body, found);
  if (opts.sourceMap !== false) doc.sourceMap = buildSourceMap(html, x.body);
  return doc;
}
