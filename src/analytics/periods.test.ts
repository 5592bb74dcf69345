import { describe, expect, it } from 'vitest';
import { addDays, nextPeriod, normaliseDate, periodLabel, periodRange, periodStart } from './periods.ts';

describe('periods', () => {
  it.each([
    ['2012-11-16', 'day', '2012-11-16'],
    ['2012-11-16', 'week', '2012-11-12'],
    ['2012-11-12', 'week', '2012-11-12'],
    ['2012-11-18', 'week', '2012-11-12'],
    ['2012-11-16', 'month', '2012-11-01'],
    ['2012-11-16', 'quarter', '2012-10-01'],
    ['2012-03-31', 'quarter', '2012-01-01'],
    ['2012-11-16', 'year', '2012-01-01'],
  ] as const)('%s by %s starts %s', (d, by, want) => {
    expect(periodStart(d, by)).toBe(want);
  });
  it('steps and ranges', () => {
    expect(nextPeriod('2012-12-01', 'month')).toBe('2013-01-01');
    expect(nextPeriod('2012-10-01', 'quarter')).toBe('2013-01-01');
    expect(periodRange('2012-01-15', '2012-04-02', 'month')).toEqual(['2012-01-01', '2012-02-01', '2012-03-01', '2012-04-01']);
    expect(periodLabel('2012-10-01', 'quarter')).toBe('2012-Q4');
    expect(addDays('2012-03-01', -1)).toBe('2012-02-29');
    expect(normaliseDate('2012-11')).toBe('2012-11-01');
    expect(() => normaliseDate('Nov 2012')).toThrow(/not a date/);
    expect(() => normaliseDate('2012-13')).toThrow(/not a date/);
    expect(() => normaliseDate('2013-02-29')).toThrow(/not a date/);
  });
});
