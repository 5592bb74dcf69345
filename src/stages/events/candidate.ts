// What the matchers produce for one trigger, and the state they share across one sentence.
import type { ActorMention, Modality } from '../../doc/types.ts';

export interface Candidate {
  sources: ActorMention[];
  targets: ActorMention[];
  code: string;
  rule: string;
  mutual: boolean;
  alone: boolean;
  modality: Modality;
  /** trigger token range [start, end) */
  trigger: [number, number];
  /** code of the event the other way round, when the pattern has one */
  reverse?: string;
  /** who said it, when the event sits in another side's reported speech ("the US said Iraq attacked") */
  speaker?: ActorMention[];
  /** a meeting its own side called off: also a 161 (reduce diplomatic relations) */
  snub?: boolean;
  /** a domestic measure whose object names no actor ("banned opposition candidates"): the target is the source's own country */
  domestic?: boolean;
  /** the target is the author of the words the object names ("rejected the accusations by Y") */
  author?: boolean;
  /** for an intended act: voiced by its actor ("wants to", "said it would") or a plan the text states ("will", "plans to") */
  intent?: 'voiced' | 'planned';
  /** the code of the domestic measure a threat or promise names ("threatened to impose a curfew": 1723) */
  act?: string;
}

/**
 * Codes of measures a state takes at home — repression (17x) and the easing of restrictions or
 * acceding to demands (081–083) — whose unnamed object (people, parties, a curfew) is the state's own
 * country by the event-data convention.
 */
export const domesticCode = (code: string): boolean => /^(17|08[1234])/.test(code) || domesticThreat(code);

/** Threats of those measures: administrative sanctions at home (132x), expulsion (136), repression (137). */
export const domesticThreat = (code: string): boolean => /^13[267]/.test(code);

/** The threat (13x) of a domestic measure (17x): "ban the party" 1722 → 1322, "arrest" 173 → 137, "expel" 174 → 136. */
export function threatOf(act: string): string {
  if (/^172\d/.test(act)) return `132${act[3]}`;
  if (act === '172') return '132';
  if (act.startsWith('174')) return '136';
  return '137';
}

/**
 * Codes of coercion and violence at home coded alone ("seized hundreds of farms", "took children hostage at a
 * school"): with no other country named, they are taken against the actor's own country, as the gold sets code
 * them (force posture, 15, and the use or test of weapons of mass destruction, 204, keep no target).
 */
export const domesticAct = (code: string): boolean => /^(17|18|20[0-3])/.test(code);

/** An actor of a country that can be the domestic target of its own act (not a multilateral body or NGO). */
export const hasHomeCountry = (a: ActorMention): boolean => !!a.country && !['IGO', 'NGO', '---'].includes(a.country);

/** Sectors of a state's own agents, which take domestic measures. */
export const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'SPY', 'LEG']);

export interface MatchState {
  /** tokens already used as a light-verb object (not to be read again as noun events) */
  used: Set<number>;
  /** verb group chunks whose event a family verb (offer, urge, threaten...) folded into its own code */
  consumed: Set<number>;
  /** verb groups matched by a family pattern */
  family: Set<number>;
  /** verb groups that gave an event: their object names the same act ("airlifted supplies to Y") */
  coded?: Set<number>;
  /** the subject actor of the previous sentence, for noun events with no source of their own */
  topic?: ActorMention | null;
  /** speech verb groups that coded their own accusation ("charged that Y attacked"): their clause's deed adds none */
  accusations?: Set<number>;
  /** the last person named in the previous sentences, for an unresolved "he"/"she" who speaks */
  person?: ActorMention | null;
}

/** A state's own agent (its government, forces, police, courts) or the country itself, with a known country. */
export const isStateAgent = (a: ActorMention): boolean =>
  !!a.country && a.country !== 'IGO' && ((a.sector != null && STATE_SECTORS.has(a.sector)) || a.kind === 'country' || a.kind === 'capital' || a.kind === 'seat');
