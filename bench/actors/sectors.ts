// Country+sector misses of the actor stage, sorted by kind. Run: npx tsx bench/actors/sectors.ts [--list]
//
// Only sentences where the country itself is right (in the gold and found, participant mentions)
// are looked at; for each such country the gold codes and ours are compared:
//   bare-vs-GOV   the gold codes the bare country where we code its government (a capital, "officials"),
//                 or the reverse: a convention difference (a country alone = its government, empty sector);
//   gold-bare     the gold codes the bare country, we code another sector (MIL, REB, ...) from a role word;
//   ours-bare     we code the bare country, the gold a sector other than GOV: a role or person we did not read;
//   other-sector  both have a sector and they differ;
//   extra         both agree on one code, and we add another code of the same country (or the gold does).
// --list prints each miss with the mentions behind our codes, to tell real errors from conventions.
import { createDoc } from '../../src/doc/doc.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { actorsStage } from '../../src/stages/actors/index.ts';
import { loadGold } from './gold.ts';

const stage = actorsStage();
const kinds = ['bare-vs-GOV', 'gold-bare', 'ours-bare', 'other-sector', 'extra'] as const;
const count = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<(typeof kinds)[number], number>;
const lines: string[] = [];
let countries = 0, exact = 0;
for (const g of loadGold()) {
  const doc = createDoc(g.text, { published: g.date });
  const t = tokenize(g.text);
  doc.sentences = t.sentences; doc.tokens = t.tokens;
  stage.run(doc, { date: g.date });
  const ms = doc.actors.filter((m) => !m.locationOnly && m.participant !== false && m.country !== 'IGO' && m.country !== 'NGO');
  for (const c of new Set(ms.map((m) => m.country))) {
    if (!g.countries.has(c)) continue;
    countries++;
    const gold = new Set([...g.codes].filter((x) => x.slice(0, 3) === c));
    const ours = new Set(ms.filter((m) => m.country === c).map((m) => m.code));
    const fn = [...gold].filter((x) => !ours.has(x)), fp = [...ours].filter((x) => !gold.has(x));
    if (!fn.length && !fp.length) { exact++; continue; }
    let kind: (typeof kinds)[number];
    const bare = (s: Iterable<string>) => [...s].some((x) => x === c);
    const gov = (s: Iterable<string>) => [...s].some((x) => x === c + 'GOV');
    if ((bare(fn) && gov(fp)) || (gov(fn) && bare(fp))) kind = 'bare-vs-GOV';
    else if (!fn.length || !fp.length) kind = 'extra';
    else if (bare(fn)) kind = 'gold-bare';
    else if (bare(fp)) kind = 'ours-bare';
    else kind = 'other-sector';
    count[kind]++;
    const why = ms.filter((m) => m.country === c && fp.includes(m.code)).map((m) => `${m.text}→${m.code}(${m.kind})`).join('; ');
    lines.push(`${kind.padEnd(12)} ${g.id}  gold-only [${fn}] ours-only [${fp}] ${why}  | ${g.text.slice(0, 100)}`);
  }
}
console.log(`country+sector on ${countries} (sentence, country) pairs found by both: ${exact} exact`);
for (const k of kinds) console.log(`  ${k.padEnd(13)} ${count[k]}`);
if (process.argv.includes('--list')) console.log('\n' + lines.sort().join('\n'));
