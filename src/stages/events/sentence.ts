// One sentence read for event coding: its tokens chunked, its verb groups' subjects, and
// the actor mentions that fall in each chunk.
import type { ActorMention, Doc, Sentence, Token } from '../../doc/types.ts';
import { chunk, knownVerbLemma, type Chunk } from '../../nlp/chunk.ts';
import { verbInfo, type Phrase, type VerbInfo } from '../../nlp/clause.ts';
import type { Patterns } from './patterns.ts';

export interface SentenceView {
  doc: Doc;
  sent: Sentence;
  tokens: Token[];
  chunks: Chunk[];
  info: Map<number, VerbInfo>;
  /** actor mentions of the sentence, location-only ones included */
  actors: ActorMention[];
  /** doc token index → index in `actors` */
  actorAt: Map<number, number>;
  /** doc token index → chunk index */
  chunkAt: Map<number, number>;
  pats: Patterns;
  /** lemma corrections for verb heads, by token index */
  lemmas: Map<number, string>;
  /** index in `actors` → the other mentions over the very same tokens ("the two governments" = Mali, Niger) */
  twins?: Map<number, number[]>;
}

export function readSentence(doc: Doc, sent: Sentence, actors: ActorMention[], pats: Patterns): SentenceView {
  // (actors may be repaired below: see stateAgentHeads)
  const actorAt = new Map<number, number>();
  const modifiers = new Set<number>();
  actors.forEach((a, i) => {
    for (let t = a.tokenStart; t < a.tokenEnd; t++) actorAt.set(t, i);
    if (a.kind === 'demonym') modifiers.add(a.tokenEnd - 1);
  });
  const chunks = chunk(doc.tokens, sent.tokenStart, sent.tokenEnd, { actorAt, verbLemmas: pats.verbLemmas, modifiers });
  const chunkAt = new Map<number, number>();
  chunks.forEach((c, k) => { for (let t = c.start; t < c.end; t++) chunkAt.set(t, k); });
  actors = stateAgentHeads(doc, chunks, actors, actorAt);
  // the lemmatiser's slips on verbs ("staged" → "stag"): the known verb the word form comes from
  const lemmas = new Map<number, string>();
  for (const c of chunks) {
    if (c.type !== 'VG') continue;
    const t = doc.tokens[c.head]!;
    if (pats.verbLemmas.has(t.lemma)) continue;
    const fixed = verbForm(t.norm, pats.verbLemmas);
    if (fixed) { lemmas.set(c.head, fixed); c.vg!.lemma = fixed; }
  }
  return { doc, sent, tokens: doc.tokens, chunks, info: verbInfo(chunks, doc.tokens), actors, actorAt, chunkAt, pats, lemmas, twins: twinMentions(actors) };
}

/**
 * "Mali and Niger met, and the two governments signed ...", "both countries": the actor stage gives a plural phrase
 * that stands for several named countries one mention per country over the same tokens; each is the others' twin.
 */
function twinMentions(actors: ActorMention[]): Map<number, number[]> | undefined {
  let out: Map<number, number[]> | undefined;
  for (let i = 0; i < actors.length; i++) for (let j = 0; j < actors.length; j++) {
    if (i === j) continue;
    const a = actors[i]!, b = actors[j]!;
    if (a.tokenStart !== b.tokenStart || a.tokenEnd !== b.tokenEnd || a.code === b.code || a.locationOnly || b.locationOnly || a.kind !== 'coref' || b.kind !== 'coref') continue;
    // (only countries the sentence itself has just named: a pair carried from earlier sentences may be another)
    const named = (c: string | null | undefined) => actors.some((x) => x.tokenEnd <= a.tokenStart && x.kind !== 'coref' && x.country === c);
    if (!named(a.country) || !named(b.country)) continue;
    out ??= new Map();
    const l = out.get(i);
    if (l) l.push(j); else out.set(i, [j]);
  }
  return out;
}

/** head nouns naming a state's own agents, by sector (a subset of the actor roles, for the repairs below) */
const AGENT_HEADS: Record<string, string> = {
  police: 'COP', policemen: 'COP', gendarmes: 'COP', gendarmerie: 'COP',
  troops: 'MIL', soldiers: 'MIL', army: 'MIL', military: 'MIL', forces: 'MIL', navy: 'MIL', marines: 'MIL', paratroopers: 'MIL', commandos: 'MIL',
  authorities: 'GOV', government: 'GOV', officials: 'GOV',
};

/**
 * Two repairs of state-agent mentions, on the sentence's own copy of its actors:
 * - "Saudi police rounded up activists": a demonym whose police or authorities head the actor stage left out (it read
 *   the head as a modifier of a mis-tagged verb) is the role mention the noun phrase names;
 * - "Australian troops and police arrived": a bare agent noun conjoined to a demonym's role phrase shares its country
 *   ("Australian police"), as a mention of its own with its own sector.
 */
function stateAgentHeads(doc: Doc, chunks: Chunk[], actors: ActorMention[], actorAt: Map<number, number>): ActorMention[] {
  let out = actors;
  const copy = () => { if (out === actors) out = actors.slice(); };
  const tokens = doc.tokens;
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.type !== 'NP' || c.head !== c.end - 1) continue;
    const sector = AGENT_HEADS[tokens[c.head]!.norm];
    if (!sector || actorAt.has(c.head)) continue;
    const prev = actorAt.get(c.head - 1);
    if (prev != null) {
      const a = out[prev]!;
      // (police and authorities only, whose domestic measures need a state agent; "Chilean soldiers" keep the country
      // alone, which their acts of force need no more than)
      if (a.kind !== 'demonym' || a.tokenEnd !== c.head || a.tokenStart < c.start || !a.country || a.country === 'IGO' || sector === 'MIL') continue;
      copy();
      const t = tokens[c.head]!;
      out[prev] = { ...a, text: doc.text.slice(a.start, t.end), end: t.end, tokenEnd: c.head + 1, sector, code: a.country + sector, kind: 'role', role: t.text, entry: `convention:demonym-role:${a.entry}` };
      actorAt.set(c.head, prev);
      continue;
    }
    // "<demonym> troops and police": the NP before "and" is a role mention that starts with a demonym
    if (c.start !== c.head || k < 2 || chunks[k - 1]!.type !== 'CONJ' || tokens[chunks[k - 1]!.start]!.norm !== 'and') continue;
    const p = chunks[k - 2]!;
    if (p.type !== 'NP') continue;
    const pi = actorAt.get(p.head);
    if (pi == null) continue;
    const a = out[pi]!;
    if (a.kind !== 'role' || !a.sector || a.tokenEnd !== p.end || a.country === 'IGO' || !a.country) continue;
    const lead = actorAt.get(a.tokenStart);
    if (lead !== pi || !/^[A-Z]/.test(tokens[a.tokenStart]!.text) || a.tokenEnd - a.tokenStart !== 2) continue;
    copy();
    const t = tokens[c.head]!;
    out.push({ ...a, id: `${a.id}+and`, text: t.text, start: t.start, end: t.end, tokenStart: c.head, tokenEnd: c.head + 1, sector, code: a.country + sector, role: t.text, entry: `convention:conjoined-role:${a.entry}` });
    actorAt.set(c.head, out.length - 1);
  }
  if (out !== actors) out.sort((a, b) => a.tokenStart - b.tokenStart);
  if (out !== actors) { actorAt.clear(); out.forEach((a, i) => { for (let t = a.tokenStart; t < a.tokenEnd; t++) actorAt.set(t, i); }); }
  return out;
}

/** A known verb lemma behind an inflected form: "staged" → "stage", "shelled" → "shell", "retook" → "retake". */
export function verbForm(form: string, known: Set<string>): string | null {
  return knownVerbLemma(form, known);
}

/** The lemma of token i, with the verb fixes of readSentence. */
export const lemmaAt = (v: SentenceView, i: number) => v.lemmas.get(i) ?? v.tokens[i]!.lemma;

export interface ActorOpts {
  /** accept a place ("in Moscow") as the actor */
  place?: boolean;
  /** only tokens before this index */
  before?: number;
  /** only tokens from this index */
  from?: number;
}

/** Actor mentions inside chunk k, in order. */
export function actorsInChunk(v: SentenceView, k: number, o: ActorOpts = {}): ActorMention[] {
  const c = v.chunks[k];
  if (!c) return [];
  const out: ActorMention[] = [];
  let last = -1;
  for (let t = Math.max(c.start, o.from ?? 0); t < c.end && t < (o.before ?? Infinity); t++) {
    const i = v.actorAt.get(t);
    if (i == null || i === last) continue;
    last = i;
    const a = v.actors[i]!;
    if (a.locationOnly && !(o.place && (a.kind === 'country' || a.kind === 'capital' || a.kind === 'seat' || a.kind === 'group' || a.kind === 'org'))) continue;
    out.push(a);
  }
  return out;
}

/** The mention a and the other mentions over its very tokens (see twinMentions). */
export function withTwins(v: SentenceView, a: ActorMention): ActorMention[] {
  if (!v.twins) return [a];
  const i = v.actors.indexOf(a);
  const tw = i < 0 ? undefined : v.twins.get(i);
  return tw ? [a, ...tw.map((j) => v.actors[j]!)] : [a];
}

/** nouns of people who stand against the party their "of" phrase names: that party is not who they are */
const OPPONENTS = new Set(['opponent', 'opponents', 'critic', 'critics', 'detractor', 'detractors', 'enemy', 'enemies', 'foe', 'foes', 'adversary', 'adversaries', 'rival', 'rivals']);
/** of those, the ones who are a state's own opposition when the party is its government ("opponents of Kenya's parliament") */
const DOMESTIC_OPPONENTS = new Set(['opponent', 'opponents', 'critic', 'critics', 'detractor', 'detractors']);
const RULING = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY']);

/** The actor a phrase names: its first actor ("the leaders of Tajikistan" → Tajikistan). */
export function phraseActor(v: SentenceView, ph: Phrase, o: ActorOpts = {}): ActorMention | null {
  // "opponents of Kenya's parliament protested": the head names people set against the "of" party — the state's own
  // opposition when that party is one of its institutions, else no actor we can name
  const first = v.chunks[ph.chunks[0]!];
  if (ph.chunks.length > 1 && first?.type === 'NP' && !v.actorAt.has(first.head) && OPPONENTS.has(v.tokens[first.head]!.norm)) {
    const a = phraseActor(v, { chunks: ph.chunks.slice(1) }, o);
    if (!a || !DOMESTIC_OPPONENTS.has(v.tokens[first.head]!.norm) || !a.country || a.country === 'IGO' || !a.sector || !RULING.has(a.sector)) return null;
    const start = v.tokens[first.start]!.start;
    return { ...a, text: v.doc.text.slice(start, a.end), code: `${a.country}OPP`, sector: 'OPP', kind: 'group', org: null, entry: `convention:opponents-of:${a.entry}`, tokenStart: first.start, start };
  }
  for (const k of ph.chunks) {
    const a = actorsInChunk(v, k, o);
    if (a.length <= 1) { if (a.length) return a[0]!; continue; }
    // "his Brazilian counterpart": the mention holding the head noun, else the first that is not a pronoun
    const head = v.chunks[k]!.head;
    return a.find((m) => m.tokenStart <= head && head < m.tokenEnd) ?? a.find((m) => m.kind !== 'coref') ?? a[0]!;
  }
  return null;
}

/**
 * Actors of a verb's subject phrases: as phrasesActors, and a plural phrase standing for several named countries ("the
 * two governments", "both countries") gives each of them.
 */
export function subjectActors(v: SentenceView, phs: Phrase[], o: ActorOpts = {}): ActorMention[] {
  const out = phrasesActors(v, phs, o);
  if (!v.twins) return out;
  for (const a of out.slice()) for (const b of withTwins(v, a).slice(1)) if (!out.includes(b)) out.push(b);
  return out;
}

/** Actors of coordinated phrases, one per phrase, without repeats. */
export function phrasesActors(v: SentenceView, phs: Phrase[], o: ActorOpts = {}): ActorMention[] {
  const out: ActorMention[] = [];
  for (const ph of phs) {
    const a = phraseActor(v, ph, o);
    if (a && !out.some((b) => b.code === a.code && b.text === a.text)) out.push(a);
  }
  return out;
}

/** Lower-case words of tokens [from, to), space-padded for whole-word search. */
export function windowText(v: SentenceView, from: number, to: number): string {
  let s = ' ';
  for (let t = from; t < to; t++) s += v.tokens[t]!.norm + ' ' + (v.tokens[t]!.lemma !== v.tokens[t]!.norm ? v.tokens[t]!.lemma + ' ' : '');
  return s;
}

export const hasWord = (text: string, words: string[] | undefined) => !!words && words.some((w) => text.includes(` ${w} `));
