// What a reader sees around the headline: the date and the byline printed near the <h1>.
// One walk collects the page's short text nodes in document order; the ones close to the
// headline are searched for a date and a "By <name>" line.
import { toIsoDate } from './dates.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'NAV', 'FOOTER', 'SELECT', 'OPTION']);
const FULL_DATE = /\b(?:\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})\b/i;

const UPDATED = /\b(?:updated|modified|revised|edited)\b/i;

const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|authors|byline|by-line|writer|contributor|posted-by|author-name|byline-name)(?:$|[\s_-])/i;
const AUTHOR_HREF = /\/(?:author|authors|people|profile|profiles|staff|contributor|contributors|writers?|team)\/[^/?#]+/i;
const NAME_LIKE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|del|la|le|bin|al|and|&))*,?(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?$/u;

/** A text node in an author element (class "author"/"byline", or a link to an author page) that reads like a name. */
function authorElementName(text: string, el: Element): string | null {
  if (text.length > 60 || !NAME_LIKE.test(text) || text.split(/\s+/).length > 8) return null;
  let e: Element | null = el;
  for (let up = 0; e && up < 4; up++, e = e.parentElement) {
    const cls = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''} ${e.getAttribute('itemprop') ?? ''} ${e.getAttribute('rel') ?? ''}`;
    if (AUTHOR_CLASS.test(cls)) return text;
    if (e.tagName === 'A' && AUTHOR_HREF.test(e.getAttribute('href') ?? '')) return text;
  }
  return null;
}

interface TextItem { text: string; el: Element }

export interface HeaderFacts { date: string | null; byline: string | null; /** every date printed near the headline */ dates: string[]; /** the text the date was read from, and its distance from the headline in text nodes */ dateText?: string; dateDistance?: number }

/** The date and byline printed near the page's headline (the first <h1>). */
export function headerFacts(doc: Document, window = { before: 10, after: 40 }): HeaderFacts {
  const items: TextItem[] = [];
  let h1At = -1, h2At = -1;
  const walk = (el: Element) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = (c.nodeValue ?? '').replace(/\s+/g, ' ').trim();
        if (t) items.push({ text: t, el });
      } else if (c.nodeType === 1) {
        const e = c as Element;
        if (SKIP.has(e.tagName)) continue;
        if (e.tagName === 'H1' && h1At < 0) h1At = items.length;
        if (e.tagName === 'H2' && h2At < 0) h2At = items.length;
        if (e.tagName === 'TIME' && e.getAttribute('datetime')) {
          items.push({ text: `@time ${e.getAttribute('datetime')}`, el: e });
        }
        walk(e);
      }
    }
  };
  // walk from <html>, not doc.body: linkedom's body getter inserts a <body> when the
  // parser left none, which changes the page Readability reads afterwards
  if (doc.documentElement) walk(doc.documentElement as Element);
  if (h1At < 0) h1At = h2At >= 0 ? h2At : 0;
  if (!items.length) return { date: null, byline: null, dates: [] };
  const lo = Math.max(0, h1At - window.before), hi = Math.min(items.length, h1At + window.after);
  const order: number[] = [];
  for (let i = h1At; i < hi; i++) order.push(i);
  for (let i = h1At - 1; i >= lo; i--) order.push(i);
  let date: string | null = null, byline: string | null = null, dateText: string | undefined, dateDistance: number | undefined;
  // a date labelled "Updated" is kept only if no other date is printed near the headline
  let updated: { date: string; text: string; at: number } | null = null;
  let authorEl: string | null = null;
  const dates: string[] = [];
  for (const i of order) {
    const { text } = items[i]!;
    if (text.length <= 120) {
      let d: string | null = null;
      if (text.startsWith('@time ')) d = toIsoDate(text.slice(6));
      else {
        const m = FULL_DATE.exec(text);
        // a date standing alone or with a short label ("Updated", "Published on", "| 5 min read")
        if (m && text.length - m[0].length <= 40) d = toIsoDate(m[0]);
      }
      if (d && !dates.includes(d)) dates.push(d);
      if (d && !date) {
        if (UPDATED.test(text)) updated ??= { date: d, text, at: i - h1At };
        else { date = d; dateText = text; dateDistance = i - h1At; }
      }
    }
    if (!byline && text.length <= 120) {
      const m = /^(?:written\s+|posted\s+|reviewed\s+)?by:?\s*(.*)$/i.exec(text);
      if (m) {
        let name = m[1]!.trim();
        // "By" alone: the name is the next text node
        if (!name && items[i + 1]) name = items[i + 1]!.text;
        if (/^\p{Lu}/u.test(name) || (/^[\p{Ll}\d._-]{3,30}$/u.test(name))) byline = name;
      }
    }
    if (!byline && !authorEl) authorEl = authorElementName(text, items[i]!.el);
  }
  byline ??= authorEl;
  if (!date && updated) { date = updated.date; dateText = updated.text; dateDistance = updated.at; }
  return { date, byline, dates, dateText, dateDistance };
}
