import { describe, expect, it } from 'vitest';
import { markedDoc } from '../relations/test-doc.ts';
import { claimDate, claimsStage, findClaims } from './index.ts';
import { claimVocab } from './vocab.ts';

const claims = (text: string) => findClaims(markedDoc(text), claimVocab());
const one = (text: string) => { const c = claims(text); expect(c).toHaveLength(1); return c[0]!; };

describe('claims: units', () => {
  it.each([
    ['Chile holds 12 percent of the copper market.', 12, 'percent'],
    ['Chile holds 12 per cent of the copper market.', 12, 'percent'],
    ['Chile holds 12.5% of the copper market.', 12.5, 'percent'],
    ['Chile signed a $5 billion deal with Peru.', 5e9, 'USD'],
    ['Chile signed a US$5bn deal with Peru.', 5e9, 'USD'],
    ['Chile signed a deal worth 5 billion dollars.', 5e9, 'USD'],
    ['Chile pledged €300 million in aid.', 3e8, 'EUR'],
    ['Chile bought bonds worth 40 million euros.', 4e7, 'EUR'],
    ['India set aside Rs 2 trillion for roads.', 2e12, 'INR'],
    ['India set aside Rs. 3 lakh crore for roads.', 3e12, 'INR'],
    ['Britain spent £700 million on the ships.', 7e8, 'GBP'],
    ['Japan set aside 5 trillion yen for defence.', 5e12, 'JPY'],
  ])('%s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('money carries its currency; percent does not', () => {
    expect(one('Chile signed a $5 billion deal with Peru.').currency).toBe('USD');
    expect(one('Chile holds 12 percent of the copper market.').currency).toBeUndefined();
  });

  it('counts need a plural noun after the number, and years are no counts', () => {
    expect(one('Peru sent 12,000 troops to the border.')).toMatchObject({ value: 12000, unit: 'count', measure: 'troops', subject: 'PER' });
    expect(one('Peru will buy eight frigates.')).toMatchObject({ value: 8, unit: 'count', measure: 'frigates' });
    expect(claims('In 2012 Peru held talks with Chile.')).toEqual([]);
    expect(claims('The talks lasted three days.')).toEqual([]);
    expect(claims('Peru and Chile met on 4 May.')).toEqual([]);
    expect(claims('The two sides met in Lima.')).toEqual([]);
    expect(one('Five hundred Peruvian soldiers crossed the river.')).toMatchObject({ value: 500, unit: 'count', subject: 'PER', measure: 'soldiers' });
  });

  it('ranks: ordinal and superlative, but not "one of the largest"', () => {
    expect(one("Chile is the world's second largest copper exporter.")).toMatchObject({ value: 2, unit: 'rank', measure: 'copper exporter', subject: 'CHL' });
    expect(one('Chile is the largest copper exporter.')).toMatchObject({ value: 1, unit: 'rank' });
    expect(one("Peru is Chile's third-biggest trading partner.")).toMatchObject({ value: 3, unit: 'rank', subject: 'PER' });
    expect(claims('Chile is one of the largest copper exporters.')).toEqual([]);
    expect(claims("Peru's highest ranking diplomat flew to Chile.")).toEqual([]);
  });
});

describe('claims: qualifiers', () => {
  it.each([
    ['almost', 'almost'], ['nearly', 'almost'], ['close to', 'almost'],
    ['over', 'over'], ['more than', 'over'], ['above', 'over'],
    ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['some', 'about'],
    ['at least', 'at least'], ['up to', 'up to'], ['as much as', 'up to'],
    ['less than', 'under'], ['under', 'under'], ['fewer than', 'under'],
  ])('"%s" → %s', (word, q) => {
    expect(one(`Chile exports ${word} 40 percent of its copper to China.`).qualifier).toBe(q);
  });

  it('no qualifier → null, and the quote starts at the article', () => {
    const c = one('Chile has a 24 percent share of the copper trade.');
    expect(c.qualifier).toBeNull();
    expect(c.quote).toBe('a 24 percent share of the copper trade');
  });
});

describe('claims: subject, measure, date', () => {
  it('arms-market shares are named as shares of global arms exports', () => {
    const c = claims("France is the world's third largest arms exporter with a 7 percent share of the trade, behind the U.S., which controls over 35 percent of the global arms market.");
    const pct = c.filter((x) => x.unit === 'percent');
    expect(pct.map((x) => [x.subject, x.value, x.qualifier, x.measure])).toEqual([
      ['FRA', 7, null, 'share of global arms exports'],
      ['USA', 35, 'over', 'share of global arms exports'],
    ]);
    expect(c.find((x) => x.unit === 'rank')).toMatchObject({ subject: 'FRA', value: 3 });
  });

  it('a demonym in "of Russian arms sales" names the supplier; the subject is the buyer', () => {
    expect(one('Algeria takes about 15 percent of Russian arms sales.')).toMatchObject({ subject: 'DZA', measure: 'share of Russian arms sales', qualifier: 'about' });
  });

  it('a country inside the measured phrase is the subject when none comes before', () => {
    expect(one("Nearly 60 percent of Chile's exports go to Asia.")).toMatchObject({ subject: 'CHL', measure: "share of Chile's exports", qualifier: 'almost' });
  });

  it('a claim in a clause of its own has no subject from another clause', () => {
    expect(one("Chile's ties with Peru are complex, but trade rose 20 percent.").subject).toBeNull();
  });

  it('dates stated in the clause', () => {
    expect(one('Chile spent $2 billion on arms in 2019.').date).toBe('2019');
    expect(one('Inflation in Chile hit 12 percent in October 2022.')).toMatchObject({ date: '2022-10', measure: 'inflation', subject: 'CHL' });
    expect(claimDate('between 2010 and 2014')).toBeNull();
  });

  it('carries provenance', () => {
    const doc = markedDoc('Chile is calm. Peru sent 1,500 troops to the border.');
    claimsStage().run(doc, { date: null });
    const [c] = doc.claims;
    expect(c).toMatchObject({ sentence: 1, quote: '1,500 troops' });
    expect(doc.text.slice(c!.start, c!.end)).toBe(c!.quote);
    expect(c!.rule).toMatch(/^claims\.v1:count/);
    expect(c!.id.startsWith(doc.id)).toBe(true);
  });
});
