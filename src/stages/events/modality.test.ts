import { describe, expect, it } from 'vitest';
import { docWith } from './fixture.ts';
import { patterns } from './patterns.ts';
import { readSentence } from './sentence.ts';
import { accordingTo, governedModality, nounCueModality, speechGovernor, stronger, vgModality } from './modality.ts';

const view = (text: string) => { const doc = docWith(text, []); return readSentence(doc, doc.sentences[0]!, [], patterns()); };
const vgAt = (v: ReturnType<typeof view>, word: string) => v.chunks.findIndex((c) => c.type === 'VG' && v.tokens[c.head]!.norm === word);

describe('modality', () => {
  it('the stronger modality wins', () => {
    expect(stronger('asserted', 'intended')).toBe('intended');
    expect(stronger('cancelled', 'negated')).toBe('cancelled');
    expect(stronger('reported', 'asserted')).toBe('reported');
  });
  const cases: Array<[string, string, string]> = [
    ['They did not visit the port.', 'visit', 'negated'],
    ['They will visit the port.', 'visit', 'intended'],
    ['They would have visited the port.', 'visited', 'hypothetical'],
    ['They could visit the port.', 'visit', 'hypothetical'],
    ['They visited the port.', 'visited', 'asserted'],
  ];
  // control verbs, infinitives, and purpose clauses (one of protest or demand is done by the act before it)
  const governed: Array<[string, string, string]> = [
    ['They plan to visit the port.', 'visit', 'intended'],
    ['They managed to visit the port.', 'visit', 'asserted'],
    // a denied intention: the act is not going to happen
    ['They have no intention of visiting the port.', 'visiting', 'negated'],
    ['They failed to visit the port.', 'visit', 'negated'],
    ['The farmers blocked the highway on Friday to protest the new tax.', 'protest', 'asserted'],
    ['The miners will stage a sit-in next week to demand higher wages.', 'demand', 'intended'],
    ['The army sent tanks to the border to attack the rebels.', 'attack', 'intended'],
    ['They plan a strike to protest the law.', 'protest', 'intended'],
  ];
  const byFn = [['verb group', vgModality, cases], ['governed', governedModality, governed]] as const;
  for (const [what, fn, table] of byFn) for (const [text, verb, want] of table) it(`${text} → ${want} (${what})`, () => {
    const v = view(text);
    expect(fn(v, vgAt(v, verb))).toBe(want);
  });
  it('a cue noun governs through "of"', () => {
    const v = view('The cancellation of the visit surprised them.');
    const np = v.chunks.findIndex((c) => c.type === 'NP' && v.tokens[c.head]!.norm === 'visit');
    expect(nounCueModality(v, np)).toBe('cancelled');
  });
  it('"according to" marks reported speech', () => {
    expect(accordingTo(view('According to officials, they left.'))).toBe(true);
    expect(accordingTo(view('They left.'))).toBe(false);
  });
});

describe('verbForm', () => {
  it('finds the known verb behind a form the lemmatiser missed', async () => {
    const { verbForm } = await import('./sentence.ts');
    const known = new Set(['stage', 'shell', 'mediate', 'ratify', 'rally']);
    expect(['staged', 'shelled', 'mediating', 'ratified', 'rallies', 'walked'].map((f) => verbForm(f, known))).toEqual(['stage', 'shell', 'mediate', 'ratify', 'rally', null]);
  });
});

describe('speechGovernor', () => {
  it('finds the speech verb past a time phrase, with or without "that"', () => {
    for (const text of ['The rebels said on Monday they would meet the envoy.', 'The rebels said Monday they would meet the envoy.', 'The rebels said on Monday that they would meet the envoy.']) {
      const v = view(text);
      expect(speechGovernor(v, vgAt(v, 'meet')), text).toBe(vgAt(v, 'said'));
    }
  });
  it('a time phrase after another verb makes no reported speech', () => {
    const v = view('The rebels attacked on Monday the envoy.');
    expect(speechGovernor(v, vgAt(v, 'attacked'))).toBeNull();
  });
});

describe('acts "taken" by steps or measures', () => {
  it('are under way, with the modality of the verb that takes them', () => {
    const at = (text: string) => { const v = view(text); return governedModality(v, vgAt(v, 'ease')); };
    expect(at('Peru took steps to ease the rules.')).toBe('asserted');
    expect(at('Peru will take measures to ease the rules.')).toBe('intended');
    expect(at('Peru did not take steps to ease the rules.')).toBe('negated');
    // other nouns before an infinitive leave the act undone
    expect(at('Peru made efforts to ease the rules.')).toBe('intended');
  });
});
