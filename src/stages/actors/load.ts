// Reads data/actors/: every file through the generic loader (manifest + JSONL, errors
// that quote the file, line and row), turned into ActorDictionary entries with stable ids.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, firstError, loadJsonl, need, readManifest, type Validate } from '../../rules/load.ts';
import type { ActorData, ActorEntry, ContextRule, CorefRule, EpithetData, EpithetHead, EpithetTag, HouseRule, ParticipationRule, PlaceList, RoleEntry, Term } from './types.ts';

const CODE = /^[A-Z]{3}$/;
const SECTOR = /^[A-Z]{3}$/;
type R = Record<string, unknown>;
const optStrings = (o: R, k: string) => (o[k] == null ? null : need.strings(o, k));
const sector = (o: R, k = 'sector') => (o[k] == null || (typeof o[k] === 'string' && SECTOR.test(o[k] as string)) ? null : `"${k}" must be a 3-letter CAMEO sector code or null`);
const country = (o: R, k = 'country') => (typeof o[k] === 'string' && CODE.test(o[k] as string) ? null : `"${k}" must be a 3-letter code`);
const nonEmpty = (o: R, k: string) => (Array.isArray(o[k]) && (o[k] as unknown[]).length > 0 ? null : `"${k}" must not be empty`);

/** Names a state had only for a while ("Congo" for the Republic of the Congo while the other one was Zaire). */
interface DatedNames { names: string[]; adjectives?: string[]; from: string; to: string }
interface CountryRow { id: string; name: string; names: string[]; adjectives: string[]; capitals: string[]; formerNames?: string[]; combining?: string[]; from?: string; to?: string; dated?: DatedNames[] }
interface SeatRow { id: string; names: string[]; country: string; sector: string }
interface OrgRow { id: string; names: string[]; code: string; org: string; country?: string; sector?: string | null; from?: string; to?: string }
interface CompanyRow { id: string; names: string[]; country: string }
interface ProvinceRow { id: string; country: string; names: string[]; adjectives: string[]; from?: string; to?: string }
interface RegionRow { id: string; country: string; names: string[]; adjectives?: string[] }
/** eras.jsonl: a place's country for a while. kind "part": every capital, city, province and region of `part` was a place of
 * `of` between from and to (its capital a city there); kind "place": these names are a capital, city, region or seat of
 * `country` between from and to (that state's capital: "Moscow" USR before 1991-12-26). */
interface EraRow { id: string; kind: 'part' | 'place'; from?: string; to?: string; part?: string; of?: string; names?: string[]; country?: string; as?: 'capital' | 'city' | 'region' | 'seat'; sector?: string }
interface GroupRow { id: string; names: string[]; homes: string[]; located?: boolean }
interface CityRow { id: string; names: string[]; country: string }
interface SideRow { id: string; names: string[]; country: string; docHas: string[]; from?: string; to?: string }
interface PairRow { id: string; names: string[]; countries: string[]; from?: string; to?: string }
/** epithets.jsonl: one row of kind tag (an attribute and its states), head (a state noun), filler (neutral modifiers), not
 * (phrases of that shape that name no state) or fixed (an epithet with one referent: "the Jewish state"). */
interface EpithetRow { kind: 'tag' | 'head' | 'filler' | 'not' | 'fixed'; id: string; words?: string[]; countries?: string[]; dated?: Array<{ country: string; from?: string; to?: string }>;
  sector?: string | null; needs?: string; excludes?: string; names?: string[]; country?: string; from?: string; to?: string }
export interface PersonRow { id: string; name: string; aliases?: string[]; surname?: string; terms: Term[] }

const countryRow: Validate<CountryRow> = (r) => firstError(need.string(r as never, 'id'), CODE.test(r.id) ? null : '"id" must be a 3-letter code',
  need.string(r as never, 'name'), need.strings(r as never, 'names'), need.strings(r as never, 'adjectives'), need.strings(r as never, 'capitals'),
  optStrings(r as never, 'formerNames'), optStrings(r as never, 'combining'), need.date(r as never, 'from', true), need.date(r as never, 'to', true),
  r.dated == null || Array.isArray(r.dated) ? null : '"dated" must be a list',
  ...(Array.isArray(r.dated) ? r.dated.map((d, i) => {
    const why = d && typeof d === 'object' ? firstError(need.strings(d as never, 'names'), optStrings(d as never, 'adjectives'), need.date(d as never, 'from'), need.date(d as never, 'to')) : 'must be an object';
    return why ? `dated[${i}]: ${why}` : null;
  }) : []));
const seatRow: Validate<SeatRow> = (r) => firstError(need.string(r as never, 'id'), need.strings(r as never, 'names'), nonEmpty(r as never, 'names'), country(r as never), sector(r as never));
const orgRow: Validate<OrgRow> = (r) => firstError(need.string(r as never, 'id'), need.strings(r as never, 'names'), nonEmpty(r as never, 'names'), need.string(r as never, 'org'),
  /^(IGO|NGO|[A-Z]{3}([A-Z]{3})?)$/.test(String(r.code)) ? null : '"code" must be IGO, NGO or a country(+sector) code',
  r.country == null ? null : country(r as never), sector(r as never), need.date(r as never, 'from', true), need.date(r as never, 'to', true));
const companyRow: Validate<CompanyRow> = (r) => firstError(need.string(r as never, 'id'), need.strings(r as never, 'names'), nonEmpty(r as never, 'names'), country(r as never));
const provinceRow: Validate<ProvinceRow> = (r) => firstError(need.string(r as never, 'id'), country(r as never), need.strings(r as never, 'names'), nonEmpty(r as never, 'names'),
  need.strings(r as never, 'adjectives'), need.date(r as never, 'from', true), need.date(r as never, 'to', true));
const regionRow: Validate<RegionRow> = (r) => firstError(need.string(r as never, 'id'), country(r as never), need.strings(r as never, 'names'), nonEmpty(r as never, 'names'),
  optStrings(r as never, 'adjectives'));
const ERA_AS = ['capital', 'city', 'region', 'seat'];
const eraRow: Validate<EraRow> = (r) => firstError(need.string(r as never, 'id'), r.kind === 'part' || r.kind === 'place' ? null : '"kind" must be part or place',
  need.date(r as never, 'from', true), need.date(r as never, 'to', true), r.from || r.to ? null : 'a row needs "from" or "to"',
  r.kind === 'part' ? firstError(country(r as never, 'part'), country(r as never, 'of')) : null,
  r.kind === 'place' ? firstError(need.strings(r as never, 'names'), nonEmpty(r as never, 'names'), country(r as never),
    ERA_AS.includes(String(r.as)) ? null : `"as" must be one of ${ERA_AS.join(', ')}`, r.as === 'seat' ? (r.sector ? sector(r as never) : '"sector" is needed for a seat') : null) : null);
const groupRow: Validate<GroupRow> = (r) => firstError(need.string(r as never, 'id'), need.strings(r as never, 'names'), nonEmpty(r as never, 'names'),
  need.strings(r as never, 'homes'), nonEmpty(r as never, 'homes'), r.homes?.every((c) => CODE.test(c)) ? null : '"homes" must hold 3-letter codes',
  r.located == null || typeof r.located === 'boolean' ? null : '"located" must be true or false');
const cityRow: Validate<CityRow> = (r) => firstError(need.string(r as never, 'id'), need.strings(r as never, 'names'), nonEmpty(r as never, 'names'), country(r as never));
const pairRow: Validate<PairRow> = (r) => firstError(need.string(r as never, 'id'), need.strings(r as never, 'names'), nonEmpty(r as never, 'names'),
  need.strings(r as never, 'countries'), Array.isArray(r.countries) && r.countries.length === 2 && r.countries.every((c) => CODE.test(c)) ? null : '"countries" must hold two 3-letter codes',
  need.date(r as never, 'from', true), need.date(r as never, 'to', true));
const sideRow: Validate<SideRow> = (r) => firstError(need.string(r as never, 'id'), need.strings(r as never, 'names'), nonEmpty(r as never, 'names'),
  country(r as never), need.strings(r as never, 'docHas'), nonEmpty(r as never, 'docHas'), need.date(r as never, 'from', true), need.date(r as never, 'to', true));
const roleRow: Validate<RoleEntry> = (r) => firstError(need.string(r as never, 'id'), ['role', 'title', 'modifier'].includes(r.kind) ? null : '"kind" must be role, title or modifier',
  sector(r as never), need.strings(r as never, 'words'), nonEmpty(r as never, 'words'), optStrings(r as never, 'office'),
  r.generic == null || typeof r.generic === 'boolean' ? null : '"generic" must be true or false',
  r.located == null || typeof r.located === 'boolean' ? null : '"located" must be true or false');
const contextRow: Validate<ContextRule> = (r) => firstError(need.string(r as never, 'id'), need.strings(r as never, 'names'), nonEmpty(r as never, 'names'),
  ['drop', 'location', 'keep'].includes(r.action) ? null : '"action" must be drop, location or keep',
  optStrings(r as never, 'before'), optStrings(r as never, 'after'), optStrings(r as never, 'docHas'), optStrings(r as never, 'docLacks'),
  r.before || r.after || r.docHas || r.surnameSeen ? null : 'a rule needs "before", "after", "docHas" or "surnameSeen"');
const placeRow: Validate<PlaceList> = (r) => firstError(need.string(r as never, 'id'),
  ['region', 'publisher', 'institution-head', 'location-prep', 'motion', 'actor-noun', 'aim', 'place-noun', 'removal', 'national', 'assault'].includes(r.kind) ? null : '"kind" is not a known place list kind',
  need.strings(r as never, 'words'), nonEmpty(r as never, 'words'));
const EPITHET_KINDS = ['tag', 'head', 'filler', 'not', 'fixed'];
const epithetRow: Validate<EpithetRow> = (r) => firstError(need.string(r as never, 'id'), EPITHET_KINDS.includes(r.kind) ? null : `"kind" must be one of ${EPITHET_KINDS.join(', ')}`,
  r.kind === 'fixed' ? firstError(need.strings(r as never, 'names'), nonEmpty(r as never, 'names'), country(r as never), sector(r as never), need.date(r as never, 'from', true), need.date(r as never, 'to', true))
    : need.strings(r as never, 'words'),
  r.kind === 'head' ? firstError(nonEmpty(r as never, 'words'), sector(r as never)) : null,
  r.kind === 'tag' ? firstError(need.strings(r as never, 'countries'), r.countries!.every((c) => CODE.test(c)) ? null : '"countries" must hold 3-letter codes',
    r.dated == null || (Array.isArray(r.dated) && r.dated.every((d) => d && CODE.test(d.country) && !need.date(d as never, 'from', true) && !need.date(d as never, 'to', true)))
      ? null : '"dated" must hold {country, from?, to?}',
    r.countries!.length || r.dated?.length ? null : 'a tag needs "countries" or "dated"') : null);

/** The epithet tables of epithets.jsonl (fixed epithets go to the entries: they name one state), checked: a head's needs/excludes is a tag. */
function epithetData(rows: EpithetRow[], file: string, v: string): EpithetData {
  const tags: EpithetTag[] = [], heads: EpithetHead[] = [], fillers: string[] = [], not: string[] = [];
  for (const r of rows) {
    if (r.kind === 'tag') tags.push({ id: r.id, words: r.words!, countries: r.countries!, dated: r.dated ?? [] });
    else if (r.kind === 'head') heads.push({ id: r.id, words: r.words!, sector: r.sector ?? null, needs: r.needs, excludes: r.excludes });
    else if (r.kind === 'filler') fillers.push(...r.words!);
    else if (r.kind === 'not') not.push(...r.words!);
  }
  const known = new Set(tags.map((t) => t.id));
  for (const h of heads) for (const t of [h.needs, h.excludes]) if (t && !known.has(t)) throw new Error(`${file}: head "${h.id}" names the unknown tag "${t}"`);
  return { tags, heads, fillers, not, id: `epithets.${v}` };
}

const corefRow: Validate<CorefRule> = (r) => firstError(need.string(r as never, 'id'), need.strings(r as never, 'words'),
  ['person', 'actor', 'pair', 'self'].includes(r.target) ? null : '"target" must be person, actor, pair or self',
  Number.isInteger(r.window) && r.window >= 0 ? null : '"window" must be a whole number of sentences');

const GOV_CLASSES = ['verb', 'event', 'agent', 'thing', 'name', 'none'];
const participationRow: Validate<ParticipationRule> = (r) => firstError(need.string(r as never, 'id'),
  ['agent-noun', 'event-noun', 'thing-noun', 'event-suffix', 'hyphen-agent', 'hyphen-thing', 'time-noun', 'compass', 'name-head', 'report-verb', 'quantifier', 'prep'].includes(r.kind) ? null : '"kind" is not a known participation kind',
  need.strings(r as never, 'words'), nonEmpty(r as never, 'words'), optStrings(r as never, 'partyWords'), optStrings(r as never, 'topicWords'),
  r.kind !== 'prep' ? null : need.strings(r as never, 'party'), sector(r as never),
  r.party == null || (Array.isArray(r.party) && r.party.every((c) => GOV_CLASSES.includes(c))) ? null : `"party" may only hold ${GOV_CLASSES.join(', ')}`);

const codeMap = (o: R, k: string, check: (v: unknown) => boolean, what: string) =>
  o[k] == null || (typeof o[k] === 'object' && !Array.isArray(o[k]) && Object.entries(o[k] as R).every(([c, v]) => CODE.test(c) && check(v))) ? null : `"${k}" must map 3-letter codes to ${what}`;
const houseRow: Validate<HouseRule> = (r) => firstError(need.string(r as never, 'id'), need.strings(r as never, 'words'), nonEmpty(r as never, 'words'),
  typeof r.sector === 'string' && SECTOR.test(r.sector) ? null : '"sector" must be a 3-letter CAMEO sector code',
  need.strings(r as never, 'countries'), nonEmpty(r as never, 'countries'), r.countries?.every((c) => c === '*' || CODE.test(c)) ? null : '"countries" must hold 3-letter codes or "*"',
  r.default === null || (typeof r.default === 'string' && CODE.test(r.default)) ? null : '"default" must be a 3-letter code or null',
  codeMap(r as never, 'sectors', (v) => typeof v === 'string' && SECTOR.test(v), 'sector codes'),
  codeMap(r as never, 'docHas', (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'lists of words'));

/** Validates one office-holder row (data/actors/people/*.jsonl). */
export const personRow: Validate<PersonRow> = (r) => firstError(
  need.string(r as never, 'id'), String(r.id).startsWith('person:') ? null : '"id" must start with "person:"',
  need.string(r as never, 'name'), optStrings(r as never, 'aliases'),
  r.surname == null || (typeof r.surname === 'string' && r.surname !== '') ? null : '"surname" must be a non-empty string when given',
  Array.isArray(r.terms) && r.terms.length > 0 ? null : '"terms" must be a non-empty list',
  ...(Array.isArray(r.terms) ? r.terms.map((t, i) => {
    const why = firstError(country(t as never), sector(t as never), need.string(t as never, 'office'), need.date(t as never, 'start'), need.date(t as never, 'end', true));
    return why ? `terms[${i}]: ${why}` : null;
  }) : []),
);

const major = (version: string) => `v${version.split('.')[0]}`;

/** Office holders from every *.jsonl in `dir`, as person entries (ids "people.v1:person:..."). */
export function loadPeople(dir: string, version = 'v1'): ActorEntry[] {
  if (!existsSync(dir)) return [];
  const out: ActorEntry[] = [];
  const seen = new Map<string, string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    const file = join(dir, f);
    for (const p of loadJsonl<PersonRow>(file, personRow)) {
      const had = seen.get(p.id);
      if (had) { // the same person in two files: one entry, the terms and aliases of both (people beyond office add roles out of office)
        const e = out.find((x) => x.id === `people.${version}:${p.id}`)!;
        e.terms = [...e.terms!, ...p.terms].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
        for (const n of [p.name, ...(p.aliases ?? [])]) if (!e.names.includes(n)) e.names.push(n); // the first row keeps its name and surname
        continue;
      }
      seen.set(p.id, file);
      const t0 = p.terms[0]!;
      out.push({ id: `people.${version}:${p.id}`, names: [p.name, ...(p.aliases ?? [])], kind: 'person', country: t0.country, sector: t0.sector ?? null,
        person: p.name, terms: p.terms, surname: p.surname ?? null });
    }
  }
  return out;
}

/** The dated place readings of eras.jsonl: "place" rows as they are; for a "part" row, a copy of every capital (as a city),
 * city, province and region of the part with the other state's code, except names a "place" row gives (Moscow, Prague).
 * Ids: "eras.v1:<row>" and, for copies, "eras.v1:<row>/<the copied entry's id>". */
export function eraEntries(rows: EraRow[], base: readonly ActorEntry[], v: string): ActorEntry[] {
  const out: ActorEntry[] = [];
  const given = new Set(rows.flatMap((r) => (r.kind === 'place' ? r.names! : [])).map((n) => n.toLowerCase()));
  for (const r of rows) {
    const when = { from: r.from ?? null, to: r.to ?? null, era: true };
    if (r.kind === 'place') {
      const id = `eras.${v}:${r.id}`, names = r.names!, country = r.country!;
      if (r.as === 'capital') out.push({ id, names, kind: 'capital', country, sector: 'GOV', ...when });
      else if (r.as === 'seat') out.push({ id, names, kind: 'seat', country, sector: r.sector!, ...when });
      else if (r.as === 'region') out.push({ id, names, kind: 'country', country, sector: null, province: true, region: true, ...when });
      else out.push({ id, names, kind: 'group', country, sector: null, city: true, ...when });
      continue;
    }
    for (const e of base) {
      if (e.country !== r.part || e.era || !(e.kind === 'capital' || e.city || e.province)) continue;
      const names = e.names.filter((n) => !given.has(n.toLowerCase()));
      if (!names.length) continue;
      const id = `eras.${v}:${r.id}/${e.id}`;
      if (e.kind === 'capital' || e.city) out.push({ id, names, kind: 'group', country: r.of!, sector: null, city: true, ...when });
      else out.push({ id, names, kind: e.kind, country: r.of!, sector: null, province: true, ...(e.region ? { region: true } : {}), ...when });
    }
  }
  return out;
}

let cached: ActorData | null = null;

/** Load data/actors (or another folder laid out the same way). Cached for the default folder. */
export function loadActorData(dir?: string): ActorData {
  if (!dir && cached) return cached;
  const base = dir ?? dataPath('actors');
  const m = readManifest(base);
  const v = major(m.version);
  const file = (f: string) => join(base, f);
  const entries: ActorEntry[] = [];
  for (const c of loadJsonl<CountryRow>(file('countries.jsonl'), countryRow)) {
    const when = { from: c.from ?? null, to: c.to ?? null };
    entries.push({ id: `countries.${v}:${c.id}`, names: [...c.names, ...(c.formerNames ?? [])], kind: 'country', country: c.id, sector: null, ...when });
    if (c.adjectives.length) entries.push({ id: `demonyms.${v}:${c.id}`, names: c.adjectives, kind: 'demonym', country: c.id, sector: null, ...when });
    if (c.combining?.length) entries.push({ id: `demonyms.${v}:${c.id}`, names: c.combining, kind: 'demonym', country: c.id, sector: null, combining: true, ...when });
    if (c.capitals.length) entries.push({ id: `capitals.${v}:${c.id}`, names: c.capitals, kind: 'capital', country: c.id, sector: 'GOV', ...when });
    // names for a while: valid entries with dates win over undated ones with the same name (the resolver's rule)
    for (const d of c.dated ?? []) {
      const w = { from: d.from, to: d.to };
      if (d.names.length) entries.push({ id: `countries.${v}:${c.id}`, names: d.names, kind: 'country', country: c.id, sector: null, ...w });
      if (d.adjectives?.length) entries.push({ id: `demonyms.${v}:${c.id}`, names: d.adjectives, kind: 'demonym', country: c.id, sector: null, ...w });
    }
  }
  for (const s of loadJsonl<SeatRow>(file('seats.jsonl'), seatRow)) entries.push({ id: `seats.${v}:${s.id}`, names: s.names, kind: 'seat', country: s.country, sector: s.sector });
  for (const o of loadJsonl<OrgRow>(file('orgs.jsonl'), orgRow)) {
    const igo = o.code === 'IGO' || o.code === 'NGO';
    entries.push({ id: `orgs.${v}:${o.id}`, names: o.names, kind: igo ? 'org' : 'group', country: igo ? o.code : (o.country ?? o.code.slice(0, 3)),
      sector: igo ? null : (o.sector ?? (o.code.length === 6 ? o.code.slice(3) : null)), org: o.org, from: o.from ?? null, to: o.to ?? null });
  }
  // provinces and peoples that imply one country: places and adjectives of that country, but no state (no office holders)
  if (existsSync(file('provinces.jsonl'))) for (const p of loadJsonl<ProvinceRow>(file('provinces.jsonl'), provinceRow)) {
    const when = { from: p.from ?? null, to: p.to ?? null, province: true };
    entries.push({ id: `provinces.${v}:${p.id}`, names: p.names, kind: 'country', country: p.country, sector: null, ...when });
    if (p.adjectives.length) entries.push({ id: `provinces.${v}:${p.id}`, names: p.adjectives, kind: 'demonym', country: p.country, sector: null, ...when });
  }
  // first-level regions (states, provinces, oblasts): places of one country, no state (province), never an actor alone (region)
  if (existsSync(file('regions.jsonl'))) for (const p of loadJsonl<RegionRow>(file('regions.jsonl'), regionRow)) {
    const flags = { province: true, region: true };
    entries.push({ id: `regions.${v}:${p.id}`, names: p.names, kind: 'country', country: p.country, sector: null, ...flags });
    if (p.adjectives?.length) entries.push({ id: `regions.${v}:${p.id}`, names: p.adjectives, kind: 'demonym', country: p.country, sector: null, ...flags });
  }
  // ethnic, religious and national groups (kind "group"; the resolver gives each mention one of its homes;
  // located false: a place after the group does not move it)
  if (existsSync(file('groups.jsonl'))) for (const g of loadJsonl<GroupRow>(file('groups.jsonl'), groupRow)) {
    entries.push({ id: `groups.${v}:${g.id}`, names: g.names, kind: 'group', country: g.homes[0]!, sector: null, homes: g.homes, ...(g.located === false ? { located: false } : {}) });
  }
  // major cities that are not capitals: places only (kind "group" with city set, so that nothing reading
  // kind "country" takes them for states; the resolver reads the flag)
  if (existsSync(file('cities.jsonl'))) for (const c of loadJsonl<CityRow>(file('cities.jsonl'), cityRow)) {
    entries.push({ id: `cities.${v}:${c.id}`, names: c.names, kind: 'group', country: c.country, sector: null, city: true });
  }
  if (existsSync(file('pairs.jsonl'))) for (const p of loadJsonl<PairRow>(file('pairs.jsonl'), pairRow)) {
    entries.push({ id: `pairs.${v}:${p.id}`, names: p.names, kind: 'country', country: p.countries[0]!, sector: null, pair: p.countries, from: p.from ?? null, to: p.to ?? null });
  }
  // "the North", "the South" in a text about Korea (or Sudan, Yemen in their years): that state
  if (existsSync(file('sides.jsonl'))) for (const r of loadJsonl<SideRow>(file('sides.jsonl'), sideRow)) {
    entries.push({ id: `sides.${v}:${r.id}`, names: r.names, kind: 'country', country: r.country, sector: null, side: r.docHas, from: r.from ?? null, to: r.to ?? null });
  }
  if (existsSync(file('eras.jsonl'))) entries.push(...eraEntries(loadJsonl<EraRow>(file('eras.jsonl'), eraRow), entries, v));
  for (const c of loadJsonl<CompanyRow>(file('companies.jsonl'), companyRow)) entries.push({ id: `companies.${v}:${c.id}`, names: c.names, kind: 'company', country: c.country, sector: 'BUS' });
  entries.push(...loadPeople(file('people'), v));
  const roles = loadJsonl<RoleEntry>(file('roles.jsonl'), roleRow).map((r) => ({ ...r, id: `roles.${v}:${r.id}` }));
  const data: ActorData = {
    dictionaries: [{ name: m.name, version: m.version, entries, roles }],
    context: loadJsonl<ContextRule>(file('context.jsonl'), contextRow).map((r) => ({ ...r, id: `context.${v}:${r.id}` })),
    places: loadJsonl<PlaceList>(file('places.jsonl'), placeRow).map((r) => ({ ...r, id: `places.${v}:${r.id}` })),
    coref: loadJsonl<CorefRule>(file('coref.jsonl'), corefRow).map((r) => ({ ...r, id: `coref.${v}:${r.id}` })),
  };
  if (existsSync(file('participation.jsonl'))) {
    data.participation = loadJsonl<ParticipationRule>(file('participation.jsonl'), participationRow).map((r) => ({ ...r, id: `participation.${v}:${r.id}` }));
  }
  if (existsSync(file('houses.jsonl'))) data.houses = loadJsonl<HouseRule>(file('houses.jsonl'), houseRow).map((r) => ({ ...r, id: `houses.${v}:${r.id}` }));
  if (existsSync(file('epithets.jsonl'))) {
    const rows = loadJsonl<EpithetRow>(file('epithets.jsonl'), epithetRow);
    data.epithets = epithetData(rows, file('epithets.jsonl'), v);
    // "the Jewish state", "the Islamic Republic": one referent, a name of that state (with a sector: its government, "the Zionist regime")
    for (const r of rows) if (r.kind === 'fixed') {
      data.dictionaries[0]!.entries.push({ id: `epithets.${v}:${r.id}`, names: r.names!, kind: r.sector ? 'seat' : 'country', country: r.country!, sector: r.sector ?? null,
        from: r.from ?? null, to: r.to ?? null });
    }
  }
  if (!dir) cached = data;
  return data;
}
