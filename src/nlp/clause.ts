// A shallow parser, second half: for each verb group, its subject (left), how it is tied
// to a governing verb (relative clause, coordination, control "decided to", complement
// "said that"), and its objects (right: direct object, prepositional objects).
import type { Token } from '../doc/types.ts';
import { IRREGULAR_PAST, isParticiple, type Chunk } from './chunk.ts';

/** A noun phrase with its "of"-chain: "the leaders of Tajikistan" → two NP chunks. */
export interface Phrase { chunks: number[] }

export type Link = 'direct' | 'rel' | 'coord' | 'control' | 'objcontrol' | 'gerund' | 'none';

export interface VerbInfo {
  /** chunk index of the verb group */
  chunk: number;
  /** coordinated subject phrases ("X and Y met") */
  subject: Phrase[];
  /** an appositive or earlier NP to fall back on when the subject names no actor */
  appos: Phrase | null;
  link: Link;
  /** chunk index of the governing verb group (control, coordination, complement, gerund) */
  governor: number | null;
  /** the subordinator that opens this verb's clause ("that", "if", "after", "who"), lower case */
  sub: string | null;
  /** the preposition right before a gerund ("of", "by", "for") */
  gerundPrep: string | null;
}

const RELPRON = new Set(['who', 'which', 'that', 'whom']);
/** punctuation that opens and closes an aside ("X, which ..., said", "X — which ... — said") */
const ASIDE_PUNCT = new Set([',', '--', '—', '–']);
const COORD = new Set(['and', 'or', 'but']);
/** prepositions of place: "the troops in X who", "the strike near X that" (not "the campaign against X that") */
const PLACE_PREPS = new Set(['in', 'near', 'at', 'outside', 'inside', 'off', 'along', 'across', 'around', 'within', 'beyond', 'behind']);

const tok = (tokens: Token[], c: Chunk) => tokens[c.start]!.norm;

/** verbs of saying whose that-less clause may open with coordinated subjects ("said A and B must leave") */
const SPEECH_LEMMAS = new Set(['say', 'announce', 'declare', 'claim', 'state', 'add', 'insist', 'believe', 'think', 'argue', 'confirm', 'report', 'allege', 'warn', 'stress', 'conclude', 'acknowledge', 'admit', 'deny']);

/** nouns of the means or the attempt an act is taken by ("took steps to", "made efforts to"): never the infinitive's agent */
/**
 * A side's own agents and instruments: sent, used or ordered to act, they act for the verb's subject ("sent troops to
 * attack Y", "used drones to strike Y", "dispatched envoys to negotiate with Y").
 */
const AGENTS = new Set(['troops', 'soldiers', 'forces', 'army', 'units', 'commandos', 'paratroopers', 'marines', 'police', 'policemen', 'warships', 'ships', 'vessels', 'navy', 'jets', 'warplanes', 'planes', 'aircraft', 'bombers', 'fighters', 'helicopters', 'drones', 'missiles', 'rockets', 'tanks', 'artillery', 'delegation', 'delegations', 'envoy', 'envoys', 'emissary', 'emissaries', 'team', 'teams', 'experts', 'inspectors', 'diplomats', 'negotiators', 'mediators', 'representatives', 'officials', 'ministers', 'minister', 'agents', 'spies']);
/** verbs of sending or using one's agents and instruments (not of asking them: "ordered the troops to leave" stays object control) */
/** verbs of contacting someone, whose infinitive after the object is the contact's purpose, done by the subject */
export const CONTACTING = new Set(['telephone', 'phone', 'ring', 'call', 'visit', 'meet', 'host', 'receive', 'contact', 'email', 'text', 'write']);
/** nouns of a span of time ("a day after", "hours before") */
const SPAN = new Set(['day', 'days', 'hour', 'hours', 'week', 'weeks', 'month', 'months', 'year', 'years', 'minutes', 'moments', 'decade', 'decades']);
/** verbs of saying that take a clause, never a gerund ("said fighting would spread") */
const SAYING = new Set(['say', 'state', 'declare', 'add', 'stress', 'insist', 'predict', 'warn', 'argue', 'claim', 'believe', 'think', 'fear']);
/** The by-agent of passive verb group g, between it and chunk k ("was attacked by X troops, killing"), as phrases. */
function passiveAgent(chunks: Chunk[], tokens: Token[], g: number, k: number): Phrase[] {
  for (let j = g + 1; j < k; j++) {
    const c = chunks[j]!;
    if (c.type === 'VG' || c.type === 'SUB') return [];
    if (c.type === 'P' && tok(tokens, c) === 'by' && chunks[j + 1]?.type === 'NP') return phrasesRight(chunks, tokens, j + 1);
  }
  return [];
}

/** A finite verb group (a modal, an auxiliary or a tensed verb) follows chunk k in its clause before any comma or conjunction. */
function finiteAfter(chunks: Chunk[], k: number): boolean {
  for (let j = k + 1; j < chunks.length && j < k + 8; j++) {
    const c = chunks[j]!;
    if (c.type === 'PUNCT' || c.type === 'CONJ' || c.type === 'SUB') return false;
    if (c.type === 'VG') return !c.vg!.gerund && (c.vg!.modal != null || c.head > c.start);
  }
  return false;
}

/** Verbs whose object is an instrument: the subject does the infinitive after it, and the act is done with it. */
export const USING = new Set(['use', 'employ', 'utilize', 'utilise', 'wield', 'fire']);
const SENDING = new Set(['send', 'dispatch', 'deploy', 'use', 'employ', 'launch', 'fire', 'mobilize', 'mobilise', 'move', 'rush', 'fly', 'airlift', 'mass', 'station', 'assign', 'commit', 'scramble', 'bring', 'appoint', 'name']);
const MEANS = new Set(['step', 'steps', 'measure', 'measures', 'action', 'effort', 'efforts', 'move', 'moves', 'initiative', 'attempt', 'bid', 'pains', 'decision', 'opportunity', 'chance', 'time', 'resolution', 'law', 'legislation', 'bill', 'plan', 'plans']);

/** nouns of something put to someone, whose "to X to do" names X as the one to act ("an invitation to Iran to attend");
 *  after other nouns "to X" is a destination ("sent troops to Yemen to fight ...") */
const ADDRESSED = new Set(['permission', 'invitation', 'invite', 'call', 'appeal', 'request', 'plea', 'order', 'instruction', 'instructions', 'ultimatum', 'offer', 'message', 'signal', 'warning', 'advice', 'encouragement', 'pressure', 'letter', 'proposal', 'demand', 'license', 'licence', 'mandate', 'authorization', 'authorisation', 'go-ahead', 'green', 'light']);

/** nouns of an attempt whose infinitive is the act attempted ("efforts to end the fighting") */
const ATTEMPTS = new Set(['effort', 'efforts', 'attempt', 'attempts', 'bid', 'bids', 'drive', 'push', 'initiative', 'initiatives', 'campaign', 'plan', 'plans', 'move', 'moves', 'mission']);
const POSS_PRON = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** nouns of intending whose "of" gerund is the act of the one who has them ("has no intention of meeting Y") */
export const INTENT_OF = new Set(['intention', 'intent', 'plan', 'desire', 'wish']);

/** Extend an NP rightward over "of NP" (and "from NP": "dissidents from Myanmar") links. */
export function ofChain(chunks: Chunk[], tokens: Token[], i: number, withFrom = false): Phrase {
  const p = [i];
  let k = i;
  while (k + 2 < chunks.length && chunks[k + 1]!.type === 'P' && (tok(tokens, chunks[k + 1]!) === 'of' || (withFrom && tok(tokens, chunks[k + 1]!) === 'from' && p.length === 1)) && chunks[k + 2]!.type === 'NP') { k += 2; p.push(k); }
  return { chunks: p };
}

/** Coordinated phrases starting at NP chunk i, going right: "A, B and C". */
export function phrasesRight(chunks: Chunk[], tokens: Token[], i: number, withFrom = false): Phrase[] {
  const out: Phrase[] = [];
  let k = i;
  for (;;) {
    const ph = ofChain(chunks, tokens, k, withFrom);
    out.push(ph);
    const last = ph.chunks[ph.chunks.length - 1]!;
    const n = chunks[last + 1];
    if (!n) break;
    const w = tok(tokens, n);
    if ((n.type === 'CONJ' && (w === 'and' || w === 'or')) || (n.type === 'PUNCT' && w === ',')) {
      let m = last + 2;
      if (n.type === 'PUNCT' && chunks[m]?.type === 'CONJ' && (tok(tokens, chunks[m]!) === 'and' || tok(tokens, chunks[m]!) === 'or')) m++;
      if (chunks[m]?.type === 'NP' && !(n.type === 'PUNCT' && chunks[m + 1]?.type === 'VG') && !newSubjects(chunks, tokens, m, n.type === 'PUNCT')) { k = m; continue; }
    }
    break;
  }
  return out;
}

/**
 * "sent aid to A, B and C, and D and E said ...", "threatened A and B, C and D said": the conjuncts from chunk m on are
 * the subjects of a verb of their own, not more objects — when they run, with no further comma, into a finite verb
 * (after a comma), or into a verb of saying (after a bare "and").
 */
function newSubjects(chunks: Chunk[], tokens: Token[], m: number, afterComma: boolean): boolean {
  let j = m;
  for (; j < chunks.length && j < m + 12; j++) {
    const c = chunks[j]!;
    if (c.type === 'NP' || (c.type === 'CONJ' && COORD.has(tok(tokens, c))) || (c.type === 'P' && tok(tokens, c) === 'of')) continue;
    break;
  }
  const c = chunks[j];
  if (c?.type !== 'VG' || c.vg!.gerund || j === m) return false;
  if (chunks.slice(m, j).some((x) => x.type === 'PUNCT')) return false;
  if (chunks[j + 1]?.type === 'P' && tok(tokens, chunks[j + 1]!) === 'by') return false; // "... and C affected by floods"
  return afterComma || SPEECH_LEMMAS.has(c.vg!.lemma);
}

/** Coordinated phrases ending at NP chunk i, going left; i itself first. */
function phrasesLeft(chunks: Chunk[], tokens: Token[], i: number): { phrases: Phrase[]; first: number } {
  // walk back over "X of Y" to the head
  let head = i;
  while (head >= 2 && chunks[head - 1]!.type === 'P' && tok(tokens, chunks[head - 1]!) === 'of' && chunks[head - 2]!.type === 'NP') head -= 2;
  const out: Phrase[] = [ofChain(chunks, tokens, head)];
  let first = head;
  let sawAnd = false;
  for (;;) {
    const c = chunks[first - 1];
    if (!c) break;
    const w = tok(tokens, c);
    let m = first - 2;
    if (c.type === 'CONJ' && (w === 'and' || w === 'or')) {
      sawAnd = true;
      if (chunks[m]?.type === 'PUNCT' && tok(tokens, chunks[m]!) === ',') {
        // ", and X did": a new clause unless it ends a list ("A, B, and C")
        m--;
        let h0 = m;
        while (h0 >= 2 && chunks[h0 - 1]!.type === 'P' && tok(tokens, chunks[h0 - 1]!) === 'of' && chunks[h0 - 2]!.type === 'NP') h0 -= 2;
        // (a first conjunct that opens the sentence and holds its own appositive: "The French president, Emmanuel
        // Macron, and the German chancellor met")
        const apposed = h0 === 0 && chunks[0]!.type === 'NP' && tokens.slice(chunks[0]!.start, chunks[0]!.end).some((t) => t.norm === ',');
        if (!(chunks[h0 - 1]?.type === 'PUNCT' && tok(tokens, chunks[h0 - 1]!) === ',') && !apposed) break;
      } else {
        let h0 = m;
        while (h0 >= 2 && chunks[h0 - 1]!.type === 'P' && tok(tokens, chunks[h0 - 1]!) === 'of' && chunks[h0 - 2]!.type === 'NP') h0 -= 2;
        const before = chunks[h0 - 1];
        // ("visited A and B met": A is the object; but "said A and B must leave": a that-less clause after a speech verb)
        if (before && (before.type === 'P' || (before.type === 'VG' && !SPEECH_LEMMAS.has(before.vg?.lemma ?? '')))) break;
      }
    } else if (!(c.type === 'PUNCT' && w === ',' && (sawAnd || headlineList(chunks, tokens, m)))) break;
    let h = m;
    if (chunks[h]?.type !== 'NP') break;
    while (h >= 2 && chunks[h - 1]!.type === 'P' && tok(tokens, chunks[h - 1]!) === 'of' && chunks[h - 2]!.type === 'NP') h -= 2;
    out.unshift(ofChain(chunks, tokens, h));
    first = h;
  }
  return { phrases: out, first };
}

/**
 * "Japan, Philippines sign defence pact": in a headline (no closing full stop), a comma alone joins the subjects
 * when the first one opens the sentence.
 */
function headlineList(chunks: Chunk[], tokens: Token[], m: number): boolean {
  const last = chunks[chunks.length - 1];
  if (!last || (last.type === 'PUNCT' && ['.', '?', '!', '"', '”'].includes(tok(tokens, last)))) return false;
  let h = m;
  while (h >= 2 && chunks[h - 1]!.type === 'P' && tok(tokens, chunks[h - 1]!) === 'of' && chunks[h - 2]!.type === 'NP') h -= 2;
  return h === 0 && chunks[0]!.type === 'NP' && !isTimeNP(tokens, chunks[0]!);
}

/** prepositions whose object can be the subject of a following infinitive ("called on Iran to", "appealed to Iran to", "pleaded with Iran to") */
const OBJ_PREPS = new Set(['on', 'upon', 'to', 'for', 'with']);
/** nouns of people who speak for the party their "for" phrase names */
const SPEAKERS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'mouthpiece']);
/** adjectives of allegiance before "to" ("forces loyal to X") */
const ALLEGIANCE = new Set(['loyal', 'allied', 'linked', 'affiliated', 'close', 'faithful', 'answerable', 'subordinate']);
/**
 * The phrase after the preposition names whom the subject's noun phrase at np serves or comes from: "a spokesman for
 * X", "forces loyal to X", "troops from X" (not "the envoy for X", "the ambassador to X": sent to them).
 */
function affiliation(chunks: Chunk[], tokens: Token[], np: number, prep: string): boolean {
  const c = chunks[np]!;
  if (prep === 'from') return true;
  if (prep === 'for') return SPEAKERS.has(tokens[c.head]!.norm);
  if (prep === 'to') return ALLEGIANCE.has(tokens[c.end - 1]!.norm);
  return false;
}
const LINKING = new Set(['be', 'seem', 'appear', 'remain', 'become', 'look', 'stand']);
/** "is willing", "seemed ready", "remains determined": a bare adjective after a linking verb (no noun in the phrase). */
function predicativeAdj(tokens: Token[], np: Chunk, vg: Chunk): boolean {
  if (!LINKING.has(vg.vg?.lemma ?? '')) return false;
  for (let t = np.start; t < np.end; t++) if (tokens[t]!.pos !== 'ADJ' && tokens[t]!.pos !== 'ADV') return false;
  return true;
}

/** Read every verb group's subject and governor, left to right. */
/** quantifiers that float after the subject ("both said", "all agreed") */
const FLOATING = new Set(['both', 'all', 'each']);
export function verbInfo(chunks: Chunk[], tokens: Token[]): Map<number, VerbInfo> {
  const info = new Map<number, VerbInfo>();
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.type !== 'VG') continue;
    const v: VerbInfo = { chunk: k, subject: [], appos: null, link: 'none', governor: null, sub: null, gerundPrep: null };
    info.set(k, v);
    let j = k - 1;
    // adverbs and parenthetical time phrases between subject and verb ("Israel on Wednesday released")
    for (;;) {
      const p = chunks[j];
      if (!p) break;
      if (p.type === 'ADV') { j--; continue; }
      // "the International Labour Office (ILO) reiterated": an acronym or aside in brackets after the subject
      if (p.type === 'PUNCT' && tok(tokens, p) === ')') {
        let o = j - 1;
        while (o > 0 && o > j - 8 && !(chunks[o]!.type === 'PUNCT' && tok(tokens, chunks[o]!) === '(')) o--;
        if (o > 0 && chunks[o]!.type === 'PUNCT' && tok(tokens, chunks[o]!) === '(' && chunks[o - 1]?.type === 'NP') { j = o - 1; continue; }
      }
      // ("Iran's president, Hassan Rouhani, on Monday accused": the time phrase after an appositive's comma)
      if (p.type === 'NP' && chunks[j - 1]?.type === 'P' && ['on', 'in', 'at', 'during', 'last', 'this'].includes(tok(tokens, chunks[j - 1]!)) && isTimeNP(tokens, p) && (chunks[j - 2]?.type === 'NP' || (chunks[j - 2]?.type === 'PUNCT' && tok(tokens, chunks[j - 2]!) === ',' && chunks[j - 3]?.type === 'NP'))) { j -= 2; continue; }
      if (p.type === 'NP' && isTimeNP(tokens, p) && chunks[j - 1]?.type === 'NP') { j--; continue; }
      // "Peru and Chile both said", "the ministers all agreed": a floating quantifier after the subject
      if (p.type === 'NP' && p.end - p.start === 1 && FLOATING.has(tok(tokens, p)) && chunks[j - 1]?.type === 'NP') { j--; continue; }
      break;
    }
    const p = chunks[j];
    const prevVG = () => { for (let m = j; m >= 0; m--) if (chunks[m]!.type === 'VG') return m; return null; };
    if (!p) { continue; }
    if (p.type === 'TO') {
      // control: "decided to start", object control: "urged Iran to stop"
      let g = j - 1;
      while (chunks[g] && chunks[g]!.type === 'ADV') g--;
      if (chunks[g]?.type === 'VG' || (chunks[g]?.type === 'NP' && chunks[g - 1]?.type === 'VG' && predicativeAdj(tokens, chunks[g]!, chunks[g - 1]!))) {
        // "decided to start"; "is willing to send": an adjective after a copula controls like a verb
        if (chunks[g]!.type === 'NP') g--;
        v.link = 'control'; v.governor = g;
        const gi = info.get(g);
        if (gi) { v.subject = gi.subject; v.appos = gi.appos; }
      } else if (chunks[g]?.type === 'NP' && chunks[g - 1]?.type === 'VG' && MEANS.has(tokens[chunks[g]!.head]!.lemma)) {
        // "took steps to ease", "made efforts to improve": a noun of means, not an agent, before the infinitive
        v.link = 'control'; v.governor = g - 1;
        const gi = info.get(g - 1);
        if (gi) { v.subject = gi.subject; v.appos = gi.appos; }
        // ("criticised France's decision to withdraw": a possessor of the noun is the one who would act)
        const np = chunks[g]!;
        for (let t = np.start; t < np.head; t++) if (tokens[t]!.norm === "'s" || tokens[t]!.norm === "'") { v.subject = [{ chunks: [g] }]; v.appos = null; break; }
      } else if (chunks[g]?.type === 'NP' && (chunks[g - 1]?.type === 'VG' || (chunks[g - 1]?.type === 'P' && OBJ_PREPS.has(tok(tokens, chunks[g - 1]!)) && chunks[g - 2]?.type === 'VG'))) {
        // "urged Iran to", "called on Iran to"
        v.link = 'objcontrol'; v.governor = chunks[g - 1]!.type === 'VG' ? g - 1 : g - 2;
        v.subject = phrasesRight(chunks, tokens, g).slice(0, 1).length ? [ofChain(chunks, tokens, g)] : [];
        // ("sent troops to attack Y", "used drones to strike Y": the subject's own unnamed agents or instruments act for it)
        const np = chunks[g]!;
        // ("used tear gas to disperse Y", "employed water cannon to break up Y": whatever one uses acts for one)
        const bare = chunks[g - 1]!.type === 'VG' && (AGENTS.has(tokens[np.head]!.norm) || USING.has(chunks[g - 1]!.vg!.lemma)) && !tokens.slice(np.start, np.end).some((t) => /^[A-Z]/.test(t.text) || t.norm === "'s" || POSS_PRON.has(t.norm) && t.norm !== 'its' && t.norm !== 'their');
        const gi = info.get(g - 1);
        if (bare && gi && gi.subject.length && !chunks[g - 1]!.vg!.passive && SENDING.has(chunks[g - 1]!.vg!.lemma)) { v.link = 'control'; v.subject = gi.subject; v.appos = gi.appos; }
        // ("telephoned his counterpart to thank him", "visited Y to discuss trade": the one who calls or visits does the
        // purpose, not the one called)
        else if (gi && gi.subject.length && !chunks[g - 1]!.vg!.passive && CONTACTING.has(chunks[g - 1]!.vg!.lemma) && !(chunks[g - 1]!.vg!.lemma === 'call' && tokens[chunks[g]!.start]!.norm === 'on')) { v.link = 'control'; v.subject = gi.subject; v.appos = gi.appos; }
      } else if (chunks[g]?.type === 'NP' && chunks[g - 1]?.type === 'P' && (['for', 'of'].includes(tok(tokens, chunks[g - 1]!)) || (tok(tokens, chunks[g - 1]!) === 'to' && chunks[g - 2]?.type === 'NP' && ADDRESSED.has(tokens[chunks[g - 2]!.head]!.lemma)))
        // ("blocked streets in defiance of the authorities to demand reforms": an adverbial "in ... of" phrase names no agent)
        && !(tok(tokens, chunks[g - 1]!) === 'of' && chunks[g - 2]?.type === 'NP' && chunks[g - 3]?.type === 'P' && tok(tokens, chunks[g - 3]!) === 'in')) {
        // ("permission to Russia to help", "an invitation to Iran to attend": after a noun, "to X" too)
        // "the right of Russian troops to fire", "a call for Iran to stop": the noun phrase is the infinitive's subject
        v.link = 'control'; v.governor = prevVG();
        v.subject = [ofChain(chunks, tokens, g)];
      } else {
        // "Pakistan's bid to join", "a plan to attack": the infinitive of a noun
        const gv = prevVG();
        v.link = 'control'; v.governor = gv;
        if (gv != null) { const gi = info.get(gv); if (gi) { v.subject = gi.subject; v.appos = gi.appos; } }
        // a possessor of that noun is the one who would act ("Peru's decision to expel")
        const np = chunks[g];
        // "(cut aid) in line with Western efforts to end the fighting": an attempt named in an adverbial phrase, with a
        // modifier of its own and no possessive pronoun, is someone else's: its own phrase names who would act
        if (np?.type === 'NP' && chunks[g - 1]?.type === 'P' && chunks[g - 2]?.type !== 'VG' && ATTEMPTS.has(tokens[np.head]!.lemma)) {
          let own = false, modified = false;
          for (let t = np.start; t < np.head; t++) {
            if (POSS_PRON.has(tokens[t]!.norm)) own = true;
            else if (tokens[t]!.pos === 'ADJ' || tokens[t]!.pos === 'PROPN' || tokens[t]!.pos === 'NOUN') modified = true;
          }
          if (modified && !own) { v.subject = [{ chunks: [g] }]; v.appos = null; }
        }
        if (np?.type === 'NP') {
          for (let t = np.start; t < np.head; t++) if (tokens[t]!.norm === "'s" || tokens[t]!.norm === "'") { v.subject = [{ chunks: [g] }]; v.appos = null; break; }
        }
      }
      continue;
    }
    if (p.type === 'SUB' && RELPRON.has(tok(tokens, p))) {
      // relative clause: the antecedent is the NP before the pronoun
      let a = j - 1;
      if (chunks[a]?.type === 'PUNCT' && ASIDE_PUNCT.has(tok(tokens, chunks[a]!))) a--;
      if (chunks[a]?.type === 'NP') {
        v.link = 'rel'; v.sub = tok(tokens, p);
        const { phrases } = phrasesLeft(chunks, tokens, a);
        v.subject = phrases;
        // the head of "X of Y who": keep the whole chain
        // "the US strike near Baghdad airport that killed": the phrase a place phrase modifies
        // is the antecedent; the nearer noun phrase is the fallback when that one names no one
        let h = phrases.length === 1 ? phrases[0]!.chunks[0]! : -1;
        if (h >= 2 && chunks[h - 1]!.type === 'P' && PLACE_PREPS.has(tok(tokens, chunks[h - 1]!)) && chunks[h - 2]!.type === 'NP') {
          h -= 2;
          while (h >= 2 && chunks[h - 1]!.type === 'P' && tok(tokens, chunks[h - 1]!) === 'of' && chunks[h - 2]!.type === 'NP') h -= 2;
          v.appos = phrases[0]!;
          v.subject = [ofChain(chunks, tokens, h)];
        }
      }
      continue;
    }
    if (p.type === 'NP') {
      // skip a prepositional phrase modifying the subject ("the envoy for Afghanistan visited", "India's move away from Russia has")
      let a = j;
      let ppObj: number | null = null;
      for (;;) {
        if (chunks[a - 1]?.type === 'P' && tok(tokens, chunks[a - 1]!) !== 'of' && chunks[a - 2]?.type === 'NP') {
          // ("a spokesman for the German ministry", "forces loyal to X", "troops from Chad"): the phrase after the
          // preposition names whom the subject speaks or stands for — the actor to fall back on
          if (affiliation(chunks, tokens, a - 2, tok(tokens, chunks[a - 1]!))) ppObj = a;
          a -= 2; continue;
        }
        if (chunks[a - 1]?.type === 'P' && chunks[a - 2]?.type === 'ADV' && chunks[a - 3]?.type === 'NP') { a -= 3; continue; }
        // "British aircraft using guided missiles killed": a participle and its object after the subject
        if (chunks[a - 1]?.type === 'VG' && chunks[a - 1]!.head === chunks[a - 1]!.start && /(?:ing|ed)$/.test(tokens[chunks[a - 1]!.head]!.norm) && chunks[a - 2]?.type === 'NP' && !(chunks[a - 3]?.type === 'P')) { a -= 2; continue; }
        // "the Red Cross operating in Iraq said": a participle phrase after the subject
        // ("the tankers held in Iranian waters appealed": an irregular participle too)
        if (chunks[a - 1]?.type === 'P' && chunks[a - 2]?.type === 'VG' && chunks[a - 2]!.vg && chunks[a - 2]!.head === chunks[a - 2]!.start && participle(tokens[chunks[a - 2]!.head]!.norm) && chunks[a - 3]?.type === 'NP') { a -= 3; continue; }
        break;
      }
      if (chunks[a - 1]?.type === 'P' && tok(tokens, chunks[a - 1]!) !== 'of') {
        // the NP is itself a prepositional object: "after the talks ended" → subject is the NP
      }
      // an appositive: "the president's envoy, Zamir Kabulov, visited"
      if (chunks[a - 1]?.type === 'PUNCT' && tok(tokens, chunks[a - 1]!) === ',' && chunks[j + 1]?.type === 'PUNCT' && tok(tokens, chunks[j + 1]!) === ',') {
        // j+1 is the comma after the appositive; j+2 should be the verb — handled below
      }
      const { phrases, first } = phrasesLeft(chunks, tokens, a);
      v.subject = phrases; v.link = 'direct';
      v.sub = subBefore(chunks, tokens, first);
      if (ppObj != null && phrases.length === 1) v.appos = ofChain(chunks, tokens, ppObj);
      // "accused Sudan of arming rebels fighting his government": a bare -ing verb after an "of" chain (a reduced
      // relative clause) is said of the nearest noun phrase, not of the chain's head
      if (c.vg!.gerund && a === j && phrases.length === 1 && phrases[0]!.chunks.length > 1 && chunks[j - 1]?.type === 'P' && tok(tokens, chunks[j - 1]!) === 'of') v.subject = [{ chunks: [j] }];
      // "Rwanda, whose troops attacked": the antecedent owns the subject — the actor to fall back on
      if (v.sub === 'whose') {
        let w = first - 1;
        while (chunks[w]?.type === 'ADV') w--;
        let an = w - 1;
        if (chunks[an]?.type === 'PUNCT' && tok(tokens, chunks[an]!) === ',') an--;
        if (chunks[an]?.type === 'NP') v.appos = phrasesLeft(chunks, tokens, an).phrases[0] ?? null;
      }
      continue;
    }
    if (p.type === 'PUNCT' && (tok(tokens, p) === ',' || tok(tokens, p) === '--' || tok(tokens, p) === '—')) {
      // "Germany, which holds the presidency, criticised Russia": a relative clause between commas
      if (!c.vg!.gerund) {
        let rel = -1;
        for (let m = j - 1; m >= 2 && m >= j - 14; m--) {
          const cm = chunks[m]!;
          if (cm.type === 'PUNCT') break;
          if (cm.type === 'SUB' && (tok(tokens, cm) === 'which' || tok(tokens, cm) === 'who' || tok(tokens, cm) === 'whose') && chunks[m - 1]?.type === 'PUNCT' && ASIDE_PUNCT.has(tok(tokens, chunks[m - 1]!)) && chunks[m - 2]?.type === 'NP') { rel = m; break; }
        }
        if (rel >= 0 && chunks.slice(rel + 1, j).some((x) => x.type === 'VG')) {
          let a = rel - 2;
          while (chunks[a - 1]?.type === 'P' && tok(tokens, chunks[a - 1]!) !== 'of' && chunks[a - 2]?.type === 'NP') a -= 2;
          const { phrases, first } = phrasesLeft(chunks, tokens, a);
          v.subject = phrases; v.link = 'direct'; v.sub = subBefore(chunks, tokens, first);
          continue;
        }
      }
      // "X, speaking in Baghdad, praised", "X, in a speech marking the anniversary, threatened", "X, however, said":
      // a participle, prepositional or adverb aside between commas leaves the subject before it
      const o = asideStart(chunks, tokens, j);
      if (o != null) {
        let a = o - 1;
        while (chunks[a - 1]?.type === 'P' && tok(tokens, chunks[a - 1]!) !== 'of' && chunks[a - 2]?.type === 'NP') a -= 2;
        const { phrases, first } = phrasesLeft(chunks, tokens, a);
        // "Japan, along with South Korea, criticised": the companions share the subject
        const w1 = tok(tokens, chunks[o + 1]!), w2 = chunks[o + 2] ? tok(tokens, chunks[o + 2]!) : '';
        const comp = (w1 === 'along' || w1 === 'together') && w2 === 'with' ? o + 3 : w1 === 'with' ? o + 2 : -1;
        v.subject = comp > 0 && chunks[comp]?.type === 'NP' ? [...phrases, ...phrasesRight(chunks, tokens, comp)] : phrases;
        v.link = 'direct'; v.sub = subBefore(chunks, tokens, first);
        continue;
      }
      // "X, the minister, said": an appositive between commas
      const q = chunks[j - 1];
      if (q?.type === 'NP') {
        let a = j - 1;
        while (chunks[a - 1]?.type === 'P' && tok(tokens, chunks[a - 1]!) !== 'of' && chunks[a - 2]?.type === 'NP') a -= 2;
        const { phrases, first } = phrasesLeft(chunks, tokens, a);
        // ("the Union of Teachers (NUT), the umbrella union, announced": past an acronym in brackets)
        let nb = first - 2;
        if (chunks[nb]?.type === 'PUNCT' && tok(tokens, chunks[nb]!) === ')' && chunks[nb - 1]?.type === 'NP' && chunks[nb - 2]?.type === 'PUNCT' && tok(tokens, chunks[nb - 2]!) === '(' && chunks[nb - 3]?.type === 'NP') nb -= 3;
        if (chunks[first - 1]?.type === 'PUNCT' && tok(tokens, chunks[first - 1]!) === ',' && chunks[nb]?.type === 'NP') {
          let b = nb;
          while (chunks[b - 1]?.type === 'P' && tok(tokens, chunks[b - 1]!) !== 'of' && chunks[b - 2]?.type === 'NP') b -= 2;
          const left = phrasesLeft(chunks, tokens, b);
          // "Pakistan, a key ally, has refused": a descriptive appositive (with an article) yields to the name before it
          const nearFirst = tokens[chunks[phrases[0]!.chunks[0]!]!.start]!;
          // ("Sudan and Bahrain, both close allies of Riyadh, cut ties": "both", "all", a number too)
          // ("Chile and Argentina, long-time rivals, signed": a bare common-noun appositive after named parties too)
          const proper = (ps: Phrase[]) => ps.some((ph) => ph.chunks.some((c) => chunks[c]!.type === 'NP' && tokens.slice(chunks[c]!.start, chunks[c]!.end).some((t) => t.pos === 'PROPN')));
          if (phrases.length === 1 && ((nearFirst.pos === 'DET' && ['a', 'an', 'the', 'both', 'all', 'each'].includes(nearFirst.norm)) || nearFirst.pos === 'NUM' || (!proper(phrases) && proper(left.phrases)))) { v.subject = left.phrases; v.appos = phrases[0]!; }
          else { v.subject = phrases; v.appos = left.phrases[0] ?? null; }
          v.link = 'direct';
          v.sub = subBefore(chunks, tokens, left.first);
          continue;
        }
        // "Vietnam, seen as a close partner of Y,", "Turkey, angered by the vote,": a bare participle before "as" or "by"
        // is a reduced passive — the noun phrase before the comma is what is seen, not who sees
        if (!c.vg!.gerund && c.head === c.start && c.end === c.start + 1 && chunks[k + 1]?.type === 'P' && ['as', 'by'].includes(tok(tokens, chunks[k + 1]!)) && (/(?:ed|en)$/.test(tokens[c.head]!.norm) || IRREGULAR_PAST[tokens[c.head]!.norm] != null)) continue;
        if (c.vg!.gerund) { // "…, killing eight people": the main clause's subject
          const gv = prevVG();
          // ("an airliner was shot down over Y, killing all on board": after a passive clause, its by-agent — never its
          // subject, the victim — or no one)
          if (gv != null && chunks[gv]!.vg!.passive) { v.link = 'gerund'; v.governor = gv; v.subject = passiveAgent(chunks, tokens, gv, k); }
          else if (gv != null) { v.link = 'gerund'; v.governor = gv; const gi = info.get(gv); if (gi) { v.subject = gi.subject; v.appos = gi.appos; } }
          // "the minister, speaking in Baghdad, ...": no verb before, the noun phrase before the comma
          else { v.link = 'gerund'; v.subject = phrases; }
          continue;
        }
        v.subject = phrases; v.link = 'direct';
        continue;
      }
      if (c.vg!.gerund) {
        const gv = prevVG();
        if (gv != null) { v.link = 'gerund'; v.governor = gv; const gi = info.get(gv); if (gi) { v.subject = gi.subject; v.appos = gi.appos; } }
      }
      continue;
    }
    if (p.type === 'CONJ' && COORD.has(tok(tokens, p))) {
      // coordinated verb phrase: "X visited A and met B"
      let gv = prevVG();
      // a finite verb ("and had offered") is coordinated with the finite verb above an infinitive chain
      if (gv != null && (c.head > c.start || tokens[c.head]!.norm !== tokens[c.head]!.lemma)) {
        let gi = info.get(gv); let guard = 0;
        while (gi && (gi.link === 'control' || gi.link === 'objcontrol' || gi.link === 'gerund') && gi.governor != null && guard++ < 6) { gv = gi.governor; gi = info.get(gv); }
      }
      // "X said that Y had failed to act, and sharply criticised Y": after a comma, a finite verb coordinated past the
      // end of a that-clause belongs with the verb of saying that governs the clause
      if (gv != null && chunks[j - 1]?.type === 'PUNCT' && tok(tokens, chunks[j - 1]!) === ',' && (c.head > c.start || tokens[c.head]!.norm !== tokens[c.head]!.lemma)) {
        let gi = info.get(gv); let guard = 0;
        while (gi && (gi.link === 'control' || gi.link === 'objcontrol' || gi.link === 'gerund') && gi.governor != null && guard++ < 6) { gv = gi.governor; gi = info.get(gv); }
        const f = gi?.subject[0]?.chunks[0];
        if (gi && gi.sub === 'that' && f != null) {
          let s0 = f - 1;
          while (s0 >= 0 && chunks[s0]!.type !== 'SUB') s0--;
          const speech = s0 > 0 && chunks[s0 - 1] ? [...info.keys()].filter((x) => x < s0 && SPEECH_LEMMAS.has(chunks[x]!.vg!.lemma)).pop() : undefined;
          if (speech != null && chunks.slice(speech + 1, s0).every((x) => x.type !== 'VG' && x.type !== 'SUB')) gv = speech;
        }
      }
      if (gv != null) { v.link = 'coord'; v.governor = gv; const gi = info.get(gv); if (gi) { v.subject = gi.subject; v.appos = gi.appos; v.sub = gi.sub; } }
      continue;
    }
    if (p.type === 'P' && c.vg!.gerund) {
      // "accused Rwanda of making", "by alleging": of → the object of the governor, else its subject
      v.gerundPrep = tok(tokens, p);
      const gv = prevVG();
      if (gv != null) {
        v.link = 'gerund'; v.governor = gv;
        const gi = info.get(gv);
        const obj = gv + 1 < j && chunks[gv + 1]!.type === 'NP' ? gv + 1 : null;
        const gc = chunks[gv]!;
        // "three men accused of spying for X": a bare participle after a noun phrase, which is the accused
        const reduced = obj == null && gc.head === gc.start && gc.end === gc.start + 1 && /ed$/.test(tokens[gc.head]!.norm) && chunks[gv - 1]?.type === 'NP';
        // ("has no intention of meeting Y": a gerund after a noun of intending is the subject's own act)
        if (v.gerundPrep === 'of' && obj != null && !INTENT_OF.has(tokens[chunks[obj]!.head]!.lemma)) v.subject = [ofChain(chunks, tokens, obj)];
        else if (v.gerundPrep === 'of' && reduced) v.subject = [{ chunks: [gv - 1] }];
        // "Germany joined France in condemning Y": who is joined acts too
        else if (v.gerundPrep === 'in' && obj != null && (gc.vg!.lemma === 'join' || gc.vg!.lemma === 'follow') && !gc.vg!.passive && gi) { v.subject = [...gi.subject, ...phrasesRight(chunks, tokens, obj)]; v.appos = gi.appos; }
        else if (gi) { v.subject = gi.subject; v.appos = gi.appos; }
      }
      continue;
    }
    if (p.type === 'VG') {
      // ("said fighting in Y would spread": after a verb of saying, a gerund with a finite verb after it is the subject
      // of the said clause, a noun, and no act of the speaker)
      if (c.vg!.gerund && SAYING.has(p.vg!.lemma) && finiteAfter(chunks, k)) continue;
      // "helped plan", "seeking to" handled above; a bare verb chain shares the subject
      const gi = info.get(j);
      v.link = 'control'; v.governor = j;
      if (gi) { v.subject = gi.subject; v.appos = gi.appos; }
      continue;
    }
  }
  // "After meeting the Cuban president, X praised", "Addressing the assembly, X criticised": a participle phrase that
  // opens the sentence, set off by a comma, has the subject of the clause after the comma
  for (const v of info.values()) {
    const c = chunks[v.chunk]!;
    // (a past participle there is passive — "Backed by Russia, X attacked": X is backed, not backing)
    if (v.subject.length || !c.vg!.gerund) continue;
    let ok = true;
    // ("A day after shooting down a jet, X offered talks": a time phrase before the preposition too)
    for (let b = 0; b < v.chunk; b++) if (!(chunks[b]!.type === 'ADV' || (chunks[b]!.type === 'P' && b === v.chunk - 1) || (chunks[b]!.type === 'SUB' && b === 0) || (b === 0 && chunks[b]!.type === 'NP' && (isTimeNP(tokens, chunks[b]!) || SPAN.has(tokens[chunks[b]!.head]!.norm)) && v.chunk === 2))) ok = false;
    if (!ok) continue;
    let cm = v.chunk + 1;
    for (; cm < chunks.length && !(chunks[cm]!.type === 'PUNCT' && tok(tokens, chunks[cm]!) === ','); cm++) if (chunks[cm]!.type === 'SUB' || chunks[cm]!.type === 'CONJ' || (chunks[cm]!.type === 'PUNCT')) { ok = false; break; }
    if (!ok || cm >= chunks.length) continue;
    for (let m = cm + 1; m < chunks.length && m < cm + 10; m++) {
      if (chunks[m]!.type === 'PUNCT' || chunks[m]!.type === 'SUB') break;
      if (chunks[m]!.type !== 'VG') continue;
      const mi = info.get(m);
      if (mi && mi.link === 'direct' && (mi.subject[0]?.chunks[0] ?? -1) > cm) { v.subject = mi.subject; v.appos = mi.appos; v.link = 'gerund'; v.governor = m; }
      break;
    }
  }
  // "Turkey's bid to join the talks was rebuffed", "Russia's threat to cut supplies alarmed Y": a verb after the
  // infinitive of the noun phrase that opens the sentence has that noun phrase as its subject, not the infinitive's object
  for (const v of info.values()) {
    const s0 = v.subject[0]?.chunks[0];
    if (v.link !== 'direct' || s0 == null) continue;
    let x = s0 - 1;
    while (x > 0 && chunks[x]!.type !== 'VG' && x > s0 - 4) { if (chunks[x]!.type !== 'P' && chunks[x]!.type !== 'NP') { x = -1; break; } x--; }
    if (x < 2 || chunks[x]?.type !== 'VG' || chunks[x - 1]!.type !== 'TO' || chunks[x - 2]!.type !== 'NP' || info.get(x)?.governor != null) continue;
    let first = x - 2;
    while (first >= 2 && chunks[first - 1]!.type === 'P' && tok(tokens, chunks[first - 1]!) === 'of' && chunks[first - 2]!.type === 'NP') first -= 2;
    if (first !== 0 && !(first === 1 && chunks[0]!.type === 'ADV')) continue;
    v.subject = [{ chunks: Array.from({ length: x - 1 - first }, (_, i) => first + i) }];
    v.appos = null;
  }
  // "Protesters who stormed parliament in Belgrade set fire to it": a verb right after a relative clause's object has the
  // relative clause's antecedent as its subject, not that object
  for (const v of info.values()) {
    const s0 = v.subject[0]?.chunks[0];
    if (v.link !== 'direct' || s0 == null) continue;
    const ph = v.subject[0]!.chunks;
    let r = s0 - 1;
    while (r > 0 && chunks[r]!.type === 'ADV') r--;
    const ri = info.get(r);
    let plain = true;
    for (let x = s0; x < v.chunk; x++) if (chunks[x]!.type !== 'NP' && chunks[x]!.type !== 'P') plain = false;
    if (chunks[r]?.type !== 'VG' || ri?.link !== 'rel' || !ri.subject.length || !plain || !ph.length) continue;
    const rs = ri.subject[0]!.chunks[0]!;
    if (chunks[rs + 1]?.type !== 'SUB' || !['who', 'which', 'that'].includes(tok(tokens, chunks[rs + 1]!)) || rs + 2 !== r) continue;
    v.subject = ri.subject; v.appos = ri.appos;
  }
  // "the Hizbollah (Party of God) group declared": a name before an aside in brackets that splits the subject's noun
  // phrase is the one to fall back on when the phrase after the brackets names no one
  for (const v of info.values()) {
    const f = v.subject[0]?.chunks[0];
    if (f == null || v.appos || !(chunks[f - 1]?.type === 'PUNCT' && tok(tokens, chunks[f - 1]!) === ')')) continue;
    let o = f - 2;
    while (o > 0 && o > f - 8 && !(chunks[o]!.type === 'PUNCT' && tok(tokens, chunks[o]!) === '(')) o--;
    if (o > 0 && chunks[o]!.type === 'PUNCT' && tok(tokens, chunks[o]!) === '(' && chunks[o - 1]?.type === 'NP') v.appos = { chunks: [o - 1] };
  }
  return info;
}

/**
 * The opening comma of an aside that ends with the comma at chunk j, right before a verb: "X, speaking in Baghdad,",
 * "X, in a speech on Monday,", "X, on a visit to Y,", "X, however,". The aside opens with a participle, a preposition or
 * an adverb, holds no finite verb and no other punctuation, and a noun phrase stands before it.
 */
function asideStart(chunks: Chunk[], tokens: Token[], j: number): number | null {
  for (let o = j - 1; o >= 1 && o >= j - 12; o--) {
    const c = chunks[o]!;
    if (c.type === 'SUB' || c.type === 'CONJ') return null;
    if (c.type === 'VG' && !(c.vg!.gerund || (c.head === c.start && (participle(tokens[c.head]!.norm) || isParticiple(tokens[c.head]!))))) return null;
    if (c.type !== 'PUNCT') continue;
    if (tok(tokens, c) !== ',' || o === j - 1 || chunks[o - 1]?.type !== 'NP') return null;
    const f = chunks[o + 1]!;
    const opens = f.type === 'P' ? tok(tokens, f) !== 'of' : f.type === 'ADV' ? o + 2 === j : f.type === 'VG' && f.head === f.start && (f.vg!.gerund || participle(tokens[f.head]!.norm) || isParticiple(tokens[f.head]!));
    return opens ? o : null;
  }
  return null;
}

/** "killed", "using", "held": a bare participle form */
const participle = (w: string) => /(?:ing|ed)$/.test(w) || (IRREGULAR_PAST[w] != null && !['met', 'fought', 'won', 'began', 'took', 'gave', 'broke', 'threw', 'drew', 'flew', 'froze'].includes(w));

function subBefore(chunks: Chunk[], tokens: Token[], first: number): string | null {
  let m = first - 1;
  while (chunks[m] && (chunks[m]!.type === 'ADV')) m--;
  const c = chunks[m];
  return c && c.type === 'SUB' ? tok(tokens, c) : null;
}

/** "today", "Monday", "week": a word naming a time */
export const isTimeWord = (t: Token): boolean => TIME_WORDS.has(t.norm);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'overnight', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
export function isTimeNP(tokens: Token[], c: Chunk): boolean {
  for (let i = c.start; i < c.end; i++) if (TIME_WORDS.has(tokens[i]!.norm)) return true;
  return false;
}

/**
 * Chunks to the right of chunk `from` up to the end of its clause: stops at a subordinator,
 * a semicolon, or another verb group (except an infinitive or gerund of the same phrase when `through` is set).
 */
export function clauseEnd(chunks: Chunk[], tokens: Token[], from: number): number {
  let k = from + 1;
  for (; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.type === 'SUB') break;
    if (c.type === 'VG') break;
    if (c.type === 'TO') break;
    if (c.type === 'PUNCT' && (tok(tokens, c) === ';' || tok(tokens, c) === ':')) break;
    if (c.type === 'CONJ' && chunks[k + 1]?.type === 'VG') break;
  }
  return k;
}
