// Pattern rows added in the ninth vocabulary round, each read the way its note says. Invented sentences, hand-built
// actor mentions.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown } from './fixture.ts';

const coded = (text: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(text, actors).map((e) => shown(e, 'root'));

describe('clash#1: armed sides clashing, coded both ways', () => {
  it('"Freedonian and Ruritanian troops clashed": 19 both ways', () => {
    const got = coded('Freedonian and Ruritanian troops clashed near the border.', [A('Freedonian', 'FRE', 'demonym'), A('Ruritanian troops', 'RURMIL')]);
    expect(got).toContain('FRE>RURMIL 19 asserted');
    expect(got).toContain('RURMIL>FRE 19 asserted');
  });
  it('a clash of views between governments is no armed clash', () => {
    expect(coded('Freedonia and Ruritania clashed over farm subsidies.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')]).some((e) => / 19 /.test(e))).toBe(false);
  });
});

describe('evacuate#st1, halt#md1: yielding ground held abroad; mediation among factions', () => {
  it('"will evacuate its settlements in Y": 0874 against Y, intended', () => {
    const got = eventsOf('Freedonia will evacuate its settlements in Ruritania.', [A('Freedonia', 'FRE'), A('its', 'FRE', 'coref'), A('Ruritania', 'RUR', 'country', { locationOnly: true })]).map((e) => shown(e));
    expect(got).toContain('FRE>RUR 0874 intended');
  });
  it('"halted its mediation among Y\'s factions": 165 against Y', () => {
    const got = eventsOf('Freedonia halted its mediation among Ruritania\'s warring factions.', [A('Freedonia', 'FRE'), A('its', 'FRE', 'coref'), A('Ruritania', 'RUR')]).map((e) => shown(e));
    expect(got).toContain('FRE>RUR 165 asserted');
  });
});

describe('apply-to#1: applying to join an organisation', () => {
  it('"applied to join Y": a request for membership (022) to Y', () => {
    const got = eventsOf('Freedonia applied to join the Northern Alliance.', [A('Freedonia', 'FRE'), A('Northern Alliance', 'IGO', 'org')]).map((e) => shown(e));
    expect(got).toContain('FRE>IGO 022 asserted');
  });
  it('rules that apply to a side are no request', () => {
    expect(eventsOf('The rules apply to Freedonian banks.', [A('Freedonian banks', 'FREBUS')]).length).toBe(0);
  });
});

describe('a measure phrase before the object', () => {
  it('"shortened by one hour the curfew" reads "the curfew" as the object', () => {
    const got = eventsOf('The Freedonian government shortened by one hour the nightly curfew.', [A('Freedonian government', 'FREGOV')]).map((e) => shown(e));
    expect(got.some((e) => e.startsWith('FREGOV>') && e.includes(' 0813 '))).toBe(true);
  });
});

describe('ruled-out idioms past an adverb and a gerund subject', () => {
  it('"said that removing the sanctions on Y is currently out of the question": a rejection against Y', () => {
    const got = eventsOf('Freedonian officials said that removing the sanctions on Ruritania is currently out of the question.', [A('Freedonian officials', 'FREGOV'), A('Ruritania', 'RUR')]).map((e) => shown(e, 'root'));
    expect(got).toContain('FREGOV>RUR 12 asserted');
  });
});

describe('a "without" gerund adjunct names no party of the act agreed', () => {
  const FR = [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')];
  it('"agreed to sign the pact without consulting Y": Y is no target', () => {
    expect(eventsOf('Freedonia agreed to sign the pact without consulting Ruritania.', FR).some((e) => e.target?.code === 'RUR')).toBe(false);
  });
  it('"agreed without delay to send aid to Y": a "without" noun phrase does not end the complement', () => {
    expect(eventsOf('Freedonia agreed without delay to send aid to Ruritania.', FR).map((e) => shown(e, 'root'))).toContain('FRE>RUR 03 asserted');
  });
});

describe('a stated intention to step down is coded alone', () => {
  it('"the president agreed to resign": 0341, no target', () => {
    const got = eventsOf('The Freedonian president agreed to resign.', [A('Freedonian president', 'FREGOV', 'role')]).map((e) => shown(e));
    expect(got).toContain('FREGOV>- 0341 asserted');
  });
  it('"promised to step down" too; an intention with no act of its own names nothing', () => {
    expect(eventsOf('The Freedonian president promised to step down.', [A('Freedonian president', 'FREGOV', 'role')]).map((e) => shown(e))).toContain('FREGOV>- 0341 asserted');
    expect(eventsOf('The Freedonian president promised to help.', [A('Freedonian president', 'FREGOV', 'role')]).length).toBe(0);
  });
});
