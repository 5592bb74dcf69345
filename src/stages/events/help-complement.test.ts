// "offered to help Y build up its navy": the act helped with names the kind of cooperation offered (0312 military,
// 0311 economic); helping alone, with no act named, stays an offer of aid (033). Invented sentences, hand-built actors.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';

const coded = (text: string, actors: ActorSpec[]) =>
  eventsOf(text, actors, '2016-05-10').filter((e) => !/negated|hypothetical|cancelled/.test(e.modality)).map((e) => shown(e, 'cameo', false)).sort();

const RUR = A('Ruritania', 'RUR', 'country');
const FRE = A('Freedonia', 'FRE', 'country');

describe('events: offers to help with a named act', () => {
  it('the helped act, not the helping, picks the sub-code', () => {
    expect(coded('Ruritania offered to help Freedonia expand its coast guard.', [RUR, FRE])).toEqual(['RUR>FRE 0312']);
    expect(coded('Ruritania pledged to help Freedonia strengthen its military cooperation with neighbours.', [RUR, FRE])).toEqual(['RUR>FRE 0312']);
  });

  it('an offer to help with no act named is an offer of aid', () => {
    expect(coded('Ruritania offered to help Freedonia.', [RUR, FRE])).toEqual(['RUR>FRE 033']);
  });
});
