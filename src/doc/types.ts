// The one document model. `Doc.text` never changes after a reader produced it; every
// later layer (sentences, tokens, actors, events, relations, claims) points into it by
// character offsets [start, end). JSON shapes follow ../shared/docs/formats.md.

export type Modality = 'asserted' | 'reported' | 'negated' | 'hypothetical' | 'intended' | 'cancelled';
export type Direction = 'warming' | 'cooling' | 'friendly' | 'hostile';

export interface Token {
  /** index in doc.tokens */
  i: number;
  start: number;
  end: number;
  text: string;
  /** lower-cased text */
  norm: string;
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, ADP, ...) */
  pos: string;
  /** sentence index */
  sent: number;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** token range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
}

export interface DocMeta {
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  author: string | null;
  section: string | null;
  publisher: string | null;
  dateline: string | null;
  /** ISO 639-1, or null when unknown */
  language: string | null;
  url: string | null;
  /** file path, URL or "-" the document was read from */
  source: string | null;
  /** how it was read: "html", "text", "jsonl", "rss", "atom" */
  format: string | null;
}

export type ActorKind =
  | 'country' | 'demonym' | 'capital' | 'seat' | 'org' | 'person' | 'company'
  | 'role' | 'coref' | 'group';

export interface ActorMention {
  id: string;
  text: string;
  /** CAMEO actor code: country + sector ("PAKMIL"), or "IGO" + org */
  code: string;
  country: string;
  sector: string | null;
  /** for IGO/NGO: the organisation's short name ("NATO") */
  org?: string | null;
  start: number;
  end: number;
  /** id of the dictionary entry that produced it, e.g. "countries.v1:PAK" */
  entry: string;
  sentence: number;
  kind: ActorKind;
  /** token range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  /** the person's canonical name for people */
  person?: string | null;
  /** the role word(s) that set the sector ("president", "army chief") */
  role?: string | null;
  /** true when the mention is a place only ("in Central Asia") and not an actor */
  locationOnly?: boolean;
  /** for coref mentions, the id of the mention it points back to */
  antecedent?: string | null;
  /** true when the mention can act in the sentence's events (subject, object, party to a preposition, possessor or
   * modifier of an event or agent noun); false when it is only named (a modifier of a thing, a topic, a source, a place) */
  participant?: boolean;
  /** why `participant` was set: the rule id and the words it looked at */
  participantWhy?: string;
  /** the text's words read as a dictionary name one letter away ("Afganistan→afghanistan"), when there were such */
  spelling?: string;
}

export interface EventActor {
  text: string;
  code: string;
  country: string;
  sector: string | null;
  org?: string | null;
  /** id of the actor mention used */
  mention?: string | null;
  /** dictionary entry behind the mention */
  entry?: string | null;
}

export interface EventRecord {
  id: string;
  source: EventActor;
  target: EventActor | null;
  cameo: string;
  root: string;
  quad: number;
  goldstein: number;
  /**
   * PLOVER type and mode from the CAMEO→PLOVER crosswalk; an intended action takes PLOVER's future
   * reading (AGREE, CONCEDE or THREATEN) with context ["future"] (src/cameo/future.ts)
   */
  plover: { type: string; mode: string | null; context?: string[] };
  modality: Modality;
  /**
   * with modality `intended`: `voiced` when the actor voices the intention itself ("wants to", "said it would"),
   * which CAMEO codes as the intention (03x/13x); `planned` when the text states a plan or schedule ("will visit",
   * "is scheduled to", "plans to"), which CAMEO codes as the act
   */
  intent?: 'voiced' | 'planned';
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  /** sentence (or clause) offsets */
  span: [number, number];
  rule: string;
  sentence: number;
  /** the words that triggered the event */
  trigger?: { text: string; start: number; end: number };
  quote?: string;
}

export interface RelationRecord {
  id: string;
  a: string;
  b: string;
  direction: Direction;
  /** 0..1 */
  strength: number;
  quote: string;
  start: number;
  end: number;
  rule: string;
  sentence: number;
  hedged?: boolean;
  since?: string | null;
}

export interface ClaimRecord {
  id: string;
  subject: string | null;
  measure: string;
  value: number;
  unit: string;
  qualifier: string | null;
  quote: string;
  start: number;
  end: number;
  rule: string;
  sentence: number;
  date?: string | null;
  currency?: string | null;
}

export interface Doc {
  /** stable id: hash of the normalised body (plus URL when there is one) */
  id: string;
  /** the body text; never changes once read */
  text: string;
  meta: DocMeta;
  sentences: Sentence[];
  tokens: Token[];
  actors: ActorMention[];
  events: EventRecord[];
  relations: RelationRecord[];
  claims: ClaimRecord[];
  /**
   * For HTML: for each body paragraph, where it came from in the source
   * ([bodyStart, bodyEnd, sourceStart, sourceEnd]); absent for plain text.
   */
  sourceMap?: Array<[number, number, number, number]>;
  /** notes a stage left (e.g. "language: de, skipped") */
  notes: string[];
}
