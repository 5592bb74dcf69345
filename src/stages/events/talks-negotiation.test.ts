// Consultations that are negotiations (046): talks on a named matter, negotiations and peace talks, and talks that are
// begun, opened, resumed or concluded (a bargaining process) are 046; a plain meeting or talks held with no matter
// named stay 040, and a time, the sidelines of a summit or an occasion after "on" name no matter. Invented sentences,
// hand-built actors.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

const coded = (text: string, actors: ActorSpec[]) =>
  eventsOf(text, actors, '2016-05-10').filter((e) => !/negated|hypothetical|cancelled/.test(e.modality)).map((e) => shown(e, 'cameo', false)).sort();

const RUR = A('Ruritania', 'RUR', 'country');
const FRE = A('Freedonia', 'FRE', 'country');

describe('events: talks that are negotiations (046)', () => {
  it('talks held on a named matter are negotiations', () => {
    expect(coded('Ruritania and Freedonia held talks on the fishing quotas.', [RUR, FRE])).toEqual(['FRE>RUR 046', 'RUR>FRE 046']);
    expect(coded('Ruritania held discussions with Freedonia over the disputed dam.', [RUR, FRE])).toEqual(['FRE>RUR 046', 'RUR>FRE 046']);
  });

  it('talks held on a day, on the sidelines of a summit or with no matter named stay a plain consultation', () => {
    expect(coded('Ruritania and Freedonia held talks on Thursday.', [RUR, FRE])).toEqual(['FRE>RUR 040', 'RUR>FRE 040']);
    expect(coded('Ruritania held talks with Freedonia on the sidelines of the summit.', [RUR, FRE])).toEqual(['FRE>RUR 040', 'RUR>FRE 040']);
    expect(coded('Ruritania held a meeting with Freedonia.', [RUR, FRE])).toEqual(['FRE>RUR 040', 'RUR>FRE 040']);
  });

  it('negotiations and peace talks held, convened or concluded are 046', () => {
    expect(coded('Ruritania and Freedonia concluded a third round of trade negotiations.', [RUR, FRE])).toEqual(['FRE>RUR 046', 'RUR>FRE 046']);
    expect(coded('Ruritania held peace talks with Freedonia.', [RUR, FRE])).toEqual(['FRE>RUR 046', 'RUR>FRE 046']);
  });

  it('talks begun, opened or resumed are a bargaining process (046), a meeting resumed is not', () => {
    expect(coded('Ruritania and Freedonia resumed talks after a two-year pause.', [RUR, FRE])).toEqual(['FRE>RUR 046', 'RUR>FRE 046']);
    expect(coded('Ruritania opened talks with Freedonia.', [RUR, FRE])).toEqual(['FRE>RUR 046', 'RUR>FRE 046']);
  });
});
