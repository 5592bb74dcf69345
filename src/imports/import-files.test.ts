// Imports of our own hand-written rows (test/fixtures/imports) in the real layouts.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDBStore } from '../store/duckdb.ts';
import { PROJECT_DIR } from '../testing/shared.ts';
import { importFiles } from './import-files.ts';
import { zipOne } from './zip-writer.test-helper.ts';

const fx = (f: string) => join(PROJECT_DIR, 'test/fixtures/imports', f);
let store: DuckDBStore;
beforeEach(async () => { store = await DuckDBStore.open(':memory:'); });
afterEach(async () => { await store.close(); });

describe('GDELT import', () => {
  it('loads valid rows, quarantines the rest with line and reason, and maps CAMEO facts', async () => {
    const s = await importFiles(store, 'gdelt', [fx('gdelt1-daily.export.CSV')]);
    expect(s).toMatchObject({ read: 8, loaded: 5, present: 0, quarantined: 3, failed: 0 });
    expect(s.reasons).toEqual({ 'wrong column count': 1, 'bad SQLDATE': 1, 'unknown CAMEO code': 1 });
    const q = await store.queryQuarantine();
    expect(q.map((r) => [r.line, r.reason])).toEqual([
      [5, 'wrong column count: more than 58 fields'], [6, 'bad SQLDATE: 20131301'], [7, 'unknown CAMEO code: 999'],
    ]);
    expect(q[1]!.raw.startsWith('900005\t20131301')).toBe(true);
    const [e] = await store.queryEvents({ cameo: '190' });
    expect(e).toMatchObject({
      id: 'gdelt1:900004', origin: 'gdelt1', ext_id: '900004', date: '2013-04-02', src_code: 'RUSMIL', src_country: 'RUS', src_sector: 'MIL',
      tgt_country: 'GEO', root: '19', quad: 4, goldstein: -10, plover_type: 'ASSAULT', mentions: 6, url: 'http://example.org/news/4',
    });
    // a 57-field (historical layout) row loads without SOURCEURL
    expect((await store.queryEvents({ cameo: '057' }))[0]).toMatchObject({ id: 'gdelt1:900008', url: null });
  });

  it('marks one primary per happening (most mentions) and keeps the count', async () => {
    await importFiles(store, 'gdelt', [fx('gdelt1-daily.export.CSV')]);
    const visits = await store.queryEvents({ cameo: '042' });
    expect(visits.map((e) => [e.id, e.is_primary, e.dup_count])).toEqual([
      ['gdelt1:900001', false, 3], ['gdelt1:900002', true, 3], ['gdelt1:900003', false, 3],
    ]);
    expect(new Set(visits.map((e) => e.dup_key)).size).toBe(1);
    expect(await store.countEvents({ primaryOnly: true })).toBe(3);
  });

  it('is idempotent: the same file (or the same content under another name) is stored once', async () => {
    await importFiles(store, 'gdelt', [fx('gdelt1-daily.export.CSV')]);
    const again = await importFiles(store, 'gdelt', [fx('gdelt1-daily.export.CSV')]);
    expect(again.files[0]).toMatchObject({ skipped: true, loaded: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'realign-imp-'));
    // same events in a different file: already present, not loaded twice
    const other = join(dir, 'other.CSV');
    writeFileSync(other, readFileSync(fx('gdelt1-daily.export.CSV'), 'utf8') + '\n');
    const third = await importFiles(store, 'gdelt', [other]);
    expect(third).toMatchObject({ loaded: 0, present: 5, quarantined: 3 });
    expect(await store.countEvents()).toBe(5);
    expect((await store.queryEvents({ cameo: '042' })).filter((e) => e.is_primary)).toHaveLength(1);
  });

  it('reads zip and gzip files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'realign-imp-'));
    const raw = readFileSync(fx('gdelt2.export.CSV'));
    writeFileSync(join(dir, '20150219000000.export.CSV.zip'), zipOne('20150219000000.export.CSV', raw));
    writeFileSync(join(dir, 'g1.export.CSV.gz'), gzipSync(readFileSync(fx('gdelt1-daily.export.CSV'))));
    const s = await importFiles(store, 'gdelt', [join(dir, '20150219000000.export.CSV.zip'), join(dir, 'g1.export.CSV.gz')]);
    expect(s.files.map((f) => [f.origin, f.loaded, f.quarantined])).toEqual([['gdelt2', 4, 0], ['gdelt1', 5, 3]]);
    expect((await store.queryEvents({ origin: 'gdelt2', cameo: '112' })).map((e) => [e.id, e.is_primary])).toEqual([
      ['gdelt2:700003', true], ['gdelt2:700004', false],
    ]);
  });

  it('realigns a file whose rows carry a leading row-number column, and says so', async () => {
    const s = await importFiles(store, 'gdelt', [fx('gdelt1-rownumbers.csv')]);
    expect(s.files[0]).toMatchObject({ origin: 'gdelt1', read: 3, loaded: 2, quarantined: 1, note: expect.stringMatching(/row-number column/) });
    expect((await store.queryEvents({ cameo: '043' }))[0]).toMatchObject({ id: 'gdelt1:910001', date: '2012-01-05', src_country: 'GEO', tgt_country: 'USA' });
    expect((await store.queryQuarantine())[0]).toMatchObject({ line: 4, reason: 'bad SQLDATE: 2012-01-07' });
  });

  it('loads GDELT 2.0 mentions into event_mentions', async () => {
    const s = await importFiles(store, 'gdelt', [fx('gdelt2.mentions.CSV')]);
    expect(s).toMatchObject({ read: 3, loaded: 2, quarantined: 1, reasons: { 'bad GLOBALEVENTID': 1 } });
    const rows = await store.all('SELECT event_id, url, confidence FROM event_mentions ORDER BY url');
    expect(rows).toEqual([
      { event_id: 'gdelt2:700001', url: 'http://example.net/z', confidence: 50 },
      { event_id: 'gdelt2:700001', url: 'http://example.org/a', confidence: 90 },
    ]);
  });

  it('reports a file it cannot read in one line and goes on with the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'realign-imp-'));
    writeFileSync(join(dir, 'odd.csv'), 'a,b,c\n1,2,3\n');
    const s = await importFiles(store, 'gdelt', [join(dir, 'missing.csv'), join(dir, 'odd.csv'), fx('gdelt2.export.CSV')]);
    expect(s.failed).toBe(2);
    expect(s.files[0]!.error).toBe('no such file');
    expect(s.files[1]!.error).toMatch(/not a GDELT event or mentions file: its rows have 3 fields/);
    expect(s.loaded).toBe(4);
  });
});

describe('ICEWS import', () => {
  it('maps countries, sectors and CAMEO; falls back on the event text for invalid codes; reads non-standard dates', async () => {
    const s = await importFiles(store, 'icews', [fx('icews-daily.tab')]);
    expect(s).toMatchObject({ read: 6, loaded: 4, quarantined: 2, reasons: { 'bad Event Date': 1, 'unknown CAMEO code': 1 } });
    const ev = Object.fromEntries((await store.queryEvents({ origin: 'icews' })).map((e) => [e.ext_id, e]));
    expect(ev['5000001']).toMatchObject({ src_code: 'INDGOV', src_country: 'IND', src_sector: 'GOV', tgt_code: 'PAK', cameo: '040', sentence: 1 });
    expect(ev['5000002']).toMatchObject({ date: '2018-06-01', src_code: 'PAKMIL', tgt_country: 'IND', cameo: '138', quad: 3 });
    expect(ev['5000003']).toMatchObject({ cameo: '141', root: '14', src_sector: 'OPP', tgt_code: 'NPLGOV' }); // "13y" → by its text
    expect(ev['5000004']).toMatchObject({ date: '2018-06-02', src_country: null, src_sector: 'IGO', src_code: 'IGO', tgt_country: 'RUS' });
    expect((await store.queryQuarantine()).map((q) => [q.line, q.reason])).toEqual([[6, 'bad Event Date: 2018-13-40'], [7, 'unknown CAMEO code: 77z']]);
  });

  it('reads a release without a CAMEO column from the event text', async () => {
    const s = await importFiles(store, 'icews', [fx('icews-no-cameo.tab')]);
    expect(s).toMatchObject({ loaded: 2, quarantined: 0 });
    expect((await store.queryEvents({ origin: 'icews' })).map((e) => e.cameo)).toEqual(['040', '138']);
  });
});

describe('POLECAT import', () => {
  it('maps PLOVER types to CAMEO roots where the crosswalk allows, from tab and JSON exports', async () => {
    const s = await importFiles(store, 'polecat', [fx('polecat.tsv')]);
    expect(s).toMatchObject({ read: 4, loaded: 3, quarantined: 1, reasons: { 'unknown PLOVER type': 1 } });
    const ev = Object.fromEntries((await store.queryEvents({ origin: 'polecat' })).map((e) => [e.ext_id, e]));
    expect(ev['pc-001']).toMatchObject({ plover_type: 'CONSULT', plover_mode: 'visit', root: '04', quad: 1, goldstein: 1.5, src_code: 'FRAGOV', tgt_code: 'BRAGOV', cameo: null });
    expect(ev['pc-002']).toMatchObject({ plover_type: 'ASSAULT', root: null, quad: 4, src_country: null, tgt_country: 'MLI' });
    expect(ev['pc-003']).toMatchObject({ plover_type: 'REQUEST', root: null, src_country: 'JPN' }); // country name → ISO3
    const dir = mkdtempSync(join(tmpdir(), 'realign-imp-'));
    copyFileSync(fx('polecat.jsonl'), join(dir, 'p.jsonl'));
    const other = await DuckDBStore.open(':memory:');
    const j = await importFiles(other, 'polecat', [join(dir, 'p.jsonl')]);
    expect(j).toMatchObject({ read: 3, loaded: 3, quarantined: 0 });
    expect((await other.queryEvents({})).map((e) => [e.id, e.root])).toEqual([['polecat:pc-001', '04'], ['polecat:pc-002', null], ['polecat:pc-003', null]]);
    await other.close();
  });
});
