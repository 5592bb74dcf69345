// Coverage floor on our own development set F (test/fixtures/events/dev-f.jsonl): long wire-service sentences
// that carry two or three events each, every CAMEO root at least 8 times, datelines, trailing attributions, opening
// phrases, relative clauses, passives and noun events, plus near-misses that must not code. The coder runs from raw
// text; asserted gold codings are scored. Floors sit a little under the figures reached, so a change that loses
// coverage of these sentence shapes fails here.
import { describe, expect, it } from 'vitest';
import { describeDevSet } from '../../testing/dev-set.ts';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

const FILE = 'test/fixtures/events/dev-f.jsonl';
const ROOTS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'];

// reached on 2026-11-30: root F1 0.566 (P 0.720), code F1 0.546, 3 no-event sentences coded; floors are about reached − 0.05
describeDevSet('dev set F (all roots, long sentences with two or three events)', FILE, { roots: ROOTS, perRoot: 8, sentences: 160, noEvents: 20, rootF1: 0.51, codeF1: 0.49, precision: 0.66, codedEmptyMax: 5 });

const code = (text: string, actors: ActorSpec[]) => eventsOf(text, actors, '2013-04-22').map((e) => shown(e, 'cameo', false)).sort();

describe('events: rows added with dev set F (ids #df1, #df2)', () => {
  it('referring a country to a court is a case brought against it (115); referring a question to experts is nothing', () => {
    expect(code('Norway referred Belarus to the International Court of Justice.', [A('Norway', 'NOR'), A('Belarus', 'BLR')])).toEqual(['NOR>BLR 115']);
    expect(code('Norway referred the question to a panel of Belarusian experts.', [A('Norway', 'NOR'), A('Belarusian experts', 'BLR')]).filter((c) => c.endsWith(' 115'))).toEqual([]);
  });

  it('cutting off or suspending a hotline or communication lines breaks off contact (161)', () => {
    expect(code('Georgia cut off the military hotline with Russia.', [A('Georgia', 'GEO'), A('Russia', 'RUS')])).toEqual(['GEO>RUS 161']);
    expect(code('Armenia suspended all communication lines with Azerbaijan.', [A('Armenia', 'ARM'), A('Azerbaijan', 'AZE')])).toEqual(['ARM>AZE 161']);
  });

  it('signing an aid package or a roadmap is a signed agreement (057)', () => {
    expect(code('Qatar signed an aid package with Sudan.', [A('Qatar', 'QAT'), A('Sudan', 'SDN')])).toEqual(['QAT>SDN 057']);
    expect(code('Serbia signed a roadmap with Kosovo.', [A('Serbia', 'SRB'), A('Kosovo', 'XKX')])).toEqual(['SRB>XKX 057']);
  });

  it('halting or freezing financial flows to a country is a sanction (163)', () => {
    expect(code('Nigeria halted financial flows to Niger.', [A('Nigeria', 'NGA'), A('Niger', 'NER')])).toEqual(['NGA>NER 163']);
    expect(code('Kuwait suspended financial transactions with Yemen.', [A('Kuwait', 'KWT'), A('Yemen', 'YEM')])).toEqual(['KWT>YEM 163']);
  });

  it('agreeing to hold joint border patrols is intent to cooperate militarily (0312), not a threat', () => {
    expect(code('Laos and Cambodia agreed to hold joint border patrols.', [A('Laos', 'LAO'), A('Cambodia', 'KHM')])).toEqual(['KHM>LAO 0312', 'LAO>KHM 0312']);
  });

  it('armed men seizing bases in another country occupy territory (192); capturing soldiers takes them captive (181)', () => {
    expect(code('Sudanese rebels seized military bases in Chad.', [A('Sudanese rebels', 'SDNREB'), A('Chad', 'TCD', 'country', { locationOnly: true })])).toEqual(['SDNREB>TCD 192']);
    expect(code('Eritrean troops captured two Djiboutian soldiers.', [A('Eritrean troops', 'ERIMIL'), A('Djiboutian soldiers', 'DJIMIL')])).toEqual(['ERIMIL>DJIMIL 181']);
  });

  it('opening an offensive or a front is an attack (190, from the air 195); setting up a safe zone is protection (074)', () => {
    expect(code('Ugandan troops opened a new front in Congo.', [A('Ugandan troops', 'UGAMIL'), A('Congo', 'COD', 'country', { locationOnly: true })])).toEqual(['UGAMIL>COD 190']);
    expect(code('Ethiopian jets opened an air offensive against Eritrea.', [A('Ethiopian jets', 'ETHMIL'), A('Eritrea', 'ERI')])).toEqual(['ETHMIL>ERI 195']);
    expect(code('Turkish troops set up a safe zone in Iraq.', [A('Turkish troops', 'TURMIL'), A('Iraq', 'IRQ', 'country', { locationOnly: true })])).toEqual(['TURMIL>IRQ 074']);
  });

  it('returning fire is fighting (190), never returning property', () => {
    expect(code('Indian troops returned fire at Pakistani posts.', [A('Indian troops', 'INDMIL'), A('Pakistani posts', 'PAKMIL')])).toEqual(['INDMIL>PAKMIL 190']);
  });

  it('"hanged" is said of people put to death (1823); banners are "hung"', () => {
    expect(code('Sudan hanged a Chadian pilot.', [A('Sudan', 'SDN'), A('Chadian pilot', 'TCDMIL')])).toEqual(['SDN>TCDMIL 1823']);
    expect(code('Sudanese students hung banners near the Chadian pilot.', [A('Sudanese students', 'SDNEDU'), A('Chadian pilot', 'TCDMIL')]).filter((c) => c.endsWith(' 1823'))).toEqual([]);
  });

  it('vetoing a resolution on a country names it (129); a missile test with words before "test" is a show of force (150)', () => {
    expect(code('China vetoed a resolution on Myanmar.', [A('China', 'CHN'), A('Myanmar', 'MMR')])).toEqual(['CHN>MMR 129']);
    expect(code('Pakistan carried out its fourth ballistic missile test.', [A('Pakistan', 'PAK')])).toEqual(['PAK>- 150']);
  });

  it('applying for candidate status is an appeal for diplomatic cooperation (022)', () => {
    expect(code('Moldova applied for candidate status in the European Union.', [A('Moldova', 'MDA'), A('European Union', 'IGOEU', 'org')])).toEqual(['MDA>IGOEU 022']);
  });

  it('suspending aid convoys into a country stops humanitarian aid (1623)', () => {
    expect(code('Sweden suspended aid convoys into Somalia.', [A('Sweden', 'SWE'), A('Somalia', 'SOM')])).toEqual(['SWE>SOM 1623']);
  });
});
