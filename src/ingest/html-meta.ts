// Metadata from an HTML page, before any extraction touches the DOM: <meta> tags (og:,
// article:, dc., parsely, sailthru, twitter:, itemprop), JSON-LD (NewsArticle and kin),
// <time>, byline elements, <html lang>, canonical URL. Each field takes the first source
// that gives a usable value, in the order of the lists below.
import { toIsoDate } from './dates.ts';
import { decodeEntities } from './entities.ts';
import { headerFacts } from './html-header.ts';

export interface HtmlMeta {
  title: string | null;
  /** the date printed near the headline */
  shownDate: string | null;
  /** the text the shown date was read from */
  shownDateText: string | null;
  /** every date printed near the headline */
  shownDates: string[];
  /** the "By ..." line printed near the headline */
  byline: string | null;
  /** the page's <h1> (often the headline without the site name) */
  h1: string | null;
  /** every <h1> on the page (the first ten) */
  h1s: string[];
  published: string | null;
  /** last-modified date the page declares */
  modified: string | null;
  author: string | null;
  section: string | null;
  publisher: string | null;
  language: string | null;
  url: string | null;
}

type Dict = Map<string, string>;

const clean = (s: string | null | undefined) => decodeEntities(s ?? '').replace(/\s+/g, ' ').trim() || null;

function metaTags(doc: Document): Dict {
  const out: Dict = new Map();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))?.trim().toLowerCase();
    const val = clean(m.getAttribute('content'));
    if (key && val && !out.has(key)) out.set(key, val);
  }
  return out;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|BackgroundNewsArticle|Report|ScholarlyArticle|TechArticle|WebPage|SocialMediaPosting|Review)$/;

function jsonLdNodes(doc: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) { v.forEach(visit); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o['@graph']) visit(o['@graph']);
    const t = o['@type'];
    const types = (Array.isArray(t) ? t : [t]).map(String);
    if (types.some((x) => ARTICLE_TYPES.test(x))) out.push(o);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try { visit(JSON.parse((s.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''))); } catch { /* malformed JSON-LD is common: skip */ }
  }
  // proper articles before generic WebPage nodes
  return out.sort((a, b) => Number(String(a['@type']).includes('WebPage')) - Number(String(b['@type']).includes('WebPage')));
}

function names(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'object') { const n = (v as Record<string, unknown>).name; return typeof n === 'string' ? [n] : names(n); }
  return [];
}

/** "A", "A and B", "A, B, and C" */
export const joinNames = (xs: string[]) => (xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')}, and ${xs[xs.length - 1]}`);

const isUrl = (s: string) => /^(?:https?:)?\/\//.test(s) || /^www\./.test(s);

/** "By Jane Doe and John Roe, Reuters" → "Jane Doe and John Roe" */
export function cleanAuthor(s: string | null | undefined, opts: { allowHandle?: boolean } = {}): string | null {
  let a = clean(s);
  if (!a || isUrl(a)) return null;
  a = a.replace(/^(?:(?:written|posted|reported|words|story)\s+)?by[:\s]+/i, '').replace(/\s*[|•·]\s*.*$/, '').replace(/\s+(?:updated|published|posted)\b.*$/i, '').trim();
  a = a.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (!a || a.length > 120 || /\d{3}|^\d|^\[/.test(a) || toIsoDate(a)) return null;
  if (/^(?:the\s+)?(?:author|admin|administrator|editor|staff|guest|user|unknown|anonymous)s?$/i.test(a)) return null;
  // a login handle rather than a name: one lower-case word, or dots/underscores inside
  if (!opts.allowHandle && !/\s/.test(a) && (/^[\p{Ll}\d]+$/u.test(a) || /[._@]/.test(a))) return null;
  return a;
}

function pickAuthor(list: Array<string | null | undefined | (() => string | null | undefined)>): string | null {
  for (const x of list) { const a = cleanAuthor(typeof x === 'function' ? x() : x); if (a) return a; }
  return null;
}

function first(...vals: Array<string | null | undefined>): string | null {
  for (const v of vals) { const c = clean(v); if (c) return c; }
  return null;
}

function firstDate(...vals: Array<string | null | undefined | (() => string | null | undefined)>): string | null {
  for (const v of vals) { const d = toIsoDate(typeof v === 'function' ? v() : v); if (d) return d; }
  return null;
}

const BYLINE_SEL = '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline__name, .author-name, .byline-name, .author__name, .c-byline__author, .article-author, .byline a, .byline, .author';

export function htmlMeta(doc: Document): HtmlMeta {
  const m = metaTags(doc);
  const ld = jsonLdNodes(doc);
  const ldv = (k: string) => { for (const n of ld) { const v = n[k]; if (v != null && v !== '') return v; } return null; };
  const ldStr = (k: string) => { const v = ldv(k); return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null; };

  const h1s = Array.from(doc.querySelectorAll('h1')).slice(0, 10).map((e) => clean(e.textContent)).filter((t): t is string => !!t && t.length <= 300);
  const h1 = clean(doc.querySelector('article h1, main h1')?.textContent) ?? h1s[0] ?? null;
  const title = first(ldStr('headline'), m.get('og:title'), m.get('twitter:title'), m.get('parsely-title'), m.get('sailthru.title'), m.get('dc.title'), m.get('title'), doc.querySelector('title')?.textContent);

  // element lookups are slow on big pages: only when the cheaper sources gave nothing
  const time = () => doc.querySelector('article time[datetime], time[itemprop="datePublished"], time[pubdate], time[datetime]')?.getAttribute('datetime');
  const published = firstDate(
    ldStr('datePublished'), m.get('article:published_time'), m.get('og:article:published_time'), m.get('datepublished'),
    m.get('parsely-pub-date'), m.get('sailthru.date'), m.get('dc.date.issued'), m.get('dc.date'), m.get('dcterms.date'), m.get('dcterms.created'),
    m.get('pubdate'), m.get('publishdate'), m.get('published'), m.get('published-date'), m.get('published_date'), m.get('date_published'), m.get('article:published'), m.get('publication_date'), m.get('publication-date'), m.get('publish-date'), m.get('publish_date'), m.get('date'), m.get('article.published'), m.get('cxenseparse:recs:publishtime'),
    time, ldStr('dateCreated'), m.get('og:updated_time'), ldStr('dateModified'), m.get('article:modified_time'),
  );

  const modified = firstDate(ldStr('dateModified'), m.get('article:modified_time'), m.get('og:updated_time'), m.get('dc.date.modified'), m.get('lastmod'), m.get('last-modified'));
  const ldAuthor = [...new Set(names(ldv('author')).map((s) => cleanAuthor(s)).filter((s): s is string => !!s))];
  const header = headerFacts(doc);
  const author = (ldAuthor.length ? joinNames(ldAuthor.slice(0, 6)) : null) ?? pickAuthor([
    m.get('author'), m.get('article:author'), m.get('parsely-author'), m.get('sailthru.author'), m.get('dc.creator'), m.get('dcterms.creator'), m.get('byl'), m.get('twitter:creator')?.startsWith('@') ? null : m.get('twitter:creator'),
    () => doc.querySelector(BYLINE_SEL)?.textContent,
  ]);

  const section = first(ldStr('articleSection'), m.get('article:section'), m.get('parsely-section'), m.get('section'), m.get('category'), m.get('og:section'));
  const publisher = first(names(ldv('publisher'))[0], m.get('og:site_name'), m.get('application-name'), m.get('publisher'), m.get('dc.publisher'), m.get('twitter:site')?.replace(/^@/, ''));
  const lang = first(doc.documentElement?.getAttribute('lang'), m.get('content-language'), m.get('og:locale'), m.get('language'), ldStr('inLanguage'));
  const url = first(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), m.get('og:url'), ldStr('url'));
  return {
    title, h1, h1s, published, modified, shownDate: header.date, shownDateText: header.dateText ?? null, shownDates: header.dates, byline: cleanAuthor(header.byline, { allowHandle: true }), author, section, publisher,
    language: lang ? lang.toLowerCase().slice(0, 2) : null,
    url: url && /^https?:\/\//.test(url) ? url : null,
  };
}

/** Drop a " | Site" / " - Site" suffix or prefix when it names the publisher, or is short. */
export function stripSiteName(title: string, publisher: string | null): string {
  const parts = title.split(/\s+[|–—·•:-]\s+|\s+[|»]\s*/);
  if (parts.length < 2) return title;
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const pub = publisher ? norm(publisher) : null;
  const lastP = parts[parts.length - 1]!, firstP = parts[0]!;
  if (pub && (norm(lastP).includes(pub) || pub.includes(norm(lastP)))) return title.slice(0, title.lastIndexOf(lastP)).replace(/\s*[|–—·•:»-]\s*$/, '').trim();
  if (pub && (norm(firstP).includes(pub) || pub.includes(norm(firstP)))) return title.slice(firstP.length).replace(/^\s*[|–—·•:»-]\s*/, '').trim();
  if (/\s[|–—·•]\s/.test(title) && lastP.split(/\s+/).length <= 4 && firstP.split(/\s+/).length > 3) return title.slice(0, title.lastIndexOf(lastP)).replace(/\s*[|–—·•:»-]\s*$/, '').trim();
  return title;
}

const titleWords = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of the smaller word set found in the other. */
export function wordOverlap(a: string, b: string): number {
  const x = titleWords(a), y = titleWords(b);
  if (!x.size || !y.size) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.min(x.size, y.size);
}

/**
 * The headline: the <h1> that agrees with the declared title (og:title, JSON-LD headline,
 * <title>) — the page's own heading has no site name — else the declared title without the
 * site name, else the first <h1>.
 */
export function chooseTitle(m: HtmlMeta, fallback: string | null = null): string | null {
  const declared = m.title ?? fallback;
  if (!declared) return m.h1 ?? m.h1s[0] ?? null;
  let best: string | null = null, score = 0;
  for (const h of m.h1 ? [m.h1, ...m.h1s] : m.h1s) {
    const s = wordOverlap(h, declared);
    if (s > score + 1e-9) { best = h; score = s; }
  }
  if (best && score >= 0.6 && best.split(/\s+/).length >= 2) return best;
  return stripSiteName(declared, m.publisher);
}
