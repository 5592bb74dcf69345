import { describe, expect, it } from 'vitest';
import { modularity, signedBlocs } from './blocs.ts';
import { signedFrom } from './network.ts';

describe('signedBlocs', () => {
  it('splits two camps joined by hostile ties', () => {
    const g = signedFrom([
      ['AAA', 'BBB', 1], ['AAA', 'CCC', 0.8], ['BBB', 'CCC', 0.9],
      ['DDD', 'EEE', 1], ['DDD', 'FFF', 0.7], ['EEE', 'FFF', 0.6],
      ['AAA', 'DDD', -0.9], ['BBB', 'EEE', -0.5], ['CCC', 'FFF', -0.8], ['CCC', 'DDD', 0.1],
    ]);
    const b = signedBlocs(g);
    expect(b.metric).toBe('blocs.signed-modularity.v1');
    expect(b.blocs).toEqual([['AAA', 'BBB', 'CCC'], ['DDD', 'EEE', 'FFF']]);
    expect(b.modularity).toBeGreaterThan(0.3);
    expect(b.modularity).toBeCloseTo(modularity(g, b.of));
    expect(modularity(g, new Map(g.nodes.map((v) => [v, 0])))).toBeLessThan(b.modularity);
  });
  it('keeps a country that is hostile to everyone apart', () => {
    const g = signedFrom([['AAA', 'BBB', 1], ['BBB', 'CCC', 1], ['AAA', 'CCC', 1], ['XXX', 'AAA', -1], ['XXX', 'BBB', -1], ['XXX', 'CCC', -0.5]]);
    const b = signedBlocs(g);
    expect(b.of.get('XXX')).not.toBe(b.of.get('AAA'));
    expect(b.blocs[0]).toEqual(['AAA', 'BBB', 'CCC']);
  });
});
