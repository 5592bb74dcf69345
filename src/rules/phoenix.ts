// Importer for Phoenix / PETRARCH (TABARI-format) actor and agent dictionaries, so users
// can match their own dictionaries beside ours: actorsStage({ extra: [dictionary] }).
//
// Actors file:   NAME_WITH_UNDERSCORES [CODE]   # comment
//                +ALIAS                          (more names for the entry above)
//                    [CODE 991231-080507]        (dated codes: YYMMDD or YYYYMMDD, "<D" until, ">D" from)
// Agents file:   !PERSON! = MAN, MEN, WOMAN      (substitution sets)
//                PRESIDENT {PLURAL} [~GOV]       (~XXX: the agent's sector; {} = no plural)
// Codes: the first three letters are the country (or IGO, NGO, IMG, MNC), the next three the
// sector when it is one. Names are upper case in these files; we index them in title case
// (so they need a capital in text), keeping words of up to three letters as written ("UN").
// Known approximations: TABARI stems (a name without a trailing "_" matching any word it
// starts) are matched as the whole word and its plural; "{...}" plural lists in actor files are ignored.
// A line that cannot be read becomes an issue (file, line, row, reason); the rest goes on.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ActorDictionary, ActorEntry, RoleEntry, Term } from '../stages/actors/types.ts';

export interface PhoenixIssue { file: string; line: number; row: string; reason: string }
export interface PhoenixImport { dictionary: ActorDictionary; issues: PhoenixIssue[] }
export interface PhoenixOptions { name?: string; version?: string }

const SECTORS = new Set(['GOV', 'MIL', 'REB', 'INS', 'OPP', 'COP', 'JUD', 'LEG', 'BUS', 'MED', 'CVL', 'EDU', 'REL', 'SPY', 'LAB', 'ELI', 'PTY', 'UAF', 'CRM', 'REF', 'AGR', 'HLH', 'HRI', 'DEV', 'ENV', 'MOD', 'RAD', 'IGO', 'NGO', 'NGM', 'MNC', 'SET', 'CHR', 'MUS', 'JEW', 'BUD', 'HIN']);
const ORGS = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM']);

/** "991231" → "1999-12-31", "080507" → "2008-05-07", "19950601" → "1995-06-01"; null if malformed. */
export function phoenixDate(d: string): string | null {
  let y: string, rest: string;
  if (/^\d{8}$/.test(d)) { y = d.slice(0, 4); rest = d.slice(4); }
  else if (/^\d{6}$/.test(d)) { const yy = Number(d.slice(0, 2)); y = String(yy >= 30 ? 1900 + yy : 2000 + yy); rest = d.slice(2); }
  else return null;
  const m = Number(rest.slice(0, 2)), day = Number(rest.slice(2));
  if (m < 1 || m > 12 || day < 1 || day > 31) return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2)}`;
}

interface Code { country: string; sector: string | null; org: string | null; start: string | null; end: string | null; dated: boolean }

/** Parse "[PAKGOV 991231-080507]"-style contents; returns a reason string when it cannot. */
export function parseCode(raw: string): Code | string {
  const m = /^\s*([A-Za-z][A-Za-z0-9]{2,}|---|\+\+\+|###)(?:\/[A-Za-z0-9/]*)?\s*(.*?)\s*$/.exec(raw); // "ELR/GAL": the first alternative
  if (!m) return `cannot read code "${raw}"`;
  const code = m[1]!.toUpperCase();
  if (/^[-+#]/.test(code)) return 'discard code';
  const country = code.slice(0, 3);
  const rest = code.slice(3);
  let sector: string | null = null;
  for (let i = 0; i + 3 <= rest.length; i += 3) if (SECTORS.has(rest.slice(i, i + 3))) { sector = rest.slice(i, i + 3); break; }
  const org = ORGS.has(country) && rest ? rest : null;
  const dates = m[2]!.replace(/\s+/g, '');
  let start: string | null = null, end: string | null = null;
  if (dates) {
    const r = /^(?:<(\d+)|>(\d+)|(\d+)-(\d+))$/.exec(dates);
    if (!r) return `cannot read the dates "${m[2]}"`;
    const parse = (d: string | undefined) => (d === undefined ? null : phoenixDate(d) ?? 'bad');
    const [a, b, c, d] = [parse(r[1]), parse(r[2]), parse(r[3]), parse(r[4])];
    if ([a, b, c, d].includes('bad')) return `bad date in "${m[2]}" (want YYMMDD or YYYYMMDD)`;
    start = b ?? c ?? null; end = a ?? d ?? null;
  }
  return { country, sector, org, start, end, dated: !!dates };
}

/** "UNITED_NATIONS_" → "United Nations"; short words keep their case ("UN", "U.N."). */
const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'da', 'di', 'la', 'le', 'el', 'al', 'ye', 'e', 'y', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'des', 'del', 'dos', 'das']);
export function phoenixName(raw: string): string {
  return raw.replace(/_+$/, '').replace(/_/g, ' ').trim().split(/\s+/)
    .map((w) => (SMALL.has(w.toLowerCase()) ? w.toLowerCase()
      : w.replace(/[^A-Za-z]/g, '').length <= 3 ? w
      : w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()).join('-')))
    .join(' ');
}

function* lines(text: string): Generator<[number, string, string]> {
  let inComment = false;
  const all = text.split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    let l = all[i]!;
    if (inComment) { const k = l.indexOf('-->'); if (k < 0) continue; l = l.slice(k + 3); inComment = false; }
    for (;;) {
      const a = l.indexOf('<!--');
      if (a < 0) break;
      const b = l.indexOf('-->', a);
      if (b < 0) { l = l.slice(0, a); inComment = true; break; }
      l = l.slice(0, a) + l.slice(b + 3);
    }
    if (/^\s*<!/.test(l)) continue; // "<! -- note -->" variants
    const hash = l.indexOf('#');
    const body = hash >= 0 ? l.slice(0, hash) : l;
    if (body.trim()) yield [i + 1, body, all[i]!];
  }
}

/** Read a Phoenix/PETRARCH actor dictionary. */
export function parsePhoenixActors(text: string, file: string, opts: PhoenixOptions = {}): PhoenixImport {
  const name = opts.name ?? basename(file).replace(/\.txt$/, '');
  const issues: PhoenixIssue[] = [];
  const entries: ActorEntry[] = [];
  let cur: { line: number; row: string; names: string[]; codes: Code[] } | null = null;
  const close = () => {
    if (!cur) return;
    const c = cur; cur = null;
    if (!c.codes.length) { issues.push({ file, line: c.line, row: c.row.trim(), reason: 'entry has no usable code' }); return; }
    const undated = c.codes.filter((x) => !x.dated);
    const dated = c.codes.filter((x) => x.dated);
    const base = undated[0] ?? dated.at(-1)!;
    const kind: ActorEntry['kind'] = dated.length > 1 || (dated.length && undated.length) ? 'person' : ORGS.has(base.country) ? 'org' : base.sector ? 'group' : 'country';
    const id = `${name}:${c.names[0]!.toUpperCase().replace(/\s+/g, '_')}@${c.line}`;
    const e: ActorEntry = { id, names: c.names, kind, country: ORGS.has(base.country) && base.country !== 'IMG' ? base.country : base.country, sector: base.sector, org: base.org };
    if (kind === 'person') {
      e.person = c.names[0]!;
      e.terms = dated.map((x): Term => ({ country: x.country, sector: x.sector, office: x.sector ?? 'member', start: x.start ?? '1000-01-01', end: x.end }));
    } else if (dated.length === 1) { e.from = dated[0]!.start; e.to = dated[0]!.end; }
    entries.push(e);
  };
  for (const [line, body, row] of lines(text)) {
    const codes = [...body.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
    const words = body.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').trim();
    const fail = (reason: string) => issues.push({ file, line, row: row.trim(), reason });
    if (/^\s/.test(body) || !words) {
      if (!cur) { if (codes.length) fail('code outside any entry'); continue; }
    } else if (words.startsWith('+')) {
      if (!cur) { fail('alias outside any entry'); continue; }
      cur.names.push(phoenixName(words.slice(1)));
    } else if (cur && !cur.codes.length) {
      cur.names.push(phoenixName(words)); // consecutive names before a code block share it
    } else {
      close();
      cur = { line, row, names: [phoenixName(words)], codes: [] };
    }
    for (const raw of codes) {
      const c = parseCode(raw);
      if (typeof c === 'string') { if (c !== 'discard code') fail(c); else if (cur) cur.codes.push({ country: '---', sector: null, org: null, start: null, end: null, dated: false }); }
      else cur!.codes.push(c);
    }
  }
  close();
  // discard entries ([---]) are dropped without an issue: they tell TABARI to ignore a phrase
  const kept = entries.filter((e) => e.country !== '---');
  return { dictionary: { name, version: opts.version ?? '1', entries: kept }, issues };
}

/** Read a Phoenix/PETRARCH agents dictionary as role words. */
export function parsePhoenixAgents(text: string, file: string, opts: PhoenixOptions = {}): PhoenixImport {
  const name = opts.name ?? basename(file).replace(/\.txt$/, '');
  const issues: PhoenixIssue[] = [];
  const subs = new Map<string, string[]>();
  const roles: RoleEntry[] = [];
  for (const [line, body, row] of lines(text)) {
    const sub = /^\s*(![A-Z]+!)\s*=\s*(.+)$/.exec(body);
    if (sub) { subs.set(sub[1]!, sub[2]!.split(',').map((w) => w.trim()).filter(Boolean)); continue; }
    const m = /^\s*([^[{]+?)\s*(\{[^}]*\})?\s*\[\s*([A-Za-z]*)~([A-Za-z]*)\s*\]\s*$/.exec(body);
    if (!m) { issues.push({ file, line, row: row.trim(), reason: 'cannot read agent line (want NAME [~CODE])' }); continue; }
    const code = (m[4] || m[3] || '').toUpperCase();
    const sector = code.slice(0, 3) || null;
    let forms = [m[1]!];
    for (const [k, vals] of subs) if (forms.some((f) => f.includes(k))) forms = forms.flatMap((f) => (f.includes(k) ? vals.map((v) => f.split(k).join(v)) : [f]));
    const words = forms.map((f) => f.replace(/_+$/, '').replace(/_/g, ' ').trim().toLowerCase()).filter(Boolean);
    const plurals = m[2] ? m[2].slice(1, -1).split(/[,\s]+/).filter(Boolean).map((w) => w.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase()) : [];
    roles.push({ id: `${name}:${m[1]!.trim()}@${line}`, kind: 'role', sector, words: [...words, ...plurals], plural: m[2] ? false : true });
  }
  return { dictionary: { name, version: opts.version ?? '1', entries: [], roles }, issues };
}

/** Read a dictionary file; files whose name contains "agents" are agents dictionaries. */
export function loadPhoenix(file: string, opts: PhoenixOptions & { kind?: 'actors' | 'agents' } = {}): PhoenixImport {
  const text = readFileSync(file, 'utf8');
  const kind = opts.kind ?? (/agents/i.test(basename(file)) ? 'agents' : 'actors');
  return kind === 'agents' ? parsePhoenixAgents(text, file, opts) : parsePhoenixActors(text, file, opts);
}
