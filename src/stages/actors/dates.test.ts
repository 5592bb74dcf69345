import { describe, expect, it } from 'vitest';
import { nearestTerm, termAt, within } from './dates.ts';
import type { Term } from './types.ts';

const t = (office: string, start: string, end: string | null): Term => ({ country: 'RUS', sector: 'GOV', office, start, end });
const TERMS = [t('prime minister', '1999-08-16', '2000-05-07'), t('president', '2000-05-07', '2008-05-07'), t('prime minister', '2008-05-08', '2012-05-07'), t('president', '2012-05-07', null)];

describe('office terms at a date', () => {
  it.each([
    ['2000-01-01', 'prime minister'], ['2000-05-07', 'president'], ['2010-06-01', 'prime minister'], ['2012-05-07', 'president'], ['2025-01-01', 'president'],
  ])('%s → %s', (date, office) => expect(termAt(TERMS, date)?.office).toBe(office));
  it('has no term before the first one, but a nearest one', () => {
    expect(termAt(TERMS, '1995-01-01')).toBeNull();
    expect(nearestTerm(TERMS, '1995-01-01')?.office).toBe('prime minister');
  });
  it('pads partial dates: a start year from January, an end year to December', () => {
    expect(within('2011-01-01', '2011', '2012')).toBe(true);
    expect(within('2012-12-30', '2011', '2012')).toBe(true);
    expect(within('2013-01-01', '2011', '2012')).toBe(false);
    expect(within('2010-12-31', '2011-01', null)).toBe(false);
  });
});
