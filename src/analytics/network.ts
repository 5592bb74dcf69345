// The signed, weighted network of countries at a date (metric "network.signed.v1").
// Each edge sums a dyad's events (both directions, weighted by modality and quad class as
// in alignment.ts) and relation statements over a window ending at the date. Its sign
// says whether the pair is more cooperative than a neutral level: the log-odds of
// cooperation x = ln((C+α)/(K+α)) minus a reference — by default the median over the
// edges with enough events when there are at least 20 of them (news reports cooperation
// far more than conflict, so "friendly" means friendlier than the usual pair), else 0.
// Weight = tanh((x − ref)/2) × n/(n + k): sparse pairs get small weights.
import { UndirectedGraph } from 'graphology';
import type { RelationRow, SeriesCell } from '../store/store.ts';
import { coopConflict } from './alignment.ts';
import { weights as loadWeights, type Weights } from './lexicon.ts';
import { addCounts, emptyCounts, type Counts } from './series.ts';
import { median } from './stats.ts';

export const NETWORK_METRIC = 'network.signed.v1';

export interface NetworkOptions {
  at: string;
  from: string;
  /** reference log-odds for a neutral pair (default: see above) */
  neutral?: number;
  /** edges need at least this much evidence (weighted events + relation units) */
  minEvidence?: number;
  /** k in the damping n/(n+k) */
  damping?: number;
  prior?: number;
  weights?: Weights;
}

export interface EdgeAttrs { weight: number; sign: 1 | -1; logOdds: number; events: number; coop: number; conflict: number; relations: string[] }

export interface SignedNetwork {
  metric: typeof NETWORK_METRIC;
  at: string;
  from: string;
  neutral: number;
  graph: UndirectedGraph<{ events: number }, EdgeAttrs>;
}

/** Build the network from undirected aggregate cells over the window and relation rows in it. */
export function buildNetwork(cells: SeriesCell[], relations: RelationRow[], o: NetworkOptions): SignedNetwork {
  const w = o.weights ?? loadWeights();
  const alpha = o.prior ?? 1;
  const k = o.damping ?? 10;
  const pairs = new Map<string, { counts: Counts; rel: RelationRow[] }>();
  const get = (x: string, y: string) => {
    const key = x < y ? `${x}|${y}` : `${y}|${x}`;
    return pairs.get(key) ?? pairs.set(key, { counts: emptyCounts(), rel: [] }).get(key)!;
  };
  for (const c of cells) {
    const mw = w.series(c.modality);
    if (mw && c.src !== c.tgt) addCounts(get(c.src, c.tgt).counts, c, mw);
  }
  for (const r of relations) if (r.a && r.b && r.a !== r.b) get(r.a, r.b).rel.push(r);
  const raw = [...pairs].map(([key, p]) => {
    const { coop, conflict } = coopConflict(p.counts, w, p.rel.map((r) => ({ period: '', direction: r.direction, strength: r.strength, hedged: r.hedged })));
    return { key, coop, conflict, n: coop + conflict, x: Math.log((coop + alpha) / (conflict + alpha)), rel: p.rel, events: p.counts.n };
  }).filter((e) => e.n >= (o.minEvidence ?? 1));
  const solid = raw.filter((e) => e.n >= 20).map((e) => e.x);
  const neutral = o.neutral ?? (solid.length >= 20 ? median(solid) : 0);
  const graph = new UndirectedGraph<{ events: number }, EdgeAttrs>({ allowSelfLoops: false });
  for (const e of raw.sort((p, q) => p.key.localeCompare(q.key))) {
    const [a, b] = e.key.split('|') as [string, string];
    const weight = Math.tanh((e.x - neutral) / 2) * (e.n / (e.n + k));
    if (weight === 0) continue;
    for (const v of [a, b]) if (!graph.hasNode(v)) graph.addNode(v, { events: 0 });
    graph.getNodeAttributes(a).events += e.events;
    graph.getNodeAttributes(b).events += e.events;
    graph.addEdge(a, b, { weight, sign: weight > 0 ? 1 : -1, logOdds: e.x, events: e.events, coop: e.coop, conflict: e.conflict, relations: e.rel.map((r) => r.id) });
  }
  return { metric: NETWORK_METRIC, at: o.at, from: o.from, neutral, graph };
}

/** Plain signed adjacency: node list and weight lookup, for the algorithms. */
export interface Signed { nodes: string[]; w: Map<string, Map<string, number>> }

export function signedOf(g: UndirectedGraph<{ events: number }, EdgeAttrs>): Signed {
  const nodes = g.nodes().sort();
  const w = new Map(nodes.map((n) => [n, new Map<string, number>()]));
  g.forEachEdge((_e, attr, s, t) => { w.get(s)!.set(t, attr.weight); w.get(t)!.set(s, attr.weight); });
  return { nodes, w };
}

/** A Signed graph from a list of [a, b, weight]. */
export function signedFrom(edges: Array<[string, string, number]>): Signed {
  const w = new Map<string, Map<string, number>>();
  for (const [a, b, x] of edges) {
    if (!w.has(a)) w.set(a, new Map());
    if (!w.has(b)) w.set(b, new Map());
    w.get(a)!.set(b, x); w.get(b)!.set(a, x);
  }
  return { nodes: [...w.keys()].sort(), w };
}
