// Coverage floor on our own development set for CAMEO roots 02, 10, 12, 13, 14, 15, 18 and 20
// (test/fixtures/events/dev-e.jsonl): appeals, demands, rejections and refusals, threats, protests,
// force posture, assaults and mass violence. The coder runs from raw text, asserted gold codings are
// scored; floors sit a little under the figures reached, so a change that loses coverage fails here.
import { describe, expect, it } from 'vitest';
import { describeDevSet } from '../../testing/dev-set.ts';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

const FILE = 'test/fixtures/events/dev-e.jsonl';

// reached on 2026-11-30 (root F1 0.762, code F1 0.701, precision 0.803, 5 no-event sentences coded); floors are about reached − 0.05
describeDevSet('dev set E (roots 02, 10, 12, 13, 14, 15, 18, 20)', FILE, { roots: ['02', '10', '12', '13', '14', '15', '18', '20'], perRoot: 25, sentences: 180, noEvents: 20, rootF1: 0.71, codeF1: 0.65, precision: 0.75, codedEmptyMax: 6 });

const code = (text: string, actors: ActorSpec[]) => eventsOf(text, actors, '2013-04-22').map((e) => shown(e, 'cameo', false)).sort();

describe('events: rows for roots 02, 10, 12, 13, 14, 15, 18, 20 (dev set E)', () => {
  it('an appeal or demand with no addressee still codes, its sub-code from what is asked (023, 0254, 1053)', () => {
    expect(code('Malawi appealed for international assistance after the floods.', [A('Malawi', 'MWI')])).toEqual(['MWI>- 023']);
    expect(code('Belarus called for an end to the sanctions.', [A('Belarus', 'BLR')])).toEqual(['BLR>- 0254']);
    expect(code('Cambodian monks insisted on the release of the jailed activists.', [A('Cambodian monks', 'KHMREL')])).toEqual(['KHMREL>- 1053']);
  });

  it('an appeal to donors or the world names no actor but is an appeal (0231)', () => {
    expect(code('The Nepali premier called on foreign donors to send emergency loans.', [A('Nepali premier', 'NPLGOV')])).toEqual(['NPLGOV>- 0231']);
    expect(code('The Nepali premier urged the international community to send emergency loans.', [A('Nepali premier', 'NPLGOV')])).toEqual(['NPLGOV>- 0231']);
    expect(code('Fiji told reporters it would build schools.', [A('Fiji', 'FJI')]).filter((c) => c.endsWith(' 0231'))).toEqual([]);
  });

  it('rejecting calls or terms with no maker named, and refusing to free captives, are rejections (12x)', () => {
    expect(code('Tajikistan rejected calls for an independent inquiry.', [A('Tajikistan', 'TJK')])).toEqual(['TJK>- 120']);
    expect(code('The Yemeni rebels refused to free the captured sailors.', [A('Yemeni rebels', 'YEMREB')])).toEqual(['YEMREB>- 1243']);
    expect(code('Algeria shunned the Moroccan offer of talks.', [A('Algeria', 'DZA'), A('Moroccan', 'MAR')])).toEqual(['DZA>MAR 125']);
    // a refusal to comment is no rejection
    expect(code('Tajikistan refused to comment on the report.', [A('Tajikistan', 'TJK')]).some((c) => c.startsWith('TJK>- 12'))).toBe(false);
  });

  it('bombings and killings by militants at home, with no party named, are against their own country (183x, 180)', () => {
    expect(code('Basque militants bombed a railway station in Bilbao.', [A('Basque militants', 'ESPREB')])).toEqual(['ESPREB>ESP 183']);
    expect(code('A Tunisian gunman killed 38 tourists on a beach near Sousse.', [A('Tunisian gunman', 'TUN')])).toEqual(['TUN>TUN 180']);
    // soldiers killing fighters are no terror attack
    expect(code('Tunisian soldiers killed three militants near the border.', [A('Tunisian soldiers', 'TUNMIL')]).some((c) => / 18\d*$/.test(c))).toBe(false);
  });

  it('kidnapping or abducting people no actor names is an abduction at home (181)', () => {
    expect(code('Filipino rebels kidnapped two engineers in Sulu province.', [A('Filipino rebels', 'PHLREB')])).toEqual(['PHLREB>PHL 181']);
    expect(code('Malian militants abducted five aid workers near Gao.', [A('Malian militants', 'MLIREB')])).toEqual(['MLIREB>MLI 181']);
  });

  it('chemical agents dropped or fired are 2041; mass killings carried out are 202, ethnic cleansing 203', () => {
    expect(code('Libyan aircraft dropped mustard gas on rebel positions.', [A('Libyan aircraft', 'LBYMIL')])).toEqual(['LBYMIL>- 2041']);
    expect(code('Guatemalan soldiers carried out massacres in highland villages.', [A('Guatemalan soldiers', 'GTMMIL')])).toEqual(['GTMMIL>GTM 202']);
    expect(code('Bosnian Croat forces carried out ethnic cleansing in the Lasva valley.', [A('Bosnian Croat forces', 'BIHMIL')])).toEqual(['BIHMIL>BIH 203']);
  });

  it('executing or gunning down prisoners by the hundred is a mass killing (202); expelling whole villages a mass expulsion (201)', () => {
    expect(code('Ugandan soldiers executed hundreds of prisoners at the barracks.', [A('Ugandan soldiers', 'UGAMIL')])).toEqual(['UGAMIL>UGA 202']);
    expect(code('Bhutanese troops forcibly drove out entire villages of ethnic Nepalis.', [A('Bhutanese troops', 'BTNMIL')])).toEqual(['BTNMIL>BTN 201']);
  });
  it('an appeal launched or a plea issued with no addressee is an appeal (023x); lodged with a body it names the body', () => {
    expect(code('Nepal launched an urgent appeal for international aid.', [A('Nepal', 'NPL')])).toEqual(['NPL>- 023']);
    expect(code('Malta lodged a request with the EU for help with migrants.', [A('Malta', 'MLT'), A('EU', 'IGO')])).toEqual(['MLT>IGO 023']);
  });

  it('shunning an offer and ignoring calls are rejections; a release asked for detained activists is 0253', () => {
    expect(code('Eritrea shunned the Ethiopian offer of talks.', [A('Eritrea', 'ERI'), A('Ethiopian', 'ETH')])).toEqual(['ERI>ETH 125']);
    expect(code('Laos ignored calls from Thailand to halt the dam.', [A('Laos', 'LAO'), A('Thailand', 'THA')])).toEqual(['LAO>THA 120']);
    expect(code('Qatar called for the release of its detained diplomats.', [A('Qatar', 'QAT')])).toEqual(['QAT>- 0253']);
  });

  it('ultimatums in days or hours (139); threats to cut supplies (1312), suspend cooperation (1313) or mount a military operation (1384)', () => {
    expect(code('The Thai army gave the parties 48 hours to resolve the crisis.', [A('Thai army', 'THAMIL')])).toEqual(['THAMIL>- 139']);
    expect(code('Algeria threatened Spain with a cutoff of gas supplies.', [A('Algeria', 'DZA'), A('Spain', 'ESP')])).toEqual(['DZA>ESP 1312']);
    expect(code('Niger threatened to suspend cooperation with France.', [A('Niger', 'NER'), A('France', 'FRA')])).toEqual(['NER>FRA 1313']);
    expect(code('Armenia threatened a military operation against Azerbaijan.', [A('Armenia', 'ARM'), A('Azerbaijan', 'AZE')])).toEqual(['ARM>AZE 1384']);
  });

  it('troops taking up positions along a border (154); riot police massing (153)', () => {
    expect(code('Sudanese troops took up positions along the border with Chad.', [A('Sudanese troops', 'SDNMIL'), A('Chad', 'TCD')])).toEqual(['SDNMIL>TCD 154']);
    expect(code('Serbian riot police massed outside the parliament.', [A('Serbian riot police', 'SRBCOP')])).toEqual(['SRBCOP>- 153']);
  });

  it('protesters pelting a consulate or storming a residence riot (145); a human chain is a demonstration (141); a strike by teachers is 143', () => {
    expect(code('Egyptian demonstrators pelted the Israeli embassy with stones.', [A('Egyptian demonstrators', 'EGY'), A('Israeli embassy', 'ISR')])).toEqual(['EGY>ISR 145']);
    expect(code('Malagasy protesters stormed the presidential palace.', [A('Malagasy protesters', 'MDG')])).toEqual(['MDG>MDGGOV 145']);
    expect(code('Latvian students formed a human chain around the parliament.', [A('Latvian students', 'LVAEDU')])).toEqual(['LVAEDU>LVAGOV 141']);
    expect(code('A strike by Chilean teachers closed schools.', [A('Chilean teachers', 'CHLEDU')])).toEqual(['CHLEDU>CHLGOV 143']);
    // a military strike is no labour strike
    expect(code('A strike by Chilean jets hit the camp.', [A('Chilean jets', 'CHLMIL')]).some((c) => c.endsWith(' 143'))).toBe(false);
  });
});
