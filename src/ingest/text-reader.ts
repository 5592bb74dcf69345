// Plain text (scraped pages saved as .txt, Markdown) → Doc. Lines are split into a head
// (before the first body paragraph), the body and a tail (after the last one). Clutter
// lines are dropped wherever the data/clutter rules allow; their named groups, the date
// line and the headline in the head, and the story's dateline become metadata.
import { createDoc } from '../doc/doc.ts';
import type { Doc, DocMeta } from '../doc/types.ts';
import { classifyLine, type Position } from './clutter.ts';
import { dateLine } from './dates.ts';
import { findDateline } from './dateline.ts';
import { detectLanguage } from './language.ts';
import { ReadError } from './errors.ts';

export interface TextReadOptions {
  /** fewer body words than this is "not an article" (default 40) */
  minWords?: number;
}

const END = /[.!?:;"”’)\]…]$/;
const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A line that reads like a paragraph of running text. */
export function isParagraphLine(line: string): boolean {
  const t = line.trim();
  const n = words(t);
  return (t.length >= 80 && n >= 12) || (t.length >= 30 && n >= 6 && END.test(t) && /[a-z]/.test(t));
}

const cleanLine = (l: string) => l.replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/ {2,}/g, ' ').trim();

/**
 * Group lines into units: blank lines separate blocks; a hard-wrapped block (lines of
 * running text broken mid-sentence) becomes one unit, otherwise each line is its own unit.
 */
function units(lines: string[]): string[] {
  const out: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (!block.length) return;
    const wrapped = block.length >= 2 && block.every((l) => l.length < 110 && !classifyLine(l, 'body')) &&
      block.slice(0, -1).every((l) => l.length >= 25 && words(l) >= 4 && !END.test(l));
    if (wrapped) out.push(block.join(' ')); else out.push(...block, '');
    block = [];
  };
  for (const l of lines) { if (l) block.push(l); else flush(); }
  flush();
  return out;
}

export function readText(text: string, meta: Partial<DocMeta> = {}, opts: TextReadOptions = {}): Doc {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).map(cleanLine);
  const found: Partial<DocMeta> = {};
  let mdTitle: string | null = null;
  const lines = units(raw.map((l) => {
    const h = /^#{1,6}\s+(.*)$/.exec(l);
    if (h) { mdTitle ??= h[1]!.trim(); return h[1]!.trim(); }
    return l.replace(/^[*_]{1,3}(.+?)[*_]{1,3}$/, '$1').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  }));

  let first = lines.findIndex((l) => isParagraphLine(l) && !classifyLine(l, 'head'));
  if (first < 0) throw new ReadError('not an article: no paragraph of running text');
  let last = lines.length - 1;
  while (last > first) {
    const l = lines[last]!;
    if (!l || classifyLine(l, 'tail') || (!END.test(l) && l.length < 60) || (!isParagraphLine(l) && words(l) < 4)) last--;
    else break;
  }

  const take = (m: ReturnType<typeof classifyLine>) => {
    if (!m) return;
    for (const k of ['section', 'publisher', 'author'] as const) if (m.groups[k] && !found[k]) found[k] = m.groups[k];
  };
  // head: date line, headline, clutter metadata
  let title: string | null = null;
  for (let i = 0; i < first; i++) {
    const l = lines[i]!;
    if (!l) continue;
    const c = classifyLine(l, 'head');
    if (c) { take(c); continue; }
    const d = dateLine(l);
    if (d) { found.published ??= d; continue; }
    if (!title && l.length <= 200 && words(l) >= 2) title = l;
  }
  // tail: metadata only (author notes, copyright)
  for (let i = last + 1; i < lines.length; i++) take(classifyLine(lines[i]!, 'tail'));

  // body: drop clutter lines, keep the rest
  const body: string[] = [];
  for (let i = first; i <= last; i++) {
    const l = lines[i]!;
    const pos: Position = 'body';
    const c = l ? classifyLine(l, pos) : null;
    if (c) { take(c); continue; }
    if (l) body.push(l);
  }
  const paras = body;
  if (paras.length) {
    const dl = findDateline(paras[0]!);
    if (dl) { found.dateline = dl.place; paras[0] = paras[0]!.slice(dl.end); }
  }
  const bodyText = paras.join('\n\n');
  const minWords = opts.minWords ?? 40;
  const n = words(bodyText);
  if (n < minWords) throw new ReadError(`not an article: only ${n} words of text`);
  found.title = mdTitle ?? title;
  found.language = detectLanguage(bodyText).lang;
  const merged: Partial<DocMeta> = { format: 'text', ...found };
  for (const [k, v] of Object.entries(meta)) if (v != null) (merged as Record<string, unknown>)[k] = v;
  return createDoc(bodyText, merged);
}
