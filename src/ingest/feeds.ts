// RSS 2.0 and Atom feeds: each item becomes one article record (title, link, date, author,
// and its content or description, usually an HTML fragment). linkedom's DOMParser reads
// the XML.
import { DOMParser } from 'linkedom';
import { toIsoDate } from './dates.ts';
import { ReadError } from './errors.ts';

export interface FeedItem { title: string | null; url: string | null; published: string | null; author: string | null; content: string }
export interface Feed { kind: 'rss' | 'atom'; title: string | null; items: FeedItem[] }

export const looksLikeFeed = (s: string) => /<(?:rss|feed|rdf:RDF)\b/i.test(s.slice(0, 3000));

const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim() || null;

/** the first child with one of these qualified names (dc:creator, content:encoded, ...) */
function child(el: Element, ...names: string[]): Element | null {
  for (const n of names) {
    for (const c of Array.from(el.children)) {
      const tag = c.tagName.toLowerCase();
      if (tag === n || tag === `atom:${n}`) return c;
    }
  }
  return null;
}

export function parseFeed(xml: string): Feed {
  const doc = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml') as unknown as Document;
  const root = doc.documentElement;
  if (!root) throw new ReadError('not a feed: no XML root element');
  const rootName = root.tagName.toLowerCase();
  if (rootName === 'feed') {
    const items = Array.from(root.children).filter((c) => c.tagName.toLowerCase() === 'entry').map((e): FeedItem => {
      const link = Array.from(e.children).find((c) => c.tagName.toLowerCase() === 'link' && (c.getAttribute('rel') ?? 'alternate') === 'alternate');
      const author = child(e, 'author');
      return {
        title: text(child(e, 'title')), url: link?.getAttribute('href') ?? null,
        published: toIsoDate(text(child(e, 'published')) ?? text(child(e, 'updated'))),
        author: author ? text(child(author, 'name')) ?? text(author) : null,
        content: text(child(e, 'content')) ?? text(child(e, 'summary')) ?? '',
      };
    });
    return { kind: 'atom', title: text(child(root, 'title')), items };
  }
  if (rootName === 'rss' || rootName === 'rdf:rdf') {
    const channel = child(root, 'channel') ?? root;
    const itemEls = [...Array.from(channel.children), ...Array.from(root.children)].filter((c) => c.tagName.toLowerCase() === 'item');
    const items = itemEls.map((e): FeedItem => ({
      title: text(child(e, 'title')), url: text(child(e, 'link')) ?? text(child(e, 'guid')),
      published: toIsoDate(text(child(e, 'pubdate')) ?? text(child(e, 'dc:date'))),
      author: text(child(e, 'dc:creator')) ?? text(child(e, 'author')),
      content: text(child(e, 'content:encoded')) ?? text(child(e, 'description')) ?? '',
    }));
    return { kind: 'rss', title: text(child(channel, 'title')), items };
  }
  throw new ReadError(`not a feed: root element <${root.tagName}>`);
}
