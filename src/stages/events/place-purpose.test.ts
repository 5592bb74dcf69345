// Who the target is of material acts at a place and of protests with a purpose. A force posture, assault, fight or
// blockade whose clause names no party, at a place in another country, is taken against that country (the country
// itself, no sector); at home the domestic rules hold. A demand or appeal that is the purpose of a protest is part of
// the protest: one event, with the demand's target and its sub-code (1411–1454). Invented sentences, hand-built actors.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';
import { patterns, repeatedVerb } from './patterns.ts';

const coded = (text: string, actors: ActorSpec[], cls: 'cameo' | 'root' = 'root') =>
  eventsOf(text, actors, '2016-05-10').filter((e) => !/negated|hypothetical|cancelled/.test(e.modality)).map((e) => shown(e, cls, false)).sort();

const FRE_PLACE = A('Freedonia', 'FRE', 'country', { locationOnly: true });

describe('events: material acts at a foreign place', () => {
  it('a suicide bombing that names only the place is against the place\'s country (the reflexive before the particle)', () => {
    expect(coded('Two Ruritanian bombers blew themselves up in Freedonia on Monday.', [A('Ruritanian bombers', 'RURREB', 'demonym'), FRE_PLACE], 'cameo'))
      .toEqual(['RURREB>FRE 1831']);
  });

  it('the target is the country itself, with no sector, even for a capital', () => {
    const e = eventsOf('A Ruritanian bomber blew himself up near a hotel in Fredville.', [A('Ruritanian bomber', 'RURREB', 'demonym'), A('Fredville', 'FREGOV', 'capital', { locationOnly: true })], '2016-05-10');
    expect(e.map((x) => [x.target?.code, x.target?.sector])).toEqual([['FRE', null]]);
  });

  it('a reflexive object before any particle leaves the particle to the verb ("gave themselves up to")', () => {
    expect(coded('Forty Ruritanian rebels gave themselves up to Freedonian troops.', [A('Ruritanian rebels', 'RURREB', 'demonym'), A('Freedonian troops', 'FREMIL', 'demonym')]))
      .toEqual(['RURREB>FREMIL 08']);
  });

  it('a blockade reimposed, re-imposed or imposed in a foreign territory is against its country (191)', () => {
    for (const verb of ['reimposed', 're-imposed', 'imposed']) {
      expect(coded(`Ruritania ${verb} a blockade in Freedonia following a bombing.`, [A('Ruritania', 'RUR'), FRE_PLACE], 'cameo')).toEqual(['RUR>FRE 191']);
    }
  });

  it('the place of a later phrase, past an attribution, places the incident', () => {
    expect(coded('Ruritanian gunners fired rockets at targets in Zenda, residents said, in a rare incident in the Freedonian border town.',
      [A('Ruritanian gunners', 'RURMIL', 'demonym'), A('Freedonian', 'FRE', 'demonym')])).toEqual(['RURMIL>FRE 19']);
  });

  it('the place of a when-clause that tells how the same incident happened', () => {
    expect(coded('Two Ruritanian bombers killed twenty people as well as themselves when they blew themselves up in Freedonia.',
      // (bombers who blow themselves up kill by unconventional violence: 1831, root 18 — dev set E rows)
      [A('Ruritanian bombers', 'RURREB', 'demonym'), FRE_PLACE])).toEqual(['RURREB>FRE 18']);
    // (a when-clause with a subject of its own tells of another act)
    expect(coded('Ruritanian troops killed twenty people when Freedonian rebels attacked a base in Freedonia.',
      [A('Ruritanian troops', 'RURMIL', 'demonym'), A('Freedonian rebels', 'FREREB', 'demonym'), FRE_PLACE]).filter((s) => s.startsWith('RURMIL>'))).toEqual([]);
  });

  it('forces built up where a light-verb object places them ("its forces in Y")', () => {
    expect(coded('Ruritania has strengthened its forces in Freedonia.', [A('Ruritania', 'RUR'), A('its', 'RUR', 'coref'), A('forces in Freedonia', 'FREMIL', 'role')]))
      .toEqual(['RUR>FRE 15']);
  });

  it('a passive act with an agent and unnamed victims at a foreign place', () => {
    expect(coded('Two civilians were wounded by Ruritanian troops in Freedonia.', [A('Ruritanian troops', 'RURMIL', 'demonym'), FRE_PLACE])).toEqual(['RURMIL>FRE 19']);
  });

  it('a raised alert stays aimed at no one where the forces stand', () => {
    expect(coded('Ruritania put its troops in Freedonia on high alert.', [A('Ruritania', 'RUR'), A('its', 'RUR', 'coref'), A('troops in Freedonia', 'FREMIL', 'role')])
      .filter((s) => s.includes('>FRE '))).toEqual([]);
  });

  it('violence at home keeps the domestic convention', () => {
    expect(coded('Ruritanian militants blew themselves up in Strelsau.', [A('Ruritanian militants', 'RURREB', 'demonym'), A('Strelsau', 'RURGOV', 'capital', { locationOnly: true })]))
      .toEqual(['RURREB>RURGOV 18']);
  });
});

describe('events: verbs with the prefix re- (again)', () => {
  const p = patterns();
  it('take their base verb\'s patterns when the prefix means "again"', () => {
    expect(repeatedVerb(p, 're-impose', 're-imposed')).toBe('impose');
    expect(repeatedVerb(p, 'reimpose', 'reimposed')).toBe('impose');
    expect(repeatedVerb(p, 'reoccupied', 'reoccupied')).toBe('occupy');
  });
  it('not when the word is one of its own', () => {
    for (const [lemma, form] of [['review', 'reviewed'], ['replace', 'replaced'], ['resign', 'resigned'], ['return', 'returned'], ['recommend', 'recommended'], ['represent', 'represents']] as const) {
      expect(repeatedVerb(p, lemma, form), lemma).toBeNull();
    }
  });
  it('codes the repeated act, and the false friends nothing of the base', () => {
    expect(coded('Ruritanian troops reoccupied three villages in Freedonia.', [A('Ruritanian troops', 'RURMIL', 'demonym'), FRE_PLACE])).toEqual(['RURMIL>FRE 19']);
    // ("review" is no "view" again: no praise, 051)
    expect(coded('The Ruritanian minister reviewed the Freedonian proposal.', [A('Ruritanian minister', 'RURGOV', 'role'), A('Freedonian', 'FRE', 'demonym')], 'cameo').filter((s) => s.endsWith(' 051'))).toEqual([]);
  });
});

describe('events: the purpose of a protest', () => {
  const TEACHERS = A('Ruritanian teachers', 'RUREDU', 'demonym'), PRES = A('Ruritanian president', 'RURGOV', 'role');

  it('a demand for a leadership change folds into the protest (1421), with the demand\'s target', () => {
    expect(coded('Ruritanian teachers began a hunger strike to demand the resignation of the Ruritanian president.', [TEACHERS, PRES], 'cameo'))
      .toEqual(['RUREDU>RURGOV 1421']);
  });

  it('a strike "in order to" demand, a road block "to press" demands for rights', () => {
    expect(coded('Ruritanian miners went on strike in order to demand the resignation of the Ruritanian president.', [A('Ruritanian miners', 'RURLAB', 'demonym'), PRES], 'cameo'))
      .toEqual(['RURLAB>RURGOV 1431']);
    expect(coded('Ruritanian farmers blocked roads leading to the capital to press their demands for land rights from the Ruritanian president.',
      [A('Ruritanian farmers', 'RURCVL', 'demonym'), A('their', 'RURCVL', 'coref'), PRES], 'cameo')).toEqual(['RURCVL>RURGOV 1443']);
  });

  it('a demand with no sub-code of its own leaves the protest code; its that-clause names the target', () => {
    expect(coded('Freedonian exiles began a hunger strike to demand that Ruritania release their leader.', [A('Freedonian exiles', 'FRE', 'demonym'), A('Ruritania', 'RUR')], 'cameo'))
      .toEqual(['FRE>RUR 142']);
  });

  it('an appeal as purpose is folded too', () => {
    const got = coded('Ruritanian students staged a protest to call for the resignation of the Ruritanian president.', [A('Ruritanian students', 'RUREDU', 'demonym'), PRES], 'cameo');
    expect(got).toEqual(['RUREDU>RURGOV 1411']);
  });

  it('a demand that is no protest\'s purpose stays a demand', () => {
    expect(coded('Ruritania urged Freedonian students to demand reforms.', [A('Ruritania', 'RUR'), A('Freedonian students', 'FREEDU', 'demonym')]).every((s) => !/ 14$/.test(s))).toBe(true);
  });

  it('a protest "in protest at" a deed is aimed at the deed\'s doer', () => {
    expect(coded('Freedonian dockers went on strike in protest at the arrest of their leader by Ruritanian police.',
      [A('Freedonian dockers', 'FRELAB', 'demonym'), A('their', 'FRELAB', 'coref'), A('Ruritanian police', 'RURCOP', 'demonym')]).filter((s) => / 14$/.test(s)))
      .toEqual(['FRELAB>RURCOP 14']);
  });

  it('work stopped, shunned or shops closed in protest or on strike is a strike (143); not without those words', () => {
    expect(coded('Freedonian dockers stopped work on Monday in protest against the new port law.', [A('Freedonian dockers', 'FRELAB', 'demonym')], 'cameo')).toEqual(['FRELAB>FREGOV 143']);
    expect(coded('Freedonian shopkeepers closed their shops during a general strike.', [A('Freedonian shopkeepers', 'FRECVL', 'demonym')], 'cameo')).toEqual(['FRECVL>FREGOV 143']);
    expect(coded('Ruritania stopped work on the Freedonian reactor.', [A('Ruritania', 'RUR'), A('Freedonian', 'FRE', 'demonym')], 'root').filter((s) => / 14$/.test(s))).toEqual([]);
  });

  it('a protest against the own side\'s decision is not aimed at a party the decision names', () => {
    const got = coded('Freedonian refugees began a hunger strike to protest against Freedonia\'s decision to send them to Ruritania.',
      [A('Freedonian refugees', 'FRE', 'demonym'), A('Freedonia', 'FRE'), A('Ruritania', 'RUR')]);
    expect(got.filter((s) => s.includes('>RUR'))).toEqual([]);
  });
});
