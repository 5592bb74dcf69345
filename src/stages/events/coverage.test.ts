// Vocabulary coverage: invented sentences for verbs, phrasal verbs, light-verb constructions and
// event nouns added code by code from the CAMEO code descriptions, each with the rule that must fire.
import { describe, expect, it } from 'vitest';
import { codeEvents } from './index.ts';
import { docWith, type ActorSpec } from './fixture.ts';

const A = (text: string, code: string, kind: ActorSpec['kind'] = 'country'): ActorSpec => ({ text, code, kind });

/** text, actors, expected events "SRC>TGT code modality", and the pattern id that must code one of them */
type Row = [string, ActorSpec[], string[], string];

function run(text: string, actors: ActorSpec[]) {
  const doc = docWith(text, actors, '2015-03-20');
  codeEvents(doc, { date: '2015-03-20' });
  return doc.events;
}
const show = (e: { source: { code: string }; target: { code: string } | null; cameo: string; modality: string }) =>
  `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo} ${e.modality}`;

const N = A('Norway', 'NOR'), C = A('Chile', 'CHL'), P = A('Peru', 'PER');

const TABLE: Record<string, Row[]> = {
  '01 statements': [
    ['Norway voiced misgivings about Chile.', [N, C], ['NOR>CHL 012 asserted'], 'voice#'],
    ['Norway denied complicity in the raid on Chile.', [N, C], ['NOR>CHL 016 asserted'], 'deny#'],
    ['Norway commiserated with Chile after the floods.', [N, C], ['NOR>CHL 018 asserted'], 'commiserate-with#'],
    ['Norway agreed with Chile that the plan was flawed.', [N, C], ['NOR>CHL 019 asserted'], 'agree-with#'],
  ],
  '02-03 appeals and offers': [
    ['Norway made an appeal to Chile for calm.', [N, C], ['NOR>CHL 020 asserted'], 'make#'],
    ['Norway extended an offer of help to Chile.', [N, C], ['NOR>CHL 033 asserted'], 'extend#'],
  ],
  '04 consult': [
    ['Norway huddled with Chile on the sidelines of the forum.', [N, C], ['NOR>CHL 040 asserted'], 'huddle-with#'],
    ['Norway spoke by phone with Chile on Monday.', [N, C], ['NOR>CHL 041 asserted'], 'speak-by-phone#'],
    ['Norway haggled with Chile over fishing quotas.', [N, C], ['CHL>NOR 046 asserted', 'NOR>CHL 046 asserted'], 'haggle#'],
  ],
  '05 diplomatic cooperation': [
    ['Norway paid tribute to Chile for its rescue work.', [N, C], ['NOR>CHL 051 asserted'], 'pay#'],
    ['Norway opened an embassy in Chile.', [N, C], ['NOR>CHL 054 asserted'], 'open#'],
    ['Norway stood up for Chile at the assembly.', [N, C], ['NOR>CHL 052 asserted'], 'stand-up-for#'],
  ],
  '06-07 material cooperation and aid': [
    ['Norway briefed Chile on the investigation.', [N, C], ['NOR>CHL 064 asserted'], 'brief#'],
    ['Norway rushed relief supplies to Chile.', [N, C], ['NOR>CHL 073 asserted'], 'rush#'],
    ['Norway lent Chile two billion dollars.', [N, C], ['NOR>CHL 071 asserted'], 'lend#'],
    ['Norway took in refugees from Chile.', [N, C], ['NOR>CHL 075 asserted'], 'take-in#'],
  ],
  '08 yield': [
    ['Norway swapped prisoners with Chile.', [N, C], ['CHL>NOR 0841 asserted', 'NOR>CHL 0841 asserted'], 'swap#'],
    ['Norway halted its offensive against Chile.', [N, C], ['NOR>CHL 087 asserted'], 'halt#'],
  ],
  '10-12 demand, disapprove, reject': [
    ['Norway told Chile to withdraw its claim.', [N, C], ['NOR>CHL 100 asserted'], 'tell#'],
    ['Norway held Chile responsible for the spill.', [N, C], ['NOR>CHL 112 asserted'], 'hold#'],
    ['Norway chided Chile over its whaling.', [N, C], ['NOR>CHL 111 asserted'], 'chide#'],
    ['Norway took Chile to court over the fishing dispute.', [N, C], ['NOR>CHL 115 asserted'], 'take#'],
    ['Norway pulled out of the treaty with Chile.', [N, C], ['NOR>CHL 127 asserted'], 'pull-out-of#'],
  ],
  '13-16 threaten, protest, posture, reduce': [
    ['Norway renounced the treaty with Chile.', [N, C], ['NOR>CHL 127 asserted'], 'renounce#'],
    ['Norway dispatched warships to Chile.', [N, C], ['NOR>CHL 154 asserted'], 'dispatch#'],
    ['Norway severed diplomatic ties with Chile.', [N, C], ['NOR>CHL 161 asserted'], 'sever#'],
    ['Norway imposed tariffs on Chile.', [N, C], ['NOR>CHL 163 asserted'], 'impose#'],
  ],
  '17-20 coerce, assault, fight': [
    ['Norway placed the Chilean consul under house arrest.', [N, A('Chilean', 'CHL', 'demonym')], ['NOR>CHL 173 asserted'], 'place#'],
    ['Norway fired tear gas at Chilean protesters.', [N, A('Chilean', 'CHL', 'demonym')], ['NOR>CHL 175 asserted'], 'fire#'],
    ['Norway fired rockets at Chile.', [N, C], ['NOR>CHL 194 asserted'], 'fire#'],
    ['Norwegian jets strafed Chile.', [A('Norwegian', 'NOR', 'demonym'), C], ['NOR>CHL 195 asserted'], 'strafe#'],
    ['Norway recaptured the town from Chile.', [N, C], ['NOR>CHL 192 asserted'], 'recapture#'],
    ['Norway murdered a Chilean journalist.', [N, A('Chilean', 'CHL', 'demonym')], ['NOR>CHL 1823 asserted'], 'murder#'],
    ['Chilean protesters called off their strike against Norway.', [A('Chilean', 'CHL', 'demonym'), N], ['CHL>NOR 082 asserted'], 'call-off#'],
    ['Norway launched a crackdown on Chilean traders.', [N, A('Chilean', 'CHL', 'demonym')], ['NOR>CHL 175 asserted'], 'launch#'],
    ['Norwegian troops repelled an attack by Chile.', [A('Norwegian', 'NOR', 'demonym'), C], ['NOR>CHL 190 asserted'], 'repel#'],
    ['Norway pressed charges against Chile.', [N, C], ['NOR>CHL 173 asserted'], 'press#'],
    ['Norway carried out executions of Chilean nationals.', [N, A('Chilean', 'CHL', 'demonym')], ['NOR>CHL 1823 asserted'], 'carry-out#'],
    ['Norway heightened combat readiness along the border with Chile.', [N, C], ['NOR>CHL 152 asserted'], 'heighten#'],
  ],
};

describe('vocabulary coverage by CAMEO root', () => {
  for (const [root, rows] of Object.entries(TABLE)) describe(root, () => {
    for (const [text, actors, want, rule] of rows) it(text, () => {
      const events = run(text, actors);
      if (want.length) expect(events.map(show).sort()).toEqual(expect.arrayContaining(want));
      expect(events.some((e) => e.rule.includes(`:${rule}`))).toBe(true);
    });
  });
});

// noun patterns: the event noun carries the code, its possessor or "by" phrase the source
describe('event nouns', () => {
  const rows: Row[] = [
    ["Norway's crackdown on Chile drew criticism.", [N, C], ['NOR>CHL 175 asserted'], 'n-crackdown#'],
    ["Norway's counteroffensive against Chile stalled.", [N, C], ['NOR>CHL 190 asserted'], 'n-counteroffensive#'],
    ["Norway's tariff on Chile angered exporters.", [N, C], ['NOR>CHL 163 asserted'], 'n-tariff#'],
    ["Norway's request to Chile went unanswered.", [N, C], [], 'n-request#'],
    ['Norway is disappointed with Chile.', [N, C], ['NOR>CHL 110 asserted'], 'a-disappointed#'],
    ['Norway was furious at Chile over the vote.', [N, C], ['NOR>CHL 111 asserted'], 'a-furious#'],
    ['Norway is wary of Chile.', [N, C], ['NOR>CHL 012 asserted'], 'a-wary#'],
  ];
  for (const [text, actors, want, rule] of rows) it(text, () => {
    const events = run(text, actors);
    if (want.length) expect(events.map(show)).toEqual(expect.arrayContaining(want));
    expect(events.some((e) => e.rule.includes(`:${rule}`))).toBe(true);
  });
});

// restrictions that keep the new rows from firing on ordinary uses of the same words
describe('no event from ordinary uses', () => {
  const rows: Array<[string, ActorSpec[], RegExp]> = [
    ['Norway strikes a balance between Chile and Peru.', [N, C, P], /^(?!.*19)/],
    ['Norway held elections while Chile watched.', [N, C], /^(?!.*173)/],
    ['Norway took Chile by surprise.', [N, C], /^(?!.*115)/],
    // "seize control" of a government is no occupation
    ['Norway seized control of the government from Chile.', [N, C], /^(?!.*192)/],
    // "resist" without a demand or pressure is no rejection
    ['Norway resisted the temptation to mock Chile.', [N, C], /^(?!.*12\d)/],
    // lending a voice is no loan; agreeing with someone to do something is an offer, not accord
    ['Norway lent its voice to Chile.', [N, C], /^(?!.*071)/],
    ['Norway agreed with Chile to hold talks.', [N, C], /^(?!.*019)/],
    // a cyber attack is no killing
    ['Norway hacked Chilean websites.', [N, A('Chilean', 'CHL', 'demonym')], /^(?!.*1823)/],
  ];
  for (const [text, actors, none] of rows) it(text, () => {
    for (const e of run(text, actors)) expect(show(e)).toMatch(none);
  });
});
