// The actor dictionaries' in-memory shapes: what data/actors/*.jsonl and imported
// Phoenix/PETRARCH dictionaries turn into, and what the matcher reads.
import type { ActorKind } from '../../doc/types.ts';

/** A dated office: who the person acts for, from start to end (end null = in office). */
export interface Term { country: string; sector: string | null; office: string; start: string; end: string | null; /** the organisation of an IGO office ("EU", "NATO", "UN") */ org?: string | null }

export interface ActorEntry {
  /** stable id cited by mentions, e.g. "countries.v1:PAK" */
  id: string;
  names: string[];
  kind: ActorKind;
  /** ISO alpha-3, or IGO / NGO / IMG */
  country: string;
  sector: string | null;
  org?: string | null;
  /** validity of the entry (historical states, groups that changed status) */
  from?: string | null;
  to?: string | null;
  /** people: canonical name, offices, the surname used alone */
  person?: string;
  terms?: Term[];
  surname?: string | null;
  /** a province or people that implies the country (provinces.jsonl): no state, so no office holders ("Chechnya's president") */
  province?: boolean;
  /** a first-level region (regions.jsonl: a state, province, oblast): also `province`; a place only ("exercises in Alaska"),
   * an actor only with a role after it ("Texas authorities", "the Sichuan government") or as the object of an armed action */
  region?: boolean;
  /** a reading valid only between from and to (eras.jsonl: "Kiev" a city of the Soviet Union before 1991-08-24): at a
   * date inside them it wins over every undated place reading of the same name; outside them it is never read */
  era?: boolean;
  /** a combining form that names the country only next to a hyphen ("Sino-Russian", "Indo-Pak") */
  combining?: boolean;
  /** an ethnic, religious or national group (groups.jsonl): the countries it lives in. It takes the country named
   * with it ("Iraqi Kurds", "ethnic Albanians in Macedonia"), else its only home, else the one home the text names. */
  homes?: string[];
  /** false: a place after the group does not give it that place's country ("Jewish settlers in the West Bank" are Israeli) */
  located?: boolean;
  /** a major city that is not a capital (cities.jsonl): a place only, never an actor; it gives its country to a
   * role or group placed in it ("demonstrators in Basra", "a missionary from Calgary") */
  city?: boolean;
  /** a name for two states at once (pairs.jsonl: "the two Koreas"): the states, one mention each */
  pair?: string[];
  /** "the North"/"the South" (sides.jsonl): this state only in a text that has one of these words, after "the" */
  side?: string[];
  /** an epithet resolved to an earlier mention ("the Gulf state" after "Qatar"): that mention's id (the new mention is a coref of it) */
  epithet?: string;
}

export type RoleKind = 'role' | 'title' | 'modifier';
export interface RoleEntry {
  id: string; kind: RoleKind; sector: string | null; words: string[]; office?: string[]; plural?: boolean;
  /** a generic head ("leader", "spokesman") that yields to a more specific role word before it */
  generic?: boolean;
  /** false: "<role> in <place>" does not give the role that place's country ("reporters in Delhi") */
  located?: boolean;
}

export interface ActorDictionary {
  name: string;
  version: string;
  entries: ActorEntry[];
  roles?: RoleEntry[];
}

export type ContextAction = 'drop' | 'location' | 'keep';
export interface ContextRule {
  id: string; names: string[]; action: ContextAction;
  before?: string[]; after?: string[]; docHas?: string[]; docLacks?: string[]; surnameSeen?: boolean; note?: string;
}

export type PlaceKind = 'region' | 'publisher' | 'institution-head' | 'location-prep' | 'motion' | 'actor-noun' | 'aim' | 'place-noun' | 'removal' | 'national' | 'assault';
export interface PlaceList { id: string; kind: PlaceKind; words: string[]; note?: string }

export type CorefTarget = 'person' | 'actor' | 'pair' | 'self';
export interface CorefRule { id: string; words: string[]; target: CorefTarget; window: number }

/** What the word before a preposition is: its class decides whether the preposition's object is a party. */
export type GovernorClass = 'verb' | 'event' | 'agent' | 'thing' | 'name' | 'none';
export type ParticipationKind = 'agent-noun' | 'event-noun' | 'thing-noun' | 'event-suffix' | 'hyphen-agent' | 'hyphen-thing' | 'time-noun' | 'compass' | 'name-head' | 'report-verb' | 'quantifier' | 'prep';
/** One row of data/actors/participation.jsonl: a word list, or (kind "prep") a preposition rule. */
export interface ParticipationRule {
  id: string; kind: ParticipationKind; words: string[];
  party?: GovernorClass[]; partyWords?: string[]; topicWords?: string[]; note?: string;
  /** kind "quantifier": the sector of the people counted */
  sector?: string | null;
}

/** One row of data/actors/houses.jsonl: a legislature named without its country ("Congress", "the Senate", "Parliament"). */
export interface HouseRule {
  id: string; words: string[]; sector: string;
  /** the countries that have such a house; ["*"]: any state */
  countries: string[];
  /** the country when the text names none of them; null: no mention */
  default: string | null;
  /** a country where the word names something else, with that sector ("Congress" in India: PTY) */
  sectors?: Record<string, string>;
  /** a country taken only when the text has one of these words */
  docHas?: Record<string, string[]>;
}

/** A state that has an attribute (epithets.jsonl "tag" rows), for a while when from/to are set. */
export interface EpithetMember { country: string; from?: string | null; to?: string | null }
/** An attribute or region a description names ("Gulf", "oil-rich", "former Soviet") and the states that have it. */
export interface EpithetTag { id: string; words: string[]; countries: string[]; dated?: EpithetMember[] }
/** A state noun ending a description ("state", "kingdom", "government"): the tag the referent must have (needs) or lack (excludes), and the sector. */
export interface EpithetHead { id: string; words: string[]; sector: string | null; needs?: string; excludes?: string }
/** epithets.jsonl: descriptions that refer back to a state ("the oil-rich Gulf kingdom"). */
export interface EpithetData { tags: EpithetTag[]; heads: EpithetHead[]; fillers: string[]; not: string[]; id: string }

/** Everything the stage needs, loaded once. */
export interface ActorData {
  dictionaries: ActorDictionary[];
  context: ContextRule[];
  places: PlaceList[];
  coref: CorefRule[];
  /** participation rules (data/actors/participation.jsonl); absent: every mention that is not a place only is a participant */
  participation?: ParticipationRule[];
  /** legislatures named without their country (data/actors/houses.jsonl); absent: none */
  houses?: HouseRule[];
  /** descriptions that refer back to a state ("the Gulf state", data/actors/epithets.jsonl); absent: none */
  epithets?: EpithetData;
}
