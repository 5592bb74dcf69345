import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../doc/types.ts';
import { claimVocab } from '../stages/claims/vocab.ts';
import { findClaims } from '../stages/claims/find.ts';
import { markedDoc } from '../stages/relations/test-doc.ts';
import { describeShared, PROJECT_DIR, sharedPath } from '../testing/shared.ts';
import { checkArmsClaims, classify, csvLine, fits, parseArmsTable, readArmsTable, shareOfSupplierExports, supplierShare } from './index.ts';

const SMALL = join(PROJECT_DIR, 'test/fixtures/relations/arms-small.csv');
const claim = (over: Partial<ClaimRecord>): ClaimRecord => ({
  id: 'c', subject: 'CHL', measure: 'share of global arms exports', value: 50, unit: 'percent', qualifier: null,
  quote: 'q', start: 0, end: 1, rule: 'r', sentence: 0, ...over,
});

describe('arms table', () => {
  const t = readArmsTable(SMALL);

  it('reads names and ISO codes, skips the preamble, reports bad rows and goes on', () => {
    expect(t.rows).toHaveLength(6);
    expect(t.rows[2]).toEqual({ supplier: 'CHL', recipient: 'PER', year: 2012, tiv: 20 });
    expect(t.rows.some((r) => r.supplier === 'unknown supplier(s)')).toBe(true);
    expect(t.errors).toEqual([`${SMALL}:9: year "not-a-year" is not a year`, `${SMALL}:10: TIV "lots" is not a number`]);
  });

  it('shares of world deliveries and of a supplier’s deliveries', () => {
    expect(supplierShare(t, 'CHL', 2012, 2012)).toBe(20);          // 20 of 100
    expect(supplierShare(t, 'CHL', 2008, 2012)).toBeCloseTo(60 / 140 * 100, 6);
    expect(shareOfSupplierExports(t, 'CHL', 'BOL', 2008, 2012)).toBe(50); // 30 of 60
    expect(supplierShare(t, 'CHL', 1990, 1991)).toBeNull();
  });

  it('SIPRI register shape: header after a preamble, ";" line ends, quoted cells', () => {
    const csv = 'SIPRI trade register\n\n"Supplier","Recipient","Designation","Delivery year","TIV deal unit","TIV delivery values";\n'
      + '"Chile","Peru","Ship, patrol",2012,"5","7.5";\n"Peru","Chile","x",2012,"1","2.5";\n';
    const r = parseArmsTable(csv, 'reg.csv');
    expect(r.rows).toEqual([{ supplier: 'CHL', recipient: 'PER', year: 2012, tiv: 7.5 }, { supplier: 'PER', recipient: 'CHL', year: 2012, tiv: 2.5 }]);
    expect(csvLine('"a ""b""",c')).toEqual(['a "b"', 'c']);
  });

  it('a file without the columns is a one-line error naming it', () => {
    expect(() => parseArmsTable('a,b\n1,2\n', 'x.csv')).toThrow(/^x\.csv: no header with supplier, recipient, year and TIV columns$/);
    expect(() => readArmsTable('/nonexistent/arms.csv')).toThrow(/^\/nonexistent\/arms\.csv: cannot read/);
  });
});

describe('checking claims', () => {
  const t = readArmsTable(SMALL);

  it('classifies the four kinds of arms-share claim', () => {
    expect(classify(claim({}))).toEqual({ kind: 'supplier-share', supplier: 'CHL', recipient: null });
    expect(classify(claim({ subject: 'BOL', measure: 'share of Chilean arms sales' }))).toEqual({ kind: 'recipient-of-supplier', supplier: 'CHL', recipient: 'BOL' });
    expect(classify(claim({ measure: "share of Peru's arms imports" }))).toEqual({ kind: 'supplier-of-recipient', supplier: 'CHL', recipient: 'PER' });
    expect(classify(claim({ measure: 'share of global arms imports' }))?.kind).toBe('recipient-share');
    expect(classify(claim({ unit: 'USD' }))).toBeNull();
    expect(classify(claim({ measure: 'share of copper exports' }))).toBeNull();
  });

  it('reports the year and the five-year window, in percentage points', () => {
    const [k] = checkArmsClaims([claim({ value: 25 })], t, { year: 2012 });
    expect(k).toMatchObject({ year: 2012, window: [2008, 2012], table: { year: 20, window: 42.9 }, diff: { year: 5, window: -17.9 } });
    expect(k!.fits).toEqual({ year: false, window: false });
  });

  it("a claim's own date wins over the article's year", () => {
    const [k] = checkArmsClaims([claim({ value: 75, date: '2010' })], t, { year: 2012 });
    expect(k).toMatchObject({ year: 2010, table: { year: 100 } });
  });

  it('qualifiers decide what fits', () => {
    expect(fits(30, 'almost', 29, 2)).toBe(true);
    expect(fits(30, 'almost', 33, 2)).toBe(false);
    expect(fits(50, 'over', 55, 2)).toBe(true);
    expect(fits(50, 'over', 40, 2)).toBe(false);
    expect(fits(24, null, 26, 2)).toBe(true);
    expect(fits(24, null, null, 2)).toBeNull();
  });

  it('end to end from a sentence', () => {
    const doc = markedDoc('Bolivia takes about 50 percent of Chilean arms sales.');
    const [k] = checkArmsClaims(findClaims(doc, claimVocab()), t, { year: 2012 });
    expect(k).toMatchObject({ kind: 'recipient-of-supplier', supplier: 'CHL', recipient: 'BOL', table: { year: 0, window: 50 }, fits: { year: false, window: true } });
  });
});

describeShared('checking the seed claims against SIPRI', 'data/reference/sipri/DERIVED_sipri_tiv_supplier_recipient_year.csv', () => {
  const t = readArmsTable(sharedPath('data/reference/sipri/DERIVED_sipri_tiv_supplier_recipient_year.csv'));
  const raw = readFileSync(sharedPath('seed/000_38fe8fbb85fc2e59.txt'), 'utf8');
  const doc = markedDoc(raw.slice(raw.indexOf('Pakistan Army chief'), raw.indexOf('\nBack to Top')));
  const checks = checkArmsClaims(findClaims(doc, claimVocab()), t, { year: 2012 });

  it('reads the table with every country name known or kept', () => {
    expect(t.errors).toEqual([]);
    expect(t.rows.length).toBeGreaterThan(10000);
  });

  it('"24 percent" for Russia against 2012 and 2008–12', () => {
    const k = checks.find((c) => c.claim.subject === 'RUS' && c.claim.value === 24)!;
    expect(k.kind).toBe('supplier-share');
    // the table's share of world deliveries, as computed from the file (../shared NOTES: 29.8% and 26.0%)
    expect(k.table.year).toBeCloseTo(29.8, 1);
    expect(k.table.window).toBeCloseTo(26.0, 1);
    expect(k.diff).toEqual({ year: -5.8, window: -2 });
  });

  it('India’s share of Russian arms sales', () => {
    const k = checks.find((c) => c.claim.subject === 'IND')!;
    expect(k).toMatchObject({ kind: 'recipient-of-supplier', supplier: 'RUS', recipient: 'IND' });
    expect(k.table.year).toBeCloseTo(46.9, 1);
    expect(k.table.window).toBeCloseTo(33.2, 1);
  });
});
