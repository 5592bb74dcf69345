import { describe, expect, it } from 'vitest';
import * as P from './params.ts';

describe('query parameters', () => {
  it.each([
    ['country', () => P.country('c', 'PAK'), 'PAK'],
    ['country absent', () => P.country('c', undefined), undefined],
    ['dyad comma', () => P.dyad('d', 'PAK,RUS'), ['PAK', 'RUS']],
    ['dyad dash', () => P.dyad('d', 'IND-USA'), ['IND', 'USA']],
    ['organisation', () => P.country('c', 'NATO'), 'NATO'],
    ['organisation dyad', () => P.dyad('d', 'EU,RUS'), ['EU', 'RUS']],
    ['organisation list', () => P.countryList('c', 'UN,SCO,PAK'), ['UN', 'SCO', 'PAK']],
    ['year', () => P.date('x', '2012'), '2012'],
    ['leap day', () => P.date('x', '2012-02-29'), '2012-02-29'],
    ['start of month', () => P.startOf('2012-05'), '2012-05-01'],
    ['end of month', () => P.endOfDate('2012-02'), '2012-02-29'],
    ['end of year', () => P.endOfDate('2012'), '2012-12-31'],
    ['int default', () => P.int('n', undefined, { min: 1, max: 5, def: 3 }), 3],
    ['bool', () => P.bool('b', '1'), true],
    ['list', () => P.manyOf('m', 'asserted,reported', P.MODALITIES), ['asserted', 'reported']],
    ['page', () => P.page((k) => ({ limit: '10' } as Record<string, string>)[k]), { limit: 10, offset: 0 }],
  ])('reads %s', (_n, f, want) => { expect(f()).toEqual(want); });

  it.each([
    ['lower-case country', () => P.country('country', 'pak'), /"country": must be a 3-letter country code like PAK or an organisation like NATO, got "pak"/],
    ['one-letter code', () => P.country('country', 'N'), /3-letter country code/],
    ['over-long org', () => P.country('country', 'ABCDEFGHIJKLM'), /organisation like NATO/],
    ['org with a space', () => P.dyad('dyad', 'WORLD BANK,RUS'), /"dyad"/],
    ['one-country dyad', () => P.dyad('dyad', 'PAK'), /two country codes/],
    ['three-country dyad', () => P.dyad('dyad', 'PAK,RUS,USA'), /two country codes/],
    ['not a date', () => P.date('from', 'May 2012'), /YYYY/],
    ['Feb 30', () => P.date('from', '2013-02-29'), /calendar/],
    ['month 13', () => P.date('from', '2012-13'), /calendar/],
    ['float as int', () => P.int('limit', '1.5', { min: 1, max: 5 }), /whole number/],
    ['above cap', () => P.int('limit', '6', { min: 1, max: 5 }), /between 1 and 5/],
    ['bad bool', () => P.bool('b', 'yes'), /true or false/],
    ['bad enum', () => P.oneOf('by', 'fortnight', P.PERIODS), /one of day, week/],
    ['too many countries', () => P.countryList('c', Array(60).fill('PAK').join(',')), /at most 50/],
    ['unknown param', () => P.known({ x: '1' }, ['y']), /unknown parameter "x"/],
    ['long text', () => P.text('q', 'x'.repeat(201)), /at most 200/],
    ['long value echoed short', () => P.country('c', 'x'.repeat(100)), /…"$/],
  ])('refuses %s with a message', (_n, f, msg) => {
    expect(f).toThrow(P.BadRequest);
    expect(f).toThrow(msg);
  });
});
