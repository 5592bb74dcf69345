import { describe, expect, it } from 'vitest';
import { markedDoc } from './test-doc.ts';

describe('stand-in country marker', () => {
  it('marks names, demonyms and capitals with offsets, sentence and tokens', () => {
    const doc = markedDoc('Peru is calm. The U.S.-India talks in Moscow involved Chilean diplomats and the Philippines.');
    expect(doc.actors.map((a) => [a.text, a.country, a.kind, a.sentence])).toEqual([
      ['Peru', 'PER', 'country', 0], ['U.S.', 'USA', 'country', 1], ['India', 'IND', 'country', 1],
      ['Moscow', 'RUS', 'capital', 1], ['Chilean', 'CHL', 'demonym', 1], ['Philippines', 'PHL', 'country', 1],
    ]);
    for (const a of doc.actors) {
      expect(doc.text.slice(a.start, a.end)).toBe(a.text);
      expect(a.tokenEnd).toBeGreaterThan(a.tokenStart);
    }
  });

  it('matches whole words, case-sensitively', () => {
    expect(markedDoc('Perusal of the us-based Indianapolis report.').actors).toEqual([]);
  });
});
