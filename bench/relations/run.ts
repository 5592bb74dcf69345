// Accuracy of the relations and claims stages on hand-written sentences
// (test/fixtures/relations/sentences.jsonl: "dev" part tuned on, "held" part never) and on
// the seed article, against a keyword baseline measured in the same run.
//   npx tsx bench/relations/run.ts            (stand-in country marker and, when it writes
//                                             mentions, the real actor stage)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../../src/doc/doc.ts';
import type { ClaimRecord, Doc, RelationRecord } from '../../src/doc/types.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { findClaims } from '../../src/stages/claims/find.ts';
import { claimVocab } from '../../src/stages/claims/vocab.ts';
import { findRelations } from '../../src/stages/relations/find.ts';
import { fold, hits } from '../../src/stages/relations/fold.ts';
import { bySentence, countryMentions } from '../../src/stages/relations/mentions.ts';
import { markCountries } from '../../src/stages/relations/mark-countries.ts';
import { relationVocab } from '../../src/stages/relations/vocab.ts';
import { sentencesStage } from '../../src/stages/sentences.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.REALIGN_SHARED ?? resolve(ROOT, '../shared');

interface ExpRel { a: string; b: string; direction: string; hedged?: boolean; since?: string }
interface ExpClaim { subject: string | null; value: number; unit: string; qualifier: string | null; measure?: string; date?: string }
interface Case { id: string; split: string; text: string; relations: ExpRel[]; claims: ExpClaim[] }

const cases: Case[] = readFileSync(join(ROOT, 'test/fixtures/relations/sentences.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l) as Case);

type Reader = (text: string) => Doc;
const standIn: Reader = (text) => { const d = createDoc(text); sentencesStage().run(d, { date: null }); d.actors = markCountries(d); return d; };
const pipeline: Reader = (text) => { const d = createDoc(text, { published: '2024-01-01', language: 'en' }); defaultPipeline().run(d); return d; };

const rv = relationVocab();
const cv = claimVocab();
const relKey = (r: { a: string; b: string; direction: string; hedged?: boolean }) => { const [a, b] = [r.a, r.b].sort(); return `${a}|${b}|${r.direction}|${!!r.hedged}`; };
const claimKey = (c: { subject: string | null; value: number; unit: string; qualifier?: string | null }) => `${c.subject}|${c.value}|${c.unit}|${c.qualifier ?? null}`;

/** Baseline: any trigger word in a sentence with two countries → the first two countries, no negation or hedges. */
function baselineRelations(doc: Doc): RelationRecord[] {
  const f = fold(doc.text);
  const ms = bySentence(countryMentions(doc));
  const out: RelationRecord[] = [];
  for (const s of doc.sentences) {
    const cs = [...new Set((ms.get(s.i) ?? []).map((m) => m.country))];
    if (cs.length < 2) continue;
    const t = rv.triggers.find((tr) => hits(tr.re, f.slice(s.start, s.end)).length);
    if (t) out.push({ id: '', a: cs[0]!, b: cs[1]!, direction: t.direction, strength: t.strength, quote: '', start: s.start, end: s.end, rule: 'baseline', sentence: s.i, hedged: false, since: null });
  }
  return out;
}
/** Baseline: every number followed by percent, with the sentence's first country and no qualifier. */
function baselineClaims(doc: Doc): ClaimRecord[] {
  const ms = bySentence(countryMentions(doc));
  const out: ClaimRecord[] = [];
  for (const s of doc.sentences) {
    for (const m of doc.text.slice(s.start, s.end).matchAll(/(\d+(?:\.\d+)?)\s*(?:percent|per cent|%)/g)) {
      out.push({ id: '', subject: ms.get(s.i)?.[0]?.country ?? null, measure: '', value: Number(m[1]), unit: 'percent', qualifier: null, quote: '', start: 0, end: 0, rule: 'baseline', sentence: s.i });
    }
  }
  return out;
}

interface Score { tp: number; fp: number; fn: number }
const add = (s: Score, got: string[], exp: string[]) => {
  const e = [...exp];
  for (const g of got) { const i = e.indexOf(g); if (i >= 0) { s.tp++; e.splice(i, 1); } else s.fp++; }
  s.fn += e.length;
};
const p = (s: Score) => (s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1);
const r = (s: Score) => (s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1);
const f1 = (s: Score) => (p(s) + r(s) ? (2 * p(s) * r(s)) / (p(s) + r(s)) : 0);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const line = (name: string, s: Score, base?: Score) =>
  `  ${name.padEnd(26)} P ${pct(p(s))}  R ${pct(r(s))}  F1 ${pct(f1(s))}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})${base ? `  F1 ÷ baseline ${(f1(s) / Math.max(1e-9, f1(base))).toFixed(2)}` : ''}`;

function run(readerName: string, read: Reader) {
  console.log(`\n== sentences (${cases.length}), actors: ${readerName}`);
  const t0 = performance.now();
  let mentions = 0;
  for (const split of ['dev', 'held']) {
    const set = cases.filter((c) => c.split === split);
    const rel: Score = { tp: 0, fp: 0, fn: 0 }, relB: Score = { tp: 0, fp: 0, fn: 0 };
    const cl: Score = { tp: 0, fp: 0, fn: 0 }, clB: Score = { tp: 0, fp: 0, fn: 0 };
    let measureOk = 0, measureN = 0, sinceOk = 0, sinceN = 0;
    for (const c of set) {
      const doc = read(c.text);
      mentions += doc.actors.length;
      const rs = findRelations(doc, rv);
      const cs = findClaims(doc, cv);
      add(rel, rs.map(relKey), c.relations.map(relKey));
      add(relB, baselineRelations(doc).map(relKey), c.relations.map(relKey));
      add(cl, cs.map(claimKey), c.claims.map(claimKey));
      add(clB, baselineClaims(doc).map(claimKey), c.claims.map(claimKey));
      for (const e of c.claims) {
        const g = cs.find((x) => claimKey(x) === claimKey(e));
        if (g && e.measure) { measureN++; if (g.measure.toLowerCase() === e.measure.toLowerCase()) measureOk++; }
      }
      for (const e of c.relations) if (e.since) { sinceN++; if (rs.some((x) => relKey(x) === relKey(e) && x.since === e.since)) sinceOk++; }
    }
    console.log(` ${split} (${set.length} sentences)`);
    console.log(line('relations', rel, relB));
    console.log(line('relations baseline', relB));
    console.log(line('claims', cl, clB));
    console.log(line('claims baseline', clB));
    console.log(`  claim measure exact       ${measureOk}/${measureN}; relation "since" ${sinceOk}/${sinceN}`);
  }
  const ms = performance.now() - t0;
  console.log(`  ${cases.length} sentences in ${ms.toFixed(0)} ms; ${mentions} actor mentions`);
  return mentions;
}

function seed(readerName: string, read: Reader) {
  const goldFile = join(SHARED, 'seed/expected.json');
  if (!existsSync(goldFile)) { console.log(`\n== seed: skipped, ${goldFile} is absent`); return; }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const raw = readFileSync(join(SHARED, 'seed/000_38fe8fbb85fc2e59.txt'), 'utf8');
  const body = raw.slice(raw.indexOf(gold.document.body_starts_with.slice(0, 30)), raw.indexOf('\nBack to Top')).trim();
  const doc = read(body);
  const rs = findRelations(doc, rv).filter((x) => !x.hedged);
  const cs = findClaims(doc, cv);
  const goldDyads = new Set<string>(gold.dyad_trends.map((t: ExpRel) => relKey(t)));
  const gotDyads = new Set(rs.map(relKey));
  const s: Score = { tp: 0, fp: 0, fn: 0 };
  for (const g of gotDyads) goldDyads.has(g) ? s.tp++ : s.fp++;
  for (const g of goldDyads) if (!gotDyads.has(g)) s.fn++;
  const recs = rs.filter((x) => goldDyads.has(relKey(x))).length;
  const c: Score = { tp: 0, fp: 0, fn: 0 };
  add(c, cs.map(claimKey), gold.claims.map((x: ExpClaim) => claimKey({ ...x, qualifier: x.qualifier ?? null })));
  console.log(`\n== seed article, actors: ${readerName}`);
  console.log(line('dyad trends (unique)', s));
  console.log(`  relation records: ${rs.length} asserted (${recs} on a gold dyad+direction), ${findRelations(doc, rv).length - rs.length} hedged`);
  for (const x of rs.filter((y) => !goldDyads.has(relKey(y)))) console.log(`    not in gold: ${x.a}-${x.b} ${x.direction} "${x.quote}"`);
  console.log(line('claims', c));
  for (const x of cs.filter((y) => !gold.claims.some((g: ExpClaim) => claimKey({ ...g, qualifier: g.qualifier ?? null }) === claimKey(y)))) console.log(`    not in gold: ${x.subject} ${x.value} ${x.unit} "${x.quote}"`);
}

run('stand-in marker (data/claims/countries.jsonl)', standIn);
seed('stand-in marker', standIn);
const n = run('default pipeline (src/stages/actors)', pipeline);
if (n === 0) console.log('  (the actor stage wrote no mentions: it is still a placeholder)');
else seed('default pipeline', pipeline);
