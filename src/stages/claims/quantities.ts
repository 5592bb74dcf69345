// Numbers with their unit in a sentence: percentages ("24 percent", "11.8 per cent", "5%"),
// money ("$5 billion", "Rs 6 trillion", "€300 million", "15 billion euros"), counts
// ("12,000 troops", "eight submarines") and ranks ("the world's second largest").
// Offsets are into the text given (the caller passes folded doc text and a range).
import type { ClaimVocab, Compiled, UnitRow } from './vocab.ts';

export type QuantityKind = 'percent' | 'money' | 'count' | 'rank';
export interface Quantity {
  kind: QuantityKind;
  value: number;
  unit: string;
  qualifier: string | null;
  /** start of the qualifier (or the number), end of the unit */
  start: number;
  end: number;
  /** where the number itself starts */
  numStart: number;
  /** unit rows used, for the rule id */
  rules: string[];
}

const NUM_RE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{N}]|,\d)/gu;
const WORD_NUMS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const WORD_NUM_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(WORD_NUMS).join('|')})(?= )`, 'giu');
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

interface Prepared { byKind: Map<UnitRow['kind'], Compiled<UnitRow>[]>; rankRe: RegExp | null; rankHint: RegExp | null }
const prepared = new WeakMap<ClaimVocab, Prepared>();
/** What quantities() needs from a vocabulary, worked out once per vocabulary. */
function prepare(v: ClaimVocab): Prepared {
  let p = prepared.get(v);
  if (p) return p;
  const byKind = new Map<UnitRow['kind'], Compiled<UnitRow>[]>();
  for (const u of v.units) (byKind.get(u.row.kind) ?? byKind.set(u.row.kind, []).get(u.row.kind)!).push(u);
  const ord = (byKind.get('ordinal') ?? []).map((u) => u.row.pattern).join('|');
  const sup = (byKind.get('superlative') ?? []).map((u) => u.row.pattern).join('|');
  // ranks: "the world's second largest", "India's largest", "the third-biggest"; a rank
  // always holds a superlative, so a sentence without one is not searched
  const rankRe = ord && sup ? new RegExp(`(?<![\\p{L}])(one of\\s+)?(?:the|its|their|[\\p{L}.]+'s?)\\s+(?:(${ord})[\\s-]+)?(?:most\\s+)?(?:${sup})(?![\\p{L}]|[\\s-]ranking)`, 'giu') : null;
  const rankHint = rankRe ? new RegExp(`(?:${sup})`, 'iu') : null;
  p = { byKind, rankRe, rankHint };
  prepared.set(v, p);
  return p;
}
const ofKind = (v: ClaimVocab, k: UnitRow['kind']) => prepare(v).byKind.get(k) ?? [];
function first(list: Compiled<UnitRow>[], s: string): { u: UnitRow; len: number } | null {
  let best: { u: UnitRow; len: number } | null = null;
  for (const c of list) {
    const m = c.re.exec(s);
    if (m && (!best || m[0].length > best.len)) best = { u: c.row, len: m[0].length };
  }
  return best;
}

/** The qualifier that ends right before `at` in `text`. */
export function qualifierBefore(v: ClaimVocab, text: string, at: number): { qualifier: string; start: number; id: string } | null {
  const before = text.slice(Math.max(0, at - 30), at);
  let best: { qualifier: string; start: number; id: string } | null = null;
  for (const q of v.qualifiers) {
    const m = q.re.exec(before);
    if (m) {
      const start = at - before.length + m.index;
      if (!best || start < best.start) best = { qualifier: q.row.qualifier, start, id: q.row.id };
    }
  }
  return best;
}

/** The text after a number, up to `to`, without one leading space; and whether there was one. */
const after = (text: string, ne: number, to: number) => text.slice(ne, to).replace(/^\s/, '');
const gap = (text: string, ne: number, to: number) => (ne < to && /^\s/.test(text[ne]!) ? 1 : 0);

/** Numbers with units in text[from, to). Counts are returned without checking the noun after (see claims/find.ts). */
export function quantities(v: ClaimVocab, text: string, from: number, to: number): Quantity[] {
  const seg = text.slice(from, to);
  const out: Quantity[] = [];
  const scales = ofKind(v, 'scale');
  NUM_RE.lastIndex = 0;
  for (let m = NUM_RE.exec(seg); m; m = NUM_RE.exec(seg)) {
    const ns = from + m.index;
    let ne = ns + m[0].length;
    let value = Number(m[0].replace(/,/g, ''));
    const rules: string[] = [];
    if (text[ne] === '-' && /\p{L}/u.test(text[ne + 1] ?? '')) continue; // "24-hour"
    let start = ns;
    let unit: string | null = null;
    let kind: QuantityKind = 'count';
    const pre = first(ofKind(v, 'currency-prefix'), text.slice(Math.max(from, ns - 6), ns));
    if (pre) { unit = pre.u.unit!; kind = 'money'; start = ns - (text.slice(Math.max(from, ns - 6), ns).length - text.slice(Math.max(from, ns - 6), ns).search(new RegExp(`(?:${pre.u.pattern})\\s*$`, 'iu'))); rules.push(pre.u.id); }
    const sc = first(scales, after(text, ne, to));
    if (sc && (sc.len > 2 || pre)) { value *= sc.u.factor!; ne += gap(text, ne, to) + sc.len; rules.push(sc.u.id); }
    const pct = !pre && first(ofKind(v, 'percent'), text.slice(ne, to).replace(/^\s/, ''));
    if (pct) { unit = 'percent'; kind = 'percent'; ne += gap(text, ne, to) + pct.len; rules.push(pct.u.id); }
    else if (!pre) {
      const cw = first(ofKind(v, 'currency-word'), after(text, ne, to));
      if (cw) { unit = cw.u.unit!; kind = 'money'; ne += gap(text, ne, to) + cw.len; rules.push(cw.u.id); }
    }
    if (kind === 'count') {
      if (!m[1]!.includes(',') && !m[2] && value >= 1800 && value <= 2100 && !sc) continue; // a year
      unit = 'count';
    }
    const q = qualifierBefore(v, text, start);
    if (q) rules.push(q.id);
    out.push({ kind, value: Math.round(value * 1e6) / 1e6, unit: unit!, qualifier: q?.qualifier ?? null, start: q?.start ?? start, end: ne, numStart: ns, rules });
  }
  WORD_NUM_RE.lastIndex = 0;
  for (let m = WORD_NUM_RE.exec(seg); m; m = WORD_NUM_RE.exec(seg)) {
    const ns = from + m.index;
    if (/(?:the|these|those|its|their|his|her|our|of)\s+$/.test(text.slice(Math.max(from, ns - 8), ns))) continue;
    if (/(?:two|three|four|five|six|seven|eight|nine|ten|a|one)\s+$/i.test(text.slice(Math.max(from, ns - 6), ns)) && /^(?:hundred|dozen)$/i.test(m[1]!)) continue;
    // "five hundred", "two thousand", "three million"
    const times = /^\s+(hundred|thousand|million|billion)(?![\p{L}])/iu.exec(text.slice(ns + m[0].length, to));
    const factor = times ? ({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 } as Record<string, number>)[times[1]!.toLowerCase()]! : 1;
    const q = qualifierBefore(v, text, ns);
    out.push({ kind: 'count', value: WORD_NUMS[m[1]!.toLowerCase()]! * factor, unit: 'count', qualifier: q?.qualifier ?? null, start: q?.start ?? ns, end: ns + m[0].length + (times?.[0].length ?? 0), numStart: ns, rules: ['word-number', ...(q ? [q.id] : [])] });
  }
  const { rankRe, rankHint } = prepare(v);
  if (rankRe && rankHint!.test(seg)) {
    rankRe.lastIndex = 0;
    for (let m = rankRe.exec(seg); m; m = rankRe.exec(seg)) {
      if (m[1]) continue;
      const o = m[2];
      const value = o ? ORDINALS[o.toLowerCase()] ?? Number(o.replace(/\D/g, '')) : 1;
      const s = from + m.index;
      out.push({ kind: 'rank', value, unit: 'rank', qualifier: null, start: s, end: s + m[0].length, numStart: s, rules: ['rank'] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
