// Engine needs found by dev set F (session 12: long multi-event wire sentences), each on invented sentences.
import { describe, expect, it } from 'vitest';
import { A, docWith, eventsOf, shown } from './fixture.ts';
import { codeEvents } from './index.ts';

const code = (text: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(text, actors, '2011-03-09').map((e) => shown(e, 'cameo', false)).sort();
/** events when the phrase `pair` stands for the two countries given (the actor stage's pair coreference: two mentions on one span) */
function withPair(text: string, actors: Parameters<typeof eventsOf>[1], pair: string, codes: [string, string]): string[] {
  const doc = docWith(text, [...actors, A(pair, codes[0], 'coref')], '2011-03-09');
  const m = doc.actors.find((a) => a.text === pair)!;
  doc.actors.push({ ...m, id: `${m.id}b`, code: codes[1], country: codes[1].slice(0, 3) });
  doc.actors.sort((a, b) => a.start - b.start);
  codeEvents(doc, { date: '2011-03-09' });
  return doc.events.map((e) => shown(e, 'cameo', false)).sort();
}
const withMod = (text: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(text, actors, '2011-03-09').map((e) => shown(e, 'cameo', true)).sort();

describe('events: engine needs of session 12', () => {
  it('a judgement of an act the sentence has just told ("criticised the deal") is aimed at that act\'s doers', () => {
    expect(code('Uganda and Kenya signed a defence pact, and Tanzania criticised the deal.', [A('Uganda', 'UGA'), A('Kenya', 'KEN'), A('Tanzania', 'TZA')]))
      .toEqual(['KEN>UGA 057', 'TZA>KEN 111', 'TZA>UGA 111', 'UGA>KEN 057']);
    expect(code('Algeria expelled two Spanish diplomats on Tuesday, and Italy condemned the move.', [A('Algeria', 'DZA'), A('Spanish', 'ESP', 'demonym'), A('Italy', 'ITA')]))
      .toContain('ITA>DZA 111');
    // (praise of a decision: 051 to those who took it)
    expect(code('Ethiopia and Eritrea agreed to reopen the border, and Egypt welcomed the decision.', [A('Ethiopia', 'ETH'), A('Eritrea', 'ERI'), A('Egypt', 'EGY')]))
      .toEqual(expect.arrayContaining(['EGY>ETH 051', 'EGY>ERI 051']));
    // (an earlier judgement is no act; a deal named alone in its sentence has no doer; the judge among the doers: nothing)
    expect(code('Ghana praised Benin for its help while Togo criticised the agreement.', [A('Ghana', 'GHA'), A('Benin', 'BEN'), A('Togo', 'TGO')])).toEqual(['GHA>BEN 051']);
    expect(code('Portugal condemned the deal.', [A('Portugal', 'PRT')])).toEqual([]);
    expect(code('Uganda signed a pact with Kenya, and Uganda later criticised the deal.', [A('Uganda', 'UGA'), A('Kenya', 'KEN'), A('Uganda', 'UGA')]))
      .toEqual(['UGA>KEN 057']);
  });
  it('"call" with an actor object and a predicate noun phrase is naming, not a telephone call', () => {
    expect(code('Senegal called Gambia a bad neighbour.', [A('Senegal', 'SEN'), A('Gambia', 'GMB')])).toEqual(['SEN>GMB 111']);
    expect(code('Chile called Peru a reliable partner.', [A('Chile', 'CHL'), A('Peru', 'PER')])).toEqual(['CHL>PER 051']);
    // (a neutral name: nothing; no predicate: still the call)
    expect(code('Chile called Peru a neighbour.', [A('Chile', 'CHL'), A('Peru', 'PER')])).toEqual([]);
    expect(code('Chile called Peru on Sunday.', [A('Chile', 'CHL'), A('Peru', 'PER')])).toEqual(['CHL>PER 041']);
  });
  it('a body whose vote enacts the act votes it done; a country\'s vote or a future vote stays planned', () => {
    expect(withMod('The Security Council voted to impose an arms embargo on Liberia.', [A('Security Council', 'IGO', 'org'), A('Liberia', 'LBR')])).toEqual(['IGO>LBR 163 asserted']);
    expect(withMod('The Security Council voted unanimously on Friday to impose sanctions on Liberia.', [A('Security Council', 'IGO', 'org'), A('Liberia', 'LBR')])).toEqual(['IGO>LBR 163 asserted']);
    expect(withMod('Spain voted to impose sanctions on Liberia.', [A('Spain', 'ESP'), A('Liberia', 'LBR')])).toEqual(['ESP>LBR 163 intended']);
    expect(withMod('The Security Council will vote to impose sanctions on Liberia.', [A('Security Council', 'IGO', 'org'), A('Liberia', 'LBR')])).toEqual(['IGO>LBR 163 intended']);
  });
  it('an act given in an "over" phrase as the grounds of a judgement or punishment is no event of its own', () => {
    expect(code('Japan imposed sanctions on Iran over its missile test.', [A('Japan', 'JPN'), A('Iran', 'IRN'), A('its', 'IRN', 'coref')])).toEqual(['JPN>IRN 163']);
    // (the same test told as news: coded)
    expect(code('Iran carried out a missile test near the Gulf.', [A('Iran', 'IRN')])).not.toEqual([]);
  });
  it('a plural subject standing for two countries the sentence has named ("the two governments") gives each of them', () => {
    expect(withPair('Chad and Sudan met in Ndjamena, and the two governments signed a border accord.', [A('Chad', 'TCD'), A('Sudan', 'SDN')], 'the two governments', ['TCD', 'SDN']))
      .toEqual(['SDN>TCD 040', 'SDN>TCD 057', 'TCD>SDN 040', 'TCD>SDN 057']);
    expect(withPair('Clashes erupted between Chad and Sudan, and both countries declared a state of emergency.', [A('Chad', 'TCD'), A('Sudan', 'SDN')], 'both countries', ['TCD', 'SDN']))
      .toEqual(expect.arrayContaining(['SDN>SDN 1724', 'TCD>TCD 1724']));
    // (a pair the sentence has not named itself: the one mention the chunk holds, as before)
    expect(withPair('Later the two governments signed a border accord.', [], 'the two governments', ['TCD', 'SDN'])).toHaveLength(0);
  });
  it('a national coming home pays no visit to his own country', () => {
    expect(code('The exiled Thai opposition leader returned to Thailand after two years abroad.', [A('Thai opposition leader', 'THAOPP', 'role'), A('Thailand', 'THA')])).toEqual([]);
    expect(code('The Indian foreign minister returned to Nepal for more talks.', [A('Indian foreign minister', 'INDGOV', 'role'), A('Nepal', 'NPL')])).toEqual(['INDGOV>NPL 042']);
  });
  it('a participle after a passive clause takes the passive\'s agent, never its subject (the victim)', () => {
    expect(code('A Thai airliner was shot down over northern Laos on Monday, killing all 120 people on board.', [A('Thai', 'THA', 'demonym'), A('Laos', 'LAO')])).toEqual([]);
    expect(code('A Kenyan convoy was ambushed by Somali militants, killing nine Kenyan soldiers.', [A('Kenyan', 'KEN', 'demonym'), A('Somali militants', 'SOMREB', 'group'), A('Kenyan soldiers', 'KENMIL', 'role')]))
      .toContain('SOMREB>KENMIL 190');
  });
  it('a government urging its own nationals addresses no party', () => {
    expect(code('Canada urged its citizens to leave the island.', [A('Canada', 'CAN'), A('its', 'CAN', 'coref')])).toEqual([]);
    expect(code('Canada urged Haiti to hold elections.', [A('Canada', 'CAN'), A('Haiti', 'HTI')])).toEqual(['CAN>HTI 024']);
  });
  it('"handed X back to Y" with the particle after the object returns X to Y', () => {
    expect(code('Portugal handed Macau back to China in 1999.', [A('Portugal', 'PRT'), A('Macau', 'MAC'), A('China', 'CHN')])).toEqual(['PRT>CHN 0842']);
  });
  it('a quantity "more than N other countries" in the subject leaves the verb active', () => {
    expect(code('Canada and more than 15 other countries expelled over 60 Iranian diplomats.', [A('Canada', 'CAN'), A('Iranian diplomats', 'IRNGOV', 'role')])).toEqual(['CAN>IRNGOV 161']);
  });
  it('modifiers coordinated before one noun ("its fifth and largest nuclear test") make one object', () => {
    expect(code('India conducted its third and most powerful missile test on Friday.', [A('India', 'IND'), A('its', 'IND', 'coref')])).toEqual(['IND>- 150']);
  });
  it('a noun phrase that opens a clause of its own after a conjunction is no place of the act before it', () => {
    expect(code('Iran conducted a missile test on Sunday, and Qatar responded with a naval drill.', [A('Iran', 'IRN'), A('Qatar', 'QAT')])).toContain('IRN>- 150');
  });
  it('an appeal or protest an act went ahead "despite" was made to the one who acted', () => {
    expect(code('Egypt reopened the crossing despite appeals from Libya.', [A('Egypt', 'EGY'), A('Libya', 'LBY')])).toEqual(['LBY>EGY 020']);
    // (no one appealing named: nothing)
    expect(code('Egypt reopened the crossing despite appeals.', [A('Egypt', 'EGY')])).toEqual([]);
  });
  it('a judgement of an act a relative clause on the object tells is aimed at that clause\'s subject', () => {
    expect(code('Paraguay denounced the blockade that Brazil imposed on the river.', [A('Paraguay', 'PRY'), A('Brazil', 'BRA')])).toEqual(['PRY>BRA 111']);
    // (a that-clause with an object of its own is no relative clause on the act)
    expect(code('Paraguay condemned the move that Brazil called a mistake.', [A('Paraguay', 'PRY'), A('Brazil', 'BRA')])).not.toContain('PRY>BRA 111');
  });
  it('a verb of saying that takes one of its own event objects after a comma ("..., Lima recalled its ambassador") attributes nothing', () => {
    expect(withMod('A day after Chilean jets bombed a camp in Peru, Lima recalled its ambassador.', [A('Chilean jets', 'CHLMIL', 'role'), A('Peru', 'PER'), A('Lima', 'PER', 'capital')]))
      .toContain('CHLMIL>PER 195 asserted');
    // (a bare trailing attribution still reports)
    expect(withMod('Chilean jets bombed a camp in Peru, officials recalled.', [A('Chilean jets', 'CHLMIL', 'role'), A('Peru', 'PER')])).toContain('CHLMIL>PER 195 reported');
  });
});
