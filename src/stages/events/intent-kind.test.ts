// How an intended act is intended: voiced by its own actor (wants to, hopes to, said it would) or a plan the text
// states (will, is scheduled to, plans to). The record carries it as `intent`; CAMEO-style scoring reads it.
import { describe, expect, it } from 'vitest';
import { A, eventsOf } from './fixture.ts';
import { patterns } from './patterns.ts';

const intentOf = (text: string, actors = [A('Norway', 'NOR'), A('Chile', 'CHL')]) =>
  eventsOf(text, actors, '2016-02-10').map((e) => `${e.source.country}>${e.target?.country ?? '-'} ${e.modality}${e.intent ? `/${e.intent}` : ''}`);

describe('events: the kind of an intention', () => {
  it('a will the actor voices is voiced', () => {
    expect(intentOf('Norway wants to invade Chile.')).toEqual(['NOR>CHL intended/voiced']);
    expect(intentOf('Norway hopes to sign a trade pact with Chile.')).toEqual(['NOR>CHL intended/voiced']);
  });
  it('an intention the actor states in its own words is voiced, with or without "that"', () => {
    expect(intentOf('Norway said it would send aid to Chile.')).toEqual(['NOR>CHL intended/voiced']);
    expect(intentOf('Norway announced it would send aid to Chile.')).toEqual(['NOR>CHL intended/voiced']);
    expect(intentOf('Norway announced that it will send aid to Chile.')).toEqual(['NOR>CHL intended/voiced']);
  });
  it('a plan or schedule the text states is planned', () => {
    expect(intentOf('Norway will send aid to Chile.')).toEqual(['NOR>CHL intended/planned']);
    expect(intentOf('Norway is scheduled to host Chile for talks.')[0]).toBe('NOR>CHL intended/planned');
    expect(intentOf('Norway plans to visit Chile.')).toEqual(['NOR>CHL intended/planned']);
  });
  it("another side's words about the actor's future are no voice of the actor", () => {
    const actors = [A('Peru', 'PER'), A('Norway', 'NOR'), A('Chile', 'CHL')];
    expect(intentOf('Peru said Norway would invade Chile.', actors)).toContain('NOR>CHL intended/planned');
  });
  it('events that are not intended carry no intent', () => {
    expect(intentOf('Norway sent aid to Chile.')).toEqual(['NOR>CHL asserted']);
  });
  it('voiced is a mark of intended cues in the data', () => {
    const p = patterns();
    expect(p.cues.get('want')?.[0]?.voiced).toBe(true);
    expect(p.cues.get('plan')?.some((c) => c.voiced)).toBe(false);
  });
});
