// Event coder engine, round 9: constructions the data helpers found on our development sets, on invented
// sentences with hand-built actor mentions (so the tests do not depend on the actor dictionaries).
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

const CHL = A('Chile', 'CHL'), PER = A('Peru', 'PER'), BOL = A('Bolivia', 'BOL');
/** Every event as "SRC>TGT code modality", sorted. */
const code = (text: string, actors: ActorSpec[]) => eventsOf(text, actors, '2016-05-10').map((e) => shown(e)).sort();
/** Only the asserted events. */
const asserted = (text: string, actors: ActorSpec[]) => code(text, actors).filter((s) => s.endsWith(' asserted'));

describe('events, round 9: objects', () => {
  it('a currency amount keeps the object noun in reach ("a $6 billion loan", "£20 million in aid")', () => {
    expect(code('Chile gave Peru a $6 billion loan.', [CHL, PER])).toEqual(['CHL>PER 071 asserted']);
    expect(code('Chile extended a $2 billion credit line to Peru.', [CHL, PER])).toEqual(['CHL>PER 071 asserted']);
    expect(asserted('Chile gave Peru £20 million in military aid.', [CHL, PER]).map((s) => s.slice(0, 10))).toEqual(['CHL>PER 07']);
  });
  it('an object that is nothing negates the act ("expelled no one", "sent no troops", "none of")', () => {
    expect(code('Chile sent no troops to Peru.', [CHL, PER])).toEqual(['CHL>PER 070 negated']);
    expect(asserted('Chile expelled no one from the Peruvian embassy.', [CHL, A('Peruvian embassy', 'PER')])).toEqual([]);
    expect(asserted('Chile detained none of the Peruvian sailors.', [CHL, A('Peruvian sailors', 'PER')])).toEqual([]);
  });
  it('"no fewer than" is no negation', () => {
    expect(code('Chile detained no fewer than ten Peruvian sailors.', [CHL, A('Peruvian sailors', 'PER', 'group')])).toEqual(['CHL>PER 173 asserted']);
  });
});

describe('events, round 9: targets', () => {
  it('an answer to words names their author: "rejected the accusations by Y", "denied allegations made by Y"', () => {
    // (round 10: the author's accusation itself is coded too, PER>CHL 112 — answer-author.test.ts)
    expect(code('Chile flatly rejected the accusations by Peru as groundless.', [CHL, PER])).toEqual(['CHL>PER 016 asserted', 'PER>CHL 112 asserted']);
    expect(code('Chile denied the allegations made by Peru.', [CHL, PER])).toEqual(['CHL>PER 016 asserted', 'PER>CHL 112 asserted']);
    expect(code('Chile criticised the remarks by Peru.', [CHL, PER])).toEqual(['CHL>PER 111 asserted']);
  });
  it('a demand coordinated with an appeal to an addressee is made to that addressee', () => {
    expect(code('Chile called on Peru to hold new elections and demanded the release of all political prisoners.', [CHL, PER]))
      .toEqual(['CHL>PER 024 asserted', 'CHL>PER 1053 asserted']);
    // (a demand after a plain visit has no addressee to take)
    expect(code('Chile visited Peru and demanded an apology.', [CHL, PER]).filter((s) => s.includes(' 10'))).toEqual(['CHL>- 100 asserted']);
  });
  it('the subject of an adjective\'s that-clause is its target: "was hopeful that Y would ..."', () => {
    expect(asserted('Chile was hopeful that Peru would sign the accord.', [CHL, PER])).toEqual(['CHL>PER 013 asserted']);
    expect(asserted('Chile is confident that Peru will accept the offer.', [CHL, PER])).toEqual(['CHL>PER 013 asserted']);
  });
  it('"declined to comment on the arrest of Y": the refusal to comment is asserted and aimed at Y', () => {
    expect(code('Chile declined to comment on the arrest of two Peruvian sailors.', [CHL, A('Peruvian sailors', 'PER')])).toEqual(['CHL>PER 011 asserted']);
    expect(code('Chile refused to comment on Peru.', [CHL, PER])).toEqual(['CHL>PER 011 asserted']);
  });
});

describe('events, round 9: verbs', () => {
  it('"X and Y ended their summit" is their meeting, not a halt of talks; "ended talks with Y" stays 164', () => {
    expect(code('Chile and Bolivia ended their summit.', [CHL, BOL])).toEqual(['BOL>CHL 040 asserted', 'CHL>BOL 040 asserted']);
    expect(code('Chile ended talks with Bolivia.', [CHL, BOL])).toEqual(['CHL>BOL 164 asserted']);
  });
  it('troops occupying a place in a country occupy that country\'s ground (192)', () => {
    expect(code('Chilean troops occupied a village in northern Peru.', [A('Chilean troops', 'CHLMIL', 'demonym'), PER])).toEqual(['CHLMIL>PER 192 asserted']);
  });
  it('a particle after the object still makes the phrasal verb: "drove thousands of Y out of Z" (201)', () => {
    expect(code('Chile drove thousands of Peruvians out of Arica.', [CHL, A('Peruvians', 'PER', 'group'), A('Arica', 'CHL', 'country', { locationOnly: true })])).toEqual(['CHL>PER 201 asserted']);
    // (the mass-expulsion row needs a mass: "the tanks" is none)
    expect(code('Chile drove the Peruvian tanks out.', [CHL, A('Peruvian tanks', 'PER', 'group')]).filter((x) => x.includes(' 201'))).toEqual([]);
  });
  it('"shot dead" after a plural noun is the verb', () => {
    expect(code('Chilean soldiers shot dead a Peruvian teenager.', [A('Chilean', 'CHL', 'demonym'), A('Peruvian', 'PER', 'demonym')]).map((s) => s.slice(0, 11))).toEqual(['CHL>PER 193']);
  });
});

describe('events, round 9: third parties and noun events', () => {
  const ECU = A('Ecuador', 'ECU');
  it('a mediator or host of talks between two sides is no party to them; the sides meet both ways', () => {
    expect(code('Ecuador brokered secret negotiations between Chile and Bolivia.', [ECU, CHL, BOL]))
      .toEqual(['BOL>CHL 046 asserted', 'CHL>BOL 046 asserted', 'ECU>BOL 045 asserted', 'ECU>CHL 045 asserted']);
    expect(code('Ecuador hosted talks between Chile and Bolivia.', [ECU, CHL, BOL]))
      .toEqual(['BOL>CHL 040 asserted', 'CHL>BOL 040 asserted', 'ECU>BOL 043 asserted', 'ECU>CHL 043 asserted']);
    // (talks with a side stay the subject's own)
    expect(code('Ecuador held talks with Chile.', [ECU, CHL])).toEqual(['CHL>ECU 040 asserted', 'ECU>CHL 040 asserted']);
  });
  it('a past tense the tagger calls an adjective, after a subject opening the clause, is the verb ("X mediated talks")', () => {
    expect(code('Ecuador mediated talks between Chile and Bolivia.', [ECU, CHL, BOL]).filter((x) => x.startsWith('ECU>'))).toEqual(['ECU>BOL 045 asserted', 'ECU>CHL 045 asserted']);
  });
  it('a family noun with a possessor codes its infinitive: "X\'s threat to cut supplies to Y" is a threat, asserted', () => {
    expect(code("Chile's threat to cut gas supplies to Peru alarmed its neighbours.", [CHL, PER, A('its', 'CHL', 'coref')])).toEqual(['CHL>PER 1312 asserted']);
    expect(code("Chile's offer to send troops to Peru was welcomed.", [CHL, PER]).map((x) => x.slice(0, 10))).toEqual(['CHL>PER 03']);
    // (a plan is no family noun: its act stays intended)
    expect(code("Chile's plan to expel Peruvian diplomats angered Peru.", [CHL, A('Peruvian diplomats', 'PER', 'group'), PER]).filter((x) => x.includes(' 16'))).toEqual(['CHL>PER 161 intended']);
  });
});

describe('events, round 9: participles', () => {
  it('a participle describing the cargo leaves the target in reach: "sent planes loaded with food to Y"', () => {
    expect(code('Chile sent planes loaded with food to Peru.', [CHL, PER])).toEqual(['CHL>PER 073 asserted']);
  });
});

describe('events, round 9: tagger slips', () => {
  it('a noun the tagger calls an adjective, ending its phrase after a possessor, is read ("X\'s offensive against Y")', () => {
    expect(code("Chile's offensive against Peru entered its third day.", [CHL, PER, A('its', 'CHL', 'coref')])).toEqual(['CHL>PER 190 asserted']);
  });
  it('a past tense the tagger calls an adjective before a particle and its object is the verb ("rounded up the ...")', () => {
    expect(code('Chilean police rounded up the Peruvian protesters.', [A('Chilean police', 'CHLCOP', 'role'), A('Peruvian protesters', 'PER', 'group')])).toEqual(['CHLCOP>PER 173 asserted']);
  });
});

describe('events, round 9: passive with a possessive subject', () => {
  it('"X\'s bid to join the talks was rebuffed by Y": Y rejects X', () => {
    expect(code("Peru's bid to join the trade talks was rebuffed by Chile.", [PER, CHL])).toEqual(['CHL>PER 125 asserted']);
  });
  it('"the release of Y was demanded by X": the passive subject is what is asked for, and picks the code', () => {
    expect(code('The release of three Peruvian fishermen was demanded by Chile.', [A('Peruvian fishermen', 'PER', 'group'), CHL])).toEqual(['CHL>PER 1053 asserted']);
  });
});

describe('events, round 9: relative clauses', () => {
  it('people "working for" an organisation: the act against them is against it too', () => {
    const UN = A('the United Nations', 'IGO', 'org', { org: 'UN' });
    expect(code('Chile expelled Peruvian weapons inspectors working for the United Nations.', [CHL, A('Peruvian', 'PER', 'demonym'), UN])).toEqual(['CHL>IGO 1662 asserted', 'CHL>PER 1662 asserted']);
    expect(code('Chile detained Peruvian engineers working for the United Nations.', [CHL, A('Peruvian', 'PER', 'demonym'), UN]).map((x) => x.slice(0, 11))).toEqual(['CHL>IGO 173', 'CHL>PER 173']);
  });
  it('a weapon\'s relative clause names the victims of the act: "planted a bomb that killed six Y soldiers"', () => {
    const REB = A('Chilean rebels', 'CHLREB', 'role'), SOL = A('Peruvian soldiers', 'PERMIL', 'role');
    expect(code('Chilean rebels planted a roadside bomb that killed six Peruvian soldiers.', [REB, SOL])).toEqual(['CHLREB>PERMIL 1833 asserted']);
    expect(code('Chilean rebels fired a rocket that killed three Peruvian soldiers.', [REB, SOL]).map((x) => x.slice(0, 16))).toEqual(['CHLREB>PERMIL 19']);
    // (a relative clause that harms no one names no victim)
    expect(code('Chilean rebels planted a roadside bomb that was later defused by Peruvian soldiers.', [REB, SOL]).filter((x) => x.includes('>PERMIL 18'))).toEqual([]);
  });
});

describe('events, round 9: presupposed acts', () => {
  it('an attack an appeal or demand asks to stop is under way: coded asserted, by its possessor', () => {
    const ITS = A('its', 'PER', 'coref'), ARI = A('Arica', 'CHL');
    expect(code('Bolivia urged Peru to halt its shelling of Arica.', [BOL, PER, ITS, ARI])).toEqual(['BOL>PER 0256 asserted', 'PER>CHL 194 asserted']);
    expect(code('Bolivia demanded that Peru stop its shelling of Arica.', [BOL, PER, ITS, ARI])).toEqual(['BOL>PER 1056 asserted', 'PER>CHL 194 asserted']);
    // (with no possessor naming who does it, the act stays part of the appeal)
    expect(code('Bolivia urged Peru to halt the shelling of Arica.', [BOL, PER, ARI])).toEqual(['BOL>PER 0256 asserted']);
  });
});
