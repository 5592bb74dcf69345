import { describe, expect, it } from 'vitest';
import { eventDate, findDates } from './resolve.ts';

describe('findDates', () => {
  const pub = '2012-11-16'; // a Friday
  const cases: Array<[string, string[]]> = [
    ['in early October', ['2012-10']],
    ['in May', ['2012-05']],
    ['in December', ['2011-12']], // never after the publication date
    ['last Tuesday', ['2012-11-13']],
    ['on Friday', ['2012-11-16']],
    ['on Wednesday', ['2012-11-14']],
    ['on 12 May 2010', ['2010-05-12']],
    ['on May 12, 2010', ['2010-05-12']],
    ['on 3 March', ['2012-03-03']],
    ['last week', ['2012-11']],
    ['last month', ['2012-10']],
    ['last year', ['2011']],
    ['in 2009', ['2009']],
    ['three years ago', ['2009']],
    ['yesterday', ['2012-11-15']],
    ['in mid-November 2011', ['2011-11']],
    ['they may meet soon', []],
    ['on 12 May 2014', ['2012-11-16']], // a date after publication is clamped
  ];
  for (const [text, want] of cases) it(text, () => expect(findDates(text, pub).map((d) => d.date)).toEqual(want));
  it('gives nothing without a publication date', () => expect(findDates('in May', null)).toEqual([]));
});

describe('eventDate', () => {
  it('picks the expression nearest the trigger, preferring one after it', () => {
    const t = 'Peru visited Chile in May, and Bolivia visited Chile in June.';
    expect(eventDate(t, '2012-11-16', 0, t.length, t.indexOf('visited'))).toBe('2012-05');
    expect(eventDate(t, '2012-11-16', 0, t.length, t.lastIndexOf('visited'))).toBe('2012-06');
  });
  it('falls back to the publication date', () => expect(eventDate('Peru visited Chile.', '2012-11-16', 0, 19, 5)).toBe('2012-11-16'));
});
