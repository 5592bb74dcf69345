// Argument finding, construction by construction: invented sentences with hand-built actor
// mentions → the events coded (as "SRC>TGT code"); `absent` lists events that must not appear.
import { describe, expect, it } from 'vitest';
import { codeEvents } from './index.ts';
import { A, docWith, type ActorSpec } from './fixture.ts';

interface Case { text: string; actors: ActorSpec[]; want: string[]; absent?: string[] }
const C = (text: string, actors: ActorSpec[], want: string[], absent: string[] = []): Case => ({ text, actors, want, absent });

function coded(c: Case): string[] {
  const doc = docWith(c.text, c.actors, '2019-05-14');
  codeEvents(doc, { date: '2019-05-14' });
  return doc.events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);
}

export function runTable(table: Record<string, Case[]>) {
  for (const [group, cases] of Object.entries(table)) {
    describe(group, () => {
      for (const c of cases) it(c.text, () => {
        const got = coded(c);
        for (const w of c.want) expect(got, `wanted ${w}`).toContain(w);
        for (const a of c.absent ?? []) expect(got, `unwanted ${a}`).not.toContain(a);
      });
    });
  }
}

runTable({
  'domestic events between two sides of one country are kept': [
    C('Ruritanian police arrested Ruritanian rebels in the capital.', [A('Ruritanian police', 'RURCOP', 'role'), A('Ruritanian rebels', 'RURREB', 'group')], ['RURCOP>RURREB 173']),
    C('Ruritanian authorities imposed a curfew in the northern town of Zenda in Ruritania.', [A('Ruritanian authorities', 'RURGOV', 'role'), A('Ruritania', 'RUR')], ['RURGOV>RUR 1723']),
    C('Ruritanian rebels attacked the Ruritanian army.', [A('Ruritanian rebels', 'RURREB', 'group'), A('Ruritanian army', 'RURMIL', 'role')], ['RURREB>RURMIL 190']),
  ],
  'a target of the source\'s own country that is not another side is dropped': [
    // the same actor named twice
    C('Ruritania criticised Ruritania.', [A('Ruritania', 'RUR'), A('Ruritania', 'RUR')], [], ['RUR>RUR 111']),
    // a demonym modifying the thing given
    C('The Ruritanian president offered Ruritanian help to Chile.', [A('Ruritanian president', 'RURGOV', 'role'), A('Ruritanian', 'RUR', 'demonym'), A('Chile', 'CHL')], [], ['RURGOV>RUR 033']),
    // a place the act happens in
    C('Ruritanian rebels agreed to a truce in Zenda.', [A('Ruritanian rebels', 'RURREB', 'group'), A('Zenda', 'RUR', 'capital', { locationOnly: true })], [], ['RURREB>RUR 0356', 'RURREB>RUR 030']),
  ],
  'relative clauses and participle phrases': [
    // the relative clause after a place phrase: the phrase's head acts
    C('Peru condemned the Chilean air strike near the Bolivian border that killed two farmers from Ecuador.',
      [A('Peru', 'PER'), A('Chilean', 'CHL', 'demonym'), A('Bolivian', 'BOL', 'demonym'), A('Ecuador', 'ECU')], ['CHL>ECU 195'], ['BOL>ECU 190', 'BOL>ECU 195']),
    // a participle phrase after the subject ("held in X waters") is skipped: the subject is the head phrase
    C('Relatives of the crews of two Peruvian ships held in Chilean waters appealed to Santiago to free the sailors.',
      [A('Peruvian', 'PER', 'demonym'), A('Chilean', 'CHL', 'demonym'), A('Santiago', 'CHLGOV', 'capital')], ['PER>CHLGOV 0253'], ['CHL>CHLGOV 0253']),
  ],
  'where an intent was stated is no party to it': [
    C('Peru and Chile agreed in Quito on Monday to reopen their border crossings.', [A('Peru', 'PER'), A('Chile', 'CHL'), A('Quito', 'ECUGOV', 'capital', { locationOnly: true })], [], ['PER>ECUGOV 030', 'CHL>ECUGOV 030']),
  ],
  'reported speech: an event noun that is the subject of the embedded clause': [
    // the speaker judges the attack; the speaker did not attack
    C('The Peruvian president said the attack on Chile was a crime.', [A('Peruvian president', 'PERGOV', 'role'), A('Chile', 'CHL')], [], ['PERGOV>CHL 190']),
    // as an object the noun still takes the subject: "launched an attack on Y"
    C('Peru launched an attack on Chile.', [A('Peru', 'PER'), A('Chile', 'CHL')], ['PER>CHL 190']),
  ],
  'conditions are no asserted events': [
    C('Peru warned that it would act if the Chilean president visited Bolivia.', [A('Peru', 'PER'), A('Chilean president', 'CHLGOV', 'role'), A('Bolivia', 'BOL')], [], []),
  ],
  'an infinitive after a demand noun is asked of the subject, not done by it': [
    C('The Peruvian president faces pressure from Congress to expel Chilean diplomats.', [A('Peruvian president', 'PERGOV', 'role'), A('Chilean', 'CHL', 'demonym')], [], ['PERGOV>CHL 1663', 'PERGOV>CHL 161', 'PERGOV>CHL 174']),
    C('Peru rejected calls to expel Chilean diplomats.', [A('Peru', 'PER'), A('Chilean', 'CHL', 'demonym')], [], ['PER>CHL 174', 'PER>CHL 161']),
    C('Peru rejected Bolivian calls to expel Chilean diplomats.', [A('Peru', 'PER'), A('Bolivian', 'BOL', 'demonym'), A('Chilean', 'CHL', 'demonym')], [], ['PER>CHL 174', 'PER>CHL 161']),
    // an infinitive after another noun stays the subject's intent
    C('Peru announced a plan to expel Chilean diplomats.', [A('Peru', 'PER'), A('Chilean', 'CHL', 'demonym')], [], []),
  ],
});

runTable({
  'an appeal to the source\'s own side names no target in its complement': [
    C('Peru urged its citizens to leave Chile.', [A('Peru', 'PER'), A('its', 'PER', 'coref'), A('Chile', 'CHL')], [], ['PER>CHL 020', 'PER>CHL 0256']),
    // the same verb with another side as addressee
    C('Peru urged Bolivia to leave Chile.', [A('Peru', 'PER'), A('Bolivia', 'BOL'), A('Chile', 'CHL')], [], ['PER>CHL 020']),
  ],
});

runTable({
  'a demanded that-clause: every coordinated verb is part of the demand': [
    C('Peru demanded that Chile stop its raids and withdraw its troops from Bolivia.', [A('Peru', 'PER'), A('Chile', 'CHL'), A('its', 'CHL', 'coref'), A('its', 'CHL', 'coref'), A('Bolivia', 'BOL')], [], ['CHL>BOL 0874', 'CHL>BOL 087']),
  ],
  'the other party of an exchange, one phrase further': [
    C('Peru lifted restrictions on trade with Chile.', [A('Peru', 'PER'), A('Chile', 'CHL')], ['PER>CHL 081']),
    // a place phrase is not read through "with"
    C('Peru lifted restrictions on fishermen with boats from Chile.', [A('Peru', 'PER'), A('Chile', 'CHL')], [], ['PER>CHL 081']),
  ],
  'a coordinated list one phrase further is kept whole': [
    C('The court opened an investigation into war crimes by Chilean forces and Peruvian rebels.', [A('court', 'IGO', 'org'), A('Chilean forces', 'CHLMIL', 'role'), A('Peruvian rebels', 'PERREB', 'group')], ['IGO>CHLMIL 094', 'IGO>PERREB 094']),
  ],
});

runTable({
  'a refusal reported with a time phrase before "that"': [
    C('Peru said on Monday that its president would not attend the summit in Santiago.', [A('Peru', 'PER'), A('its president', 'PERGOV', 'role'), A('Santiago', 'CHLGOV', 'capital', { locationOnly: true })], ['PERGOV>CHLGOV 125']),
  ],
});

runTable({
  'the target of an offer far into its complement': [
    C('Peru is ready to contribute up to 4,000 soldiers to a new international stabilisation force in Haiti.', [A('Peru', 'PER'), A('Haiti', 'HTI', 'country', { locationOnly: true })], ['PER>HTI 030']),
  ],
});

describe('modality of events in a condition and of judged noun events', () => {
  const modal = (text: string, actors: ActorSpec[]) => {
    const doc = docWith(text, actors, '2019-05-14');
    codeEvents(doc, { date: '2019-05-14' });
    return doc.events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.root} ${e.modality}`);
  };
  it('a visit in an if-clause is hypothetical', () => {
    const got = modal('Peru warned that it would act if the Chilean president visited Bolivia.', [A('Peru', 'PER'), A('Chilean president', 'CHLGOV', 'role'), A('Bolivia', 'BOL')]);
    expect(got).toContain('CHLGOV>BOL 04 hypothetical');
  });
  it('the same visit outside a condition is asserted', () => {
    expect(modal('The Chilean president visited Bolivia.', [A('Chilean president', 'CHLGOV', 'role'), A('Bolivia', 'BOL')])).toContain('CHLGOV>BOL 04 asserted');
  });
  it('a war that "would be" something is hypothetical', () => {
    const got = modal('A war between Peru and Chile would be a disaster.', [A('Peru', 'PER'), A('Chile', 'CHL')]);
    expect(got.length).toBeGreaterThan(0);
    for (const e of got) expect(e).toMatch(/hypothetical$/);
  });
  it('a that-clause of an allegation is reported, of a fear hypothetical', () => {
    const acts = [A('Peru', 'PER'), A('Lima', 'PERGOV', 'capital'), A('Chile', 'CHL')];
    expect(modal('Peru cited allegations that Lima had attacked Chile.', acts)).toContain('PERGOV>CHL 19 reported');
    expect(modal('Peru cited proof that Lima had attacked Chile.', acts)).toContain('PERGOV>CHL 19 asserted');
  });
});

runTable({
  // the doer of a deed investigated or condemned is the target (09x/11x)
  'deeds and their doers': [
    C('Peru opened an investigation into crimes committed by Chilean forces against Bolivian civilians.', [A('Peru', 'PER'), A('Chilean forces', 'CHLMIL', 'role'), A('Bolivian civilians', 'BOLCVL', 'role')], ['PER>CHLMIL 091'], ['PER>BOLCVL 091']),
    C('Peruvian police launched an investigation into abuses carried out by Chilean troops.', [A('Peruvian police', 'PERCOP', 'role'), A('Chilean troops', 'CHLMIL', 'role')], ['PERCOP>CHLMIL 092']),
    C('Peru condemned attacks carried out by Chilean rebels.', [A('Peru', 'PER'), A('Chilean rebels', 'CHLREB', 'group')], ['PER>CHLREB 111']),
    // a deed with no doer named gives no target
    C('Peru condemned the attacks on the border.', [A('Peru', 'PER')], [], ['PER>- 111']),
    // the by-phrase of a noun that is no deed (a gift) names no accused
    C('Peru praised the aid given to refugees by Chile.', [A('Peru', 'PER'), A('Chile', 'CHL')], [], ['PER>CHL 111', 'PER>CHL 112']),
  ],
  'a by-agent after a parenthetical': [
    C('The Freedonian minister was accused of misusing state funds, most of it believed stolen, by Ruritanian officials.', [A('Freedonian minister', 'FREGOV', 'role'), A('Ruritanian officials', 'RURGOV', 'role')], ['RURGOV>FREGOV 112']),
    // without the closing comma the by-phrase belongs to the parenthetical's own verb
    C('The Freedonian minister was accused of theft, a charge first made by Ruritanian officials.', [A('Freedonian minister', 'FREGOV', 'role'), A('Ruritanian officials', 'RURGOV', 'role')], [], ['RURGOV>FREGOV 112']),
  ],
  'demands with a that-clause after the noun': [
    C('The ILO reiterated its demand today that Peru ease restrictions on migrant workers.', [A('ILO', 'IGO', 'org'), A('its', 'IGO', 'coref'), A('Peru', 'PER')], ['IGO>PER 1051']),
    C('Chile repeated its demand that Peru withdraw its troops.', [A('Chile', 'CHL'), A('its', 'CHL', 'coref'), A('Peru', 'PER')], ['CHL>PER 1056']),
  ],
});

runTable({
  // a state's measure in the passive with no agent is taken by the country it happens in
  'passive measures with no agent': [
    C('A Freedonian missionary was arrested in Ruritania for spying.', [A('Freedonian missionary', 'FREREL', 'role'), A('Ruritania', 'RUR', 'country', { locationOnly: true })], ['RUR>FREREL 173']),
    C('Three Freedonian fishermen were detained in Zenda on Monday.', [A('Freedonian fishermen', 'FRECVL', 'role'), A('Zenda', 'RUR', 'capital', { locationOnly: true })], ['RUR>FRECVL 173']),
    // an agent named wins; a violent act is not the place's doing
    C('A Freedonian tourist was arrested by Ruritanian police in Zenda.', [A('Freedonian tourist', 'FRECVL', 'role'), A('Ruritanian police', 'RURCOP', 'role'), A('Zenda', 'ZND', 'capital', { locationOnly: true })], ['RURCOP>FRECVL 173'], ['ZND>FRECVL 173']),
    C('Two Freedonian journalists were killed in Ruritania.', [A('Freedonian journalists', 'FREMED', 'role'), A('Ruritania', 'RUR', 'country', { locationOnly: true })], [], ['RUR>FREMED 190', 'RUR>FREMED 180']),
  ],
});

runTable({
  // "demands from X": who asks is the other party of a concession
  'the asker after "from"': [
    C('Peru conceded to demands from Chilean rebels to overhaul the courts.', [A('Peru', 'PER'), A('Chilean rebels', 'CHLREB', 'group')], ['PER>CHLREB 080'], ['PER>CHLREB 100']),
    // a "from" phrase after a noun that asks nothing names no party
    C('Peru objected to imports from Chile.', [A('Peru', 'PER'), A('Chile', 'CHL')], [], ['PER>CHL 080']),
  ],
});

runTable({
  // a passive violent act with no by-agent: the nationality on the attack, weapon or unit that did it
  'the agent on an instrument': [
    C('Two Freedonian soldiers were killed in Ruritanian artillery shelling near the border.', [A('Freedonian soldiers', 'FREMIL', 'role'), A('Ruritanian artillery', 'RURMIL', 'role')], ['RURMIL>FREMIL 194']),
    C('Five Freedonian soldiers were wounded during a Ruritanian air raid.', [A('Freedonian soldiers', 'FREMIL', 'role'), A('Ruritanian', 'RUR', 'demonym')], ['RUR>FREMIL 195']),
    C('There were twelve Freedonian soldiers killed in Ruritanian shelling.', [A('Freedonian soldiers', 'FREMIL', 'role'), A('Ruritanian', 'RUR', 'demonym')], ['RUR>FREMIL 190']),
    // a nationality on something that is no attack (a market) names no agent
    C('Two Freedonian soldiers were killed in a Ruritanian market.', [A('Freedonian soldiers', 'FREMIL', 'role'), A('Ruritanian', 'RUR', 'demonym')], [], ['RUR>FREMIL 190']),
  ],
  'a mishap is no agent': [
    C('Twenty Freedonian tourists were killed by the Ruritania Airways plane crash.', [A('Freedonian tourists', 'FRECVL', 'role'), A('Ruritania', 'RUR')], [], ['RUR>FRECVL 190']),
    C('Twenty Freedonian tourists were killed by Ruritanian troops.', [A('Freedonian tourists', 'FRECVL', 'role'), A('Ruritanian troops', 'RURMIL', 'role')], ['RURMIL>FRECVL 190']),
  ],
  'the party attacked in a claim of responsibility': [
    C('The Zendan Front claimed responsibility for an attack targeting shoppers at a market in Freedonia\'s capital.', [A('Zendan Front', 'ZNDREB', 'group'), A('Freedonia', 'FRE', 'country', { locationOnly: true })], ['ZNDREB>FRE 015']),
    C('The Zendan Front claimed responsibility for the bombing of a Freedonian army post.', [A('Zendan Front', 'ZNDREB', 'group'), A('Freedonian army', 'FREMIL', 'role')], ['ZNDREB>FREMIL 015']),
    // a claim for something that is no attack names no target from the place
    C('The Zendan Front claimed responsibility for the leaflets found in Freedonia.', [A('Zendan Front', 'ZNDREB', 'group'), A('Freedonia', 'FRE', 'country', { locationOnly: true })], [], ['ZNDREB>FRE 015']),
  ],
  'opponents of an institution': [
    // the opposition of that country, not the institution itself
    C('Opponents of the Freedonian senate marched in the capital.', [A('Freedonian senate', 'FRELEG', 'role')], ['FREOPP>FREGOV 141'], ['FRELEG>FREGOV 141']),
    // enemies of a country are not its own opposition: no actor
    C('Enemies of Freedonia attacked Ruritania.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')], [], ['FRE>RUR 190', 'FREOPP>RUR 190']),
  ],
  'the actor inside a passive subject': [
    C('A camp for Freedonian refugees was attacked by Ruritanian troops.', [A('Freedonian refugees', 'FREREF', 'role'), A('Ruritanian troops', 'RURMIL', 'role')], ['RURMIL>FREREF 190']),
    // not past a reduced relative clause of the subject
    C('The prisoners jailed for spying against Ruritania were beaten by Freedonian guards.', [A('Ruritania', 'RUR'), A('Freedonian guards', 'FRECOP', 'role')], [], ['FRECOP>RUR 180']),
  ],
  'a time adjunct closes the argument phrases': [
    C('Freedonia reimposed blockades in the north following the deaths of two Ruritanians.', [A('Freedonia', 'FRE'), A('Ruritanians', 'RUR', 'demonym')], [], ['FRE>RUR 191']),
  ],
});

runTable({
  'a cooperative noun event in an adverbial phrase set off by a comma is the clause subject\'s (round 8)': [
    C('During a visit to Lima, the Ruritanian president thanked Peru.', [A('Lima', 'PERGOV', 'capital'), A('Ruritanian president', 'RURGOV', 'role'), A('Peru', 'PER')], ['RURGOV>PERGOV 042', 'RURGOV>PER 051']),
    C('The Ruritanian minister, on a two-day visit to Peru, signed a pact with Lima.', [A('Ruritanian minister', 'RURGOV', 'role'), A('Peru', 'PER'), A('Lima', 'PERGOV', 'capital')], ['RURGOV>PER 042']),
    // a conflictual noun is not given to the subject ("After the attack on its embassy, X expelled ...")
    C('After the attack on the Peruvian embassy, Ruritania expelled two diplomats.', [A('Peruvian', 'PER', 'demonym'), A('Ruritania', 'RUR')], [], ['RUR>PER 190']),
  ],
});

runTable({
  'reciprocal objects, means after "by", acts answered (round 8)': [
    C('Chile and Peru accused each other of shelling border villages.', [A('Chile', 'CHL'), A('Peru', 'PER')], ['CHL>PER 1123', 'PER>CHL 1123']),
    // "by" + gerund is the means: its object is no agent of the noun before it
    C('Ruritania retaliated for the attack by shelling Peruvian positions.', [A('Ruritania', 'RUR'), A('Peruvian', 'PER', 'demonym')], ['RUR>PER 194'], ['PER>PER 190', 'RUR>PER 190']),
    // the act answered is the other side's
    C('Ruritania retaliated for the attack on Freedonian border posts.', [A('Ruritania', 'RUR'), A('Freedonian', 'FRE', 'demonym')], [], ['RUR>FRE 190']),
  ],
});

runTable({
  'a trip on which the subject of "be" is (round 8)': [
    C('The Ruritanian minister, who is on a visit to Peru, met Chilean officials.', [A('Ruritanian minister', 'RURGOV', 'role'), A('Peru', 'PER'), A('Chilean officials', 'CHLGOV', 'role')], ['RURGOV>PER 042', 'RURGOV>CHLGOV 040']),
    C('The Ruritanian president was on a state visit to Peru.', [A('Ruritanian president', 'RURGOV', 'role'), A('Peru', 'PER')], ['RURGOV>PER 042']),
  ],
});
