// Targets of acts coded alone. A show of force (15) answers the party a following after / as / when clause names.
// The domestic-act convention: coercion by a state's agents (17x) and violence (18x, 200–203) coded alone, whose
// clause names no other country, are taken against the actor's own country; force posture (15) and the use or test
// of weapons of mass destruction (204x) keep no target. Invented sentences with hand-built actor mentions.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

const RUR = A('Ruritania', 'RUR'), FRE = A('Freedonia', 'FRE');
const asserted = (text: string, actors: ActorSpec[]) => eventsOf(text, actors, '2016-05-10').map((e) => shown(e, 'root')).filter((s) => !/negated|hypothetical|cancelled/.test(s)).sort();

describe('events: domestic acts coded alone', () => {
  it('a state seizing property no actor names acts against its own country', () => {
    expect(asserted('Ruritanian authorities seized hundreds of farms under the new land law.', [A('Ruritanian authorities', 'RURGOV')])).toEqual(['RURGOV>RUR 17 asserted']);
  });

  it('a state of emergency or a curfew declared with no place named is against the own country', () => {
    expect(asserted('Ruritania declared a state of emergency on Friday.', [RUR])).toEqual(['RUR>RUR 17 asserted']);
    expect(asserted('The Ruritanian government imposed a curfew after the riots.', [A('Ruritanian government', 'RURGOV')])).toEqual(['RURGOV>RUR 17 asserted']);
  });

  it('violence coded alone by a non-state group is against its own country', () => {
    expect(asserted('Ruritanian rebels took forty villagers hostage on Sunday.', [A('Ruritanian rebels', 'RURREB', 'demonym')])).toEqual(['RURREB>RUR 18 asserted']);
    expect(asserted('Ruritanian militants carried out a suicide bombing at a market.', [A('Ruritanian militants', 'RURREB', 'demonym')])).toEqual(['RURREB>RUR 18 asserted']);
  });

  it('another country named in the clause, even past a reduced relative, blocks the own-country target', () => {
    const got = asserted('Ruritania took control of oil fields run by a Freedonian company.', [RUR, A('Freedonian company', 'FREBUS', 'demonym')]);
    expect(got.some((s) => /^RUR>RUR /.test(s))).toBe(false);
    expect(asserted('Ruritanian militants took forty Freedonian tourists hostage.', [A('Ruritanian militants', 'RURREB', 'demonym'), A('Freedonian tourists', 'FRE', 'demonym')]).some((s) => /^RURREB>RUR /.test(s))).toBe(false);
  });

  it('coercion by a non-state actor is not a domestic measure of the state', () => {
    expect(asserted('Ruritanian rebels declared a state of emergency.', [A('Ruritanian rebels', 'RURREB', 'demonym')]).some((s) => /RUR>RUR|RURREB>RUR /.test(s))).toBe(false);
  });

  it('force posture and a weapons test keep no target', () => {
    expect(asserted('Ruritania detonated a nuclear device at its test site.', [RUR]).filter((s) => /^RUR>RUR /.test(s))).toEqual([]);
    expect(asserted('Ruritania placed its army on full alert.', [RUR]).filter((s) => /^RUR>RUR /.test(s))).toEqual([]);
  });

  it('a multilateral body has no home country to act against', () => {
    expect(asserted('The alliance took twelve soldiers hostage.', [A('alliance', 'IGO', 'org')]).some((s) => /IGO>IGO/.test(s))).toBe(false);
  });

  it('a named foreign target is kept', () => {
    expect(asserted('Ruritania imposed a curfew on Freedonia.', [RUR, FRE])).toEqual(['RUR>FRE 17 asserted']);
  });
});

describe('events: a show of force answers its provoker', () => {
  it('the subject of an after / as clause is the target', () => {
    expect(asserted('Ruritania put its troops on high alert after Freedonian jets crossed the border.', [RUR, A('Freedonian jets', 'FREMIL', 'demonym')])).toContain('RUR>FREMIL 15 asserted');
    expect(asserted('Ruritania placed its navy on full alert as Freedonia massed ships off the coast.', [RUR, FRE])).toContain('RUR>FRE 15 asserted');
  });

  it('a place or the own side in that clause is no provoker', () => {
    const got = asserted('Ruritania put its army on alert after riots broke out in Freedonia.', [RUR, A('Freedonia', 'FRE', 'country', { locationOnly: true })]);
    expect(got.filter((s) => / 15 /.test(s))).toEqual(['RUR>- 15 asserted']);
    expect(asserted('Ruritania put its army on alert after Ruritanian officers were attacked.', [RUR, A('Ruritanian officers', 'RURMIL', 'demonym')]).filter((s) => / 15 /.test(s))).toEqual(['RUR>- 15 asserted']);
  });

  it('a show of force at home is aimed at no one, even at a capital of its own country', () => {
    const got = asserted('Ruritania deployed thousands of riot police in Rurton before the vote.', [RUR, A('Rurton', 'RURGOV', 'capital')]);
    expect(got.filter((s) => / 15 /.test(s))).toEqual(['RUR>- 15 asserted']);
    expect(asserted('Ruritania deployed troops in Freedonia.', [RUR, FRE]).filter((s) => / 15 /.test(s))).toEqual(['RUR>FRE 15 asserted']);
  });

  it('a clause that is not a reaction gives no target', () => {
    expect(asserted('Ruritania put its army on alert, and Freedonia said nothing.', [RUR, FRE]).filter((s) => /^RUR>FRE 15/.test(s))).toEqual([]);
  });
});

describe('events: unnamed protesters stand for the country they protest in', () => {
  const FREC = A('Fredville', 'FREGOV', 'capital', { locationOnly: true });
  it('a capital the march goes through is the country (not its government), and the protest is domestic', () => {
    expect(asserted('Thousands of protesters marched through Fredville on Sunday.', [FREC])).toEqual(['FRE>FREGOV 14 asserted']);
    expect(asserted('Hundreds of farmers demonstrated in Fredville.', [FREC])).toEqual(['FRE>FREGOV 14 asserted']);
  });

  it('a sentence that names only places still codes its protest', () => {
    expect(asserted('Thousands of students demonstrated in Freedonia.', [A('Freedonia', 'FRE', 'country', { locationOnly: true })])).toEqual(['FRE>FREGOV 14 asserted']);
  });

  it('the place inside the subject phrase gives the country when the verb has none', () => {
    expect(asserted('Dockworkers in Freedonia went on strike over pension plans.', [A('Freedonia', 'FRE', 'country', { locationOnly: true })])).toEqual(['FRE>FREGOV 14 asserted']);
  });

  it('a protest verb that takes an object still codes when only the place is named', () => {
    expect(asserted('Angry protesters stormed the parliament building in Fredville.', [A('Fredville', 'FREGOV', 'capital', { locationOnly: true })])).toEqual(['FRE>FREGOV 14 asserted']);
  });

  it('places of two countries give no source', () => {
    expect(asserted('Protesters marched in Freedonia and Ruritania.', [A('Freedonia', 'FRE', 'country', { locationOnly: true }), A('Ruritania', 'RUR', 'country', { locationOnly: true })])).toEqual([]);
  });

  it('a place-only sentence with no protest codes nothing', () => {
    expect(asserted('Heavy rain fell in Freedonia on Sunday.', [A('Freedonia', 'FRE', 'country', { locationOnly: true })])).toEqual([]);
  });
});
