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
