// Organisations as their own nodes: a hand-built store where NATO and the EU each deal
// with Russia must give two dyads (not one "IGO–Russia") in series, brief and network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBStore } from '../store/duckdb.ts';
import { orgPictureDoc } from './fixtures.ts';
import { brief, dyadReport, networkReport } from './queries.ts';

describe('organisations as actors', () => {
  let store: DuckDBStore;
  beforeAll(async () => {
    store = await DuckDBStore.open(':memory:');
    await store.putDocument(orgPictureDoc());
  });
  afterAll(async () => { await store.close(); });

  it('keeps NATO–Russia and EU–Russia apart in the event series', async () => {
    const cells = await store.eventSeries({}, { by: null });
    const n = Object.fromEntries(cells.map((c) => [`${c.src}-${c.tgt}`, c.n]));
    expect(n).toEqual({ 'NATO-RUS': 3, 'EU-RUS': 3, 'EU-NATO': 1, 'IGO-RUS': 1 });
    const nato = cells.find((c) => c.src === 'NATO')!;
    expect(nato.q3 + nato.q4).toBe(3);
    const directed = await store.eventSeries({ dyad: ['RUS', 'EU'], directed: true }, { by: 'month' });
    expect(directed.map((c) => [c.period, c.n, c.q1])).toEqual([['2013-03-01', 1, 1]]);
  });

  it('gives the dyad report of an organisation and a country', async () => {
    const r = await dyadReport(store, { a: 'NATO', b: 'RUS', by: 'month' });
    expect(r.points.map((p) => [p.period, p.n])).toEqual([['2013-01-01', 1], ['2013-02-01', 1], ['2013-03-01', 1]]);
    expect(r.points.every((p) => p.q1 + p.q2 === 0)).toBe(true);
  });

  it('names NATO and the EU in the brief, each with its own direction', async () => {
    const b = await brief(store, { at: '2013-03-31' });
    const d = Object.fromEntries(b.dyads.map((x) => [`${x.a}-${x.b}`, x]));
    expect(d['NATO-RUS']!.summary).toMatch(/^NATO–Russia: hostile/);
    expect(d['EU-RUS']!.summary).toMatch(/^EU–Russia: friendly/);
    // an IGO row that names no organisation keeps the node "IGO"
    expect(b.dyads.map((x) => x.summary.split(':')[0]).sort()).toEqual(['EU–NATO', 'EU–Russia', 'IGO–Russia', 'NATO–Russia']);
    for (const x of [d['NATO-RUS']!, d['EU-RUS']!]) expect(x.evidence.length).toBe(3);
    expect(d['NATO-RUS']!.evidence.map((e) => e.quote).join(' ')).not.toContain('bloc');
  });

  it('makes NATO and the EU separate network nodes', async () => {
    const net = await networkReport(store, { at: '2013-03-31', minEvidence: 0 });
    expect(net.nodes.map((x) => x.id).sort()).toEqual(['EU', 'IGO', 'NATO', 'RUS']);
    expect(net.nodes.find((x) => x.id === 'NATO')!.name).toBe('NATO');
    const edge = (a: string, b: string) => net.edges.find((e) => e.a === a && e.b === b)!;
    expect(edge('NATO', 'RUS').sign).toBe(-1);
    expect(edge('EU', 'RUS').sign).toBe(1);
    const only = await networkReport(store, { at: '2013-03-31', minEvidence: 0, countries: ['NATO', 'RUS'] });
    expect(only.nodes.map((x) => x.id).sort()).toEqual(['NATO', 'RUS']);
  });
});
