import { describe, expect, it } from 'vitest';
import { fold, slowFold } from './fold.ts';

describe('fold', () => {
  it('lower-cases and plains quotes, dashes and spaces, keeping the length', () => {
    const t = 'Kenya\u2019s \u201CThaw\u201D \u2014 Nairobi\u00A0Talks';
    expect(fold(t)).toBe('kenya\'s "thaw" - nairobi talks');
    expect(fold(t)).toHaveLength(t.length);
  });
  it('gives what folding character by character gives, on text the fast path must refuse', () => {
    for (const t of [
      'İstanbul and İzmir', // İ lower-cases to two code units: kept as it is
      'ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ', // a final capital sigma lower-cases by its place in the word
      'Ünal, ÆTHELRED, ǅ, 𐐀𐐁 and 😀 “quoted” – dashed',
      'plain ascii, NO change needed 123',
    ]) {
      expect(fold(t)).toBe(slowFold(t));
      expect(fold(t)).toHaveLength(t.length);
    }
  });
  it('folds a new text after the last one it kept', () => {
    expect(fold('ABC')).toBe('abc');
    expect(fold('DEF')).toBe('def');
    expect(fold('ABC')).toBe('abc');
  });
});
