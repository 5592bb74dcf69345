// Analytics over a hand-built store. The "seed picture" store mirrors the kind of article
// the project started from with our own invented sentences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBStore } from '../store/duckdb.ts';
import { sampleEvent } from '../store/store.suite.ts';
import type { EventRow } from '../store/store.ts';
import { putSeedPicture } from './fixtures.ts';
import { brief, dyadReport, endOf, latestDate, networkReport, shiftsReport } from './queries.ts';

describe('brief on a store that mirrors the seed picture', () => {
  let store: DuckDBStore;
  beforeAll(async () => {
    store = await DuckDBStore.open(':memory:');
    await putSeedPicture(store);
  });
  afterAll(async () => { await store.close(); });

  it('states who is warming, cooling and friendly, with evidence', async () => {
    const b = await brief(store);
    expect(b.at).toBe('2012-11-16');
    const dir = Object.fromEntries(b.dyads.map((d) => [`${d.a}-${d.b}`, d.direction]));
    expect(dir).toMatchObject({ 'PAK-RUS': 'warming', 'PAK-USA': 'cooling', 'IND-USA': 'warming', 'IND-RUS': 'cooling', 'CHN-PAK': 'friendly' });
    for (const d of b.dyads) {
      expect(d.evidence.length).toBeGreaterThan(0);
      for (const e of d.evidence) expect(e.quote.length).toBeGreaterThan(5);
    }
    const pr = b.dyads.find((d) => d.a === 'PAK' && d.b === 'RUS')!;
    expect(pr.summary).toMatch(/^Pakistan–Russia: warming \(3 visits, /);
    expect(pr.summary).toContain('an endorsement');
    expect(pr.summary).toContain('an offer of economic help');
    expect(pr.summary).toContain('a planned offer of military cooperation');
    expect(pr.summary).toContain('a report of warming ties');
    expect(pr.summary).not.toMatch(/4 visits/);
    expect(pr.evidence.map((e) => e.quote)).not.toContain("The Russian president's trip to Islamabad was called off.");
    expect(pr.evidence.map((e) => e.quote)).toContain('Ties between Islamabad and Moscow are improving.');
    expect(b.dyads.find((d) => d.a === 'PAK' && d.b === 'USA')!.summary).toBe('Pakistan–United States: cooling (a report of cooling ties)');
  });

  it('narrows to a focus country and to a date', async () => {
    const b = await brief(store, { focus: ['IND'] });
    expect(b.dyads.map((d) => `${d.a}-${d.b}`).sort()).toEqual(['IND-RUS', 'IND-USA']);
    const early = await brief(store, { at: '2012-06' });
    expect(early.at).toBe('2012-06-30');
    expect(early.dyads.map((d) => `${d.a}-${d.b}`)).toEqual(['PAK-RUS']);
    expect(early.dyads[0]!.direction).toBe('friendly');
    expect(await latestDate(store)).toBe('2012-11-16');
  });
});

const ev = (id: string, src: string, tgt: string, date: string, quad: number, over: Partial<EventRow> = {}) =>
  sampleEvent({ id, ext_id: id, src_country: src, src_code: src, tgt_country: tgt, tgt_code: tgt, date, quad, goldstein: quad <= 2 ? 3 : -5, cameo: quad <= 2 ? '042' : '112', root: quad <= 2 ? '04' : '11', mentions: 1, quote: `${src} and ${tgt} on ${date}`, ...over });

describe('dyad, shifts and network over a store', () => {
  let store: DuckDBStore;
  beforeAll(async () => {
    store = await DuckDBStore.open(':memory:');
    const rows: EventRow[] = [];
    let i = 0;
    // AAA–BBB: 12 friendly months, then 6 hostile ones; CCC–BBB steady
    for (let m = 1; m <= 18; m++) {
      const d = `${m <= 12 ? 2010 : 2011}-${String(((m - 1) % 12) + 1).padStart(2, '0')}-10`;
      for (let k = 0; k < 20; k++) rows.push(ev(`e${i++}`, k % 2 ? 'AAA' : 'BBB', k % 2 ? 'BBB' : 'AAA', d, m <= 12 ? (k < 18 ? 1 : 3) : (k < 4 ? 1 : 4)));
      for (let k = 0; k < 10; k++) rows.push(ev(`e${i++}`, 'CCC', 'BBB', d, k < 8 ? 1 : 3));
      for (let k = 0; k < 10; k++) rows.push(ev(`e${i++}`, 'AAA', 'DDD', d, k < 9 ? 2 : 3));
      for (let k = 0; k < 5; k++) rows.push(ev(`e${i++}`, 'AAA', 'AAA', d, 1));
    }
    await store.insertEvents(rows);
  });
  afterAll(async () => { await store.close(); });

  it('gives a dyad series with volume and index', async () => {
    const r = await dyadReport(store, { a: 'AAA', b: 'BBB', by: 'quarter' });
    expect(r.points.map((p) => p.period)).toEqual(['2010-01-01', '2010-04-01', '2010-07-01', '2010-10-01', '2011-01-01', '2011-04-01']);
    expect(r.points[0]).toMatchObject({ n: 60, q1: 54, q3: 6 });
    // volume: events touching AAA or BBB, the pair's own counted once
    expect(r.points[0]!.volume).toBe(60 + 30 + 30 + 15);
    expect(r.points[5]!.index.index).toBeLessThan(r.points[0]!.index.index);
    const dird = await dyadReport(store, { a: 'AAA', b: 'BBB', by: 'year', directed: true, from: '2011' });
    expect(dird.points[0]).toMatchObject({ period: '2011-01-01', n: 60 });
  });

  it('ranks the AAA–BBB turn first, with the events that drove it', async () => {
    const r = await shiftsReport(store, { by: 'month' });
    expect(r.shifts.length).toBeGreaterThan(0);
    const s = r.shifts[0]!;
    expect(s).toMatchObject({ a: 'AAA', b: 'BBB', period: '2011-01-01', direction: 'cooling', flagged: true });
    expect(s.evidence.length).toBe(5);
    expect(s.evidence.every((e) => e.date.startsWith('2011-01'))).toBe(true);
    expect(r.shifts.some((x) => x.b === 'CCC' || x.a === 'CCC')).toBe(false);
    const only = await shiftsReport(store, { countries: ['DDD'], by: 'month' });
    expect(only.shifts).toEqual([]);
  });

  it('draws the network at a date with blocs and balance', async () => {
    const year = await networkReport(store, { at: '2011-06' });
    expect(year.from).toBe('2010-07-01');
    // over the year AAA–BBB is still net cooperative; over the last half-year it is hostile
    expect(year.edges.find((x) => x.a === 'AAA' && x.b === 'BBB')!.sign).toBe(1);
    const n = await networkReport(store, { at: '2011-06', windowDays: 181 });
    expect(n.at).toBe('2011-06-30');
    expect(n.from).toBe('2011-01-01');
    expect(n.nodes.map((x) => x.id)).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
    const e = (a: string, b: string) => n.edges.find((x) => x.a === a && x.b === b)!;
    expect(e('AAA', 'BBB').sign).toBe(-1);
    expect(e('AAA', 'DDD').sign).toBe(1);
    expect(n.nodes.find((x) => x.id === 'AAA')!.bloc).not.toBe(n.nodes.find((x) => x.id === 'BBB')!.bloc);
    expect(n.nodes.find((x) => x.id === 'AAA')!.bloc).toBe(n.nodes.find((x) => x.id === 'DDD')!.bloc);
    expect(n.balance.triangles).toBe(0);
    expect(endOf('2012')).toBe('2012-12-31');
  });
});

describe('brief on a busy store', () => {
  it('judges from full counts and words the summary from a sample', async () => {
    const store = await DuckDBStore.open(':memory:');
    try {
      const rows: EventRow[] = [];
      // the earliest 1,000 events are cooperative, the 3,000 after them conflictual
      for (let i = 0; i < 4000; i++) rows.push(ev(`b${String(i).padStart(4, '0')}`, 'AAA', 'BBB', `2012-${String(1 + Math.floor(i / 400)).padStart(2, '0')}-05`, i < 1000 ? 1 : 3));
      await store.insertEvents(rows);
      const b = await brief(store, { at: '2012-12-31' });
      expect(b.dyads[0]).toMatchObject({ a: 'AAA', b: 'BBB', direction: 'hostile' });
      expect(b.dyads[0]!.summary).toBe('AAA–BBB: hostile (250 accusations, from a sample of 500 of 4,000 events)');
    } finally { await store.close(); }
  });
});
