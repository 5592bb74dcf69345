// Reading a verb's or a noun's arguments off the chunks: the clause's end, direct and
// prepositional objects, that-clauses, qualifier words, and the verb a noun phrase depends on.
import type { ActorMention } from '../../doc/types.ts';
import { isTimeNP, ofChain, phrasesRight } from '../../nlp/clause.ts';
import { IRREGULAR_PAST } from '../../nlp/chunk.ts';
import type { Complement, Family, Refine } from './patterns.ts';
import { actorsInChunk, hasWord, phrasesActors, windowText, type SentenceView } from './sentence.ts';
import { hasHomeCountry } from './candidate.ts';

export const norm = (v: SentenceView, k: number) => v.tokens[v.chunks[k]!.start]!.norm;

/** "rejected as false the claims", "dismissed as baseless a report": "as" and a lone adjective before the verb's object. */
export function asPredicate(v: SentenceView, n: number): boolean {
  const c = v.chunks[n], a = v.chunks[n + 1];
  return !!c && !!a && (c.type === 'P' || c.type === 'SUB') && norm(v, n) === 'as' && (a.type === 'ADJ' || a.type === 'NP') && a.end - a.start === 1
    && v.tokens[a.start]!.pos === 'ADJ' && v.chunks[n + 2]?.type === 'NP' && !v.actorAt.has(a.start);
}

/** Last chunk index of the clause that starts after chunk k (exclusive). */
export function clauseLimit(v: SentenceView, k: number): number {
  let j = k + 1;
  for (; j < v.chunks.length; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' && !(j === k + 1 && asPredicate(v, j))) break;
    if (c.type === 'PUNCT' && (norm(v, j) === ';' || norm(v, j) === ':')) break;
    if (c.type === 'VG') {
      // a gerund after a preposition stays in the phrase ("help in managing X")
      if (c.vg!.gerund && v.chunks[j - 1]?.type === 'P') continue;
      // "sent planes loaded with food to Syria", "shipped trucks packed with aid to Y": a participle describing the
      // object's cargo stays in the phrase
      if (cargoParticiple(v, j)) continue;
      break;
    }
    if (c.type === 'TO') break;
    if (c.type === 'CONJ' && v.chunks[j + 1]?.type === 'VG') break;
    if (c.type === 'PUNCT' && norm(v, j) === ',' && (v.chunks[j + 1]?.type === 'VG' || (v.chunks[j + 1]?.type === 'NP' && v.chunks[j + 2]?.type === 'VG'))) break;
  }
  return j;
}

/** A bare past participle between a noun phrase and "with" ("planes loaded with food"): no verb of the clause. */
export function cargoParticiple(v: SentenceView, j: number): boolean {
  const c = v.chunks[j]!;
  return c.type === 'VG' && c.end - c.start === 1 && /ed$|en$/.test(v.tokens[c.head]!.norm) && !c.vg!.gerund && v.chunks[j - 1]?.type === 'NP'
    && v.chunks[j - 2]?.type === 'VG' && v.chunks[j + 1]?.type === 'P' && norm(v, j + 1) === 'with' && v.chunks[j + 2]?.type === 'NP' && !v.actorAt.has(v.chunks[j + 2]!.start);
}

/** Actors of the phrase after preposition `prep` within chunks [from, limit). */
const BORDER = new Set(['border', 'borders', 'frontier', 'frontiers', 'boundary']);
const RELATION = new Set(['relation', 'relations', 'tie', 'ties', 'relationship', 'dealings', 'dispute', 'row', 'rift', 'feud', 'standoff']);
/** "optimistic about talks with China": the other party of talks, after a preposition of topic only */
const TALKS = new Set(['talk', 'talks', 'negotiation', 'negotiations', 'dialogue', 'cooperation', 'partnership']);
const TOPIC = new Set(['about', 'over', 'on', 'regarding', 'concerning']);
/** "trade with X", "flights with X": nouns of an exchange whose "with" phrase is the other party */
const EXCHANGE = new Set([...RELATION, ...TALKS, 'trade', 'commerce', 'exchange', 'contact', 'flight', 'traffic', 'link', 'deal', 'agreement']);

/** nouns of something asked or put to someone, whose "from" phrase names who asks ("demands from X") */
const ASKING = new Set(['demand', 'call', 'appeal', 'request', 'pressure', 'plea', 'offer', 'invitation', 'proposal', 'ultimatum', 'threat', 'warning', 'criticism', 'complaint', 'overture']);

/** prepositions of a clause-level time or concession adjunct */
const ADJUNCT_PREPS = new Set(['following', 'despite', 'amid', 'amidst', 'notwithstanding', 'after', 'before', 'since', 'during']);

export function prepActors(v: SentenceView, from: number, limit: number, preps: string[], place: boolean, skip?: Set<number>): ActorMention[] {
  for (let j = from; j < limit; j++) {
    const c = v.chunks[j]!;
    // "reimposed blockades in Y following the deaths of Z": a time or concession adjunct closes the phrases that can
    // hold the verb's or the noun's own arguments
    if (c.type === 'P' && ADJUNCT_PREPS.has(norm(v, j)) && !preps.includes(norm(v, j))) break;
    if (c.type !== 'P' && !(c.type === 'SUB' && preps.includes(norm(v, j)))) continue;
    if (skip?.has(j)) continue;
    // two-word prepositions ("out of", "away from") match on their last word too
    if (!preps.includes(norm(v, j))) continue;
    let n = j + 1;
    while (v.chunks[n]?.type === 'ADV') n++;
    // ("retaliated by shelling X": after "by" a gerund is the means, its object no agent)
    if (v.chunks[n]?.type === 'VG' && v.chunks[n]!.vg!.gerund) { if (norm(v, j) === 'by') continue; n++; } // "in managing X"
    if (v.chunks[n]?.type !== 'NP') continue;
    // "on its border with Ukraine", "along the frontier of X": the country on the other side
    // "about its relations with China": the other party of a relation
    const hl = v.tokens[v.chunks[n]!.head]!.lemma;
    if ((BORDER.has(hl) || RELATION.has(hl) || (TALKS.has(hl) && TOPIC.has(norm(v, j)))) && v.chunks[n + 1]?.type === 'P' && (norm(v, n + 1) === 'with' || (BORDER.has(hl) && norm(v, n + 1) === 'of')) && v.chunks[n + 2]?.type === 'NP') {
      const other = phrasesActors(v, phrasesRight(v.chunks, v.tokens, n + 2), { place: true });
      if (other.length) return other;
    }
    const phs = phrasesRight(v.chunks, v.tokens, n);
    const acts = phrasesActors(v, phs, { place });
    if (acts.length) return acts;
    // "sorrow for the shootings in South Carolina": one prepositional phrase further
    const last = phs[phs.length - 1]!.chunks.slice(-1)[0]!;
    // ("restrictions on trade with Tajikistan": the other party of an exchange)
    // ("conceded to demands from X", "bowed to pressure from X": who asks)
    const furtherHead = v.tokens[v.chunks[last]!.head]!.lemma;
    const further = v.chunks[last + 1]?.type === 'P' && (['in', 'at', 'on', 'against', 'by'].includes(norm(v, last + 1)) || (norm(v, last + 1) === 'with' && EXCHANGE.has(furtherHead)) || (norm(v, last + 1) === 'from' && ASKING.has(furtherHead)));
    if (further && v.chunks[last + 2]?.type === 'NP' && last + 2 < limit) {
      const more = actorsInChunk(v, last + 2, { place: true });
      // "war crimes by Israeli forces and Palestinian armed groups": the whole list
      if (more.length) { const list = phrasesActors(v, phrasesRight(v.chunks, v.tokens, last + 2), { place: true }); return list.length > 1 ? list : [more[0]!]; }
    }
    // "regarding the manner in which ... by New Delhi": the first actor further on
  }
  return [];
}

export const QUANT = new Set(['up', 'to', 'at', 'least', 'more', 'than', 'about', 'around', 'over', 'nearly', 'almost', 'some', 'as', 'many', 'off', 'out', 'down', 'back', 'away']);
/** The words after the verb, then those of its subject ("peacekeeping troops arrived in X"). */
export function refineWindow(v: SentenceView, k: number, win: string): string {
  const inf = v.info.get(k);
  const first = inf?.subject[0]?.chunks[0];
  if (first == null || first >= k) return win;
  return win + windowText(v, v.chunks[first]!.start, v.chunks[k]!.start);
}

/** "demanded (on Friday) that the US cancel...": the subject of the that-clause. */
export function thatSubject(v: SentenceView, after: number): ActorMention[] {
  let j = after;
  while (j < after + 4 && (v.chunks[j]?.type === 'ADV' || (v.chunks[j]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j]!)) || (v.chunks[j]?.type === 'P' && v.chunks[j + 1]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j + 1]!)))) j++;
  if (!(v.chunks[j]?.type === 'SUB' && norm(v, j) === 'that') || v.chunks[j + 1]?.type !== 'NP') return [];
  return phrasesActors(v, phrasesRight(v.chunks, v.tokens, j + 1));
}

/** verbs of serving someone ("working for", "serving with") */
const SERVING = new Set(['work', 'serve']);
/** The organisation the people of NP chunk n work for ("inspectors working for the UN", "staff serving with Y"). */
export function employer(v: SentenceView, n: number): ActorMention[] {
  const c = v.chunks[n + 1];
  if (c?.type !== 'VG' || !c.vg!.gerund || c.end - c.start !== 1 || !SERVING.has(v.tokens[c.head]!.lemma)) return [];
  if (v.chunks[n + 2]?.type !== 'P' || !['for', 'with'].includes(norm(v, n + 2)) || v.chunks[n + 3]?.type !== 'NP') return [];
  return actorsInChunk(v, n + 3).filter((a) => !a.locationOnly && (a.kind === 'org' || a.country === 'IGO' || a.country === 'NGO'));
}

/** "lifted Friday a blockade": a bare time phrase between the verb and its object. */
export function timeBeforeObject(v: SentenceView, n: number): boolean {
  const c = v.chunks[n];
  return c?.type === 'NP' && v.chunks[n + 1]?.type === 'NP' && !v.actorAt.has(c.start) && isTimeNP(v.tokens, c);
}

export function dobjActors(v: SentenceView, after: number, limit: number, place: boolean): { actors: ActorMention[]; chunk: number | null } {
  let n = after;
  // adverbs, a particle ("beat up X") or a quantity ("up to 16 advisers", "at least ten people")
  while (n < limit && n < after + 4 && (v.chunks[n]!.type === 'ADV' || ((v.chunks[n]!.type === 'P' || v.chunks[n]!.type === 'ADJ' || v.chunks[n]!.type === 'O' || v.chunks[n]!.type === 'TO') && QUANT.has(norm(v, n))))) n++;
  // "denounced as an ugly crime Serbia's suppression": a predicate before the object
  if (v.chunks[n]?.type === 'P' && norm(v, n) === 'as' && (v.chunks[n + 1]?.type === 'NP' || v.chunks[n + 1]?.type === 'ADJ') && v.chunks[n + 2]?.type === 'NP' && !actorsInChunk(v, n + 1).length) n += 2;
  // "more than 100 Palestinians", "fewer than ten": a comparative quantity before the object
  // ("no fewer than ten", "no less than")
  const c0 = v.chunks[n];
  const cmp = !!c0 && c0.type === 'NP' && ((c0.end - c0.start === 1 && ['more', 'less', 'fewer', 'over', 'under'].includes(norm(v, n)))
    || (c0.end - c0.start === 2 && v.tokens[c0.start]!.norm === 'no' && ['more', 'less', 'fewer'].includes(v.tokens[c0.start + 1]!.norm)));
  if (cmp && v.chunks[n + 1]?.type === 'P' && norm(v, n + 1) === 'than') n += 2;
  if (timeBeforeObject(v, n)) n++;
  if (n >= limit || v.chunks[n]?.type !== 'NP') return { actors: [], chunk: null };
  // "expelled weapons inspectors working for the United Nations": the people's employer is a target too
  const emp = employer(v, n);
  if (emp.length) return { actors: [...actorsInChunk(v, n, { place }), ...emp], chunk: n };
  // "helped the dissidents from Egypt": a "from" phrase names the object's country
  return { actors: phrasesActors(v, phrasesRight(v.chunks, v.tokens, n, true), { place }), chunk: n };
}

export const sameActor = (a: ActorMention, b: ActorMention) => a.code === b.code || a.id === b.id;

/**
 * Targets that are not the source itself. A domestic event between two sides of one country is kept
 * ("Turkish authorities imposed a curfew in Turkey", "Iraqi police arrested IRQREB militants"); a
 * target of the source's own country is dropped only when it is the same actor (same code or mention),
 * a bare country standing for a sourceless side ("Russia ... Russia"), a demonym modifying a thing
 * ("Putin offered Russian help"), or a place the act happens in ("agreed to a truce in Gaza").
 */
export function dropSame(targets: ActorMention[], sources: ActorMention[]): ActorMention[] {
  return targets.filter((t) => !sources.some((s) => sameActor(s, t) || ownSide(s, t)));
}

function ownSide(s: ActorMention, t: ActorMention): boolean {
  if (s.country !== t.country || t.sector || t.country === 'IGO') return false;
  return !s.sector || t.kind === 'demonym' || !!t.locationOnly;
}

export function refine(code: string, text: string, refs: Refine[] | undefined): string {
  if (!refs) return code;
  for (const r of refs) if (hasWord(text, r.words)) return r.code;
  return code;
}

/**
 * The sub-code a family's complement words pick. The most specific complement row wins, not the first in the file: one
 * whose word is a head of the complement (the act asked or offered, its object: "the withdrawal of troops" → the
 * withdrawal) over one whose word sits anywhere in it, a longer word over a shorter one, a row whose "with" words
 * hold over one with none; file order breaks ties.
 */
/** A complement row's words spaced for matching in a window text, with their parts (a hyphenated word is one part). */
interface PaddedWord { padded: string; parts: string[]; pieces: string[] }
const padCache = new WeakMap<string[], PaddedWord[]>();
function padded(words: string[]): PaddedWord[] {
  let l = padCache.get(words);
  if (!l) {
    l = words.map((w) => { const parts = w.replace(/ - /g, '-').split(' '); return { padded: ` ${w} `, parts, pieces: parts.flatMap((x) => x.split('-')) }; });
    padCache.set(words, l);
  }
  return l;
}
const withCache = new WeakMap<string[], string[]>();
const hasPadded = (text: string, words: string[]) => {
  let l = withCache.get(words);
  if (!l) { l = words.map((w) => ` ${w} `); withCache.set(words, l); }
  for (const w of l) if (text.includes(w)) return true;
  return false;
};

/** Per family, the complement words indexed by their first token (row order kept for ties). */
interface Entry { row: number; code: string; w: PaddedWord }
const indexCache = new WeakMap<Complement[], Map<Family, Map<string, Entry[]>>>();
function familyIndex(list: Complement[], family: Family): Map<string, Entry[]> {
  let byFam = indexCache.get(list);
  if (!byFam) { byFam = new Map(); indexCache.set(list, byFam); }
  let idx = byFam.get(family);
  if (!idx) {
    idx = new Map();
    list.forEach((c, row) => {
      const code = c.codes[family];
      if (!code) return;
      for (const w of padded(c.words)) {
        const first = w.padded.trim().split(' ')[0]!;
        const l = idx!.get(first);
        if (l) l.push({ row, code, w }); else idx!.set(first, [{ row, code, w }]);
      }
    });
    byFam.set(family, idx);
  }
  return idx;
}

export function complementCode(family: Family, text: string, list: Complement[], heads?: Set<string>): string | null {
  const idx = familyIndex(list, family);
  const scores = new Map<number, { score: number; code: string }>();
  for (const tok of new Set(text.split(' '))) {
    const es = tok ? idx.get(tok) : undefined;
    if (!es) continue;
    for (const e of es) {
      if (!text.includes(e.w.padded)) continue;
      const s = (heads && (e.w.parts.some((x) => heads.has(x)) || e.w.pieces.some((y) => heads.has(y))) ? 100 : 0) + e.w.parts.length * 10;
      const had = scores.get(e.row);
      if (!had || s > had.score) scores.set(e.row, { score: s, code: e.code });
    }
  }
  let best: string | null = null, bestScore = -1, bestRow = Infinity;
  for (const [row, { score, code }] of scores) {
    const c = list[row]!;
    if (c.with && !hasPadded(text, c.with)) continue;
    const sc = score + (c.with ? 1 : 0);
    if (sc > bestScore || (sc === bestScore && row < bestRow)) { best = code; bestScore = sc; bestRow = row; }
  }
  return best;
}

const HELPING = new Set(['help', 'assist']);
/**
 * The head words of the complement after chunk `from` (a verb or a noun of asking, offering, refusing): the verb of an
 * infinitive or that-clause and the head noun of its object, or the head noun of a noun-phrase complement ("demanded the
 * withdrawal of troops" → withdrawal; "urged Y to lift the sanctions" → lift, sanctions). Addressees, time phrases and
 * the subject of a that-clause are passed over.
 */
export function complementHeads(v: SentenceView, from: number): Set<string> {
  const out = new Set<string>();
  const add = (t: number) => { const tk = v.tokens[t]!; out.add(tk.norm); out.add(tk.lemma); };
  let verb = false;
  // "offered to help Y build up its coast guard": the act helped with, not the helping, is the complement
  let helping = false;
  for (let j = from, n = 0; j < v.chunks.length && n < 8; j++, n++) {
    const c = v.chunks[j]!;
    if (c.type === 'PUNCT' || c.type === 'CONJ') break;
    if (c.type === 'VG') {
      if (verb && !helping) break;
      if (helping) { out.clear(); helping = false; }
      else if (HELPING.has(v.tokens[c.head]!.lemma) && c.end - c.start === 1) {
        // the helped side, then the bare verb of the act ("help Y build", "assist Y to rebuild")
        const a = v.chunks[j + 1], b = v.chunks[j + 2], b2 = v.chunks[j + 3];
        helping = a?.type === 'NP' && v.actorAt.has(a.head) && (b?.type === 'VG' || (b?.type === 'TO' && b2?.type === 'VG'));
        if (helping) { verb = true; add(c.head); j++; n++; continue; }
      }
      verb = true; add(c.head);
      // a particle or a compound verb's last word ("pull out", "hand over")
      continue;
    }
    if (c.type !== 'NP') continue;
    if (isTimeNP(v.tokens, c)) continue;
    // an addressee or a that-clause subject ("urged Israel to ...", "demanded that Israel ..."): an actor heading its phrase
    const a = v.actorAt.get(c.head);
    if (a != null && !verb && (v.chunks[j + 1]?.type === 'TO' || v.chunks[j + 1]?.type === 'VG' || v.chunks[j + 1]?.type === 'NP')) continue;
    add(c.head);
    // "a cease-fire": the compound's parts
    for (let t = c.start; t + 2 < c.end; t++) if (v.tokens[t + 1]!.text === '-' && v.tokens[t]!.end === v.tokens[t + 1]!.start) { add(t); add(t + 2); }
    break;
  }
  return out;
}

export const particleMatches = (v: SentenceView, head: number, particle: string, end: number): number | null => {
  const words = particle.split(' ');
  let t = head + 1;
  for (const w of words) {
    if (t >= end || v.tokens[t]!.norm !== w) return reflexiveParticle(v, head, words, end) ?? splitParticle(v, head, particle, end);
    t++;
  }
  return t;
};

/** reflexive pronouns, which stand between a verb and its particle ("blew himself up", "gave themselves up") */
const REFLEXIVE = new Set(['himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'yourself', 'yourselves']);
/**
 * "blew themselves up in Y", "gave himself up to police": the particle after a reflexive object. The trigger is the verb
 * alone (head + 1); the reflexive is no actor, and the phrases after the particle are read as the verb's own.
 */
function reflexiveParticle(v: SentenceView, head: number, words: string[], end: number): number | null {
  if (!REFLEXIVE.has(v.tokens[head + 1]?.norm ?? '') || REFLEXIVE.has(words[0]!)) return null;
  let t = head + 2;
  for (const w of words) {
    if (t >= end || v.tokens[t]!.norm !== w) return null;
    t++;
  }
  return head + 1;
}

/** particles that may follow the verb's object ("drove thousands of people out of Y", "pushed the rebels back") */
const SEPARABLE = new Set(['out', 'back', 'off', 'away', 'down']);
/**
 * A one-word particle after the verb's object noun phrase (and its "of" chain): "drove thousands of Albanians out of
 * Kosovo". The trigger is the verb alone (head + 1), so the object is still read as the direct object.
 */
function splitParticle(v: SentenceView, head: number, particle: string, end: number): number | null {
  if (!SEPARABLE.has(particle)) return null;
  const k = v.chunkAt.get(head);
  if (k == null || v.chunks[k]!.end !== head + 1 || v.chunks[k + 1]?.type !== 'NP') return null;
  const last = ofChain(v.chunks, v.tokens, k + 1).chunks.slice(-1)[0]!;
  const p = v.chunks[last + 1];
  if (!p || p.start >= end || v.tokens[p.start]!.norm !== particle) return null;
  const n = v.tokens[p.start + 1];
  return !n || n.norm === 'of' || n.pos === 'PUNCT' || n.norm === 'from' ? head + 1 : null;
}

/** An object word list compiled once: single words as a set, multi-word phrases split (in list order). */
interface CompiledObjects { single: Set<string>; multi: string[][] }
const compiledObjects = new WeakMap<string[], CompiledObjects>();
function compileObjects(objects: string[]): CompiledObjects {
  let c = compiledObjects.get(objects);
  if (!c) {
    c = { single: new Set(objects.filter((o) => !o.includes(' '))), multi: objects.filter((o) => o.includes(' ')).map((o) => o.split(' ')) };
    compiledObjects.set(objects, c);
  }
  return c;
}
const phraseAt = (v: SentenceView, t: number, ws: string[]) => ws.every((w, i) => v.tokens[t + i]?.norm === w || v.tokens[t + i]?.lemma === w);

/** a measure phrase's words ("one hour", "half", "20 percent", "two thirds") */
const MEASURE = / (half|third|thirds|quarter|percent|per cent|hour|hours|day|days|week|weeks|month|months|year|years|\d+%?) /;
export function objectMatches(v: SentenceView, fromChunk: number, limit: number, objects: string[]): { chunk: number; token: number } | null {
  let n = fromChunk;
  while (v.chunks[n]?.type === 'ADV' || v.chunks[n]?.type === 'ADJ' || timeBeforeObject(v, n)) n++;
  // "shortened by one hour the curfew", "cut by half the aid": a measure phrase before the object
  if (v.chunks[n]?.type === 'P' && norm(v, n) === 'by' && v.chunks[n + 1]?.type === 'NP' && v.chunks[n + 2]?.type === 'NP' && MEASURE.test(windowText(v, v.chunks[n + 1]!.start, v.chunks[n + 1]!.end))) n += 2;
  // "rejected as false the claims": a predicate adjective before the object
  if (asPredicate(v, n)) n += 2;
  // "suspended part of a military aid program" (a quantity word tagged as an adverb, then "of")
  if (n > fromChunk && v.chunks[n]?.type === 'P' && norm(v, n) === 'of' && v.chunks[n + 1]?.type === 'NP') n++;
  const co = compileObjects(objects);
  // "used tear gas": the first word of a compound object tagged as a verb
  const vc = v.chunks[n];
  if (n <= limit && vc?.type === 'VG' && vc.end - vc.start === 1 && v.chunks[n + 1]?.type === 'NP') {
    for (const ws of co.multi) if (phraseAt(v, vc.start, ws)) return { chunk: n + 1, token: vc.start };
  }
  if (n >= limit) return null;
  // the object, its "of" phrase, and coordinated objects ("photographs and other military intelligence")
  const ph = v.chunks[n]?.type === 'NP' ? phrasesRight(v.chunks, v.tokens, n).slice(0, 3).flatMap((p) => p.chunks.slice(0, 2)) : [];
  for (const k of ph) {
    const c = v.chunks[k]!;
    for (let t = c.start; t < c.end; t++) {
      const tk = v.tokens[t]!;
      // a word or a phrase starting here (the list's order between the two does not change which token matches)
      if (co.single.has(tk.lemma) || co.single.has(tk.norm)) return { chunk: k, token: t };
      for (const ws of co.multi) if (phraseAt(v, t, ws)) return { chunk: k, token: t };
    }
  }
  return null;
}

export const sentWinCache = new WeakMap<SentenceView, string>();
/** All the words of the sentence, for patterns that require a word anywhere in it. */
export function sentWin(v: SentenceView): string {
  let w = sentWinCache.get(v);
  if (w == null) { w = windowText(v, v.sent.tokenStart, v.sent.tokenEnd); sentWinCache.set(v, w); }
  return w;
}

/** "ten soldiers killed in Ukraine": a bare participle after a noun phrase, with no object, is passive. */
export function reducedPassive(v: SentenceView, k: number, slots: string[]): boolean {
  const c = v.chunks[k]!;
  if (!slots.includes('dobj') || c.head !== c.start || v.chunks[k - 1]?.type !== 'NP' || isTimeNP(v.tokens, v.chunks[k - 1]!)) return false;
  // the noun phrase must itself be an object ("there were ten soldiers killed"), not the clause's subject
  let a = k - 1;
  while (a >= 2 && v.chunks[a - 1]!.type === 'P' && norm(v, a - 1) === 'of' && v.chunks[a - 2]!.type === 'NP') a -= 2;
  const before = v.chunks[a - 1];
  if (!before || (before.type !== 'VG' && before.type !== 'P')) return false;
  // ("X and more than 20 other countries expelled over 100 Y diplomats": "than" marks a quantity in the subject)
  if (before.type === 'P' && v.tokens[before.start]!.norm === 'than') return false;
  const h = v.tokens[c.head]!;
  if (!/ed$/.test(h.norm) && !['held', 'shot', 'hit', 'struck', 'taken', 'seized', 'beaten', 'thrown', 'driven', 'stolen', 'slain'].includes(h.norm)) return false;
  const n = v.chunks[k + 1];
  return !n || n.type === 'P' || n.type === 'PUNCT';
}

export function objectInSubject(v: SentenceView, k: number, objects: string[]): { chunk: number; token: number } | null {
  const inf = v.info.get(k);
  if (!inf) return null;
  for (const ph of inf.subject) for (const c of ph.chunks) {
    const m = objectMatches(v, c, c + 1, objects);
    if (m) return m;
  }
  return null;
}

export function isPersonPronoun(v: SentenceView, k: number) {
  const ph = v.info.get(k)?.subject[0];
  if (!ph) return false;
  const t = v.tokens[v.chunks[ph.chunks[0]!]!.head]!;
  return t.norm === 'he' || t.norm === 'she';
}

export function isPronounSubject(v: SentenceView, k: number) {
  const inf = v.info.get(k);
  const ph = inf?.subject[0];
  if (!ph) return false;
  return v.tokens[v.chunks[ph.chunks[0]!]!.head]!.pos === 'PRON';
}

/** The verb group whose subject is the noun phrase at chunk k, if any. */
export function predicateOf(v: SentenceView, k: number): number | null {
  for (let j = k + 1; j < v.chunks.length && j < k + 12; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'VG') {
      const inf = v.info.get(j);
      if (!inf || inf.link !== 'direct') return null;
      if (inf.subject.some((p) => p.chunks.includes(k))) return j;
      // "a war between X and Y would be ...": the verb's subject read as the coordinated objects of k's preposition
      const f = inf.subject[0]?.chunks[0];
      if (f == null || f < k + 2 || v.chunks[k + 1]!.type !== 'P' || norm(v, k + 1) === 'of') return null;
      for (let m = k + 2; m < f; m++) if (!['NP', 'CONJ'].includes(v.chunks[m]!.type) && !(v.chunks[m]!.type === 'PUNCT' && norm(v, m) === ',')) return null;
      return j;
    }
    if (c.type === 'SUB' || (c.type === 'PUNCT' && norm(v, j) !== ',')) return null;
  }
  return null;
}

/** The first actor after a preposition anywhere up to the clause end ("regarding the way it was handled by Y"). */
export function actorsAfterPrep(v: SentenceView, from: number, limit: number, prep: string): ActorMention[] {
  let j = from;
  for (; j < v.chunks.length && j < from + 12; j++) if (v.chunks[j]!.type === 'P' && norm(v, j) === prep) break;
  for (let m = j + 1; m < v.chunks.length && m < j + 14; m++) {
    if (v.chunks[m]!.type === 'PUNCT' && norm(v, m) !== ',') break;
    const a = actorsInChunk(v, m);
    if (a.length) return [a[0]!];
  }
  void limit;
  return [];
}

export const PARTICLES = new Set(['off', 'out', 'up', 'down', 'back', 'away']);

/** The noun phrase at k is the verb's object ("launched an attack"), or a time phrase ("during a visit to X"). */
export function dependsOn(v: SentenceView, k: number, vg: number): boolean {
  let j = k - 1;
  while (j > vg && (v.chunks[j]!.type === 'ADV' || v.chunks[j]!.type === 'ADJ' || (v.chunks[j]!.type === 'P' && j === vg + 1 && PARTICLES.has(norm(v, j))))) j--;
  if (j === vg) return true;
  if (v.chunks[j]!.type === 'P' && ['during', 'at', 'after', 'before', 'for', 'following', 'amid', 'since', 'in'].includes(norm(v, j))) return true;
  // "start weapons sales", "hold a round of talks"
  if (v.chunks[j]!.type === 'P' && norm(v, j) === 'of' && v.chunks[j - 1]?.type === 'NP' && j - 2 === vg) return true;
  return false;
}

/** The verb group a noun phrase at chunk k depends on: the nearest one to its left in the same clause. */
export function governingVerb(v: SentenceView, k: number): number | null {
  for (let j = k - 1; j >= 0; j--) {
    const c = v.chunks[j]!;
    if (c.type === 'VG') return j;
    if (c.type === 'SUB') return null;
    if (c.type === 'PUNCT' && (norm(v, j) === ';' || norm(v, j) === ':')) return null;
  }
  return null;
}


/** A bare past participle ("committed", "carried", "done"), the verb of a reduced relative clause. */
const bareParticiple = (v: SentenceView, j: number): boolean => {
  const c = v.chunks[j];
  if (c?.type !== 'VG' || c.head !== c.start || c.end !== c.start + 1) return false;
  const w = v.tokens[c.head]!.norm;
  return /ed$/.test(w) || IRREGULAR_PAST[w] != null || /en$/.test(w);
};

/** codes whose target is the doer of a deed (investigations 09x, accusations and criticism 11x) */
export const deedCode = (code: string): boolean => /^(09|11)/.test(code);

/**
 * "crimes committed by X", "abuses carried out by X", "war crimes by X against Y": the agent of the deed the noun
 * phrase at chunk n names (for an investigation or an accusation, the party investigated or accused).
 */
export function deedAgent(v: SentenceView, n: number): ActorMention[] {
  if (v.chunks[n]?.type !== 'NP' || actorsInChunk(v, n).length) return [];
  const phs = phrasesRight(v.chunks, v.tokens, n);
  let j = phs[phs.length - 1]!.chunks.slice(-1)[0]! + 1;
  if (bareParticiple(v, j)) {
    j++;
    // ("carried out by", "handed down by")
    if ((v.chunks[j]?.type === 'P' || v.chunks[j]?.type === 'ADV') && PARTICLES.has(norm(v, j))) j++;
  }
  if (!(v.chunks[j]?.type === 'P' && norm(v, j) === 'by' && v.chunks[j + 1]?.type === 'NP')) return [];
  return phrasesActors(v, phrasesRight(v.chunks, v.tokens, j + 1));
}

/**
 * "X has been accused of misusing funds, much of it believed stolen, by Y officials": the by-agent of a passive
 * verb, after a parenthetical that a comma closes, further on than the verb's own clause.
 */
export function farAgent(v: SentenceView, k: number, limit: number): ActorMention[] {
  let opened = false;
  for (let j = k + 1; j < v.chunks.length && j < k + 30; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' && !opened) return [];
    if (c.type === 'PUNCT') {
      const w = norm(v, j);
      if (w === ';' || w === ':' || w === '.') return [];
      if (w === ',') {
        if (opened && j >= limit && v.chunks[j + 1]?.type === 'P' && norm(v, j + 1) === 'by' && v.chunks[j + 2]?.type === 'NP') {
          return phrasesActors(v, phrasesRight(v.chunks, v.tokens, j + 2));
        }
        opened = true;
      }
    }
  }
  return [];
}

/** The doer of the deed in the object or prepositional phrase after a 09x/11x trigger (chunks from `after`). */
export function deedTarget(v: SentenceView, after: number, limit: number, slots: string[], objChunk: number | null): ActorMention[] {
  if (objChunk == null && slots.includes('dobj')) {
    const d = dobjActors(v, after, limit, false).chunk;
    if (d != null) { const a = deedAgent(v, d); if (a.length) return a; }
  }
  for (let j = after; j < limit && j < after + 4; j++) {
    if (v.chunks[j]!.type === 'P' && slots.includes(norm(v, j))) return deedAgent(v, j + 1);
  }
  return [];
}

/** heads of a noun phrase naming an attack, a weapon or a fighting unit: a nationality on it names who struck */
export const ATTACK_HEADS = new Set(['shelling', 'shell', 'shells', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'bombardment', 'bombing', 'bombings',
  'fire', 'gunfire', 'attack', 'attacks', 'assault', 'offensive', 'ambush', 'missile', 'missiles', 'rocket', 'rockets', 'tank', 'tanks', 'artillery',
  'mortar', 'mortars', 'drone', 'drones', 'helicopter', 'helicopters', 'jet', 'jets', 'warplane', 'warplanes', 'aircraft', 'gunship', 'gunships',
  'sniper', 'snipers', 'gunboat', 'warship', 'incursion', 'operation', 'crossfire', 'salvo', 'barrage', 'killing', 'massacre', 'kidnapping', 'abduction']);

/** heads of a noun phrase naming a mishap or a disaster, which no actor does ("killed by the plane crash") */
export const MISHAP_HEADS = new Set(['crash', 'crashes', 'accident', 'accidents', 'collision', 'disaster', 'earthquake', 'quake', 'flood', 'floods', 'flooding', 'storm',
  'hurricane', 'typhoon', 'cyclone', 'landslide', 'landslides', 'avalanche', 'stampede', 'derailment', 'outbreak', 'epidemic', 'tsunami', 'mudslide', 'wreck']);

const headLemma = (v: SentenceView, k: number) => { const t = v.tokens[v.chunks[k]!.head]!; return t.lemma === t.norm ? t.norm : t.lemma; };
const chunkHead = (v: SentenceView, k: number, set: Set<string>) => set.has(v.tokens[v.chunks[k]!.head]!.norm) || set.has(headLemma(v, k));

/**
 * "killed by the Air France plane crash": by-agents that are a mishap's modifiers, not its doers, are dropped (the
 * company on a crash did no violence).
 */
export function dropMishapAgents(v: SentenceView, agents: ActorMention[]): ActorMention[] {
  return agents.filter((a) => { const k = v.chunkAt.get(a.tokenStart); return k == null || !chunkHead(v, k, MISHAP_HEADS) || headsOwnChunk(v, a, k); });
}
const headsOwnChunk = (v: SentenceView, a: ActorMention, k: number) => a.tokenStart <= v.chunks[k]!.head && v.chunks[k]!.head < a.tokenEnd;

/**
 * "were killed in Turkish artillery shelling", "wounded during an Israeli air raid", "hit by Iranian rocket fire": with no
 * by-agent, the nationality on the attack, weapon or unit in an "in/during/by/amid" phrase after a passive violent verb
 * names who struck.
 */
const INSTRUMENT_PREPS = new Set(['in', 'during', 'by', 'amid', 'under', 'from']);
export function instrumentAgent(v: SentenceView, after: number, limit: number): ActorMention[] {
  for (let j = after; j < limit - 1; j++) {
    if (v.chunks[j]!.type !== 'P' || !INSTRUMENT_PREPS.has(norm(v, j)) || v.chunks[j + 1]!.type !== 'NP') continue;
    const n = j + 1;
    if (!chunkHead(v, n, ATTACK_HEADS)) continue;
    const acts = actorsInChunk(v, n).filter((a) => !a.locationOnly && a.tokenStart <= v.chunks[n]!.head);
    if (acts.length) return acts.slice(0, 1);
  }
  return [];
}

/**
 * "claimed responsibility for an attack targeting shoppers in Kenya's capital", "for the bombing of a bus in Y": the
 * party attacked — the first actor after the attack noun of the "for" phrase, a country or capital it happened in
 * included — within the clause.
 */
export function attackTarget(v: SentenceView, after: number, sources: ActorMention[]): ActorMention[] {
  let j = after;
  while (j < v.chunks.length && j < after + 4 && !(v.chunks[j]!.type === 'P' && norm(v, j) === 'for')) j++;
  // ("an attack targeting shoppers": the attack noun may sit inside the phrase)
  const c = v.chunks[j + 1];
  if (v.chunks[j]?.type !== 'P' || c?.type !== 'NP') return [];
  let attack = false;
  for (let t = c.start; t <= c.head; t++) if (ATTACK_HEADS.has(v.tokens[t]!.norm) || ATTACK_HEADS.has(v.tokens[t]!.lemma)) attack = true;
  if (!attack) return [];
  for (let m = j + 1; m < v.chunks.length && m < j + 16; m++) {
    const c = v.chunks[m]!;
    if (c.type === 'SUB' || (c.type === 'PUNCT' && norm(v, m) !== ',')) break;
    // a new clause ("..., the group said")
    if (c.type === 'PUNCT' && (v.chunks[m + 1]?.type === 'VG' || (v.chunks[m + 1]?.type === 'NP' && v.chunks[m + 2]?.type === 'VG' && !v.chunks[m + 2]!.vg!.gerund))) break;
    const a = dropSame(actorsInChunk(v, m, { place: true }), sources).filter((x) => !x.locationOnly || x.kind === 'country' || x.kind === 'capital');
    if (a.length) return [a[0]!];
  }
  return [];
}

/** prepositions of an adverbial phrase whose event is the main clause subject's own ("during a visit to X, Y ...") */
const HOST_PREPS = new Set(['during', 'on', 'after', 'following', 'at', 'before', 'upon']);

/**
 * The doer of a noun event in an adverbial phrase that opens the sentence or stands as an aside after the subject,
 * set off by a comma: "During a visit to Moscow, X thanked ...", "X, on a two-day visit to Y, signed ..." → X, the
 * subject of the verb after the comma (none when the phrase holds a verb or the verb's subject is elsewhere).
 */
export function adverbialHost(v: SentenceView, k: number): ActorMention[] {
  const ch = v.chunks;
  let b = k - 1;
  while (b >= 0 && (ch[b]!.type === 'NP' || ch[b]!.type === 'ADJ' || ch[b]!.type === 'ADV' || (ch[b]!.type === 'P' && !HOST_PREPS.has(norm(v, b))))) b--;
  if (b < 0 || ch[b]!.type !== 'P' || !HOST_PREPS.has(norm(v, b))) return [];
  const opening = b === 0 || (b === 1 && ch[0]!.type === 'ADV');
  const aside = !opening && ch[b - 1]?.type === 'PUNCT' && norm(v, b - 1) === ',' && ch[b - 2]?.type === 'NP';
  if (!opening && !aside) return [];
  let c = k + 1;
  for (; c < ch.length && !(ch[c]!.type === 'PUNCT' && norm(v, c) === ','); c++) if (ch[c]!.type === 'VG' || ch[c]!.type === 'SUB' || ch[c]!.type === 'TO' || ch[c]!.type === 'CONJ') return [];
  let m = c + 1;
  while (m < ch.length && m < c + 8 && ch[m]!.type !== 'VG') { if (ch[m]!.type === 'SUB' || ch[m]!.type === 'PUNCT') return []; m++; }
  const inf = v.info.get(m);
  const s0 = inf?.subject[0]?.chunks[0];
  if (!inf || s0 == null || (opening ? s0 <= c : s0 >= b)) return [];
  const a = phrasesActors(v, inf.subject);
  return a.length || !inf.appos ? a : phrasesActors(v, [inf.appos]);
}

/**
 * Codes of material acts taken against the country they happen in when no party is named: force posture (15),
 * assault (18), fight (19, blockades 191 included), mass violence (200-203). A raised alert (151, 152) is a state of
 * one's own forces where they stand ("put its troops in Y on alert"), and the use or test of weapons of mass
 * destruction (204) is aimed at no place.
 */
export const placeAct = (code: string): boolean => /^(15[03-9]|18|19|20[0-3])/.test(code);

/** prepositions of the place where an act happens ("in", "near", "on the outskirts of", "off the coast of") */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'inside', 'outside', 'into', 'across', 'throughout', 'around', 'along', 'off', 'on', 'over', 'onto', 'within']);
/** nouns of a place, which a nationality on them locates ("a Pakistani village", "the West Bank city") */
const PLACE_NOUNS = new Set(['city', 'cities', 'town', 'towns', 'village', 'villages', 'province', 'provinces', 'region', 'regions', 'district', 'districts', 'capital',
  'territory', 'territories', 'area', 'areas', 'port', 'island', 'islands', 'coast', 'suburb', 'suburbs', 'neighbourhood', 'neighborhood', 'outskirts', 'countryside',
  'enclave', 'state', 'county', 'hamlet', 'valley', 'mountains', 'soil', 'waters', 'airspace', 'side']);

/** A mention that names a place: a country, a region or city (the dictionary's countries and capitals), or a nationality on a place noun. */
function placeMention(v: SentenceView, a: ActorMention, k: number): boolean {
  if (!hasHomeCountry(a)) return false;
  if (a.kind === 'country' || a.kind === 'capital' || placeInside(v, a)) return true;
  return a.kind === 'demonym' && chunkHead(v, k, PLACE_NOUNS);
}

/** "troops in Sudan", "a crowd in Gaza": a mention read with its place phrase, whose country is that place's. */
const placeInside = (v: SentenceView, a: ActorMention): boolean => v.tokens.slice(a.tokenStart + 1, a.tokenEnd - 1).some((t) => t.pos === 'ADP' && PLACE_PREPS.has(t.norm));

/** The first place named in the place phrases among chunks [from, to): "in Y", "near the Y border town of Z", "on the outskirts of Y". */
function placeIn(v: SentenceView, from: number, to: number): ActorMention | null {
  let at = false;
  for (let j = from; j < to; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'P') {
      const w = norm(v, j);
      // ("reimposed blockades in Y following the deaths of Z": a time or concession adjunct holds no place of the act)
      if (ADJUNCT_PREPS.has(w)) return null;
      if (PLACE_PREPS.has(w)) at = true;
      else if (w !== 'of') at = false;
      continue;
    }
    if (c.type === 'NP') {
      // ("tested a missile on Sunday, and Y responded": a noun phrase before a verb is the subject of a clause of its own)
      if (j > from && v.chunks[j + 1]?.type === 'VG' && (v.chunks[j - 1]!.type === 'CONJ' || v.chunks[j - 1]!.type === 'PUNCT')) return null;
      if (at) { const a = actorsInChunk(v, j, { place: true }).find((x) => placeMention(v, x, j)); if (a) return a; }
      continue;
    }
    if (c.type === 'ADJ' || c.type === 'ADV' || (c.type === 'CONJ' && ['and', 'or'].includes(norm(v, j))) || (c.type === 'PUNCT' && norm(v, j) === ',')) continue;
    at = false;
  }
  return null;
}

/** pronouns that take up the subject of the clause before */
const ANAPHORS = new Set(['they', 'it', 'he', 'she']);
/**
 * "killed 23 people as well as themselves when they blew themselves up in Y", "killed ten soldiers when a bomb exploded
 * near Y": a when-clause right after the act, with no verb between, tells how the same incident happened — its subject a
 * pronoun taking up the act's own subject, a thing no actor names, or the act's own source. The place in its phrases.
 */
function whenPlace(v: SentenceView, limit: number, sources: ActorMention[]): ActorMention | null {
  let j = limit;
  for (; j < v.chunks.length && j < limit + 10; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' && norm(v, j) === 'when') break;
    if (c.type === 'VG' || c.type === 'TO' || (c.type === 'PUNCT' && norm(v, j) !== ',')) return null;
  }
  const s = j + 1;
  if (v.chunks[j]?.type !== 'SUB' || v.chunks[s]?.type !== 'NP' || v.chunks[s + 1]?.type !== 'VG' || v.chunks[s + 1]!.vg!.passive) return null;
  const subj = actorsInChunk(v, s);
  const ok = subj.length ? subj.every((a) => sources.some((x) => x.country === a.country)) : true;
  if (!ok && !ANAPHORS.has(norm(v, s))) return null;
  return placeIn(v, s + 2, clauseLimit(v, s + 1));
}

/**
 * Where a material act (force posture, assault, fight, mass violence) that names no party of its own happened: the
 * first place in a place phrase of the verb's clause ("blew themselves up in Y", "reimposed blockades in Y", "fired
 * shells at targets in Y"); in its light-verb object ("reinforced its troops in Y"); or, past a comma and an attribution,
 * in a phrase that places the incident ("fired shells at targets in Z, witnesses said, in a rare incident in the Y
 * city"). When the place lies in a country none of the sources belongs to, the act is taken against that country — the
 * country itself, with no sector; a place at home gives none (violence at home is the domestic rules' case).
 */
export function actPlace(v: SentenceView, after: number, limit: number, sources: ActorMention[], objChunk: number | null): ActorMention | null {
  if (!sources.length || !sources.every((s) => s.country && s.country !== '---')) return null;
  let place: ActorMention | null = null;
  // ("its troops in Sudan" read as one mention: the place inside it)
  if (objChunk != null) place = actorsInChunk(v, objChunk).find((a) => hasHomeCountry(a) && placeInside(v, a)) ?? null;
  place ??= placeIn(v, after, limit);
  if (!place && v.chunks[limit]?.type === 'PUNCT' && norm(v, limit) === ',') {
    // ", witnesses said, in a rare incident in the Y city": past an attribution, a phrase placing the incident
    let j = limit + 1;
    const speech = (x: number) => v.chunks[x]?.type === 'VG' && !!v.pats.cues.get(v.chunks[x]!.vg!.lemma)?.some((q) => q.effect === 'speech');
    if (v.chunks[j]?.type === 'NP' && speech(j + 1)) j += 2;
    else if (speech(j) && v.chunks[j + 1]?.type === 'NP') j += 2;
    else j = -1;
    if (j > 0 && v.chunks[j]?.type === 'PUNCT' && norm(v, j) === ',' && v.chunks[j + 1]?.type === 'P' && PLACE_PREPS.has(norm(v, j + 1))) {
      let end = j + 1;
      while (end < v.chunks.length && ['P', 'NP', 'ADJ', 'ADV'].includes(v.chunks[end]!.type)) end++;
      place = placeIn(v, j + 1, end);
    }
  }
  place ??= whenPlace(v, limit, sources);
  if (!place || sources.some((s) => s.country === place!.country)) return null;
  // (the words of the place only: "troops in Sudan" → "Sudan")
  const inner = v.tokens.slice(place.tokenStart, place.tokenEnd).findIndex((t) => t.pos === 'ADP' && PLACE_PREPS.has(t.norm));
  if (inner >= 0 && place.tokenStart + inner + 1 < place.tokenEnd) {
    const t0 = place.tokenStart + inner + 1;
    place = { ...place, text: v.doc.text.slice(v.tokens[t0]!.start, place.end), start: v.tokens[t0]!.start, tokenStart: t0 };
  }
  return placeCountry(place);
}

/** The country a place stands for as the target of an act there: the country itself, with no sector. */
export const placeCountry = (place: ActorMention): ActorMention => ({ ...place, code: place.country, sector: null, kind: 'country', org: null, locationOnly: false });

/** nouns of a claim or report whose that-clause is denied or left without comment ("denied reports that X ...") */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'suggestion', 'suggestions',
  'assertion', 'assertions', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'statement', 'statements', 'story', 'stories']);
/**
 * "denied that its forces had shelled Y", "rejected claims that Z hackers had attacked Y", "declined to comment on reports
 * that Y had closed ...": the party a denial (016) or a refusal to comment (011) answers — the first actor of another
 * country than the sources in the denied that-clause (the accused doer, else the one acted on).
 */
export function deniedClauseTarget(v: SentenceView, after: number, sources: ActorMention[]): ActorMention[] {
  let j = after;
  // (past adverbs, a time phrase, "as false", "on", "to comment on", a claim noun: "rejected as false a claim that")
  for (let g = 0; j < v.chunks.length && g < 7; g++, j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' && asPredicate(v, j)) { j++; continue; }
    if (c.type === 'SUB') break;
    if (c.type === 'ADV' || c.type === 'ADJ' || c.type === 'TO') continue;
    if (c.type === 'P' && ['on', 'as', 'about', 'to', 'over', 'regarding'].includes(norm(v, j))) continue;
    if (c.type === 'VG' && c.end - c.start === 1 && v.tokens[c.head]!.lemma === 'comment') continue;
    if (c.type === 'VG' && c.vg!.gerund) break;
    if (c.type === 'NP' && (isTimeNP(v.tokens, c) || CLAIM_NOUNS.has(v.tokens[c.head]!.norm) || (!v.actorAt.has(c.start) && ['false', 'baseless', 'untrue', 'unfounded', 'lie', 'lies', 'fabrication'].includes(v.tokens[c.head]!.norm)))) continue;
    return [];
  }
  // ("denied attacking Y": what a gerund denies names its party too)
  const gerund = v.chunks[j]?.type === 'VG' && v.chunks[j]!.vg!.gerund;
  if (!gerund && (v.chunks[j]?.type !== 'SUB' || norm(v, j) !== 'that')) return [];
  for (let m = j + 1; m < v.chunks.length; m++) {
    const c = v.chunks[m]!;
    if (c.type === 'SUB' || (c.type === 'PUNCT' && norm(v, m) !== ',')) break;
    // ("..., a spokesman said": an attribution ends the clause)
    if (c.type === 'PUNCT' && (v.chunks[m + 1]?.type === 'VG' || (v.chunks[m + 1]?.type === 'NP' && v.chunks[m + 2]?.type === 'VG'))) break;
    const a = actorsInChunk(v, m, { place: true }).filter((t) => t.country !== 'IGO' && !sources.some((s) => s.country === t.country));
    if (a.length) return [a[0]!.locationOnly ? { ...a[0]!, code: a[0]!.country, sector: null, kind: 'country', org: null, locationOnly: false } : a[0]!];
  }
  return [];
}

/**
 * "optimistic that a deal with Y can be reached", "hopeful that its dispute with Y will be settled": the other party of
 * the exchange (deal, talks, dispute, relations) the that-clause's subject names, after "with" or "between".
 */
export function thatExchangePartner(v: SentenceView, after: number, sources: ActorMention[]): ActorMention[] {
  let j = after;
  while (v.chunks[j]?.type === 'ADV') j++;
  if (!(v.chunks[j]?.type === 'SUB' && norm(v, j) === 'that') || v.chunks[j + 1]?.type !== 'NP') return [];
  const c = v.chunks[j + 1]!;
  const h = v.tokens[c.head]!;
  if (!EXCHANGE.has(h.lemma) && !EXCHANGE.has(h.norm)) return [];
  if (v.chunks[j + 2]?.type !== 'P' || !['with', 'between'].includes(norm(v, j + 2)) || v.chunks[j + 3]?.type !== 'NP') return [];
  return dropSame(phrasesActors(v, phrasesRight(v.chunks, v.tokens, j + 3)), sources).filter((a) => !a.locationOnly);
}
