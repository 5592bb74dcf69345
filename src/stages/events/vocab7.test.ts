// Event vocabulary, round 7: noun events, adjectives, complements and cues (rows appended to
// data/events/{nouns,complements,cues}.jsonl in round 7), on invented sentences with hand-built actor mentions.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';
import { patterns } from './patterns.ts';

const RUR = A('Ruritania', 'RUR'), FRE = A('Freedonia', 'FRE');

const events = (text: string, actors: ActorSpec[]) => eventsOf(text, actors, '2016-05-10');
/** Every event as "SRC>TGT code modality", sorted. */
const code = (text: string, actors: ActorSpec[]) => events(text, actors).map((e) => shown(e)).sort();

type Case = [text: string, actors: ActorSpec[], expected: string[]];

const NOUNS: Record<string, Case[]> = {
  appeal: [
    ["Ruritania's call for the release of the detained Freedonian sailors went unanswered.", [RUR, A('Freedonian sailors', 'FRE', 'group')], ['RUR>FRE 0253 asserted']],
    ['A call by Ruritania for talks with Freedonia was ignored.', [RUR, FRE], ['RUR>FRE 026 asserted']],
    // (the complement window of a noun stops at the clause: "a call by X on Y to hold talks" is a plain 020 for now)
    ['A call by Ruritania on Freedonia to hold talks was ignored.', [RUR, FRE], ['RUR>FRE 020 asserted']],
  ],
  intent: [
    ["Ruritania's promise to Freedonia of economic aid was welcomed in the region.", [RUR, FRE], ['RUR>FRE 0331 asserted']],
    ['Ruritania is reluctant to send troops to Freedonia.', [RUR, FRE], ['RUR>FRE 1212 asserted']],
  ],
  support: [
    ["Ruritania's support for Freedonia angered its neighbours.", [RUR, FRE, A('its', 'RUR', 'coref')], ['RUR>FRE 051 asserted']],
    ['Ruritania is hostile to Freedonia.', [RUR, FRE], ['RUR>FRE 110 asserted']],
  ],
  diplomatic: [
    ["Ruritania's restoration of relations with Freedonia was announced on Monday.", [RUR, FRE], ['FRE>RUR 050 asserted', 'RUR>FRE 050 asserted']],
  ],
  cooperate: [
    ['The training of Freedonian troops by Ruritanian instructors continued.', [A('Freedonian troops', 'FREMIL', 'role'), A('Ruritanian instructors', 'RURMIL', 'role')], ['RURMIL>FREMIL 062 asserted']],
  ],
  judicial: [
    ["Ruritania's extradition of the banker to Freedonia ended a long dispute.", [RUR, FRE], ['RUR>FRE 063 asserted']],
  ],
  yield: [
    ["Ruritania's lifting of sanctions on Freedonia took effect on Monday.", [RUR, FRE], ['RUR>FRE 085 asserted']],
  ],
  disapprove: [
    ["Ruritania's objections to Freedonia were noted.", [RUR, FRE], ['RUR>FRE 110 asserted']],
  ],
  sanction: [
    ["Ruritania's recall of its ambassador from Freedonia deepened the row.", [RUR, A('its', 'RUR', 'coref'), FRE], ['RUR>FRE 161 asserted']],
    ["Ruritania's restrictions on imports from Freedonia hurt farmers.", [RUR, FRE], ['RUR>FRE 163 asserted']],
    ["Ruritania's travel ban on Freedonian officials took effect.", [RUR, A('Freedonian officials', 'FREGOV', 'role')], ['RUR>FREGOV 163 asserted']],
  ],
  mobilize: [
    ['The massing of Ruritanian troops on the Freedonian border alarmed the region.', [A('Ruritanian troops', 'RURMIL', 'role'), A('Freedonian', 'FRE', 'demonym')], ['RURMIL>FRE 154 asserted']],
  ],
  assault: [
    ['Ruritanian rocket fire into Freedonia continued overnight.', [A('Ruritanian', 'RUR', 'demonym'), FRE], ['RUR>FRE 194 asserted']],
  ],
};

const COMPLEMENTS: Record<string, Case[]> = {
  threaten: [
    ['Ruritania threatened to impose a curfew in Freedonia.', [RUR, FRE], ['RUR>FRE 1323 asserted']],
    ['Ruritania threatened to launch a ground offensive against Freedonia.', [RUR, FRE], ['RUR>FRE 1384 asserted']],
    ['Ruritania threatened to recall its ambassador from Freedonia.', [RUR, A('its', 'RUR', 'coref'), FRE], ['RUR>FRE 1313 asserted']],
    ['Ruritania threatened to expel inspectors from Freedonia.', [RUR, FRE], ['RUR>FRE 136 asserted']],
  ],
  appeal: [
    ['Ruritania urged the Freedonian president to step aside.', [RUR, A('Freedonian president', 'FREGOV', 'role')], ['RUR>FREGOV 0241 asserted']],
    ['Ruritania urged Freedonia to repeal the law.', [RUR, FRE], ['RUR>FRE 0242 asserted']],
  ],
  intent: [
    ['Ruritania pledged to send tanks and ammunition to Freedonia.', [RUR, FRE], ['RUR>FRE 0332 asserted']],
    ['Ruritania promised to lift the embargo against Freedonia.', [RUR, FRE], ['RUR>FRE 0354 asserted']],
    ['Ruritania offered to unfreeze the sanctions on Freedonia.', [RUR, FRE], ['RUR>FRE 0354 asserted']],
  ],
  demand: [
    ['Ruritania demanded that Freedonia allow humanitarian access to the region.', [RUR, FRE], ['RUR>FRE 1055 asserted']],
  ],
  accuse: [
    ['Ruritania accused Freedonia of cyberattacks.', [RUR, FRE], ['RUR>FRE 1121 asserted']],
    ['Ruritania accused Freedonia of persecution of its minorities.', [RUR, FRE, A('its', 'FRE', 'coref')], ['RUR>FRE 1122 asserted']],
    ['Ruritania accused Freedonia of ethnic cleansing.', [RUR, FRE], ['RUR>FRE 1124 asserted']],
  ],
};

const CUES: Case[] = [
  // a cue noun: the act a demand asks for has not happened
  ["Ruritania's demand for the withdrawal of Freedonian troops from Norway was rejected.", [RUR, A('Freedonian troops', 'FREMIL', 'role'), A('Norway', 'NOR')], ['FREMIL>NOR 0874 hypothetical', 'RUR>FREMIL 1056 asserted']],
  // cue verbs: deferring a visit cancels it, skipping a summit is not attending it
  ['Ruritania deferred its visit to Freedonia.', [RUR, A('its', 'RUR', 'coref'), FRE], ['RUR>FRE 042 cancelled']],
  // a speech verb reports what it introduces (and saying another side attacked is an accusation)
  ['Ruritanian officials hinted that Freedonia had attacked Norway.', [A('Ruritanian officials', 'RURGOV', 'role'), FRE, A('Norway', 'NOR')], ['FRE>NOR 190 reported', 'RURGOV>FRE 112 asserted']],
  ['Ruritania aborted the raid on Freedonia.', [RUR, FRE], ['RUR>FRE 190 cancelled']],
  ['Ruritania skipped the summit with Freedonia.', [RUR, FRE], ['FRE>RUR 040 negated', 'RUR>FRE 040 negated']],
  // cue adjectives: scheduled, reported, thwarted, postponed
  ['The scheduled visit to Freedonia by the Ruritanian premier was confirmed.', [FRE, A('Ruritanian premier', 'RURGOV', 'role')], ['RURGOV>FRE 042 intended']],
  ['The reported attack on Freedonia by Ruritanian rebels killed two.', [FRE, A('Ruritanian rebels', 'RURREB', 'group')], ['RURREB>FRE 190 reported']],
  ['The thwarted attack on Freedonia by Ruritanian rebels was planned for months.', [FRE, A('Ruritanian rebels', 'RURREB', 'group')], ['RURREB>FRE 190 negated']],
];

describe('event vocabulary round 7: noun and adjective events', () => {
  for (const [family, cases] of Object.entries(NOUNS)) {
    describe(family, () => { for (const [text, actors, expected] of cases) it(text, () => expect(code(text, actors)).toEqual([...expected].sort())); });
  }
});

describe('event vocabulary round 7: complements pick the sub-code', () => {
  for (const [family, cases] of Object.entries(COMPLEMENTS)) {
    describe(family, () => { for (const [text, actors, expected] of cases) it(text, () => expect(code(text, actors)).toEqual([...expected].sort())); });
  }
});

describe('event vocabulary round 7: cues set the modality', () => {
  for (const [text, actors, expected] of CUES) it(text, () => expect(code(text, actors)).toEqual([...expected].sort()));
});

describe('event vocabulary round 7: ordinary text that must not code', () => {
  const none: Case[] = [
    // a house fire, a budget restriction, a call centre, the support of fans, a stock-market easing
    ['The fire in the Ruritanian capital destroyed a market.', [A('Ruritanian', 'RUR', 'demonym')], []],
    // "a call to Y" is mostly a phone call: not read as an appeal
    ["Ruritania's call to Freedonia lasted an hour.", [RUR, FRE], []],
    ['The Ruritanian recall of faulty cars cost millions.', [A('Ruritanian', 'RUR', 'demonym')], []],
    ['Ruritanian drivers were hostile to the new speed cameras.', [A('Ruritanian drivers', 'RUR', 'group')], []],
    ['The support of Ruritanian voters for the new stadium surprised nobody.', [A('Ruritanian voters', 'RUR', 'group')], []],
    ['The Freedonian call centre hired two hundred workers.', [A('Freedonian', 'FRE', 'demonym')], []],
    ['Freedonian fans showed their support for the national team.', [A('Freedonian fans', 'FRE', 'group')], []],
    ['Ruritanian shoppers were reluctant to spend money before the holidays.', [A('Ruritanian shoppers', 'RUR', 'group')], []],
  ];
  for (const [text, actors, expected] of none) it(text, () => expect(code(text, actors)).toEqual(expected));

  it('a vow of an ordinary act is no threat (threat-only complement words are nouns, not verbs)', () => {
    // "withdraw" must not make a promise to withdraw troops a threat
    expect(code('Ruritania is willing to withdraw its troops from Freedonia.', [RUR, A('its', 'RUR', 'coref'), FRE]).every((e) => / 03\d+ /.test(e))).toBe(true);
  });
});

describe('event vocabulary round 7: rows and rule ids', () => {
  it('loads the new rows with rule ids that name file, version and id', () => {
    const p = patterns();
    const call = p.nouns.get('call')!.map((r) => r.rule);
    expect(call).toContain('nouns.v1:n-call#7');
    expect(p.complements.find((c) => c.id === 'thr-curfew')?.rule).toBe('complements.v1:thr-curfew');
    expect(p.cues.get('defer')?.[0]?.effect).toBe('cancelled');
    expect(p.adjs.get('reluctant')?.[0]?.family).toBe('reject');
  });
  it('the event carries the rule of the noun row that coded it', () => {
    const ev = events("Ruritania's support for Freedonia angered its neighbours.", [RUR, FRE, A('its', 'RUR', 'coref')]);
    expect(ev.map((e) => e.rule)).toEqual(['nouns.v1:n-support#1']);
  });
  it('every sub-code of the appeal, intent, demand, reject and threaten families has complement words', () => {
    const p = patterns();
    const have = new Set(p.complements.flatMap((c) => Object.values(c.codes)));
    const want = ['0211', '0212', '0213', '0214', '022', '0231', '0232', '0233', '0234', '0241', '0242', '0243', '0244', '0251', '0252', '0253', '0254', '0255', '0256', '026', '027', '028',
      '0311', '0312', '0313', '0314', '032', '0331', '0332', '0333', '0334', '0341', '0342', '0343', '0344', '0351', '0352', '0353', '0354', '0355', '0356', '036', '037', '038', '039',
      '1011', '1012', '1013', '1014', '102', '1031', '1032', '1033', '1034', '1041', '1042', '1043', '1044', '1051', '1052', '1053', '1054', '1055', '1056', '106', '107', '108',
      '1211', '1212', '1213', '1221', '1222', '1223', '1224', '1231', '1232', '1233', '1234', '1241', '1242', '1243', '1244', '1245', '1246', '125', '126', '127',
      '1311', '1312', '1313', '1321', '1322', '1323', '1324', '133', '134', '135', '136', '137', '1381', '1382', '1383', '1384', '1385', '1121', '1122', '1123', '1124', '1125'];
    expect(want.filter((c) => !have.has(c))).toEqual([]);
  });
});
