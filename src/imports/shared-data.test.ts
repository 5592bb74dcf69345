// The real files in ../shared: every row accounted for (skips when ../shared is absent).
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DuckDBStore } from '../store/duckdb.ts';
import { describeShared, sharedPath } from '../testing/shared.ts';
import { importFiles, type ImportSummary } from './import-files.ts';

const GEORGIA = 'data/gdelt/gdelt1-georgia-2012';
const SAMPLES = 'data/gdelt/gdelt-format-samples';

describeShared('GDELT 1.0 Georgia 2012 (12 monthly files)', GEORGIA, () => {
  let store: DuckDBStore;
  let s: ImportSummary;
  beforeAll(async () => {
    store = await DuckDBStore.open(':memory:');
    const dir = sharedPath(GEORGIA);
    s = await importFiles(store, 'gdelt', readdirSync(dir).filter((f) => f.endsWith('.csv')).sort().map((f) => `${dir}/${f}`));
  });
  afterAll(async () => { await store.close(); });

  it('reads all 55,044 rows; each is loaded or quarantined with its reason', async () => {
    expect(s.failed).toBe(0);
    expect(s.read).toBe(55044);
    expect(s.loaded + s.present + s.quarantined).toBe(55044);
    // one GLOBALEVENTID (233586967) is used by two different events (June and September)
    expect(s.quarantined).toBe(1);
    expect(s.reasons).toEqual({ 'id collision': 1 });
    const [q] = await store.queryQuarantine();
    expect(q).toMatchObject({ line: 349, reason: expect.stringContaining('gdelt1:233586967') });
    expect(q!.file).toMatch(/sept2012\.csv$/);
    expect(await store.countEvents({ origin: 'gdelt1' })).toBe(55043);
  });

  it('per month as documented, december realigned (leading row-number column dropped)', () => {
    const by = Object.fromEntries(s.files.map((f) => [f.file.split('/').pop(), f.read]));
    expect(by).toEqual({
      'apr2012.csv': 5865, 'aug2012.csv': 1255, 'december12.csv': 2575, 'feb2012.csv': 8484, 'jan2012.csv': 4324, 'july2012.csv': 1509,
      'june2012.csv': 6237, 'mar2012.csv': 8441, 'may2012.csv': 6601, 'nov2012.csv': 5230, 'oct2012.csv': 2300, 'sept2012.csv': 2223,
    });
    expect(s.files.find((f) => f.file.endsWith('december12.csv'))!.note).toMatch(/row-number/);
  });

  it('dates, quad classes and Goldstein weights agree with the CAMEO table; dyads as documented', async () => {
    const [r] = await store.all(`SELECT min(date)::VARCHAR AS lo, max(date)::VARCHAR AS hi, count(*) FILTER (WHERE quad IS NULL OR goldstein IS NULL)::INTEGER AS missing FROM events`);
    expect(r).toEqual({ lo: '2012-01-01', hi: '2012-12-31', missing: 0 });
    // the documented dyad counts were taken without December (whose rows are shifted by a
    // row-number column); we realign December, so it adds its own
    const dyad = async (a: string, b: string, withDecember: boolean) => Number((await store.all(
      `SELECT count(*) AS n FROM events WHERE ((src_country = ? AND tgt_country = ?) OR (src_country = ? AND tgt_country = ?))
       ${withDecember ? '' : "AND rule NOT LIKE '%december12.csv'"}`, [a, b, b, a]))[0]!.n);
    expect([await dyad('RUS', 'USA', false), await dyad('GEO', 'USA', false), await dyad('IRN', 'ISR', false), await dyad('ARM', 'AZE', false)])
      .toEqual([453, 256, 124, 82]);
    expect(await dyad('RUS', 'USA', true)).toBe(566);
  });
});

describeShared('GDELT format samples (1.0 mixed 57/58 columns, 2.0 events, translingual, mentions)', SAMPLES, () => {
  it('imports every row of each sample', async () => {
    const store = await DuckDBStore.open(':memory:');
    const files = ['sparkgdelt_events1.csv', 'sparkgdelt_events.csv', 'sparkgdelt_eventsT.csv', 'sparkgdelt_mentions.csv'].map((f) => sharedPath(SAMPLES, f));
    const s = await importFiles(store, 'gdelt', files);
    expect(s.files.map((f) => [f.origin, f.read, f.loaded, f.quarantined, f.error])).toEqual([
      ['gdelt1', 100, 100, 0, null], ['gdelt2', 100, 100, 0, null], ['gdelt2', 100, 100, 0, null], ['gdelt2', 100, 100, 0, null],
    ]);
    // the 40 historical rows (57 fields) have no SOURCEURL, the 60 daily ones do (a URL or, in 2003, a source name)
    const [u] = await store.all(`SELECT count(*) FILTER (WHERE url IS NULL)::INTEGER AS no_url, count(*) FILTER (WHERE url IS NOT NULL)::INTEGER AS url FROM events WHERE origin = 'gdelt1'`);
    expect(u).toEqual({ no_url: 40, url: 60 });
    expect(Number((await store.all('SELECT count(*) AS n FROM event_mentions'))[0]!.n)).toBe(100);
    await store.close();
  });
});

describeShared('ICEWS 2018 sample', 'data/icews/events.2018.sample.tab', () => {
  it('imports all 3,705 events with countries and sectors mapped', async () => {
    const store = await DuckDBStore.open(':memory:');
    const s = await importFiles(store, 'icews', [sharedPath('data/icews/events.2018.sample.tab')]);
    expect(s).toMatchObject({ read: 3705, loaded: 3705, quarantined: 0, failed: 0 });
    const [r] = await store.all(`SELECT
        count(*) FILTER (WHERE src_country IN ('IND', 'PAK') OR tgt_country IN ('IND', 'PAK'))::INTEGER AS indpak,
        count(*) FILTER (WHERE date < DATE '2018-06-01' OR date > DATE '2018-06-02')::INTEGER AS out_of_range
      FROM events`);
    expect(r).toEqual({ indpak: 802, out_of_range: 0 });
    // every country name in the file maps to an ISO3 code
    const names = await store.all(`SELECT count(*) AS n FROM read_csv(?, delim = '\t', header = true, all_varchar = true) r
      WHERE r."Source Country" IS NOT NULL AND r."Source Country" <> 'NA'`, [sharedPath('data/icews/events.2018.sample.tab')]);
    expect(await store.countEvents({})).toBe(3705);
    expect(Number((await store.all(`SELECT count(src_country) AS n FROM events`))[0]!.n)).toBe(Number(names[0]!.n));
    await store.close();
  });
});
