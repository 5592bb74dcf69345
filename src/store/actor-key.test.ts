import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_KEY, actorKey } from './actor-key.ts';
import { DuckDBStore } from './duckdb.ts';
import { rollupReady, setRollupMinEvents } from './duckdb-aggregate.ts';

describe('actorKey', () => {
  it('keys multilateral bodies on their org and everyone else on the country', () => {
    expect(actorKey('IGO', 'NATO')).toBe('NATO');
    expect(actorKey('IGO', 'eu')).toBe('EU');
    expect(actorKey('NGO', 'World Bank')).toBe('WORLDBANK');
    expect(actorKey('IGO', 'U.N.')).toBe('UN');
    expect(actorKey('IGO', null)).toBe('IGO');
    expect(actorKey('IGO', '')).toBe('IGO');
    expect(actorKey('PAK', 'NATO')).toBe('PAK');
    expect(actorKey(null, 'NATO')).toBeNull();
    expect(['NATO', 'EU', 'SCO', 'G20', 'PAK'].every((k) => ACTOR_KEY.test(k))).toBe(true);
    expect(['N', 'nato', 'WORLD BANK', '1UN', 'ABCDEFGHIJKLM'].some((k) => ACTOR_KEY.test(k))).toBe(false);
  });
});

describe('actor keys in the store aggregates', () => {
  let store: DuckDBStore;
  let original: number | undefined;
  beforeAll(async () => {
    store = await DuckDBStore.open(':memory:');
    // 600 events: NATO→RUS, EU→RUS, an org-less IGO→RUS, RUS→PAK and NATO→EU, over two years
    await store.exec(`INSERT INTO events (id, origin, date, src_country, src_org, tgt_country, tgt_org, quad, goldstein, modality, mentions, is_primary)
      SELECT 'k' || i, 'icews', DATE '2011-01-01' + CAST(i AS INTEGER),
        ['IGO', 'IGO', 'IGO', 'RUS', 'IGO'][CAST(1 + i % 5 AS BIGINT)], ['NATO', 'eu', NULL, NULL, 'NATO'][CAST(1 + i % 5 AS BIGINT)],
        ['RUS', 'RUS', 'RUS', 'PAK', 'IGO'][CAST(1 + i % 5 AS BIGINT)], [NULL, NULL, NULL, NULL, 'EU'][CAST(1 + i % 5 AS BIGINT)],
        CAST(1 + (i // 5) % 4 AS INTEGER), 1.0, 'asserted', 1, TRUE
      FROM range(600) r(i)`);
  });
  afterAll(async () => { if (original != null) setRollupMinEvents(original); await store.close(); });

  it('gives NATO, the EU and a nameless IGO their own dyads, from events and from roll-ups alike', async () => {
    const series = await store.eventSeries({}, { by: 'year' });
    const pairs = [...new Set(series.map((c) => `${c.src}-${c.tgt}`))].sort();
    expect(pairs).toEqual(['EU-NATO', 'EU-RUS', 'IGO-RUS', 'NATO-RUS', 'PAK-RUS']);
    const nato = await store.eventSeries({ dyad: ['NATO', 'RUS'] }, { by: 'year' });
    expect(nato.reduce((s, c) => s + c.n, 0)).toBe(120);
    const vol = await store.countryVolume({ countries: ['NATO', 'EU', 'IGO'] }, { by: null });
    expect(Object.fromEntries(vol.map((v) => [v.country, v.n]))).toEqual({ NATO: 240, EU: 240, IGO: 120 });
    const raw = [await store.eventSeries({ dyad: ['EU', 'RUS'], from: '2011-02-10', to: '2012-06-20' }, { by: 'month' }), await store.countryVolume({ countries: ['NATO'] }, { by: 'quarter' })];
    original ??= setRollupMinEvents(1);
    // a roll-up built by an older version (country-keyed) must be rebuilt, not read
    await store.exec(`CREATE OR REPLACE TABLE realign_rollup_state AS SELECT 'v3' AS version, CAST(600 AS BIGINT) AS events, current_timestamp AS built_at`);
    expect(await rollupReady(store)).toBe(true);
    expect((await store.all('SELECT version FROM realign_rollup_state'))[0]!.version).not.toBe('v3');
    expect(await store.eventSeries({ dyad: ['EU', 'RUS'], from: '2011-02-10', to: '2012-06-20' }, { by: 'month' })).toEqual(raw[0]);
    expect(await store.countryVolume({ countries: ['NATO'] }, { by: 'quarter' })).toEqual(raw[1]);
    expect(new Set((await store.eventSeries({}, { by: 'year' })).map((c) => `${c.src}-${c.tgt}`)).size).toBe(5);
  });

  it('filters events on actor keys', async () => {
    const evs = await store.queryEvents({ dyad: ['RUS', 'NATO'], limit: 1000 });
    expect(evs).toHaveLength(120);
    expect(evs.every((e) => e.src_org === 'NATO' && e.tgt_country === 'RUS')).toBe(true);
    expect(await store.countEvents({ country: 'EU' })).toBe(240);
    expect(await store.countEvents({ country: 'IGO' })).toBe(120);
    expect(await store.countEvents({ dyad: ['NATO', 'EU'], directed: true })).toBe(120);
    expect(await store.countEvents({ dyad: ['EU', 'NATO'], directed: true })).toBe(0);
  });
});
