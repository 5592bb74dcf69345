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
  const { nodes } = g;
  const n = nodes.length;
  const M = dense(g);
  let triangles = 0, balanced = 0, wsum = 0, wbal = 0;
  // out-of-balance triangles as (i, j, k, strength); objects only for the ones reported
  const bad: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const ab = M[i * n + j]!;
      if (!ab) continue;
      for (let k = j + 1; k < n; k++) {
        const ac = M[i * n + k]!, bc = M[j * n + k]!;
        if (!ac || !bc) continue;
        triangles++;
        const strength = Math.min(Math.abs(ab), Math.abs(ac), Math.abs(bc));
        wsum += strength;
        if (ab * ac * bc > 0) { balanced++; wbal += strength; } else bad.push(i, j, k, strength);
      }
    }
  }
  const order = Array.from({ length: bad.length / 4 }, (_, t) => t).sort((p, q) => bad[q * 4 + 3]! - bad[p * 4 + 3]! || p - q);
  const unbalanced: Triad[] = order.slice(0, o.maxTriads ?? 50).map((t) => {
    const [i, j, k, strength] = [bad[t * 4]!, bad[t * 4 + 1]!, bad[t * 4 + 2]!, bad[t * 4 + 3]!];
    const ab = M[i * n + j]!, ac = M[i * n + k]!;
    const [a, b, c] = [nodes[i]!, nodes[j]!, nodes[k]!];
    const signs: [number, number, number] = [Math.sign(ab), Math.sign(ac), Math.sign(M[j * n + k]!)];
    const tr: Triad = { nodes: [a, b, c], signs, strength, kind: signs.every((x) => x < 0) ? 'all-hostile' : 'partners-at-odds' };
    if (tr.kind === 'partners-at-odds') {
      if (ab < 0) { tr.pivot = c; tr.rivals = [a, b]; } else if (ac < 0) { tr.pivot = b; tr.rivals = [a, c]; } else { tr.pivot = a; tr.rivals = [b, c]; }
    }
    return tr;
  });
  const fr = frustration(g, o.starts ?? [], M);
  return {
    metric: BALANCE_METRIC, triangles, balanced, share: triangles ? balanced / triangles : NaN,
    weightedShare: wsum ? wbal / wsum : NaN, ...fr, unbalanced,
  };
}

/** The weights as a dense n×n matrix in node order. */
function dense(g: Signed): Float64Array {
  const n = g.nodes.length;
  const at = new Map(g.nodes.map((v, i) => [v, i]));
  const M = new Float64Array(n * n);
  for (const [v, row] of g.w) for (const [u, x] of row) M[at.get(v)! * n + at.get(u)!] = x;
  return M;
}

/** Least frustrated two-camp split found by greedy single-node flips from several starts. */
export function frustration(g: Signed, starts: Array<Map<string, number>> = [], M = dense(g)): { frustration: number; frustratedEdges: number; camps: [string[], string[]] } {
  const { nodes } = g;
  const n = nodes.length;
  let total = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) total += Math.abs(M[i * n + j]!);
  const cost = (side: Uint8Array) => {
    let c = 0, k = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const x = M[i * n + j]!;
      if (!x) continue;
      const same = side[i] === side[j];
      if ((same && x < 0) || (!same && x > 0)) { c += Math.abs(x); k++; }
    }
    return { c, k };
  };
  const inits: Uint8Array[] = [new Uint8Array(n)];
  for (const s of starts) inits.push(Uint8Array.from(nodes, (v) => ((s.get(v) ?? 0) === 0 ? 0 : 1)));
  // each of the first few countries: its friends on its side, its rivals on the other
  for (let s = 0; s < Math.min(8, n); s++) inits.push(Uint8Array.from(nodes, (_, i) => (i === s || M[s * n + i]! >= 0 ? 0 : 1)));
  let best: Uint8Array | null = null, bestCost = Infinity;
  for (const side of inits) {
    for (let moved = true, sweeps = 0; moved && sweeps < 100; sweeps++) {
      moved = false;
      for (let i = 0; i < n; i++) {
        let delta = 0; // change in frustrated weight if i flips
        for (let j = 0; j < n; j++) {
          const x = M[i * n + j]!;
          if (!x || i === j) continue;
          const same = side[i] === side[j];
          delta += (same && x < 0) || (!same && x > 0) ? -Math.abs(x) : Math.abs(x);
        }
        if (delta < -1e-12) { side[i] = 1 - side[i]!; moved = true; }
      }
    }
    const c = cost(side).c;
    if (c < bestCost - 1e-12) { bestCost = c; best = side; }
  }
  const side = best ?? new Uint8Array(n);
  const { k } = cost(side);
  const camps: [string[], string[]] = [nodes.filter((_, i) => side[i] === 0), nodes.filter((_, i) => side[i] === 1)];
  if (camps[0].length < camps[1].length) camps.reverse();
  return { frustration: total ? bestCost / total : 0, frustratedEdges: k, camps };
}
