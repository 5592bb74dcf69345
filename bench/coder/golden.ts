// Golden check for speed work: the pipeline's output must not change when it gets faster.
// Reads ~2,000 generated sentences (bench/coder/sentences.ts, both template sets, in
// documents of 8) and the files in examples/articles, and dumps:
//   - sentences and tokens (the sentences stage),
//   - relations and claims over the stand-in country marker (independent of the actor
//     stage, which other work may change),
//   - the full default pipeline's actors, events, relations and claims.
//
//   npx tsx bench/coder/golden.ts --write /tmp/golden.json   # record
//   npx tsx bench/coder/golden.ts --check /tmp/golden.json   # compare; exit 1 on a difference
//   [--all] show differences in the actor and event layers too; [--wink-limit 20] reload wink often
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDoc } from '../../src/doc/doc.ts';
import type { Doc } from '../../src/doc/types.ts';
import { readHtml } from '../../src/ingest/html-reader.ts';
import { readText } from '../../src/ingest/text-reader.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { setWinkCacheLimit } from '../../src/nlp/tokenize.ts';
import { findClaims } from '../../src/stages/claims/find.ts';
import { claimVocab } from '../../src/stages/claims/vocab.ts';
import { findRelations } from '../../src/stages/relations/find.ts';
import { markedDoc } from '../../src/stages/relations/test-doc.ts';
import { relationVocab } from '../../src/stages/relations/vocab.ts';
import { richSentences, sentences } from './sentences.ts';

const { values } = parseArgs({ options: { write: { type: 'string' }, check: { type: 'string' }, all: { type: 'boolean', default: false }, 'wink-limit': { type: 'string' } } });
// --wink-limit N: load wink afresh after N new cache entries (a small N checks that the output does not change)
if (values['wink-limit']) setWinkCacheLimit(Number(values['wink-limit']));
// the layers speed work on the tokenizer, relations and claims must leave alone; actors and
// events (other areas, edited in parallel) are compared too but shown only with --all
const OWN = new Set(['sentences', 'tokens', 'markedRelations', 'markedClaims']);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const inputs: Array<{ name: string; doc: () => Doc }> = [];
const texts = [...sentences(1000, 11), ...richSentences(1000, 12)];
for (let i = 0; i < texts.length; i += 8) {
  const t = texts.slice(i, i + 8).join(i % 16 ? ' ' : '\n');
  inputs.push({ name: `gen${i}`, doc: () => createDoc(t, { published: '2015-03-10' }) });
}
const ex = join(ROOT, 'examples/articles');
if (existsSync(ex)) {
  for (const f of readdirSync(ex).sort()) {
    const raw = readFileSync(join(ex, f), 'utf8');
    inputs.push({ name: f, doc: () => (f.endsWith('.html') ? readHtml(raw, { source: f, format: 'html' }) : readText(raw, { source: f, format: 'text' })) });
  }
}

const pipeline = defaultPipeline();
const out: Record<string, Record<string, unknown>> = {};
for (const { name, doc } of inputs) {
  const d = pipeline.run(doc());
  const m = markedDoc(d.text, d.meta.published);
  out[name] = {
    sentences: d.sentences, tokens: d.tokens,
    markedRelations: findRelations(m, relationVocab()), markedClaims: findClaims(m, claimVocab()),
    actors: d.actors, events: d.events, relations: d.relations, claims: d.claims,
  };
}

if (values.write) {
  writeFileSync(values.write, JSON.stringify(out));
  console.log(`golden: ${inputs.length} documents written to ${values.write}`);
} else if (values.check) {
  const old = JSON.parse(readFileSync(values.check, 'utf8')) as typeof out;
  const cur = JSON.parse(JSON.stringify(out)) as typeof out;
  const diffs: Record<string, number> = {};
  let shown = 0;
  for (const name of Object.keys(cur)) {
    for (const layer of Object.keys(cur[name]!)) {
      const a = JSON.stringify(old[name]?.[layer]); const b = JSON.stringify(cur[name]![layer]);
      if (a === b) continue;
      diffs[layer] = (diffs[layer] ?? 0) + 1;
      if ((values.all || OWN.has(layer)) && shown++ < 5) {
        let k = 0; while (k < Math.min(a?.length ?? 0, b.length) && a![k] === b[k]) k++;
        console.log(`${name} ${layer}: differs at char ${k}\n  was: …${a?.slice(Math.max(0, k - 80), k + 120)}\n  now: …${b.slice(Math.max(0, k - 80), k + 120)}`);
      }
    }
  }
  const n = Object.values(diffs).reduce((x, y) => x + y, 0);
  const own = Object.keys(diffs).filter((l) => OWN.has(l));
  console.log(n ? `golden: DIFFERENT — documents differing per layer: ${JSON.stringify(diffs)}` : `golden: identical (${inputs.length} documents, all layers)`);
  if (n) console.log(own.length ? `golden: the sentences/tokens/relations/claims layers differ (${own.join(', ')})` : 'golden: sentences, tokens and stand-in relations and claims identical; the differences follow the actor/event stages');
  process.exitCode = own.length ? 1 : 0;
} else {
  console.log('usage: golden.ts --write FILE | --check FILE');
}
