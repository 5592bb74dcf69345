// Event patterns as data: data/events/{verbs,nouns,complements,cues}.jsonl, validated on
// load with the generic loader. Each pattern's id in output is `<file>.v<version>:<id>`.
import { cameo } from '../../cameo/index.ts';
import { dataPath, DataError, firstError, loadJsonl, need, readManifest } from '../../rules/load.ts';
import { knownVerbLemma } from '../../nlp/chunk.ts';

export type Family = 'appeal' | 'intent' | 'demand' | 'reject' | 'threaten' | 'yield' | 'reduce' | 'accuse' | 'comment';
export const FAMILIES: Family[] = ['appeal', 'intent', 'demand', 'reject', 'threaten', 'yield', 'reduce', 'accuse', 'comment'];

export interface Refine { words: string[]; code: string }

/** A verb pattern: "visit", "call off", "hold talks with", "receive aid from". */
export interface VerbPattern {
  id: string;
  verb: string;
  /** words right after the verb ("off", "out of", "with") */
  particle?: string;
  /** light-verb object noun lemmas ("talk", "visit") */
  object?: string[];
  /** where the target is: "dobj", "obj" (an actor inside the light-verb object: "closed its embassy in Iran") or a preposition; default ["dobj"], or the common prepositions after a light-verb object */
  target?: string[];
  /** "from": the source is the object of "from"/"by" and the subject is the target ("received aid from") */
  source?: 'subject' | 'from';
  code: string;
  /** the complement (what is offered, demanded, refused...) picks the sub-code */
  family?: Family;
  /** coded both ways */
  mutual?: boolean;
  /** may stand without a target ("protesters rallied") */
  alone?: boolean;
  /** qualifier words in the clause that select a more specific code */
  refine?: Refine[];
  /** words the clause after the verb must hold ("view Y as a partner") */
  requires?: string[];
  /** words that rule the pattern out */
  requires_not?: string[];
  /** a place ("in Moscow", marked location-only) may be the target: visits, protests, attacks */
  place?: boolean;
  /** only in "X <verb> Y to do Z" (an object followed by an infinitive) */
  objcontrol?: boolean;
  /** in the passive with no by-agent, the "from" place is the agent ("a diplomat was expelled from Poland") */
  fromAgent?: boolean;
  /** a direct-object target must head its noun phrase ("called Chile", not "called the Chilean elections a step") */
  dobjHead?: boolean;
  /** code of the event the other way round ("X received ministers from Y": X→Y 043, Y→X 042) */
  reverse?: string;
  /** the PLOVER label when the manual types this act apart from the crosswalk of its code */
  plover?: PloverOverride;
  note?: string;
  /** full id with file and version, filled on load */
  rule: string;
}

/** A noun (or adjective) pattern: "X's visit to Y", "talks between X and Y", "critical of Y". */
export interface NounPattern {
  id: string;
  noun?: string;
  adj?: string;
  code: string;
  /** where the source is: "poss" (X's, X-Y), or prepositions after the noun ("of", "by", "from") */
  source?: string[];
  /** prepositions introducing the target ("to", "with", "against", "on") */
  target?: string[];
  mutual?: boolean;
  alone?: boolean;
  family?: Family;
  refine?: Refine[];
  /** a possessor or "of" phrase names the target rather than the source ("the release of X", "sanctions on Y") */
  ofTarget?: boolean;
  requires?: string[];
  place?: boolean;
  /** a place after "in" may be the source ("rumblings in Moscow": the capital stands for the government) */
  placeSource?: boolean;
  /** right after a bare name and before one of these prepositions the word is a verb ("Russia deals with India") */
  verbPreps?: string[];
  /** the PLOVER label when the manual types this act apart from the crosswalk of its code */
  plover?: PloverOverride;
  note?: string;
  rule: string;
}

/** Complement words that pick a family's sub-code: "offered aid" → 033, "demanded the release" → 1053. */
export interface Complement { id: string; words: string[]; with?: string[]; codes: Partial<Record<Family, string>>; rule: string }

export type CueEffect = 'intended' | 'negated' | 'cancelled' | 'hypothetical' | 'reported' | 'speech' | 'evaluative';
/** Words that change the modality of the event they govern ("plans to", "called off", "according to"). */
export interface Cue {
  id: string; lemma: string; pos: 'verb' | 'noun' | 'prep' | 'adj'; effect: CueEffect; rule: string;
  /** an `intended` cue by which the actor voices a will of its own ("wants to", "hopes to"), not a plan or schedule the text states */
  voiced?: boolean;
}

export interface Patterns {
  version: string;
  verbs: Map<string, VerbPattern[]>;
  nouns: Map<string, NounPattern[]>;
  adjs: Map<string, NounPattern[]>;
  complements: Complement[];
  cues: Map<string, Cue[]>;
  verbLemmas: Set<string>;
  /** rule id → PLOVER type and mode, for patterns whose act the PLOVER manual types apart from the crosswalk of its code */
  plover?: Map<string, PloverOverride>;
}

/** A pattern's own PLOVER label ("resign": 0831 in CAMEO, but RETREAT/resign in the PLOVER manual). */
export interface PloverOverride { type: string; mode: string | null }

const PLOVER_TYPES = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
const ploverOk = (o: Record<string, unknown>) => {
  if (o.plover == null) return null;
  const p = o.plover as Record<string, unknown>;
  if (typeof p !== 'object' || !PLOVER_TYPES.has(String(p.type))) return `"plover" must be {"type": a PLOVER type, "mode": string or null}`;
  return p.mode == null || typeof p.mode === 'string' ? null : '"plover.mode" must be a string or null';
};

const codeOk = (code: unknown) => (typeof code === 'string' && cameo(code) ? null : `"code" ${JSON.stringify(code)} is not a CAMEO code`);
const strs = (o: Record<string, unknown>, k: string) => (o[k] == null ? null : need.strings(o, k));
const refineOk = (o: Record<string, unknown>) => {
  if (o.refine == null) return null;
  if (!Array.isArray(o.refine)) return '"refine" must be a list';
  for (const r of o.refine as Array<Record<string, unknown>>) { const e = firstError(need.strings(r, 'words'), codeOk(r.code)); if (e) return `refine: ${e}`; }
  return null;
};
const familyOk = (o: Record<string, unknown>) => (o.family == null || FAMILIES.includes(o.family as Family) ? null : `"family" must be one of ${FAMILIES.join(', ')}`);

export function validateVerb(r: VerbPattern): string | null {
  const o = r as unknown as Record<string, unknown>;
  return firstError(need.string(o, 'id'), need.string(o, 'verb'), codeOk(r.code), strs(o, 'object'), strs(o, 'target'), strs(o, 'requires'), strs(o, 'requires_not'), refineOk(o), familyOk(o), ploverOk(o),
    r.source == null || r.source === 'subject' || r.source === 'from' ? null : '"source" must be "subject" or "from"',
    r.reverse == null ? null : codeOk(r.reverse));
}
export function validateNoun(r: NounPattern): string | null {
  const o = r as unknown as Record<string, unknown>;
  return firstError(need.string(o, 'id'), typeof r.noun === 'string' || typeof r.adj === 'string' ? null : 'a noun pattern needs "noun" or "adj"',
    codeOk(r.code), strs(o, 'source'), strs(o, 'target'), strs(o, 'requires'), strs(o, 'verbPreps'), refineOk(o), familyOk(o), ploverOk(o));
}
export function validateComplement(r: Complement): string | null {
  const o = r as unknown as Record<string, unknown>;
  if (typeof r.codes !== 'object' || r.codes == null) return '"codes" must be an object family → code';
  for (const [f, c] of Object.entries(r.codes)) { if (!FAMILIES.includes(f as Family)) return `unknown family "${f}"`; const e = codeOk(c); if (e) return e; }
  return firstError(need.string(o, 'id'), need.strings(o, 'words'), strs(o, 'with'));
}
const EFFECTS: CueEffect[] = ['intended', 'negated', 'cancelled', 'hypothetical', 'reported', 'speech', 'evaluative'];
export function validateCue(r: Cue): string | null {
  const o = r as unknown as Record<string, unknown>;
  return firstError(need.string(o, 'id'), need.string(o, 'lemma'), ['verb', 'noun', 'prep', 'adj'].includes(r.pos) ? null : '"pos" must be verb, noun, prep or adj',
    EFFECTS.includes(r.effect) ? null : `"effect" must be one of ${EFFECTS.join(', ')}`,
    r.voiced === undefined || (r.voiced === true && r.effect === 'intended') ? null : '"voiced" must be true, on an "intended" cue');
}

function checkUnique(file: string, rows: Array<{ id: string }>) {
  const seen = new Set<string>();
  rows.forEach((r, i) => { if (seen.has(r.id)) throw new DataError(file, null, null, `duplicate id "${r.id}" (row ${i + 1})`); seen.add(r.id); });
}

const push = <T>(m: Map<string, T[]>, k: string, v: T) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };

/**
 * Specific patterns first: particle + object, then particle or object, then rows that constrain the clause (words it
 * must hold, an object-control frame, words that rule the row out), then the bare verb.
 */
export const specificity = (p: VerbPattern) => (p.particle ? 2 : 0) + (p.object ? 2 : 0) + (p.particle ? p.particle.split(' ').length * 0.1 : 0)
  + (p.requires ? 1 : 0) + (p.objcontrol ? 1 : 0) + (p.requires_not ? 0.5 : 0);

/** "cease-fire" → "cease - fire": a hyphenated word as the tokenizer splits it (null when there is no inner hyphen). */
export const splitHyphens = (w: string): string | null => (/\S-\S/.test(w) ? w.replace(/(\S)-(?=\S)/g, '$1 - ') : null);

/** Add to a word list the split form of each hyphenated word, so data can write words as they are spelt. */
function withSplit(l: string[] | undefined): string[] | undefined {
  if (!l) return l;
  const out = [...l];
  for (const w of l) { const s = splitHyphens(w); if (s && !out.includes(s)) out.push(s); }
  return out;
}

/** Load patterns from a folder laid out like data/events (manifest.json + four JSONL files). */
export function loadPatterns(dir = dataPath('events')): Patterns {
  const man = readManifest(dir);
  const v = `v${man.version}`;
  const f = (n: string) => `${dir}/${n}.jsonl`;
  const verbs = loadJsonl<VerbPattern>(f('verbs'), validateVerb);
  const nouns = loadJsonl<NounPattern>(f('nouns'), validateNoun);
  const complements = loadJsonl<Complement>(f('complements'), validateComplement);
  const cues = loadJsonl<Cue>(f('cues'), validateCue);
  checkUnique(f('verbs'), verbs); checkUnique(f('nouns'), nouns); checkUnique(f('complements'), complements); checkUnique(f('cues'), cues);
  // words are matched token by token and the tokenizer splits hyphenated words: match both spellings
  for (const p of [...verbs, ...nouns] as Array<VerbPattern | NounPattern>) {
    if ('object' in p) p.object = withSplit(p.object);
    p.requires = withSplit(p.requires);
    if ('requires_not' in p) p.requires_not = withSplit(p.requires_not);
    for (const r of p.refine ?? []) r.words = withSplit(r.words)!;
  }
  for (const c of complements) { c.words = withSplit(c.words)!; c.with = withSplit(c.with); }
  const out: Patterns = { version: man.version, verbs: new Map(), nouns: new Map(), adjs: new Map(), complements: [], cues: new Map(), verbLemmas: new Set() };
  for (const p of verbs) { p.rule = `verbs.${v}:${p.id}`; push(out.verbs, p.verb, p); out.verbLemmas.add(p.verb); }
  for (const l of out.verbs.values()) l.sort((a, b) => specificity(b) - specificity(a));
  for (const p of nouns) { p.rule = `nouns.${v}:${p.id}`; if (p.noun) push(out.nouns, p.noun, p); else push(out.adjs, p.adj!, p); }
  for (const c of complements) { c.rule = `complements.${v}:${c.id}`; out.complements.push(c); }
  for (const c of cues) { c.rule = `cues.${v}:${c.id}`; push(out.cues, c.lemma, c); if (c.pos === 'verb') out.verbLemmas.add(c.lemma); }
  out.plover = new Map();
  for (const p of [...verbs, ...nouns]) if (p.plover) out.plover.set(p.rule, { type: p.plover.type, mode: p.plover.mode ?? null });
  return out;
}

let cached: Patterns | null = null;
/** The project's patterns, loaded once. */
export function patterns(): Patterns {
  if (!cached) cached = loadPatterns();
  return cached;
}

const repeatCache = new WeakMap<Patterns, Map<string, string | null>>();
/**
 * "re-imposed", "reimposed", "reoccupied": the pattern verb that a verb made with the prefix "re-" (again) repeats, whose
 * rows it takes when its own, if any, find nothing. Written with a hyphen the prefix always means "again". Written solid,
 * the word may be one of its own ("review" is no "view" again, "resign" no "sign", "replace" no "place"): a verb with rows
 * of its own repeats its base when one of them codes as a row of the base does ("reimpose a curfew" as "impose a
 * curfew"); a verb with none, when the lemmatiser did not know its inflected form ("reoccupied", but not "replaced").
 */
/** verbs that begin with "re" but are no repetition of another verb ("return" is not turning again) */
const NOT_REPEATED = new Set(['return', 'refuse', 'remain', 'resign', 'report', 'reply', 'respect', 'request', 'reserve', 'resist', 'resolve', 'rest',
  'retire', 'reveal', 'relate', 'repeat', 'represent', 'receive', 'recognize', 'recognise', 'record', 'reduce', 'reform', 'release', 'relieve', 'rely',
  'remove', 'repair', 'replace', 'require', 'rescue', 'respond', 'retain', 'retreat', 'reward', 'reject', 'recall', 'remind', 'recommend', 'reach',
  'react', 'read', 'realize', 'realise', 'rebel', 'recede', 'reckon', 'recover', 'recruit', 'refer', 'reflect', 'regard', 'register', 'regret',
  'regulate', 'reign', 'reinforce', 'relax', 'relay', 'relent', 'relinquish', 'remark', 'remedy', 'render', 'renounce', 'repel', 'repent', 'replenish',
  'reprimand', 'reproach', 'repudiate', 'repulse', 'resent', 'reside', 'resort', 'restrain', 'restrict', 'result', 'retaliate', 'retract', 'revenge',
  'revere', 'revoke', 'revolt', 'rewrite', 'rebuke', 'rebuff', 'refute', 'remit', 'repatriate', 'rescind', 'resettle', 'resolve', 'respite']);

export function repeatedVerb(p: Patterns, lemma: string, form: string): string | null {
  let cache = repeatCache.get(p);
  if (!cache) { cache = new Map(); repeatCache.set(p, cache); }
  const key = `${lemma} ${form}`;
  let base = cache.get(key);
  if (base !== undefined) return base;
  base = null;
  const m = NOT_REPEATED.has(lemma) ? null : /^re(-?)([a-z]{3,})$/.exec(form);
  const b = m ? knownVerbLemma(m[2]!, p.verbLemmas) : null;
  const baseRows = b && b !== lemma ? p.verbs.get(b) : undefined;
  if (m && b && baseRows) {
    const own = p.verbs.get(lemma);
    if (m[1]) base = b;
    else if (own) base = own.some((r) => baseRows.some((x) => x.code === r.code)) ? b : null;
    else base = lemma === form && /(ed|ing|s)$/.test(form) ? b : null;
  }
  cache.set(key, base);
  return base;
}

/** The cue of a given part of speech for a lemma, if any. */
export function cueFor(p: Patterns, lemma: string, pos: Cue['pos']): Cue | null {
  const l = p.cues.get(lemma);
  if (!l) return null;
  for (const c of l) if (c.pos === pos) return c;
  return null;
}
