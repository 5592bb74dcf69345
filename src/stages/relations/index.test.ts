import { describe, expect, it } from 'vitest';
import type { Doc } from '../../doc/types.ts';
import { findRelations, relationsStage } from './index.ts';
import { relationVocab } from './vocab.ts';
import { markedDoc } from './test-doc.ts';

const rels = (text: string) => findRelations(markedDoc(text), relationVocab());
const brief = (text: string) => rels(text).map((r) => `${r.a}-${r.b} ${r.direction}${r.hedged ? ' hedged' : ''}`);

describe('relations: a pair named three ways', () => {
  it.each([
    'The Kenya-Uganda rapprochement came as a surprise.',
    'The rapprochement between Kenya and Uganda came as a surprise.',
    "Kenya's rapprochement with Uganda came as a surprise.",
    'Nairobi’s rapprochement with Kampala came as a surprise.',
  ])('%s', (text) => {
    expect(brief(text)).toEqual(['KEN-UGA warming']);
  });

  it('a slash pair and a possessive "ties with" pair', () => {
    expect(brief('Chile/Peru relations have deteriorated.')).toEqual(['CHL-PER cooling']);
    expect(brief("Chile's ties with Peru have soured.")).toEqual(['CHL-PER cooling']);
  });

  it('a chain of three hyphenated names is no dyad', () => {
    expect(brief('The Chile-Peru-Bolivia rivalry is old.')).toEqual([]);
  });

  it('keeps the two actors sorted and quotes the phrase with its pair', () => {
    const [r] = rels('Relations between Tunisia and Egypt have worsened.');
    expect(r).toMatchObject({ a: 'EGY', b: 'TUN', direction: 'cooling', quote: 'Relations between Tunisia and Egypt have worsened', sentence: 0 });
    expect(r!.rule).toMatch(/^relations\.v1:worsen\//);
  });
});

describe('relations: negation and hedges', () => {
  it('negated statements assert nothing', () => {
    expect(brief('Ties between Chile and Bolivia are not improving.')).toEqual([]);
    expect(brief('There is no sign of a thaw between Chile and Bolivia.')).toEqual([]);
    expect(brief('Chile and Bolivia are not rivals.')).toEqual([]);
  });

  it('"could sour" is hedged, with half the strength', () => {
    const [h] = rels('Ties between Chile and Bolivia could sour.');
    const [p] = rels('Ties between Chile and Bolivia have soured.');
    expect(h).toMatchObject({ direction: 'cooling', hedged: true });
    expect(p).toMatchObject({ direction: 'cooling', hedged: false });
    expect(h!.strength).toBeCloseTo(p!.strength / 2, 5);
  });

  it('intent and forecasts are hedged; a modal on another clause is not', () => {
    expect(brief('Chile wants to improve relations with Bolivia.')).toEqual(['BOL-CHL warming hedged']);
    expect(brief('Analysts expect a downturn in Chile-Bolivia ties.')).toEqual(['BOL-CHL cooling hedged']);
    expect(brief("Chile's improving relations with Bolivia could reopen the border.")).toEqual(['BOL-CHL warming']);
  });

  it('a modal on another verb does not hedge a standing state', () => {
    expect(brief('Chile can always count on Bolivia, its closest ally.')).toEqual(['BOL-CHL friendly']);
    expect(brief('Chile and Bolivia could become allies.')).toEqual(['BOL-CHL friendly hedged']);
  });

  it('"never been better" carries its own negative word', () => {
    expect(brief("Chile's relations with Bolivia have never been better.")).toEqual(['BOL-CHL friendly']);
  });
});

describe('relations: time, strength and settling', () => {
  it('reads "since 2011"', () => {
    expect(rels('Ties between Oman and Yemen have deteriorated since 2011.')[0]!.since).toBe('2011');
    expect(rels('Ties between Oman and Yemen have deteriorated since the war.')[0]!.since).toBeNull();
  });

  it('an intensifier raises strength', () => {
    const plain = rels('Ties between Oman and Yemen have deteriorated.')[0]!.strength;
    const sharp = rels('Ties between Oman and Yemen have deteriorated sharply, and fast.')[0]!.strength;
    const sharp2 = rels('Ties between Oman and Yemen have sharply deteriorated.')[0]!.strength;
    expect(sharp2).toBeGreaterThan(plain);
    expect(sharp).toBeGreaterThanOrEqual(plain);
  });

  it('a change outranks a standing state said with it', () => {
    expect(brief('After years of rivalry, Oman and Yemen have restored relations.')).toEqual(['OMN-YEM warming']);
  });
});

describe('relations: finding the second actor', () => {
  it('falls back to the previous sentence for "its"', () => {
    const text = 'Bolivia has few friends left. Even Chile is cautious about what it offers its "all-weather friend."';
    const r = rels(text);
    expect(r.map((x) => `${x.a}-${x.b} ${x.direction}`)).toEqual(['BOL-CHL friendly']);
    expect(r[0]!.rule).toMatch(/\/pronoun$/);
    expect(r[0]!.quote).toBe('its "all-weather friend');
  });

  it('uses a coref mention from the actor stage when there is one', () => {
    const doc: Doc = markedDoc('Peru is wary. Even so it has drawn closer to Chile.');
    const at = doc.text.indexOf('it has');
    doc.actors.push({ id: 'c1', text: 'it', code: 'PER', country: 'PER', sector: null, start: at, end: at + 2, entry: 'coref', sentence: 1, kind: 'coref', tokenStart: 0, tokenEnd: 0, antecedent: doc.actors[0]!.id });
    expect(findRelations(doc, relationVocab()).map((x) => `${x.a}-${x.b} ${x.direction}`)).toEqual(['CHL-PER warming']);
  });

  it('"pivot toward" needs a country right after it', () => {
    expect(brief('Chile pivoted toward the European Union, annoying Peru.')).toEqual([]);
    expect(brief('Chile pivoted toward Peru.')).toEqual(['CHL-PER warming']);
  });

  it('two objects of one preposition are no dyad between themselves', () => {
    expect(brief('Chile broke off relations with Peru and Bolivia.')).toEqual(['CHL-PER cooling']);
  });

  it('"rival" on a noun ("rival militias") is no statement about two states', () => {
    expect(brief('Chilean officers mediated between rival militias near the Peruvian border.')).toEqual([]);
  });

  it('a noun of standing takes its second actor close after it, else before it', () => {
    expect(brief('Peru, a key Chilean ally in the region, has refused to send troops to Bolivia.')).toEqual(['CHL-PER friendly']);
    expect(brief('Peru said it was an important partner for Chile.')).toEqual(['CHL-PER friendly']);
  });

  it('ignores place-only mentions and organisations', () => {
    const doc = markedDoc('Relations between Chile and Peru have improved.');
    doc.actors[1]!.locationOnly = true;
    expect(findRelations(doc, relationVocab())).toEqual([]);
  });

  it('a line about a person and a college is no relation', () => {
    expect(rels('Maria Ortiz teaches at a college in London.')).toEqual([]);
  });
});

describe('relationsStage', () => {
  it('writes doc.relations with ids unique to the document', () => {
    const doc = markedDoc('The thaw between Chile and Peru continues. Chile and Bolivia are rivals.');
    relationsStage().run(doc, { date: null });
    expect(doc.relations.map((r) => r.direction)).toEqual(['warming', 'hostile']);
    expect(new Set(doc.relations.map((r) => r.id)).size).toBe(2);
    expect(doc.relations[0]!.id.startsWith(doc.id)).toBe(true);
    expect(doc.relations[1]!.sentence).toBe(1);
  });
});
