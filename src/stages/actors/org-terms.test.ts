// An office holder of a multilateral body speaks for that body: the mention carries the term's organisation.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import { tokenize } from '../../nlp/tokenize.ts';
import { actorsStage } from './index.ts';
import { loadActorData } from './load.ts';
import type { ActorData, ActorEntry } from './types.ts';

const envoy: ActorEntry = {
  id: 'test:ostrava', names: ['Milena Ostrava'], kind: 'person', country: 'IGO', sector: 'GOV', person: 'Milena Ostrava', surname: 'Ostrava',
  terms: [
    { country: 'CZE', sector: 'GOV', office: 'foreign minister', start: '2001-01-01', end: '2005-01-01' },
    { country: 'IGO', org: 'EU', sector: 'GOV', office: 'high representative', start: '2006-01-01', end: '2010-01-01' },
  ],
};
const real = loadActorData();
const DATA: ActorData = { ...real, dictionaries: [{ ...real.dictionaries[0]!, entries: [...real.dictionaries[0]!.entries, envoy] }] };
const stage = actorsStage({ data: DATA });

function person(text: string, date: string) {
  const doc = createDoc(text, { published: date });
  const t = tokenize(text);
  doc.sentences = t.sentences; doc.tokens = t.tokens;
  stage.run(doc, { date });
  return doc.actors.find((a) => a.entry === 'test:ostrava');
}

describe('office holders of multilateral bodies', () => {
  it('take the organisation of the term held at the date', () => {
    expect(person('Milena Ostrava criticised the delay.', '2008-03-01')).toMatchObject({ country: 'IGO', org: 'EU' });
    expect(person('Milena Ostrava criticised the delay.', '2003-03-01')).toMatchObject({ country: 'CZE', org: null });
  });
});
