import { describe, expect, it } from 'vitest';
import { fold } from '../relations/fold.ts';
import { qualifierBefore, quantities } from './quantities.ts';
import { claimVocab } from './vocab.ts';

const q = (text: string) => quantities(claimVocab(), fold(text), 0, text.length).map((x) => [x.kind, x.value, x.unit, x.qualifier]);

describe('quantities', () => {
  it('reads numbers with commas, decimals, scales and units', () => {
    expect(q('about 1,500 troops')).toEqual([['count', 1500, 'count', 'about']]);
    expect(q('$2.5bn')).toEqual([['money', 2.5e9, 'USD', null]]);
    expect(q('3 crore rupees')).toEqual([['money', 3e7, 'INR', null]]);
    expect(q('up to 12%')).toEqual([['percent', 12, 'percent', 'up to']]);
    expect(q('the second-largest')).toEqual([['rank', 2, 'rank', null]]);
  });

  it('leaves out years and hyphenated compounds', () => {
    expect(q('in 2012 and a 24-hour truce')).toEqual([]);
    expect(q('5 m away')).toEqual([['count', 5, 'count', null]]); // "m" is a scale only after a currency
  });

  it('finds the qualifier right before a number', () => {
    const t = 'it rose by more than 40 percent';
    expect(qualifierBefore(claimVocab(), t, t.indexOf('40'))).toMatchObject({ qualifier: 'over' });
  });
});
