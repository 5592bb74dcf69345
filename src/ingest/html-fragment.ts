// An HTML fragment (a feed item's content, a JSON Lines "html" field that is not a whole
// page) → paragraphs with our precision pass only: Readability needs a full page.
import { parseHTML } from 'linkedom';
import { cleanParagraphs, paragraphsOf } from './html-body.ts';
import { findDateline } from './dateline.ts';

export const looksLikeHtml = (s: string) => /<(?:p|div|br|span|a|em|strong|b|i|ul|li|h[1-6]|img|figure|blockquote)\b[^>]*>/i.test(s);
export const isFullPage = (s: string) => /<(?:html|body|head)\b/i.test(s.slice(0, 5000));

export function fragmentText(html: string, title: string | null = null): { body: string; dateline: string | null } {
  const { document } = parseHTML(`<!doctype html><html><body><div id="realign-fragment">${html}</div></body></html>`);
  const root = document.getElementById('realign-fragment') as unknown as Element;
  const { paras } = cleanParagraphs(paragraphsOf(root), { title });
  const texts = paras.map((p) => p.text);
  let dateline: string | null = null;
  if (texts.length) {
    const dl = findDateline(texts[0]!);
    if (dl) { dateline = dl.place; texts[0] = texts[0]!.slice(dl.end); }
  }
  return { body: texts.join('\n\n'), dateline };
}
