// Third parties named beside an event: a mediator, broker or host is no side of it, and mediates (045) or hosts (043)
// for each side. Invented sentences, hand-built actor mentions.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

const coded = (text: string, actors: ActorSpec[]): string[] => eventsOf(text, actors).map((e) => shown(e));
const FRZ = [A('Freedonia', 'FRE'), A('Ruritania', 'RUR'), A('Zenda', 'ZND')];

describe('a mediator named beside an event', () => {
  it('"agreed to a truce mediated by Z": the truce is between the two sides; Z mediates for each', () => {
    const got = coded('Freedonia and Ruritania agreed to a truce mediated by Zenda.', FRZ);
    expect(got.some((e) => e.startsWith('FRE>ZND') || e.startsWith('RUR>ZND'))).toBe(false);
    expect(got.filter((e) => e.startsWith('FRE>RUR') || e.startsWith('RUR>FRE')).length).toBeGreaterThanOrEqual(2);
    expect(got).toContain('ZND>FRE 045 asserted');
    expect(got).toContain('ZND>RUR 045 asserted');
  });
  it('"under Zendan mediation, X and Y resumed talks": the mediator is no side of the talks', () => {
    const got = coded('Under Zendan mediation, Freedonia and Ruritania resumed talks.', [A('Zendan', 'ZND', 'demonym'), A('Freedonia', 'FRE'), A('Ruritania', 'RUR')]);
    expect(got.some((e) => /^(FRE|RUR)>ZND/.test(e))).toBe(false);
    expect(got.some((e) => e.startsWith('ZND>FRE 04') && !e.startsWith('ZND>FRE 045'))).toBe(false);
    expect(got).toContain('ZND>FRE 045 asserted');
    expect(got).toContain('ZND>RUR 045 asserted');
  });
  it('"a Zenda-brokered ceasefire between X and Y": the ceasefire is the two sides\' own', () => {
    const got = coded('A Zenda-brokered ceasefire between Freedonia and Ruritania took hold.', FRZ);
    expect(got.some((e) => e.startsWith('FRE>RUR 087'))).toBe(true);
    expect(got.some((e) => e.startsWith('ZND>FRE 087') || e.startsWith('FRE>ZND'))).toBe(false);
    expect(got).toContain('ZND>RUR 045 asserted');
  });
  it('"talks between X and Y, hosted by Z,": Z hosts (043) each side', () => {
    const got = coded('Talks between Freedonia and Ruritania, hosted by Zenda, ended without a deal.', FRZ);
    expect(got).toContain('ZND>FRE 043 asserted');
    expect(got).toContain('ZND>RUR 043 asserted');
  });
  it('coordinated brokers each mediate; neither mediates for the other', () => {
    const got = coded('A truce between Freedonia and Ruritania, brokered by Zenda and Osterlich, held.', [...FRZ, A('Osterlich', 'OST')]);
    expect(got).toContain('OST>FRE 045 asserted');
    expect(got).toContain('ZND>RUR 045 asserted');
    expect(got.some((e) => e.startsWith('OST>ZND') || e.startsWith('ZND>OST'))).toBe(false);
  });
  it('a passive main verb is the mediation itself, not a reduced relative: no third party added', () => {
    const got = eventsOf('The deal between Freedonia and Ruritania was brokered by Zenda.', FRZ);
    expect(got.filter((e) => e.rule.startsWith('frames:third-party')).length).toBe(0);
  });
  it('a host of one side\'s own country is that side, no third party', () => {
    const got = coded('Freedonian envoys met Ruritania\'s president at a dinner hosted by the Freedonian ambassador.', [A('Freedonian envoys', 'FREGOV'), A('Ruritania', 'RUR'), A('Freedonian ambassador', 'FREGOV')]);
    expect(got.some((e) => e.startsWith('FREGOV>FREGOV') || / 043 /.test(e))).toBe(false);
  });
  it('the mediator\'s own mediation event is left as it is', () => {
    const got = coded('Zenda\'s mediation between Freedonia and Ruritania has stalled.', FRZ);
    expect(got.filter((e) => e.startsWith('ZND>') && e.includes(' 045 ')).length).toBe(2);
  });
});
