// Hygiene of the event pattern data (data/events): rows that duplicate an earlier row, verb rows that can never be
// chosen, complement rows another row already covers, noun keys the noun lookup cannot reach. The ordering logic is
// that of patterns.ts (rows of a verb sorted by `specificity`, stable) and verbs.ts (the first row that holds wins;
// a later row of the same rank is tried only when its qualifier words refine the code of a winner that has none, or
// when its light-verb object stands nearer the verb) — mirrored here, not changed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../nlp/tokenize.ts';
import { dataPath, loadJsonl } from '../../rules/load.ts';
import { deedCode } from './args.ts';
import { domesticCode } from './candidate.ts';
import { loadPatterns, specificity, validateComplement, validateNoun, validateVerb, type Complement, type NounPattern, type Patterns, type VerbPattern } from './patterns.ts';

const KEEP_OUT = new Set(['id', 'note', 'rule']);
/** A row's content without its id and note, keys sorted: two rows with the same key are the same pattern. */
export const contentKey = (r: object): string => JSON.stringify(Object.keys(r).filter((k) => !KEEP_OUT.has(k)).sort().map((k) => [k, (r as Record<string, unknown>)[k]]));

const sub = (a: string[] | undefined, b: string[] | undefined) => !a || (!!b && a.every((w) => b.includes(w)));
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** What verbRoles reads of a row besides its trigger: rows that agree on these find the same roles, or fail alike. */
const slots = (p: VerbPattern) => p.target ?? (p.object ? ['with', 'to', 'against', 'on'] : ['dobj']);
const roles = (p: VerbPattern) => JSON.stringify([p.source, p.place, p.alone, p.dobjHead, p.fromAgent, p.family, p.objcontrol,
  p.code.slice(0, 2), p.code === '015', p.code.startsWith('173'), domesticCode(p.code), deedCode(p.code)]);

/**
 * Does earlier row `p` hold whenever later row `q` does, with the same roles, so that `q` is never chosen? Conservative:
 * same particle, p's objects a superset of q's, p's required words a superset (any of them must occur), p's excluding
 * words a subset, and no refine or nearer-object exception that lets a later row of the same rank win.
 */
export function shadows(p: VerbPattern, q: VerbPattern): boolean {
  if (p.verb !== q.verb || (p.particle ?? '') !== (q.particle ?? '')) return false;
  const rp = specificity(p), rq = specificity(q);
  if (rp < rq) return false;
  if (!!p.object !== !!q.object || !sub(q.object, p.object)) return false;
  // (required words the particle itself spells always occur: "by phone with" holds "phone")
  const spelt = !!p.requires && !!p.particle && p.requires.some((w) => p.particle!.split(' ').includes(w));
  if (p.requires && !spelt && !(q.requires && sub(q.requires, p.requires))) return false;
  if (!sub(p.requires_not, q.requires_not)) return false;
  // the later row's target slots among the earlier row's: when the earlier row finds no target, neither does it
  // (a mutual later row may still code a clause with no subject and two named parties both ways: ignored here, as
  // the engine reaches it only there)
  if (roles(p) !== roles(q) || !sub(slots(q), slots(p))) return false;
  if (rp === rq) {
    // a later row of the same rank whose qualifier words refine the code replaces a winner without any
    if (q.refine && !p.family && !p.refine) return false;
    if (q.refine && !same(q.refine, p.refine)) return false;
    // a later object row whose object may stand nearer the verb
    if (q.object && !q.particle && !same([...q.object].sort(), [...p.object!].sort())) return false;
  }
  return true;
}

export interface LintReport { duplicates: string[]; unreachable: string[]; coveredComplements: string[]; nounKeys: string[]; shadowedNouns: string[] }

export function lintPatterns(dir = dataPath('events'), pats: Patterns = loadPatterns(dir)): LintReport {
  const out: LintReport = { duplicates: [], unreachable: [], coveredComplements: [], nounKeys: [], shadowedNouns: [] };
  // (a) exact duplicates, in file order
  const verbs = loadJsonl<VerbPattern>(`${dir}/verbs.jsonl`, validateVerb);
  const seen = new Map<string, string>();
  for (const r of verbs) {
    const k = contentKey(r);
    const had = seen.get(k);
    if (had) out.duplicates.push(`verbs ${r.id} = ${had}`); else seen.set(k, r.id);
  }
  const nouns = loadJsonl<NounPattern>(`${dir}/nouns.jsonl`, validateNoun);
  seen.clear();
  for (const r of nouns) {
    const k = contentKey(r);
    const had = seen.get(k);
    if (had) out.duplicates.push(`nouns ${r.id} = ${had}`); else seen.set(k, r.id);
  }
  // (b) verb rows an earlier row of the same verb always pre-empts (in the engine's order)
  for (const list of pats.verbs.values()) {
    list.forEach((q, j) => {
      const p = list.slice(0, j).find((x) => contentKey(x) !== contentKey(q) && shadows(x, q));
      if (p) out.unreachable.push(`verbs ${q.id} < ${p.id}`);
    });
  }
  // (c) complement rows whose words all belong to an earlier row giving the same codes (it scores at least as high
  // on any text, and wins ties by coming first)
  const comps = loadJsonl<Complement>(`${dir}/complements.jsonl`, validateComplement);
  comps.forEach((c, j) => {
    const e = comps.slice(0, j).find((x) => sub(c.words, x.words) && same(x.with && [...x.with].sort(), c.with && [...c.with].sort())
      && Object.entries(c.codes).every(([f, code]) => (x.codes as Record<string, string>)[f] === code));
    if (e) out.coveredComplements.push(`complements ${c.id} ⊆ ${e.id}`);
  });
  // (d) noun keys the lookup cannot reach: nouns are looked up one token at a time (lemma, then the word as written,
  // then without a final s), or as a hyphenated compound: a key with a space never matches (fails); a key the tokenizer
  // lemmatizes to another key ("sales" → "sale", "mobilisation" → "mobilization") is read only where the lemmatizer
  // leaves the word as written (listed: most are copies of their lemma's row kept as that fallback)
  for (const r of nouns) {
    const key = r.noun ?? r.adj!;
    if (key.includes(' ')) out.nounKeys.push(`nouns ${r.id}: "${key}" has a space`);
    else if (r.noun && !key.includes('-')) {
      // the lemma the tokenizer gives the word in a plain sentence: when another key holds it, this key is never read
      const tk = tokenize(`They spoke about the ${key} yesterday.`).tokens[4];
      if (tk && tk.norm === key && tk.lemma !== key && pats.nouns.has(tk.lemma)) out.shadowedNouns.push(`nouns ${r.id}: "${key}" is read as "${tk.lemma}", a key of its own`);
    }
  }
  return out;
}

describe('event pattern data hygiene', () => {
  const r = lintPatterns();
  it('lists the findings', () => {
    for (const [k, l] of Object.entries(r)) console.log(`${k}: ${l.length}${l.length ? '\n  ' + l.join('\n  ') : ''}`);
  });
  it('has no verb or noun row that duplicates an earlier one', () => expect(r.duplicates).toEqual([]));
  it('has no complement row an earlier row with the same codes covers', () => expect(r.coveredComplements).toEqual([]));
  it('has no noun key the lookup cannot reach', () => expect(r.nounKeys).toEqual([]));
});

describe('the checker itself', () => {
  const v = (o: Partial<VerbPattern>): VerbPattern => ({ id: 'x', verb: 'meet', code: '040', rule: '', ...o });
  it('an earlier bare row with the same roles pre-empts a later one; different roles or a stricter earlier row do not', () => {
    expect(shadows(v({ target: ['with'] }), v({ target: ['with'], code: '043' }))).toBe(true);
    expect(shadows(v({ target: ['with'] }), v({ target: ['dobj'] }))).toBe(false);
    expect(shadows(v({ target: ['dobj', 'with'] }), v({ target: ['dobj'], code: '046' }))).toBe(true);
    expect(shadows(v({ particle: 'by phone with', requires: ['phone'] }), v({ particle: 'by phone with', mutual: true }))).toBe(true);
    expect(shadows(v({ requires: ['summit'] }), v({}))).toBe(false);
    expect(shadows(v({ object: ['talk', 'talks'] }), v({ object: ['talks'] }))).toBe(false);
    expect(shadows(v({ object: ['talks'] }), v({ object: ['talks'], code: '043' }))).toBe(true);
    expect(shadows(v({ particle: 'with', object: ['talk', 'talks'] }), v({ particle: 'with', object: ['talks'] }))).toBe(true);
    expect(shadows(v({ requires_not: ['hostage'] }), v({}))).toBe(false);
  });
  it('a later row of the same rank that refines a plain winner stays reachable', () => {
    expect(shadows(v({ target: ['with'] }), v({ target: ['with'], refine: [{ words: ['phone'], code: '041' }] }))).toBe(false);
  });
  it('content keys ignore id and note', () => {
    expect(contentKey({ id: 'a', verb: 'x', code: '040', note: 'n' })).toBe(contentKey({ code: '040', verb: 'x', id: 'b' }));
    expect(contentKey({ id: 'a', verb: 'x', code: '040' })).not.toBe(contentKey({ id: 'a', verb: 'x', code: '041' }));
  });
});

describe('the checker on a small data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'realign-lint-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'events', version: '9', date: '2026-01-01', source: 'test' }));
  const rows = (l: object[]) => l.map((o) => JSON.stringify(o)).join('\n') + '\n';
  writeFileSync(join(dir, 'verbs.jsonl'), rows([
    { id: 'meet#1', verb: 'meet', target: ['dobj', 'with'], code: '040' },
    { id: 'meet#2', verb: 'meet', target: ['dobj', 'with'], code: '040', note: 'again' },
    { id: 'meet#3', verb: 'meet', target: ['dobj'], code: '043' },
    { id: 'meet#4', verb: 'meet', target: ['dobj'], requires: ['summit'], code: '043' },
  ]));
  writeFileSync(join(dir, 'nouns.jsonl'), rows([{ id: 'n-peace-talks', noun: 'peace talks', code: '046' }]));
  writeFileSync(join(dir, 'complements.jsonl'), rows([
    { id: 'aid', words: ['aid', 'help'], codes: { appeal: '023', intent: '033' } },
    { id: 'help', words: ['help'], codes: { appeal: '023' } },
    { id: 'help-demand', words: ['help'], codes: { demand: '103' } },
  ]));
  writeFileSync(join(dir, 'cues.jsonl'), '');
  const r = lintPatterns(dir);
  it('finds the duplicate, the row the earlier one pre-empts, the covered complement and the spaced noun key', () => {
    expect(r.duplicates).toEqual(['verbs meet#2 = meet#1']);
    expect(r.unreachable).toEqual(['verbs meet#3 < meet#1']);
    expect(r.coveredComplements).toEqual(['complements help ⊆ aid']);
    expect(r.nounKeys).toEqual(['nouns n-peace-talks: "peace talks" has a space']);
  });
});
