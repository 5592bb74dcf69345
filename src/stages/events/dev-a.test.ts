// Coverage floor on our own development set for CAMEO roots 01–09 (test/fixtures/events/dev-a.jsonl):
// the coder runs from raw text, asserted gold codings are scored. Floors sit a little under the
// figures reached, so a change that loses coverage of statements, appeals, offers, meetings,
// cooperation, aid, yielding or investigation fails here.
import { describeDevSet } from '../../testing/dev-set.ts';

const FILE = 'test/fixtures/events/dev-a.jsonl';

// reached on 2026-11-30 (end of session 3): see the figures the suite prints; floors are about reached − 0.05
describeDevSet('dev set A (roots 01–09)', FILE, { roots: ['01', '02', '03', '04', '05', '06', '07', '08', '09'], perRoot: 8, sentences: 150, noEvents: 20, rootF1: 0.86, codeF1: 0.84, precision: 0.92, codedEmptyMax: 3 });

