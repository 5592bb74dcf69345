// Our precision pass over Readability's article element: walk it into paragraphs and
// drop what a reader would skip — figure captions and credits, link lists (related
// stories), share/subscribe/newsletter blocks, bylines, date lines and datelines left at
// the edges, and any line the data/clutter rules call furniture.
import { classifyLine, type Position } from './clutter.ts';
import { dateLine } from './dates.ts';

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'HEADER', 'FOOTER', 'FIGURE', 'ADDRESS', 'HR', 'BR', 'ASIDE', 'NAV', 'FORM', 'CENTER', 'DETAILS', 'SUMMARY', 'CAPTION']);
const DROP_TAGS = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'IFRAME', 'SVG', 'SELECT', 'TEXTAREA', 'INPUT', 'LABEL', 'TEMPLATE', 'CAPTION']);

/** class/id words that mark furniture inside an article body */
const DROP_CLASS = /(?:^|[\s_-])(?:caption|credit|share|sharing|social|newsletter|subscribe|subscription|signup|promo|related|recommend(?:ed|ations)?|read-?more|more-stories|also-read|advert|advertisement|ad-slot|ad-container|adslot|sponsor|byline|author-bio|bio-box|dateline|timestamp|published-date|tags|tag-list|topics|breadcrumbs?|comments?|disclaimer|paywall|toolbar|inline-cta|cta|print-only|visually-hidden|sr-only|hidden|outbrain|taboola|newsletter-signup)(?:$|[\s_-])/i;

export interface Paragraph { text: string; tag: string; /** a heading */ heading: boolean; el: Element; /** an end marker ("Related stories") */ end?: boolean }

const clean = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

function linkDensity(el: Element, textLen: number): number {
  let l = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) l += clean(a.textContent ?? '').length;
  return textLen ? l / textLen : 0;
}

function dropElement(el: Element): boolean {
  if (DROP_TAGS.has(el.tagName)) return true;
  if (el.getAttribute('hidden') != null || el.getAttribute('aria-hidden') === 'true') return true;
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (cls.trim() && DROP_CLASS.test(cls)) {
    // a furniture class on a big container holding most of the text is a false alarm
    const t = clean(el.textContent ?? '');
    return t.length < 600 || linkDensity(el, t.length) > 0.3;
  }
  if (el.tagName === 'UL' || el.tagName === 'OL') {
    const t = clean(el.textContent ?? '');
    const items = Array.from(el.querySelectorAll('li'));
    const lis = items.length;
    // a list of headline links (related stories); lists of shopping links or URLs stay
    const avgWords = items.reduce((n, li) => n + wordCount(li.textContent ?? ''), 0) / Math.max(1, lis);
    if (lis >= 2 && linkDensity(el, t.length) > 0.8 && avgWords >= 4 && t.length / Math.max(1, lis) < 120) return true;
  }
  if (el.tagName === 'FIGURE') {
    // keep figures that hold text (tables, code, quotes, paragraphs); drop picture figures
    if (el.querySelector('table, pre, blockquote, ul, ol')) return false;
    return !el.querySelector('p') || !!el.querySelector('img, picture, video');
  }
  return false;
}

/** Walk an element into paragraphs of text. */
export function paragraphsOf(root: Element): Paragraph[] {
  const out: Paragraph[] = [];
  let buf = '';
  let bufEl: Element = root;
  const flush = () => {
    const t = clean(buf);
    if (t) out.push({ text: t, tag: bufEl.tagName, heading: /^H[1-6]$/.test(bufEl.tagName), el: bufEl });
    buf = '';
  };
  const walk = (node: Node, block: Element) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) { if (!buf) bufEl = block; buf += c.nodeValue ?? ''; continue; }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (dropElement(el)) continue;
      if (el.tagName === 'BR') { flush(); continue; }
      if (BLOCK.has(el.tagName)) { flush(); walk(el, el); flush(); }
      else walk(el, block);
    }
  };
  walk(root, root);
  flush();
  return out;
}

const END = /[.!?:;"”’)\]…]$/;
const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

export interface CleanOptions { title?: string | null; author?: string | null }

const normTitle = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Drop furniture paragraphs: clutter lines anywhere, bylines/dates/title at the head, notes and link lines at the tail. */
export function cleanParagraphs(paras: Paragraph[], opts: CleanOptions = {}): { paras: Paragraph[]; found: Record<string, string> } {
  const found: Record<string, string> = {};
  const keep: Paragraph[] = [];
  const title = opts.title ? normTitle(opts.title) : null;
  const authorN = opts.author ? normTitle(opts.author) : null;
  // where the running text starts and ends
  const isProse = (p: Paragraph) => !p.heading && wordCount(p.text) >= 8 && /[a-z]/.test(p.text);
  const firstProse = paras.findIndex(isProse);
  let lastProse = -1;
  for (let i = paras.length - 1; i >= 0; i--) if (isProse(paras[i]!) && END.test(paras[i]!.text)) { lastProse = i; break; }
  if (lastProse < 0) lastProse = paras.length - 1;
  // an author note or other tail furniture written as a sentence closes many articles
  while (lastProse > firstProse && classifyLine(paras[lastProse]!.text, 'tail')) lastProse--;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const pos: Position = i < firstProse ? 'head' : i > lastProse ? 'tail' : 'body';
    const c = classifyLine(p.text, pos);
    if (c && c.kind === 'end') { keep.push({ ...p, end: true }); continue; }
    if (c) { for (const [k, v] of Object.entries(c.groups)) found[k] ??= v; continue; }
    const n = normTitle(p.text);
    if (pos !== 'body' || i === firstProse) {
      if (title && n === title) continue;
      if (dateLine(p.text)) { found.published ??= dateLine(p.text)!; continue; }
      if (authorN && n.length < authorN.length + 20 && n.includes(authorN)) continue;
    }
    if (/^(?:updated|published|posted|last updated|last modified)\b/i.test(p.text) && wordCount(p.text) <= 12 && /\d/.test(p.text)) continue;
    if (pos === 'tail' && wordCount(p.text) <= 6 && !END.test(p.text)) continue;
    keep.push(p);
  }
  // an end marker ("Related stories", "About the author") after most of the text closes the article
  const total = keep.reduce((n, p) => n + p.text.length, 0);
  let before = 0, cut = keep.length;
  for (let i = 0; i < keep.length; i++) {
    if (keep[i]!.end && before >= total * 0.5 && total - before <= total * 0.3) { cut = i; break; }
    before += keep[i]!.text.length;
  }
  return { paras: keep.slice(0, cut).filter((p) => !p.end), found };
}
