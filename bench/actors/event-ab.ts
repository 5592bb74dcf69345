// The event coder's scores with two actor data folders, in the same run (the events stage and
// its data are the same for both): a baseline folder (e.g. data/actors as committed, exported
// with `git archive HEAD data/actors | tar -x -C /tmp/base`) against the working data/actors.
// Also counts gold actor countries the actors stage misses ("not found") or finds only as a place.
//   npx tsx bench/actors/event-ab.ts --base /tmp/base/data/actors <gold.jsonl> [...]
import { parseArgs } from 'node:util';
import { createDoc } from '../../src/doc/doc.ts';
import { readGold, type GoldItem } from '../../src/eval/gold.ts';
import { ALL_MODALITIES, DEFAULT_COUNTED, toPred } from '../../src/eval/predict.ts';
import { score, type PredEvent } from '../../src/eval/score.ts';
import { buildPipeline, type Pipeline } from '../../src/pipeline/pipeline.ts';
import { actorsStage, loadActorData } from '../../src/stages/actors/index.ts';
import { eventsStage } from '../../src/stages/events/index.ts';
import { sentencesStage } from '../../src/stages/sentences.ts';

const { values, positionals } = parseArgs({ options: { base: { type: 'string' } }, allowPositionals: true });
if (!values.base || !positionals.length) { console.error('usage: event-ab.ts --base <actors data dir> <gold.jsonl> ...'); process.exit(2); }

const coder = (data?: string): Pipeline => buildPipeline([sentencesStage(), actorsStage(data ? { data: loadActorData(data) } : {}), eventsStage()]);
const runs: Array<[string, Pipeline]> = [['base', coder(values.base)], ['ours', coder()]];

function run(p: Pipeline, items: GoldItem[], kept: Set<string>) {
  const preds = new Map<string, PredEvent[]>();
  let wanted = 0, notFound = 0, locOnly = 0;
  const t0 = performance.now();
  for (const it of items) {
    const doc = createDoc(it.text, { published: it.date });
    p.run(doc, { date: it.date });
    preds.set(it.id, doc.events.filter((e) => kept.has(e.modality)).map(toPred));
    const seen = new Set<string>();
    for (const e of it.events) for (const c of [e.source, e.target]) {
      if (!c || c === '---' || seen.has(c)) continue;
      seen.add(c); wanted++;
      const mine = doc.actors.filter((m) => m.country === c);
      if (!mine.length) notFound++; else if (mine.every((m) => m.locationOnly)) locOnly++;
    }
  }
  return { preds, wanted, notFound, locOnly, ms: performance.now() - t0 };
}

for (const file of positionals) {
  const gold = readGold(file);
  const counted = gold.hasModality ? ['asserted' as const] : DEFAULT_COUNTED;
  const kept = new Set<string>(gold.hasModality ? ALL_MODALITIES : counted);
  const key = gold.format === 'plover' ? 'plover' : 'root';
  console.log(`${file} (${gold.items.length} sentences, key ${key})`);
  for (const [name, p] of runs) {
    const r = run(p, gold.items, kept);
    const s = score(gold.items, r.preds, key, gold.hasModality ? { counted } : {});
    const o = s;
    console.log(`  ${name.padEnd(5)} events P ${o.precision.toFixed(3)} R ${o.recall.toFixed(3)} F1 ${o.f1.toFixed(3)} (tp ${o.tp}, fp ${o.fp}, fn ${o.fn})`
      + `  gold actors ${r.wanted}: not found ${r.notFound}, location only ${r.locOnly}  ${(r.ms / 1000).toFixed(2)} s`);
  }
}
