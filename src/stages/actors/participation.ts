// Which mentions take part in the sentence's events. The gold standards (and the event coder)
// want the parties that ACT: a mention is a participant when it fills an argument slot — a bare
// noun phrase (subject, object, apposition), the object of a party preposition ("talks with Iran",
// "sanctions on Iran", "withdrew from Iraq"), the possessor or modifier of an event or agent noun
// ("Russia's offer", "U.S.-led strikes", "Chinese troops"). It is not when it is only named: the
// modifier of a thing ("Russian gas", "Russian-made tanks"), a topic ("talks on Afghanistan"), a
// source ("according to Iran"), a place ("in Bam, Iran"; already locationOnly).
// The word lists and preposition rules are data (data/actors/participation.jsonl); this code
// reads POS tags and those lists only. Linear in the mentions, a few token looks each.
import type { ActorMention, Token } from '../../doc/types.ts';
import type { GovernorClass, ParticipationRule } from './types.ts';

type NounClass = 'agent' | 'event' | 'thing';
interface PrepRule { id: string; party: Set<GovernorClass>; partyWords: Set<string>; topicWords: Set<string> }

/** The participation rules compiled into lookup tables, once per lexicon. */
export interface ParticipationTables {
  nouns: Map<string, { cls: NounClass; id: string }>;
  suffixes: string[];
  suffixId: string;
  hyphen: Map<string, { party: boolean; id: string }>;
  preps: Map<string, PrepRule>;
  time: Set<string>;
  compass: Set<string>;
  /** capitalised words (case kept) that make "<name> <word>" one name of something else */
  nameHeads: Map<string, string>;
  report: Set<string>;
  reportId: string;
}

export function compileParticipation(rules: ParticipationRule[] | undefined): ParticipationTables | null {
  if (!rules?.length) return null;
  const t: ParticipationTables = { nouns: new Map(), suffixes: [], suffixId: '', hyphen: new Map(), preps: new Map(), time: new Set(), compass: new Set(), nameHeads: new Map(), report: new Set(), reportId: '' };
  // agent nouns first, then things, then events: the first list a word is in decides
  const order: Array<[ParticipationRule['kind'], NounClass]> = [['agent-noun', 'agent'], ['thing-noun', 'thing'], ['event-noun', 'event']];
  for (const [kind, cls] of order) for (const r of rules) if (r.kind === kind) for (const w of r.words) if (!t.nouns.has(w.toLowerCase())) t.nouns.set(w.toLowerCase(), { cls, id: r.id });
  for (const r of rules) {
    if (r.kind === 'report-verb') { for (const w of r.words) t.report.add(w.toLowerCase()); t.reportId = r.id; }
    if (r.kind === 'compass') for (const w of r.words) t.compass.add(w.toLowerCase());
    if (r.kind === 'name-head') for (const w of r.words) t.nameHeads.set(w, r.id);
    if (r.kind === 'time-noun') for (const w of r.words) t.time.add(w.toLowerCase());
    if (r.kind === 'event-suffix') { t.suffixes.push(...r.words.map((w) => w.toLowerCase())); t.suffixId = r.id; }
    if (r.kind === 'hyphen-agent' || r.kind === 'hyphen-thing') for (const w of r.words) t.hyphen.set(w.toLowerCase(), { party: r.kind === 'hyphen-agent', id: r.id });
    if (r.kind === 'prep') {
      const p: PrepRule = { id: r.id, party: new Set(r.party ?? []), partyWords: new Set((r.partyWords ?? []).map((w) => w.toLowerCase())), topicWords: new Set((r.topicWords ?? []).map((w) => w.toLowerCase())) };
      for (const w of r.words) t.preps.set(w.toLowerCase(), p);
    }
  }
  return t;
}

/** What the judge needs from the resolver: the tokens, their lookup keys, and whether a token is a role word. */
export interface JudgeInput {
  toks: Token[];
  keys: string[];
  roleAt: (i: number) => boolean;
  /** location prepositions ("in", "at"): a place after one of them was already judged by the place rules */
  locPreps: Set<string>;
}

interface Verdict { participant: boolean; why: string }

const POSS = new Set(["'s", '’s', "'"]);
const DET = new Set(['the', 'a', 'an', 'both', 'all', 'neighbouring', 'neighboring', 'fellow']);
const CONJ = new Set(['and', 'or', 'nor', ',', '&']);
const POSS_PRON = new Set(['its', 'their', 'his', 'her']);
const HEAD_KINDS = new Set(['country', 'capital', 'demonym', 'seat', 'org', 'group', 'company']);
const isCap = (s: string) => { const c = s[0]; return c !== undefined && c !== c.toLowerCase(); };

/** Set `participant` (and `participantWhy`) on each mention. */
export function judgeParticipation(mentions: ActorMention[], t: ParticipationTables, inp: JudgeInput): void {
  const { toks, keys } = inp;
  const owner = new Int32Array(toks.length).fill(-1); // token → index of the (first) mention covering it
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) if (owner[i] === -1) owner[i] = k;
  }
  const key = (i: number) => keys[i] ?? '';
  const same = (i: number, sent: number) => i >= 0 && i < toks.length && toks[i]!.sent === sent;

  const nounClass = (i: number): NounClass | null => {
    if (inp.roleAt(i)) return 'agent';
    const k = key(i), tok = toks[i]!;
    const hit = t.nouns.get(k) ?? t.nouns.get(tok.lemma);
    if (hit) return hit.cls;
    if (k.length > 5 && t.suffixes.some((s) => k.endsWith(s))) return 'event';
    return null;
  };

  /** The head noun of the noun phrase that starts at j (modifiers, hyphens, coordinated modifiers skipped); -1: none. */
  const headNoun = (j: number, sent: number): number => {
    let last = -1;
    for (let n = 0; n < 8 && same(j, sent); n++, j++) {
      const tok = toks[j]!, k = key(j);
      if (k === '-') continue;
      if (t.time.has(k)) break;
      if (CONJ.has(k)) { if (same(j + 1, sent) && isCap(toks[j + 1]!.text)) continue; break; }
      if (isCap(tok.text)) {
        const o = owner[j]!;
        if (o < 0) break; // another proper name starts: not a modifier chain
        const m = mentions[o]!;
        if (m.kind === 'role' && j === m.tokenEnd - 1) { last = j; break; } // "French and Egyptian warships": the role's head
        continue;
      }
      const o = owner[j]!;
      if (o >= 0 && mentions[o]!.kind === 'role' && j === mentions[o]!.tokenEnd - 1) { last = j; break; }
      if (inp.roleAt(j)) { last = j; continue; }
      if (tok.pos === 'NOUN' || tok.pos === 'PROPN') { last = j; continue; }
      if (tok.pos === 'ADJ' || tok.pos === 'NUM') continue;
      if (tok.pos === 'VERB' && key(j - 1) === '-') continue; // "Swedish-registered"
      if (tok.pos === 'VERB' && last < 0 && /(ed|en)$/.test(k) && same(j + 1, sent) && toks[j + 1]!.pos === 'NOUN') continue; // "the Israeli occupied territories"
      break;
    }
    return last;
  };

  /** What the words after a name make of it: possessor, hyphen compound, modifier of a noun; null: none of these. */
  const right = (m: ActorMention, sent: number): Verdict | null => {
    const e = m.tokenEnd;
    if (!same(e, sent)) return null;
    const k = key(e);
    if (POSS.has(k)) {
      const h = headNoun(e + 1, sent);
      if (h < 0) return { participant: true, why: 'possessor' };
      const c = nounClass(h);
      return c === 'thing' ? { participant: false, why: `possessor of a thing: ${toks[h]!.text}` } : { participant: true, why: `possessor: ${toks[h]!.text}` };
    }
    const nh = t.nameHeads.get(toks[e]!.text);
    if (nh && owner[e]! < 0) return { participant: false, why: `${nh}: inside the name ${m.text} ${toks[e]!.text}` };
    if (m.kind === 'company' && toks[e]!.pos === 'NUM') return { participant: false, why: `product name: ${m.text} ${toks[e]!.text}` };
    let from = e;
    if (k === '-') {
      const w = key(e + 1), hy = t.hyphen.get(w);
      if (hy && same(e + 1, sent) && !isCap(toks[e + 1]!.text)) return { participant: hy.party, why: `${hy.id}: -${w}` };
      from = e + 1;
    } else {
      const tok = toks[e]!;
      const attributive = !isCap(tok.text) && (tok.pos === 'NOUN' || tok.pos === 'ADJ') && !t.time.has(k);
      const listed = CONJ.has(k) && k !== ',' && same(e + 1, sent) && isCap(toks[e + 1]!.text) && owner[e + 1]! >= 0 && mentions[owner[e + 1]!]!.kind === 'demonym';
      if (!attributive && !listed) return null;
    }
    const h = headNoun(from, sent);
    if (h < 0) return null;
    const c = nounClass(h);
    if (c === 'thing') return { participant: false, why: `modifier of thing noun: ${toks[h]!.text}` };
    return { participant: true, why: `modifier of ${c ?? 'a'} noun: ${toks[h]!.text}` };
  };

  /** The speaker of a trailing attribution (", police said on Tuesday." / ", said a spokesman for X."): [a, b) or null. */
  const sources = new Map<number, [number, number] | null>();
  const sourceSpan = (i: number, sent: number): [number, number] | null => {
    if (sources.has(sent)) return sources.get(sent)!;
    let S = i, E = i;
    while (same(S - 1, sent)) S--;
    while (same(E, sent)) E++;
    let end = E;
    while (end > S && toks[end - 1]!.pos === 'PUNCT') end--;
    let c = end - 1;
    while (c > S && key(c) !== ',') c--;
    let span: [number, number] | null = null;
    if (c > S) {
      let r = c + 1;
      while (r < end && !t.report.has(key(r))) r++;
      const clean = (a: number, b: number) => { for (let j = a; j < b; j++) if ((toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX' || key(j) === 'that') && owner[j]! < 0) return false; return true; };
      if (r < end && r === c + 1 && clean(r + 1, end)) span = [r + 1, end]; // ", said a spokesman for X"
      else if (r < end && r > c + 1 && clean(c + 1, r) && clean(r + 1, end)) span = [c + 1, r]; // ", X said on Tuesday"
    }
    sources.set(sent, span);
    return span;
  };

  /** The class of the word before a preposition. */
  const governor = (g: number, sent: number): GovernorClass => {
    if (!same(g, sent)) return 'none';
    const tok = toks[g]!;
    const o = owner[g]!;
    if (o >= 0) { const m = mentions[o]!; return m.kind === 'role' || m.kind === 'person' || m.kind === 'org' || m.kind === 'group' || m.kind === 'company' ? 'agent' : 'name'; }
    if (tok.pos === 'PUNCT') return 'none';
    if (inp.roleAt(g)) return 'agent';
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return 'verb';
    if (isCap(tok.text) && tok.pos === 'PROPN' && same(g - 1, sent)) return 'name';
    const c = nounClass(g);
    if (c && c !== 'thing') return c;
    if (tok.pos === 'ADJ' && /(ed)$/.test(tok.norm)) return 'verb'; // "concerned", "opposed" tagged ADJ
    if (!c && tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && tok.pos !== 'ADJ') return 'none';
    // a thing that is a verb's object: the phrase attaches to the verb ("closed its borders with Iran", "sharing expertise with X")
    for (let j = g - 1, n = 0; n < 4 && same(j, sent); j--, n++) {
      const p = toks[j]!;
      if (p.pos === 'VERB') return 'verb';
      if (!(p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NOUN' || p.pos === 'NUM' || POSS_PRON.has(key(j)))) break;
    }
    return 'thing';
  };

  /** What the words before a name make of it. */
  const left = (k: number, sent: number): Verdict => {
    const m = mentions[k]!;
    let p = m.tokenStart - 1;
    for (let n = 0; n < 3 && same(p, sent) && (DET.has(key(p)) || t.compass.has(key(p)) || (toks[p]!.pos === 'ADJ' && !isCap(toks[p]!.text) && owner[p]! < 0)); n++) p--;
    if (!same(p, sent)) return { participant: true, why: 'argument: sentence start' };
    const w = key(p);
    if (CONJ.has(w)) {
      // "with Congo and Costa Rica": the second conjunct shares the first one's slot
      const o = owner[p - 1]!;
      const listGoesOn = w !== ',' || CONJ.has(key(m.tokenEnd)); // "Congo, Costa Rica and Israel" (a comma alone may end a clause)
      if (listGoesOn && same(p - 1, sent) && o >= 0 && o < k && mentions[o]!.participant !== undefined && mentions[o]!.tokenEnd === p) {
        const prev = mentions[o]!;
        return { participant: prev.participant!, why: `conjunct of ${prev.text}: ${prev.participantWhy ?? ''}` };
      }
      // "in Bam, Iran": apposition to a place named after a location preposition
      if (w === ',' && same(p - 1, sent) && o < 0 && isCap(toks[p - 1]!.text)) {
        let q = p - 1;
        while (same(q - 1, sent) && owner[q - 1]! < 0 && isCap(toks[q - 1]!.text)) q--;
        if (inp.locPreps.has(key(q - 1))) return { participant: false, why: `apposition to a place: ${toks[q]!.text}` };
      }
      return { participant: true, why: 'argument: after a conjunction' };
    }
    const rule = t.preps.get(w);
    if (rule) {
      const g = p - 1, gw = key(g);
      if (same(g, sent) && rule.topicWords.has(gw)) return { participant: false, why: `${rule.id}: ${gw} ${w}` };
      if (same(g, sent) && rule.partyWords.has(gw)) return { participant: true, why: `${rule.id}: ${gw} ${w}` };
      const c = governor(g, sent);
      return { participant: rule.party.has(c), why: `${rule.id}: ${c} ${same(g, sent) ? gw + ' ' : ''}${w}` };
    }
    if (inp.locPreps.has(w)) return { participant: true, why: `party place: ${w}` };
    return { participant: true, why: 'argument' };
  };

  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.locationOnly) { m.participant = false; m.participantWhy = 'location'; continue; }
    const sent = toks[m.tokenStart]!.sent;
    let v: Verdict | null = null;
    if (t.report.size) {
      const src = sourceSpan(m.tokenStart, sent);
      if (src && m.tokenStart >= src[0] && m.tokenEnd <= src[1]) v = { participant: false, why: `${t.reportId}: reporting source` };
    }
    if (!v && HEAD_KINDS.has(m.kind)) v = right(m, sent);
    else if (!v && m.kind === 'coref' && POSS_PRON.has(key(m.tokenStart))) { // "its offer", "their homes"
      const h = headNoun(m.tokenEnd, sent);
      if (h >= 0 && nounClass(h) === 'thing') v = { participant: false, why: `possessor of a thing: ${toks[h]!.text}` };
    }
    v ??= left(k, sent);
    m.participant = v.participant;
    m.participantWhy = v.why;
  }
}
