import { describe, expect, it } from 'vitest';
import type { GoldItem } from './gold.ts';
import { formatReport, score, type PredEvent } from './score.ts';

const gold: GoldItem[] = [
  { id: 's1', text: 'one', date: null, noevents: false, events: [{ source: 'PER', target: 'CHL', code: '042', root: '04' }, { source: 'PER', target: 'BOL', code: '111', root: '11' }] },
  { id: 's2', text: 'two', date: null, noevents: true, events: [] },
];
const P = (source: string, target: string | null, code: string): PredEvent => ({ source, target, code, root: code.slice(0, 2), plover: null });

describe('score', () => {
  it('counts matches, misses and extras, per root and in the confusion matrix', () => {
    const preds = new Map([['s1', [P('PER', 'CHL', '043'), P('PER', 'BOL', '190')]], ['s2', [P('ECU', 'COL', '190')]]]);
    const r = score(gold, preds, 'root');
    expect([r.tp, r.fp, r.fn]).toEqual([1, 2, 1]);
    expect(r.precision).toBeCloseTo(1 / 3);
    expect(r.recall).toBeCloseTo(0.5);
    expect(r.perClass['04']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.perClass['19']).toMatchObject({ tp: 0, fp: 2, fn: 0 });
    expect(r.confusion['11']!['19']).toBe(1);
    expect(r.confusion['none']!['19']).toBe(1);
    expect(r.misses.map((m) => m.gold)).toEqual(['PER→BOL 11']);
  });
  it('the full code is stricter than the root', () => {
    const preds = new Map([['s1', [P('PER', 'CHL', '043')]]]);
    expect(score(gold, preds, 'code').tp).toBe(0);
    expect(score(gold, preds, 'root').tp).toBe(1);
  });
  it('a repeated prediction counts once', () => {
    const preds = new Map([['s1', [P('PER', 'CHL', '042'), P('PER', 'CHL', '042')]]]);
    expect([score(gold, preds).tp, score(gold, preds).fp]).toEqual([1, 0]);
  });
  it('renders a readable report', () => {
    const txt = formatReport(score(gold, new Map([['s1', [P('PER', 'CHL', '042')]]])));
    expect(txt).toMatch(/precision 1\.000 {2}recall 0\.500 {2}F1 0\.667/);
    expect(txt).toContain('misses (1):');
  });
});
