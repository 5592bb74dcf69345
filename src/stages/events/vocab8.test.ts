// Event vocabulary, round 8 (rows appended to data/events/verbs.jsonl as <verb>#v8-1, and hold#9's excluding words),
// on invented sentences with hand-built actor mentions; negative cases that must not code.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';
import { patterns } from './patterns.ts';

const RUR = A('Ruritania', 'RUR'), FRE = A('Freedonia', 'FRE');

/** Every event as "SRC>TGT code modality", sorted. */
const code = (text: string, actors: ActorSpec[]) => eventsOf(text, actors, '2016-05-10').map((e) => shown(e)).sort();
const asserted = (text: string, actors: ActorSpec[]) => code(text, actors).filter((s) => !/negated|hypothetical|cancelled/.test(s));

type Case = [text: string, actors: ActorSpec[], expected: string[]];

const CASES: Record<string, Case[]> = {
  'curfews (1723)': [
    ['Ruritania instituted a curfew in Freedonia after the riots.', [RUR, FRE], ['RUR>FRE 1723 asserted']],
    ['Ruritania introduced a night curfew in Freedonia.', [RUR, FRE], ['RUR>FRE 1723 asserted']],
    ['Ruritania ordered a curfew in Freedonia on Sunday.', [RUR, FRE], ['RUR>FRE 1723 asserted']],
  ],
  'a warm welcome is hosting a visit (043)': [
    ['Ruritania gave a warm welcome to the Freedonian president.', [RUR, A('Freedonian president', 'FREGOV')], ['RUR>FREGOV 043 asserted']],
    ['Ruritania accorded a warm reception to Freedonia.', [RUR, FRE], ['RUR>FRE 043 asserted']],
  ],
  'asking for asylum or refuge (0233)': [
    ['Thousands of Ruritanians sought refuge in Freedonia.', [A('Ruritanians', 'RUR', 'demonym' as ActorSpec['kind']), FRE], ['RUR>FRE 0233 asserted']],
    ['Ruritania asked for asylum in Freedonia.', [RUR, FRE], ['RUR>FRE 0233 asserted']],
    ['Ruritania applied for asylum in Freedonia.', [RUR, FRE], ['RUR>FRE 0233 asserted']],
  ],
  // decided by the CAMEO descriptions, pinned here: summoning an envoy is a formal protest (114), sheltering refugees
  // is humanitarian aid (073: the usage notes keep 075 for the legal grant of asylum), "called Y" is a phone call (041)
  'existing rows, decisions pinned': [
    ['Ruritania summoned the Freedonian ambassador.', [RUR, A('Freedonian ambassador', 'FREGOV')], ['RUR>FREGOV 114 asserted']],
    ['Ruritania is hosting thousands of refugees from Freedonia.', [RUR, FRE], ['RUR>FRE 073 asserted']],
    ['The Ruritanian president called the Freedonian president on Monday.', [A('Ruritanian president', 'RURGOV'), A('Freedonian president', 'FREGOV')], ['RURGOV>FREGOV 041 asserted']],
  ],
  'strike nouns keyed by "strike"': [
    ['The hunger strike of Ruritanian detainees over Freedonia drew crowds.', [A('Ruritanian detainees', 'RUR'), FRE], ['RUR>FRE 142 asserted']],
    ['A general strike by Ruritanian workers over Freedonia closed the ports.', [A('Ruritanian workers', 'RUR'), FRE], ['RUR>FRE 143 asserted']],
  ],
};

describe('events: vocabulary round 8', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      for (const [text, actors, expected] of cases) it(text, () => expect(asserted(text, actors)).toEqual(expected.sort()));
    });
  }

  it('holding a news conference together is no detention', () => {
    expect(asserted('Ruritania and Freedonia held a joint news conference.', [RUR, FRE]).filter((s) => / 17/.test(s))).toEqual([]);
    expect(asserted('Ruritania held a press briefing with Freedonia.', [RUR, FRE]).filter((s) => / 17/.test(s))).toEqual([]);
  });

  // (the simple past "relaxed" and the present "hosts" are tagged ADJ / NOUN by the tagger after a bare name: no verb
  // group, so no row can fire there; the perfect and progressive forms are read as verbs)
  it('relaxed restrictions are eased restrictions (081)', () => {
    expect(asserted('Ruritania has relaxed restrictions on Freedonia.', [RUR, FRE])).toEqual(['RUR>FRE 081 asserted']);
  });

  it('"expelled no one" is no asserted expulsion', () => {
    expect(asserted('Ruritania expelled no one from Freedonia.', [RUR, FRE]).filter((s) => / 174 | 16/.test(s))).toEqual([]);
  });

  it('a curfew lifted is not a curfew imposed', () => {
    expect(asserted('Ruritania lifted the curfew in Freedonia.', [RUR, FRE]).filter((s) => / 1723 /.test(s))).toEqual([]);
  });

  it('a welcome that is praise of a decision stays 051', () => {
    expect(asserted('Ruritania welcomed the decision by Freedonia.', [RUR, FRE]).some((s) => / 043 /.test(s))).toBe(false);
  });

  it('the round 8 rows load with their rule ids, and the rows removed in the clean-up are gone', () => {
    const p = patterns();
    expect(p.verbs.get('institute')!.map((r) => r.id)).toContain('institute#v8-1');
    expect(p.verbs.get('seek')!.find((r) => r.id === 'seek#v8-1')!.code).toBe('0233');
    const speak = p.verbs.get('speak')!.map((r) => r.id);
    for (const gone of ['speak#da1', 'speak#da2', 'speak-by-phone-with#da1']) expect(speak).not.toContain(gone);
    expect(p.verbs.get('boycott')!.map((r) => r.id)).not.toContain('boycott#2');
    // nouns the lookup reads one token at a time: the strike rows are keyed by "strike" and qualified by their word
    expect(p.nouns.get('strike')!.map((r) => r.id)).toEqual(expect.arrayContaining(['n-hunger-strike#db1', 'n-general-strike#db1']));
    expect(p.nouns.get('deportation')!.map((r) => r.id)).toContain('n-deportations#db1');
  });
});
