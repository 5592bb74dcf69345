// The floor suite of one of our own development sets: the set's shape (enough sentences, its roots, no-event
// sentences), then root and code F1 and precision on asserted codings, and how many no-event sentences get an
// event. Floors sit a little under the figures reached, so a change that loses coverage fails.
import { describe, expect, it } from 'vitest';
import { figures, runDevSet } from '../eval/floor.ts';

export interface DevSetFloors {
  /** the CAMEO roots the set covers, and how many sentences each must have */
  roots: string[]; perRoot: number;
  sentences: number; noEvents: number;
  rootF1: number; codeF1: number; precision: number;
  /** no-event sentences allowed an asserted event */
  codedEmptyMax: number;
}

export function describeDevSet(name: string, file: string, f: DevSetFloors) {
  describe(`events: ${name}`, () => {
    const run = runDevSet(file);
    const g = run.gold;
    it(`is a real development set: ${f.sentences}+ sentences, ${f.perRoot}+ sentences of each root ${f.roots.join(' ')}, ${f.noEvents}+ no-event sentences`, () => {
      expect(g.errors).toEqual([]);
      expect(g.items.length).toBeGreaterThanOrEqual(f.sentences);
      for (const r of f.roots) expect(g.items.filter((it) => it.events.some((e) => e.root === r)).length, `root ${r}`).toBeGreaterThanOrEqual(f.perRoot);
      expect(g.items.filter((it) => it.events.length === 0).length).toBeGreaterThanOrEqual(f.noEvents);
    });
    it('root and code F1 and precision on asserted codings stay above their floors', () => {
      console.log(`${name}: root ${figures(run.root)}; code ${figures(run.code)}`);
      expect(run.root.f1).toBeGreaterThanOrEqual(f.rootF1);
      expect(run.root.precision).toBeGreaterThanOrEqual(f.precision);
      expect(run.code.f1).toBeGreaterThanOrEqual(f.codeF1);
    });
    it(`codes at most ${f.codedEmptyMax} of the no-event sentences`, () => {
      expect(run.codedEmpty.length).toBeLessThanOrEqual(f.codedEmptyMax);
    });
  });
}
