// The suite every Store backend runs (see duckdb.test.ts). Build input by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.ts';
import type { Doc } from '../doc/types.ts';
import type { EventRow, Store } from './store.ts';

export function sampleDoc(body = 'Freedonia hosted Sylvania. Ties warmed.', url: string | null = null): Doc {
  const d = createDoc(body, { title: 'Sample', published: '2012-11-16', url, source: 'sample.txt', format: 'text', language: 'en' });
  d.actors.push({ id: `${d.id}:a0`, text: 'Freedonia', code: 'FRE', country: 'FRE', sector: null, start: 0, end: 9, entry: 'test:FRE', sentence: 0, kind: 'country', tokenStart: 0, tokenEnd: 1 });
  d.events.push({
    id: `${d.id}:e0`, source: { text: 'Freedonia', code: 'FRE', country: 'FRE', sector: null }, target: { text: 'Sylvania', code: 'SYL', country: 'SYL', sector: null },
    cameo: '043', root: '04', quad: 1, goldstein: 2.8, plover: { type: 'CONSULT', mode: 'visit' }, modality: 'asserted', date: '2012-10', span: [0, 26], rule: 'test:host', sentence: 0,
  });
  d.relations.push({ id: `${d.id}:r0`, a: 'FRE', b: 'SYL', direction: 'warming', strength: 0.6, quote: 'Ties warmed.', start: 27, end: 39, rule: 'test:warm', sentence: 1 });
  d.claims.push({ id: `${d.id}:c0`, subject: 'FRE', measure: 'share', value: 24, unit: 'percent', qualifier: 'over', quote: 'x', start: 0, end: 1, rule: 'test:pct', sentence: 0 });
  return d;
}

export function sampleEvent(over: Partial<EventRow> = {}): EventRow {
  return {
    id: 'g:1', origin: 'gdelt1', doc_id: null, ext_id: '1', date: '2012-01-05', date_precision: 'day',
    src_code: 'GEOGOV', src_country: 'GEO', src_sector: 'GOV', src_org: null, src_text: 'GEORGIA',
    tgt_code: 'RUS', tgt_country: 'RUS', tgt_sector: null, tgt_org: null, tgt_text: 'RUSSIA',
    cameo: '111', root: '11', quad: 3, goldstein: -2, plover_type: 'ACCUSE', plover_mode: null, modality: 'asserted',
    sentence: null, span_start: null, span_end: null, quote: null, rule: null, url: 'http://example.org/a', mentions: 4, dup_key: null, is_primary: true,
    ...over,
  };
}

/** A backend under test: `write` takes the writes, `read` answers the reads (the same store, or a reader over another process's store). */
export interface StorePair { write: Store; read: Store; close(): Promise<void> }

export function storeSuite(name: string, open: () => Promise<Store>) {
  storePairSuite(name, async () => { const s = await open(); return { write: s, read: s, close: () => s.close() }; });
}

/** The suite with writes and reads split: every test writes first, then reads (so a reader that caches answers is fine). */
export function storePairSuite(name: string, open: () => Promise<StorePair>) {
  describe(`store suite: ${name}`, () => {
    let pair: StorePair;
    let w: Store, store: Store;
    beforeEach(async () => { pair = await open(); w = pair.write; store = pair.read; });
    afterEach(async () => { await pair.close(); });

    it('is migrated to the latest schema', async () => {
      expect(await store.schemaVersion()).toBeGreaterThanOrEqual(1);
    });

    it('stores a document with its layers once', async () => {
      const d = sampleDoc();
      expect((await w.putDocument(d)).status).toBe('inserted');
      expect((await w.putDocument(sampleDoc())).status).toBe('exists');
      expect(await store.countDocuments()).toBe(1);
      const got = await store.getDocument(d.id);
      expect(got?.body).toBe(d.text);
      expect(got?.published).toBe('2012-11-16');
      expect(got?.actors).toHaveLength(1);
      expect(got?.events[0]).toMatchObject({ cameo: '043', src_country: 'FRE', tgt_country: 'SYL', date: '2012-10-01', date_precision: 'month', origin: 'realign' });
      expect(got?.relations[0]).toMatchObject({ a: 'FRE', b: 'SYL', direction: 'warming' });
      expect(got?.claims[0]).toMatchObject({ value: 24, unit: 'percent', qualifier: 'over' });
    });

    it('lists and searches documents', async () => {
      await w.putDocument(sampleDoc());
      await w.putDocument(sampleDoc('Another text about Ruritania.'));
      expect(await store.listDocuments()).toHaveLength(2);
      const hits = await store.listDocuments({ q: 'ruritania' });
      expect(hits).toHaveLength(1);
      expect(await store.getDocument('nope')).toBeNull();
    });

    it('inserts events idempotently and filters them', async () => {
      const rows = [sampleEvent(), sampleEvent({ id: 'g:2', ext_id: '2', src_code: 'RUS', src_country: 'RUS', src_sector: null, tgt_country: 'GEO', tgt_code: 'GEO', cameo: '042', root: '04', quad: 1, date: '2012-03-01' })];
      expect(await w.insertEvents(rows)).toBe(2);
      expect(await w.insertEvents(rows)).toBe(0);
      expect(await store.countEvents()).toBe(2);
      expect(await store.countEvents({ dyad: ['RUS', 'GEO'] })).toBe(2);
      expect(await store.countEvents({ dyad: ['RUS', 'GEO'], directed: true })).toBe(1);
      expect(await store.countEvents({ root: '4' })).toBe(1);
      expect(await store.countEvents({ from: '2012-02-01' })).toBe(1);
      expect(await store.countEvents({ origin: ['gdelt1', 'icews'] })).toBe(2);
      const [e] = await store.queryEvents({ quad: 3 });
      expect(e).toMatchObject({ id: 'g:1', goldstein: -2, mentions: 4, date: '2012-01-05', is_primary: true });
    });

    it('aggregates events into dyad series by period, directed or not', async () => {
      const ev = (id: string, src: string, tgt: string, date: string, quad: number, goldstein: number, over: Partial<EventRow> = {}) =>
        sampleEvent({ id, ext_id: id, src_country: src, src_code: src, tgt_country: tgt, tgt_code: tgt, date, quad, goldstein, mentions: 1, ...over });
      await w.insertEvents([
        ev('s1', 'GEO', 'RUS', '2012-01-05', 3, -2),
        ev('s2', 'RUS', 'GEO', '2012-01-20', 1, 1.9),
        ev('s3', 'RUS', 'GEO', '2012-02-03', 4, -10, { modality: 'reported' }),
        ev('s4', 'RUS', 'GEO', '2012-02-04', 1, 3.4, { is_primary: false, dup_key: 'k' }),
        ev('s5', 'GEO', 'USA', '2012-02-10', 2, 6),
        ev('s6', 'GEO', 'GEO', '2012-02-11', 2, 6),
      ]);
      const m = await store.eventSeries({ dyad: ['GEO', 'RUS'] }, { by: 'month' });
      expect(m.map((c) => [c.period, c.src, c.tgt, c.modality, c.n, c.q1, c.q3, c.q4])).toEqual([
        ['2012-01-01', 'GEO', 'RUS', 'asserted', 2, 1, 1, 0],
        ['2012-02-01', 'GEO', 'RUS', 'asserted', 1, 1, 0, 0],
        ['2012-02-01', 'GEO', 'RUS', 'reported', 1, 0, 0, 1],
      ]);
      expect(m[0]!.goldstein_sum).toBeCloseTo(-0.1);
      const d = await store.eventSeries({ primaryOnly: true, modality: 'asserted' }, { by: 'year', directed: true });
      expect(d.map((c) => [c.period, c.src, c.tgt, c.n])).toEqual([
        ['2012-01-01', 'GEO', 'RUS', 1], ['2012-01-01', 'GEO', 'USA', 1], ['2012-01-01', 'RUS', 'GEO', 1],
      ]);
      const all = await store.eventSeries({}, {});
      expect(all.every((c) => c.period === null)).toBe(true);
      expect(all.find((c) => c.tgt === 'USA')?.q2).toBe(1);
      const vol = await store.countryVolume({ countries: ['GEO', 'USA'] }, { by: 'month' });
      expect(vol).toEqual([
        { period: '2012-01-01', country: 'GEO', n: 2 },
        { period: '2012-02-01', country: 'GEO', n: 4 },
        { period: '2012-02-01', country: 'USA', n: 1 },
      ]);
      await expect(store.eventSeries({}, { by: 'fortnight' as never })).rejects.toThrow(/unknown period|"by": must be one of/);
    });

    it('reads relations, claims and documents by filter', async () => {
      const d = sampleDoc();
      await w.putDocument(d);
      await w.putDocument(sampleDoc('Ruritania and Freedonia quarrelled.'));
      expect(await store.hasDocument(d.id)).toBe(true);
      expect(await store.hasDocument('nope')).toBe(false);
      expect(await store.queryRelations({ dyad: ['SYL', 'FRE'] })).toHaveLength(2);
      expect((await store.queryRelations({ dyad: ['SYL', 'FRE'], doc_id: d.id })).map((r) => [r.doc_id, r.direction, r.date, r.hedged, r.start, r.end])).toEqual([[d.id, 'warming', '2012-11-16', false, 27, 39]]);
      expect(await store.queryRelations({ country: 'RUR' })).toEqual([]);
      expect(await store.queryRelations({ from: '2012-12-01' })).toEqual([]);
      expect(await store.queryRelations({ limit: 1 })).toHaveLength(1);
      expect((await store.queryClaims({ doc_id: d.id }))[0]).toMatchObject({ subject: 'FRE', value: 24, start: 0, end: 1, sentence: 0 });
      expect(await store.queryClaims({ subject: 'SYL' })).toEqual([]);
      expect(await store.listDocuments({ limit: 1, offset: 1 })).toHaveLength(1);
      expect((await store.listDocuments({ limit: 0 }))).toEqual([]);
      expect((await store.queryEvents({ doc_id: d.id, modality: ['asserted', 'reported'], root: '04', cameo: '043' }))[0]).toMatchObject({ span_start: 0, span_end: 26, quote: d.text.slice(0, 26), doc_id: d.id });
    });

    it('keeps quarantined rows with their reasons', async () => {
      await w.addQuarantine([{ origin: 'gdelt1', file: 'f.csv', line: 3, reason: 'wrong column count', raw: 'a,b' }]);
      expect(await store.queryQuarantine({ file: 'f.csv' })).toEqual([{ origin: 'gdelt1', file: 'f.csv', line: 3, reason: 'wrong column count', raw: 'a,b' }]);
    });
  });
}
