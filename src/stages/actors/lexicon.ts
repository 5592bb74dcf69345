// Builds the matcher's tables from the loaded data (and any extra dictionaries): one
// token trie for every name, role word, place word and coreference phrase, plus the
// small lookup sets the resolver's context checks read.
import { compileParticipation, type ParticipationTables } from './participation.ts';
import { TokenTrie, keyOf, nameTokens } from './trie.ts';
import { MIN_TYPO_LENGTH, TypoIndex } from './typos.ts';
import type { ActorData, ActorDictionary, ActorEntry, ContextRule, CorefRule, EpithetHead, EpithetMember, HouseRule, RoleEntry } from './types.ts';

export type Payload =
  | { t: 'entry'; e: ActorEntry; surname: boolean }
  | { t: 'role'; r: RoleEntry }
  | { t: 'block'; kind: 'region' | 'publisher'; id: string }
  | { t: 'coref'; r: CorefRule };

/** The words of a description that refers back to a state ("the oil-rich Gulf kingdom"): a tag's words or a neutral modifier. */
export type EpithetWord = { t: 'tag'; id: string } | { t: 'filler' };
/** epithets.jsonl as lookup tables. */
export interface EpithetTables {
  /** tag words and neutral modifiers, by tokens (hyphenated forms both ways) */
  words: TokenTrie<EpithetWord>;
  /** state nouns by lower-case word */
  heads: Map<string, EpithetHead>;
  /** the states that have each tag (dated when from/to are set) */
  members: Map<string, EpithetMember[]>;
  /** phrases of the shape that name no state, lower-case keys joined by a space ("the arab nation") */
  not: Set<string>;
  /** the entry-id prefix of resolved epithets ("epithets.v1") */
  id: string;
}

/** A context rule with its patterns split into tokens once. */
export interface CompiledRule { r: ContextRule; before: string[][]; after: string[][] }

export interface Lexicon {
  trie: TokenTrie<Payload>;
  /** context rules by lower-cased name */
  context: Map<string, CompiledRule[]>;
  /** "*" rules (every country, capital and demonym), indexed by the pattern token next to the name ("@" for @Name/@Num) */
  anyAfter: Map<string, Array<[CompiledRule, string[]]>>;
  anyBefore: Map<string, Array<[CompiledRule, string[]]>>;
  anyOther: CompiledRule[];
  preps: Set<string>;
  motion: Set<string>;
  actorNouns: Set<string>;
  /** words that aim what follows "at" ("fired rockets at Israel"): the place is the target */
  aim: Set<string>;
  /** nouns for a part of a place ("a jail in Dili", "the streets of Tehran"): a role placed there takes the place's country */
  placeNouns: Set<string>;
  /** words of taking people away ("withdrew", "evacuated"): "<role> from X" after them is not people of X */
  removal: Set<string>;
  /** role phrases that name the text's own country's institutions when no country is named with them ("the government",
   * "government forces", "the army"): lower-case keys, words joined by a space */
  national: Set<string>;
  /** words of armed action whose object city is the target ("the bombing of Aleppo", "shelled Donetsk"), and the row's id */
  assault: Set<string>;
  assaultRule: string | null;
  /** the id of the places.jsonl row that holds them (cited by the mentions it makes) */
  nationalRule: string | null;
  /** single words that make a capitalised name an institution, and multi-word ones */
  instWords: Set<string>;
  instPhrases: string[];
  /** office holders by "COUNTRY|office" */
  offices: Map<string, ActorEntry[]>;
  /** participation rules as lookup tables; null: no rules loaded, no judgement */
  participation: ParticipationTables | null;
  /** name words of countries, demonyms, capitals and office holders that a one-letter typo may stand for (built on first use) */
  typos: () => TypoIndex;
  /** legislatures named without their country, by the form as written ("Congress") and, for lower-case forms, by key ("parliament") */
  houses: Map<string, HouseRule>;
  /** descriptions that refer back to a state ("the Gulf state"); null: none loaded */
  epithets: EpithetTables | null;
}

function epithetTables(data: ActorData): EpithetTables | null {
  const d = data.epithets;
  if (!d) return null;
  const words = new TokenTrie<EpithetWord>();
  const members = new Map<string, EpithetMember[]>();
  for (const t of d.tags) {
    for (const w of t.words) words.add(w, { t: 'tag', id: t.id });
    members.set(t.id, [...t.countries.map((country) => ({ country })), ...(t.dated ?? [])]);
  }
  for (const w of d.fillers) words.add(w, { t: 'filler' });
  const heads = new Map<string, EpithetHead>();
  for (const h of d.heads) for (const w of h.words) heads.set(keyOf(w), h);
  return { words, heads, members, not: new Set(d.not.map((p) => nameTokens(p).map(keyOf).join(' '))), id: d.id };
}

/** The kinds of entry whose long name words are matched with a one-letter typo. */
const TYPO_KINDS = new Set(['country', 'demonym', 'capital', 'person']);

/** Regular English plural of a role word's last token. */
export function plural(word: string): string | null {
  if (/[^a-z]$/i.test(word) || /(s|ss|people|men|staff|police|media|press|military|intelligence|public|clergy|leadership|personnel)$/i.test(word)) return null;
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(sh|ch|x|z)$/i.test(word)) return word + 'es';
  return word + 's';
}

export function buildLexicon(data: ActorData, extra: ActorDictionary[] = []): Lexicon {
  const trie = new TokenTrie<Payload>();
  const offices = new Map<string, ActorEntry[]>();
  const typoWords = new Set<string>();
  for (const d of [...data.dictionaries, ...extra]) {
    for (const e of d.entries) {
      for (const n of e.names) trie.add(n, { t: 'entry', e, surname: false });
      // provinces are no state, cities no actor, "combining" forms short: none is matched with a typo
      if (TYPO_KINDS.has(e.kind) && !e.province && !e.combining) {
        for (const n of e.surname ? [...e.names, e.surname] : e.names) for (const w of nameTokens(n)) if (w.length >= MIN_TYPO_LENGTH) typoWords.add(keyOf(w));
      }
      if (e.kind === 'person') {
        if (e.surname) trie.add(e.surname, { t: 'entry', e, surname: true });
        for (const term of e.terms ?? []) {
          const k = `${term.country}|${term.office.toLowerCase()}`;
          const list = offices.get(k) ?? [];
          if (!list.includes(e)) list.push(e);
          offices.set(k, list);
        }
      }
    }
    for (const r of d.roles ?? []) {
      for (const w of r.words) {
        trie.add(w, { t: 'role', r });
        if (r.kind === 'role' && r.plural !== false) {
          const toks = nameTokens(w);
          const p = plural(toks.at(-1)!);
          if (p) trie.add([...toks.slice(0, -1), p].join(' '), { t: 'role', r });
        }
      }
    }
  }
  const lists = (kind: string) => data.places.filter((p) => p.kind === kind).flatMap((p) => p.words);
  for (const p of data.places) if (p.kind === 'region' || p.kind === 'publisher') for (const w of p.words) trie.add(w, { t: 'block', kind: p.kind, id: p.id });
  for (const r of data.coref) for (const w of r.words) trie.add(w, { t: 'coref', r });
  const context = new Map<string, CompiledRule[]>();
  const anyAfter = new Map<string, Array<[CompiledRule, string[]]>>();
  const anyBefore = new Map<string, Array<[CompiledRule, string[]]>>();
  const anyOther: CompiledRule[] = [];
  const slot = (w: string) => (w.startsWith('@') ? '@' : keyOf(w.replace(/^\^/, '')));
  const push = (m: Map<string, Array<[CompiledRule, string[]]>>, k: string, v: [CompiledRule, string[]]) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };
  for (const r of data.context) {
    const c: CompiledRule = { r, before: (r.before ?? []).map((p) => p.split(' ')), after: (r.after ?? []).map((p) => p.split(' ')) };
    for (const n of r.names) {
      if (n !== '*') { const k = nameTokens(n).map(keyOf).join(' '); context.set(k, [...(context.get(k) ?? []), c]); continue; }
      for (const p of c.after) push(anyAfter, slot(p[0]!), [c, p]);
      for (const p of c.before) push(anyBefore, slot(p.at(-1)!), [c, p]);
      if (!c.after.length && !c.before.length) anyOther.push(c);
    }
  }
  const inst = lists('institution-head');
  let typos: TypoIndex | null = null;
  const houses = new Map<string, HouseRule>();
  for (const h of data.houses ?? []) for (const w of h.words) houses.set(w, h);
  return {
    houses, epithets: epithetTables(data),
    trie, context, anyAfter, anyBefore, anyOther, offices,
    typos: () => (typos ??= new TypoIndex(typoWords)),
    participation: compileParticipation(data.participation),
    preps: new Set(lists('location-prep').map(keyOf)),
    motion: new Set(lists('motion').map(keyOf)),
    actorNouns: new Set(lists('actor-noun').map(keyOf)),
    aim: new Set(lists('aim').map(keyOf)),
    placeNouns: new Set(lists('place-noun').map(keyOf)),
    removal: new Set(lists('removal').map(keyOf)),
    assault: new Set(lists('assault').map(keyOf)),
    assaultRule: data.places.find((p) => p.kind === 'assault')?.id ?? null,
    nationalRule: data.places.find((p) => p.kind === 'national')?.id ?? null,
    national: new Set(lists('national').map((w) => nameTokens(w).map(keyOf).join(' '))),
    instWords: new Set(inst.filter((w) => !w.includes(' '))),
    instPhrases: inst.filter((w) => w.includes(' ')),
  };
}
