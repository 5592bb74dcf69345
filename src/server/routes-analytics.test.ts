// Analytics routes in-process (app.request()), over stores built by hand.
import { describe, expect, it } from 'vitest';
import { DuckDBStore } from '../store/duckdb.ts';
import { orgPictureDoc } from '../analytics/fixtures.ts';
import { sampleEvent } from '../store/store.suite.ts';
import { ResponseCache } from './cache.ts';
import { createApp } from './app.ts';
import { useFixtureApp } from './test-fixture.ts';

const fx = useFixtureApp();
const { get } = fx;

describe('API: analytics', () => {
  it('gives a dyad series with the alignment index and change points', async () => {
    const r = await get('/api/dyads/PAK/RUS?by=month');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ a: 'PAK', b: 'RUS', by: 'month', names: { PAK: 'Pakistan', RUS: 'Russia' } });
    const oct = r.body.points.find((p: any) => p.period === '2012-10-01');
    expect(oct.n).toBeGreaterThan(0);
    expect(oct.index).toHaveProperty('index');
    expect(r.body.relations.map((x: any) => x.direction)).toContain('warming');
    expect(Array.isArray(r.body.shifts)).toBe(true);
    expect(r.body.points.map((p: any) => p.period)).toEqual([...r.body.points.map((p: any) => p.period)].sort());
  });

  it('shows the network with blocs, and the brief with PAK–RUS warming', async () => {
    const net = await get('/api/network?at=2012-11-16&min_evidence=0');
    const edge = net.body.edges.find((e: any) => e.a === 'PAK' && e.b === 'RUS');
    expect(edge.sign).toBe(1);
    expect(net.body.blocs.blocs.length).toBeGreaterThan(0);
    const b = await get('/api/brief?at=2012-11-16');
    expect(b.body.at).toBe('2012-11-16');
    const d = b.body.dyads.find((x: any) => x.a === 'PAK' && x.b === 'RUS');
    expect(d.direction).toBe('warming');
    expect(d.evidence.length).toBeGreaterThan(0);
    const latest = await get('/api/brief');
    expect(latest.body.at).toBe('2012-11-16');
  });

  it('ranks shifts', async () => {
    const r = await get('/api/shifts?all=true&min_events=0&by=month');
    expect(r.status).toBe(200);
    expect(r.body.metric).toBe('shifts.bocpd.v1');
    expect(Array.isArray(r.body.shifts)).toBe(true);
  });

  it('caches GET results until the store changes', async () => {
    const cache = new ResponseCache();
    const a = createApp({ store: fx.store, cache });
    await a.request('/api/dyads/PAK/RUS');
    await a.request('/api/dyads/PAK/RUS');
    expect(cache.misses).toBe(1);
    expect(cache.hits).toBe(1);
    await a.request('/api/dyads/RUS/PAK');
    expect(cache.misses).toBe(2);
  });
});

describe('API: change points', () => {
  it('finds where a long dyad series turns', async () => {
    const s = await DuckDBStore.open(':memory:');
    const rows = [];
    for (let m = 0; m < 24; m++) {
      const date = `${2010 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-10`;
      for (let k = 0; k < 6; k++) {
        const coop = m < 12 ? k < 5 : k < 1;
        rows.push(sampleEvent({ id: `t:${m}:${k}`, ext_id: `${m}${k}`, src_country: 'FRE', src_code: 'FRE', tgt_country: 'SYL', tgt_code: 'SYL', date, cameo: coop ? '042' : '112', root: coop ? '04' : '11', quad: coop ? 1 : 3, goldstein: coop ? 1.9 : -2, mentions: 1 }));
      }
    }
    await s.insertEvents(rows);
    const a = createApp({ store: s });
    const r = await (await a.request('/api/dyads/FRE/SYL?by=month')).json() as any;
    expect(r.points).toHaveLength(24);
    expect(r.shifts.length).toBeGreaterThan(0);
    expect(r.shifts[0]).toMatchObject({ direction: 'cooling', period: '2011-01-01' });
    await s.close();
  });

  it('serves organisations as actors: /api/dyads/NATO/RUS apart from the EU', async () => {
    const s = await DuckDBStore.open(':memory:');
    await s.putDocument(orgPictureDoc());
    const a = createApp({ store: s });
    const r = await (await a.request('/api/dyads/NATO/RUS?by=year')).json() as any;
    expect(r).toMatchObject({ a: 'NATO', b: 'RUS', names: { NATO: 'NATO', RUS: 'Russia' } });
    expect(r.points.map((p: any) => [p.period, p.n, p.q3 + p.q4])).toEqual([['2013-01-01', 3, 3]]);
    const ev = await (await a.request('/api/events?dyad=EU,RUS')).json() as any;
    expect(ev.items.map((e: any) => e.src_org ?? e.tgt_org)).toEqual(['EU', 'EU', 'EU']);
    const net = await (await a.request('/api/network?at=2013-03-31&min_evidence=0&countries=NATO,EU,RUS')).json() as any;
    expect(net.nodes.map((n: any) => n.id).sort()).toEqual(['EU', 'NATO', 'RUS']);
    expect((await a.request('/api/dyads/nato/RUS')).status).toBe(400);
    await s.close();
  });
});
