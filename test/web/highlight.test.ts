// Article highlighting (web/src/highlight.ts): overlapping spans split the body into runs.
import { describe, expect, it } from 'vitest';
import { innermost, runs, type Item } from '../../web/src/highlight.ts';

const item = (key: string, layer: Item['layer'], start: number, end: number): Item => ({ key, layer, start, end, label: key, rule: '', detail: {} });

describe('runs', () => {
  const body = 'Freedonia hosted Sylvania. Ties warmed.';
  const ev = item('e', 'event', 0, 26), ac = item('a', 'actor', 0, 9), rel = item('r', 'relation', 27, 39);
  const rs = runs(body, [ev, ac, rel, item('bad', 'claim', 30, 999)]);
  it('rebuilds the body exactly', () => {
    expect(rs.map((r) => r.text).join('')).toBe(body);
  });
  it('gives each run the items covering it', () => {
    expect(rs[0]).toMatchObject({ text: 'Freedonia' });
    expect(rs[0]!.items.map((i) => i.key).sort()).toEqual(['a', 'e']);
    expect(rs.find((r) => r.text === ' hosted Sylvania.')!.items.map((i) => i.key)).toEqual(['e']);
    expect(rs.find((r) => r.text === ' ')!.items).toEqual([]);
    expect(rs.find((r) => r.text === 'Ties warmed.')!.items.map((i) => i.key)).toEqual(['r']);
  });
  it('picks the most specific item of a run', () => {
    expect(innermost([ev, ac])?.key).toBe('a');
    expect(innermost([])).toBeNull();
  });
});
