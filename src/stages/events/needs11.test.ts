// Engine needs found by the dev sets (session 11), each on invented sentences.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown } from './fixture.ts';
import { tokenize } from '../../nlp/tokenize.ts';
import { chunk, chunkText } from '../../nlp/chunk.ts';
import { patterns } from './patterns.ts';

const code = (text: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(text, actors, '2011-03-09').map((e) => shown(e, 'cameo', false)).sort();
const sources = (text: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(text, actors, '2011-03-09').map((e) => `${e.source.code}:${e.source.text}`).sort();

describe('events: engine needs of session 11', () => {
  it('a bare agent noun conjoined to a demonym role phrase is a source of its own, of the same country', () => {
    expect(sources('Rwandan soldiers and police crossed into Burundi to guard the camps.', [A('Rwandan soldiers', 'RWAMIL', 'role'), A('Burundi', 'BDI')]))
      .toEqual(['RWACOP:police', 'RWAMIL:Rwandan soldiers']);
    // (not after a phrase that does not open with a demonym, nor before a noun that names no state agent)
    expect(sources('Rwandan soldiers and doctors crossed into Burundi.', [A('Rwandan soldiers', 'RWAMIL', 'role'), A('Burundi', 'BDI')])).toEqual(['RWAMIL:Rwandan soldiers']);
  });
  it('a demonym whose role head the actor stage left out is the state agent the noun phrase names', () => {
    // (the actor stage gives the demonym alone; the head noun "police" makes it a state agent, whose measure is domestic)
    expect(code('Omani police rounded up bloggers.', [A('Omani', 'OMN', 'demonym')])).toEqual(['OMNCOP>OMN 173']);
    // (a head that names no state agent stays a demonym: no domestic measure)
    expect(code('Omani villagers rounded up goats.', [A('Omani', 'OMN', 'demonym')])).toEqual([]);
  });
  it('a lower-case demonym of another country in the object makes no domestic measure', () => {
    expect(code('Jordanian police detained egyptian labourers.', [A('Jordanian police', 'JORCOP', 'role')])).toEqual([]);
    expect(code('Jordanian police detained striking labourers.', [A('Jordanian police', 'JORCOP', 'role')])).toEqual(['JORCOP>JOR 173']);
  });
  it('the passive subject of a verb whose target is a preposition\'s is its patient, not its target', () => {
    expect(code('A Peruvian arms dealer was extradited to Argentina by Peru.', [A('Peruvian', 'PER', 'demonym'), A('Argentina', 'ARG'), A('Peru', 'PER')])).toEqual(['PER>ARG 063']);
    expect(code('A Bolivian smuggler was extradited to Brazil by Paraguay.', [A('Bolivian', 'BOL', 'demonym'), A('Brazil', 'BRA'), A('Paraguay', 'PRY')])).toEqual(['PRY>BRA 063']);
  });
  it('the owner named after "belonging to" is the target of a seizure', () => {
    expect(code('Greece impounded a tanker belonging to an Iranian shipping firm.', [A('Greece', 'GRC'), A('Iranian', 'IRN', 'demonym')])).toEqual(['GRC>IRN 1711']);
  });
  it('taking part in, joining or participating in drills: with the host inside the object, or both ways with a partner', () => {
    expect(code('Moldovan troops took part in NATO exercises.', [A('Moldovan troops', 'MDAMIL', 'role'), A('NATO', 'IGO', 'org', { org: 'NATO' })])).toEqual(['MDAMIL>IGO 062']);
    expect(code('Austria joined NATO drills.', [A('Austria', 'AUT'), A('NATO', 'IGO', 'org', { org: 'NATO' })])).toEqual(['AUT>IGO 062']);
    expect(code('Tunisian marines participated in naval drills with Italy.', [A('Tunisian marines', 'TUNMIL', 'role'), A('Italy', 'ITA')])).toEqual(['ITA>TUNMIL 062', 'TUNMIL>ITA 062']);
    // (drills joined by two others: no partners of each other)
    expect(code('The naval drills will be joined by Latvia and Lithuania.', [A('Latvia', 'LVA'), A('Lithuania', 'LTU')])).toEqual([]);
  });
  it('a plural -s word right after a preposition, or after a name that is a preposition\'s object, is a noun', () => {
    const { tokens, sentences } = tokenize('Mali took part in exercises with Niger.');
    const s = sentences[0]!;
    const got = chunk(tokens, s.tokenStart, s.tokenEnd, { verbLemmas: patterns().verbLemmas }).map((c) => `${c.type}:${chunkText(tokens, c)}`);
    expect(got).toContain('NP:exercises');
    const show = (text: string) => { const t = tokenize(text); const s0 = t.sentences[0]!; return chunk(t.tokens, s0.tokenStart, s0.tokenEnd, { verbLemmas: patterns().verbLemmas, actorAt: new Map([[3, 0]]) }).map((c) => `${c.type}:${chunkText(t.tokens, c)}`); };
    expect(show('Mali joined in Niger drills.')).toContain('NP:Niger drills');
    // (a clause with no verb yet keeps the verb: "the fighting in Chad continues")
    expect(show('The fighting in Chad continues.')).toContain('VG:continues');
    expect(code('Mali took part in exercises with Niger.', [A('Mali', 'MLI'), A('Niger', 'NER')])).toEqual(['MLI>NER 062', 'NER>MLI 062']);
  });
  it('a second conjunct whose object is bilateral or mutual is with the first conjunct\'s partner', () => {
    expect(code('Qatar recalled its envoy from Bahrain and froze bilateral cooperation.', [A('Qatar', 'QAT'), A('its', 'QAT', 'coref'), A('Bahrain', 'BHR')]))
      .toEqual(['QAT>BHR 160', 'QAT>BHR 161']);
    // (an object that is not bilateral names no partner)
    expect(code('Qatar recalled its envoy from Bahrain and froze its budget.', [A('Qatar', 'QAT'), A('its', 'QAT', 'coref'), A('Bahrain', 'BHR'), A('its', 'QAT', 'coref')]))
      .toEqual(['QAT>BHR 161']);
  });
  it('forces put on alert in the passive, with no agent, take the posture themselves', () => {
    expect(code('Honduran police were placed on maximum alert.', [A('Honduran police', 'HNDCOP', 'role')])).toEqual(['HNDCOP>- 151']);
    expect(code('Honduran troops were put on high alert along the border with Nicaragua.', [A('Honduran troops', 'HNDMIL', 'role'), A('Nicaragua', 'NIC')])).toEqual(['HNDMIL>NIC 152']);
    // (a presence is no posture taken: "have been stationed in Y since ...")
    expect(code('Honduran troops have been stationed in Nicaragua since 1990.', [A('Honduran troops', 'HNDMIL', 'role'), A('Nicaragua', 'NIC')])).toEqual([]);
  });
  it('a show of force meant to deter another side is aimed at it', () => {
    expect(code('Armenia massed tanks to deter Azerbaijan.', [A('Armenia', 'ARM'), A('Azerbaijan', 'AZE')])).toEqual(['ARM>AZE 154']);
    expect(code('Armenia mobilized reservists to deter an offensive by Azerbaijan.', [A('Armenia', 'ARM'), A('Azerbaijan', 'AZE')])).toEqual(['ARM>AZE 154']);
  });
});
