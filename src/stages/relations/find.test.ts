import { describe, expect, it } from 'vitest';
import { triggerHits } from './find.ts';
import { fold, wordRegex } from './fold.ts';
import { relationVocab, type RelationVocab } from './vocab.ts';

const sentences = [
  'Ties between Chile and Peru have improved sharply since the spring.',
  'The Chile-Peru rapprochement came after a long thaw.',
  'Peru remains Chile’s closest ally, officials said.',
  'Wheat prices rose in the capital on Tuesday.',
  'Relations soured, then warmed; a new chapter in their friendship began.',
  'Nothing here speaks of states at all.',
  'RELATIONS BETWEEN THE TWO HAVE DETERIORATED.',
];

describe('trigger search', () => {
  it('the one-search pass over a sentence finds what the triggers one by one find', () => {
    const v = relationVocab();
    // the same triggers plus one whose pattern refers to its own group: no union is made for it
    const noUnion: RelationVocab = { ...v, triggers: [...v.triggers, { id: 'x', pattern: '', direction: 'warming', strength: 0.1, re: wordRegex('(q)\\1zz'), ruleId: 'test:x' }] };
    let found = 0;
    for (const s of sentences) {
      const text = fold(s);
      const a = triggerHits(v, text, 0);
      const b = triggerHits(noUnion, text, 0);
      expect(a).toEqual(b);
      found += a.length;
    }
    expect(found).toBeGreaterThan(5);
  });
  it('a sentence with no trigger gives none; hits carry the offset given', () => {
    const v = relationVocab();
    expect(triggerHits(v, fold('Wheat prices rose in the capital.'), 0)).toEqual([]);
    const [h] = triggerHits(v, fold('The long thaw went on.'), 100);
    expect(h!.hit).toEqual({ start: 109, end: 113, text: 'thaw' });
  });
});
