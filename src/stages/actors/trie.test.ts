import { describe, expect, it } from 'vitest';
import { TokenTrie, nameTokens, nameVariants } from './trie.ts';

const run = (trie: TokenTrie<string>, words: string[], i = 0) => trie.matchAt(words.map((w) => w.toLowerCase()), words, i, words.length);

describe('nameTokens', () => {
  it.each([
    ["Pakistan's army", ['Pakistan', "'s", 'army']],
    ['Washington, D.C.', ['Washington', ',', 'D.C.']],
    ['U.S. State Department', ['U.S.', 'State', 'Department']],
    ["Côte d'Ivoire", ['Côte', "d'Ivoire"]],
    ["Kurdistan Workers' Party", ['Kurdistan', 'Workers', "'", 'Party']], // a plural possessive, split as the tokenizer splits it
  ])('%s', (name, toks) => expect(nameTokens(name)).toEqual(toks));
  it('indexes hyphenated names both whole and split', () => {
    expect(nameVariants('Guinea-Bissau')).toEqual([['Guinea-Bissau'], ['Guinea', '-', 'Bissau']]);
  });
});

describe('TokenTrie', () => {
  const t = new TokenTrie<string>();
  t.add('China', 'CHN'); t.add('US', 'USA'); t.add('United States', 'USA-long'); t.add('United', 'X'); t.add('the Kremlin', 'RUS'); t.add('army', 'MIL');
  it('takes the longest match', () => expect(run(t, ['United', 'States', 'said'])).toMatchObject({ start: 0, end: 2, payloads: ['USA-long'] }));
  it('needs capitals where the name has them', () => {
    expect(run(t, ['fine', 'china'], 1)).toBeNull();
    expect(run(t, ['CHINA'])).not.toBeNull();
    expect(run(t, ['us'])).toBeNull();
    expect(run(t, ['US'])?.payloads).toEqual(['USA']);
  });
  it('lets lower-case words match any case', () => {
    expect(run(t, ['The', 'Kremlin'])?.payloads).toEqual(['RUS']);
    expect(run(t, ['Army'])?.payloads).toEqual(['MIL']);
  });
  it('tells whether any name starts with a token (lower-cased key), whatever its case', () => {
    expect(t.starts('china')).toBe(true);
    expect(t.starts('the')).toBe(true);
    expect(t.starts('kremlin')).toBe(false); // only inside "the Kremlin"
    expect(t.starts('China')).toBe(false); // keys are lower case
  });
  it('gives each hit its own start and end, and the same readings for the same name', () => {
    const a = run(t, ['China', 'and', 'China'], 0), b = run(t, ['China', 'and', 'China'], 2);
    expect([a?.start, a?.end, b?.start, b?.end]).toEqual([0, 1, 2, 3]);
    expect(a?.payloads).toEqual(['CHN']);
    expect(b?.payloads).toEqual(['CHN']);
  });
  it('keeps only the readings whose case fits when several names share the tokens', () => {
    const u = new TokenTrie<string>();
    u.add('Turkey', 'TUR'); u.add('turkey', 'bird');
    expect(run(u, ['Turkey'])?.payloads).toEqual(['TUR', 'bird']);
    expect(run(u, ['turkey'])?.payloads).toEqual(['bird']);
  });
});
