// Finding the two countries a relation statement is about.
//
// Order of preference, for a trigger at [start, end) in a sentence:
//  1. a pair frame overlapping the trigger, within FRAME_REACH words before it or AFTER_REACH
//     words after it (counted to the frame's own first word: "relations between"), nearest first:
//     "U.S.-India" (hyphen or slash), "between X and Y", "X and Y", "X's ties with Y";
//     a chain of three or more hyphenated names ("A-B-C pipeline") is no dyad;
//  2. a split pair inside the trigger's clause, within SPLIT_REACH words: the nearest country
//     before and the nearest after ("India's move away from Russia"); or the two nearest on
//     one side ("Belarus remains Russia's closest ally");
//  3. pronoun fallback, when a pronoun (its, their, them, ...) is next to the trigger and
//     fewer than two countries were found: the actor stage's coref mentions are ordinary
//     mentions and count in 1–2; when it gives none, the missing actor(s) are the nearest
//     preceding countries in the sentence, then in the previous sentence, that differ from
//     the one already found ("China ... offer its all-weather friend" after a sentence about
//     Islamabad → CHN–PAK).
import type { CountryMention } from './mentions.ts';

export const FRAME_REACH = 6;
export const SPLIT_REACH = 10;
export const AFTER_REACH = 4;
export const STATE_RIGHT_REACH = 3;

export type PairHow = 'hyphen' | 'between' | 'coord' | 'with' | 'split' | 'one-side' | 'pronoun';
export interface Pair {
  a: CountryMention; b: CountryMention; how: PairHow; start: number; end: number;
  /** where a quote of the pair starts ("relations between X and Y" starts before X) */
  quoteStart?: number;
}

export interface SentenceView {
  /** folded doc text (same offsets as doc.text) */
  text: string;
  start: number;
  end: number;
  /** word boundaries as [start, end) char offsets, in order */
  words: Array<[number, number]>;
  mentions: CountryMention[];
  /** mentions of the previous sentence (for pronoun fallback) */
  previous: CountryMention[];
}

const REL_NOUN = '(?:relations|relationship|ties|links|partnership|friendship|cooperation|alliance|rivalry|dealings)';
const WITH_RE = new RegExp(`^(?:'s?)?\\s+(?:[\\p{L}-]+\\s+){0,2}${REL_NOUN}\\s+(?:with|to)\\s+(?:the\\s+)?$`, 'u');
const BETWEEN_RE = new RegExp(`(?:${REL_NOUN}\\s+)?between\\s+(?:the\\s+)?$`, 'u');
const OBJECT_BEFORE = /(?:with|to|toward|towards|from|against|for|on|of)\s+(?:both\s+)?(?:the\s+)?$/;
const HYPHEN_RE = /^\s*[-/]\s*$/;
const AND_RE = /^\s*(?:and|&)\s+(?:the\s+)?$/;
const OBJECT_PREP = /(?:^|\s)(?:to|toward|towards|from|with)$/;
const PRONOUN_RE = /^(?:its|their|them|they|it|theirs|both)$/;

/** Number of words between two char spans (0 when they touch or overlap). */
export function wordGap(v: SentenceView, aEnd: number, bStart: number): number {
  if (bStart <= aEnd) return 0;
  let n = 0;
  for (const [s, e] of v.words) if (s >= aEnd && e <= bStart) n++;
  return n;
}

const dist = (v: SentenceView, s: number, e: number, ts: number, te: number) =>
  e <= ts ? wordGap(v, e, ts) : s >= te ? wordGap(v, te, s) : 0;

/** Mentions that are part of a chain of three or more hyphenated names ("A-B-C pipeline"). */
export function chainedMentions(v: SentenceView): Set<CountryMention> {
  const ms = v.mentions;
  const out = new Set<CountryMention>();
  for (let i = 0; i + 2 < ms.length; i++) {
    if (HYPHEN_RE.test(v.text.slice(ms[i]!.end, ms[i + 1]!.start)) && HYPHEN_RE.test(v.text.slice(ms[i + 1]!.end, ms[i + 2]!.start))) {
      out.add(ms[i]!); out.add(ms[i + 1]!); out.add(ms[i + 2]!);
    }
  }
  return out;
}

/** Pair frames in a sentence. */
export function frames(v: SentenceView): Pair[] {
  const ms = v.mentions;
  const out: Pair[] = [];
  for (let i = 0; i + 1 < ms.length; i++) {
    const x = ms[i]!, y = ms[i + 1]!;
    if (x.country === y.country) continue;
    const mid = v.text.slice(x.end, y.start);
    if (HYPHEN_RE.test(mid)) {
      out.push({ a: x, b: y, how: 'hyphen', start: x.start, end: y.end });
    } else if (AND_RE.test(mid)) {
      const before = v.text.slice(Math.max(v.start, x.start - 40), x.start);
      const m = BETWEEN_RE.exec(before);
      // "relations with Congo and Costa Rica": two objects of one preposition, no dyad
      if (!m && OBJECT_BEFORE.test(before)) continue;
      out.push({ a: x, b: y, how: m ? 'between' : 'coord', start: x.start, end: y.end, quoteStart: m ? x.start - (before.length - m.index) : x.start });
    } else if (WITH_RE.test(mid)) {
      out.push({ a: x, b: y, how: 'with', start: x.start, end: y.end });
    }
  }
  return out;
}

/** The nearest country mentions before and after [ts, te) inside [cs, ce), nearest first. */
function sides(v: SentenceView, ts: number, te: number, cs: number, ce: number, state = false) {
  // a trigger ending in a preposition ("pivot toward", "move away from") takes the country
  // right after it (an article aside) as its object, or none; a noun of standing ("ally",
  // "rival") takes one a few words on ("ally of X", "partner for the United States",
  // "ally is China"), else its actors are before it
  const reach = OBJECT_PREP.test(v.text.slice(ts, te)) ? 1 : state ? STATE_RIGHT_REACH : SPLIT_REACH;
  const left = v.mentions.filter((m) => m.end <= ts && m.start >= cs && wordGap(v, m.end, ts) <= SPLIT_REACH).reverse();
  const right = v.mentions.filter((m) => m.start >= ts && m.end <= ce && (m.start < te || wordGap(v, te, m.start) <= reach));
  return { left, right };
}

const firstOther = (list: CountryMention[], not: string) => list.find((m) => m.country !== not);

/** Where a pronoun stands within a few words of the trigger, or -1. */
function pronounNear(v: SentenceView, ts: number, te: number): number {
  const w = v.words.filter(([s, e]) => {
    if (!PRONOUN_RE.test(v.text.slice(s, e))) return false;
    return (e <= ts && wordGap(v, e, ts) <= 3) || (s >= ts && e <= te) || (s >= te && wordGap(v, te, s) <= 2);
  });
  const before = w.filter(([, e]) => e <= ts).pop();
  return before ? before[0] : w[0] ? w[0][0] : -1;
}

/** The dyad a trigger at [ts, te) speaks of, or null. `clause` limits the split search. */
export function findPair(view: SentenceView, ts: number, te: number, clause: { start: number; end: number }, state = false): Pair | null {
  const chained = chainedMentions(view);
  const v = chained.size ? { ...view, mentions: view.mentions.filter((m) => !chained.has(m)) } : view;
  // 0. "X moved closer to Y": a trigger ending in a preposition with a country right after it
  if (OBJECT_PREP.test(v.text.slice(ts, te))) {
    const { left, right } = sides(v, ts, te, clause.start, clause.end);
    const obj = right.find((m) => m.start >= te);
    const subj = obj && left.find((m) => m.country !== obj.country);
    if (obj && subj) return { a: subj, b: obj, how: 'split', start: Math.min(subj.start, ts), end: Math.max(obj.end, te) };
  }
  // 1. frames
  let best: Pair | null = null;
  let bestD = Infinity;
  for (const f of frames(v)) {
    // a frame after the trigger is reached through its own words ("deterioration in
    // relations between X and Y": one word, "in"); one before it by the words in between
    const after = f.start >= te;
    const d = after ? wordGap(v, te, f.quoteStart ?? f.start) : dist(v, f.start, f.end, ts, te);
    if (d <= (after ? AFTER_REACH : FRAME_REACH) && (d < bestD || (d === bestD && after))) { best = f; bestD = d; }
  }
  if (best) return best;
  // 2. split pairs in the clause
  const { left, right } = sides(v, ts, te, clause.start, clause.end, state);
  if (left[0]) {
    const r = firstOther(right, left[0].country);
    if (r) return { a: left[0], b: r, how: 'split', start: Math.min(left[0].start, ts), end: Math.max(r.end, te) };
  }
  const oneSide = left.length ? left : right;
  if (oneSide[0]) {
    const o = firstOther(oneSide, oneSide[0].country);
    if (o) return { a: oneSide[0], b: o, how: 'one-side', start: Math.min(oneSide[0].start, o.start, ts), end: Math.max(oneSide[0].end, o.end, te) };
  }
  // 3. pronoun fallback
  const pro = pronounNear(v, ts, te);
  if (pro < 0) return null;
  const found = left[0] ?? right[0] ?? null;
  const before = [...v.mentions.filter((m) => m.end <= te).reverse(), ...[...v.previous].reverse()];
  const a = found ?? before[0];
  if (!a) return null;
  const b = firstOther(before, a.country);
  if (!b) return null;
  return { a, b, how: 'pronoun', start: Math.min(ts, pro), end: te };
}
