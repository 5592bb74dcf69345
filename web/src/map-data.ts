// The map's data: the network at a date merged with the brief's directions, laid out with
// each bloc as a cluster on a circle (deterministic, no physics).
import type { Brief, Network } from './api.ts';
import { directionOfSign } from './colours.ts';

export interface Tie { a: string; b: string; direction: string; weight: number; events: number; statements: number; summary: string | null }
export interface Place { id: string; name: string; bloc: number; events: number; x: number; y: number }
export interface Hull { bloc: number; x: number; y: number; r: number }
export interface MapData { at: string; ties: Tie[]; places: Place[]; hulls: Hull[]; blocs: string[][]; unbalanced: string[] }

export function mergeMap(net: Network, brief: Brief | null, names: Map<string, string> = new Map()): MapData {
  const byKey = new Map((brief?.dyads ?? []).map((d) => [[d.a, d.b].sort().join('|'), d]));
  const ties: Tie[] = net.edges.map((e) => {
    const d = byKey.get([e.a, e.b].sort().join('|'));
    byKey.delete([e.a, e.b].sort().join('|'));
    const direction = d && d.direction !== 'steady' ? d.direction : directionOfSign(e.sign);
    return { a: e.a, b: e.b, direction, weight: e.weight, events: e.events, statements: e.relations.length, summary: d?.summary ?? null };
  });
  const nodes = new Map(net.nodes.map((n) => [n.id, n]));
  const blocs = net.blocs.blocs.map((b) => [...b]);
  // dyads the brief calls warming/cooling/friendly/hostile that have too little evidence to be a network tie
  for (const d of byKey.values()) {
    if (d.direction === 'steady' || !/^[A-Z]{3}$/.test(d.a) || !/^[A-Z]{3}$/.test(d.b)) continue;
    ties.push({ a: d.a, b: d.b, direction: d.direction, weight: 0, events: d.evidence.filter((x) => x.kind === 'event').length, statements: d.evidence.filter((x) => x.kind === 'relation').length, summary: d.summary });
    for (const c of [d.a, d.b]) if (!nodes.has(c)) { nodes.set(c, { id: c, name: names.get(c) ?? c, bloc: blocs.length, events: 0 }); blocs.push([c]); }
  }
  const places = layout([...nodes.values()], blocs);
  ties.sort((x, y) => y.events + y.statements - (x.events + x.statements) || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { at: net.at, ties, places, hulls: hulls(places), blocs, unbalanced: net.balance.unbalanced.map((u) => u.text) };
}

/** A circle around each bloc of two or more countries: its outline on the map. */
export function hulls(places: Place[], pad = 1.8): Hull[] {
  const by = new Map<number, Place[]>();
  for (const p of places) by.set(p.bloc, [...(by.get(p.bloc) ?? []), p]);
  return [...by].filter(([, ps]) => ps.length > 1).map(([bloc, ps]) => {
    const x = ps.reduce((s, p) => s + p.x, 0) / ps.length, y = ps.reduce((s, p) => s + p.y, 0) / ps.length;
    return { bloc, x, y, r: Math.max(...ps.map((p) => Math.hypot(p.x - x, p.y - y))) + pad };
  });
}

function layout(nodes: Network['nodes'], blocs: string[][]): Place[] {
  const of = new Map<string, number>();
  blocs.forEach((b, i) => b.forEach((c) => of.set(c, i)));
  const groups = new Map<number, Network['nodes']>();
  for (const n of nodes) {
    const k = of.get(n.id) ?? n.bloc;
    groups.set(k, [...(groups.get(k) ?? []), n]);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  const out: Place[] = [];
  keys.forEach((k, gi) => {
    const g = groups.get(k)!.sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
    const angle = (2 * Math.PI * gi) / keys.length + Math.PI;
    const cx = keys.length > 1 ? Math.cos(angle) * 10 : 0, cy = keys.length > 1 ? Math.sin(angle) * 10 : 0;
    const r = g.length > 1 ? 3 + g.length * 0.9 : 0;
    g.forEach((n, i) => {
      const t = (2 * Math.PI * i) / g.length + angle + Math.PI / 2;
      out.push({ id: n.id, name: n.name, bloc: k, events: n.events, x: cx + Math.cos(t) * r, y: cy + Math.sin(t) * r });
    });
  });
  return out;
}
