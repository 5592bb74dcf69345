// An answer to a text (rejection, veto, criticism) whose object names its author inside the noun phrase targets
// that author, not a party a participle clause of the text names. Invented sentences, hand-built actor mentions.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

const RUR = A('Ruritania', 'RUR'), FRE = A('Freedonia', 'FRE'), UN = A('UN', 'IGO', 'org');
const asserted = (text: string, actors: ActorSpec[]) => eventsOf(text, actors, '2016-05-10').map((e) => shown(e, 'root')).filter((s) => /asserted/.test(s)).sort();

describe('events: answers to a text target its author', () => {
  it('a veto or rejection of an authored text targets the author', () => {
    expect(asserted('Ruritania vetoed a UN resolution condemning Freedonia.', [RUR, UN, FRE])).toEqual(['RUR>IGO 12 asserted']);
    expect(asserted('Ruritania rejected a UN plan to punish Freedonia.', [RUR, UN, FRE])).toEqual(['RUR>IGO 12 asserted']);
  });

  it('with no author named, the party the text is about is kept', () => {
    expect(asserted('Ruritania vetoed a resolution condemning Freedonia.', [RUR, FRE])).toEqual(['RUR>FRE 12 asserted']);
  });

  it('an authored text with no other party keeps its author', () => {
    expect(asserted('Ruritania rejected a Freedonian offer of talks.', [RUR, A('Freedonian', 'FRE', 'demonym')])).toEqual(['RUR>FRE 12 asserted']);
  });

  it('a coordinated object is not an author and its clause: every party is kept', () => {
    expect(asserted('Ruritania criticised Freedonia and the UN.', [RUR, FRE, UN])).toEqual(['RUR>FRE 11 asserted', 'RUR>IGO 11 asserted']);
  });

  it('denying accusations by a named author records that author\'s accusation (112) too', () => {
    const got = asserted('Ruritania rejected the accusations by Freedonia as baseless.', [RUR, FRE]);
    expect(got).toContain('FRE>RUR 11 asserted');
    expect(got).toContain('RUR>FRE 01 asserted');
  });

  it('denying responsibility for an act adds no accusation by the act\'s target', () => {
    expect(asserted('Ruritania rejected responsibility for the attack on Freedonia.', [RUR, FRE]).some((s) => /^FRE>RUR 11/.test(s))).toBe(false);
  });
});
