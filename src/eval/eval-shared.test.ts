// The coder on the shared gold sets, from raw text. The figures are printed; the floors
// only catch a collapse (measured figures are in bench/coder and the report).
import { describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../testing/shared.ts';
import { readGold } from './gold.ts';
import { predict } from './predict.ts';
import { score } from './score.ts';

describeShared('eval: PETRARCH-2 GSR validation sentences', 'eval/events/PETR2_GSR_validation.flat.jsonl', () => {
  it('root-level F1 from raw text', () => {
    const g = readGold(sharedPath('eval/events/PETR2_GSR_validation.flat.jsonl'));
    const r = score(g.items, predict(g.items), 'root');
    console.log(`PETR2 GSR root F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)})`);
    expect(r.f1).toBeGreaterThan(0.4);
  });
});

describeShared('eval: PLOVER codebook sentences', 'eval/events/PLOVER_GSR_CAMEO.flat.jsonl', () => {
  it('F1 on (actor country, recipient country, PLOVER type)', () => {
    const g = readGold(sharedPath('eval/events/PLOVER_GSR_CAMEO.flat.jsonl'));
    const r = score(g.items, predict(g.items), 'plover');
    console.log(`PLOVER GSR type F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)})`);
    expect(r.f1).toBeGreaterThan(0.25);
  });
});

describe('eval: our held-out set (measured only; never tuned on)', () => {
  it('root F1 on asserted codings, with accept lists', () => {
    const g = readGold('test/fixtures/events/heldout.v1.jsonl');
    expect(g.hasModality).toBe(true);
    const r = score(g.items, predict(g.items, { counted: ['asserted', 'reported', 'intended', 'hypothetical', 'negated', 'cancelled'] }), 'root', { counted: ['asserted'] });
    console.log(`held-out v1 root F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)})`);
    expect(r.f1).toBeGreaterThan(0.4);
  });
});
