// The dashboard's map data (web/src/map-data.ts): network ties take the brief's direction,
// brief dyads without enough evidence for a tie still appear, blocs are laid out apart.
import { describe, expect, it } from 'vitest';
import type { Brief, Network } from '../../web/src/api.ts';
import { hulls, mergeMap } from '../../web/src/map-data.ts';
import { monthSteps } from '../../web/src/map-steps.ts';

const net: Network = {
  at: '2012-11-16', from: '2011-11-17',
  nodes: [{ id: 'FRE', name: 'Freedonia', bloc: 0, events: 5 }, { id: 'SYL', name: 'Sylvania', bloc: 0, events: 5 }, { id: 'RUR', name: 'Ruritania', bloc: 1, events: 2 }],
  edges: [{ a: 'FRE', b: 'SYL', weight: 0.4, sign: 1, events: 5, relations: ['r1'] }, { a: 'RUR', b: 'SYL', weight: -0.2, sign: -1, events: 2, relations: [] }],
  blocs: { modularity: 0.3, blocs: [['FRE', 'SYL'], ['RUR']] },
  balance: { unbalanced: [] },
};
const brief: Brief = {
  at: '2012-11-16', from: '2011-11-17',
  dyads: [
    { a: 'FRE', b: 'SYL', direction: 'warming', index: 2, summary: 'warming', evidence: [] },
    { a: 'RUR', b: 'SYL', direction: 'steady', index: 0, summary: 'steady', evidence: [] },
    { a: 'FRE', b: 'GRN', direction: 'cooling', index: -1, summary: 'cooling', evidence: [{ kind: 'relation', id: 'x', quote: 'q' }] },
  ],
};

describe('mergeMap', () => {
  const m = mergeMap(net, brief);
  it("colours a tie by the brief's direction, by its sign when the brief says steady", () => {
    expect(m.ties.find((t) => t.a === 'FRE' && t.b === 'SYL')?.direction).toBe('warming');
    expect(m.ties.find((t) => t.a === 'RUR' && t.b === 'SYL')?.direction).toBe('hostile');
  });
  it('adds dyads the brief reports that are below the network threshold', () => {
    expect(m.ties.find((t) => t.a === 'FRE' && t.b === 'GRN')).toMatchObject({ direction: 'cooling', weight: 0, statements: 1 });
    expect(m.places.map((p) => p.id).sort()).toEqual(['FRE', 'GRN', 'RUR', 'SYL']);
  });
  it('places blocs apart and outlines blocs of two or more', () => {
    const at = new Map(m.places.map((p) => [p.id, p]));
    const d = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    expect(d('FRE', 'SYL')).toBeLessThan(d('FRE', 'RUR'));
    expect(m.hulls).toHaveLength(1);
    const h = m.hulls[0]!;
    for (const c of ['FRE', 'SYL']) expect(Math.hypot(at.get(c)!.x - h.x, at.get(c)!.y - h.y)).toBeLessThan(h.r);
  });
  it('lists the busiest ties first', () => {
    expect(m.ties[0]).toMatchObject({ a: 'FRE', b: 'SYL' });
  });
});

describe('hulls', () => {
  it('leaves single countries without an outline', () => {
    expect(hulls([{ id: 'A', name: 'A', bloc: 0, events: 1, x: 0, y: 0 }])).toEqual([]);
  });
});

describe('monthSteps', () => {
  it('steps by month ends and ends on the last date', () => {
    expect(monthSteps('2012-10-05', '2012-12-16')).toEqual(['2012-10-31', '2012-11-30', '2012-12-16']);
    expect(monthSteps('2012-02-01', '2012-02-10')).toEqual(['2012-02-10']);
    expect(monthSteps('2011-12-20', '2012-01-03')).toEqual(['2011-12-31', '2012-01-03']);
  });
});
