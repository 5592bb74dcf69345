import { describe, expect, it } from 'vitest';
import { balance } from './balance.ts';
import { signedFrom } from './network.ts';

describe('balance', () => {
  it('counts balanced triangles and names the partner at odds', () => {
    // AAA friendly with BBB and CCC, who are at odds: unbalanced. BBB-CCC-DDD: enemy of my enemy is my friend: balanced
    const g = signedFrom([['AAA', 'BBB', 0.8], ['AAA', 'CCC', 0.6], ['BBB', 'CCC', -0.7], ['CCC', 'DDD', -0.5], ['BBB', 'DDD', 0.4]]);
    const b = balance(g);
    expect(b.triangles).toBe(2);
    expect(b.balanced).toBe(1);
    expect(b.share).toBe(0.5);
    expect(b.unbalanced).toHaveLength(1);
    expect(b.unbalanced[0]).toMatchObject({ nodes: ['AAA', 'BBB', 'CCC'], kind: 'partners-at-odds', pivot: 'AAA', rivals: ['BBB', 'CCC'], strength: 0.6 });
    // the cheapest way to split: one frustrated tie
    expect(b.frustratedEdges).toBe(1);
    expect(b.frustration).toBeGreaterThan(0);
  });
  it('finds zero frustration in a perfectly balanced two-camp world', () => {
    const g = signedFrom([['AAA', 'BBB', 1], ['CCC', 'DDD', 1], ['AAA', 'CCC', -1], ['BBB', 'DDD', -1], ['AAA', 'DDD', -1], ['BBB', 'CCC', -1]]);
    const b = balance(g);
    expect(b.share).toBe(1);
    expect(b.frustration).toBe(0);
    expect(b.camps.map((c) => c.join())).toEqual(expect.arrayContaining(['AAA,BBB', 'CCC,DDD']));
  });
  it('marks all-hostile triangles', () => {
    const b = balance(signedFrom([['AAA', 'BBB', -1], ['BBB', 'CCC', -1], ['AAA', 'CCC', -1]]));
    expect(b.unbalanced[0]!.kind).toBe('all-hostile');
  });
});
