// Which gold event actors (source/target countries) the actors stage does not find in the sentence:
// "not found" (no mention with that country), "location only" (found only as a place), for the event coder.
//   npx tsx bench/actors/gold-misses.ts <gold.jsonl> [--list]
import { createDoc } from '../../src/doc/doc.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { readGold } from '../../src/eval/gold.ts';

const file = process.argv[2];
if (!file) { console.error('usage: gold-misses.ts <gold.jsonl> [--list]'); process.exit(2); }
const list = process.argv.includes('--list');
const gold = readGold(file);
const p = defaultPipeline();
let wanted = 0, notFound = 0, locOnly = 0, nonPart = 0;
const lines: string[] = [];
for (const it of gold.items) {
  const doc = createDoc(it.text, { published: it.date });
  p.run(doc, { date: it.date });
  const ms = doc.actors;
  const seen = new Set<string>();
  for (const e of it.events) for (const c of [e.source, e.target]) {
    if (!c || c === '---' || seen.has(c)) continue;
    seen.add(c); wanted++;
    const mine = ms.filter((m) => m.country === c);
    let why = '';
    if (!mine.length) { notFound++; why = 'not found'; }
    else if (mine.every((m) => m.locationOnly)) { locOnly++; why = 'location only'; }
    else if (mine.every((m) => m.locationOnly || m.participant === false)) { nonPart++; why = 'non-participant'; }
    if (why && list) lines.push(`${why.padEnd(16)} ${c}  ${it.id}  | ${it.text.slice(0, 150)}  || ${ms.map((m) => `${m.text}=${m.code}${m.locationOnly ? '(loc)' : ''}`).join('; ')}`);
  }
}
console.log(`${file}: ${gold.items.length} sentences, ${wanted} gold actor countries; not found ${notFound}, location only ${locOnly}, non-participant only ${nonPart}`);
if (list) console.log(lines.sort().join('\n'));
