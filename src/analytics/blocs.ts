// Blocs by signed modularity (Gómez, Jensen & Arenas 2009), our own Louvain-style search:
//   Q = 1/(2w⁺ + 2w⁻) Σ_ij [ w_ij − (k⁺_i k⁺_j / 2w⁺ − k⁻_i k⁻_j / 2w⁻) ] δ(c_i, c_j)
// Positive ties pull countries together beyond what their degree predicts; negative ties
// push them apart. Nodes move one at a time to the bloc that raises Q most, in a fixed
// order, until no move helps; then blocs are merged pairwise while Q rises.
import type { Signed } from './network.ts';

export const BLOCS_METRIC = 'blocs.signed-modularity.v1';

export interface Blocs { metric: typeof BLOCS_METRIC; modularity: number; blocs: string[][]; of: Map<string, number> }

function degrees(g: Signed) {
  const kp = new Map<string, number>(), kn = new Map<string, number>();
  let wp = 0, wn = 0;
  for (const v of g.nodes) {
    let p = 0, n = 0;
    for (const x of g.w.get(v)!.values()) { if (x > 0) p += x; else n -= x; }
    kp.set(v, p); kn.set(v, n); wp += p; wn += n;
  }
  return { kp, kn, wp, wn }; // wp = 2w⁺, wn = 2w⁻
}

export function modularity(g: Signed, of: Map<string, number>): number {
  const { kp, kn, wp, wn } = degrees(g);
  if (wp + wn === 0) return 0;
  let q = 0;
  for (const i of g.nodes) for (const j of g.nodes) {
    if (of.get(i) !== of.get(j)) continue;
    const wij = i === j ? 0 : g.w.get(i)!.get(j) ?? 0;
    q += wij - ((wp ? (kp.get(i)! * kp.get(j)!) / wp : 0) - (wn ? (kn.get(i)! * kn.get(j)!) / wn : 0));
  }
  return q / (wp + wn);
}

export function signedBlocs(g: Signed, maxSweeps = 50): Blocs {
  const { kp, kn, wp, wn } = degrees(g);
  const of = new Map(g.nodes.map((v, i) => [v, i]));
  const Kp = new Map(g.nodes.map((v, i) => [i, kp.get(v)!])), Kn = new Map(g.nodes.map((v, i) => [i, kn.get(v)!]));
  const size = new Map(g.nodes.map((_, i) => [i, 1]));
  for (let sweep = 0, moved = true; moved && sweep < maxSweeps; sweep++) {
    moved = false;
    for (const v of g.nodes) {
      const own = of.get(v)!;
      Kp.set(own, Kp.get(own)! - kp.get(v)!); Kn.set(own, Kn.get(own)! - kn.get(v)!); size.set(own, size.get(own)! - 1);
      const link = new Map<number, number>();
      for (const [u, x] of g.w.get(v)!) link.set(of.get(u)!, (link.get(of.get(u)!) ?? 0) + x);
      const gain = (c: number) => (link.get(c) ?? 0) - ((wp ? (kp.get(v)! * Kp.get(c)!) / wp : 0) - (wn ? (kn.get(v)! * Kn.get(c)!) / wn : 0));
      let best = own, bestGain = gain(own);
      for (const c of [...link.keys()].sort((a, b) => a - b)) {
        const gc = gain(c);
        if (gc > bestGain + 1e-12) { best = c; bestGain = gc; }
      }
      if (bestGain < -1e-12) { // better alone: an empty bloc (gain 0)
        const empty = size.get(own) === 0 ? own : [...size].find(([, n]) => n === 0)![0];
        best = empty; bestGain = 0;
      }
      if (best !== own) moved = true;
      of.set(v, best);
      Kp.set(best, Kp.get(best)! + kp.get(v)!); Kn.set(best, Kn.get(best)! + kn.get(v)!); size.set(best, size.get(best)! + 1);
    }
  }
  // merge blocs while modularity rises
  let q = modularity(g, of);
  for (let merged = true; merged;) {
    merged = false;
    const ids = [...new Set(of.values())].sort((a, b) => a - b);
    let bestQ = q, pair: [number, number] | null = null;
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const trial = new Map([...of].map(([v, c]) => [v, c === ids[j] ? ids[i]! : c]));
      const tq = modularity(g, trial);
      if (tq > bestQ + 1e-12) { bestQ = tq; pair = [ids[i]!, ids[j]!]; }
    }
    if (pair) { for (const [v, c] of of) if (c === pair[1]) of.set(v, pair[0]); q = bestQ; merged = true; }
  }
  // renumber: biggest bloc first, ties by first member
  const groups = new Map<number, string[]>();
  for (const v of g.nodes) (groups.get(of.get(v)!) ?? groups.set(of.get(v)!, []).get(of.get(v)!)!).push(v);
  const blocs = [...groups.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  const index = new Map<string, number>();
  blocs.forEach((b, i) => b.forEach((v) => index.set(v, i)));
  return { metric: BLOCS_METRIC, modularity: q, blocs, of: index };
}
