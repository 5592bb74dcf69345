// Coverage floor on our own development set for CAMEO roots 06, 07, 08, 09, 16 and 17
// (test/fixtures/events/dev-d.jsonl): the coder runs from raw text, asserted gold codings are
// scored. Floors sit a little under the figures reached, so a change that loses coverage of
// material cooperation, aid, concessions, investigation, reduced relations or coercion fails here.
import { describe, expect, it } from 'vitest';
import { describeDevSet } from '../../testing/dev-set.ts';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

const FILE = 'test/fixtures/events/dev-d.jsonl';

// reached on 2026-11-30: root F1 0.805 (P 0.869 R 0.750), code F1 0.771 (P 0.827 R 0.722); 3 of the 26 no-event sentences
// get an event from rows written for other sets (an export statistic, a parade, freed turtles); floors are reached − 0.05
describeDevSet('dev set D (roots 06, 07, 08, 09, 16, 17)', FILE, { roots: ['06', '07', '08', '09', '16', '17'], perRoot: 25, sentences: 180, noEvents: 20, rootF1: 0.75, codeF1: 0.72, precision: 0.82, codedEmptyMax: 4 });

const code = (text: string, actors: ActorSpec[]) => eventsOf(text, actors, '2011-03-09').map((e) => shown(e, 'cameo', false)).sort();

describe('events: rows for roots 06, 07, 08, 09, 16, 17 (dev set D)', () => {
  it('joint exercises held or staged by two countries are military cooperation both ways (062), even off a coast', () => {
    expect(code('Ghana and Togo held joint naval drills off Lome.', [A('Ghana', 'GHA'), A('Togo', 'TGO'), A('Lome', 'TGO', 'capital', { locationOnly: true })])).toEqual(['GHA>TGO 062', 'TGO>GHA 062']);
    expect(code('Peru and Ecuador staged joint military exercises near the border.', [A('Peru', 'PER'), A('Ecuador', 'ECU')])).toEqual(['ECU>PER 062', 'PER>ECU 062']);
  });

  it('imagery shared, files passed, a tip-off: intelligence (064); basing rights: military cooperation (062)', () => {
    expect(code('Norway shared satellite imagery with Latvia.', [A('Norway', 'NOR'), A('Latvia', 'LVA')])).toEqual(['NOR>LVA 064']);
    expect(code('Tunisia passed the phone records to Algerian investigators.', [A('Tunisia', 'TUN'), A('Algerian investigators', 'DZA')])).toEqual(['TUN>DZA 064']);
    expect(code('Morocco tipped off Spain about the smuggling ring.', [A('Morocco', 'MAR'), A('Spain', 'ESP')])).toEqual(['MAR>ESP 064']);
    expect(code('Djibouti gave Japan access to its naval base.', [A('Djibouti', 'DJI'), A('Japan', 'JPN')])).toEqual(['DJI>JPN 062']);
  });

  it('a joint venture launched by two states is economic cooperation (061); suspects handed to a state is judicial (063)', () => {
    expect(code('Chile and Peru launched a joint venture to mine copper.', [A('Chile', 'CHL'), A('Peru', 'PER')])).toEqual(['CHL>PER 061', 'PER>CHL 061']);
    expect(code('Latvia handed the suspects to Estonia.', [A('Latvia', 'LVA'), A('Estonia', 'EST')])).toEqual(['LVA>EST 063']);
  });

  it('aid by other verbs: approved, earmarked, wired, ferried, airdropped over, rushed, sent drones (07x)', () => {
    expect(code('The Dutch parliament approved 40 million euros in development aid for Mali.', [A('Dutch parliament', 'NLDLEG'), A('Mali', 'MLI')])).toEqual(['NLDLEG>MLI 071']);
    expect(code('Finland earmarked ten million euros for refugees in Jordan.', [A('Finland', 'FIN'), A('Jordan', 'JOR')])).toEqual(['FIN>JOR 073']);
    expect(code('Kuwait wired 300 million dollars to Jordan.', [A('Kuwait', 'KWT'), A('Jordan', 'JOR')])).toEqual(['KWT>JOR 071']);
    expect(code('Greek ships ferried medicine and tents to Lebanon.', [A('Greek', 'GRC'), A('Lebanon', 'LBN')])).toEqual(['GRC>LBN 073']);
    expect(code('Egyptian aircraft airdropped food parcels over Sudan.', [A('Egyptian aircraft', 'EGYMIL'), A('Sudan', 'SDN')])).toEqual(['EGYMIL>SDN 073']);
    expect(code('Poland rushed ammunition to Lithuania.', [A('Poland', 'POL'), A('Lithuania', 'LTU')])).toEqual(['POL>LTU 072']);
    expect(code('Belarus sent drones to Serbia.', [A('Belarus', 'BLR'), A('Serbia', 'SRB')])).toEqual(['BLR>SRB 072']);
  });

  it('refuge: taking in evacuees and giving shelter are asylum (075)', () => {
    expect(code('Albania took in Afghan evacuees.', [A('Albania', 'ALB'), A('Afghan', 'AFG')])).toEqual(['ALB>AFG 075']);
    expect(code('Mexico gave shelter to a Peruvian opposition leader.', [A('Mexico', 'MEX'), A('Peruvian opposition leader', 'PEROPP')])).toEqual(['MEX>PEROPP 075']);
  });

  it('yielding: emergency rule revoked (0814), aid convoys let in (0863), inspectors granted access (0862), charges dropped and remains returned (084x)', () => {
    expect(code('Bolivia revoked the state of emergency.', [A('Bolivia', 'BOL')])).toEqual(['BOL>- 0814']);
    expect(code('Yemen let a U.N. aid convoy into the city.', [A('Yemen', 'YEM'), A('U.N.', 'IGO')])).toEqual(['YEM>IGO 0863']);
    expect(code('Libya granted OPCW inspectors access to the depot.', [A('Libya', 'LBY'), A('OPCW', 'IGO')])).toEqual(['LBY>IGO 0862']);
    expect(code('Japan dropped charges against a Chinese captain.', [A('Japan', 'JPN'), A('Chinese captain', 'CHN')])).toEqual(['JPN>CHN 0841']);
    expect(code('Vietnam returned the remains of American airmen.', [A('Vietnam', 'VNM'), A('American airmen', 'USAMIL')])).toEqual(['VNM>USAMIL 0842']);
  });

  it('investigation: allegations examined or looked into name the one alleged (09x); an anti-graft agency questioning an official (091)', () => {
    expect(code('A U.N. panel examined allegations of abuses by Congolese troops.', [A('U.N.', 'IGO'), A('Congolese troops', 'CODMIL')])).toEqual(['IGO>CODMIL 092']);
    expect(code('Austria looked into reports that Turkish agents spied on exiles.', [A('Austria', 'AUT'), A('Turkish agents', 'TURSPY')])).toEqual(['AUT>TURSPY 090']);
    expect(code("Indonesia's anti-graft agency questioned the Malaysian minister over bribes.", [A('Indonesia', 'IDN'), A('Malaysian minister', 'MYSGOV')])).toEqual(['IDN>MYSGOV 091']);
  });

  it('reducing relations: peacekeepers ordered to leave (1661), airspace closed to aircraft (163), aid suspended or frozen by amount (162x), aid denied (162), mediation quit (165)', () => {
    expect(code('Chad ordered U.N. peacekeepers to leave the country.', [A('Chad', 'TCD'), A('U.N. peacekeepers', 'IGO')])).toEqual(['TCD>IGO 1661']);
    expect(code('Canada closed its airspace to Belarusian aircraft.', [A('Canada', 'CAN'), A('Belarusian aircraft', 'BLR')])).toEqual(['CAN>BLR 163']);
    expect(code('Sweden suspended 20 million dollars in military aid to Mali.', [A('Sweden', 'SWE'), A('Mali', 'MLI')])).toEqual(['SWE>MLI 1622']);
    expect(code('Israel froze tax transfers to the Palestinian Authority.', [A('Israel', 'ISR'), A('Palestinian Authority', 'PSEGOV')])).toEqual(['ISR>PSEGOV 1621']);
    expect(code('Britain denied Malawi 20 million pounds in aid.', [A('Britain', 'GBR'), A('Malawi', 'MWI')])).toEqual(['GBR>MWI 162']);
    expect(code('Norway quit as mediator for Sudan.', [A('Norway', 'NOR'), A('Sudan', 'SDN')])).toEqual(['NOR>SDN 165']);
  });

  it('coercion: a group declared terrorist (1722), citizenship stripped and outlets closed (1721), martial law imposed on a city (1724), journalists seized by agents (173), firms confiscated (1711)', () => {
    expect(code('Tajikistan declared the Islamic Renaissance Party a terrorist organisation.', [A('Tajikistan', 'TJK'), A('Islamic Renaissance Party', 'TJKOPP')])).toEqual(['TJK>TJKOPP 1722']);
    expect(code('Bahrain stripped the cleric of his citizenship.', [A('Bahrain', 'BHR'), A('cleric', 'BHRREL')])).toEqual(['BHR>BHRREL 1721']);
    expect(code('Nicaragua closed 12 newspapers.', [A('Nicaragua', 'NIC')])).toEqual(['NIC>NIC 1721']);
    expect(code('Thailand placed Pattani under martial law.', [A('Thailand', 'THA'), A('Pattani', 'THA', 'capital', { locationOnly: true })])).toEqual(['THA>THA 1724']);
    expect(code('Chinese security agents seized a Swedish activist.', [A('Chinese security agents', 'CHNSPY'), A('Swedish activist', 'SWE')])).toEqual(['CHNSPY>SWE 173']);
    expect(code('Bolivia confiscated an Argentine-owned factory.', [A('Bolivia', 'BOL'), A('Argentine', 'ARG')])).toEqual(['BOL>ARG 1711']);
  });

  it('emergency rule decreed or clamped (1724, 1723), citizens barred from entry (163), a mediator withdrawing (165)', () => {
    expect(code('Bolivia decreed a state of exception in three provinces.', [A('Bolivia', 'BOL')])).toEqual(['BOL>BOL 1724']);
    expect(code('Senegal clamped a curfew on the capital.', [A('Senegal', 'SEN')])).toEqual(['SEN>SEN 1723']);
    expect(code('Kuwait barred Iraqi nationals from entering the country.', [A('Kuwait', 'KWT'), A('Iraqi nationals', 'IRQ')])).toEqual(['KWT>IRQ 163']);
    expect(code('Egypt withdrew as mediator between Sudan and Chad.', [A('Egypt', 'EGY'), A('Sudan', 'SDN'), A('Chad', 'TCD')])).toEqual(['EGY>SDN 165', 'EGY>TCD 165']);
  });

  it('warships leased (062), finances propped up and debts rescheduled (071), remains exchanged (0842), districts handed over (0874), fuel let in (0863)', () => {
    expect(code('India leased a submarine to Vietnam.', [A('India', 'IND'), A('Vietnam', 'VNM')])).toEqual(['IND>VNM 062']);
    expect(code("Kuwait propped up Jordan's finances with a grant.", [A('Kuwait', 'KWT'), A('Jordan', 'JOR')])).toEqual(['KWT>JOR 071']);
    expect(code("France rescheduled Senegal's debts.", [A('France', 'FRA'), A('Senegal', 'SEN')])).toEqual(['FRA>SEN 071']);
    expect(code('Peru and Ecuador exchanged the remains of fallen soldiers.', [A('Peru', 'PER'), A('Ecuador', 'ECU')])).toEqual(['ECU>PER 0842', 'PER>ECU 0842']);
    expect(code('Georgia handed over two villages to Armenia.', [A('Georgia', 'GEO'), A('Armenia', 'ARM')])).toEqual(['GEO>ARM 0874']);
    expect(code('Turkey allowed fuel into Syria.', [A('Turkey', 'TUR'), A('Syria', 'SYR')])).toEqual(['TUR>SYR 0863']);
  });

  it('a joint fund set up (061, a joint commission is not), intelligence exchanged with a partner (064 both ways), troops arriving to restore order (074)', () => {
    expect(code('Chile and Peru set up a joint fund for port projects.', [A('Chile', 'CHL'), A('Peru', 'PER')])).toEqual(['CHL>PER 061', 'PER>CHL 061']);
    expect(code('Latvia exchanged intelligence with Estonia.', [A('Latvia', 'LVA'), A('Estonia', 'EST')])).toEqual(['EST>LVA 064', 'LVA>EST 064']);
    expect(code('Fijian troops arrived in Tonga to restore order.', [A('Fijian troops', 'FJIMIL'), A('Tonga', 'TON')])).toEqual(['FJIMIL>TON 074']);
  });

  it('yachts seized or impounded are confiscations (1711); U.N. staff expelled is 166, aid staff 1663, other officials stay 174', () => {
    expect(code('Spain impounded a superyacht owned by a Russian banker.', [A('Spain', 'ESP'), A('Russian banker', 'RUSBUS')])).toEqual(['ESP>RUSBUS 1711']);
    expect(code('Eritrea expelled U.N. officials.', [A('Eritrea', 'ERI'), A('U.N.', 'IGO')])).toEqual(['ERI>IGO 166']);
    expect(code('Eritrea expelled Sudanese officials.', [A('Eritrea', 'ERI'), A('Sudanese officials', 'SDNGOV')])).toEqual(['ERI>SDNGOV 174']);
  });

  it('noun events: a ban on a party (1722) or on wine (163), a deposit in a central bank (071), airspace closed to planes (163)', () => {
    expect(code("Tajikistan's ban on the Islamic Renaissance Party angered Iran.", [A('Tajikistan', 'TJK'), A('Islamic Renaissance Party', 'TJKOPP'), A('Iran', 'IRN')])).toContain('TJK>TJKOPP 1722');
    expect(code("China's ban on Australian wine hurt exporters.", [A('China', 'CHN'), A('Australian', 'AUS')])).toEqual(['CHN>AUS 163']);
    expect(code("Qatar's deposit in Turkey's central bank steadied the lira.", [A('Qatar', 'QAT'), A('Turkey', 'TUR')])).toEqual(['QAT>TUR 071']);
    expect(code("Jordan's closure of its airspace to Iranian planes began on Friday.", [A('Jordan', 'JOR'), A('Iranian', 'IRN')])).toEqual(['JOR>IRN 163']);
    expect(code("Chile's copper deposits are vast.", [A('Chile', 'CHL')])).toEqual([]);
  });

  it("a passport seized by police is a confiscation (1711), not an arrest; a WTO case dropped is a concession (080), charges dropped a release (0841)", () => {
    expect(code("Egyptian police seized a British tourist's passport.", [A('Egyptian police', 'EGYCOP'), A('British tourist', 'GBR')])).toEqual(['EGYCOP>GBR 1711']);
    expect(code('Egyptian police seized a British tourist.', [A('Egyptian police', 'EGYCOP'), A('British tourist', 'GBR')])).toEqual(['EGYCOP>GBR 173']);
    expect(code('Canada dropped its WTO case against Peru.', [A('Canada', 'CAN'), A('Peru', 'PER')])).toEqual(['CAN>PER 080']);
  });

  it('yielding by other verbs: press restrictions rolled back (0811), a claim relinquished (080), control relinquished (0874), power handed over (0831)', () => {
    expect(code('Laos rolled back restrictions on the press.', [A('Laos', 'LAO')])).toEqual(['LAO>- 0811']);
    expect(code('Chile relinquished its claim to the islands.', [A('Chile', 'CHL')])).toEqual([]);
    expect(code('Bolivia relinquished its claim to Peru.', [A('Bolivia', 'BOL'), A('Peru', 'PER')])).toEqual(['BOL>PER 080']);
    expect(code('Eritrea relinquished control of the islet to Yemen.', [A('Eritrea', 'ERI'), A('Yemen', 'YEM')])).toEqual(['ERI>YEM 0874']);
    expect(code("Mali's president handed power to the army.", [A("Mali's president", 'MLIGOV')])).toEqual(['MLIGOV>- 0831']);
  });

  it('medicine handed over is aid (073), not a judicial handover; a rally prevented and a newspaper ordered to stop publishing restrict freedoms (1721)', () => {
    expect(code('Danish doctors handed over a tonne of medicine to Yemen.', [A('Danish doctors', 'DNK'), A('Yemen', 'YEM')])).toEqual(['DNK>YEM 073']);
    expect(code('Danish police handed over the suspect to Yemen.', [A('Danish police', 'DNKCOP'), A('Yemen', 'YEM')])).toEqual(['DNKCOP>YEM 063']);
    expect(code('Togolese police prevented the opposition rally in Lome.', [A('Togolese police', 'TGOCOP'), A('Lome', 'TGO', 'capital', { locationOnly: true })]).map((c) => c.split(' ')[1])).toEqual(['1721']);
    expect(code('Zambia ordered the opposition newspaper to suspend publication.', [A('Zambia', 'ZMB')]).map((c) => c.split(' ')[1])).toEqual(['1721']);
  });

  it('a summons for questioning is an investigation (090); a summoned ambassador stays a protest (114)', () => {
    expect(code('Greek prosecutors summoned a Turkish journalist for questioning.', [A('Greek prosecutors', 'GRCJUD'), A('Turkish journalist', 'TURMED')])).toEqual(['GRCJUD>TURMED 090']);
    expect(code('Greece summoned the Turkish ambassador.', [A('Greece', 'GRC'), A('Turkish ambassador', 'TURGOV')])).toEqual(['GRC>TURGOV 114']);
  });

  it('sanctions by other words: retaliating with tariffs and blacklisting a firm (163), visa services suspended (160), funding pulled (162), a group listed as terrorist (1722)', () => {
    expect(code('Mexico retaliated with tariffs on American pork.', [A('Mexico', 'MEX'), A('American', 'USA')])).toEqual(['MEX>USA 163']);
    expect(code('Washington added a Russian bank to its trade blacklist.', [A('Washington', 'USA'), A('Russian bank', 'RUSBUS')])).toEqual(['USA>RUSBUS 163']);
    expect(code('Norway suspended visa services in Iran.', [A('Norway', 'NOR'), A('Iran', 'IRN')])).toEqual(['NOR>IRN 160']);
    expect(code('Sweden pulled funding from a Kenyan charity.', [A('Sweden', 'SWE'), A('Kenyan charity', 'KENNGO')])).toEqual(['SWE>KENNGO 162']);
    expect(code('Kenya listed al-Shabaab as a terrorist group.', [A('Kenya', 'KEN'), A('al-Shabaab', 'SOMREB')])).toEqual(['KEN>SOMREB 1722']);
    expect(code('Ghana added Togo to its list of partners.', [A('Ghana', 'GHA'), A('Togo', 'TGO')])).toEqual([]);
  });

  it('a unilateral truce is one side\'s act (0871 one way); a plain declared ceasefire with a partner stays both ways', () => {
    expect(code('Ethiopia declared a unilateral ceasefire with Eritrea.', [A('Ethiopia', 'ETH'), A('Eritrea', 'ERI')])).toEqual(['ETH>ERI 0871']);
    expect(code('Colombian rebels announced a unilateral truce in the south.', [A('Colombian rebels', 'COLREB')])).toEqual(['COLREB>- 0871']);
    expect(code('Ethiopia declared a ceasefire with Eritrea.', [A('Ethiopia', 'ETH'), A('Eritrea', 'ERI')])).toEqual(['ERI>ETH 0871', 'ETH>ERI 0871']);
  });

  it('sub-codes: ventilators donated (073), a ban on rallies lifted (0811) or on parties (0812), a ban on beef lifted (085), a raid probed (093), an abduction investigated (091)', () => {
    expect(code('Turkey donated ventilators to Albania.', [A('Turkey', 'TUR'), A('Albania', 'ALB')])).toEqual(['TUR>ALB 073']);
    expect(code('Togo lifted the ban on opposition rallies.', [A('Togo', 'TGO')])).toEqual(['TGO>- 0811']);
    expect(code('Sudan lifted the ban on political parties.', [A('Sudan', 'SDN')])).toEqual(['SDN>- 0812']);
    expect(code('Korea lifted its ban on Canadian beef.', [A('Korea', 'KOR'), A('Canadian', 'CAN')])).toEqual(['KOR>CAN 085']);
    expect(code('An Afghan panel probed the American raid on the village.', [A('Afghan panel', 'AFG'), A('American', 'USA')])).toEqual(['AFG>USA 093']);
    expect(code('German prosecutors investigated Vietnamese agents over the abduction of a businessman.', [A('German prosecutors', 'DEUJUD'), A('Vietnamese agents', 'VNMSPY')])).toEqual(['DEUJUD>VNMSPY 091']);
  });

  it('near misses: a forecast lifted, a hiring freeze, firefighters withdrawing, a report released code nothing', () => {
    expect(code('Norway lifted its growth forecast.', [A('Norway', 'NOR')])).toEqual([]);
    expect(code('A Danish bank froze hiring.', [A('Danish', 'DNK')])).toEqual([]);
    expect(code('Chilean firefighters withdrew from the forest.', [A('Chilean firefighters', 'CHL')])).toEqual([]);
    expect(code('Hungary shared its concerns with Austria.', [A('Hungary', 'HUN'), A('Austria', 'AUT')]).filter((c) => c.endsWith(' 064'))).toEqual([]);
  });
});
