import { describe, expect, it } from 'vitest';
import { buildWeights, countryName, phrase, weights } from './lexicon.ts';

describe('analytics lexicon', () => {
  it('weighs modalities: asserted counts, intended only signals direction', () => {
    const w = weights();
    expect(w.series('asserted')).toBe(1);
    expect(w.series('intended')).toBe(0);
    expect(w.direction('intended')).toBeGreaterThan(0);
    expect(w.series('negated')).toBe(0);
    expect(w.series('nonsense')).toBe(0);
    expect(w.quad(2)).toBe(1);
    expect(w.quadDirection(4)).toBeGreaterThan(w.quadDirection(3));
    expect(w.relation('cooling', true)).toBeLessThan(w.relation('cooling'));
  });
  it('renders phrases by the longest code prefix and names countries', () => {
    expect(phrase('042', 3)).toBe('3 visits');
    expect(phrase('0421', 1)).toBe('a visit');
    expect(phrase('0331', 1)).toMatch(/offer of economic/);
    expect(phrase('0339', 2)).toMatch(/^2 offers of aid/);
    expect(phrase('99', 1)).toBeNull();
    expect(countryName('PAK')).toBe('Pakistan');
    expect(countryName('XXX')).toBe('XXX');
  });
  it('builds weights from rows with defaults', () => {
    const w = buildWeights([{ kind: 'modality', key: 'asserted', series: 1, direction: 1 }], 't');
    expect(w.relation('warming')).toBe(0);
    expect(w.quad(null)).toBe(0);
  });
});
