import { describe, expect, it } from 'vitest';
import { UsageError } from './command.ts';
import { country, countryList, dateFlag, dyadFlag, filterFromFlags, lastDay, numberFlag, periodFlag, wholeFlag } from './filters.ts';

const usage = (f: () => unknown, re: RegExp) => {
  let err: unknown;
  try { f(); } catch (e) { err = e; }
  expect(err).toBeInstanceOf(UsageError);
  expect((err as Error).message).toMatch(re);
};

describe('query flags', () => {
  it('reads country codes in any case, and lists and pairs of them', () => {
    expect(country(' pak ', 'A')).toBe('PAK');
    usage(() => country('Pakistan', '--focus'), /^--focus must be a 3-letter country code \(ISO alpha-3\) or an organisation in capitals like NATO, got "Pakistan"$/);
    expect(country('NATO', '--a')).toBe('NATO');
    expect(country('EU', '--a')).toBe('EU');
    usage(() => country('nato', '--a'), /organisation in capitals/);
    expect(dyadFlag('NATO,rus')).toEqual(['NATO', 'RUS']);
    usage(() => country(undefined, 'B'), /got ""/);
    expect(countryList('nor,swe,', '--countries')).toEqual(['NOR', 'SWE']);
    expect(countryList(undefined, '--countries')).toBeUndefined();
    usage(() => countryList('NOR,Sweden', '--countries'), /--countries .*"Sweden"/);
    expect(dyadFlag('geo,rus')).toEqual(['GEO', 'RUS']);
    expect(dyadFlag(undefined)).toBeUndefined();
    usage(() => dyadFlag('GEO'), /--dyad takes two country codes/);
    usage(() => dyadFlag('GEO,RUS,ARM'), /--dyad takes two country codes/);
  });

  it('reads dates at any precision and refuses ones not on the calendar', () => {
    expect(dateFlag('2012', '--from')).toBe('2012');
    expect(dateFlag('2012-02-29', '--at')).toBe('2012-02-29');
    expect(dateFlag(undefined, '--at')).toBeUndefined();
    usage(() => dateFlag('yesterday', '--at'), /^--at must be a date YYYY\[-MM\[-DD\]\], got "yesterday"$/);
    usage(() => dateFlag('2012-13', '--from'), /^--from: not a date: "2012-13"/);
    usage(() => dateFlag('2011-02-29', '--to'), /^--to: not a date/);
    expect([lastDay('2012'), lastDay('2012-02'), lastDay('2013-02'), lastDay('2012-11-16')]).toEqual(['2012-12-31', '2012-02-29', '2013-02-28', '2012-11-16']);
  });

  it('reads periods and numbers', () => {
    expect(periodFlag('quarter')).toBe('quarter');
    usage(() => periodFlag('decade'), /--by must be day, week, month, quarter or year, got "decade"/);
    expect(wholeFlag('365', '--window')).toBe(365);
    usage(() => wholeFlag('0', '--window'), /--window must be a whole number, got "0"/);
    usage(() => wholeFlag('1.5', '--max'), /--max must be a whole number/);
    expect(wholeFlag('0', '--offset', 0)).toBe(0);
    expect(numberFlag('2.5', '--min-evidence')).toBe(2.5);
    usage(() => numberFlag('many', '--min-evidence'), /--min-evidence must be a number, got "many"/);
  });

  it('builds the event filter from the query flags', () => {
    expect(filterFromFlags({})).toEqual({});
    expect(filterFromFlags({ dyad: 'geo,rus', directed: true, country: 'arm', root: '4', quad: '3', cameo: '042', from: '2018-06', to: '2018', origin: 'gdelt1, icews', 'primary-only': true })).toEqual({
      dyad: ['GEO', 'RUS'], directed: true, country: 'ARM', root: '04', quad: 3, cameo: '042', from: '2018-06-01', to: '2018-12-31', origin: ['gdelt1', 'icews'], primaryOnly: true,
    });
    expect(filterFromFlags({ from: '2012', to: '2012-02' })).toEqual({ from: '2012-01-01', to: '2012-02-29' });
    usage(() => filterFromFlags({ root: 'x' }), /--root must be a CAMEO root/);
    usage(() => filterFromFlags({ quad: '5' }), /--quad must be 1-4/);
    usage(() => filterFromFlags({ to: '2012-02-30' }), /--to: not a date/);
  });
});
