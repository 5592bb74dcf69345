// From tokens to actor mentions, one document at a time:
//   1. match: longest dictionary match at each token (names, role words, places, coref words);
//   2. unknown capitalised names; institutions ("King's College London") swallow what is inside;
//   3. context rules decide ambiguous names (Georgia, Jordan, Washington, ...);
//   4. phrases: [place ['s]] [role words] [,] [person | unknown name] become ONE mention;
//   5. place-only uses ("talks in Moscow") are flagged locationOnly; pronouns point back.
// Ethnic and national groups (groups.jsonl) take the country named with them; cities (cities.jsonl) are never
// mentions themselves but place a role or group ("demonstrators in Basra").
import type { ActorMention, Doc, Token } from '../../doc/types.ts';
import { nearestTerm, termAt, within } from './dates.ts';
import type { CompiledRule, Lexicon, Payload } from './lexicon.ts';
import { judgeParticipation } from './participation.ts';
import { keyOf, nameTokens, type Hit } from './trie.ts';
import { MIN_TYPO_LENGTH } from './typos.ts';
import { knownWord } from './words.ts';
import type { ActorEntry, ContextRule, CorefRule, EpithetHead, RoleEntry } from './types.ts';

type Cat = 'place' | 'org' | 'company' | 'person' | 'role' | 'name' | 'coref' | 'block' | 'ethnic' | 'city' | 'epithet';
interface Atom {
  s: number; e: number; cat: Cat;
  entry?: ActorEntry; roles?: RoleEntry[]; coref?: CorefRule;
  location?: boolean; rule?: string;
  /** a description of a state ("the oil-rich Gulf kingdom"): the tags it names and its head noun */
  epi?: { tags: string[]; head: EpithetHead };
}

/** Capitalised words that start sentences and are not names. */
const STOP = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'as', 'if', 'so', 'it', 'this', 'that', 'these', 'those', 'there', 'he', 'she', 'they', 'we', 'i', 'you', 'after', 'before', 'when', 'while', 'even', 'both', 'nor', 'meanwhile', 'however', 'for', 'with', 'from', 'by', 'to', 'of', 'its', 'his', 'her', 'their', 'our', 'my', 'no', 'not', 'all', 'some', 'many', 'most', 'any', 'what', 'who', 'which', 'where', 'why', 'how', 'yet', 'still', 'also', 'only', 'since', 'until', 'although', 'though', 'because', 'then', 'now', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'defense', 'defence']);
const POSS = new Set(["'s", '’s', "'"]);
/** Lower-case particles inside personal and place names ("van den Broek", "da Silva", "bin Laden"). */
const PARTICLES = new Set(['van', 'von', 'den', 'der', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'ter', 'ten', 'bin', 'ibn', 'la', 'le']);
const PLACE_KINDS = new Set(['country', 'capital', 'demonym', 'seat']);
/** Sectors of roles beyond state office (people/without-office.jsonl): opposition, rebels, clergy, activists, press, parties, unions, business. */
const OUT_OF_OFFICE = new Set(['OPP', 'REB', 'INS', 'REL', 'CVL', 'MED', 'PTY', 'LAB', 'BUS', 'EDU']);
/** Words that make "<surname> ['s] X" the government of that office holder ("the Bush administration", "the Mubarak regime"). */
const GOV_OF = new Set(['administration', 'government', 'regime', 'cabinet', 'junta']);
/** Prepositions after which a place gives its country to the role or group before it ("refugees from Kosovo", "students throughout Indonesia"). */
const PLACED = new Set(['in', 'from', 'of', 'at', 'throughout', 'across']);
const COMPASS = /^(north|south|east|west|northern|southern|eastern|western|central|north-?east(ern)?|north-?west(ern)?|south-?east(ern)?|south-?west(ern)?)$/;
const isCap = (t: string) => { const c = t[0]; return c !== undefined && c !== c.toLowerCase(); };
const HAS_UPPER = 1, HAS_LOWER = 2;

export interface ResolveOptions { date: string }

/** Per lexicon: a lower-cased word → the one long name word it is a typo of, or null (fixTypos); emptied when full. */
const typoCache = new WeakMap<Lexicon, Map<string, string | null>>();
const CACHE_MAX = 100_000;
/** Per lexicon: "date|country|office" → the office holder then, or null (officeHolder); emptied when full. */
const holderCache = new WeakMap<Lexicon, Map<string, ActorEntry | null>>();
/** A word of a context rule's docHas/docLacks → its whole-word pattern, compiled once (no "g" flag: test() keeps no state). */
const wordRes = new Map<string, RegExp>();

export function resolveDoc(doc: Doc, lex: Lexicon, opt: ResolveOptions): ActorMention[] {
  return new Resolver(doc, lex, opt.date).run();
}

class Resolver {
  private toks: Token[];
  private keys: string[];
  private texts: string[];
  private out: ActorMention[] = [];
  private seenPersons = new Set<string>();
  private seenSurnames = new Set<string>();
  private docHasCache = new Map<string, boolean>();
  private blocked: Array<[number, number]> = [];
  /** tokens read as a name one letter away: token index → the dictionary's spelling (lower case) */
  private fixed = new Map<number, string>();
  private capped: string[] | null = null;

  constructor(private doc: Doc, private lex: Lexicon, private date: string) {
    this.toks = doc.tokens;
    this.keys = this.toks.map((t) => (t.norm.includes('’') ? keyOf(t.text) : t.norm));
    this.texts = this.toks.map((t) => t.text);
    this.fixTypos();
    for (const s of [doc.meta.publisher, doc.meta.author]) {
      if (!s || s.length < 3) continue;
      for (let at = doc.text.indexOf(s); at >= 0; at = doc.text.indexOf(s, at + s.length)) this.blocked.push([at, at + s.length]);
    }
  }

  run(): ActorMention[] {
    for (const s of this.doc.sentences) this.sentence(s.i, s.tokenStart, s.tokenEnd);
    this.shareRoles();
    this.countedPeople();
    const tables = this.lex.participation;
    if (tables) {
      const roleCache = new Uint8Array(this.toks.length); // 0 unknown, 1 role word, 2 not
      judgeParticipation(this.out, tables, {
        toks: this.toks, keys: this.keys, locPreps: this.lex.preps, actorNouns: this.lex.actorNouns, motion: this.lex.motion,
        roleAt: (i) => {
          let v = roleCache[i]!;
          if (v === 0) { v = this.lex.trie.matchAt(this.keys, this.texts, i, i + 1)?.payloads.some((p) => p.t === 'role') ? 1 : 2; roleCache[i] = v; }
          return v === 1;
        },
      });
    }
    return this.out;
  }

  private key(i: number) { return this.keys[i] ?? ''; }

  /** "Afganistan", "Ethopia", "Mitterand": a capitalised word of 7+ letters that no dictionary name holds and that is no
   * English word, one edit from exactly one long name word of a country or office holder, is read as that word
   * (its key changes; its text stays as written). "Clintons" (a name's plural) is not a typo. */
  private fixTypos() {
    const known = this.lex.trie.tokens;
    let cache = typoCache.get(this.lex);
    if (!cache) typoCache.set(this.lex, (cache = new Map()));
    for (let i = 0; i < this.toks.length; i++) {
      const k = this.keys[i]!;
      if (k.length < MIN_TYPO_LENGTH || known.has(k)) continue;
      const t = this.texts[i]!;
      if (!isCap(t)) continue;
      // the one name word one edit from k (not its plural), looked up once per lexicon
      let fix = cache.get(k);
      if (fix === null || !/^\p{L}+$/u.test(t) || STOP.has(k)) continue;
      if (fix === undefined) {
        const near = this.lex.typos().near(k);
        fix = near.length !== 1 || k === near[0] + 's' ? null : near[0]!;
        if (cache.size >= CACHE_MAX) cache.clear();
        cache.set(k, fix);
      }
      if (fix === null || knownWord(t)) continue;
      this.keys[i] = fix;
      this.fixed.set(i, fix);
    }
  }

  /** Every reading is a dated name (a state, a movement) and none is valid at the text's date. */
  private outOfTime(pays: Payload[]): boolean {
    return pays.every((p) => p.t === 'entry' && p.e.kind !== 'person' && (p.e.from || p.e.to) && !within(this.date, p.e.from, p.e.to));
  }

  /** The texts with every word capitalised: how a lower-case name is matched where one is expected. */
  private cappedTexts(): string[] {
    return (this.capped ??= this.texts.map((t) => (t[0] ? t[0].toUpperCase() + t.slice(1) : t)));
  }

  /** The longest match at i. In a sentence written all in lower case ("obama met putin in moscow") the names of
   * countries, capitals, demonyms, institutions and full names of people match in lower case (a surname alone does
   * not: "may", "bush"); after a role word that names an office ("president obama") a lower-case person's name does. */
  private match(i: number, b: number, lower: boolean, afterOffice: boolean, start = false): Hit<Payload> | null {
    const hit = this.lex.trie.matchAt(this.keys, this.texts, i, b);
    if (!lower && !afterOffice && !start) return hit;
    const t = this.texts[i]!;
    if (t !== t.toLowerCase() || (!hit && !this.lex.trie.starts(this.keys[i]!))) return hit; // no name starts here in any case
    const alt = this.lex.trie.matchAt(this.keys, this.cappedTexts(), i, b);
    if (!alt || (hit && hit.end >= alt.end)) return hit;
    // the first word of a sentence written in lower case: a state's name the tagger takes for a proper noun
    // ("pakistan said"), or a demonym before a noun ("russian troops"); not "china" the noun, "male" the adjective
    const startOk = (e: ActorEntry) => e.kind !== 'person' && !e.city && !e.homes && !e.region &&
      (this.toks[i]!.pos === 'PROPN' || (e.kind === 'demonym' && /^(NOUN|PROPN)$/.test(this.toks[alt.end]?.pos ?? '')));
    const ok = alt.payloads.filter((p) => p.t === 'entry' && (lower || afterOffice ? (p.e.kind === 'person'
      ? afterOffice || (!p.surname && alt.end - alt.start >= 2)
      : lower && !p.e.city && !p.e.homes && !p.e.region) : startOk(p.e)));
    return ok.length ? { start: alt.start, end: alt.end, payloads: ok } : hit;
  }

  /** "100 Palestinians", "thousands of Nigerians": a plural demonym counted is people (the sector the data gives, CVL). */
  private countedPeople() {
    const q = this.lex.participation?.quantifiers, counted = this.lex.participation?.counted;
    if (!q || !counted) return;
    for (const m of this.out) {
      if (m.kind !== 'demonym' || m.sector !== null || m.locationOnly || !m.text.endsWith('s')) continue;
      let p = m.tokenStart - 1;
      if (this.key(p) === 'of') p--;
      const t = this.toks[p];
      if (!t || t.sent !== this.toks[m.tokenStart]!.sent || !(t.pos === 'NUM' || q.has(this.key(p)))) continue;
      m.sector = counted.sector; m.code = m.country + counted.sector; m.role = t.text; // the word that counts them
    }
  }

  /** "Hungarian and Romanian officials", "French and Egyptian warships": a bare country or demonym
   * coordinated with a role phrase that starts with a place shares that phrase's role and sector. */
  private shareRoles() {
    const out = this.out;
    for (let k = out.length - 2; k >= 0; k--) {
      const m = out[k]!, n = out[k + 1]!;
      if (m.sector !== null || (m.kind !== 'demonym' && m.kind !== 'country') || m.locationOnly) continue;
      if (n.kind !== 'role' || !n.sector || n.tokenStart !== m.tokenEnd + 1 || !/^(and|or|&)$/.test(this.key(m.tokenEnd))) continue;
      const first = this.lex.trie.matchAt(this.keys, this.texts, n.tokenStart, n.tokenEnd);
      if (!first?.payloads.some((p) => p.t === 'entry' && PLACE_KINDS.has(p.e.kind))) continue;
      m.sector = n.sector; m.code = m.country + n.sector; m.kind = 'role'; m.role = n.role ?? null;
    }
  }

  // 1-3: atoms of one sentence
  private atoms(a: number, b: number): Atom[] {
    const atoms: Atom[] = [];
    // tokens inside an atom, indexed by token (one array per document: the sentences do not overlap)
    const covered = (this.covered ??= new Uint8Array(this.toks.length));
    const lower = b - a >= 3 && !(this.letterCase()[this.toks[a]!.sent]! & HAS_UPPER);
    const epi = this.lex.epithets;
    for (let i = a; i < b;) {
      if (epi && this.keys[i] === 'the') { // "the oil-rich Gulf kingdom": a description of a state, resolved in phrase()
        const x = this.epithetAt(i, b);
        if (x) { atoms.push(x); covered.fill(1, x.s, x.e); i = x.e; continue; }
      }
      const prev = atoms.at(-1);
      const afterOffice = !!prev && prev.e === i && prev.cat === 'role' && prev.roles!.some((r) => r.office?.length || r.kind === 'title');
      let hit = this.match(i, b, lower, afterOffice, i === a);
      // "Serbia and Montenegro" outside the years it named one state: the two names, each its own
      if (hit && hit.end - hit.start > 2 && this.outOfTime(hit.payloads)) {
        const cut = this.keys.indexOf('and', hit.start);
        if (cut > hit.start && cut < hit.end - 1) hit = this.lex.trie.matchAt(this.keys, this.texts, i, cut);
      }
      if (!hit) { i++; continue; }
      if (this.keys[i] === 'the' && i + 1 < b) { // "the UN Security Council": the longer name after "the" wins
        const next = this.match(i + 1, b, lower, false);
        if (next && next.end > hit.end) hit = next;
      }
      const atom = this.classify(hit.start, hit.end, hit.payloads);
      if (atom) { atoms.push(atom); covered.fill(1, hit.start, hit.end); }
      i = hit.end;
    }
    // unknown capitalised names (runs of PROPN-like capitalised tokens nobody knows)
    const names: Atom[] = [];
    for (let i = a; i < b; i++) {
      if (covered[i] || !this.nameLike(i)) continue;
      let j = i + 1;
      while (j < b && !covered[j] && (this.nameLike(j) || /^[A-Z]\.$/.test(this.texts[j]!) || this.particleIn(j, b, covered))) j++;
      names.push({ s: i, e: j, cat: 'name' });
      if (j - i >= 2) this.seenSurnames.add(this.key(j - 1));
      i = j - 1;
    }
    let all = names.length ? mergeByStart(atoms, names) : atoms;
    all = this.dropInstitutions(all, a, b);
    // "Ali Karimi": a known word that is no one here ("Ali") and an unknown one make one name
    for (let i = all.length - 2; i >= 0; i--) {
      const x = all[i]!, y = all[i + 1]!;
      if (x.cat === 'name' && y.cat === 'name' && x.e === y.s) { all[i] = { s: x.s, e: y.e, cat: 'name' }; all.splice(i + 1, 1); }
    }
    for (const at of all) if (at.cat === 'place') this.applyContext(at);
    return all.filter((x) => x.cat !== 'block');
  }

  private covered: Uint8Array | null = null;

  /** per sentence: HAS_UPPER | HAS_LOWER, the kinds of letter its text has (read once per document) */
  private lettersBySent: Uint8Array | null = null;
  private letterCase(): Uint8Array {
    if (this.lettersBySent) return this.lettersBySent;
    const lc = new Uint8Array(this.doc.sentences.length);
    for (const st of this.doc.sentences) {
      const txt = this.sentenceText(st.tokenStart, st.tokenEnd);
      lc[st.i] = (/\p{Lu}/u.test(txt) ? HAS_UPPER : 0) | (/\p{Ll}/u.test(txt) ? HAS_LOWER : 0);
    }
    return (this.lettersBySent = lc);
  }

  /** per sentence: written all in capitals (a headline), where a capital says nothing of a name */
  private caps: Uint8Array | null = null;

  /** "Hans van den Broek", "Mocimboa da Praia": a lower-case particle inside a name, between capitalised words nobody knows. */
  private particleIn(j: number, b: number, covered: Uint8Array): boolean {
    if (!PARTICLES.has(this.texts[j]!)) return false;
    let n = j + 1;
    while (n < b && PARTICLES.has(this.texts[n]!) && n < j + 3) n++;
    return n < b && !covered[n] && this.nameLike(n);
  }

  private nameLike(i: number): boolean {
    const t = this.toks[i]!;
    if (!this.caps) {
      const lc = this.letterCase();
      this.caps = new Uint8Array(this.doc.sentences.length);
      for (const st of this.doc.sentences) this.caps[st.i] = st.tokenEnd - st.tokenStart >= 3 && lc[st.i] === HAS_UPPER ? 1 : 0;
    }
    if (this.caps[t.sent]) return false;
    return isCap(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X') && !STOP.has(this.keys[i]!);
  }

  private classify(s: number, e: number, pays: Payload[]): Atom | null {
    for (const p of pays) if (p.t === 'entry' && p.e.era) { pays = this.atDate(pays); if (!pays.length) return null; break; }
    let side = false;
    for (const p of pays) if (p.t === 'entry' && p.e.side) { side = true; break; }
    if (side) {
      const sides = pays.filter((p) => p.t === 'entry' && p.e.side && this.sideOk(s, e, p.e));
      pays = [...pays.filter((p) => !(p.t === 'entry' && p.e.side)), ...(sides.length === 1 ? sides : [])];
      if (!pays.length) return null;
    }
    if (this.blocked.length) {
      const start = this.toks[s]!.start;
      for (const [x, y] of this.blocked) if (start >= x && start < y) return { s, e, cat: 'block' };
    }
    if (pays.length === 1) { // the common case: one reading
      const p = pays[0]!;
      if (p.t === 'role') return { s, e, cat: 'role', roles: [p.r] };
      if (p.t === 'coref') return { s, e, cat: 'coref', coref: p.r };
      if (p.t === 'block') return { s, e, cat: 'block' };
      if (p.e.homes || p.e.city) return { s, e, cat: p.e.city ? 'city' : 'ethnic', entry: p.e };
      if (p.e.kind !== 'person' && !p.e.from && !p.e.to && !p.e.combining) return { s, e, cat: PLACE_KINDS.has(p.e.kind) ? 'place' : p.e.kind === 'company' ? 'company' : 'org', entry: p.e };
    }
    const entries = pays.filter((p): p is Extract<Payload, { t: 'entry' }> => p.t === 'entry');
    if (entries.length) {
      const people = entries.filter((p) => p.e.kind === 'person');
      if (people.length === entries.length) {
        // a single word (a surname, or a one-word alias such as initials) needs the date or the
        // text to single the person out; inside a longer name ("Omar Hassan al-Bashir") it is not that person
        const surname = e - s === 1 || people.every((p) => p.surname);
        if (surname && (STOP.has(this.keys[s]!) || this.unknownName(s - 1) || this.nameContinues(e))) return { s, e, cat: 'name' };
        const titled = surname && (this.titleAt(s - 1) || this.govOf(e) > 0);
        const person = this.pickPerson(people.map((p) => p.e), surname, titled);
        if (person) return { s, e, cat: 'person', entry: person };
        const shared = titled ? this.sharedCountry(people.map((p) => p.e)) : null;
        return shared ? { s, e, cat: 'person', entry: shared } : { s, e, cat: 'name' };
      }
      const others = entries.filter((p) => p.e.kind !== 'person').map((p) => p.e);
      const valid = others.filter((x) => within(this.date, x.from, x.to));
      // a name valid for a while wins over the same name undated, in its time ("Congo" in 1985 is Congo-Brazzaville)
      const entry = (valid.length ? valid.find((x) => (x.from || x.to) && x.kind === valid[0]!.kind) ?? valid[0] : others[0])!;
      if (entry.combining && this.keys[e] !== '-' && this.keys[s - 1] !== '-') return { s, e, cat: 'block' }; // "Franco" the name, not "Franco-German", "Indo-Pak"
      const cat: Cat = entry.city ? 'city' : entry.homes ? 'ethnic' : PLACE_KINDS.has(entry.kind) ? 'place' : entry.kind === 'company' ? 'company' : 'org';
      // a seat that is also a role word ("Foreign Office"): another country's when a place names it ("the German Foreign Office")
      const alt = entry.kind === 'seat' ? pays.filter((p): p is Extract<Payload, { t: 'role' }> => p.t === 'role').map((p) => p.r) : [];
      return alt.length ? { s, e, cat, entry, roles: alt } : { s, e, cat, entry };
    }
    const roles = pays.filter((p): p is Extract<Payload, { t: 'role' }> => p.t === 'role').map((p) => p.r);
    if (roles.length) return { s, e, cat: 'role', roles };
    const coref = pays.find((p): p is Extract<Payload, { t: 'coref' }> => p.t === 'coref');
    if (coref) return { s, e, cat: 'coref', coref: coref.r };
    return { s, e, cat: 'block' };
  }

  /** A name with dated place readings (eras.jsonl): those not valid at the text's date go; a valid one leaves no room for
   * the undated place readings of the same name ("Kiev" in 1985 is a Soviet city, not Ukraine's capital). */
  private atDate(pays: Payload[]): Payload[] {
    const now = pays.filter((p) => !(p.t === 'entry' && p.e.era && !within(this.date, p.e.from, p.e.to)));
    if (!now.some((p) => p.t === 'entry' && p.e.era)) return now;
    return now.filter((p) => p.t !== 'entry' || p.e.era || !(PLACE_KINDS.has(p.e.kind) || p.e.city || p.e.province));
  }

  /** "the North" in a text about Korea: after "the", capitalised, not the start of a longer name ("the North Atlantic",
   * "the South-West"), at the row's dates, in a text that has one of the row's words. */
  private sideOk(s: number, e: number, x: ActorEntry): boolean {
    if (this.key(s - 1) !== 'the' || !isCap(this.texts[s]!) || this.caps?.[this.toks[s]!.sent]) return false;
    const n = this.toks[e];
    if (n && n.sent === this.toks[s]!.sent && (this.key(e) === '-' || (isCap(n.text) && /\p{L}/u.test(n.text)))) return false;
    return within(this.date, x.from, x.to) && x.side!.some((w) => this.docHas(w));
  }

  /** A person at the text's date: full names resolve to the one in office (or the nearest); a
   * surname alone only when one person with it is in office then, or was named in full earlier. */
  private pickPerson(cands: ActorEntry[], surnameOnly: boolean, titled = false): ActorEntry | null {
    const uniq = [...new Set(cands)];
    const active = uniq.filter((p) => termAt(p.terms, this.date));
    const seen = uniq.filter((p) => this.seenPersons.has(p.id));
    if (!surnameOnly) return active[0] ?? seen[0] ?? uniq[0] ?? null;
    if (seen.length === 1) return seen[0]!;
    if (active.length === 1) return active[0]!;
    if (!active.length && titled && uniq.length === 1) return uniq[0]!; // "President Obama", the only Obama we know
    return null;
  }

  /** "President Bush" when the date does not single out one Bush: every candidate acted for the same
   * country (their term nearest the date), so the mention gets that country but no person. The entry
   * cites all candidates ("people.v1:person:a|people.v1:person:b"). */
  private sharedCountry(cands: ActorEntry[]): ActorEntry | null {
    const uniq = [...new Set(cands)];
    if (uniq.length < 2) return null;
    const countries = new Set(uniq.map((p) => nearestTerm(p.terms, this.date)?.country ?? p.country));
    const [country] = countries;
    if (countries.size !== 1 || !country || country === 'IGO' || country === 'NGO') return null;
    const sectors = new Set(uniq.map((p) => nearestTerm(p.terms, this.date)?.sector ?? p.sector));
    return { id: uniq.map((p) => p.id).join('|'), names: [], kind: 'person', country, sector: sectors.size === 1 ? [...sectors][0]! : null, terms: [] };
  }

  /** A capitalised word no dictionary knows (part of a person's or a place's name). */
  private unknownName(i: number): boolean {
    const t = this.toks[i];
    return !!t && this.nameLike(i) && !this.lex.trie.matchAt(this.keys, this.texts, i, i + 1);
  }

  /** The name goes on at token i: a capitalised word that is unknown or another person's name. */
  private nameContinues(i: number): boolean {
    if (i >= this.toks.length || !this.nameLike(i)) return false;
    const h = this.lex.trie.matchAt(this.keys, this.texts, i, i + 1);
    return !h || h.payloads.every((p) => p.t === 'entry' && p.e.kind === 'person');
  }

  /** "<name> administration", "<name>'s government": the end of the government word after token i, or 0. */
  private govOf(i: number): number {
    const j = POSS.has(this.key(i)) ? i + 1 : i;
    return GOV_OF.has(this.key(j)) && this.toks[j]?.sent === this.toks[i - 1]?.sent ? j + 1 : 0;
  }

  private titleAt(i: number): boolean {
    const h = i >= 0 ? this.lex.trie.matchAt(this.keys, this.texts, i, i + 1) : null;
    return !!h && h.payloads.some((p) => p.t === 'role' && p.r.kind === 'title');
  }

  private docInstPhrases: string[] | null = null;
  private dropInstitutions(atoms: Atom[], a: number, b: number): Atom[] {
    const { instWords } = this.lex;
    // the multi-word institution names the document holds at all (a sentence, or a run in it, is part of the text)
    const instPhrases = (this.docInstPhrases ??= this.lex.instPhrases.filter((p) => this.doc.text.includes(p)));
    let hitAny = false;
    for (let i = a; i < b; i++) if (instWords.has(this.texts[i]!)) { hitAny = true; break; }
    if (!hitAny) { if (!instPhrases.length) return atoms; const st = this.sentenceText(a, b); if (!instPhrases.some((p) => st.includes(p))) return atoms; }
    // capitalised runs (with 's, of, for, the, and inside) that hold an institution word
    const drop: Array<[number, number]> = [];
    for (let i = a; i < b; i++) {
      if (!isCap(this.texts[i]!)) continue;
      let j = i, inst = false;
      while (j < b && (isCap(this.texts[j]!) || (j > i && POSS.has(this.keys[j]!)) || (j > i && /^(of|for|the|and|&|on)$/.test(this.keys[j]!) && j + 1 < b && isCap(this.texts[j + 1]!)))) {
        if (instWords.has(this.texts[j]!)) inst = true;
        j++;
      }
      const text = this.sentenceText(i, j);
      if (inst || instPhrases.some((p) => text.includes(p))) drop.push([i, j]);
      i = j;
    }
    if (!drop.length) return atoms;
    return atoms.filter((x) => !drop.some(([i, j]) => x.s >= i && x.e <= j && !(x.entry && x.entry.names.some((n) => nameTokens(n).some((w) => instWords.has(w))))));
  }

  private sentenceText(a: number, b: number) { return b > a ? this.doc.text.slice(this.toks[a]!.start, this.toks[b - 1]!.end) : ''; }

  // 3: context rules
  private applyContext(at: Atom) {
    const name = at.e - at.s === 1 ? this.keys[at.s]! : this.keys.slice(at.s, at.e).join(' ');
    const fires: ContextRule[] = [];
    for (const c of this.lex.context.get(name) ?? []) if (this.ruleFires(c, at, name)) fires.push(c.r);
    const { anyAfter, anyBefore, anyOther } = this.lex;
    for (let n = 0; n < 2; n++) {
      const list = anyAfter.get(n === 0 ? this.key(at.e) : '@');
      if (list) for (const [c, p] of list) if (this.conds(c.r) && this.patternAt(p, at.e, 1)) fires.push(c.r);
    }
    for (let n = 0; n < 2; n++) {
      const list = anyBefore.get(n === 0 ? this.key(at.s - 1) : '@');
      if (list) for (const [c, p] of list) if (this.conds(c.r) && this.patternAt(p, at.s, -1)) fires.push(c.r);
    }
    for (const c of anyOther) if (this.ruleFires(c, at, name)) fires.push(c.r);
    if (!fires.length || fires.some((r) => r.action === 'keep')) return;
    const r = fires.find((x) => x.action === 'drop') ?? fires[0]!;
    if (r.action === 'drop') {
      at.cat = 'block';
      if (r.before?.some((p) => p.startsWith('@Name'))) this.seenSurnames.add(name);
    } else { at.location = true; at.rule = r.id; }
  }

  private conds(r: ContextRule): boolean {
    if (r.docHas && !r.docHas.some((w) => this.docHas(w))) return false;
    if (r.docLacks && r.docLacks.some((w) => this.docHas(w))) return false;
    return true;
  }

  private ruleFires(c: CompiledRule, at: Atom, name: string): boolean {
    const r = c.r;
    if (!this.conds(r)) return false;
    if (!c.before.length && !c.after.length && !r.surnameSeen) return true;
    if (r.surnameSeen && this.seenSurnames.has(name)) return true;
    for (const p of c.before) if (this.patternAt(p, at.s, -1)) return true;
    for (const p of c.after) if (this.patternAt(p, at.e, 1)) return true;
    return false;
  }

  private docHas(w: string) {
    let v = this.docHasCache.get(w);
    if (v === undefined) {
      let re = wordRes.get(w);
      if (!re) wordRes.set(w, (re = new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)));
      v = re.test(this.doc.text);
      this.docHasCache.set(w, v);
    }
    return v;
  }

  /** dir -1: the pattern ends right before token `at`; dir 1: it starts at token `at`. */
  private patternAt(p: string[], at: number, dir: -1 | 1): boolean {
    const sent = this.toks[dir < 0 ? at : at - 1]?.sent;
    const start = dir < 0 ? at - p.length : at;
    if (start < 0 || start + p.length > this.toks.length) return false;
    for (let k = 0; k < p.length; k++) {
      const i = start + k, t = this.toks[i]!, w = p[k]!;
      if (t.sent !== sent) return false;
      if (w === '@Name') { if (!this.nameLike(i) || this.lex.trie.matchAt(this.keys, this.texts, i, i + 1)) return false; }
      else if (w === '@Num') { if (!/^\d/.test(t.text)) return false; }
      else if (w.startsWith('^')) { if (this.keys[i] !== keyOf(w.slice(1)) || !isCap(t.text)) return false; }
      else if (this.keys[i] !== w) return false;
    }
    return true;
  }

  // 4-5: phrases and mentions
  private sentence(si: number, a: number, b: number) {
    const atoms = this.atoms(a, b);
    let k = 0;
    while (k < atoms.length) k = this.phrase(si, atoms, k);
  }

  private phrase(si: number, atoms: Atom[], k: number): number {
    const a = atoms[k]!;
    if (a.cat === 'coref') { this.coref(si, a); return k + 1; }
    if (a.cat === 'epithet' && !this.epithet(si, a)) return k + 1; // resolved: a place atom of the state it describes
    if (a.cat === 'city') { this.cityTarget(si, a); return k + 1; } // a city alone is a place, never an actor, unless attacked
    if (a.cat === 'ethnic') return this.ethnic(si, atoms, k);
    if (a.cat === 'org') {
      // "the Sandinista government", "a Likud cabinet": a party's or movement's government is its country's government
      const g = a.entry!.kind === 'group' ? this.govOf(a.e) : 0, r = atoms[k + 1];
      if (g && r && r.cat === 'role' && r.e === g) {
        this.emit(si, a.s, g, a.entry!, { kind: 'role', sector: 'GOV', role: this.sentenceText(r.s, r.e) });
        return k + 2;
      }
      this.emit(si, a.s, a.e, a.entry!, { kind: a.entry!.kind }); return k + 1;
    }
    if (a.cat === 'company') { this.emit(si, a.s, a.e, a.entry!, { kind: 'company' }); return k + 1; }
    if (a.cat === 'place' && a.entry!.pair) { // "the two Koreas": one mention for each state, the same words
      const loc = this.placeOnly(a.s, a.e) || undefined;
      for (const c of a.entry!.pair) this.emit(si, a.s, a.e, a.entry!, { kind: 'country', country: c, locationOnly: loc });
      return k + 1;
    }
    // "Alaska Airlines", "the Utah Jazz", "Virginia Raggi": a region next to a capitalised word nobody knows is inside a name;
    // after "<capitalised word>," it says where a town is ("Dayton, Ohio")
    if (a.cat === 'place' && a.entry!.region && (this.unknownName(a.e) || this.unknownName(a.s - 1) || this.townQualifier(atoms, k))) return k + 1;
    let pos = k, cur = a.s;
    let head: Atom | null = null;
    if (a.cat === 'place') { head = a; pos++; cur = a.e; }
    const poss = head && POSS.has(this.key(cur));
    if (poss) cur++;
    if (head) {
      const co = atomAt(atoms, pos, cur, 'company');
      if (co) { this.emit(si, head.s, co.e, co.entry!, { kind: 'company' }); return pos + 1; }
    }
    const seat = head ? atoms[pos] : undefined;
    if (seat && seat.s === cur && seat.cat === 'place' && seat.entry!.kind === 'seat' && seat.roles?.length) { seat.cat = 'role'; seat.entry = undefined; }
    // "Iraqi Kurds", "Turkish Kurd refugees": a group after a place takes the place's country
    let folk: Atom | null = null;
    if (head && !poss) { folk = atomAt(atoms, pos, cur, 'ethnic'); if (folk) { pos++; cur = folk.e; } }
    // "Nicaragua's Sandinista government": the party of the country's government is part of the phrase
    if (head && !folk) {
      const o = atomAt(atoms, pos, cur, 'org');
      if (o && o.entry!.kind === 'group' && o.entry!.country === head.entry!.country && atomAt(atoms, pos + 1, o.e, 'role')) { pos++; cur = o.e; }
    }
    // "French yellow-vest protesters", "Chilean copper miners": one or two lower-case words between a demonym and a group
    // of civilians, workers or students, which the demonym still qualifies
    if (head && !poss && !folk && head.entry!.kind === 'demonym' && !atomAt(atoms, pos, cur, 'role')) {
      const r = atoms[pos];
      if (r && r.cat === 'role' && r.s > cur && r.s - cur <= 3 && GROUP_SECTORS.has(sectorOf(r) ?? '') && this.plainWords(cur, r.s)) cur = r.s;
    }
    const roles: Atom[] = [];
    let inPlace: Atom | null = null;
    let complement = false;
    for (;;) {
      const r = atomAt(atoms, pos, cur, 'role');
      if (!r) break;
      roles.push(r); pos++; cur = r.e;
      if (POSS.has(this.key(cur)) && atomAt(atoms, pos, cur + 1, 'role')) { cur++; continue; }
      const prep = this.key(cur);
      // "special envoy for Afghanistan, Zamir Kabulov": the place completes the role when a name follows
      const p = /^(for|to|on)$/.test(prep) && roles.some((x) => sectorOf(x)) ? atomAt(atoms, pos, cur + 1, 'place') : null;
      if (p && p.entry!.kind !== 'demonym' && this.key(p.e) === ',' && atomAt(atoms, pos + 1, p.e + 1, 'person', 'name')) {
        pos++; cur = p.e; complement = true;
      }
      if (p) break;
    }
    if (!head && roles.some((x) => sectorOf(x)) && roles.every((x) => x.roles!.every((r) => r.located !== false)) && PLACED.has(this.key(cur))) {
      // "of" only after a specific role ("residents of Basra", "the president of Iran"; not "leaders of Tajikistan, Pakistan and ...")
      const p = (this.key(cur) === 'of' && !specificSector(roles)) || this.ownedBy(atoms, k, roles[0]!.s) ? null
        : this.placeAfter(atoms, pos, cur, lastSector(roles), roles.some((x) => x.roles!.some((r) => r.office?.length || r.kind === 'title')));
      if (p) { inPlace = p; pos++; cur = p.e; }
    }
    if ((roles.length || complement) && this.key(cur) === ',' && atomAt(atoms, pos, cur + 1, 'person', 'name')) cur++;
    const tail = atomAt(atoms, pos, cur, 'person', 'name');
    // a role word used as a modifier ("civilian nuclear", "army base") is no role
    if (head && roles.length && !tail && !inPlace && this.roleModifies(cur)) return this.headOnly(si, head, k + 1);
    const sector = lastSector(roles);
    const start = head ? head.s : roles.length ? roles[0]!.s : tail ? tail.s : a.s;
    const roleText = roles.length ? this.sentenceText(roles[0]!.s, roles.at(-1)!.e) : null;

    if (tail?.cat === 'person') {
      const p = tail.entry!;
      this.seenPersons.add(p.id);
      let term = termAt(p.terms, this.date);
      // "Prime Minister Ismail Haniyeh" at a date his role beyond office holds (a Hamas leader): the office the text names picks
      // the term with that sector (of the same country if there is one); a role beyond office never overrides the text's office
      const said = term && OUT_OF_OFFICE.has(term.sector ?? '') ? specificSector(roles) : null;
      if (said && said !== term!.sector) {
        const alt = p.terms!.filter((t) => t.sector === said), same = alt.filter((t) => t.country === term!.country);
        if (alt.length) term = nearestTerm(same.length ? same : alt, this.date);
      }
      const near = term ?? nearestTerm(p.terms, this.date);
      const country = near?.country ?? head?.entry!.country ?? p.country;
      // "the Bush administration", "the Mubarak regime": the office holder's government, not the person
      const g = !roles.length && !head ? this.govOf(tail.e) : 0, r = atoms[pos + 1];
      if (g && r && r.cat === 'role' && r.e === g) {
        this.emit(si, tail.s, g, p, { kind: 'role', country, sector: 'GOV', person: null, role: this.sentenceText(r.s, r.e) });
        return pos + 2;
      }
      const sec = term ? term.sector : sector ?? (p.terms?.length ? null : p.sector); // p.sector: the sector candidates share (sharedCountry)
      this.emit(si, start, tail.e, p, { kind: 'person', country, sector: sec ?? null, person: p.person ?? null, role: roleText ?? term?.office ?? null, ...(near?.org ? { org: near.org } : {}) });
      return pos + 1;
    }
    if (tail?.cat === 'name') {
      const len = tail.e - tail.s;
      const src = head ?? inPlace;
      if (src && (roles.length || len >= 2)) {
        const name = this.sentenceText(tail.s, tail.e);
        this.emit(si, start, tail.e, src.entry!, { kind: 'person', sector, person: name, role: roleText });
        return pos + 1;
      }
      // "Vice President Moses Kamau of Kenya": a titled unknown name takes the country named right after "of"
      if (!src && roles.length && this.key(tail.e) === 'of') {
        const the = this.key(tail.e + 1) === 'the' ? 1 : 0;
        const p = atomAt(atoms, pos + 1, tail.e + 1 + the, 'place');
        if (p && p.entry!.kind !== 'demonym' && !p.entry!.province && this.key(p.e) !== "'s" && this.key(p.e) !== '-') {
          this.emit(si, start, p.e, p.entry!, { kind: 'person', sector, person: this.sentenceText(tail.s, tail.e), role: roleText });
          return pos + 2;
        }
      }
      return head ? this.headOnly(si, head, k + 1) : pos + 1;
    }
    const src = head ?? inPlace;
    if (src && sector) {
      const end = inPlace ? inPlace.e : roles.at(-1)!.e;
      const holder = src.entry!.province || src.entry!.city ? null : this.officeHolder(src.entry!.country, roles);
      let ante: ActorMention | undefined;
      if (holder) for (let i = this.out.length - 1; i >= 0; i--) if (this.out[i]!.person === holder.person) { ante = this.out[i]; break; }
      this.emit(si, inPlace ? roles[0]!.s : start, end, src.entry!, {
        kind: ante ? 'coref' : 'role', sector, role: roleText, person: holder?.person ?? null, antecedent: ante?.id ?? null,
      });
      if (holder) this.seenPersons.add(holder.id);
      return pos;
    }
    if (head && folk) { this.emit(si, head.s, folk.e, folk.entry!, { kind: 'demonym', country: head.entry!.country, sector: null }); return pos; }
    if (head) return this.headOnly(si, head, k + 1);
    if (roles.length && !inPlace && !tail && this.house(si, roles)) return pos;
    if (roles.length && !inPlace && !tail && this.national(si, atoms, roles)) return pos;
    return k + 1;
  }

  /** "the bombing of Aleppo", "air strikes on Raqqa", "shelled Donetsk", "fired rockets at Sderot": a city that an armed
   * action (places.jsonl kind "assault", or an aiming word before "at") is aimed at stands for its country as the target. */
  private cityTarget(si: number, a: Atom): void {
    if (this.armedAt(a, false)) this.emit(si, a.s, a.e, a.entry!, { kind: 'country', sector: null });
  }

  /** "Dayton, Ohio", "Moscow, Idaho": a region after a comma and a capitalised word that is no place of this sentence's list
   * ("Texas, Oklahoma and Kansas" is a list) says where a town is: the town is the place, and the region makes no mention. */
  private townQualifier(atoms: Atom[], k: number): boolean {
    const a = atoms[k]!, c = a.s - 1;
    if (this.key(c) !== ',' || c < 1 || this.toks[c - 1]!.sent !== this.toks[a.s]!.sent || !isCap(this.texts[c - 1]!)) return false;
    const prev = atoms[k - 1];
    return !(prev && prev.e === c && (prev.cat === 'place' || prev.cat === 'city'));
  }

  /** The place of atom a is the object of an armed action (cityTarget's test); with region, also after "<assault noun> in"
   * ("air strikes in (the) (southern) Belgorod region"). Not before "'s" or a hyphen. */
  private armedAt(a: Atom, region = true): boolean {
    let p = a.s - 1;
    if (region && COMPASS.test(this.key(p)) && !isCap(this.texts[p] ?? '')) p--;
    if (this.key(p) === 'the') p--;
    if (p < 0 || this.toks[p]!.sent !== this.toks[a.s]!.sent) return false;
    // "shelled the town of Goma", "shelled the southern regional capital Juba": past a place noun naming what the
    // place is (and its lower-case modifiers) to the words before it
    const sent = this.toks[a.s]!.sent;
    const nounAt = this.key(p) === 'of' && p > 0 && this.lex.placeNouns.has(this.key(p - 1)) ? p - 1 : this.lex.placeNouns.has(this.key(p)) && !isCap(this.texts[p]!) ? p : -1;
    if (nounAt >= 0) {
      let q = nounAt - 1;
      for (let n = 0; q >= 0 && n < 3 && this.toks[q]!.sent === sent && (this.toks[q]!.pos === 'ADJ' || this.toks[q]!.pos === 'NUM') && !isCap(this.texts[q]!); n++) q--;
      if (this.key(q) === 'the' || this.key(q) === 'a') q--;
      if (q >= 0 && this.toks[q]!.sent === sent) p = q;
    }
    const w = this.key(p);
    const before = p > 0 && this.toks[p - 1]!.sent === this.toks[a.s]!.sent ? this.key(p - 1) : '';
    const hit = /^(of|on|against)$/.test(w) ? this.lex.assault.has(before)
      : w === 'at' ? this.aimedAt(p)
      : w === 'in' ? this.assaultedIn(p) || (region && this.lex.assault.has(before))
      : this.lex.assault.has(w) && this.toks[p]!.pos === 'VERB';
    return hit && !POSS.has(this.key(a.e)) && this.key(a.e) !== '-';
  }

  /** "seized the airport in Simferopol", "bombed a crowded market in Kano": an armed-action verb, then only an object
   * noun phrase (determiner, numbers, lower-case adjectives and nouns, up to four words), then "in" (token p). */
  private assaultedIn(p: number): boolean {
    const sent = this.toks[p]!.sent;
    for (let i = p - 1, n = 0; i >= 0 && n <= 4 && this.toks[i]!.sent === sent; i--, n++) {
      const t = this.toks[i]!, k = this.key(i);
      if (n > 0 && this.lex.assault.has(k) && t.pos === 'VERB') return true;
      if (isCap(t.text) || !(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET')) return false;
    }
    return false;
  }

  /** "the government", "government forces", "the army", "the opposition leader" with no country named with them: the
   * country of the text, only where it is certain: the dateline's country when the text names no other, or the one
   * country the text names up to the end of this sentence (places, cities, provinces, demonyms, people, groups).
   * Not after a determiner or name that owns it ("its army", "a government", "the Hamas government"). */
  private national(si: number, atoms: Atom[], roles: Atom[]): boolean {
    const words = this.keys.slice(roles[0]!.s, roles.at(-1)!.e).join(' ');
    let hit = this.lex.national.has(words);
    for (let i = 0; !hit && i < roles.length; i++) hit = this.lex.national.has(this.keys.slice(roles[i]!.s, roles.at(-1)!.e).join(' ')) && roles.slice(0, i).every((x) => !sectorOf(x));
    if (!hit) return false;
    const sector = lastSector(roles);
    if (!sector) return false;
    const s = roles[0]!.s, b = s - 1, sent = this.toks[s]!.sent;
    const prev = this.toks[b]?.sent === sent ? this.key(b) : '';
    if (prev && prev !== 'the' && (isCap(this.texts[b]!) || /^(its|their|his|her|our|my|your|a|an|another|any|every|each|no|whose|which|this|that|these|those|both|either|neither|some|other|foreign|-)$/.test(prev))) return false;
    if (prev === 'the' && this.toks[b - 1]?.sent === sent && isCap(this.texts[b - 1] ?? '') && !STOP.has(this.key(b - 1))) return false;
    const end = roles.at(-1)!.e;
    if (this.toks[end]?.pos === 'NOUN' && this.roleModifies(end)) return false; // "military equipment", "government bonds"
    // the states named in the sentences before this one (kept as a running set: the mentions come in sentence order)
    const prior = this.priorStates(si);
    if (prior.size > 1) return false;
    const named = new Set<string>(prior);
    // in its own sentence a country counts only where things happen ("clashed with rebels in northern Uganda", "a court
    // in Minsk", "shelled Donetsk"), not as a party ("Washington praised the opposition leader", "the government
    // expelled the French ambassador")
    for (const x of atoms) if (x.entry && !x.entry.homes && !x.entry.pair && x.s !== s && (x.entry.city || this.locative(x.s)) && isState(x.entry.country)) named.add(x.entry.country);
    const dl = this.datelineCountry();
    if (dl && isState(dl)) named.add(dl);
    if (named.size !== 1) return false;
    const country = named.values().next().value!;
    // any other state named in the sentence may be whose role this is ("killed a U.S. soldier near Samarra, the military said")
    for (const x of atoms) {
      const e = x.entry;
      if (!e || e.homes) continue;
      if (e.pair) { for (const c of e.pair) if (c !== country && isState(c)) return false; }
      else if (e.country !== country && isState(e.country)) return false;
    }
    for (let i = this.out.length - 1; i >= 0 && this.out[i]!.sentence === si; i--) { const c = this.out[i]!.country; if (c !== country && isState(c)) return false; }
    const loc = (b >= 0 && prev && this.lex.preps.has(prev) && !(prev === 'at' && this.aimedAt(b))) || undefined;
    const rule = this.lex.nationalRule ?? 'places:national';
    this.emit(si, s, roles.at(-1)!.e, { id: rule, names: [], kind: 'seat', country, sector }, { kind: 'role', country, sector, role: this.sentenceText(s, roles.at(-1)!.e), locationOnly: loc });
    return true;
  }

  /** states of the mentions (not coreference) of the sentences before `priorSi`, read up to out[priorAt] */
  private prior = new Set<string>();
  private priorAt = 0;
  private priorStates(si: number): Set<string> {
    const out = this.out;
    while (this.priorAt < out.length && out[this.priorAt]!.sentence < si) {
      const m = out[this.priorAt++]!;
      if (m.kind !== 'coref' && isState(m.country)) this.prior.add(m.country);
    }
    return this.prior;
  }

  /** The place at token s follows a location preposition: "in (the) (northern) Uganda". */
  private locative(s: number): boolean {
    let p = s - 1;
    if (COMPASS.test(this.key(p))) p--;
    if (this.key(p) === 'the') p--;
    return p >= 0 && this.toks[p]!.sent === this.toks[s]!.sent && this.lex.preps.has(this.key(p)) && !(this.key(p) === 'at' && this.aimedAt(p));
  }

  private dlCountry: string | null | undefined;
  /** The country of the dateline ("BAGHDAD", "Kano, Nigeria"): a country, capital, city or province it names; null: none. */
  private datelineCountry(): string | null {
    if (this.dlCountry !== undefined) return this.dlCountry;
    this.dlCountry = null;
    const dl = this.doc.meta.dateline;
    if (!dl) return null;
    const words = dl.split(/[\s,]+/).filter(Boolean);
    const keys = words.map(keyOf), texts = words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
    const found = new Set<string>();
    for (let i = 0; i < words.length;) {
      const h = this.lex.trie.matchAt(keys, texts, i, words.length);
      if (!h) { i++; continue; }
      for (const p of h.payloads.some((x) => x.t === 'entry' && x.e.era) ? this.atDate(h.payloads) : h.payloads) if (p.t === 'entry' && !p.e.homes && p.e.kind !== 'person' && (PLACE_KINDS.has(p.e.kind) || p.e.city)) found.add(p.e.country);
      i = h.end;
    }
    if (found.size === 1) this.dlCountry = [...found][0]!;
    return this.dlCountry;
  }

  /** "Congress", "the Senate", "Parliament" with no country named with them: the legislature of the text's country
   * (houses.jsonl): of the countries named so far that have one, the one named most often (ties: the latest), else
   * the row's default. Not inside another name ("the Communist Party Congress"). true when a mention was made. */
  private house(si: number, roles: Atom[]): boolean {
    const withSector = roles.filter((x) => sectorOf(x));
    if (withSector.length !== 1) return false; // modifiers around it ("the new Parliament", "Parliament then") are fine
    const r = withSector[0]!;
    const text = this.sentenceText(r.s, r.e);
    const h = this.lex.houses.get(text) ?? this.lex.houses.get(keyOf(text));
    const before = roles[0]!.s - 1;
    if (!h || (this.toks[before]?.sent === this.toks[r.s]!.sent && isCap(this.texts[before]!) && !STOP.has(this.key(before)))) return false;
    const any = h.countries.includes('*');
    const counts = new Map<string, [number, number]>();
    this.out.forEach((m, i) => {
      const c = m.country;
      if (c === 'IGO' || c === 'NGO' || m.kind === 'coref' || !(any || h.countries.includes(c))) return;
      const need = h.docHas?.[c];
      if (need && !need.some((w) => this.docHas(w))) return;
      const n = counts.get(c);
      counts.set(c, [(n?.[0] ?? 0) + 1, i]);
    });
    let country = h.default, best: [number, number] = [0, -1];
    for (const [c, n] of counts) if (n[0] > best[0] || (n[0] === best[0] && n[1] > best[1])) { country = c; best = n; }
    if (!country) return false;
    const sector = h.sectors?.[country] ?? h.sector;
    // "a strike outside Parliament", "a debate in the Senate": the building or the chamber, not a party ("shots fired at Parliament" are)
    let p = roles[0]!.s - 1;
    if (this.key(p) === 'the') p--;
    const loc = (p >= 0 && this.toks[p]!.sent === this.toks[r.s]!.sent && this.lex.preps.has(this.key(p)) && !(this.key(p) === 'at' && this.aimedAt(p))) || undefined;
    this.emit(si, r.s, r.e, { id: h.id, names: [], kind: 'seat', country, sector }, { kind: 'role', country, sector, role: text, locationOnly: loc });
    return true;
  }

  /** "Chinese oil workers in Nigeria", "a Chinese telecom executive in Vancouver": a place or group up to two words
   * before the role already says whose the role is, so the place after it is only where they are. */
  private ownedBy(atoms: Atom[], k: number, roleStart: number): boolean {
    const x = atoms[k - 1];
    if (!x || (x.cat !== 'place' && x.cat !== 'ethnic') || x.e >= roleStart || x.e < roleStart - 2) return false;
    for (let i = x.e; i < roleStart; i++) if (!this.attributive(i)) return false;
    return true;
  }

  /** The place after a preposition at token `cur` that gives its country to what precedes it: "in (the) (southern) Serbia",
   * "from Calgary". A demonym, or a place that goes on ("of Iran's", "in U.S.-led") is not one. "from" does not
   * place armed forces ("troops from Iraq" are more often leaving it). */
  private placeAfter(atoms: Atom[], pos: number, cur: number, sector: string | null, titled = false): Atom | null {
    const prep = this.key(cur);
    if (!PLACED.has(prep) || (prep === 'from' && (sector === 'MIL' || sector === 'COP' || this.removedFrom(cur)))) return null;
    let q = this.pastArticle(cur + 1);
    const p = atoms[pos];
    if (p && p.s !== q) q = this.pastPlaceNoun(q); // "at a jail in Dili", "in the streets of Tehran", "in the northern city of Kirkuk"
    if (!p || p.s !== q || (p.cat !== 'place' && p.cat !== 'city')) return null;
    if (p.entry!.kind === 'demonym' || POSS.has(this.key(p.e)) || this.key(p.e) === '-') return null;
    // "managers at Kentucky Fried Chicken": a region "at" is inside a longer name (a firm, a venue); after "of", "in", "from" or
    // an office the name that follows is a person's ("the governor of Ohio Ann Lee", "Governor of Texas Rick Perry")
    if (p.entry!.region && prep === 'at' && !titled && this.unknownName(p.e)) return null;
    if ((prep === 'at' || prep === 'of') && this.attributive(p.e)) return null; // "protesters at the U.S. embassy", "bombers of the U.S. airliner"
    return p;
  }

  /** "withdrew its workers from Iraq", "evacuated staff from Kabul": a word of taking people away earlier in the clause. */
  private removedFrom(cur: number): boolean {
    const sent = this.toks[cur]!.sent;
    for (let i = cur - 1; i >= 0 && i >= cur - 8 && this.toks[i]!.sent === sent; i--) {
      const k = this.key(i);
      if (this.lex.removal.has(k)) return true;
      if (k === ';' || k === ':') return false;
    }
    return false;
  }

  /** Past "the" and a lower-case compass word: "in (the) (southern) Serbia". */
  private pastArticle(q: number): number {
    if (this.key(q) === 'the') q++;
    if (COMPASS.test(this.key(q)) && !isCap(this.texts[q] ?? '')) q++;
    return q;
  }

  /** Past "a jail in", "the streets of", "the northern city of" (a place noun of places.jsonl, with up to two lower-case
   * modifiers after an article) to where the place should start; q itself when there is no such phrase. */
  private pastPlaceNoun(q: number): number {
    let i = q;
    if (/^(a|an|the|its|their)$/.test(this.key(i))) i++;
    for (let n = 0; n < 3 && i < this.toks.length; n++, i++) {
      const k = this.key(i), t = this.toks[i]!;
      if (this.lex.placeNouns.has(k)) return /^(in|of|near)$/.test(this.key(i + 1)) && t.sent === this.toks[q]!.sent ? this.pastArticle(i + 2) : q;
      if (isCap(t.text) || (t.pos !== 'ADJ' && t.pos !== 'NOUN' && !COMPASS.test(k))) return q;
    }
    return q;
  }

  /** An ethnic or national group ("Kurds", "ethnic Albanians", "Hutu rebels"): the country of a place after in/of/from,
   * else its only home, else the one of its homes named in the sentence, else the one named earlier in the text; none: no mention. */
  private ethnic(si: number, atoms: Atom[], k: number): number {
    const g = atoms[k]!, e = g.entry!;
    if (this.unknownName(g.e)) return k + 1; // a given name ("Shona Robison", "Karen Smith"), not the people
    let pos = k + 1, cur = g.e;
    const roles: Atom[] = [];
    for (let r = atoms[pos]; r && r.s === cur && r.cat === 'role'; r = atoms[pos]) { roles.push(r); pos++; cur = r.e; }
    const sector = specificSector(roles); // "Yoruba leaders" are no government
    let place = e.located === false ? null : this.placeAfter(atoms, pos, cur, sector);
    // "Kurdish villages in northern Iraq", "Kurdish homes across Syria": up to two lower-case nouns, the last a place
    // noun of places.jsonl, between the group and the place (not "ethnic Albanian unrest in Montenegro")
    if (!place && !roles.length && e.located !== false) {
      let n = cur;
      while (n < cur + 2 && this.attributive(n) && this.toks[n]!.pos === 'NOUN') n++;
      if (n > cur && this.lex.placeNouns.has(this.key(n - 1))) place = this.placeAfter(atoms, pos, n, sector);
    }
    if (place) pos++;
    const country = place?.entry!.country ?? this.home(e.homes!, atoms, k);
    if (!country) return k + 1;
    const end = place ? place.e : roles.length ? roles.at(-1)!.e : g.e;
    this.emit(si, g.s, end, e, { kind: 'demonym', country, sector, role: roles.length ? this.sentenceText(roles[0]!.s, roles.at(-1)!.e) : null });
    return pos;
  }

  private home(homes: string[], atoms: Atom[], k: number): string | null {
    if (homes.length === 1) return homes[0]!;
    const named = new Set<string>();
    for (let i = 0; i < atoms.length; i++) {
      const x = atoms[i]!;
      if (i !== k && x.entry && !x.entry.homes && (x.cat === 'place' || x.cat === 'city' || x.cat === 'org') && homes.includes(x.entry.country)) named.add(x.entry.country);
    }
    if (!named.size) for (const m of this.out) if (m.kind !== 'coref' && homes.includes(m.country)) named.add(m.country);
    return named.size === 1 ? [...named][0]! : null;
  }

  private headOnly(si: number, head: Atom, next: number): number {
    const e = head.entry!;
    const sector = e.kind === 'capital' ? 'GOV' : e.kind === 'seat' || e.epithet ? e.sector : null;
    const loc = e.region ? !this.armedAt(head) : head.location || (e.kind !== 'demonym' && e.kind !== 'seat' && this.placeOnly(head.s, head.e));
    this.emit(si, head.s, head.e, e, { kind: e.kind, sector, locationOnly: loc || undefined });
    return next;
  }

  /** A lower-case noun or adjective follows: the words before it modify it. */
  private attributive(i: number): boolean {
    const t = this.toks[i];
    return !!t && (t.pos === 'NOUN' || t.pos === 'ADJ') && !isCap(t.text) && t.sent === this.toks[i - 1]?.sent;
  }

  /** Tokens [from, to) are lower-case words or hyphens joining them ("yellow-vest", "copper"), nothing else. */
  private plainWords(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const t = this.texts[i]!, tk = this.toks[i]!;
      if (t === '-' && i > from && i + 1 < to) continue;
      if (!/^[a-z][a-z-]*[a-z]$/.test(t) || !['ADJ', 'NOUN', 'VERB'].includes(tk.pos ?? '')) return false;
    }
    return true;
  }

  /** A role word followed by a noun modifies it ("army base"), unless that noun is a time word ("the German government today"). */
  private roleModifies(i: number): boolean {
    return this.attributive(i) && !this.lex.participation?.time.has(this.keys[i]!);
  }

  /** "in Moscow", "a trip to Beijing": a place; "rumblings in Moscow", "invest in Pakistan", "in U.S.-Pakistan ties": an actor. */
  private placeOnly(s: number, e: number): boolean {
    if (this.key(e) === '-' || this.attributive(e)) return false;
    let p = s - 1;
    if (this.key(p) === 'the') p--;
    if (p < 0 || this.toks[p]!.sent !== this.toks[s]!.sent) return false;
    const w = this.key(p), before = this.key(p - 1);
    if (this.lex.preps.has(w)) return !this.lex.actorNouns.has(before) && !this.lex.motion.has(before) && !(w === 'at' && this.aimedAt(p));
    return false;
  }

  /** "fired rockets at Israel", "lashed out at Russia": an aiming word up to 4 tokens before "at" (token p), in the same clause. */
  private aimedAt(p: number): boolean {
    const sent = this.toks[p]!.sent;
    for (let i = p - 1; i >= p - 4 && i >= 0 && this.toks[i]!.sent === sent; i--) {
      const k = this.key(i);
      if (this.lex.aim.has(k)) return true;
      if (k === ',' || k === ';' || this.lex.preps.has(k)) return false;
    }
    return false;
  }

  private officeHolder(country: string, roles: Atom[]): ActorEntry | null {
    for (let ri = roles.length - 1; ri >= 0; ri--) for (const role of roles[ri]!.roles!) if (role.office) for (const office of role.office) {
      const p = this.holderAt(country, office);
      if (p) return p;
    }
    return null;
  }

  /** The person who holds `office` for `country` at the text's date (the first such in the lexicon's list), or null;
   * remembered per lexicon, date, country and office. */
  private holderAt(country: string, office: string): ActorEntry | null {
    const k = `${this.date}|${country}|${office}`;
    let cache = holderCache.get(this.lex);
    if (!cache) holderCache.set(this.lex, (cache = new Map()));
    let v = cache.get(k);
    if (v !== undefined) return v;
    v = null;
    for (const p of this.lex.offices.get(`${country}|${office}`) ?? []) {
      const t = termAt(p.terms, this.date);
      if (t && t.country === country && t.office.toLowerCase() === office) { v = p; break; }
    }
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(k, v);
    return v;
  }

  /** "the [modifiers] <tag words>+ <head>" from the "the" at token i: "the oil-rich Gulf kingdom", "the former Soviet republic",
   * "the West African nation's government". At least one tag word (not "the country" alone); the head ends the phrase. Not when
   * a dictionary name covers it ("the Central African Republic"), when the state is named after it ("the Gulf state of (the) Qatar",
   * "the island nation Fiji"; not "the Baltic state of provocation"), before a hyphen or a noun it modifies ("the Gulf state media"), nor a phrase of the "not" list. */
  private epithetAt(i: number, b: number): Atom | null {
    const E = this.lex.epithets!;
    const tags: string[] = [];
    let j = i + 1;
    while (j < b && j - i <= 8) {
      const head = E.heads.get(this.key(j));
      if (head && !(j + 1 < b && (E.heads.has(this.key(j + 1)) || E.words.matchAt(this.keys, this.texts, j + 1, b)))) {
        if (!tags.length) return null;
        const e = j + 1, n = this.key(e);
        const named = n === 'of' && isCap(this.texts[this.key(e + 1) === 'the' ? e + 2 : e + 1] ?? ''); // "the Gulf state of Qatar" (not "accused the Baltic state of provocation")
        if (named || n === '-' || (e < b && this.nameLike(e)) || this.roleModifies(e)) return null;
        if (E.not.has(this.keys.slice(i, e).join(' '))) return null;
        for (const at of [i, i + 1]) { const h = this.lex.trie.matchAt(this.keys, this.texts, at, b); if (h && h.end >= e && h.payloads.some((p) => p.t === 'entry')) return null; }
        return { s: i, e, cat: 'epithet', epi: { tags, head } };
      }
      const h = E.words.matchAt(this.keys, this.texts, j, b);
      if (!h) return null;
      for (const p of h.payloads) if (p.t === 'tag' && !tags.includes(p.id)) tags.push(p.id);
      j = h.end;
    }
    return null;
  }

  /** An epithet atom: the most recent state mentioned before it in this or the previous two sentences that has every tag it names
   * (and its head's: a kingdom, an island; not a monarchy for "republic") at the text's date. Found: the atom becomes a place atom
   * of that state (an entry that cites the mention it points back to) and true; none: false (no mention). */
  private epithet(si: number, a: Atom): boolean {
    const E = this.lex.epithets!, { tags, head } = a.epi!;
    const has = (tag: string, c: string) => E.members.get(tag)?.some((x) => x.country === c && within(this.date, x.from, x.to)) ?? false;
    const fits = (c: string) => tags.every((t) => has(t, c)) && (!head.needs || has(head.needs, c)) && !(head.excludes && has(head.excludes, c));
    for (let i = this.out.length - 1; i >= 0; i--) {
      const m = this.out[i]!;
      if (m.sentence < si - 2) break;
      if (m.tokenStart >= a.s || !isState(m.country) || !fits(m.country)) continue;
      a.cat = 'place';
      a.entry = { id: `${E.id}:${tags.join('+')}/${head.id}`, names: [], kind: 'country', country: m.country, sector: head.sector, epithet: m.id };
      return true;
    }
    return false;
  }

  private coref(si: number, a: Atom) {
    const r = a.coref!;
    const from = si - r.window;
    const recent: ActorMention[] = [];
    for (let i = this.out.length - 1; i >= 0 && this.out[i]!.sentence >= from; i--) if (!this.out[i]!.locationOnly) recent.push(this.out[i]!);
    if (r.target === 'person') {
      const m = recent.find((x) => x.person && (x.kind === 'person' || x.kind === 'role' || x.kind === 'coref'));
      if (m) this.copy(si, a, m);
    } else if (r.target === 'actor' && recent.length >= 2 && recent[0]!.kind === recent[1]!.kind && (recent[0]!.kind === 'coref' || recent[0]!.entry.startsWith('pairs.'))
      && recent[0]!.start === recent[1]!.start && recent[0]!.end === recent[1]!.end && !recent[0]!.person) {
      this.copy(si, a, recent[1]!); this.copy(si, a, recent[0]!); // "Both countries ... their": both of them
    } else if (r.target === 'actor' || r.target === 'self') {
      const m = recent.find((x) => x.kind !== 'person' && x.kind !== 'demonym' && (r.target === 'actor' || x.sentence === si) && !(x.kind === 'coref' && x.person));
      if (m) this.copy(si, a, m);
    } else {
      const picked: ActorMention[] = [];
      for (const m of recent) {
        if (m.country === 'IGO' || m.country === 'NGO' || m.kind === 'coref') continue;
        if (!picked.some((p) => p.country === m.country)) picked.push(m);
        if (picked.length === 2) break;
      }
      if (picked.length === 2) for (const m of picked.reverse()) this.copy(si, a, m);
    }
  }

  private copy(si: number, a: Atom, m: ActorMention) {
    const t0 = this.toks[a.s]!, t1 = this.toks[a.e - 1]!;
    this.push({ id: '', text: this.doc.text.slice(t0.start, t1.end), code: m.code, country: m.country, sector: m.sector, org: m.org ?? null,
      start: t0.start, end: t1.end, entry: a.coref!.id, sentence: si, kind: 'coref', tokenStart: a.s, tokenEnd: a.e,
      person: m.person ?? null, role: m.role ?? null, antecedent: m.id });
  }

  private emit(si: number, s: number, e: number, entry: ActorEntry, o: Partial<ActorMention> & { kind: ActorMention['kind'] }) {
    const t0 = this.toks[s]!, t1 = this.toks[e - 1]!;
    const country = o.country ?? entry.country;
    const sector = o.sector !== undefined ? o.sector : entry.sector;
    const igo = country === 'IGO' || country === 'NGO';
    const m: ActorMention = {
      id: '', text: this.doc.text.slice(t0.start, t1.end), code: igo ? country : country + (sector ?? ''), country, sector: igo ? null : sector ?? null,
      org: o.org !== undefined ? o.org : entry.org ?? null, start: t0.start, end: t1.end, entry: entry.id, sentence: si, kind: o.kind, tokenStart: s, tokenEnd: e,
    };
    if (o.person !== undefined) m.person = o.person; else if (entry.person) m.person = entry.person;
    if (o.role !== undefined) m.role = o.role;
    if (o.locationOnly) m.locationOnly = true;
    if (o.antecedent) m.antecedent = o.antecedent;
    if (entry.epithet) { m.antecedent = entry.epithet; if (o.kind === 'country') m.kind = 'coref'; } // "the Gulf state": like "it", a pointer back
    if (this.fixed.size) for (let i = s; i < e; i++) { const f = this.fixed.get(i); if (f) m.spelling = `${m.spelling ? m.spelling + ' ' : ''}${this.texts[i]}→${f}`; }
    this.push(m);
  }

  private push(m: ActorMention) {
    m.id = `${this.doc.id}:a${this.out.length + 1}`;
    this.out.push(m);
  }
}

/** Two lists of atoms, each in token order and starting at different tokens, as one list in token order. */
function mergeByStart(x: Atom[], y: Atom[]): Atom[] {
  const out: Atom[] = new Array(x.length + y.length);
  let i = 0, j = 0, k = 0;
  while (i < x.length && j < y.length) out[k++] = x[i]!.s <= y[j]!.s ? x[i++]! : y[j++]!;
  while (i < x.length) out[k++] = x[i++]!;
  while (j < y.length) out[k++] = y[j++]!;
  return out;
}

/** The atom at index p when it starts at token `tok` and is of category c1 (or c2). */
function atomAt(atoms: Atom[], p: number, tok: number, c1: Cat, c2?: Cat): Atom | null {
  const x = atoms[p];
  return x && x.s === tok && (x.cat === c1 || x.cat === c2) ? x : null;
}
/** A state's code (three capitals), not IGO, NGO or IMG. */
function isState(c: string | undefined): c is string {
  return !!c && c.length === 3 && c !== 'IGO' && c !== 'NGO' && c !== 'IMG' && /^[A-Z]{3}$/.test(c);
}
/** sectors of groups a demonym may qualify across a modifier ("French yellow-vest protesters") */
const GROUP_SECTORS = new Set(['CVL', 'LAB', 'EDU', 'HLH', 'AGR', 'REL', 'OPP', 'REF', 'JUD']);
const sectorOf = (a: Atom): string | null => a.roles!.find((r) => r.sector)?.sector ?? null;
/** The sector of the last specific role word ("rebel leaders" → REB), else of the last generic one ("officials" → GOV). */
function lastSector(roles: Atom[]): string | null {
  let generic: string | null = null;
  for (let i = roles.length - 1; i >= 0; i--) {
    const r = roles[i]!.roles!.find((x) => x.sector);
    if (!r) continue;
    if (!r.generic) return r.sector;
    generic ??= r.sector;
  }
  return generic;
}
/** The sector of the last role word that is not generic, or null. */
function specificSector(roles: Atom[]): string | null {
  for (let i = roles.length - 1; i >= 0; i--) { const r = roles[i]!.roles!.find((x) => x.sector && !x.generic); if (r) return r.sector; }
  return null;
}
