import { describe, expect, it } from 'vitest';
import { markedDoc } from '../relations/test-doc.ts';
import { bare, nounBefore, nounPhraseAt, tokenAt } from './measure.ts';

describe('noun phrases for measures', () => {
  const doc = markedDoc("Peru's defence budget rose to 5 percent of the country's total output last year.");
  const s = doc.sentences[0]!;

  it('reads the phrase after "of" up to a non-noun word', () => {
    const k = tokenAt(doc, s.tokenStart, s.tokenEnd, doc.text.indexOf('the country'));
    expect(nounPhraseAt(doc, k, s.tokenEnd)?.text).toBe("the country's total output");
  });

  it('reads the noun chunk before a verb', () => {
    const k = tokenAt(doc, s.tokenStart, s.tokenEnd, doc.text.indexOf('5 percent'));
    expect(nounBefore(doc, k, s.tokenStart)?.text).toBe('defence budget');
  });

  it('drops a leading article or possessive pronoun', () => {
    expect(bare('the global arms market')).toBe('global arms market');
    expect(bare('its exports')).toBe('exports');
  });
});
