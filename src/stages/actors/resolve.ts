// From tokens to actor mentions, one document at a time:
//   1. match: longest dictionary match at each token (names, role words, places, coref words);
//   2. unknown capitalised names; institutions ("King's College London") swallow what is inside;
//   3. context rules decide ambiguous names (Georgia, Jordan, Washington, ...);
//   4. phrases: [place ['s]] [role words] [,] [person | unknown name] become ONE mention;
//   5. place-only uses ("talks in Moscow") are flagged locationOnly; pronouns point back.
import type { ActorMention, Doc, Token } from '../../doc/types.ts';
import { nearestTerm, termAt, within } from './dates.ts';
import type { CompiledRule, Lexicon, Payload } from './lexicon.ts';
import { judgeParticipation } from './participation.ts';
import { keyOf, nameTokens } from './trie.ts';
import type { ActorEntry, ContextRule, CorefRule, RoleEntry } from './types.ts';

type Cat = 'place' | 'org' | 'company' | 'person' | 'role' | 'name' | 'coref' | 'block';
interface Atom {
  s: number; e: number; cat: Cat;
  entry?: ActorEntry; roles?: RoleEntry[]; coref?: CorefRule;
  location?: boolean; rule?: string;
}

/** Capitalised words that start sentences and are not names. */
const STOP = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'as', 'if', 'so', 'it', 'this', 'that', 'these', 'those', 'there', 'he', 'she', 'they', 'we', 'i', 'you', 'after', 'before', 'when', 'while', 'even', 'both', 'nor', 'meanwhile', 'however', 'for', 'with', 'from', 'by', 'to', 'of', 'its', 'his', 'her', 'their', 'our', 'my', 'no', 'not', 'all', 'some', 'many', 'most', 'any', 'what', 'who', 'which', 'where', 'why', 'how', 'yet', 'still', 'also', 'only', 'since', 'until', 'although', 'though', 'because', 'then', 'now', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'defense', 'defence']);
const POSS = new Set(["'s", '’s', "'"]);
const PLACE_KINDS = new Set(['country', 'capital', 'demonym', 'seat']);
const isCap = (t: string) => { const c = t[0]; return c !== undefined && c !== c.toLowerCase(); };

export interface ResolveOptions { date: string }

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

  constructor(private doc: Doc, private lex: Lexicon, private date: string) {
    this.toks = doc.tokens;
    this.keys = this.toks.map((t) => (t.norm.includes('’') ? keyOf(t.text) : t.norm));
    this.texts = this.toks.map((t) => t.text);
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
    const covered = new Uint8Array(b - a);
    for (let i = a; i < b;) {
      let hit = this.lex.trie.matchAt(this.keys, this.texts, i, b);
      if (!hit) { i++; continue; }
      if (this.keys[i] === 'the' && i + 1 < b) { // "the UN Security Council": the longer name after "the" wins
        const next = this.lex.trie.matchAt(this.keys, this.texts, i + 1, b);
        if (next && next.end > hit.end) hit = next;
      }
      const atom = this.classify(hit.start, hit.end, hit.payloads);
      if (atom) { atoms.push(atom); covered.fill(1, hit.start - a, hit.end - a); }
      i = hit.end;
    }
    // unknown capitalised names (runs of PROPN-like capitalised tokens nobody knows)
    const names: Atom[] = [];
    for (let i = a; i < b; i++) {
      if (covered[i - a] || !this.nameLike(i)) continue;
      let j = i + 1;
      while (j < b && !covered[j - a] && (this.nameLike(j) || /^[A-Z]\.$/.test(this.texts[j]!))) j++;
      names.push({ s: i, e: j, cat: 'name' });
      if (j - i >= 2) this.seenSurnames.add(this.key(j - 1));
      i = j - 1;
    }
    let all = names.length ? [...atoms, ...names].sort((x, y) => x.s - y.s) : atoms;
    all = this.dropInstitutions(all, a, b);
    // "Ali Karimi": a known word that is no one here ("Ali") and an unknown one make one name
    for (let i = all.length - 2; i >= 0; i--) {
      const x = all[i]!, y = all[i + 1]!;
      if (x.cat === 'name' && y.cat === 'name' && x.e === y.s) { all[i] = { s: x.s, e: y.e, cat: 'name' }; all.splice(i + 1, 1); }
    }
    for (const at of all) if (at.cat === 'place') this.applyContext(at);
    return all.filter((x) => x.cat !== 'block');
  }

  private nameLike(i: number): boolean {
    const t = this.toks[i]!;
    return isCap(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X') && !STOP.has(this.keys[i]!);
  }

  private classify(s: number, e: number, pays: Payload[]): Atom | null {
    const start = this.toks[s]!.start;
    if (this.blocked.some(([x, y]) => start >= x && start < y)) return { s, e, cat: 'block' };
    if (pays.length === 1) { // the common case: one reading
      const p = pays[0]!;
      if (p.t === 'role') return { s, e, cat: 'role', roles: [p.r] };
      if (p.t === 'coref') return { s, e, cat: 'coref', coref: p.r };
      if (p.t === 'block') return { s, e, cat: 'block' };
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
        const titled = surname && this.titleAt(s - 1);
        const person = this.pickPerson(people.map((p) => p.e), surname, titled);
        if (person) return { s, e, cat: 'person', entry: person };
        const shared = titled ? this.sharedCountry(people.map((p) => p.e)) : null;
        return shared ? { s, e, cat: 'person', entry: shared } : { s, e, cat: 'name' };
      }
      const others = entries.filter((p) => p.e.kind !== 'person').map((p) => p.e);
      const valid = others.filter((x) => within(this.date, x.from, x.to));
      const entry = (valid.length ? valid : others)[0]!;
      if (entry.combining && this.keys[e] !== '-' && this.keys[s - 1] !== '-') return { s, e, cat: 'block' }; // "Franco" the name, not "Franco-German", "Indo-Pak"
      const cat: Cat = PLACE_KINDS.has(entry.kind) ? 'place' : entry.kind === 'company' ? 'company' : 'org';
      return { s, e, cat, entry };
    }
    const roles = pays.filter((p): p is Extract<Payload, { t: 'role' }> => p.t === 'role').map((p) => p.r);
    if (roles.length) return { s, e, cat: 'role', roles };
    const coref = pays.find((p): p is Extract<Payload, { t: 'coref' }> => p.t === 'coref');
    if (coref) return { s, e, cat: 'coref', coref: coref.r };
    return { s, e, cat: 'block' };
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

  private titleAt(i: number): boolean {
    const h = i >= 0 ? this.lex.trie.matchAt(this.keys, this.texts, i, i + 1) : null;
    return !!h && h.payloads.some((p) => p.t === 'role' && p.r.kind === 'title');
  }

  private dropInstitutions(atoms: Atom[], a: number, b: number): Atom[] {
    const { instWords, instPhrases } = this.lex;
    let hitAny = false;
    for (let i = a; i < b; i++) if (instWords.has(this.texts[i]!)) { hitAny = true; break; }
    if (!hitAny) { const st = this.sentenceText(a, b); if (!instPhrases.some((p) => st.includes(p))) return atoms; }
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
    for (const k of [this.key(at.e), '@']) for (const [c, p] of anyAfter.get(k) ?? []) if (this.conds(c.r) && this.patternAt(p, at.e, 1)) fires.push(c.r);
    for (const k of [this.key(at.s - 1), '@']) for (const [c, p] of anyBefore.get(k) ?? []) if (this.conds(c.r) && this.patternAt(p, at.s, -1)) fires.push(c.r);
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
    if (v === undefined) { v = new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(this.doc.text); this.docHasCache.set(w, v); }
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
    if (a.cat === 'org') { this.emit(si, a.s, a.e, a.entry!, { kind: a.entry!.kind }); return k + 1; }
    if (a.cat === 'company') { this.emit(si, a.s, a.e, a.entry!, { kind: 'company' }); return k + 1; }
    const at = (p: number, tok: number, c1: Cat, c2?: Cat) => { const x = atoms[p]; return x && x.s === tok && (x.cat === c1 || x.cat === c2) ? x : null; };
    let pos = k, cur = a.s;
    let head: Atom | null = null;
    if (a.cat === 'place') { head = a; pos++; cur = a.e; }
    const poss = head && POSS.has(this.key(cur));
    if (poss) cur++;
    if (head) {
      const co = at(pos, cur, 'company');
      if (co) { this.emit(si, head.s, co.e, co.entry!, { kind: 'company' }); return pos + 1; }
    }
    const roles: Atom[] = [];
    let inPlace: Atom | null = null;
    let complement = false;
    for (;;) {
      const r = at(pos, cur, 'role');
      if (!r) break;
      roles.push(r); pos++; cur = r.e;
      if (POSS.has(this.key(cur)) && at(pos, cur + 1, 'role')) { cur++; continue; }
      const prep = this.key(cur);
      // "special envoy for Afghanistan, Zamir Kabulov": the place completes the role when a name follows
      const p = /^(for|to|on)$/.test(prep) && roles.some((x) => sectorOf(x)) ? at(pos, cur + 1, 'place') : null;
      if (p && p.entry!.kind !== 'demonym' && this.key(p.e) === ',' && at(pos + 1, p.e + 1, 'person', 'name')) {
        pos++; cur = p.e; complement = true;
      }
      if (p) break;
    }
    if (!head && roles.some((x) => sectorOf(x)) && roles.every((x) => x.roles!.every((r) => r.located !== false)) && this.key(cur) === 'in') {
      const the = this.key(cur + 1) === 'the' ? 1 : 0;
      const p = at(pos, cur + 1 + the, 'place');
      if (p && p.entry!.kind !== 'demonym') { inPlace = p; pos++; cur = p.e; }
    }
    if ((roles.length || complement) && this.key(cur) === ',' && at(pos, cur + 1, 'person', 'name')) cur++;
    const tail = at(pos, cur, 'person', 'name');
    // a role word used as a modifier ("civilian nuclear", "army base") is no role
    if (head && roles.length && !tail && !inPlace && this.roleModifies(cur)) return this.headOnly(si, head, k + 1);
    const sector = lastSector(roles);
    const start = head ? head.s : roles.length ? roles[0]!.s : tail ? tail.s : a.s;
    const roleText = roles.length ? this.sentenceText(roles[0]!.s, roles.at(-1)!.e) : null;

    if (tail?.cat === 'person') {
      const p = tail.entry!;
      this.seenPersons.add(p.id);
      const term = termAt(p.terms, this.date);
      const near = term ?? nearestTerm(p.terms, this.date);
      const country = near?.country ?? head?.entry!.country ?? p.country;
      const sec = term ? term.sector : sector ?? (p.terms?.length ? null : p.sector); // p.sector: the sector candidates share (sharedCountry)
      this.emit(si, start, tail.e, p, { kind: 'person', country, sector: sec ?? null, person: p.person ?? null, role: roleText ?? term?.office ?? null });
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
        const p = at(pos + 1, tail.e + 1 + the, 'place');
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
      const holder = src.entry!.province ? null : this.officeHolder(src.entry!.country, roles);
      let ante: ActorMention | undefined;
      if (holder) for (let i = this.out.length - 1; i >= 0; i--) if (this.out[i]!.person === holder.person) { ante = this.out[i]; break; }
      this.emit(si, inPlace ? roles[0]!.s : start, end, src.entry!, {
        kind: ante ? 'coref' : 'role', sector, role: roleText, person: holder?.person ?? null, antecedent: ante?.id ?? null,
      });
      if (holder) this.seenPersons.add(holder.id);
      return pos;
    }
    if (head) return this.headOnly(si, head, k + 1);
    return k + 1;
  }

  private headOnly(si: number, head: Atom, next: number): number {
    const e = head.entry!;
    const sector = e.kind === 'capital' ? 'GOV' : e.kind === 'seat' ? e.sector : null;
    const loc = head.location || (e.kind !== 'demonym' && e.kind !== 'seat' && this.placeOnly(head.s, head.e));
    this.emit(si, head.s, head.e, e, { kind: e.kind, sector, locationOnly: loc || undefined });
    return next;
  }

  /** A lower-case noun or adjective follows: the words before it modify it. */
  private attributive(i: number): boolean {
    const t = this.toks[i];
    return !!t && (t.pos === 'NOUN' || t.pos === 'ADJ') && !isCap(t.text) && t.sent === this.toks[i - 1]?.sent;
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
    for (const r of [...roles].reverse()) for (const role of r.roles!) for (const office of role.office ?? []) {
      for (const p of this.lex.offices.get(`${country}|${office}`) ?? []) {
        const t = termAt(p.terms, this.date);
        if (t && t.country === country && t.office.toLowerCase() === office) return p;
      }
    }
    return null;
  }

  private coref(si: number, a: Atom) {
    const r = a.coref!;
    const from = si - r.window;
    const recent: ActorMention[] = [];
    for (let i = this.out.length - 1; i >= 0 && this.out[i]!.sentence >= from; i--) if (!this.out[i]!.locationOnly) recent.push(this.out[i]!);
    if (r.target === 'person') {
      const m = recent.find((x) => x.person && (x.kind === 'person' || x.kind === 'role' || x.kind === 'coref'));
      if (m) this.copy(si, a, m);
    } else if (r.target === 'actor' && recent.length >= 2 && recent[0]!.kind === 'coref' && recent[1]!.kind === 'coref'
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
      org: entry.org ?? null, start: t0.start, end: t1.end, entry: entry.id, sentence: si, kind: o.kind, tokenStart: s, tokenEnd: e,
    };
    if (o.person !== undefined) m.person = o.person; else if (entry.person) m.person = entry.person;
    if (o.role !== undefined) m.role = o.role;
    if (o.locationOnly) m.locationOnly = true;
    if (o.antecedent) m.antecedent = o.antecedent;
    this.push(m);
  }

  private push(m: ActorMention) {
    m.id = `${this.doc.id}:a${this.out.length + 1}`;
    this.out.push(m);
  }
}

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
