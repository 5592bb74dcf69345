// Structural balance of a signed network (metric "balance.v1"): the share of triangles
// that are balanced (the product of their signs is positive: friends of friends are
// friends, enemies of enemies are friends), the triads that are not ("my partner's
// rival": two of my partners at odds), and a frustration estimate — the least weight of
// ties that break a split into two camps, found by greedy flips from several starts.
import type { Signed } from './network.ts';

export const BALANCE_METRIC = 'balance.v1';

export interface Triad {
  nodes: [string, string, string];
  signs: [number, number, number];
  /** weakest tie of the three: how firm the imbalance is */
  strength: number;
  kind: 'partners-at-odds' | 'all-hostile';
  /** for partners-at-odds: the country friendly with both, and the two at odds */
  pivot?: string;
  rivals?: [string, string];
}

export interface Balance {
  metric: typeof BALANCE_METRIC;
  triangles: number;
  balanced: number;
  /** balanced / triangles (NaN when there are none) */
  share: number;
  /** the same, each triangle weighted by its weakest tie */
  weightedShare: number;
  /** weight of frustrated ties / total weight, for the best two-camp split found */
  frustration: number;
  frustratedEdges: number;
  camps: [string[], string[]];
  unbalanced: Triad[];
}

export function balance(g: Signed, o: { maxTriads?: number; starts?: Array<Map<string, number>> } = {}): Balance {
  const { nodes, w } = g;
  let triangles = 0, balanced = 0, wsum = 0, wbal = 0;
  const unbalanced: Triad[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    const na = w.get(a)!;
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j]!;
      const ab = na.get(b);
      if (!ab) continue;
      const nb = w.get(b)!;
      for (let k = j + 1; k < nodes.length; k++) {
        const c = nodes[k]!;
        const ac = na.get(c), bc = nb.get(c);
        if (!ac || !bc) continue;
        triangles++;
        const strength = Math.min(Math.abs(ab), Math.abs(ac), Math.abs(bc));
        wsum += strength;
        if (ab * ac * bc > 0) { balanced++; wbal += strength; continue; }
        const signs: [number, number, number] = [Math.sign(ab), Math.sign(ac), Math.sign(bc)];
        const t: Triad = { nodes: [a, b, c], signs, strength, kind: signs.every((s) => s < 0) ? 'all-hostile' : 'partners-at-odds' };
        if (t.kind === 'partners-at-odds') {
          if (ab < 0) { t.pivot = c; t.rivals = [a, b]; } else if (ac < 0) { t.pivot = b; t.rivals = [a, c]; } else { t.pivot = a; t.rivals = [b, c]; }
        }
        unbalanced.push(t);
      }
    }
  }
  unbalanced.sort((p, q) => q.strength - p.strength || p.nodes.join().localeCompare(q.nodes.join()));
  const fr = frustration(g, o.starts ?? []);
  return {
    metric: BALANCE_METRIC, triangles, balanced, share: triangles ? balanced / triangles : NaN,
    weightedShare: wsum ? wbal / wsum : NaN, ...fr, unbalanced: unbalanced.slice(0, o.maxTriads ?? 50),
  };
}

/** Least frustrated two-camp split found by greedy single-node flips from several starts. */
export function frustration(g: Signed, starts: Array<Map<string, number>> = []): { frustration: number; frustratedEdges: number; camps: [string[], string[]] } {
  const { nodes, w } = g;
  let total = 0;
  for (const v of nodes) for (const x of w.get(v)!.values()) total += Math.abs(x) / 2;
  const cost = (side: Map<string, number>) => {
    let c = 0, n = 0;
    for (const v of nodes) for (const [u, x] of w.get(v)!) {
      if (u <= v) continue;
      const same = side.get(u) === side.get(v);
      if ((same && x < 0) || (!same && x > 0)) { c += Math.abs(x); n++; }
    }
    return { c, n };
  };
  const inits: Array<Map<string, number>> = [new Map(nodes.map((v) => [v, 0])), ...starts.map((s) => new Map(nodes.map((v) => [v, (s.get(v) ?? 0) === 0 ? 0 : 1])))];
  // also: each node's friends on its side, its rivals on the other
  for (const seed of nodes.slice(0, 8)) inits.push(new Map(nodes.map((v) => [v, v === seed || (w.get(seed)!.get(v) ?? 0) >= 0 ? 0 : 1])));
  let best: Map<string, number> | null = null, bestCost = Infinity;
  for (const init of inits) {
    const side = new Map(init);
    for (let moved = true, sweeps = 0; moved && sweeps < 100; sweeps++) {
      moved = false;
      for (const v of nodes) {
        let delta = 0; // change in frustrated weight if v flips
        for (const [u, x] of w.get(v)!) {
          const same = side.get(u) === side.get(v);
          const now = (same && x < 0) || (!same && x > 0);
          delta += now ? -Math.abs(x) : Math.abs(x);
        }
        if (delta < -1e-12) { side.set(v, 1 - side.get(v)!); moved = true; }
      }
    }
    const c = cost(side).c;
    if (c < bestCost - 1e-12) { bestCost = c; best = side; }
  }
  const side = best ?? new Map();
  const { n } = cost(side);
  const camps: [string[], string[]] = [nodes.filter((v) => side.get(v) === 0), nodes.filter((v) => side.get(v) === 1)];
  if (camps[0].length < camps[1].length) camps.reverse();
  return { frustration: total ? bestCost / total : 0, frustratedEdges: n, camps };
}
