import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('gives sentences and tokens with offsets into the text', () => {
    const text = "Lima's envoy  flew to Quito on Monday. Talks began.";
    const { sentences, tokens } = tokenize(text);
    expect(sentences).toHaveLength(2);
    expect(text.slice(sentences[1]!.start, sentences[1]!.end)).toBe('Talks began.');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const flew = tokens.find((t) => t.text === 'flew')!;
    expect(flew.lemma).toBe('fly');
    expect(flew.pos).toBe('VERB');
    expect(tokens.find((t) => t.text === 'Talks')!.sent).toBe(1);
  });
});
