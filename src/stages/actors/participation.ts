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
  /** words that count people ("100 Palestinians", "thousands of Nigerians"), and the sector of the people counted */
  quantifiers: Set<string>;
  counted: { sector: string; id: string } | null;
}

export function compileParticipation(rules: ParticipationRule[] | undefined): ParticipationTables | null {
  if (!rules?.length) return null;
  const t: ParticipationTables = { nouns: new Map(), suffixes: [], suffixId: '', hyphen: new Map(), preps: new Map(), time: new Set(), compass: new Set(), nameHeads: new Map(), report: new Set(), reportId: '', quantifiers: new Set(), counted: null };
  // agent nouns first, then things, then events: the first list a word is in decides
  const order: Array<[ParticipationRule['kind'], NounClass]> = [['agent-noun', 'agent'], ['thing-noun', 'thing'], ['event-noun', 'event']];
  for (const [kind, cls] of order) for (const r of rules) if (r.kind === kind) for (const w of r.words) if (!t.nouns.has(w.toLowerCase())) t.nouns.set(w.toLowerCase(), { cls, id: r.id });
  for (const r of rules) {
    if (r.kind === 'quantifier') { for (const w of r.words) t.quantifiers.add(w.toLowerCase()); if (r.sector) t.counted = { sector: r.sector, id: r.id }; }
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
  /** location prepositions ("in", "at"): a place right after one of them was already judged by the place rules */
  locPreps: Set<string>;
  /** nouns and motion words before a location preposition that make the place a party ("invest in", "arrived in") */
  actorNouns?: Set<string>;
  motion?: Set<string>;
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
  new Judge(mentions, t, inp).run();
}

class Judge {
  private toks: Token[];
  private keys: string[];
  /** token → index of the (first) mention covering it, -1: none */
  private owner: Int32Array;
  private sources: Map<number, [number, number] | null> | null = null;

  constructor(private mentions: ActorMention[], private t: ParticipationTables, private inp: JudgeInput) {
    this.toks = inp.toks; this.keys = inp.keys;
    this.owner = new Int32Array(this.toks.length).fill(-1);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      for (let i = m.tokenStart; i < m.tokenEnd; i++) if (this.owner[i] === -1) this.owner[i] = k;
    }
  }

  private key(i: number) { return this.keys[i] ?? ''; }
  private same(i: number, sent: number) { return i >= 0 && i < this.toks.length && this.toks[i]!.sent === sent; }

  private nounClass(i: number): NounClass | null {
    if (this.inp.roleAt(i)) return 'agent';
    const k = this.key(i), tok = this.toks[i]!;
    const hit = this.t.nouns.get(k) ?? this.t.nouns.get(tok.lemma);
    if (hit) return hit.cls;
    if (k.length > 5) for (const s of this.t.suffixes) if (k.endsWith(s)) return 'event';
    return null;
  }

  /** The head noun of the noun phrase that starts at j (modifiers, hyphens, coordinated modifiers skipped); -1: none. */
  private headNoun(j: number, sent: number): number {
    let last = -1;
    for (let n = 0; n < 8 && this.same(j, sent); n++, j++) {
      const tok = this.toks[j]!, k = this.key(j);
      if (k === '-') continue;
      if (this.t.time.has(k)) break;
      if (CONJ.has(k)) { if (this.same(j + 1, sent) && isCap(this.toks[j + 1]!.text)) continue; break; }
      if (isCap(tok.text)) {
        const o = this.owner[j]!;
        if (o < 0) break; // another proper name starts: not a modifier chain
        const m = this.mentions[o]!;
        if (m.kind === 'role' && j === m.tokenEnd - 1) { last = j; break; } // "French and Egyptian warships": the role's head
        continue;
      }
      const o = this.owner[j]!;
      if (o >= 0 && this.mentions[o]!.kind === 'role' && j === this.mentions[o]!.tokenEnd - 1) { last = j; break; }
      if (this.inp.roleAt(j)) { last = j; continue; }
      if (tok.pos === 'NOUN' || tok.pos === 'PROPN') { last = j; continue; }
      if (tok.pos === 'ADJ' || tok.pos === 'NUM') continue;
      if (tok.pos === 'VERB' && this.key(j - 1) === '-') continue; // "Swedish-registered"
      if (tok.pos === 'VERB' && last < 0 && /(ed|en)$/.test(k) && this.same(j + 1, sent) && this.toks[j + 1]!.pos === 'NOUN') continue; // "the Israeli occupied territories"
      break;
    }
    return last;
  }

  /** What the words after a name make of it: possessor, hyphen compound, modifier of a noun; null: none of these. */
  private right(m: ActorMention, sent: number): Verdict | null {
    const e = m.tokenEnd;
    if (!this.same(e, sent)) return null;
    const k = this.key(e);
    if (POSS.has(k)) {
      const h = this.headNoun(e + 1, sent);
      if (h < 0) return { participant: true, why: 'possessor' };
      const c = this.nounClass(h);
      return c === 'thing' ? { participant: false, why: `possessor of a thing: ${this.toks[h]!.text}` } : { participant: true, why: `possessor: ${this.toks[h]!.text}` };
    }
    const nh = this.t.nameHeads.get(this.toks[e]!.text);
    if (nh && this.owner[e]! < 0) return { participant: false, why: `${nh}: inside the name ${m.text} ${this.toks[e]!.text}` };
    if (m.kind === 'company' && this.toks[e]!.pos === 'NUM') return { participant: false, why: `product name: ${m.text} ${this.toks[e]!.text}` };
    let from = e;
    if (k === '-') {
      const w = this.key(e + 1), hy = this.t.hyphen.get(w);
      if (hy && this.same(e + 1, sent) && !isCap(this.toks[e + 1]!.text)) return { participant: hy.party, why: `${hy.id}: -${w}` };
      from = e + 1;
    } else {
      const tok = this.toks[e]!;
      const attributive = !isCap(tok.text) && (tok.pos === 'NOUN' || tok.pos === 'ADJ') && !this.t.time.has(k);
      const listed = CONJ.has(k) && k !== ',' && this.same(e + 1, sent) && isCap(this.toks[e + 1]!.text) && this.owner[e + 1]! >= 0 && this.mentions[this.owner[e + 1]!]!.kind === 'demonym';
      if (!attributive && !listed) return null;
    }
    const h = this.headNoun(from, sent);
    if (h < 0) return null;
    const c = this.nounClass(h);
    if (c === 'thing') return { participant: false, why: `modifier of thing noun: ${this.toks[h]!.text}` };
    return { participant: true, why: `modifier of ${c ?? 'a'} noun: ${this.toks[h]!.text}` };
  }

  /** No clause in [a, b): no verb outside a mention ("state-owned" is no verb), no "that". */
  private clean(a: number, b: number): boolean {
    for (let j = a; j < b; j++) {
      const verb = this.toks[j]!.pos === 'VERB' || this.toks[j]!.pos === 'AUX';
      if (((verb && this.key(j - 1) !== '-') || this.key(j) === 'that') && this.owner[j]! < 0) return false;
    }
    return true;
  }

  /** The speaker of a trailing attribution (", police said on Tuesday." / ", said a spokesman for X."): [a, b) or null. */
  private sourceSpan(i: number, sent: number): [number, number] | null {
    const sources = (this.sources ??= new Map());
    if (sources.has(sent)) return sources.get(sent)!;
    let S = i, E = i;
    while (this.same(S - 1, sent)) S--;
    while (this.same(E, sent)) E++;
    let end = E;
    while (end > S && this.toks[end - 1]!.pos === 'PUNCT') end--;
    let c = end - 1;
    while (c > S && this.key(c) !== ',') c--;
    let span: [number, number] | null = null;
    if (c > S) {
      let r = c + 1;
      while (r < end && !this.t.report.has(this.key(r))) r++;
      if (r < end && r === c + 1 && this.clean(r + 1, end)) span = [r + 1, end]; // ", said a spokesman for X"
      else if (r < end && r > c + 1 && this.clean(c + 1, r) && this.clean(r + 1, end)) span = [c + 1, r]; // ", X said on Tuesday"
    }
    sources.set(sent, span);
    return span;
  }

  /** The class of the word before a preposition. */
  private governor(g: number, sent: number): GovernorClass {
    if (!this.same(g, sent)) return 'none';
    const tok = this.toks[g]!;
    const o = this.owner[g]!;
    if (o >= 0) { const m = this.mentions[o]!; return m.kind === 'role' || m.kind === 'person' || m.kind === 'org' || m.kind === 'group' || m.kind === 'company' ? 'agent' : 'name'; }
    if (tok.pos === 'PUNCT') return 'none';
    if (this.inp.roleAt(g)) return 'agent';
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return 'verb';
    if (isCap(tok.text) && tok.pos === 'PROPN' && this.same(g - 1, sent)) return 'name';
    const c = this.nounClass(g);
    if (c && c !== 'thing') return c;
    if (tok.pos === 'ADJ' && !c) return 'verb'; // a predicative adjective governs like a verb: "critical of", "opposed to", "wary of"
    if (!c && tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && tok.pos !== 'ADJ') return 'none';
    // a thing that is a verb's object: the phrase attaches to the verb ("closed its borders with Iran", "sharing expertise with X")
    for (let j = g - 1, n = 0; n < 4 && this.same(j, sent); j--, n++) {
      const p = this.toks[j]!;
      if (p.pos === 'VERB') return 'verb';
      if (!(p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NOUN' || p.pos === 'NUM' || POSS_PRON.has(this.key(j)))) break;
    }
    return 'thing';
  }

  /** What the words before a name make of it. */
  private left(k: number, sent: number): Verdict {
    const m = this.mentions[k]!;
    let p = m.tokenStart - 1;
    for (let n = 0; n < 3 && this.same(p, sent) && (DET.has(this.key(p)) || this.t.compass.has(this.key(p)) || (this.toks[p]!.pos === 'ADJ' && !isCap(this.toks[p]!.text) && this.owner[p]! < 0)); n++) p--;
    if (!this.same(p, sent)) return { participant: true, why: 'argument: sentence start' };
    const w = this.key(p);
    if (CONJ.has(w)) {
      // "with Congo and Costa Rica": the second conjunct shares the first one's slot
      const o = this.owner[p - 1]!;
      const listGoesOn = w !== ',' || CONJ.has(this.key(m.tokenEnd)); // "Congo, Costa Rica and Israel" (a comma alone may end a clause)
      if (listGoesOn && this.same(p - 1, sent) && o >= 0 && o < k && this.mentions[o]!.participant !== undefined && this.mentions[o]!.tokenEnd === p) {
        const prev = this.mentions[o]!;
        return { participant: prev.participant!, why: `conjunct of ${prev.text}: ${prev.participantWhy ?? ''}` };
      }
      // "in Bam, Iran": apposition to a place named after a location preposition
      if (w === ',' && this.same(p - 1, sent) && o < 0 && isCap(this.toks[p - 1]!.text)) {
        let q = p - 1;
        while (this.same(q - 1, sent) && this.owner[q - 1]! < 0 && isCap(this.toks[q - 1]!.text)) q--;
        if (this.inp.locPreps.has(this.key(q - 1))) return { participant: false, why: `apposition to a place: ${this.toks[q]!.text}` };
      }
      return { participant: true, why: 'argument: after a conjunction' };
    }
    const rule = this.t.preps.get(w);
    if (rule) {
      const g = p - 1, gw = this.key(g);
      if (this.same(g, sent) && rule.topicWords.has(gw)) return { participant: false, why: `${rule.id}: ${gw} ${w}` };
      if (this.same(g, sent) && rule.partyWords.has(gw)) return { participant: true, why: `${rule.id}: ${gw} ${w}` };
      const c = this.governor(g, sent);
      return { participant: rule.party.has(c), why: `${rule.id}: ${c} ${this.same(g, sent) ? gw + ' ' : ''}${w}` };
    }
    if (this.inp.locPreps.has(w)) {
      // right after the preposition the place rules already spoke; after modifiers ("in southern Serbia",
      // "in the former Yugoslavia") they did not see the preposition: the same rule, applied here
      const skipped = p < m.tokenStart - 1 && !(p === m.tokenStart - 2 && this.key(p + 1) === 'the');
      const before = this.key(p - 1);
      if (skipped && !this.inp.actorNouns?.has(before) && !this.inp.motion?.has(before)) return { participant: false, why: `location: ${w} ${this.toks[p + 1]!.text}` };
      return { participant: true, why: `party place: ${w}` };
    }
    return { participant: true, why: 'argument' };
  }

  run(): void {
    for (let k = 0; k < this.mentions.length; k++) {
      const m = this.mentions[k]!;
      if (m.locationOnly) { m.participant = false; m.participantWhy = 'location'; continue; }
      const sent = this.toks[m.tokenStart]!.sent;
      let v: Verdict | null = null;
      if (this.t.report.size) {
        const src = this.sourceSpan(m.tokenStart, sent);
        if (src && m.tokenStart >= src[0] && m.tokenEnd <= src[1]) v = { participant: false, why: `${this.t.reportId}: reporting source` };
      }
      if (!v && HEAD_KINDS.has(m.kind)) v = this.right(m, sent);
      else if (!v && m.kind === 'coref' && POSS_PRON.has(this.key(m.tokenStart))) { // "its offer", "their homes"
        const h = this.headNoun(m.tokenEnd, sent);
        if (h >= 0) v = this.nounClass(h) === 'thing' ? { participant: false, why: `possessor of a thing: ${this.toks[h]!.text}` } : { participant: true, why: `possessor: ${this.toks[h]!.text}` };
      }
      v ??= this.left(k, sent);
      m.participant = v.participant;
      m.participantWhy = v.why;
    }
  }
}
