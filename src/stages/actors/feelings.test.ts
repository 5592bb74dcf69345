// A feeling or judgement directed at a country ("dismay at Peru") makes the country its party, not a place.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import { tokenize } from '../../nlp/tokenize.ts';
import { actorsStage } from './index.ts';

const stage = actorsStage();
function actor(text: string, name: string) {
  const doc = createDoc(text, { published: '2016-03-01' });
  const t = tokenize(text);
  doc.sentences = t.sentences; doc.tokens = t.tokens;
  stage.run(doc, { date: '2016-03-01' });
  return doc.actors.find((a) => a.text === name);
}

describe('actors: feelings directed at a country', () => {
  it('after "dismay at", "outrage at", the country is a party', () => {
    expect(actor('Ghana expressed dismay at Togo.', 'Togo')?.locationOnly).toBeFalsy();
    expect(actor('Ghana voiced outrage at Togo over the arrests.', 'Togo')?.locationOnly).toBeFalsy();
  });
  it('a meeting at a place keeps the place a place', () => {
    expect(actor('Ghanaian and Ivorian ministers met at Abidjan.', 'Abidjan')?.locationOnly).toBe(true);
  });
});
