// The analytics over a store: each function asks the Store interface for aggregates and
// rows, then runs the pure functions of this folder. The CLI and the server call these.
import type { EventFilter, EventRow, Period, RelationRow, Store } from '../store/store.ts';
import { alignmentIndex, ALIGNMENT_METRIC, type IndexPoint, type RelationEvidence } from './alignment.ts';
import { balance, type Balance } from './balance.ts';
import { signedBlocs } from './blocs.ts';
import { briefFrom, dyadKey, type Brief } from './brief.ts';
import { countryName, weights } from './lexicon.ts';
import { buildNetwork, signedOf } from './network.ts';
import { addDays, nextPeriod, normaliseDate, periodRange, periodStart } from './periods.ts';
import { dyadSeries, emptyCounts, addCounts, SERIES_METRIC, type SeriesPoint } from './series.ts';
import { rankShifts, shiftsOf, SHIFT_METHODS, type Shift, type ShiftMethod } from './shifts.ts';

const BIG = 1_000_000;

/** Latest date of any event or relation statement in the store (null when empty). */
export async function latestDate(store: Store): Promise<string | null> {
  const years = await store.eventSeries({}, { by: 'year' });
  let best: string | null = null;
  const lastYear = years.reduce<string | null>((m, c) => (c.period && (!m || c.period > m) ? c.period : m), null);
  if (lastYear) {
    const days = await store.eventSeries({ from: lastYear }, { by: 'day' });
    best = days.reduce<string | null>((m, c) => (c.period && (!m || c.period > m) ? c.period : m), null);
  }
  for (const r of await store.queryRelations({ from: best ?? undefined, limit: BIG })) if (r.date && (!best || r.date > best)) best = r.date;
  return best;
}

const relEvidence = (rs: RelationRow[], by: Period): RelationEvidence[] =>
  rs.filter((r) => r.date).map((r) => ({ period: periodStart(r.date!, by), direction: r.direction, strength: r.strength, hedged: r.hedged }));

export interface DyadReport {
  metric: string;
  a: string; b: string; by: Period; directed: boolean; primaryOnly: boolean;
  points: Array<SeriesPoint & { index: Omit<IndexPoint, 'a' | 'b' | 'period' | 'metric'> }>;
  relations: RelationRow[];
}

export async function dyadReport(store: Store, o: { a: string; b: string; by?: Period; from?: string; to?: string; directed?: boolean; primaryOnly?: boolean }): Promise<DyadReport> {
  const by = o.by ?? 'month';
  const from = o.from ? normaliseDate(o.from) : undefined, to = o.to ? normaliseDate(o.to) : undefined;
  const f: EventFilter = { dyad: [o.a, o.b], directed: o.directed, from, to, primaryOnly: o.primaryOnly };
  const [cells, volume, relations] = await Promise.all([
    store.eventSeries(f, { by, directed: o.directed }),
    store.countryVolume({ countries: [o.a, o.b], from, to, primaryOnly: o.primaryOnly }, { by }),
    store.queryRelations({ dyad: [o.a, o.b], from, to, limit: BIG }),
  ]);
  const relFrom = relations.map((r) => r.date).filter(Boolean).sort() as string[];
  const lo = ([from, cells[0]?.period, relFrom[0]].filter(Boolean) as string[]).sort()[0];
  const hi = ([to, cells[cells.length - 1]?.period, relFrom[relFrom.length - 1]].filter(Boolean) as string[]).sort().pop();
  const series = dyadSeries(cells, { a: o.a, b: o.b, by, directed: o.directed, volume, from: lo, to: hi });
  const idx = alignmentIndex(series, { relations: relEvidence(relations, by) });
  return {
    metric: `${SERIES_METRIC}+${ALIGNMENT_METRIC}`, a: o.a, b: o.b, by, directed: !!o.directed, primaryOnly: !!o.primaryOnly,
    points: series.map((p, i) => { const { a: _a, b: _b, period: _p, metric: _m, ...rest } = idx[i]!; return { ...p, index: rest }; }),
    relations,
  };
}

export interface ShiftWithEvidence extends Shift { evidence: Array<{ kind: 'event'; id: string; date: string; cameo: string | null; goldstein: number | null; quote: string | null }> }

export async function shiftsReport(store: Store, o: { since?: string; to?: string; countries?: string[]; by?: Period; minEvents?: number; all?: boolean; limit?: number; primaryOnly?: boolean; method?: ShiftMethod }): Promise<{ metric: string; by: Period; shifts: ShiftWithEvidence[] }> {
  const by = o.by ?? 'month';
  const from = o.since ? normaliseDate(o.since) : undefined, to = o.to ? normaliseDate(o.to) : undefined;
  const cells = await store.eventSeries({ from, to, countries: o.countries, primaryOnly: o.primaryOnly }, { by });
  const only = o.countries?.length ? new Set(o.countries) : null;
  const mine = only ? cells.filter((c) => only.has(c.src) || only.has(c.tgt)) : cells;
  const periods = mine.map((c) => c.period!).sort();
  const all = shiftsOf(mine, { by, from: from ?? periods[0], to: to ?? periods[periods.length - 1], minEvents: o.minEvents ?? 10, method: o.method });
  const ranked = rankShifts(all.flatMap((d) => d.shifts).filter((s) => o.all || s.flagged)).slice(0, o.limit ?? 20);
  const out: ShiftWithEvidence[] = [];
  for (const s of ranked) {
    const evs = await store.queryEvents({ dyad: [s.a, s.b], from: s.period, to: addDays(nextPeriod(s.period, by), -1), primaryOnly: o.primaryOnly, modality: ['asserted', 'reported'], limit: 2000 });
    const sign = s.direction === 'warming' ? 1 : -1;
    const drive = evs.filter((e) => e.quad != null && (e.quad <= 2 ? 1 : -1) === sign)
      .sort((p, q) => Math.abs(q.goldstein ?? 0) * (q.mentions || 1) - Math.abs(p.goldstein ?? 0) * (p.mentions || 1) || p.id.localeCompare(q.id)).slice(0, 5);
    out.push({ ...s, evidence: drive.map((e) => ({ kind: 'event', id: e.id, date: e.date, cameo: e.cameo, goldstein: e.goldstein, quote: e.quote })) });
  }
  return { metric: SHIFT_METHODS[o.method ?? 'pelt'], by, shifts: out };
}

export interface NetworkReport {
  metric: string; at: string; from: string; neutral: number;
  nodes: Array<{ id: string; name: string; bloc: number; events: number }>;
  edges: Array<{ a: string; b: string; weight: number; sign: number; events: number; relations: string[] }>;
  blocs: { metric: string; modularity: number; blocs: string[][] };
  balance: Omit<Balance, 'unbalanced'> & { unbalanced: Array<Balance['unbalanced'][number] & { text: string }> };
}

export async function networkReport(store: Store, o: { at: string; windowDays?: number; countries?: string[]; minEvidence?: number; primaryOnly?: boolean }): Promise<NetworkReport> {
  const at = endOf(o.at);
  const from = addDays(at, -(o.windowDays ?? 365) + 1);
  const [cells, relations] = await Promise.all([
    store.eventSeries({ from, to: at, countries: o.countries, primaryOnly: o.primaryOnly }, { by: null }),
    store.queryRelations({ from, to: at, limit: BIG }),
  ]);
  const only = o.countries?.length ? new Set(o.countries) : null;
  const keep = <T extends { a?: string; b?: string; src?: string; tgt?: string }>(x: T) => !only || only.has((x.a ?? x.src)!) && only.has((x.b ?? x.tgt)!);
  const net = buildNetwork(cells.filter(keep), relations.filter(keep), { at, from, minEvidence: o.minEvidence ?? 3 });
  const g = signedOf(net.graph);
  const blocs = signedBlocs(g);
  const bal = balance(g, { starts: [blocs.of] });
  const name = (c: string) => countryName(c);
  return {
    metric: net.metric, at, from, neutral: net.neutral,
    nodes: g.nodes.map((id) => ({ id, name: name(id), bloc: blocs.of.get(id)!, events: net.graph.getNodeAttribute(id, 'events') })),
    edges: net.graph.mapEdges((_e, x, a, b) => ({ a: a < b ? a : b, b: a < b ? b : a, weight: Math.round(x.weight * 1000) / 1000, sign: x.sign, events: x.events, relations: x.relations })),
    blocs: { metric: blocs.metric, modularity: blocs.modularity, blocs: blocs.blocs },
    balance: {
      ...bal,
      unbalanced: bal.unbalanced.map((t) => ({
        ...t,
        text: t.kind === 'partners-at-odds'
          ? `${name(t.pivot!)} is close to both ${name(t.rivals![0])} and ${name(t.rivals![1])}, who are at odds`
          : `${name(t.nodes[0])}, ${name(t.nodes[1])} and ${name(t.nodes[2])} are all at odds`,
      })),
    },
  };
}

/** "2012-11" → "2012-11-30", "2012" → "2012-12-31", a day stays. */
export function endOf(d: string): string {
  if (/^\d{4}$/.test(d)) return `${d}-12-31`;
  if (/^\d{4}-\d{2}$/.test(d)) return addDays(nextPeriod(`${d}-01`, 'month'), -1);
  return normaliseDate(d);
}

/**
 * Events fetched per dyad for the brief's evidence and wording; directions use the full
 * counts. The brief counts happenings, so copies of one report (dup_key) count once.
 */
const BRIEF_SAMPLE = 1000;

export async function brief(store: Store, o: { at?: string; focus?: string[]; windowDays?: number; maxDyads?: number } = {}): Promise<Brief> {
  const at = o.at ? endOf(o.at) : (await latestDate(store)) ?? new Date().toISOString().slice(0, 10);
  const from = addDays(at, -(o.windowDays ?? 365) + 1);
  const histFrom = periodStart(addDays(at, -5 * 365), 'quarter');
  const focus = o.focus?.length ? o.focus : undefined;
  const w = weights();
  const [cells, relations, hist] = await Promise.all([
    store.eventSeries({ from, to: at, countries: focus, primaryOnly: true }, { by: null }),
    store.queryRelations({ from, to: at, limit: BIG }),
    store.eventSeries({ from: histFrom, to: at, countries: focus, primaryOnly: true }, { by: 'quarter' }),
  ]);
  // the window's totals per dyad: direction weight of cooperative (P) and conflictual (N) events
  const totals = new Map<string, { P: number; N: number; n: number; q: number[] }>();
  for (const c of cells) {
    const mw = w.direction(c.modality);
    if (!mw) continue;
    const k = dyadKey(c.src, c.tgt);
    const t = totals.get(k) ?? totals.set(k, { P: 0, N: 0, n: 0, q: [0, 0, 0, 0] }).get(k)!;
    t.q[0]! += c.q1; t.q[1]! += c.q2; t.q[2]! += c.q3; t.q[3]! += c.q4;
    t.P += mw * (w.quadDirection(1) * c.q1 + w.quadDirection(2) * c.q2);
    t.N += mw * (w.quadDirection(3) * c.q3 + w.quadDirection(4) * c.q4);
    t.n += c.n;
  }
  // events (evidence, wording) for the dyads with the most to say
  const relUnits = new Map<string, number>();
  for (const r of relations) if (r.a && r.b) relUnits.set(dyadKey(r.a, r.b), (relUnits.get(dyadKey(r.a, r.b)) ?? 0) + w.relation(r.direction, r.hedged));
  const keys = [...new Set([...totals.keys(), ...relUnits.keys()])]
    .filter((k) => !focus || k.split('|').some((c) => focus.includes(c)))
    .sort((p, q) => weightOf(q) - weightOf(p) || p.localeCompare(q))
    .slice(0, 3 * (o.maxDyads ?? 12));
  function weightOf(k: string) { const t = totals.get(k); return (t ? t.P + t.N : 0) + (relUnits.get(k) ?? 0); }
  const events: EventRow[] = [];
  for (const k of keys) {
    const t = totals.get(k);
    if (!t) continue;
    const [a, b] = k.split('|') as [string, string];
    if (t.n <= BRIEF_SAMPLE) { events.push(...await store.queryEvents({ dyad: [a, b], from, to: at, primaryOnly: true, limit: BRIEF_SAMPLE })); continue; }
    // a busy pair: a sample from each quad class it has, so every side of the story is heard
    for (let q = 1; q <= 4; q++) if (t.q[q - 1]) events.push(...await store.queryEvents({ dyad: [a, b], from, to: at, quad: q, primaryOnly: true, limit: BRIEF_SAMPLE / 4 }));
  }
  const quarters = periodRange(histFrom, at, 'quarter');
  const history = new Map<string, Array<ReturnType<typeof emptyCounts> & { period: string; a: string; b: string }>>();
  for (const c of hist) {
    const k = dyadKey(c.src, c.tgt);
    if (!keys.includes(k)) continue;
    if (!history.has(k)) {
      const [a, b] = k.split('|') as [string, string];
      history.set(k, quarters.map((period) => ({ ...emptyCounts(), period, a, b })));
    }
    const slot = history.get(k)!.find((p) => p.period === c.period);
    if (slot) addCounts(slot, c, w.series(c.modality));
  }
  const keep = new Set(keys);
  return briefFrom({
    at, from, events, relations: relations.filter((r) => r.a && r.b && keep.has(dyadKey(r.a, r.b))), history,
    totals: new Map([...totals].filter(([k]) => keep.has(k))), focus, maxDyads: o.maxDyads,
  });
}
