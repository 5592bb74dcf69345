import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figures, runDevSet } from './floor.ts';

describe('runDevSet', () => {
  it('codes a set from raw text and scores its asserted codings, listing no-event sentences that got an event', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'realign-floor-')), 'dev.jsonl');
    writeFileSync(f, [
      JSON.stringify({ id: 'd1', date: '2014-06-03', text: 'Norway criticised Chile over its fishing policy.', codings: [{ eventcode: '111', sourcecode: 'NOR', targetcode: 'CHL' }], noevents: false }),
      JSON.stringify({ id: 'd2', date: '2014-06-03', text: 'Norway condemned Chile.', codings: [], noevents: true }),
    ].join('\n') + '\n');
    const run = runDevSet(f);
    expect(run.root.tp).toBe(1);
    expect(run.codedEmpty).toEqual(['d2']);
    expect(figures(run.root)).toMatch(/^F1 \d\.\d{3} \(P \d\.\d{3} R \d\.\d{3}\)$/);
  });
});
