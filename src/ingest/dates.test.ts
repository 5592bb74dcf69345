import { describe, expect, it } from 'vitest';
import { dateLine, toIsoDate } from './dates.ts';

describe('toIsoDate', () => {
  it.each([
    ['Friday, Nov. 16, 2012', '2012-11-16'],
    ['2019-11-19T13:03:00.000Z', '2019-11-19'],
    ['2019-11-19T23:30:00-08:00', '2019-11-19'],
    ['Tue, 19 Nov 2019 13:03:00 GMT', '2019-11-19'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['3rd of September 2024', '2024-09-03'],
    ['2025/4/29', '2025-04-29'],
    ['20241105', '2024-11-05'],
    ['Updated: 10/31/2024', '2024-10-31'],
    ['3/4/2025', '2025-03-04'],
    ['17.05.2021', '2021-05-17'],
    ['31/01/2024', '2024-01-31'],
    ['February 30, 2024', null],
    ['no date here', null],
    ['', null],
  ])('%s → %s', (s, want) => expect(toIsoDate(s)).toBe(want));
});

describe('dateLine', () => {
  it('accepts lines that are only a date', () => {
    expect(dateLine('Friday, Nov. 16, 2012')).toBe('2012-11-16');
    expect(dateLine('Published: 12 March 2021, 14:05 GMT')).toBe('2021-03-12');
  });
  it('rejects sentences that merely contain a date', () => {
    expect(dateLine('The treaty was signed on March 12, 2021 in Geneva.')).toBeNull();
    expect(dateLine('Trade ministers meet again')).toBeNull();
  });
});
