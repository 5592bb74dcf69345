// The same act in the active and the passive codes the same event. Invented sentences, hand-built actor mentions.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown } from './fixture.ts';

const coded = (text: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(text, actors).map((e) => shown(e, 'root'));

describe('a state measure on unnamed people, active or passive', () => {
  const police = [A('Freedonian police', 'FRECOP')];
  it('"police detained twelve men" and "twelve men were detained by police": against the own country', () => {
    expect(coded('Freedonian police detained twelve men.', police)).toContain('FRECOP>FRE 17 asserted');
    expect(coded('Twelve men were detained by Freedonian police.', police)).toContain('FRECOP>FRE 17 asserted');
  });
  it('a foreign national in the passive subject is the target', () => {
    expect(coded('Two Ruritanian sailors were detained by Freedonian police.', [A('Ruritanian sailors', 'RURCVL'), A('Freedonian police', 'FRECOP')])).toContain('FRECOP>RURCVL 17 asserted');
  });
  it('releasing unnamed prisoners is a measure at home too (0841, against the own country)', () => {
    const got = eventsOf('Freedonia freed thirty political prisoners.', [A('Freedonia', 'FRE')]).map((e) => shown(e));
    expect(got).toContain('FRE>FRE 0841 asserted');
  });
});

describe('a light-verb object in the passive', () => {
  it('"the Ruritanian embassy building was demolished by Y" codes as "Y demolished the Ruritanian building"', () => {
    const actors = (t: string) => t.startsWith('The') ? [A('Ruritanian', 'RUR', 'demonym'), A('Freedonian protesters', 'FRECVL')] : [A('Freedonian protesters', 'FRECVL'), A('Ruritanian', 'RUR', 'demonym')];
    const passive = coded('The Ruritanian building was demolished by Freedonian protesters.', actors('The'));
    const active = coded('Freedonian protesters demolished the Ruritanian building.', actors('Fr'));
    expect(active).toContain('FRECVL>RUR 17 asserted');
    expect(passive).toEqual(active);
  });
});

describe('ending a protest is aimed where the protest was', () => {
  it('"teachers called off their strike": 082 against the own government, as a protest would be', () => {
    const got = coded('Freedonian teachers called off their strike.', [A('Freedonian teachers', 'FRELAB', 'role')]);
    expect(got).toContain('FRELAB>FREGOV 08 asserted');
  });
  it('a government ending a measure of its own is no protest ended', () => {
    const got = coded('The Freedonian government called off the strike talks.', [A('Freedonian government', 'FREGOV')]);
    expect(got).toContain('FREGOV>- 08 asserted');
    expect(got.some((e) => e.includes('>FREGOV 08'))).toBe(false);
  });
});
