import { describe, expect, it } from 'vitest';
import { rejectCode } from './frames.ts';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

describe('rejectCode', () => {
  const cases: Array<[string, string]> = [
    ['072', '1212'], ['071', '1211'], ['070', '121'], ['042', '125'], ['0841', '1243'], ['085', '1244'], ['051', '120'],
    // the refused act picks the sub-code: a signature refused is an agreement rejected, a demand not met reform refused
    ['057', '127'], ['083', '123'], ['0832', '1232'], ['0862', '1245'], ['0871', '1246'], ['036', '125'], ['038', '126'], ['0353', '1243'], ['063', '1213'], ['073', '1223'],
    // a conflictual act one will not do, or a threat one will not make, is a promise to refrain (03x)
    ['190', '0356'], ['1823', '0356'], ['163', '0354'], ['173', '0352'], ['137', '0352'], ['1384', '0356'], ['130', '030'],
  ];
  for (const [code, want] of cases) it(`${code} refused → ${want}`, () => expect(rejectCode(code)).toBe(want));
});

const coded = (text: string, actors: ActorSpec[]): string[] => eventsOf(text, actors).map((e) => shown(e, 'cameo'));

describe('conditional threats: the subject of the condition is the target', () => {
  it('a threatened act with no party of its own is made to the side the condition names', () => {
    expect(coded('Bolivia threatened to stop negotiations if the United States goes ahead with the plan.', [A('Bolivia', 'BOL'), A('United States', 'USA')])).toEqual(['BOL>USA 134 asserted']);
    expect(coded('Peruvian farmers threatened to hold a general strike unless Chile lifts its tariffs.', [A('Peruvian farmers', 'PERAGR', 'group'), A('Chile', 'CHL'), A('its', 'CHL', 'coref')]).map((s) => s.slice(0, 10))).toEqual(['PERAGR>CHL']);
  });
  it('a place the act would happen in yields to the condition\'s subject', () => {
    const got = coded('Peru threatened to ban voting in Lima if Chilean rebels ran in the election.', [A('Peru', 'PER'), A('Lima', 'PER', 'capital', { locationOnly: true }), A('Chilean rebels', 'CHLREB', 'group')]);
    expect(got.map((s) => s.slice(0, 10))).toEqual(['PER>CHLREB']);
  });
  it('a conditional plan of a conflictual act is a threat to the condition\'s subject', () => {
    const got = coded('Ghana will boycott the summit unless Togo releases the prisoners.', [A('Ghana', 'GHA'), A('Togo', 'TGO')]);
    expect(got.filter((e) => e.startsWith('GHA>')).map((e) => e.slice(0, 10))).toEqual(['GHA>TGO 13']);
  });
  it('an act that names its own party keeps it; a cooperative plan under a condition is no threat', () => {
    expect(coded('Bolivia threatened to halt talks with Peru if Chile refuses.', [A('Bolivia', 'BOL'), A('Peru', 'PER'), A('Chile', 'CHL')])).toEqual(['BOL>PER 134 asserted']);
    expect(coded('Ghana will attend the summit if Togo invites it.', [A('Ghana', 'GHA'), A('Togo', 'TGO')]).filter((e) => e.startsWith('GHA>TGO 13'))).toEqual([]);
  });
});

describe('the infinitive of a refusal noun', () => {
  it('is the act refused, coded as its rejection, one way', () => {
    expect(coded("Chile's refusal to negotiate with Peru angered the region.", [A('Chile', 'CHL'), A('Peru', 'PER')])).toEqual(['CHL>PER 125 asserted']);
    expect(coded('The refusal of Chile to sell arms to Peru was criticised.', [A('Chile', 'CHL'), A('Peru', 'PER')])).toEqual(['CHL>PER 1212 asserted']);
  });
  it('other nouns before an infinitive do not turn it into a refusal', () => {
    expect(coded("Chile's offer to sell arms to Peru surprised the region.", [A('Chile', 'CHL'), A('Peru', 'PER')]).some((e) => e.includes(' 12'))).toBe(false);
  });
});

describe('threats of domestic measures', () => {
  it('by a group that is not the state are not made against the country', () => {
    expect(coded('Freedonian rebels threatened to arrest opposition leaders.', [A('Freedonian rebels', 'FREREB', 'group')]).filter((e) => e.startsWith('FREREB>FRE '))).toEqual([]);
  });
});

describe('a statement whose that-clause says what the other side must or should do', () => {
  it('is a demand (must) or an appeal (should) to the addressee', () => {
    expect(coded('The Freedonian president issued a stern reminder Saturday to Ruritania that it must cooperate fully.', [A('Freedonian president', 'FREGOV', 'role'), A('Ruritania', 'RUR')]).map((e) => e.slice(0, 13))).toEqual(['FREGOV>RUR 10']);
    expect(coded('Chile sent a message to Peru that it should resume talks.', [A('Chile', 'CHL'), A('Peru', 'PER')]).map((e) => e.slice(0, 10))).toEqual(['CHL>PER 02']);
  });
  it('with no addressee, the subject of the that-clause is asked', () => {
    expect(coded('Chile issued a statement on Monday that Peru must release the fishermen.', [A('Chile', 'CHL'), A('Peru', 'PER')]).map((e) => e.slice(0, 10))).toEqual(['CHL>PER 10']);
  });
  it('a statement with no modal in its clause is no demand', () => {
    expect(coded('Chile issued a statement that Peru had released the fishermen.', [A('Chile', 'CHL'), A('Peru', 'PER')]).filter((e) => / 10| 02/.test(e))).toEqual([]);
  });
});

describe('a protest at home aimed at a foreign party', () => {
  it('takes the party of an "in defiance of" phrase or of its purpose clause', () => {
    expect(coded('Ruritanian workers blocked streets in Zenda in defiance of Freedonian authorities to demand reforms.', [A('Ruritanian workers', 'RURLAB', 'group'), A('Zenda', 'RUR', 'capital', { locationOnly: true }), A('Freedonian authorities', 'FREGOV', 'role')]).filter((e) => e.startsWith('RURLAB>') && e.includes(' 14'))).toEqual(['RURLAB>FREGOV 144 asserted']);
    expect(coded("Ruritanian demonstrators blocked a road to show their disapproval of Freedonia's policies.", [A('Ruritanian demonstrators', 'RURCVL', 'group'), A('their', 'RURCVL', 'coref'), A('Freedonia', 'FRE')]).filter((e) => e.startsWith('RURCVL>'))).toEqual(['RURCVL>FRE 144 asserted']);
  });
  it('an own-side purpose or a phrase of solidarity names no target', () => {
    const got = coded('Ruritanian students marched in Zenda in solidarity with Freedonian miners.', [A('Ruritanian students', 'RUREDU', 'group'), A('Zenda', 'RUR', 'capital', { locationOnly: true }), A('Freedonian miners', 'FRELAB', 'group')]);
    expect(got.filter((e) => e.startsWith('RUREDU>FRELAB'))).toEqual([]);
  });
});

describe('more protest aims and conditional targets', () => {
  it('an act during demonstrations against a foreign party is aimed at it', () => {
    expect(coded('Ruritanian youths resorted to throwing stones during demonstrations against abuses by the Freedonian military.', [A('Ruritanian youths', 'RURCVL', 'group'), A('Freedonian military', 'FREMIL', 'role')]).filter((e) => e.startsWith('RURCVL>'))).toEqual(['RURCVL>FREMIL 145 asserted']);
  });
  it('a threatened act at a place of one\'s own is made to the condition\'s subject', () => {
    expect(coded('Peru threatened to ban voting in Lima if Chilean rebels ran.', [A('Peru', 'PER'), A('Lima', 'PERGOV', 'capital'), A('Chilean rebels', 'CHLREB', 'group')]).map((e) => e.slice(0, 10))).toEqual(['PER>CHLREB']);
  });
});

describe('a new clause ends the search for a threat\'s target', () => {
  it('neither the condition nor the subject of a later clause is the target', () => {
    const got = coded('Bolivia threatened to halt the talks, and Chile said it would respond if Peru attacked.', [A('Bolivia', 'BOL'), A('Chile', 'CHL'), A('Peru', 'PER')]);
    expect(got.filter((e) => e.startsWith('BOL>CHL') || e.startsWith('BOL>PER'))).toEqual([]);
  });
});

describe('pressure put on the subject', () => {
  it('"X faces pressure from Y to ...": Y demands of X, coded by what is asked; the infinitive is no act of X', () => {
    const got = coded('Freedonia faces pressure from Ruritania to expel the Zendan envoy.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR'), A('Zendan', 'ZND', 'demonym')]);
    expect(got.some((e) => /^RUR>FRE 10\d* asserted$/.test(e))).toBe(true);
    expect(got.some((e) => e.startsWith('FRE>'))).toBe(false);
  });
  it('"came under pressure from Y and Z": both demand', () => {
    const got = coded('Freedonia came under strong pressure from Ruritania and Zenda to cut ties with Graustark.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR'), A('Zenda', 'ZND'), A('Graustark', 'GRA')]);
    expect(got.filter((e) => e.startsWith('RUR>FRE 10') || e.startsWith('ZND>FRE 10'))).toHaveLength(2);
    expect(got.some((e) => e.startsWith('FRE>GRA'))).toBe(false);
  });
  it('"faced calls from Y to ...": an appeal (02x)', () => {
    expect(coded('Freedonia faced calls from Ruritania to free the prisoners.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')]).some((e) => /^RUR>FRE 02\d* asserted$/.test(e))).toBe(true);
  });
  it('"faces elections": no pressure, no event', () => {
    expect(coded('Freedonia faces elections from next year.', [A('Freedonia', 'FRE')])).toEqual([]);
  });
});

describe('a failure to reach agreement', () => {
  it('is coded as halted negotiations (164, CAMEO), both ways, done', () => {
    const got = coded('Freedonia and Ruritania failed to reach agreement on the border.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')]);
    expect(got).toContain('FRE>RUR 164 asserted');
    expect(got).toContain('RUR>FRE 164 asserted');
  });
  it('a failed attack stays the negated attack', () => {
    expect(coded('Freedonia failed to capture the Ruritanian town.', [A('Freedonia', 'FRE'), A('Ruritanian', 'RUR', 'demonym')]).some((e) => e.includes(' 164 '))).toBe(false);
  });
});

describe('a passive violent act in reported speech', () => {
  it('"X said rockets were fired at it from Y": X accuses Y', () => {
    expect(coded('Freedonia said rockets were fired at it from Ruritania.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')])).toContain('FRE>RUR 112 asserted');
  });
  it('"X said soldiers were killed by Y troops": X accuses Y', () => {
    expect(coded('Freedonia said two soldiers were killed by Ruritanian troops.', [A('Freedonia', 'FRE'), A('Ruritanian troops', 'RURMIL', 'role')])).toContain('FRE>RURMIL 112 asserted');
  });
  it('a mishap accuses no one', () => {
    expect(coded('Freedonia said two soldiers were killed by the Ruritania Airways crash.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')])).toEqual([]);
  });
});

describe('the that-clause of an admission', () => {
  it('"demanded an admission by Y that Z killed ..." is reported', () => {
    const got = coded('Freedonia demanded an admission by Ruritania that Zendan forces killed Freedonian officers.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR'), A('Zendan forces', 'ZNDMIL', 'role'), A('Freedonian officers', 'FREMIL', 'role')]);
    expect(got.filter((e) => e.startsWith('ZNDMIL>FREMIL 19'))).toEqual([expect.stringMatching(/reported$/)]);
  });
});

describe('a clash is both sides\' act', () => {
  it('forces clashing with protesters: repression one way (175), a violent protest the other (145)', () => {
    const got = coded('Ruritanian police clashed with Freedonian protesters.', [A('Ruritanian police', 'RURCOP', 'role'), A('Freedonian protesters', 'FREOPP', 'group')]);
    expect(got).toContain('RURCOP>FREOPP 175 asserted');
    expect(got).toContain('FREOPP>RURCOP 145 asserted');
  });
  it('two armies: a fight both ways (190), nothing more', () => {
    const got = coded('Ruritanian troops clashed with Freedonian troops.', [A('Ruritanian troops', 'RURMIL', 'role'), A('Freedonian troops', 'FREMIL', 'role')]);
    expect(got).toEqual(['RURMIL>FREMIL 190 asserted', 'FREMIL>RURMIL 190 asserted']);
  });
});

describe('an attempted assassination is an act done (185)', () => {
  it('"tried/attempted to assassinate Y": 185, asserted', () => {
    expect(coded('Ruritanian agents tried to assassinate the Freedonian ambassador.', [A('Ruritanian agents', 'RURSPY', 'role'), A('Freedonian ambassador', 'FREGOV', 'role')])).toEqual(['RURSPY>FREGOV 185 asserted']);
    expect(coded('Ruritanian agents attempted to kill the Freedonian president in Zenda.', [A('Ruritanian agents', 'RURSPY', 'role'), A('Freedonian president', 'FREGOV', 'role'), A('Zenda', 'FRE', 'capital', { locationOnly: true })])).toEqual(['RURSPY>FREGOV 185 asserted']);
  });
  it('"an attempt to assassinate Y", "an assassination attempt on Y": 185, asserted', () => {
    expect(coded('Ruritania made an attempt to assassinate the Freedonian president.', [A('Ruritania', 'RUR'), A('Freedonian president', 'FREGOV', 'role')])).toEqual(['RUR>FREGOV 185 asserted']);
    expect(coded('Freedonia foiled an assassination attempt on its president by Ruritanian agents.', [A('Freedonia', 'FRE'), A('its', 'FRE', 'coref'), A('Ruritanian agents', 'RURSPY', 'role')])).toEqual(['RURSPY>FRE 185 asserted']);
  });
  it('an attempt to kill many people has no attempt code: it stays intended, and is no trial (173) of anyone', () => {
    const got = coded('Ruritanian rebels tried to kill Freedonian soldiers.', [A('Ruritanian rebels', 'RURREB', 'group'), A('Freedonian soldiers', 'FREMIL', 'role')]);
    expect(got).toEqual(['RURREB>FREMIL 190 intended']);
  });
  it('an attempt not made is no act', () => {
    expect(coded('Ruritanian agents did not try to assassinate the Freedonian ambassador.', [A('Ruritanian agents', 'RURSPY', 'role'), A('Freedonian ambassador', 'FREGOV', 'role')]).filter((e) => e.includes('185 asserted'))).toEqual([]);
  });
});

describe('accusing speech with a that-clause', () => {
  it('"X charged that Y ...": X accuses Y (112), asserted, and the deed stays Y\'s reported event', () => {
    const got = coded('Ruritania charged that Freedonia had supplied rockets to the rebels in Zenda.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE'), A('Zenda', 'RUR', 'capital', { locationOnly: true })]);
    expect(got).toContain('RUR>FRE 112 asserted');
    expect(got.filter((e) => e.startsWith('RUR>FRE 112'))).toHaveLength(1);
    expect(got.filter((e) => e.startsWith('FRE>') && !e.endsWith('reported'))).toEqual([]);
  });
  it('"alleged (that)" with a deed the complements name: the accusation\'s sub-code', () => {
    expect(coded('Ruritania alleged that Freedonia had committed war crimes.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')])).toContain('RUR>FRE 1124 asserted');
  });
  it('a claim accuses only of a hostile act or of aid given, and never the speaker\'s own side', () => {
    expect(coded('Ruritania claimed that Freedonia armed the rebels.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')])).toContain('RUR>FRE 112 asserted');
    expect(coded('Ruritania claimed that Freedonia had agreed to talks.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')]).filter((e) => e.includes(' 112'))).toEqual([]);
    expect(coded('Ruritania charged that Ruritanian troops had been attacked.', [A('Ruritania', 'RUR'), A('Ruritanian troops', 'RURMIL', 'role')]).filter((e) => e.includes(' 112'))).toEqual([]);
  });
});

describe('"X accused Y of Z" with an accused no actor names', () => {
  it('codes no accusation of the deed\'s own target', () => {
    expect(coded('Ruritania accused the smugglers of attacking Freedonia.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')]).filter((e) => e.startsWith('RUR>'))).toEqual([]);
    expect(coded('Ruritania accused Zendan troops of attacking Freedonia.', [A('Ruritania', 'RUR'), A('Zendan troops', 'ZENMIL', 'role'), A('Freedonia', 'FRE')]).filter((e) => e.startsWith('RUR>')).map((e) => e.slice(0, 14))).toEqual(['RUR>ZENMIL 112']);
  });
});

describe('a subject led by an unresolved possessive in reported speech', () => {
  it('"X said their forces had completed their withdrawal": the speaker\'s side acts', () => {
    expect(coded('Ruritanian rebels said their forces had completed their withdrawal from the town.', [A('Ruritanian rebels', 'RURREB', 'group')])).toEqual(['RURREB>- 0874 asserted']);
  });
  it('not outside reported speech, nor when the phrase names its own actor', () => {
    expect(coded('Their forces completed their withdrawal from Ruritania.', [A('Ruritania', 'RUR')])).toEqual([]);
    expect(coded('Ruritania said their Freedonian allies had completed a withdrawal of troops.', [A('Ruritania', 'RUR'), A('Freedonian allies', 'FRE', 'group')]).filter((e) => e.startsWith('RUR>'))).toEqual([]);
  });
});

describe('a quote before its attribution (round 8)', () => {
  it('"Y must do Z," X said: a demand of Y; "should": an appeal; the quoted verb is no event of its own', () => {
    expect(coded('"Peru must withdraw its troops," the Chilean president said.', [A('Peru', 'PER'), A('its', 'PER', 'coref'), A('Chilean president', 'CHLGOV', 'role')]).map((e) => e.slice(0, 13))).toEqual(['CHLGOV>PER 10']);
    expect(coded('"Peru should release the prisoners," said the Chilean president.', [A('Peru', 'PER'), A('Chilean president', 'CHLGOV', 'role')]).map((e) => e.slice(0, 13))).toEqual(['CHLGOV>PER 02']);
  });
  it('a quote without "must" or "should" is not made a demand', () => {
    expect(coded('"Peru will withdraw its troops," the Chilean president said.', [A('Peru', 'PER'), A('its', 'PER', 'coref'), A('Chilean president', 'CHLGOV', 'role')]).filter((e) => e.startsWith('CHLGOV>PER 10'))).toEqual([]);
  });
});

describe('denials (round 8)', () => {
  it('what a denial\'s that-clause says is negated; a plain statement keeps it asserted', () => {
    const actors = () => [A('Chile', 'CHL'), A('it', 'CHL', 'coref'), A('Peru', 'PER')];
    const aid = (text: string) => coded(text, actors()).filter((e) => e.startsWith('CHL>PER 07'));
    expect(aid('Chile denied that it had supplied weapons to Peru.').map((e) => e.split(' ')[2])).toEqual(['negated']);
    expect(aid('Chile said that it had supplied weapons to Peru.').map((e) => e.split(' ')[2])).toEqual(['asserted']);
  });
});

describe('a trailing attribution', () => {
  it('keeps a statement relayed by the actor\'s own side asserted, and reports what a third party says', () => {
    expect(coded('Peru asked Chile for planes, officials in Lima said.', [A('Peru', 'PER'), A('Chile', 'CHL'), A('officials in Lima', 'PERGOV', 'role')])).toEqual(['PER>CHL 020 asserted']);
    expect(coded('Peru criticised Chile over the dispute, a Chilean official said.', [A('Peru', 'PER'), A('Chile', 'CHL'), A('Chilean official', 'CHLGOV', 'role')])).toEqual(['PER>CHL 111 reported']);
    // a physical act stays reported whoever relays it
    expect(coded('Peruvian troops shelled a Chilean post, officials said.', [A('Peruvian troops', 'PERMIL', 'role'), A('Chilean', 'CHL', 'demonym')])).toEqual(['PERMIL>CHL 194 reported']);
  });
});

describe('stated future refusals by the actor itself', () => {
  const cases: Array<[string, ActorSpec[], string[]]> = [
    ['Uruguay said it would not accept any more refugees from Paraguay.', [A('Uruguay', 'URY'), A('Paraguay', 'PRY')], ['URY>PRY 1223 asserted']],
    ['Mongolia will no longer negotiate with Kazakhstan.', [A('Mongolia', 'MNG'), A('Kazakhstan', 'KAZ')], ['MNG>KAZ 125 asserted']],
    ['Latvia is not going to release the Estonian sailors.', [A('Latvia', 'LVA'), A('Estonian sailors', 'EST', 'group')], ['LVA>EST 1243 asserted']],
    ['Nepal said it would not sign the treaty with Bhutan.', [A('Nepal', 'NPL'), A('Bhutan', 'BTN')], ['NPL>BTN 127 asserted']],
    // a "would not" the speaker's side reports after the clause is the speaker's refusal too
    ['Fiji would not meet the demands of Tonga, officials said.', [A('Fiji', 'FJI'), A('Tonga', 'TON')], ['FJI>TON 123 asserted']],
    ['Gabon has no intention of negotiating with Cameroon.', [A('Gabon', 'GAB'), A('Cameroon', 'CMR')], ['GAB>CMR 125 asserted']],
    ['Gabon decided not to attend the summit in Cameroon.', [A('Gabon', 'GAB'), A('Cameroon', 'CMR')], ['GAB>CMR 125 asserted']],
    ['Gabon decided not to join talks with Cameroon.', [A('Gabon', 'GAB'), A('Cameroon', 'CMR')], ['GAB>CMR 125 asserted']],
    // a choice not made is no refusal
    ['Gabon did not decide to sell arms to Cameroon.', [A('Gabon', 'GAB'), A('Cameroon', 'CMR')], ['GAB>CMR 062 negated']],
  ];
  for (const [text, actors, want] of cases) it(text, () => expect(coded(text, actors)).toEqual(want));
});

describe('a conflictual act one will not do', () => {
  it('is a promise to refrain (03x), asserted, not the act', () => {
    expect(coded('Qatar said it would not attack Bahrain.', [A('Qatar', 'QAT'), A('Bahrain', 'BHR')])).toEqual(['QAT>BHR 0356 asserted']);
    expect(coded('Malta will not impose sanctions on Tunisia.', [A('Malta', 'MLT'), A('Tunisia', 'TUN')])).toEqual(['MLT>TUN 0354 asserted']);
  });
  it('"will no longer tolerate" is a threat against the one not tolerated', () => {
    expect(coded('Riot police in Lusaka will no longer tolerate rallies by the Zambian opposition.', [A('Riot police in Lusaka', 'ZMBCOP', 'group'), A('Zambian opposition', 'ZMBOPP', 'group')])).toEqual(['ZMBCOP>ZMBOPP 137 asserted']);
    expect(coded('Laos said it would not tolerate interference by Vietnam.', [A('Laos', 'LAO'), A('Vietnam', 'VNM')])).toEqual(['LAO>VNM 130 asserted']);
  });
  it('a pledge never to attack is a promise to refrain, not a threat', () => {
    expect(coded('Gabon pledged never to attack Cameroon.', [A('Gabon', 'GAB'), A('Cameroon', 'CMR')])).toEqual(['GAB>CMR 0356 asserted']);
    // (a pledge not to do a cooperative act is left negated)
    expect(coded('Gabon vowed never to negotiate with Cameroon.', [A('Gabon', 'GAB'), A('Cameroon', 'CMR')]).filter((e) => e.endsWith('asserted'))).toEqual([]);
  });
  it('a denied intention to attack is a promise too', () => {
    expect(coded('Gabon has no intention of attacking Cameroon.', [A('Gabon', 'GAB'), A('Cameroon', 'CMR')])).toEqual(['GAB>CMR 0356 asserted']);
  });
  it('"will not hesitate to" attack is a threat, not a promise', () => {
    expect(coded('Gabon said it would not hesitate to attack Cameroon.', [A('Gabon', 'GAB'), A('Cameroon', 'CMR')])).toEqual(['GAB>CMR 138 asserted']);
  });
  it('not ruling something out is no refusal (the rejection stays negated)', () => {
    expect(coded('Gabon will not rule out talks with Cameroon.', [A('Gabon', 'GAB'), A('Cameroon', 'CMR')])).toEqual(['GAB>CMR 125 negated']);
  });
  it('tolerating is no threat', () => {
    expect(coded('Laos tolerated protests by Vietnamese workers.', [A('Laos', 'LAO'), A('Vietnamese workers', 'VNMLAB', 'group')]).filter((e) => / 13/.test(e))).toEqual([]);
  });
});

describe('opposing what another side put forward', () => {
  const cases: Array<[string, ActorSpec[], string[]]> = [
    // the tagger reads "plans" as a verb after the demonym; the plan's owner is the target
    ['Sudan is opposed to Kenyan plans to build a railway.', [A('Sudan', 'SDN'), A('Kenyan', 'KEN', 'demonym')], ['SDN>KEN 120 asserted']],
    ['Norway voiced opposition to the Danish proposal.', [A('Norway', 'NOR'), A('Danish', 'DNK', 'demonym')], ['NOR>DNK 120 asserted']],
    ['Tonga is opposed to Australian mediation.', [A('Tonga', 'TON'), A('Australian', 'AUS', 'demonym')], ['TON>AUS 126 asserted']],
    ['Fiji opposes a peace plan put forward by Samoa.', [A('Fiji', 'FJI'), A('Samoa', 'WSM')], ['FJI>WSM 127 asserted']],
    ['Angola came out against the Zambian bid.', [A('Angola', 'AGO'), A('Zambian', 'ZMB', 'demonym')], ['AGO>ZMB 120 asserted']],
    ['Uganda defied Kenya by closing the border.', [A('Uganda', 'UGA'), A('Kenya', 'KEN')], ['UGA>KEN 120 asserted']],
    ['Bolivia opposes the deployment of Brazilian troops.', [A('Bolivia', 'BOL'), A('Brazilian troops', 'BRAMIL', 'group')], ['BOL>BRAMIL 1212 asserted']],
    // an agreement opposed: its other party
    ['Sweden opposes the fishing accord with Norway.', [A('Sweden', 'SWE'), A('Norway', 'NOR')], ['SWE>NOR 127 asserted']],
    // opposing a person stays disapproval
    ['Fiji opposes the Samoan president.', [A('Fiji', 'FJI'), A('Samoan president', 'WSMGOV', 'role')], ['FJI>WSMGOV 110 asserted']],
  ];
  for (const [text, actors, want] of cases) it(text, () => expect(coded(text, actors)).toEqual(want));
});

describe('rejections whose author stands in a participle\'s "by" phrase', () => {
  const cases: Array<[string, ActorSpec[], string[]]> = [
    ['Belarus vetoed the resolution drafted by Lithuania.', [A('Belarus', 'BLR'), A('Lithuania', 'LTU')], ['BLR>LTU 129 asserted']],
    ['Laos turned down the proposal made by Thailand.', [A('Laos', 'LAO'), A('Thailand', 'THA')], ['LAO>THA 120 asserted']],
    ['Eritrea rejected a peace plan put forward by Djibouti.', [A('Eritrea', 'ERI'), A('Djibouti', 'DJI')], ['ERI>DJI 127 asserted']],
  ];
  for (const [text, actors, want] of cases) it(text, () => expect(coded(text, actors)).toEqual(want));
});

describe('something the speaker rules out ("out of the question", "off the table", "not an option")', () => {
  const cases: Array<[string, ActorSpec[], string[]]> = [
    ['Armenia said that talks with Azerbaijan are out of the question.', [A('Armenia', 'ARM'), A('Azerbaijan', 'AZE')], ['ARM>AZE 125 asserted']],
    ['Estonian officials said that lifting the sanctions on Belarus is out of the question.', [A('Estonian officials', 'EST', 'group'), A('Belarus', 'BLR')], ['EST>BLR 1244 asserted']],
    // ruling out force is a promise to refrain from it
    ['Military action against Bhutan is off the table, the Nepali premier said.', [A('Bhutan', 'BTN'), A('Nepali premier', 'NPLGOV', 'role')], ['NPLGOV>BTN 0356 asserted']],
    // with no speaker, the writer's judgement is no event
    ['Talks with Azerbaijan are out of the question.', [A('Azerbaijan', 'AZE')], []],
  ];
  for (const [text, actors, want] of cases) it(text, () => expect(coded(text, actors)).toEqual(want));
});

describe('refugees refused', () => {
  it('refusing refugees entry is humanitarian help refused (1223), not a sanction on their country', () => {
    expect(coded('Niger was refusing entry to Malian refugees.', [A('Niger', 'NER'), A('Malian refugees', 'MLI', 'group')])).toEqual(['NER>MLI 1223 asserted']);
    expect(coded('Niger turned away refugees from Mali.', [A('Niger', 'NER'), A('Mali', 'MLI')])).toEqual(['NER>MLI 1223 asserted']);
  });
  it('refusing entry to diplomats stays a sanction', () => {
    expect(coded('Niger refused entry to Malian diplomats.', [A('Niger', 'NER'), A('Malian diplomats', 'MLIGOV', 'role')]).map((e) => e.split(' ')[1])).toEqual(['163']);
  });
});
