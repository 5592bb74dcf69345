// Actor stage accuracy and speed. Run: npx tsx bench/actors/run.ts [--quick] [--misses] [--participant-misses]
//
// Accuracy: per sentence, the SET of countries the stage finds (mentions that are not
// locationOnly; IGO and NGO count as codes) against the gold set (see gold.ts).
// TP = |found ∩ gold|, FP = |found − gold|, FN = |gold − found|, summed over sentences
// (micro-averaged). At country level IGO and NGO are one class, ORG (see org()). "country+sector" compares codes (PAKMIL, RUS, IGO) the same way.
// Baseline in the same run: a naive matcher that looks for each country name and
// demonym with one regular expression per entry (no roles, no context, no capitals).
// "participants only": the same counts over the mentions judged participant (participant !== false):
// the gold lists only the parties that act in the sentence's events. --participant-misses lists those
// misses with each mention's participantWhy. Sector misses by kind (convention vs real error): sectors.ts.
// Seed check: every actor of ../shared/seed/expected.json is in the output (participant or not).
// Speed: the actors stage alone over pre-tokenized sentences, one core; also timed without the
// participation judgement (same run) to show its cost.
import { createDoc } from '../../src/doc/doc.ts';
import type { Doc } from '../../src/doc/types.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { actorsStage } from '../../src/stages/actors/index.ts';
import { eventsStage } from '../../src/stages/events/index.ts';
import { loadActorData } from '../../src/stages/actors/load.ts';
import { loadGold, type GoldSentence } from './gold.ts';
import { seedBody, sharedPath } from './seed.ts';
import { readFileSync } from 'node:fs';

/** At country level IGO and NGO both count as "ORG": the PLOVER gold codes the Red Cross and Amnesty IGO, we code them NGO (CAMEO); code level keeps them apart. */
const org = (c: string) => (c === 'IGO' || c === 'NGO' ? 'ORG' : c);
interface Score { tp: number; fp: number; fn: number }
const score = (): Score => ({ tp: 0, fp: 0, fn: 0 });
function add(s: Score, found: Set<string>, gold: Set<string>) {
  for (const f of found) if (gold.has(f)) s.tp++; else s.fp++;
  for (const g of gold) if (!found.has(g)) s.fn++;
}
const pr = (s: Score) => {
  const p = s.tp / Math.max(1, s.tp + s.fp), r = s.tp / Math.max(1, s.tp + s.fn);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${(2 * p * r / Math.max(1e-9, p + r)).toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
};

const gold = loadGold();
const stage = actorsStage();
const docs: Array<{ g: GoldSentence; doc: Doc }> = gold.map((g) => {
  const doc = createDoc(g.text, { published: g.date });
  const t = tokenize(g.text);
  doc.sentences = t.sentences; doc.tokens = t.tokens;
  return { g, doc };
});

// naive baseline: one regex per country name/demonym
const data = loadActorData();
const naive = data.dictionaries[0]!.entries.filter((e) => (e.kind === 'country' || e.kind === 'demonym') && !e.side && !e.region && !e.era) // regions and dated places are no country names
  .flatMap((e) => e.names.map((n) => ({ re: new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'), country: e.country })));

const sets = ['PLOVER', 'PETR2', 'all'] as const;
const country = Object.fromEntries(sets.map((s) => [s, score()])) as Record<string, Score>;
const code = Object.fromEntries(sets.map((s) => [s, score()])) as Record<string, Score>;
const base = Object.fromEntries(sets.map((s) => [s, score()])) as Record<string, Score>;
const pCountry = Object.fromEntries(sets.map((s) => [s, score()])) as Record<string, Score>;
const pCode = Object.fromEntries(sets.map((s) => [s, score()])) as Record<string, Score>;
// "acting parties": the countries the event coder puts in source/target of the sentence's events;
// where it codes none, the participant mentions. The gold lists the parties of the sentence's events.
const aCountry = Object.fromEntries(sets.map((s) => [s, score()])) as Record<string, Score>;
const aCode = Object.fromEntries(sets.map((s) => [s, score()])) as Record<string, Score>;
const events = eventsStage();
const misses: string[] = [];
const pMisses: string[] = [];
for (const { g, doc } of docs) {
  stage.run(doc, { date: g.date });
  const ms = doc.actors.filter((m) => !m.locationOnly);
  const found = new Set(ms.map((m) => org(m.country)));
  const codes = new Set(ms.map((m) => m.code));
  const b = new Set(naive.filter((n) => n.re.test(g.text)).map((n) => n.country));
  const gc = new Set([...g.countries].map(org));
  const ps = ms.filter((m) => m.participant !== false);
  const pFound = new Set(ps.map((m) => org(m.country)));
  const pCodes = new Set(ps.map((m) => m.code));
  doc.events = [];
  events.run(doc, { date: g.date });
  const parties = doc.events.flatMap((e) => (e.target ? [e.source, e.target] : [e.source]));
  const aFound = parties.length ? new Set(parties.map((p) => org(p.country))) : pFound;
  const aCodes = parties.length ? new Set(parties.map((p) => p.code)) : pCodes;
  for (const s of [g.set, 'all']) {
    add(country[s]!, found, gc); add(code[s]!, codes, g.codes); add(base[s]!, b, gc);
    add(pCountry[s]!, pFound, gc); add(pCode[s]!, pCodes, g.codes);
    add(aCountry[s]!, aFound, gc); add(aCode[s]!, aCodes, g.codes);
  }
  {
    const fp = [...pFound].filter((f) => !gc.has(f)), fn = [...gc].filter((f) => !pFound.has(f));
    const why = (c: string, list: typeof ms) => list.filter((m) => org(m.country) === c).map((m) => `${m.text}/${m.kind}/${m.participantWhy ?? ''}`).join('|');
    if (fp.length || fn.length) pMisses.push(`${g.id}  +[${fp}] (${fp.map((c) => why(c, ps)).join('; ')}) -[${fn}] (${fn.map((c) => why(c, ms)).join('; ')})  ${g.text.slice(0, 140)}`);
  }
  const fp = [...found].filter((f) => !gc.has(f)), fn = [...gc].filter((f) => !found.has(f));
  const why = fp.map((c) => ms.filter((m) => org(m.country) === c).map((m) => `${m.text}/${m.kind}`).join('|'));
  if (fp.length || fn.length) misses.push(`${g.id}  +[${fp}] (${why.join('; ')}) -[${fn}]  ${g.text.slice(0, 110)}`);
}
console.log(`actors bench — ${docs.length} sentences with gold actors (PLOVER ${docs.filter((d) => d.g.set === 'PLOVER').length}, PETR2 ${docs.filter((d) => d.g.set === 'PETR2').length})`);
for (const s of sets) {
  console.log(`\n[${s}]`);
  console.log(`  country          ${pr(country[s]!)}`);
  console.log(`  country+sector   ${pr(code[s]!)}`);
  console.log(`  baseline country ${pr(base[s]!)}`);
  console.log(`  participants only:`);
  console.log(`    country        ${pr(pCountry[s]!)}`);
  console.log(`    country+sector ${pr(pCode[s]!)}`);
  console.log(`  acting parties (event sources/targets; participants where no event is coded):`);
  console.log(`    country        ${pr(aCountry[s]!)}`);
  console.log(`    country+sector ${pr(aCode[s]!)}`);
}
// the seed article: every actor of expected.json is in the output (participant or not), and how many are judged participants
{
  const { text, published } = seedBody();
  const exp = JSON.parse(readFileSync(sharedPath('seed/expected.json'), 'utf8')) as { actors: Array<{ text: string; country: string; sector: string | null }> };
  const doc = createDoc(text, { published });
  const t = tokenize(text);
  doc.sentences = t.sentences; doc.tokens = t.tokens;
  stage.run(doc, { date: published });
  const ms = doc.actors.filter((m) => !m.locationOnly);
  let found = 0, part = 0;
  const lost: string[] = [];
  for (const a of exp.actors) {
    const hits = ms.filter((m) => m.text.includes(a.text) && m.country === a.country && m.sector === a.sector);
    if (hits.length) found++; else lost.push(`${a.text} ${a.country}${a.sector ?? ''}`);
    if (hits.some((m) => m.participant !== false)) part++;
  }
  console.log(`\nseed article: ${found}/${exp.actors.length} expected actors found${lost.length ? ` (missing: ${lost.join(', ')})` : ''}; ${part} of them with a participant mention; ` +
    `${ms.filter((m) => m.participant === false).length} of ${ms.length} non-place mentions judged non-participants`);
}
if (process.argv.includes('--misses')) console.log('\n' + misses.join('\n'));
if (process.argv.includes('--participant-misses')) console.log('\nparticipants only, misses (text/kind/why; after -[...] the mentions judged non-participant):\n' + pMisses.join('\n'));

// speed: the stage alone, tokens given. The machine may be shared: we time several trials
// and report the best (least disturbed) and the median; the baseline is timed the same way.
const sentences = docs.reduce((n, d) => n + d.doc.sentences.length, 0);
const quick = process.argv.includes('--quick');
const rounds = quick ? 3 : 10, trials = quick ? 3 : 9;
for (let r = 0; r < 5; r++) for (const { g, doc } of docs) stage.run(doc, { date: g.date }); // warm up the JIT
const time = (fn: () => void): number[] => {
  const out: number[] = [];
  for (let k = 0; k < trials; k++) { const t = performance.now(); fn(); out.push(performance.now() - t); }
  return out.sort((a, b) => a - b);
};
const ours = time(() => { for (let r = 0; r < rounds; r++) for (const { g, doc } of docs) stage.run(doc, { date: g.date }); });
const bare = actorsStage({ data: { ...data, participation: undefined } });
for (let r = 0; r < 3; r++) for (const { g, doc } of docs) bare.run(doc, { date: g.date });
const bareT = time(() => { for (let r = 0; r < rounds; r++) for (const { g, doc } of docs) bare.run(doc, { date: g.date }); });
for (const { g, doc } of docs) stage.run(doc, { date: g.date }); // leave the judged mentions on the docs
const baseT = time(() => { for (let r = 0; r < rounds; r++) for (const { g } of docs) for (const n of naive) n.re.test(g.text); });
const rate = (ms: number) => Math.round((sentences * rounds) / (ms / 1000)).toLocaleString('en');
const mid = (a: number[]) => a[Math.floor(a.length / 2)]!;
console.log(`\nspeed (actors stage alone, tokens given, one core; ${sentences * rounds} sentences a trial, ${trials} trials):`);
console.log(`  ours      best ${rate(ours[0]!)} sentences/s, median ${rate(mid(ours))}`);
console.log(`  without participation judgement: best ${rate(bareT[0]!)} sentences/s, median ${rate(mid(bareT))}`);
console.log(`  baseline  best ${rate(baseT[0]!)} sentences/s, median ${rate(mid(baseT))} (one regex per country name)`);
console.log(`  ratio     ${(baseT[0]! / ours[0]!).toFixed(1)}x faster than the baseline (best vs best)`);
