import { describe, expect, it } from 'vitest';
import { TypoIndex, withinOneEdit } from './typos.ts';

describe('withinOneEdit', () => {
  it.each([
    ['afganistan', 'afghanistan', true], // a letter missing
    ['mitterand', 'mitterrand', true],
    ['ethiopiaa', 'ethiopia', true], // a letter too many
    ['ethiupia', 'ethiopia', true], // a letter changed
    ['etihopia', 'ethiopia', true], // two neighbours swapped
    ['etoipha', 'ethiopia', false],
    ['kazakhstan', 'kazakhstan', true],
    ['abcxd', 'axbcd', false], // a letter moved two places: two edits
  ])('%s ~ %s: %s', (a, b, want) => expect(withinOneEdit(a, b)).toBe(want));
});

describe('TypoIndex', () => {
  const ix = new TypoIndex(['afghanistan', 'ethiopia', 'mitterrand', 'iceland', 'ireland', 'chad', 'Caps']);
  it('finds the one long name a word is one edit from', () => {
    expect(ix.near('afganistan')).toEqual(['afghanistan']);
    expect(ix.near('ethopia')).toEqual(['ethiopia']);
    expect(ix.near('mitterand')).toEqual(['mitterrand']);
  });
  it('gives every name in reach, and nothing for a name itself', () => {
    expect(ix.near('ieeland').sort()).toEqual(['iceland', 'ireland']);
    expect(ix.near('ireland')).toEqual([]);
  });
  it('leaves out names shorter than seven letters', () => {
    expect(ix.size).toBe(5);
    expect(ix.near('chadd')).toEqual([]);
  });
});
