import { describe, expect, it } from 'vitest';
import type { RelationRow, SeriesCell } from '../store/store.ts';
import { buildNetwork, signedOf } from './network.ts';

const cell = (src: string, tgt: string, q1: number, q3: number, modality = 'asserted'): SeriesCell => ({
  period: null, src, tgt, modality, n: q1 + q3, q1, q2: 0, q3, q4: 0, goldstein_sum: 0, goldstein_n: 0, mentions: 0,
});
const rel = (a: string, b: string, direction: string): RelationRow => ({
  id: `r:${a}${b}`, doc_id: 'd', a, b, direction, strength: 1, quote: 'q', start: 0, end: 1, rule: 't', sentence: 0, date: '2012-11-16', hedged: false,
});

describe('buildNetwork', () => {
  it('signs edges by cooperation, damps sparse pairs and adds relation statements', () => {
    const n = buildNetwork([cell('AAA', 'BBB', 40, 2), cell('BBB', 'AAA', 10, 0), cell('AAA', 'CCC', 1, 30), cell('CCC', 'DDD', 1, 0), cell('AAA', 'AAA', 9, 0)], [rel('DDD', 'EEE', 'hostile')], { at: '2012-11-16', from: '2011-11-16' });
    const g = n.graph;
    expect(n.metric).toBe('network.signed.v1');
    expect(g.order).toBe(5);
    expect(g.getEdgeAttribute(g.edge('AAA', 'BBB')!, 'sign')).toBe(1);
    expect(g.getEdgeAttribute(g.edge('AAA', 'BBB')!, 'events')).toBe(52);
    expect(g.getEdgeAttribute(g.edge('AAA', 'CCC')!, 'sign')).toBe(-1);
    const weak = g.getEdgeAttribute(g.edge('CCC', 'DDD')!, 'weight');
    expect(weak).toBeGreaterThan(0);
    expect(weak).toBeLessThan(g.getEdgeAttribute(g.edge('AAA', 'BBB')!, 'weight'));
    expect(g.getEdgeAttribute(g.edge('DDD', 'EEE')!, 'relations')).toEqual(['r:DDDEEE']);
    expect(g.getEdgeAttribute(g.edge('DDD', 'EEE')!, 'sign')).toBe(-1);
    const s = signedOf(g);
    expect(s.nodes).toEqual(['AAA', 'BBB', 'CCC', 'DDD', 'EEE']);
    expect(s.w.get('BBB')!.get('AAA')).toBeGreaterThan(0);
  });
  it('ignores events that did not happen', () => {
    const n = buildNetwork([cell('AAA', 'BBB', 40, 0, 'intended'), cell('AAA', 'BBB', 0, 40, 'negated')], [], { at: '2012-01-01', from: '2011-01-01' });
    expect(n.graph.size).toBe(0);
  });
});
