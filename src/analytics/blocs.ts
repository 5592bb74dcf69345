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
  // merge blocs while modularity rises: ΔQ of joining blocs r and s is
  // 2·[W_rs − (K⁺_r K⁺_s / 2w⁺ − K⁻_r K⁻_s / 2w⁻)] / (2w⁺ + 2w⁻)
  for (;;) {
    const ids = [...new Set(of.values())].sort((a, b) => a - b);
    if (ids.length < 2) break;
    const pos = new Map(ids.map((c, i) => [c, i]));
    const B = ids.length;
    const W = Array.from({ length: B }, () => new Float64Array(B));
    const KP = new Float64Array(B), KN = new Float64Array(B);
    for (const v of g.nodes) {
      const r = pos.get(of.get(v)!)!;
      KP[r] += kp.get(v)!; KN[r] += kn.get(v)!;
      for (const [u, x] of g.w.get(v)!) W[r]![pos.get(of.get(u)!)!] += x;
    }
    let best = 1e-12, pair: [number, number] | null = null;
    for (let r = 0; r < B; r++) for (let t = r + 1; t < B; t++) {
      const d = W[r]![t]! - ((wp ? (KP[r]! * KP[t]!) / wp : 0) - (wn ? (KN[r]! * KN[t]!) / wn : 0));
      if (d > best) { best = d; pair = [ids[r]!, ids[t]!]; }
    }
    if (!pair) break;
    for (const [v, c] of of) if (c === pair[1]) of.set(v, pair[0]);
  }
  const q = modularity(g, of);
  // renumber: biggest bloc first, ties by first member
  const groups = new Map<number, string[]>();
  for (const v of g.nodes) (groups.get(of.get(v)!) ?? groups.set(of.get(v)!, []).get(of.get(v)!)!).push(v);
  const blocs = [...groups.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  const index = new Map<string, number>();
  blocs.forEach((b, i) => b.forEach((v) => index.set(v, i)));
  return { metric: BLOCS_METRIC, modularity: q, blocs, of: index };
}
