import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import type { ActorMention } from '../../doc/types.ts';
import { tokenize } from '../../nlp/tokenize.ts';
import { actorsStage } from './index.ts';
import { loadActorData } from './load.ts';
import { compileParticipation } from './participation.ts';

const stage = actorsStage();
function read(text: string, date = '2015-06-01'): ActorMention[] {
  const doc = createDoc(text, { published: date });
  const t = tokenize(text);
  doc.sentences = t.sentences; doc.tokens = t.tokens;
  stage.run(doc, { date });
  return doc.actors;
}
/** the countries judged participants, and those judged only named */
function split(text: string): { yes: string[]; no: string[] } {
  const ms = read(text);
  return { yes: ms.filter((m) => m.participant).map((m) => m.country), no: ms.filter((m) => m.participant === false).map((m) => m.country) };
}

describe('participant: argument slots', () => {
  it.each([
    // subjects, objects, party prepositions
    ['Norway accused Chile of spying.', ['NOR', 'CHL'], []],
    ['Kenya held talks with Peru on Monday.', ['KEN', 'PER'], []],
    ['Mali imposed sanctions on Niger.', ['MLI', 'NER'], []],
    ['Troops were withdrawn from Chad by France.', ['TCD', 'FRA'], []],
    ['The offer was rejected by Norway and Denmark.', ['NOR', 'DNK'], []],
    // possessors and modifiers of event and agent nouns
    ["Norway's offer surprised Chile.", ['NOR', 'CHL'], []],
    ['A Peruvian proposal angered Bolivia.', ['PER', 'BOL'], []],
    ['The U.S.-led coalition struck Syria.', ['USA', 'SYR'], []],
    ['The invasion of Kuwait began.', ['KWT'], []],
    ['Thousands of Nigerians marched.', ['NGA'], []],
  ])('%s', (text, yes, no) => expect(split(text)).toEqual({ yes, no }));
});

describe('participant: only named', () => {
  it.each([
    // modifiers of things, hyphen compounds
    ['Norway bought Russian gas.', ['NOR'], ['RUS']],
    ['Chile sold Russian rifles and Iraqi oil to Peru.', ['CHL', 'PER'], ['RUS', 'IRQ']],
    ['The Swedish-registered ship sank.', [], ['SWE']],
    // topics, comparisons, sources
    ['Kenya and Peru held talks on Afghanistan.', ['KEN', 'PER'], ['AFG']],
    ['Mali complained, and Niger talked about Iran.', ['MLI', 'NER'], ['IRN']],
    ['Chile is a country like Peru.', ['CHL'], ['PER']],
    ['Troops attacked the camp, according to Kenya.', [], ['KEN']],
    // places: apposition to a place, places that are part of a name, a thing's neighbour
    ['Doctors arrived in Bam, Iran.', [], ['IRN']],
    ['Ships sailed into the Persian Gulf near Oman and the Gulf of Mexico.', [], ['OMN']],
    ['The city of Basra lies on the border of Iraq.', [], ['IRQ']],
  ])('%s', (text, yes, no) => expect(split(text)).toEqual({ yes, no }));

  it('a trailing attribution makes its speaker a source, not a party', () => {
    expect(split('Rebels shelled the town, Kenyan police said on Monday.')).toEqual({ yes: [], no: ['KEN'] });
    expect(split('Rebels shelled the town, said a spokesman for Uganda.')).toEqual({ yes: [], no: ['UGA'] });
    // not at the end, or followed by a clause: a party
    expect(split('Kenyan police said rebels shelled the town.').yes).toEqual(['KEN']);
  });

  it('a name followed by a time word is not a modifier', () => {
    expect(split('The envoy visited Russia today.').yes).toEqual(['RUS']);
    expect(split('Chile sent arms to Pakistan last year.').yes).toEqual(['CHL', 'PAK']);
  });

  it('a conjunct shares the slot of the first conjunct, a comma alone does not', () => {
    expect(split('Kenya cut ties with Congo, Peru and Chile.').yes).toEqual(['KEN', 'COD', 'PER', 'CHL']);
    expect(split('Chile and Peru held talks on Iraq and Iran.')).toEqual({ yes: ['CHL', 'PER'], no: ['IRQ', 'IRN'] });
  });

  it('a thing that is a verb\'s object hands its preposition to the verb', () => {
    expect(split('Russia closed its borders with Iran.').yes).toContain('IRN');
    expect(split('The village lies near its border with Iran.').no).toEqual(['IRN']);
  });
});

describe('provenance', () => {
  it('every mention carries the judgement and the rule that made it', () => {
    const ms = read('Kenya held talks with Peru on Iran in Nairobi.');
    for (const m of ms) { expect(typeof m.participant).toBe('boolean'); expect(m.participantWhy).toBeTruthy(); }
    expect(ms.find((m) => m.country === 'IRN')!.participantWhy).toMatch(/^participation\.v1:prep-on: /);
    expect(ms.find((m) => m.text === 'Nairobi')).toMatchObject({ locationOnly: true, participant: false, participantWhy: 'location' });
  });

  it('without participation rules no judgement is made', () => {
    const data = loadActorData();
    const bare = actorsStage({ data: { ...data, participation: undefined } });
    const doc = createDoc('Norway bought Russian gas.', {});
    const t = tokenize(doc.text);
    doc.sentences = t.sentences; doc.tokens = t.tokens;
    bare.run(doc, { date: '2015-01-01' });
    expect(doc.actors.map((m) => m.participant)).toEqual([undefined, undefined]);
  });

  it('compiles the data: first list wins, prepositions keep their governors', () => {
    const t = compileParticipation([
      { id: 'a', kind: 'agent-noun', words: ['Crew'] },
      { id: 't', kind: 'thing-noun', words: ['crew', 'oil'] },
      { id: 'p', kind: 'prep', words: ['ON'], party: ['verb'], partyWords: ['Sanctions'], topicWords: ['talks'] },
    ])!;
    expect(t.nouns.get('crew')).toEqual({ cls: 'agent', id: 'a' });
    expect(t.nouns.get('oil')!.cls).toBe('thing');
    expect(t.preps.get('on')).toMatchObject({ id: 'p', partyWords: new Set(['sanctions']), topicWords: new Set(['talks']) });
    expect(compileParticipation([])).toBeNull();
  });
});
