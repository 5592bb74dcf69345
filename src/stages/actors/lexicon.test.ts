import { describe, expect, it } from 'vitest';
import { buildLexicon, plural } from './lexicon.ts';
import type { ActorData } from './types.ts';

const DATA: ActorData = {
  dictionaries: [{ name: 't', version: '1', entries: [
    { id: 't:ABC', names: ['Abcland'], kind: 'country', country: 'ABC', sector: null },
    { id: 't:doe', names: ['Jan Doe'], kind: 'person', country: 'ABC', sector: 'GOV', person: 'Jan Doe', surname: 'Doe', terms: [{ country: 'ABC', sector: 'GOV', office: 'President', start: '2001', end: null }] },
  ], roles: [{ id: 't:mil', kind: 'role', sector: 'MIL', words: ['army', 'soldier', 'armed forces'] }, { id: 't:pol', kind: 'role', sector: 'COP', words: ['police'] }] }],
  context: [{ id: 'c:any', names: ['*'], after: ['^Times'], action: 'drop' }, { id: 'c:abc', names: ['Abcland'], before: ['lake'], action: 'location' }],
  places: [{ id: 'p:r', kind: 'region', words: ['Abc Valley'] }, { id: 'p:in', kind: 'location-prep', words: ['in', 'near'] }],
  coref: [{ id: 'k:he', words: ['he'], target: 'person', window: 1 }],
};
const hit = (lex: ReturnType<typeof buildLexicon>, words: string[]) => lex.trie.matchAt(words.map((w) => w.toLowerCase()), words, 0, words.length);

describe('plural', () => {
  it.each([['soldier', 'soldiers'], ['army', 'armies'], ['church', 'churches'], ['police', null], ['forces', null], ['people', null]])('%s → %s', (w, p) => expect(plural(w)).toBe(p));
});

describe('buildLexicon', () => {
  const lex = buildLexicon(DATA);
  it('indexes names, surnames, role words with their plurals, regions and coref words', () => {
    expect(hit(lex, ['Abcland'])?.payloads[0]).toMatchObject({ t: 'entry', surname: false });
    expect(hit(lex, ['Doe'])?.payloads[0]).toMatchObject({ t: 'entry', surname: true });
    expect(hit(lex, ['armies'])?.payloads[0]).toMatchObject({ t: 'role' });
    expect(hit(lex, ['armed', 'forces'])?.end).toBe(2);
    expect(hit(lex, ['Abc', 'Valley'])?.payloads[0]).toMatchObject({ t: 'block', kind: 'region' });
    expect(hit(lex, ['He'])?.payloads[0]).toMatchObject({ t: 'coref' });
  });
  it('indexes office holders by country and office, and context rules by name', () => {
    expect(lex.offices.get('ABC|president')?.map((p) => p.id)).toEqual(['t:doe']);
    expect(lex.context.get('abcland')?.map((c) => c.r.id)).toEqual(['c:abc']);
    expect(lex.anyAfter.get('times')?.[0]?.[1]).toEqual(['^Times']);
    expect([...lex.preps]).toEqual(['in', 'near']);
  });
  it('adds extra dictionaries', () => {
    const lex2 = buildLexicon(DATA, [{ name: 'x', version: '1', entries: [{ id: 'x:Q', names: ['Quux Corp'], kind: 'company', country: 'ABC', sector: 'BUS' }] }]);
    expect(hit(lex2, ['Quux', 'Corp'])?.payloads[0]).toMatchObject({ t: 'entry' });
    expect(hit(lex, ['Quux', 'Corp'])).toBeNull();
  });
});
