import { describe, expect, it } from 'vitest';
import { resetWink, setWinkCacheLimit, tokenize, winkNewEntries } from './tokenize.ts';

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

// made-up words wink has never seen: each one is a new cache entry
const SYL = ['ka', 'ro', 'mi', 'zu', 'tel', 'bar', 'ne', 'qui'];
const made = (n: number) => { let w = ''; for (let x = n + 1; x > 0; x = Math.floor(x / SYL.length)) w += SYL[x % SYL.length]; return w[0]!.toUpperCase() + w.slice(1); };
const text = (i: number) => `${made(i)} met ${made(i + 500)} officials in ${made(i + 900)} on ${i % 28 + 1} March. They can't agree on ${i * 37} barrels, said the ${made(i + 1300)}-based envoy.`;

describe('tokenize over a long stream', () => {
  it('gives the same for a text whatever was read before it (a fresh instance, or one that has read much)', () => {
    resetWink();
    const fresh = [0, 7, 42].map((i) => tokenize(text(i)));
    for (let i = 100; i < 400; i++) tokenize(text(i));
    expect(winkNewEntries()).toBeGreaterThan(300);
    expect([0, 7, 42].map((i) => tokenize(text(i)))).toEqual(fresh);
  });
  it('loads wink afresh when its cache has grown past the limit, so memory stays bounded', () => {
    resetWink();
    const prev = setWinkCacheLimit(200);
    try {
      let most = 0;
      for (let i = 1000; i < 1200; i++) { tokenize(text(i)); most = Math.max(most, winkNewEntries()); }
      // one document adds at most a few dozen entries past the limit before the reset
      expect(most).toBeGreaterThan(150);
      expect(most).toBeLessThan(260);
      expect(tokenize(text(5))).toEqual((resetWink(), tokenize(text(5))));
    } finally { setWinkCacheLimit(prev); }
  });
});
