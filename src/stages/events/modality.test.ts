import { describe, expect, it } from 'vitest';
import { docWith } from './fixture.ts';
import { patterns } from './patterns.ts';
import { readSentence } from './sentence.ts';
import { accordingTo, governedModality, nounCueModality, stronger, vgModality } from './modality.ts';

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
  for (const [text, verb, want] of cases) it(`${text} → ${want}`, () => {
    const v = view(text);
    expect(vgModality(v, vgAt(v, verb))).toBe(want);
  });
  it('control verbs and infinitives', () => {
    let v = view('They plan to visit the port.');
    expect(governedModality(v, vgAt(v, 'visit'))).toBe('intended');
    v = view('They managed to visit the port.');
    expect(governedModality(v, vgAt(v, 'visit'))).toBe('asserted');
    v = view('They failed to visit the port.');
    expect(governedModality(v, vgAt(v, 'visit'))).toBe('negated');
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
