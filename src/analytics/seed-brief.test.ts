// Acceptance: the brief from the seed article alone, run through the whole reading
// pipeline. Reads ../shared; the expected picture is the analyst's reading in
// seed/expected.json (dyad_trends), compared by direction only.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readFile } from '../ingest/read-inputs.ts';
import { read } from '../pipeline/default.ts';
import { DuckDBStore } from '../store/duckdb.ts';
import { describeShared, sharedPath } from '../testing/shared.ts';
import { brief } from './queries.ts';

describeShared('brief from the seed article', 'seed/expected.json', () => {
  it('states the analyst\'s dyad trends, each with evidence quotes', async () => {
    const expected = JSON.parse(readFileSync(sharedPath('seed/expected.json'), 'utf8')) as { dyad_trends: Array<{ a: string; b: string; direction: string }> };
    const store = await DuckDBStore.open(':memory:');
    try {
      await store.putDocument(read(await readFile(sharedPath('seed/000_38fe8fbb85fc2e59.txt'))));
      const b = await brief(store);
      const got = new Map(b.dyads.map((d) => [`${d.a}|${d.b}`, d]));
      const missed: string[] = [];
      for (const t of expected.dyad_trends) {
        const d = got.get(t.a < t.b ? `${t.a}|${t.b}` : `${t.b}|${t.a}`);
        if (!d || d.direction !== t.direction) missed.push(`${t.a}-${t.b} ${t.direction}: got ${d?.direction ?? 'nothing'}`);
        else expect(d.evidence.some((e) => e.quote.length > 10)).toBe(true);
      }
      expect(missed).toEqual([]);
    } finally { await store.close(); }
  });
});
