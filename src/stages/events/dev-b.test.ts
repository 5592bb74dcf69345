// Coverage floor on our own development set for CAMEO roots 10–20 (test/fixtures/events/dev-b.jsonl):
// the coder runs from raw text, asserted gold codings are scored. Floors sit a little under the
// figures reached, so a change that loses coverage of demands, disapproval, rejection, threats,
// protest, force posture, reduced relations, coercion, assault, fighting or mass violence fails here.
// The second block checks the rows added for these roots one by one, on invented sentences with
// hand-made actors (the events stage alone).
import { describe, expect, it } from 'vitest';
import { describeDevSet } from '../../testing/dev-set.ts';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

const FILE = 'test/fixtures/events/dev-b.jsonl';

// reached on 2026-11-30 (end of session 3): see the figures the suite prints; floors are about reached − 0.05
describeDevSet('dev set B (roots 10–20)', FILE, { roots: ['10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'], perRoot: 8, sentences: 150, noEvents: 20, rootF1: 0.83, codeF1: 0.82, precision: 0.83, codedEmptyMax: 4 });

const code = (text: string, actors: ActorSpec[]) => eventsOf(text, actors, '2011-03-09').map((e) => shown(e, 'cameo', false)).sort();

describe('events: rows for roots 10–20 (dev set B)', () => {
  it('defying a deadline or ultimatum is 128; defying nothing named is no event', () => {
    expect(code('Libya defied an Arab League deadline to end the shelling.', [A('Libya', 'LBY'), A('Arab League', 'IGO', 'org')])).toContain('LBY>IGO 128');
    expect(code('Libya defied expectations in the qualifier against Egypt.', [A('Libya', 'LBY'), A('Egypt', 'EGY')])).toEqual([]);
  });

  it('rallying other states against a country is 113, not a street rally', () => {
    expect(code('Kenya rallied its neighbours against Somalia.', [A('Kenya', 'KEN'), A('Somalia', 'SOM')])).toEqual(['KEN>SOM 113']);
  });

  it('troops sent to a border are a mobilisation (154), not aid', () => {
    expect(code('Chad sent troops to its border with Sudan.', [A('Chad', 'TCD'), A('Sudan', 'SDN')])).toEqual(['TCD>SDN 154']);
  });

  it('drills staged around another country are a show of force aimed at it', () => {
    expect(code('Russia staged naval drills around Japan.', [A('Russia', 'RUS'), A('Japan', 'JPN', 'country', { locationOnly: true })])).toEqual(['RUS>JPN 150']);
  });

  it('a mediator suspending its role is 165 towards each party', () => {
    expect(code('Qatar suspended its mediation between Sudan and the rebels of Darfur.', [A('Qatar', 'QAT'), A('Sudan', 'SDN')])).toContain('QAT>SDN 165');
  });

  it('ordering an envoy to leave is an expulsion (174), not a demand', () => {
    expect(code('Ecuador ordered the British ambassador to leave within a day.', [A('Ecuador', 'ECU'), A('British ambassador', 'GBRGOV')])).toEqual(['ECU>GBRGOV 174']);
  });

  it('massacring civilians is mass killing (202); a nuclear device set off is 2042; gas attacks are 2041', () => {
    expect(code('Militias massacred hundreds of Congolese civilians.', [A('Militias', 'CODREB', 'group'), A('Congolese civilians', 'CODCVL')])).toEqual(['CODREB>CODCVL 202']);
    expect(code('Pakistan detonated a nuclear device in Balochistan.', [A('Pakistan', 'PAK')])[0]).toMatch(/^PAK>\S+ 2042$/);
    expect(code('Syria attacked the rebels with chlorine gas.', [A('Syria', 'SYR'), A('rebels', 'SYRREB', 'group')])).toEqual(['SYR>SYRREB 2041']);
    expect(code('Syria attacked the rebels with artillery.', [A('Syria', 'SYR'), A('rebels', 'SYRREB', 'group')])).toEqual(['SYR>SYRREB 194']);
  });

  it('bombings carried out at a place take the place as the target, refined by kind', () => {
    expect(code('Al-Shabaab carried out a car bombing in Kenya.', [A('Al-Shabaab', 'SOMREB', 'group'), A('Kenya', 'KEN', 'country', { locationOnly: true })])).toEqual(['SOMREB>KEN 1832']);
  });

  it('police beating or firing on protesters is violent repression (175)', () => {
    expect(code('Zambian police beat protesters in Lusaka.', [A('Zambian police', 'ZMBCOP'), A('Lusaka', 'ZMB', 'country', { locationOnly: true })])[0]).toMatch(/^ZMBCOP>ZMB\S* 175$/);
  });

  // (the place after the object is not yet read as the target: an engine gap, see the report)
  it('troops seizing a town occupy it (192); a state taking control of oil fields confiscates (1711)', () => {
    expect(code('Rebel fighters seized the town of Goma in Congo.', [A('Rebel fighters', 'CODREB', 'group'), A('Congo', 'COD', 'country', { locationOnly: true })])[0]).toMatch(/^CODREB>\S+ 192$/);
    expect(code('Rebel fighters seized the bank accounts of the mayor.', [A('Rebel fighters', 'CODREB', 'group')])).toEqual([]);
    expect(code('Bolivia took control of gas fields run by Brazil.', [A('Bolivia', 'BOL'), A('Brazil', 'BRA')])[0]).toMatch(/^BOL>\S+ 1711$/);
  });

  it('a threat of a strike is 133; a protest delivered to a government is 114', () => {
    expect(code('Nurses threatened Peru with a general strike.', [A('Nurses', 'PERLAB', 'group'), A('Peru', 'PERGOV')])).toEqual(['PERLAB>PERGOV 133']);
    expect(code("Seoul's protest to Tokyo over the textbooks went unanswered.", [A('Seoul', 'KOR'), A('Tokyo', 'JPN')])).toEqual(['KOR>JPN 114']);
  });

  it('more trades walk out (143); expelling people by the thousand is 201', () => {
    expect(code('Italian air traffic controllers walked out over pay.', [A('Italian air traffic controllers', 'ITALAB')])[0]).toMatch(/^ITALAB>\S* 143$/);
    expect(code('Nigeria expelled thousands of Ghanaians.', [A('Nigeria', 'NGA'), A('Ghanaians', 'GHA')])).toEqual(['NGA>GHA 201']);
  });
});

// figures reached are in the report; floors are reached − 0.05
