import { describe, expect, it } from 'vitest';
import type { GoldItem } from './gold.ts';
import { formatReport, score, type PredEvent } from './score.ts';

const gold: GoldItem[] = [
  { id: 's1', text: 'one', date: null, noevents: false, events: [{ source: 'PER', target: 'CHL', code: '042', root: '04' }, { source: 'PER', target: 'BOL', code: '111', root: '11' }] },
  { id: 's2', text: 'two', date: null, noevents: true, events: [] },
];
const P = (source: string, target: string | null, code: string): PredEvent => ({ source, target, code, root: code.slice(0, 2), plover: null });

describe('score', () => {
  it('meets a gold target "---" (an actor the dictionaries could not code) with a prediction that has no target, and nothing else', () => {
    const g: GoldItem[] = [{ id: 'u', text: 'u', date: null, noevents: false, events: [{ source: 'PER', target: '---', code: '084', root: '08' }] }];
    expect(score(g, new Map([['u', [P('PER', null, '084')]]]), 'root').tp).toBe(1);
    expect(score(g, new Map([['u', [P('PER', 'CHL', '084')]]]), 'root').tp).toBe(0);
    const known: GoldItem[] = [{ id: 'k', text: 'k', date: null, noevents: false, events: [{ source: 'PER', target: 'CHL', code: '084', root: '08' }] }];
    expect(score(known, new Map([['k', [P('PER', null, '084')]]]), 'root').tp).toBe(0);
  });
  it('counts a gold event once per key, as it counts predictions: two codings that differ only below the country are one', () => {
    const g: GoldItem[] = [{ id: 'd', text: 'd', date: null, noevents: false, events: [{ source: 'ISR', target: 'PSE', code: '190', root: '19' }, { source: 'ISR', target: 'PSE', code: '190', root: '19' }] }];
    const r = score(g, new Map([['d', [P('ISR', 'PSE', '194')]]]), 'root');
    expect([r.tp, r.fp, r.fn]).toEqual([1, 0, 0]);
    // (at the full-code key the two codings are still one event; a different code is a miss and an extra)
    expect([score(g, new Map([['d', [P('ISR', 'PSE', '194')]]]), 'code').fn]).toEqual([1]);
  });
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
  it('sorts the errors by kind: wrong class, wrong target, wrong source, swapped, missed, extra', () => {
    const g: GoldItem[] = [{ id: 'e', text: 'e', date: null, noevents: false, events: [
      { source: 'PER', target: 'CHL', code: '042', root: '04' }, // predicted with the wrong class
      { source: 'PER', target: 'BOL', code: '111', root: '11' }, // predicted against Ecuador
      { source: 'ARG', target: 'URY', code: '190', root: '19' }, // predicted the other way round
      { source: 'COL', target: 'VEN', code: '173', root: '17' }, // predicted from Brazil
      { source: 'CUB', target: 'MEX', code: '036', root: '03' }, // not predicted
    ] }];
    const preds = new Map([['e', [P('PER', 'CHL', '190'), P('PER', 'ECU', '112'), P('URY', 'ARG', '190'), P('BRA', 'VEN', '173'), P('FRA', 'ESP', '042')]]]);
    const r = score(g, preds, 'root');
    expect(r.errors).toEqual({ wrongClass: 1, wrongTarget: 1, wrongSource: 1, swapped: 1, missed: 1, extra: 1 });
    expect([r.tp, r.fp, r.fn]).toEqual([0, 5, 5]);
    expect(formatReport(r)).toContain('errors: wrong class 1, wrong target 1, wrong source 1, swapped 1, missed 1, extra 1');
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
  it('honours per-coding modality: only counted modalities are scored, the rest are tabulated', () => {
    const g: GoldItem[] = [{ id: 'm', text: 'm', date: null, noevents: false, events: [
      { source: 'FRA', target: 'DEU', code: '042', root: '04' },
      { source: 'FRA', target: 'ITA', code: '042', root: '04', modality: 'intended' },
    ] }];
    const preds = new Map([['m', [{ ...P('FRA', 'DEU', '042'), modality: 'asserted' }, { ...P('FRA', 'ITA', '042'), modality: 'intended' }, { ...P('FRA', 'ESP', '042'), modality: 'reported' }]]]);
    const r = score(g, preds, 'root', { counted: ['asserted'] });
    expect([r.tp, r.fp, r.fn]).toEqual([1, 0, 0]);
    expect(r.modality).toEqual({ asserted: { asserted: 1 }, intended: { intended: 1 } });
    // an asserted prediction of an intended gold coding is no match when only asserted codings count
    const r2 = score(g, new Map([['m', [{ ...P('FRA', 'ITA', '042'), modality: 'asserted' }]]]), 'root', { counted: ['asserted'] });
    expect([r2.tp, r2.fp, r2.fn]).toEqual([0, 1, 1]);
    expect(r2.modality!['intended']).toEqual({ asserted: 1 });
    // counting both modalities scores both gold codings
    expect(score(g, preds, 'root', { counted: ['asserted', 'intended'] }).tp).toBe(2);
  });
  it('credits a prediction whose code or root is in the gold accept list', () => {
    const g: GoldItem[] = [{ id: 'a', text: 'a', date: null, noevents: false, events: [{ source: 'USA', target: 'IRN', code: '112', root: '11', accept: ['112', '130', '12'] }] }];
    const run = (code: string, key: 'root' | 'code') => score(g, new Map([['a', [P('USA', 'IRN', code)]]]), key);
    expect(run('138', 'root').tp).toBe(1); // root 13 of an accepted code
    expect(run('130', 'code').tp).toBe(1);
    expect(run('125', 'code').tp).toBe(1); // root 12 accepted
    expect(run('138', 'code').tp).toBe(0);
    expect(run('172', 'root').tp).toBe(0);
    expect(run('172', 'root').confusion['11']!['17']).toBe(1);
  });
  it('without accept, a sibling code is only a root match', () => {
    const g: GoldItem[] = [{ id: 'b', text: 'b', date: null, noevents: false, events: [{ source: 'USA', target: 'IRN', code: '112', root: '11' }] }];
    expect(score(g, new Map([['b', [P('USA', 'IRN', '111')]]]), 'code').tp).toBe(0);
    expect(score(g, new Map([['b', [P('USA', 'IRN', '111')]]]), 'root').tp).toBe(1);
  });
  it('prints the counted modalities and the modality table', () => {
    const g: GoldItem[] = [{ id: 'm', text: 'm', date: null, noevents: false, events: [{ source: 'FRA', target: 'DEU', code: '042', root: '04', modality: 'negated' }] }];
    const txt = formatReport(score(g, new Map(), 'root', { counted: ['asserted'] }));
    expect(txt).toContain('counted modalities: asserted');
    expect(txt).toMatch(/negated +1/);
  });
});
