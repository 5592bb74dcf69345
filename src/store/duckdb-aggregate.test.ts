import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBStore } from './duckdb.ts';
import { rollupReady, setRollupMinEvents } from './duckdb-aggregate.ts';
import type { EventFilter, Period } from './store.ts';

describe('duckdb roll-ups give the same aggregates as the events table', () => {
  let store: DuckDBStore;
  let original: number | undefined;
  const useRollups = () => { const p = setRollupMinEvents(1); original ??= p; };
  beforeAll(async () => {
    store = await DuckDBStore.open(':memory:');
    await store.exec(`INSERT INTO events (id, origin, date, src_country, tgt_country, quad, goldstein, modality, mentions, is_primary)
      SELECT 'x' || i, CASE WHEN i % 3 = 0 THEN 'gdelt1' ELSE 'icews' END, DATE '2011-01-01' + CAST(i % 700 AS INTEGER),
        ['AAA', 'BBB', 'CCC', 'DDD'][CAST(1 + i % 4 AS BIGINT)], ['BBB', 'CCC', 'DDD', 'AAA', 'AAA'][CAST(1 + (i // 4) % 5 AS BIGINT)],
        CAST(1 + (i // 7) % 4 AS INTEGER), ((i % 11) - 5) * 1.0, CASE WHEN i % 13 = 0 THEN 'reported' ELSE 'asserted' END, 1 + i % 3, i % 10 <> 0
      FROM range(5000) r(i)`);
  });
  afterAll(async () => { if (original != null) setRollupMinEvents(original); await store.close(); });

  const cases: Array<[EventFilter, Period | null, boolean]> = [
    [{}, 'month', false],
    [{ dyad: ['AAA', 'BBB'] }, 'month', false],
    [{ dyad: ['AAA', 'BBB'], directed: true }, 'quarter', true],
    [{ dyad: ['CCC', 'AAA'], from: '2011-03-17', to: '2012-08-09' }, 'month', false],
    [{ from: '2011-05-02', to: '2012-04-30', primaryOnly: true }, null, false],
    [{ countries: ['DDD'], modality: 'asserted', origin: 'icews', from: '2011-02-01', to: '2011-02-20' }, 'year', false],
    [{ from: '2012-01-01', to: '2012-12-31' }, 'year', true],
  ];

  it('matches on every filter', async () => {
    const raw = [];
    for (const [f, by, directed] of cases) raw.push([await store.eventSeries(f, { by, directed }), await store.countryVolume({ ...f, countries: f.countries ?? ['AAA', 'CCC'] }, { by })]);
    useRollups();
    expect(await rollupReady(store)).toBe(true);
    for (const [i, [f, by, directed]] of cases.entries()) {
      const series = await store.eventSeries(f, { by, directed });
      expect(series.length).toBeGreaterThan(0);
      const near = (xs: typeof series) => xs.map((c) => ({ ...c, goldstein_sum: Math.round(c.goldstein_sum * 1e6) }));
      expect(near(series)).toEqual(near(raw[i]![0] as typeof series));
      expect(await store.countryVolume({ ...f, countries: f.countries ?? ['AAA', 'CCC'] }, { by })).toEqual(raw[i]![1]);
    }
  });

  it('rebuilds after new events arrive', async () => {
    useRollups();
    await rollupReady(store);
    const before = await store.eventSeries({ dyad: ['AAA', 'BBB'], directed: true }, { by: 'year' });
    await store.exec(`INSERT INTO events (id, origin, date, src_country, tgt_country, quad, modality) VALUES ('new1', 'icews', DATE '2011-06-15', 'AAA', 'BBB', 4, 'asserted')`);
    const after = await store.eventSeries({ dyad: ['AAA', 'BBB'], directed: true }, { by: 'year' });
    expect(after[0]!.q4).toBe(before[0]!.q4 + 1);
    await store.refreshAggregates();
    expect(Number((await store.all('SELECT events FROM realign_rollup_state'))[0]!.events)).toBe(await store.countEvents());
  });
});
