// Try the coder on sentences: every event with its modality and rule, and the actors found.
//   npx tsx scripts/try.ts [--date YYYY-MM-DD] "sentence" ...
import { createDoc } from '../src/doc/doc.ts';
import { coderPipeline } from '../src/pipeline/default.ts';
const p = coderPipeline();
const args = process.argv.slice(2);
const di = args.indexOf('--date');
const date = di >= 0 ? args.splice(di, 2)[1]! : '2010-01-01';
for (const text of args) {
  const doc = createDoc(text, { published: date });
  p.run(doc, { date });
  console.log(text);
  for (const e of doc.events) console.log(`  ${e.source.country}(${e.source.text})→${e.target?.country ?? '-'}(${e.target?.text ?? ''}) ${e.cameo} ${e.plover?.type} ${e.modality}${e.intent ? `(${e.intent})` : ""} [${e.rule}]`);
  console.log('  actors: ' + doc.actors.map((a) => `${a.text}=${a.country}${a.locationOnly ? '(loc)' : ''}${a.participant === false ? '(np)' : ''}`).join(', '));
}
