// A shallow parser, first half: groups a sentence's tokens into chunks — noun phrases,
// verb groups, prepositions, subordinators — over the wink-nlp POS tags. Actor mentions
// are atoms: a mention never straddles two chunks. No model, no download: a few rules
// over Universal POS tags, linear in the number of tokens.
import type { Token } from '../doc/types.ts';

export type ChunkType = 'NP' | 'VG' | 'P' | 'TO' | 'CONJ' | 'SUB' | 'PUNCT' | 'ADV' | 'ADJ' | 'O';

export interface VerbGroup {
  /** index (in doc.tokens) of the main verb (or of the copula when there is none) */
  head: number;
  lemma: string;
  negated: boolean;
  /** modal auxiliary lemma ("will", "would", "could" ...), or null */
  modal: string | null;
  /** has/had + participle */
  perfect: boolean;
  /** a form of "be" + past participle */
  passive: boolean;
  /** "is to", "was to" (a plan) — set by the clause reader */
  copulaOnly: boolean;
  /** main verb in -ing form */
  gerund: boolean;
}

export interface Chunk {
  type: ChunkType;
  /** token range [start, end) in doc.tokens */
  start: number;
  end: number;
  /** head token index: the noun of an NP, the main verb of a VG, the word itself otherwise */
  head: number;
  vg?: VerbGroup;
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m"]);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", "'d", 'wo', 'ca']);
const NEG = new Set(['not', "n't", 'never', 'no longer']);
const SUBORD = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'whereas', 'because', 'although', 'though', 'if', 'unless', 'after', 'before', 'since', 'as', 'until', 'where', 'whether']);
const ALWAYS_SUB = new Set(['unless', 'if', 'whether', 'because', 'although', 'though', 'whereas', 'while']);
const RELPRON = new Set(['who', 'which', 'whom', 'whose', 'that']);
/** prepositions that are also subordinators: a following verb group makes them SUB */
const PREP_OR_SUB = new Set(['after', 'before', 'since', 'as', 'until']);
const CURRENCY = new Set(['$', '€', '£', '¥', 'US$']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const IRREGULAR_PARTICIPLES = new Set(['cast', 'held', 'met', 'sent', 'made', 'given', 'taken', 'seen', 'shot', 'hit', 'struck', 'brought', 'sold', 'bought', 'built', 'won', 'lost', 'put', 'set', 'cut', 'told', 'paid', 'led', 'kept', 'left', 'found', 'thrown', 'beaten', 'driven', 'known', 'shown', 'spoken', 'stolen', 'torn', 'undertaken', 'withdrawn', 'overthrown', 'forbidden', 'written', 'chosen', 'frozen', 'broken', 'hidden', 'ridden', 'slain', 'sworn', 'blown', 'drawn', 'flown', 'grown', 'thrust', 'spread', 'shut', 'forgiven', 'begun', 'done', 'gone', 'become', 'run', 'brought', 'caught', 'fought', 'sought', 'taught', 'thought', 'bound', 'fed', 'fled', 'hung', 'laid', 'lent', 'meant', 'read', 'rebuilt', 'sent', 'sped', 'spent', 'stood', 'stuck', 'swept', 'upheld', 'withheld', 'overseen', 'understood']);

/** irregular past forms → base form, for verbs the tagger reads as nouns or adjectives ("Turkey shot down") */
export const IRREGULAR_PAST: Record<string, string> = {
  shot: 'shoot', struck: 'strike', stricken: 'strike', fought: 'fight', sent: 'send', held: 'hold', met: 'meet', led: 'lead', took: 'take', taken: 'take',
  gave: 'give', given: 'give', made: 'make', broke: 'break', broken: 'break', began: 'begin', begun: 'begin', sought: 'seek', bought: 'buy', sold: 'sell',
  threw: 'throw', thrown: 'throw', brought: 'bring', won: 'win', drew: 'draw', drawn: 'draw', flew: 'fly', flown: 'fly', froze: 'freeze', frozen: 'freeze',
  withdrew: 'withdraw', withdrawn: 'withdraw', overthrew: 'overthrow', overthrown: 'overthrow', swore: 'swear', sworn: 'swear', beaten: 'beat',
  stole: 'steal', stolen: 'steal', spoke: 'speak', spoken: 'speak', told: 'tell', paid: 'pay', kept: 'keep', left: 'leave', found: 'find', hid: 'hide',
  hidden: 'hide', slew: 'slay', slain: 'slay', blew: 'blow', blown: 'blow', forgave: 'forgive', forgiven: 'forgive', stood: 'stand', upheld: 'uphold',
  withheld: 'withhold', oversaw: 'oversee', overseen: 'oversee', rebuilt: 'rebuild', fled: 'flee', fed: 'feed', bound: 'bind', laid: 'lay', lent: 'lend',
  spent: 'spend', swept: 'sweep', forbade: 'forbid', forbidden: 'forbid', undertook: 'undertake', undertaken: 'undertake', chose: 'choose', chosen: 'choose',
  drove: 'drive', driven: 'drive', caught: 'catch', tore: 'tear', torn: 'tear', sank: 'sink', sunk: 'sink', shut: 'shut', hit: 'hit', cut: 'cut', beat: 'beat',
};

/** verbs whose past tense and participle are the base form ("Russia cast doubt") */
const SAME_PAST = new Set(['cast', 'put', 'set', 'hit', 'cut', 'shut', 'beat', 'let', 'quit', 'spread', 'thrust', 'burst', 'bid', 'hurt', 'cost', 'broadcast', 'forecast', 'upset', 'recast', 'reset', 'outbid']);
/** prefixes that keep a verb's irregular inflection ("retook" → "retake", "unfroze" → "unfreeze") */
const VERB_PREFIXES = ['re', 'un', 'over', 'out', 'under', 'with', 'mis', 'up', 'fore'];

/** The past-tense base of an irregular form, prefixes included: "took" → "take", "retaken" → "retake". */
function irregularBase(form: string): string | null {
  const irr = IRREGULAR_PAST[form];
  if (irr) return irr;
  for (const p of VERB_PREFIXES) {
    if (form.length > p.length + 2 && form.startsWith(p)) {
      const b = IRREGULAR_PAST[form.slice(p.length)];
      if (b) return p + b;
    }
  }
  return null;
}

/** A known verb lemma behind an inflected form by English inflection rules: "staged" → "stage",
 *  "shelled" → "shell", "mediating" → "mediate", "retook" → "retake". */
export function knownVerbLemma(form: string, known: Set<string>): string | null {
  const irr = irregularBase(form);
  if (irr && known.has(irr)) return irr;
  const cands = [form];
  if (form.endsWith('ied')) cands.push(form.slice(0, -3) + 'y');
  if (form.endsWith('ed')) cands.push(form.slice(0, -1), form.slice(0, -2), form.slice(0, -3));
  if (form.endsWith('ing')) cands.push(form.slice(0, -3) + 'e', form.slice(0, -3), form.slice(0, -4));
  if (form.endsWith('ies')) cands.push(form.slice(0, -3) + 'y');
  if (form.endsWith('es')) cands.push(form.slice(0, -2));
  if (form.endsWith('s')) cands.push(form.slice(0, -1));
  return cands.find((c) => c.length > 2 && known.has(c)) ?? null;
}

/** The known verb a past-tense or participle form inflects ("abducted", "retook", "unfrozen", "cast"), else null. */
export function pastFormOf(form: string, known: Set<string>): string | null {
  if (SAME_PAST.has(form)) return known.has(form) ? form : null;
  const irr = irregularBase(form);
  if (irr) return known.has(irr) ? irr : null;
  if (!form.endsWith('ed') || form.length < 5) return null;
  const l = knownVerbLemma(form, known);
  return l && l !== form ? l : null;
}

const SUBJ_PRON = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'over', 'away']);

export const isParticiple = (t: Token): boolean =>
  /(?:ed|en)$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm) || (t.norm !== t.lemma && !t.norm.endsWith('ing') && !t.norm.endsWith('s'));

/** verbs taking a bare infinitive ("helped plan", "made them leave") */
const BARE_INF = new Set(['help', 'make', 'let', 'have', 'see', 'hear', 'watch', 'bid', 'dare', 'need', 'go', 'come']);

const isNeg = (t: Token) => NEG.has(t.norm);
/** verbs of beginning, going on and stopping, which take a gerund ("began striking") */
const ASPECTUAL = new Set(['begin', 'start', 'continue', 'keep', 'resume', 'stop', 'cease', 'finish', 'quit']);
/** words of time and aspect that stand between a perfect auxiliary and its verb ("has long", "had already") */
const ASPECT = new Set(['long', 'already', 'repeatedly', 'also', 'recently', 'previously', 'just', 'now', 'since', 'twice', 'often', 'consistently', 'frequently']);

export interface ChunkOptions {
  /** token index → id of the actor mention that covers it */
  actorAt?: Map<number, number>;
  /** lemmas that may head a verb group even when tagged ADJ after "be" (e.g. "pressured") */
  verbLemmas?: Set<string>;
  /** token indices of modifier words (demonyms: "Russian help") after which a verb-tagged word is a noun */
  modifiers?: Set<number>;
}

/** plurals of acts that are also verb forms ("exercises", "drills"), which a name before them may modify ("NATO drills") */
const ACT_PLURALS = new Set(['exercises', 'drills', 'maneuvers', 'manoeuvres', 'patrols', 'talks', 'attacks', 'strikes', 'raids', 'protests', 'clashes', 'visits', 'sanctions', 'shipments', 'exports', 'imports', 'deliveries', 'purchases', 'bans', 'cuts']);
/** prepositions that follow an intransitive verb of movement or conflict ("clash with", "withdraw from") */
const VERB_PREPS = new Set(['with', 'from', 'against', 'into', 'across', 'through', 'toward', 'towards', 'to']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** verbs that take a clause (whose subject a bare noun may be): "said trade grows" */
const CLAUSE_VERBS = new Set(['say', 'tell', 'think', 'believe', 'expect', 'fear', 'report', 'announce', 'warn', 'claim', 'show', 'suggest', 'argue', 'insist', 'know', 'see', 'hope', 'add', 'state', 'note', 'predict', 'estimate', 'find', 'feel', 'deny', 'confirm']);
function nounContext(tokens: Token[], i: number, opts: ChunkOptions): boolean {
  const p = tokens[i - 1]!;
  // the last word of an actor mention is a head noun ("South Korea's military said"), unless it is a demonym
  // (a possessive pronoun standing for an actor is a determiner: "stop its shelling of Y")
  if (opts.actorAt?.has(i - 1) && !opts.modifiers?.has(i - 1) && !POSSESSIVE.has(p.norm)) return false;
  if (p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NUM' || p.norm === "'s" || POSSESSIVE.has(p.norm)) return true;
  // "slapped asset freezes on Y", "imposed travel bans": a plural after a bare noun that is the object of a verb heads
  // a compound (not after a verb of saying or thinking: "said trade grows")
  const pp = tokens[i - 2];
  if (p.pos === 'NOUN' && !/s$/.test(p.norm) && /s$/.test(tokens[i]!.norm) && pp?.pos === 'VERB' && !CLAUSE_VERBS.has(pp.lemma) && !opts.actorAt?.has(i - 1)) return true;
  // a demonym used as an adjective ("Russian help"), not as a plural noun ("the Palestinians reject")
  if (opts.modifiers?.has(i - 1) && !/s$/.test(p.norm)) return true;
  // the end of a hyphenated compound ("first-ever visit")
  return i >= 3 && tokens[i - 2]!.end === tokens[i - 2 + 1]!.start && (tokens[i - 2]!.text === '-' || tokens[i - 3]!.text === '-' ) && p.pos === 'ADV';
}

/** A past-tense form ("said", "fought") not followed by a noun or adjective: a verb, whatever precedes it. */
function pastEndingPhrase(tokens: Token[], i: number, to: number): boolean {
  const u = tokens[i]!, n = i + 1 < to ? tokens[i + 1]! : null;
  const past = u.norm !== u.lemma && !u.norm.endsWith('ing') && !u.norm.endsWith('s');
  return past && !(n && (n.pos === 'NOUN' || n.pos === 'PROPN' || n.pos === 'ADJ'));
}

/** Chunk the tokens [from, to) of doc.tokens. */
export function chunk(tokens: Token[], from: number, to: number, opts: ChunkOptions = {}): Chunk[] {
  const out: Chunk[] = [];
  const actorAt = opts.actorAt;
  let i = from;
  const sameActor = (a: number, b: number) => actorAt != null && actorAt.has(a) && actorAt.get(a) === actorAt.get(b);
  // "Brazil, Argentina sign": the actor ending at token e is the last of a list ("A, B", "A and B"), a plural subject
  const listSubject = (e: number): boolean => {
    let b = e;
    while (b > from && actorAt?.has(b - 1) && actorAt.get(b - 1) === actorAt.get(e)) b--;
    const p = tokens[b - 1];
    return b - 1 > from && !!p && (p.text === ',' || p.norm === 'and') && !!actorAt?.has(b - 2);
  };
  // the token before k ends an actor mention (no demonym modifier) that opens its clause: "Angola mediated talks"
  const clauseSubjectBefore = (k: number): boolean => {
    if (!actorAt?.has(k - 1) || opts.modifiers?.has(k - 1) || tokens[k - 1]!.text === '-') return false;
    let b = k - 1;
    while (b > from && actorAt.get(b - 1) === actorAt.get(k - 1)) b--;
    const p = tokens[b - 1];
    return b === from || (!!p && (p.pos === 'PUNCT' && p.text !== '-') );
  };
  // a headline: no closing full stop, question or exclamation mark
  const headline = to > from && !['.', '?', '!'].includes(tokens[to - 1]!.text) && !(tokens[to - 1]!.pos === 'PUNCT' && to - 2 >= from && ['.', '?', '!'].includes(tokens[to - 2]!.text));
  // "Russia views Pakistan as...": a verb in -s tagged NOUN between a subject and its object
  const verbish = (k: number): boolean => {
    const u = tokens[k]!;
    // "militants abducted two workers": a past tense tagged ADJ between a subject noun and its object
    if ((u.pos === 'ADJ' || u.pos === 'NOUN') && k > from && u.norm.length > 4 && /ed$/.test(u.norm) && opts.verbLemmas) {
      const p = tokens[k - 1]!, n = tokens[k + 1];
      const f = u.norm;
      const known = opts.verbLemmas.has(u.lemma) || opts.verbLemmas.has(f.slice(0, -1)) || opts.verbLemmas.has(f.slice(0, -2)) || (f.length > 5 && f[f.length - 3] === f[f.length - 4] && opts.verbLemmas.has(f.slice(0, -3)));
      // ("Egypt mediated between X and Y": after a named actor, a preposition may follow)
      return known && (p.pos === 'NOUN' || p.pos === 'PROPN' || !!actorAt?.has(k - 1)) && !!n && (n.pos === 'DET' || n.pos === 'NUM' || n.pos === 'PROPN' || !!actorAt?.has(k + 1) || (n.pos === 'ADP' && !!actorAt?.has(k - 1) && p.text !== '-')
        // ("forces tortured detained journalists": before a participle that opens the object)
        || (n.pos === 'VERB' && /ed$/.test(n.norm) && k + 2 < to && (tokens[k + 2]!.pos === 'NOUN' || tokens[k + 2]!.pos === 'PROPN' || !!actorAt?.has(k + 2)))
        // ("China alleged that ...": before the conjunction of its clause)
        || (n.pos === 'SCONJ' && n.norm === 'that')
        // ("Angola mediated talks between ...": after a named subject that opens its clause, before a bare noun object)
        || (n.pos === 'NOUN' && clauseSubjectBefore(k))
        // ("police rounded up the protesters": before a particle and the object it opens)
        // ("police rounded up dozens of clerics", "rounded up suspects": a bare plural object too)
        || (PARTICLES.has(n.norm) && k + 2 < to && (['DET', 'NUM', 'PROPN'].includes(tokens[k + 2]!.pos) || !!actorAt?.has(k + 2) || (tokens[k + 2]!.pos === 'NOUN' && /s$/.test(tokens[k + 2]!.norm)))));
    }
    // "Turkey shot down a Russian jet": an irregular past tense tagged NOUN after a name, before its object or particle
    const irr = IRREGULAR_PAST[u.norm];
    // "soldiers shot dead a teenager": "shot dead" after a noun is the verb, whatever the tagger says
    if (irr === 'shoot' && u.pos !== 'VERB' && k > from && tokens[k + 1]?.norm === 'dead' && ['NOUN', 'PROPN'].includes(tokens[k - 1]!.pos) && opts.verbLemmas?.has(irr)) return true;
    if (irr && u.pos === 'NOUN' && k > from && opts.verbLemmas?.has(irr) && (tokens[k - 1]!.pos === 'PROPN' || !!actorAt?.has(k - 1))) {
      const n = tokens[k + 1];
      // ("troops shot dead a teenager": before the resultative "dead" too)
      return !!n && (n.pos === 'DET' || n.pos === 'NUM' || !!actorAt?.has(k + 1) || ['down', 'up', 'out', 'off', 'back'].includes(n.norm) || (n.norm === 'dead' && irr === 'shoot'));
    }
    if (retagged(k)) return true;
    // "Hamas, which advocates Israel's destruction": an -s word right after a relative "which"/"who", before its
    // object, is the relative clause's verb
    if (u.pos === 'NOUN' && k > from && (tokens[k - 1]!.norm === 'which' || tokens[k - 1]!.norm === 'who') && /[^s']s$/.test(u.norm) && k + 1 < to) {
      const n = tokens[k + 1]!;
      if (n.pos === 'DET' || n.pos === 'PROPN' || n.pos === 'NUM' || (n.pos === 'PRON' && POSSESSIVE.has(n.norm)) || !!actorAt?.has(k + 1)) return true;
    }
    if (u.pos !== 'NOUN' || k === from || !opts.verbLemmas?.has(u.lemma)) return false;
    // (the subject may end in a plural noun a demonym modifies: "Syrian troops clash with")
    const prevActor = (actorAt?.has(k - 1) ?? false) || (k - 1 > from && tokens[k - 1]!.pos === 'NOUN' && /[^s]s$/.test(tokens[k - 1]!.norm) && !!opts.modifiers?.has(k - 2) && u.norm === u.lemma && tokens[k + 1]?.pos === 'ADP' && VERB_PREPS.has(tokens[k + 1]!.norm));
    const prevProper = tokens[k - 1]!.pos === 'PROPN' || prevActor;
    if (!prevProper) return false;
    const n = tokens[k + 1];
    // "the Palestinians reject proposed changes": a plural subject and a base-form verb
    // ("Syrian troops clash with rioters", "rebel forces withdraw from": before a preposition of the verb too)
    // ("Japan, Philippines sign defence pact": in a headline, before a bare noun object too)
    // (not after a possessive: "during his visit to Y" is the noun)
    if (!/s$/.test(u.norm)) return (/s$/.test(tokens[k - 1]!.norm) || (headline && listSubject(k - 1))) && prevActor && !POSSESSIVE.has(tokens[k - 1]!.norm) && !!n && (n.pos === 'DET' || actorAt?.has(k + 1) || (n.pos === 'VERB' && /ed$/.test(n.norm)) || (headline && (n.pos === 'NOUN' || n.pos === 'ADJ'))
      || (n.pos === 'ADP' && VERB_PREPS.has(n.norm) && u.norm === u.lemma));
    return !!n && (actorAt?.has(k + 1) || n.pos === 'DET' || n.pos === 'PROPN' || (n.pos === 'PRON' && n.norm !== 'who') || (n.norm === 'to' && n.pos === 'PART'));
  };
  // the tagger's slips: a past tense or participle of a known verb tagged NOUN/ADJ/PROPN ("retook", "unfroze",
  // "abducted", "cast"), standing where a verb stands — after a subject or an auxiliary, before an object,
  // a particle or a preposition — is read as that verb
  const retagged = (k: number): boolean => {
    const u = tokens[k]!;
    if (!(u.pos === 'NOUN' || u.pos === 'ADJ' || u.pos === 'PROPN') || k === from || !opts.verbLemmas || actorAt?.has(k)) return false;
    if (!pastFormOf(u.norm, opts.verbLemmas)) return false;
    let p = k - 1;
    while (p > from && tokens[p]!.pos === 'ADV' && k - p < 3) p--;
    const pt = tokens[p]!;
    if (opts.modifiers?.has(p)) return false;
    const afterAux = pt.pos === 'AUX';
    const prevActor = !!actorAt?.has(p);
    const afterSubject = prevActor || pt.pos === 'PROPN' || (pt.pos === 'PRON' && SUBJ_PRON.has(pt.norm)) ||
      (pt.pos === 'NOUN' && p > from && tokens[p - 1]!.text !== '-' && !(p + 1 < k));
    if (!afterAux && !afterSubject) return false;
    const n = k + 1 < to ? tokens[k + 1]! : null;
    if (!n) return afterAux;
    if (actorAt?.has(k + 1) || n.pos === 'DET' || n.pos === 'NUM' || n.pos === 'PROPN' || (n.pos === 'PRON' && !RELPRON.has(n.norm))) return true;
    if (PARTICLES.has(n.norm) && (n.pos === 'ADP' || n.pos === 'ADV' || n.pos === 'PART')) return true;
    // "China alleged that ...": before the conjunction of its clause
    if (n.norm === 'that' && n.pos === 'SCONJ') return true;
    // "abducted workers", "seized heavy weapons": a bare object
    if ((n.pos === 'NOUN' || (n.pos === 'ADJ' && tokens[k + 2]?.pos === 'NOUN')) && (afterAux || prevActor || pt.pos === 'PROPN' || pt.pos === 'PRON')) return true;
    // "was abducted by", "has retreated from"; after a named actor any preposition but "with" ("rebels armed with")
    if (n.pos === 'ADP') return afterAux || (prevActor && n.norm !== 'with');
    return afterAux && (n.pos === 'PUNCT' || n.pos === 'CCONJ');
  };
  // "war-torn", "cash-strapped": a verb-tagged word glued by a hyphen to the next word opens a compound modifier
  const hyphenHead = (k: number): boolean => {
    const u = tokens[k]!, h = tokens[k + 1], w = tokens[k + 2];
    return u.pos === 'VERB' && k + 2 < to && !!h && !!w && (h.text === '-' || h.text === '–') && u.end === h.start && h.end === w.start && w.pos !== 'PUNCT';
  };
  // "used tear gas", "fired cluster bombs": a base-form verb-tagged word right after a verb that takes no bare
  // infinitive, followed by a noun, is the first word of a compound object
  const compoundAfterVerb = (k: number): boolean => {
    const u = tokens[k]!, n = tokens[k + 1];
    const prev = out[out.length - 1];
    if (u.pos !== 'VERB' || prev?.type !== 'VG' || prev.end !== k) return false;
    const h = tokens[prev.head]!;
    if (h.pos !== 'VERB' || BARE_INF.has(h.lemma)) return false;
    // "held exercises with": a plural noun tagged as a present-tense verb right after a verb
    if (u.norm !== u.lemma && /[^s]s$/.test(u.norm) && u.norm.startsWith(u.lemma)) return true;
    // English puts no bare verb right after a main verb ("helped plan" aside): "sought help from", "used tear gas"
    return u.norm === u.lemma && !u.norm.endsWith('ing') && (!n || (n.pos !== 'DET' && n.pos !== 'PRON' && n.pos !== 'PART' && n.pos !== 'AUX'));
  };
  // "conceded to demands from", "bowed to calls for": an -s form after "to" is no infinitive but a plural noun
  const nounAfterTo = (k: number): boolean => {
    const u = tokens[k]!;
    return u.pos === 'VERB' && k > from && tokens[k - 1]!.norm === 'to' && u.norm !== u.lemma && /[^s]s$/.test(u.norm) && u.norm.startsWith(u.lemma);
  };
  // "Fighting broke out", "heavy shelling continued": an -ing word right before the verb is the subject noun
  // ("Fighting between X and Y killed ten": before "between" too, which no participle clause takes first)
  const gerundSubject = (k: number): boolean => {
    const u = tokens[k]!, n = tokens[k + 1];
    return u.pos === 'VERB' && u.norm.endsWith('ing') && !!n && (((n.pos === 'VERB' || n.pos === 'AUX') && !n.norm.endsWith('ing') && n.norm !== 'to') || n.norm === 'between');
  };
  // "met Y following the invasion of Z": "following" after a noun phrase or a comma, before a determiner, is a
  // preposition ("after"), not a verb whose subject is that noun phrase (a verb after an auxiliary stays one)
  const followingPrep = (k: number): boolean => {
    const u = tokens[k]!, p = tokens[k - 1], n = tokens[k + 1];
    return u.norm === 'following' && k > from && !!p && !!n && p.pos !== 'AUX' && p.pos !== 'DET' && (NP_POS.has(p.pos) || p.pos === 'PUNCT' || !!actorAt?.has(k - 1))
      && (n.pos === 'DET' || n.pos === 'NUM' || n.pos === 'PROPN' || (n.pos === 'PRON' && POSSESSIVE.has(n.norm)) || !!actorAt?.has(k + 1));
  };
  // "Tehran in turn accused", "in return for": a base-form verb-tagged word right after a preposition (never before a
  // bare infinitive in English, "to" aside) is a noun
  const nounAfterPrep = (k: number): boolean => {
    const u = tokens[k]!, p = tokens[k - 1];
    return u.pos === 'VERB' && k > from && !!p && p.pos === 'ADP' && p.norm !== 'to' && (u.norm === u.lemma || pluralAfterPrep(k)) && !u.norm.endsWith('ing') && !u.norm.endsWith('ed');
  };
  // "took part in exercises with Y": a plural-looking -s form right after a preposition has no subject to be the verb of
  // (not after a word that also opens a clause: "as", "after", "since")
  const pluralAfterPrep = (k: number): boolean => {
    const u = tokens[k]!, p = tokens[k - 1]!, n = tokens[k + 1];
    return /[^s']s$/.test(u.norm) && u.norm !== u.lemma && !PREP_OR_SUB.has(p.norm) && !SUBORD.has(p.norm) && (!n || ['ADP', 'PUNCT', 'CCONJ'].includes(n.pos));
  };
  // "took part in NATO exercises", "joined in Russian-led drills near Y": a plural of an act that is also a verb form,
  // right after a name that is a preposition's object in a clause that already has its verb, before a preposition or
  // the end of the clause, is the noun the name modifies (not "the war in Yemen rages on", whose clause has no verb yet)
  const nameAfterPrep = (k: number): boolean => {
    const u = tokens[k]!, n = tokens[k + 1];
    if (u.pos !== 'VERB' || !ACT_PLURALS.has(u.norm) || !actorAt?.has(k - 1) || actorAt.has(k) || opts.modifiers?.has(k - 1) || (n && !['ADP', 'PUNCT', 'CCONJ'].includes(n.pos))) return false;
    let verb = false;
    for (let j = out.length - 1; j >= 0 && !verb; j--) {
      const c = out[j]!;
      if (c.type === 'SUB' || c.type === 'CONJ' || c.type === 'PUNCT') break;
      verb = c.type === 'VG';
    }
    if (!verb) return false;
    let b = k - 1;
    while (b > from && actorAt.get(b - 1) === actorAt.get(k - 1)) b--;
    const p = b > from ? tokens[b - 1]! : null;
    return !!p && p.pos === 'ADP' && p.norm !== 'to' && !PREP_OR_SUB.has(p.norm) && !SUBORD.has(p.norm);
  };
  // "after meeting the Cuban president", "before signing the deal": an -ing form of a known verb the tagger calls a
  // noun, right after a preposition and before its object, is a gerund
  const gerundAfterPrep = (k: number): boolean => {
    const u = tokens[k]!, p = tokens[k - 1], n = tokens[k + 1];
    // (", arresting twelve people": after a comma too, where the tagger may call it an adjective)
    return (u.pos === 'NOUN' || (u.pos === 'ADJ' && p?.text === ',')) && k > from && !!p && (p.pos === 'ADP' || p.text === ',') && u.norm.endsWith('ing') && !!opts.verbLemmas && !!knownVerbLemma(u.norm, opts.verbLemmas) && !actorAt?.has(k)
      && !!n && (n.pos === 'DET' || n.pos === 'PROPN' || n.pos === 'NUM' || (n.pos === 'PRON' && POSSESSIVE.has(n.norm)) || !!actorAt?.has(k + 1));
  };
  // "began striking targets", "kept shelling the town": an -ing form of a known verb the tagger calls an adjective or
  // a noun, right after a verb of beginning, going on or stopping, is a gerund (not the first word of a noun phrase)
  const aspectGerund = (k: number): boolean => {
    const u = tokens[k]!, p = tokens[k - 1];
    return (u.pos === 'ADJ' || u.pos === 'NOUN') && k > from && !!p && p.pos === 'VERB' && ASPECTUAL.has(p.lemma) && u.norm.endsWith('ing')
      && !!opts.verbLemmas && !!knownVerbLemma(u.norm, opts.verbLemmas) && !actorAt?.has(k);
  };
  // "$50 million", "a €2 billion credit line": a currency sign before a number is part of the noun phrase
  const currency = (k: number): boolean => tokens[k]!.pos === 'SYM' && CURRENCY.has(tokens[k]!.text) && k + 1 < to && tokens[k + 1]!.pos === 'NUM';
  // "handed over three al Qaeda suspects to Y": a plural word the tagger calls a verb, after a name that a number opens,
  // before a preposition or the end of the clause, is the noun the name modifies
  const numberedName = (k: number): boolean => {
    const u = tokens[k]!, n = tokens[k + 1];
    if (u.pos !== 'VERB' || !/[^s']s$/.test(u.norm) || !actorAt?.has(k - 1) || actorAt.has(k) || !n || !(n.pos === 'ADP' || n.pos === 'PUNCT' || n.pos === 'CCONJ')) return false;
    let b = k - 1;
    while (b > from && actorAt.get(b - 1) === actorAt.get(k - 1)) b--;
    return b > from && tokens[b - 1]!.pos === 'NUM';
  };
  while (i < to) {
    const t = tokens[i]!;
    // an actor mention: one NP atom, extended by the NP material around it
    // "rejected proposed changes": a participle right after a verb, before a noun, opens a noun phrase
    const participleNP = t.pos === 'VERB' && /ed$/.test(t.norm) && i > from && ((tokens[i - 1]!.pos === 'VERB' && !nounAfterPrep(i - 1)) || tokens[i - 1]!.pos === 'ADP' || (out[out.length - 1]?.type === 'VG' && out[out.length - 1]!.end === i && out[out.length - 1]!.vg!.head === i - 1 && tokens[i - 1]!.pos !== 'AUX')) && i + 1 < to && (tokens[i + 1]!.pos === 'NOUN' || tokens[i + 1]!.pos === 'ADJ' || (tokens[i + 1]!.pos === 'PROPN' && !!actorAt?.has(i + 1)));
    if (participleNP || currency(i) || actorAt?.has(i) || numberedName(i) || hyphenHead(i) || compoundAfterVerb(i) || nounAfterTo(i) || nounAfterPrep(i) || (i === from && gerundSubject(i)) || (!verbish(i) && !gerundAfterPrep(i) && !aspectGerund(i) && NP_POS.has(t.pos) && !(t.pos === 'PRON' && RELPRON.has(t.norm)) && !(t.pos === 'DET' && RELPRON.has(t.norm) && i > from && tokens[i - 1]!.pos !== 'ADP'))) {
      const start = i;
      let head = i;
      while (i < to) {
        const u = tokens[i]!;
        if (actorAt?.has(i)) { // swallow the whole mention
          const id = actorAt.get(i);
          while (i < to && actorAt.get(i) === id) { if (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN' || tokens[i]!.pos === 'PRON') head = i; i++; }
          continue;
        }
        if (u.pos === 'PART' && (u.norm === "'s" || u.norm === "'")) { i++; continue; }
        if (i === start && (hyphenHead(i) || compoundAfterVerb(i) || nounAfterTo(i) || nounAfterPrep(i) || participleNP)) { head = i; i++; continue; }
        if (u.pos === 'VERB' && gerundSubject(i) && (i === start || tokens[i - 1]!.pos === 'ADJ' || tokens[i - 1]!.pos === 'DET')) { head = i; i++; break; }
        // "a troop build-up", "the army pull-out": a verb-tagged word glued by a hyphen, after a noun or adjective of
        // the phrase, is the compound noun that heads it
        if (i > start && hyphenHead(i) && ['NOUN', 'ADJ', 'DET'].includes(tokens[i - 1]!.pos) && tokens[i - 1]!.end < u.start) { head = i; i++; continue; }
        if (i > start && nameAfterPrep(i)) { head = i; i++; continue; }
        if (verbish(i)) break;
        // a hyphenated compound ("first-ever", "US-led", "U.S.-India"): glue both sides
        if (u.pos === 'PUNCT' && (u.text === '-' || u.text === '–') && i + 1 < to && i > start && tokens[i - 1]!.end === u.start && tokens[i + 1]!.start === u.end && tokens[i + 1]!.pos !== 'PUNCT') {
          i++;
          if (!actorAt?.has(i)) i++;
          continue;
        }
        // a verb-tagged word after a determiner, adjective or possessive is a noun ("the visit", "Russian help")
        // (not a past tense ending the phrase: "…, the military said.", "the army fought on")
        if (u.pos === 'VERB' && i > start && !/ed$/.test(u.norm) && !pastEndingPhrase(tokens, i, to) && nounContext(tokens, i, opts)) { head = i; i++; continue; }
        // "killed in Israeli tank shelling near X": an -ing word closing a noun phrase after a preposition, with no
        // object of its own, is the phrase's head noun
        if (u.pos === 'VERB' && i > start && u.norm.endsWith('ing') && start > from && tokens[start - 1]!.pos === 'ADP' && (tokens[i - 1]!.pos === 'NOUN' || !!actorAt?.has(i - 1))
          && (i + 1 >= to || ['ADP', 'PUNCT', 'CCONJ'].includes(tokens[i + 1]!.pos))) { head = i; i++; continue; }
        // "the Rafah crossing", "the Kerem Shalom crossing": an -ing word after a name inside "the …" is the head noun
        if (u.pos === 'VERB' && i > start && u.norm.endsWith('ing') && tokens[start]!.pos === 'DET' && (tokens[i - 1]!.pos === 'PROPN' || (tokens[i - 1]!.pos === 'NOUN' && !/s$/.test(tokens[i - 1]!.norm))) && !(tokens[i + 1] && (tokens[i + 1]!.pos === 'DET' || tokens[i + 1]!.pos === 'PRON'))) { head = i; i++; continue; }
        // "a $6 billion loan": a currency sign before its amount
        if (currency(i)) { i++; continue; }
        if (!NP_POS.has(u.pos)) {
          // "the recently signed deal": an adverb or participle inside an NP
          const pp = tokens[i - 1]!;
          // (not a verb before a bare name: "the secretary-general urged Eritrea and ...")
          const nameObject = u.pos === 'VERB' && tokens[i + 1]?.pos === 'PROPN' && !(i + 2 < to && ['NOUN', 'PROPN', 'NUM'].includes(tokens[i + 2]!.pos));
          if ((u.pos === 'ADV' || u.pos === 'VERB') && i + 1 < to && i > start && !nameObject && (pp.pos === 'DET' || pp.pos === 'NUM' || pp.pos === 'ADJ' || pp.norm === "'s" || POSSESSIVE.has(pp.norm)) && (tokens[i + 1]!.pos === 'NOUN' || tokens[i + 1]!.pos === 'ADJ' || tokens[i + 1]!.pos === 'PROPN')) { i++; continue; }
          break;
        }
        if (u.pos === 'PRON' && i > start && !sameActor(i, i - 1)) break; // "...him he": two NPs
        if ((u.pos === 'PRON' || u.pos === 'DET') && RELPRON.has(u.norm) && i > start) break;
        if (u.pos === 'DET' && i > start && tokens[i - 1]!.pos !== 'PART' && u.norm !== "'s") break; // a new determiner starts a new NP
        if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'PRON' || u.pos === 'NUM') head = i;
        i++;
      }
      if (i === start) i++;
      out.push({ type: 'NP', start, end: i, head });
      continue;
    }
    // a verb group: auxiliaries, negation, adverbs, the main verb
    if ((t.pos === 'AUX' || t.pos === 'VERB' || verbish(i) || gerundAfterPrep(i) || aspectGerund(i) || (t.norm === 'never' && i + 1 < to && (tokens[i + 1]!.pos === 'VERB' || tokens[i + 1]!.pos === 'AUX')) || (t.pos === 'PART' && isNeg(t) && i + 1 < to && (tokens[i + 1]!.pos === 'VERB' || tokens[i + 1]!.pos === 'AUX'))) && t.norm !== 'regarding' && t.norm !== 'concerning' && !followingPrep(i)) {
      const start = i;
      let head = -1; let negated = false; let modal: string | null = null; let perfect = false; let sawBe = false; let lastAux = -1;
      while (i < to) {
        const u = tokens[i]!;
        if (u.pos === 'AUX') {
          if (MODALS.has(u.norm)) modal = u.norm === "'ll" || u.norm === 'wo' ? 'will' : u.norm === "'d" ? 'would' : u.norm === 'ca' ? 'can' : u.norm;
          else if (u.lemma === 'have') perfect = true;
          else if (BE.has(u.norm) || u.lemma === 'be') sawBe = true;
          lastAux = i; i++; continue;
        }
        if (u.pos === 'PART' && isNeg(u)) { negated = true; i++; continue; }
        if (u.norm === 'never') { negated = true; i++; continue; }
        // "will no longer negotiate": "no longer" negates the verb group like "not"
        if (u.norm === 'no' && tokens[i + 1]?.norm === 'longer' && head < 0 && i + 2 < to && (tokens[i + 2]!.pos === 'VERB' || tokens[i + 2]!.pos === 'AUX')) { negated = true; i += 2; continue; }
        if (u.pos === 'ADV' && i + 1 < to && ['AUX', 'VERB', 'ADV', 'PART'].includes(tokens[i + 1]!.pos) && head < 0) { i++; continue; }
        // "has long accused", "had already expelled": after a perfect auxiliary, an aspect word the tagger calls an
        // adjective, and a known verb's past form the tagger calls a noun or adjective, stay in the verb group
        if (perfect && head < 0 && i + 1 < to && ASPECT.has(u.norm) && (tokens[i + 1]!.pos === 'VERB' || (!!opts.verbLemmas && !!pastFormOf(tokens[i + 1]!.norm, opts.verbLemmas)))) { i++; continue; }
        if (perfect && head < 0 && (u.pos === 'NOUN' || u.pos === 'ADJ') && !!opts.verbLemmas && !opts.actorAt?.has(i) && !!pastFormOf(u.norm, opts.verbLemmas) && (tokens[i - 1]!.pos === 'AUX' || ASPECT.has(tokens[i - 1]!.norm))) { head = i; i++; continue; }
        if (u.pos === 'VERB' || (head < 0 && (verbish(i) || gerundAfterPrep(i) || aspectGerund(i)))) {
          if (head >= 0 && !(tokens[head]!.lemma === 'have' || tokens[head]!.lemma === 'be' || tokens[head]!.lemma === 'do')) break;
          head = i; i++;
          continue;
        }
        // "would free the prisoners": after a modal, a known verb tagged as an adjective or noun is the main verb
        if (head < 0 && modal && !sawBe && (u.pos === 'ADJ' || u.pos === 'NOUN') && opts.verbLemmas?.has(u.norm) && !opts.actorAt?.has(i)) { head = i; i++; break; }
        // "is being pressured" tagged ADJ after be: a participle
        if (u.pos === 'ADJ' && head < 0 && sawBe && opts.verbLemmas?.has(u.lemma) && isParticiple(u)) { head = i; i++; break; }
        break;
      }
      if (i === start) i++;
      if (head < 0) head = lastAux >= 0 ? lastAux : start;
      const h = tokens[head]!;
      const passive = sawBe && h.pos !== 'AUX' && isParticiple(h) && !h.norm.endsWith('ing');
      const vg: VerbGroup = { head, lemma: h.lemma, negated, modal, perfect, passive, copulaOnly: h.pos === 'AUX', gerund: h.norm.endsWith('ing') && start === head };
      out.push({ type: 'VG', start, end: i, head, vg });
      continue;
    }
    let type: ChunkType = 'O';
    if (t.norm === 'regarding' || t.norm === 'concerning' || followingPrep(i)) type = 'P';
    else if (ALWAYS_SUB.has(t.norm)) type = 'SUB';
    else if (t.pos === 'ADP') {
      type = 'P';
      if (PREP_OR_SUB.has(t.norm)) {
        // "after Russia invaded" (a clause) vs "after the talks" (a phrase): a verb right after the noun phrase
        let j = i + 1;
        while (j < to && (NP_POS.has(tokens[j]!.pos) || actorAt?.has(j) || tokens[j]!.norm === "'s")) j++;
        if (j > i + 1 && j < to && (tokens[j]!.pos === 'AUX' || (tokens[j]!.pos === 'VERB' && !tokens[j]!.norm.endsWith('ing')))) type = 'SUB';
      }
    } else if (t.pos === 'PART' && t.norm === 'to') type = 'TO';
    else if (t.pos === 'CCONJ') type = 'CONJ';
    else if (t.pos === 'SCONJ' || SUBORD.has(t.norm)) type = 'SUB';
    else if (t.pos === 'PUNCT') type = 'PUNCT';
    else if (t.pos === 'ADV') type = 'ADV';
    else if (t.pos === 'ADJ') type = 'ADJ';
    if (t.norm === 'to') {
      // an infinitive, possibly split by an adverb ("to gradually start"); else a preposition
      let j = i + 1;
      while (j < to && tokens[j]!.pos === 'ADV' && j < i + 3) j++;
      type = j < to && !actorAt?.has(j) && !hyphenHead(j) && !nounAfterTo(j) && (tokens[j]!.pos === 'VERB' || (tokens[j]!.pos === 'AUX' && tokens[j]!.lemma === 'be')) ? 'TO' : 'P';
    }
    out.push({ type, start: i, end: i + 1, head: i });
    i++;
  }
  // (the two passes below only when their words occur)
  let quote = false, label = false;
  for (let k = from; k < to; k++) { const w = tokens[k]!.norm; if (QUOTE_MARKS.has(tokens[k]!.text)) quote = true; else if (w === 'what' || w === 'as') label = true; }
  const merged = coordinatedModifiers(tokens, quote ? mergeQuotedVerbs(tokens, out) : out);
  return label ? evaluativeAsides(tokens, merged) : merged;
}

const DEGREE = new Set(['most', 'more', 'least', 'less', 'very']);
/**
 * "its sixth and most powerful nuclear test", "the first and largest joint drill": modifiers coordinated before one
 * noun — a determiner phrase with no noun, "and"/"or", adjectives, the noun phrase — are one noun phrase.
 */
function coordinatedModifiers(tokens: Token[], chunks: Chunk[]): Chunk[] {
  let out: Chunk[] | null = null;
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!, cj = chunks[k + 1];
    let m = -1;
    if (c.type === 'NP' && cj?.type === 'CONJ' && (tokens[cj.start]!.norm === 'and' || tokens[cj.start]!.norm === 'or') && c.end - c.start >= 2
      && (tokens[c.start]!.pos === 'DET' || tokens[c.start]!.pos === 'PRON') && tokens.slice(c.start + 1, c.end).every((t) => t.pos === 'ADJ' || t.pos === 'NUM')) {
      // the adjectives after the conjunction ("most powerful": a degree word makes the next word its adjective, however tagged)
      let j = k + 2, degree = false;
      while (j < chunks.length && (chunks[j]!.type === 'ADV' || chunks[j]!.type === 'ADJ') && chunks[j]!.end - chunks[j]!.start === 1) {
        const t = tokens[chunks[j]!.start]!;
        if (!(t.pos === 'ADJ' || DEGREE.has(t.norm) || (degree && t.pos === 'ADV'))) break;
        degree = DEGREE.has(t.norm);
        j++;
      }
      const n = chunks[j];
      // (a degree word last: its adjective opens the noun phrase — "most [powerful missile test]")
      if (n?.type === 'NP' && (!degree || tokens[n.start]!.pos === 'ADJ') && tokens[n.start]!.pos !== 'DET' && tokens[n.start]!.pos !== 'PRON') m = j;
    }
    if (m < 0) { out?.push(c); continue; }
    out ??= chunks.slice(0, k);
    out.push({ ...chunks[m]!, start: c.start });
    k = m;
  }
  return out ?? chunks;
}

/** verbs that name what something is called ("what it called aggression", "condemned as illegal") */
const NAMING = new Set(['call', 'describe', 'term', 'dub', 'label', 'brand', 'characterize', 'characterise']);
/**
 * "condemned what it called China's coercion", "condemned as illegal Russia's annexation": the speaker's label between
 * a verb and its object is an aside — one adverb chunk — so that the object follows the verb.
 */
function evaluativeAsides(tokens: Token[], chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    out.push(c);
    if (c.type !== 'VG') continue;
    const n = chunks[k + 1];
    if (!n) continue;
    // "what it called", "what Peru described as"
    if (n.type === 'NP' && tokens[n.start]!.norm === 'what') {
      let m = k + 2;
      if (n.end === n.start + 1 && chunks[m]?.type === 'NP') m++;
      const g = chunks[m];
      if (g?.type === 'VG' && NAMING.has(g.vg!.lemma) && chunks[m + 1]) {
        let e = m + 1;
        if (chunks[e]!.type === 'P' || chunks[e]!.type === 'SUB') { if (tokens[chunks[e]!.start]!.norm !== 'as') continue; e++; }
        if (chunks[e]?.type !== 'NP') continue;
        out.push({ type: 'ADV', start: n.start, end: chunks[e - 1]!.end, head: n.start });
        k = e - 1;
      }
      continue;
    }
    // "condemned as illegal Russia's annexation": "as" and the adjectives before the object's first name or determiner
    if ((n.type === 'SUB' || n.type === 'P') && tokens[n.start]!.norm === 'as' && chunks[k + 2]?.type === 'NP') {
      const o = chunks[k + 2]!;
      let t = o.start;
      while (t < o.end && tokens[t]!.pos === 'ADJ') t++;
      if (t === o.start || t >= o.end || !(tokens[t]!.pos === 'PROPN' || tokens[t]!.pos === 'DET')) continue;
      out.push({ type: 'ADV', start: n.start, end: t, head: n.start }, { ...o, start: t });
      k += 2;
    }
  }
  return out;
}

const QUOTE_MARKS = new Set(['"', '“', '”', "''", '``']);
/**
 * 'X "categorically rejects" Y': a verb group in scare quotes after its subject — opening quote, optional adverbs,
 * the verb group, closing quote — is one verb group, so that its subject and object stay next to it.
 */
function mergeQuotedVerbs(tokens: Token[], chunks: Chunk[]): Chunk[] {
  const isQuote = (c: Chunk | undefined) => !!c && c.type === 'PUNCT' && QUOTE_MARKS.has(tokens[c.start]!.text);
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (isQuote(c) && k > 0 && chunks[k - 1]!.type === 'NP') {
      let m = k + 1;
      while (chunks[m]?.type === 'ADV') m++;
      if (chunks[m]?.type === 'VG' && isQuote(chunks[m + 1])) {
        out.push({ ...chunks[m]!, start: c.start, end: chunks[m + 1]!.end });
        k = m + 1;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Text of a chunk, for debugging and tests. */
export const chunkText = (tokens: Token[], c: Chunk) => tokens.slice(c.start, c.end).map((t) => t.text).join(' ');
