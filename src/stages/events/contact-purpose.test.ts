// A call or visit made to say something: the caller says it, to the one called, and says it in the call.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown } from './fixture.ts';

const ev = (text: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(text, actors, '2018-07-02').map((e) => `${shown(e, 'cameo', false)} ${e.modality}`).sort();
const MAL = A('Malian president', 'MLIGOV'), NIG = A('Nigerien counterpart', 'NERGOV');

describe('events: the purpose of a contact', () => {
  it('a call made to thank or to demand: the caller to the one called, done', () => {
    expect(ev('The Malian president telephoned his Nigerien counterpart to thank him for his support.', [MAL, NIG])).toEqual(['MLIGOV>NERGOV 041 asserted', 'MLIGOV>NERGOV 051 asserted']);
    expect(ev('Mali called Niger to demand an apology.', [A('Mali', 'MLI'), A('Niger', 'NER')]).some((x) => /^MLI>NER 10\d* asserted$/.test(x))).toBe(true);
  });
  it('talks a visit is made for are still ahead; "called on" asks the other side to act', () => {
    const visit = ev('The Malian president visited Niamey to discuss border security.', [MAL, A('Niamey', 'NER', 'capital', { locationOnly: true })]);
    expect(visit).toContain('MLIGOV>NER 042 asserted');
    expect(visit.filter((x) => x.includes(' 040 asserted'))).toEqual([]);
    expect(ev('Mali called on Niger to reopen the border.', [A('Mali', 'MLI'), A('Niger', 'NER')]).some((x) => x.startsWith('MLI>NER 02') || x.startsWith('MLI>NER 10'))).toBe(true);
  });
  it('a visit in an adjunct after the act is the subject\'s trip, even when the verb judges its object', () => {
    expect(ev('The Malian president praised Niger\'s reforms during a visit to Niamey.', [MAL, A('Niger', 'NER'), A('Niamey', 'NER', 'capital', { locationOnly: true })])).toContain('MLIGOV>NER 042 asserted');
  });
  it('a participle opening the sentence on a visit: the visit is the subject\'s, and the participle\'s verb takes no target from it', () => {
    const e = ev('Speaking during a visit to Niamey, the Malian president praised Niger\'s reforms.', [MAL, A('Niger', 'NER'), A('Niamey', 'NER', 'capital', { locationOnly: true })]);
    expect(e).toContain('MLIGOV>NER 042 asserted');
    expect(e.filter((x) => x.includes(' 040 '))).toEqual([]);
  });
});

describe('events: readiness for talks', () => {
  it('is an offer to meet (036), not a meeting', () => {
    expect(ev('Mali said it was ready for talks with Niger.', [A('Mali', 'MLI'), A('Niger', 'NER')])).toEqual(['MLI>NER 036 asserted']);
    expect(ev('Mali and Niger are ready for talks.', [A('Mali', 'MLI'), A('Niger', 'NER')])).toEqual(['MLI>NER 036 asserted', 'NER>MLI 036 asserted']);
    expect(ev('Mali held talks with Niger.', [A('Mali', 'MLI'), A('Niger', 'NER')])).toEqual(['MLI>NER 040 asserted', 'NER>MLI 040 asserted']);
  });
});

describe('events: praise of an exchange with another side', () => {
  it('is praise of that side (051)', () => {
    expect(ev('Mali hailed the peace deal with Niger.', [A('Mali', 'MLI'), A('Niger', 'NER')])).toEqual(['MLI>NER 051 asserted']);
    expect(ev('Mali welcomed the talks between Niger and Chad.', [A('Mali', 'MLI'), A('Niger', 'NER'), A('Chad', 'TCD')])).toEqual(expect.arrayContaining(['MLI>NER 051 asserted', 'MLI>TCD 051 asserted']));
  });
});
