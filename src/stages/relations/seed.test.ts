// The seed article (../shared/seed): its dyad trends and numeric claims, read with the
// stand-in country marker (the actor stage is tested on its own).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readText } from '../../ingest/text-reader.ts';
import { read } from '../../pipeline/default.ts';
import { describeShared, sharedPath } from '../../testing/shared.ts';
import { findClaims } from '../claims/find.ts';
import { claimVocab } from '../claims/vocab.ts';
import { findRelations } from './find.ts';
import { markedDoc } from './test-doc.ts';
import { relationVocab } from './vocab.ts';

interface Gold { dyad_trends: Array<{ a: string; b: string; direction: string }>; claims: Array<{ subject: string; measure: string; value: number; unit: string; qualifier?: string }>; document: { body_starts_with: string } }

describeShared('seed article: relations and claims', 'seed/expected.json', () => {
  const gold = JSON.parse(readFileSync(sharedPath('seed/expected.json'), 'utf8')) as Gold;
  const raw = readFileSync(sharedPath('seed/000_38fe8fbb85fc2e59.txt'), 'utf8');
  // the body (until the ingest reader lands): from the first body sentence to the footer,
  // keeping the author's affiliation line
  const start = raw.indexOf(gold.document.body_starts_with.slice(0, 30));
  const body = raw.slice(start, raw.indexOf('\nBack to Top')).trim();
  const doc = markedDoc(body, '2012-11-16');
  const rels = findRelations(doc, relationVocab());
  const claims = findClaims(doc, claimVocab());

  it.each(gold.dyad_trends.map((t) => [`${t.a}-${t.b} ${t.direction}`, t] as const))('dyad trend %s', (_, t) => {
    const [a, b] = [t.a, t.b].sort();
    expect(rels.some((r) => r.a === a && r.b === b && r.direction === t.direction && !r.hedged)).toBe(true);
  });

  it.each(gold.claims.map((c) => [`${c.subject} ${c.value} ${c.unit}`, c] as const))('claim %s', (_, c) => {
    const hit = claims.find((x) => x.subject === c.subject && x.value === c.value && x.unit === c.unit);
    expect(hit).toBeDefined();
    expect(hit!.qualifier).toBe(c.qualifier ?? null);
    expect(hit!.measure).toBe(c.measure);
  });

  it("the author's affiliation line gives no relation", () => {
    const line = doc.sentences.find((s) => /teaches at/.test(doc.text.slice(s.start, s.end)));
    expect(line).toBeDefined();
    expect(rels.filter((r) => r.sentence === line!.i)).toEqual([]);
  });
});

// The same article read as the CLI reads it: the text reader (src/ingest) and the default
// pipeline with the real actor stage.
describeShared('seed article through the text reader and the default pipeline', 'seed/expected.json', () => {
  const gold = JSON.parse(readFileSync(sharedPath('seed/expected.json'), 'utf8')) as Gold;
  const raw = readFileSync(sharedPath('seed/000_38fe8fbb85fc2e59.txt'), 'utf8');
  const doc = read(readText(raw, { source: 'seed', format: 'text' }));

  it('finds every dyad trend, asserted', () => {
    for (const t of gold.dyad_trends) {
      const [a, b] = [t.a, t.b].sort();
      expect(doc.relations.some((r) => r.a === a && r.b === b && r.direction === t.direction && !r.hedged), `${a}-${b} ${t.direction}`).toBe(true);
    }
  });

  it('finds every claim with its subject, value, unit, qualifier and measure', () => {
    for (const c of gold.claims) {
      expect(doc.claims.some((x) => x.subject === c.subject && x.value === c.value && x.unit === c.unit && x.qualifier === (c.qualifier ?? null) && x.measure === c.measure), `${c.subject} ${c.value}`).toBe(true);
    }
  });
});
