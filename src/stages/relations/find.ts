// The relation matcher: trigger phrases (data) → dyad (pairs.ts) → negation, hedges,
// strength and "since" from the words around it → RelationRecord with provenance.
import type { Doc, RelationRecord } from '../../doc/types.ts';
import { clauseAround } from './clauses.ts';
import { fold, hasHit, hits, type Hit } from './fold.ts';
import { bySentence, countryMentions } from './mentions.ts';
import { findPair, type SentenceView } from './pairs.ts';
import type { Modifier, RelationVocab, Trigger } from './vocab.ts';

interface Found { trigger: Trigger; hit: Hit }

const anyTriggers = new WeakMap<RelationVocab, RegExp | null>();
const WORD_START = '(?<![\\p{L}\\p{N}])(?:';
const WORD_END = ')(?![\\p{L}\\p{N}])';
/**
 * One regex that matches wherever some trigger matches, to pass over the many sentences
 * that hold none with one search instead of one per trigger: the triggers' patterns as
 * alternatives after one word-start check (their word-end checks dropped, which only
 * widens it). null when a pattern refers to its own groups (a union would renumber them)
 * or the union does not compile.
 */
function anyTrigger(vocab: RelationVocab): RegExp | null {
  let re = anyTriggers.get(vocab);
  if (re !== undefined) return re;
  re = null;
  const sources = vocab.triggers.map((t) => t.re.source);
  if (sources.length && !sources.some((x) => /\\[1-9]|\\k<|\(\?<[^=!]/.test(x))) {
    const flags = vocab.triggers[0]!.re.flags.replace('g', '');
    const inner = sources.every((x) => x.startsWith(WORD_START) && x.endsWith(WORD_END))
      ? `${WORD_START}${sources.map((x) => `(?:${x.slice(WORD_START.length, -WORD_END.length)})`).join('|')})`
      : sources.map((x) => `(?:${x})`).join('|');
    try { if (vocab.triggers.every((t) => t.re.flags.replace('g', '') === flags)) re = new RegExp(inner, flags); } catch { re = null; }
  }
  anyTriggers.set(vocab, re);
  return re;
}

/** Trigger hits in a folded sentence; of overlapping hits the longest is kept. */
export function triggerHits(vocab: RelationVocab, text: string, offset: number): Found[] {
  const any = anyTrigger(vocab);
  // no trigger match starts before the union's first match
  const from = any ? any.exec(text)?.index ?? -1 : 0;
  if (from < 0) return [];
  const all: Found[] = [];
  for (const t of vocab.triggers) for (const h of hits(t.re, text, from)) all.push({ trigger: t, hit: { start: h.start + offset, end: h.end + offset, text: h.text } });
  if (all.length > 1) all.sort((x, y) => (y.hit.end - y.hit.start) - (x.hit.end - x.hit.start) || x.hit.start - y.hit.start);
  const kept: Found[] = [];
  for (const f of all) if (!kept.some((k) => f.hit.start < k.hit.end && k.hit.start < f.hit.end)) kept.push(f);
  return kept.sort((x, y) => x.hit.start - y.hit.start);
}

/** Modifiers of a kind that apply to the trigger [ts, te). */
function applying(v: SentenceView, mods: Modifier[], kind: string, ts: number, te: number, clauseStart: number, state = false): Modifier[] {
  const out: Modifier[] = [];
  for (const m of mods) {
    if (m.kind !== kind) continue;
    if (state && m.kind === 'hedge') {
      // a standing state named by a noun ("its all-weather friend") is hedged only by a
      // hedge that governs it ("could become allies", "may be rivals"), not by a modal
      // on another verb of the clause ("can offer its friend")
      const seg = v.text.slice(clauseStart, ts);
      if (hits(m.re, seg).some((h) => LINKING.test(seg.slice(h.end)))) out.push(m);
      continue;
    }
    let from = clauseStart;
    if (m.scope === 'before') {
      const before = v.words.filter(([s, e]) => e <= ts && s >= clauseStart);
      const w = m.window ?? 4;
      from = before.length > w ? before[before.length - w]![0] : clauseStart;
    }
    if (hasHit(m.re, v.text.slice(from, te))) out.push(m);
  }
  return out;
}

const LINKING = /^(?:\s+|be|been|being|become|becoming|remain|stay|turn into|grow into|seen as|considered|a|an|the|their|its|each other's|real|true|natural)*$/;
const SINCE_RE = /since\s+(?:(?:the\s+)?(?:early|late|mid)[-\s]?)?((?:1[89]|20)\d\d)(?!\d)/;
const HEAD_AFTER = /^\s+(?:ties|relations|relationship|rapprochement|alliance|partnership|rivalry|friendship|rift)(?![\p{L}])/u;
const round2 = (x: number) => Math.round(x * 100) / 100;
const isChange = (d: string) => d === 'warming' || d === 'cooling';

/** All relation statements in a document. Needs sentences, tokens and actors. */
export function findRelations(doc: Doc, vocab: RelationVocab): RelationRecord[] {
  const folded = fold(doc.text);
  const mentions = bySentence(countryMentions(doc));
  const out: RelationRecord[] = [];
  for (const s of doc.sentences) {
    const ms = mentions.get(s.i) ?? [];
    const prev = mentions.get(s.i - 1) ?? [];
    if (ms.length === 0 && prev.length === 0) continue;
    const text = folded.slice(s.start, s.end);
    const found = triggerHits(vocab, text, s.start);
    if (!found.length) continue;
    const words: Array<[number, number]> = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokens[k]!;
      if (/[\p{L}\p{N}?]/u.test(t.text)) words.push([t.start, t.end]);
    }
    const v: SentenceView = { text: folded, start: s.start, end: s.end, words, mentions: ms, previous: prev };
    const recs: RelationRecord[] = [];
    for (const { trigger, hit } of found) {
      const c = clauseAround(text, hit.start - s.start, hit.end - s.start);
      const clause = { start: c.start + s.start, end: c.end + s.start };
      if (!trigger.noNegation && applying(v, vocab.modifiers, 'negation', hit.start, hit.end, clause.start).length) continue;
      const pair = findPair(v, hit.start, hit.end, clause, !isChange(trigger.direction));
      if (!pair) continue;
      const hedges = applying(v, vocab.modifiers, 'hedge', hit.start, hit.end, clause.start, !isChange(trigger.direction));
      const intens = applying(v, vocab.modifiers, 'intensifier', hit.start, hit.end, clause.start);
      let strength = trigger.strength + (intens.length ? 0.15 : 0);
      if (hedges.length) strength *= 0.5;
      const since = SINCE_RE.exec(folded.slice(clause.start, clause.end))?.[1] ?? null;
      const start = Math.min(pair.quoteStart ?? pair.start, hit.start);
      let end = Math.max(pair.end, hit.end);
      const tail = HEAD_AFTER.exec(folded.slice(end, s.end));
      if (tail && pair.how === 'hyphen' && pair.end === end) end += tail[0].length;
      const [a, b] = [pair.a.country, pair.b.country].sort() as [string, string];
      recs.push({
        id: '', a, b, direction: trigger.direction, strength: round2(Math.min(1, strength)),
        quote: doc.text.slice(start, end), start, end,
        rule: `${trigger.ruleId}${hedges.length ? '+' + hedges.map((h) => h.id).join('+') : ''}/${pair.how}`,
        sentence: s.i, hedged: hedges.length > 0, since,
      });
    }
    out.push(...settle(recs));
  }
  out.forEach((r, i) => { r.id = `${doc.id}-rel${i}`; });
  return out;
}

/**
 * One sentence's records for one dyad: an asserted change (warming/cooling) outranks a
 * standing state (friendly/hostile) said in the same breath ("after years of rivalry, X
 * and Y restored relations"); repeats of a direction keep the strongest.
 */
export function settle(recs: RelationRecord[]): RelationRecord[] {
  const byPair = new Map<string, RelationRecord[]>();
  for (const r of recs) (byPair.get(`${r.a}|${r.b}`) ?? byPair.set(`${r.a}|${r.b}`, []).get(`${r.a}|${r.b}`)!).push(r);
  const out: RelationRecord[] = [];
  for (const group of byPair.values()) {
    const change = group.some((r) => isChange(r.direction) && !r.hedged);
    const best = new Map<string, RelationRecord>();
    for (const r of group) {
      if (change && !isChange(r.direction)) continue;
      const k = `${r.direction}|${r.hedged}`;
      const cur = best.get(k);
      if (!cur || r.strength > cur.strength) best.set(k, r);
    }
    out.push(...best.values());
  }
  return out.sort((x, y) => x.start - y.start);
}
