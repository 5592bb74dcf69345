// The resolver keeps a few lookups beyond one document (per lexicon: typo readings, office holders by date) and a
// running set of the states named so far in a document. These tests check that the kept answers never leak
// across dates, lexicons or documents.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import type { ActorMention } from '../../doc/types.ts';
import { tokenize } from '../../nlp/tokenize.ts';
import { actorsStage } from './index.ts';
import { loadActorData } from './load.ts';
import type { ActorData, ActorEntry } from './types.ts';

const person = (id: string, name: string, surname: string, terms: ActorEntry['terms']): ActorEntry =>
  ({ id: `test:${id}`, names: [name], kind: 'person', country: terms![0]!.country, sector: terms![0]!.sector, person: name, surname, terms });
const real = loadActorData();
const withPeople = (people: ActorEntry[]): ActorData => ({
  ...real,
  dictionaries: [{ ...real.dictionaries[0]!, entries: [...real.dictionaries[0]!.entries.filter((e) => e.kind !== 'person'), ...people] }],
});
// invented presidents of an invented succession
const DATA = withPeople([
  person('ardo', 'Lev Ardo', 'Ardo', [{ country: 'EST', sector: 'GOV', office: 'president', start: '2001-01-01', end: '2006-01-01' }]),
  person('brisk', 'Mart Brisk', 'Brisk', [{ country: 'EST', sector: 'GOV', office: 'president', start: '2006-01-01', end: null }]),
]);

function read(stage: ReturnType<typeof actorsStage>, text: string, date: string, meta: Record<string, string> = {}): ActorMention[] {
  const doc = createDoc(text, { published: date, ...meta });
  const t = tokenize(text);
  doc.sentences = t.sentences; doc.tokens = t.tokens;
  stage.run(doc, { date });
  return doc.actors;
}

describe('lookups kept between documents', () => {
  it('an office holder is looked up at each text\'s date, whatever was asked before', () => {
    const stage = actorsStage({ data: DATA });
    const who = (date: string) => read(stage, 'The Estonian president arrived on Monday.', date).map((m) => m.person ?? null);
    expect(who('2003-05-01')).toEqual(['Lev Ardo']);
    expect(who('2010-05-01')).toEqual(['Mart Brisk']);
    expect(who('2003-05-01')).toEqual(['Lev Ardo']);
    expect(who('1995-05-01')).toEqual([null]); // nobody in our data then
  });

  it('an office holder of one lexicon is not another lexicon\'s', () => {
    const other = actorsStage({ data: withPeople([person('cerny', 'Aivo Cerny', 'Cerny', [{ country: 'EST', sector: 'GOV', office: 'president', start: '2001-01-01', end: null }])]) });
    const stage = actorsStage({ data: DATA });
    expect(read(stage, 'The Estonian president arrived on Monday.', '2003-05-01').map((m) => m.person)).toEqual(['Lev Ardo']);
    expect(read(other, 'The Estonian president arrived on Monday.', '2003-05-01').map((m) => m.person)).toEqual(['Aivo Cerny']);
  });

  it('a typo read once is read the same in the next document, and a real word never is', () => {
    const stage = actorsStage({ data: DATA });
    for (let n = 0; n < 2; n++) {
      const ms = read(stage, 'Afganistan rejected the plan.', '2012-01-01');
      expect(ms.map((m) => [m.text, m.code, m.spelling])).toEqual([['Afganistan', 'AFG', 'Afganistan→afghanistan']]);
    }
    // the same letters in lower case inside a sentence are no name: no typo reading
    expect(read(stage, 'They said afganistan was wrong.', '2012-01-01').filter((m) => m.country === 'AFG')).toEqual([]);
  });
});

describe('the text\'s country, counted as the document goes', () => {
  const stage = actorsStage();
  const army = (text: string) => read(stage, text, '2012-01-01').filter((m) => m.text === 'army').map((m) => m.code);

  it('one state named in earlier sentences gives "the army" its country', () => {
    expect(army('Flooding hit Bangladesh. Rain went on for days. The army sent boats.')).toEqual(['BGDMIL']);
  });

  it('two states named in earlier sentences: no country for "the army"', () => {
    expect(army('Flooding hit Bangladesh. Storms hit India. The army sent boats.')).toEqual([]);
  });

  it('a second state named after a use does not change that reading, and stops the next one', () => {
    expect(army('Flooding hit Bangladesh. The army sent boats. Storms then hit India. The army sent planes.')).toEqual(['BGDMIL']);
  });

  it('a state counts in a new document only when that document names it', () => {
    expect(army('Flooding hit Bangladesh. The army sent boats.')).toEqual(['BGDMIL']);
    expect(army('Flooding hit the coast. The army sent boats.')).toEqual([]);
    expect(army('Flooding hit Nepal. The army sent boats.')).toEqual(['NPLMIL']);
  });
});
