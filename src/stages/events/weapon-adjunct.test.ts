// The weapons that pick a fight's sub-code (193 small arms, 194 artillery, 195 aircraft) are read before an adjunct of
// time or cause: "after a week of air strikes", "in response to the rocket fire" name another act, not this one's weapon.
// Invented sentences, hand-built actors.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown, type ActorSpec } from './fixture.ts';
import { beforeAdjunct } from './verbs.ts';

const coded = (text: string, actors: ActorSpec[]) =>
  eventsOf(text, actors, '2016-05-10').filter((e) => !/negated|hypothetical|cancelled/.test(e.modality)).map((e) => shown(e, 'cameo', false)).sort();

const ZEM = A('Zembian', 'ZEM', 'demonym');
const KOR = A('Korvia', 'KOR', 'country');

describe('events: weapon words in an adjunct do not refine a fight', () => {
  it('an invasion after air strikes is no aerial attack', () => {
    expect(coded('Zembian ground forces invaded Korvia after a week of air strikes.', [ZEM, KOR])).not.toContain('ZEM>KOR 195');
  });

  it('the weapon before the adjunct still refines the code', () => {
    expect(coded('Zembian troops attacked Korvia with tanks and artillery after the talks collapsed.', [ZEM, KOR])).toEqual(['ZEM>KOR 194']);
  });

  it('the window is cut at the first adjunct', () => {
    expect(beforeAdjunct(' korvia with tanks in response to the air strikes ')).toBe(' korvia with tanks ');
    expect(beforeAdjunct(' korvia with jets ')).toBe(' korvia with jets ');
  });
});
