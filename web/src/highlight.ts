// Split an article body into runs, each with the layer items (actors, events, relations,
// claims) that cover it, so overlapping spans can be drawn together.
export type Layer = 'actor' | 'event' | 'relation' | 'claim';
export interface Item { key: string; layer: Layer; start: number; end: number; label: string; rule: string; detail: Record<string, unknown> }
export interface Run { start: number; end: number; text: string; items: Item[] }

export function runs(body: string, items: Item[]): Run[] {
  const ok = items.filter((i) => i.start >= 0 && i.end <= body.length && i.end > i.start);
  const cuts = new Set<number>([0, body.length]);
  for (const i of ok) { cuts.add(i.start); cuts.add(i.end); }
  const xs = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let k = 0; k + 1 < xs.length; k++) {
    const s = xs[k]!, e = xs[k + 1]!;
    out.push({ start: s, end: e, text: body.slice(s, e), items: ok.filter((i) => i.start <= s && i.end >= e) });
  }
  return out;
}

/** The most specific item of a run: the shortest span, actors before claims before relations before events on ties. */
export function innermost(items: Item[]): Item | null {
  const rank: Record<Layer, number> = { actor: 0, claim: 1, relation: 2, event: 3 };
  return [...items].sort((a, b) => (a.end - a.start) - (b.end - b.start) || rank[a.layer] - rank[b.layer])[0] ?? null;
}
