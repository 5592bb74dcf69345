// Event coder benchmark (one core), all in one run:
//   - the tokenizer alone (wink-nlp + offsets): the baseline;
//   - the coder: raw text → sentences → actors → events (buildPipeline), the issue's figure;
//   - the whole default pipeline (… → relations → claims);
//   - each stage's own rate, timed inside the whole pipeline.
// The machine may be shared, so every figure is timed over several trials (interleaved)
// and the best and the median are printed.
// Then the memory of `realign code` streaming a large generated JSON Lines file: the input
// is generated once into a temp dir, streamed through the CLI as a child process whose RSS
// is sampled, with progress read from the child's file position (/proc/<pid>/fdinfo).
//
//   npx tsx bench/coder/run.ts [--sentences 20000] [--trials 5] [--rich 0.2] [--mb 50] [--skip-stream] [--keep]
//   (--mb 1024 for the 1 GB run; --keep leaves the generated file for the next run)
//
// The sentences are generated here from our own templates and names (sentences.ts).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDoc } from '../../src/doc/doc.ts';
import type { Doc } from '../../src/doc/types.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { buildPipeline, type Stage } from '../../src/pipeline/pipeline.ts';
import { sentencesStage } from '../../src/stages/sentences.ts';
import { actorsStage } from '../../src/stages/actors/index.ts';
import { eventsStage } from '../../src/stages/events/index.ts';
import { relationsStage } from '../../src/stages/relations/index.ts';
import { claimsStage } from '../../src/stages/claims/index.ts';
import { richSentences, sentences } from './sentences.ts';

const { values } = parseArgs({
  options: {
    sentences: { type: 'string', default: '20000' }, trials: { type: 'string', default: '5' },
    mb: { type: 'string', default: '50' }, rich: { type: 'string', default: '0' }, 'skip-stream': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false },
  },
});
const N = Number(values.sentences);
const TRIALS = Math.max(1, Number(values.trials));
const MB = Number(values.mb);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// --rich F: that share of the sentences from the wider templates (relation and claim wording)
const RICH = Math.min(1, Math.max(0, Number(values.rich)));
const plain = sentences(N, 1);
const rich = richSentences(N, 3);
const texts = plain.map((p, i) => (Math.floor((i + 1) * RICH) > Math.floor(i * RICH) ? rich[i]! : p));
// documents of ~10 sentences, as news articles come
const docs: string[] = [];
for (let i = 0; i < texts.length; i += 10) docs.push(texts.slice(i, i + 10).join(' '));
const DATE = '2014-06-01';

/** Stages that add their own run time to `spent`. */
const timed = (stages: Stage[], spent: Map<string, number>): Stage[] => stages.map((s) => ({
  ...s,
  run(doc, ctx) { const t = performance.now(); s.run(doc, ctx); spent.set(s.name, (spent.get(s.name) ?? 0) + performance.now() - t); },
}));

const coder = buildPipeline([sentencesStage(), actorsStage(), eventsStage()]);
const spent = new Map<string, number>();
const full = buildPipeline(timed([sentencesStage(), actorsStage(), eventsStage(), relationsStage(), claimsStage()], spent));

// warm up (dictionaries, patterns, JIT)
for (const d of docs.slice(0, 100)) { full.run(createDoc(d, { published: DATE })); coder.run(createDoc(d, { published: DATE })); tokenize(d); }
spent.clear();

// wall time, and CPU time of this process (less disturbed by other processes on a shared machine)
interface Took { wall: number; cpu: number }
const runs: Record<string, Took[]> = { tokenizer: [], coder: [], full: [] };
const stageRuns = new Map<string, number[]>();
let events = 0;
const time = (f: () => void): Took => {
  const c = process.cpuUsage(); const t = performance.now(); f();
  const u = process.cpuUsage(c);
  return { wall: (performance.now() - t) / 1000, cpu: (u.user + u.system) / 1e6 };
};
for (let trial = 0; trial < TRIALS; trial++) {
  runs.tokenizer!.push(time(() => { for (const d of docs) tokenize(d); }));
  let ev = 0;
  runs.coder!.push(time(() => { for (const d of docs) ev += coder.run(createDoc(d, { published: DATE })).events.length; }));
  events = ev;
  spent.clear();
  runs.full!.push(time(() => { for (const d of docs) full.run(createDoc(d, { published: DATE })); }));
  for (const [name, ms] of spent) (stageRuns.get(name) ?? stageRuns.set(name, []).get(name)!).push(ms / 1000);
}

const rate = (s: number) => Math.round(N / s);
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
const best = (xs: number[]) => Math.min(...xs);
const col = (x: number | string) => String(x).padStart(8);
const row = (label: string, xs: Took[] | number[], base?: Took[]) => {
  const wall = xs.map((x) => (typeof x === 'number' ? x : x.wall));
  const cpu = typeof xs[0] === 'number' ? null : (xs as Took[]).map((x) => x.cpu);
  const ratio = base ? `   ${(best(base.map((b) => b.wall)) / best(wall)).toFixed(2)}× the tokenizer's speed (best)` : '';
  return `${label.padEnd(50)}${col(rate(best(wall)))}${col(rate(median(wall)))}${col(cpu ? rate(median(cpu)) : '')}${ratio}`;
};
console.log(`sentences: ${N} (${Math.round(RICH * 100)}% from the wider templates) in ${docs.length} documents, ${TRIALS} trials (interleaved); events coded: ${events} (${(events / N).toFixed(2)} per sentence)`);
console.log(`load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (best and median of the trials' wall time; median of their CPU time)`);
console.log(`${'sentences/s'.padEnd(50)}${col('best')}${col('median')}${col('CPU med')}`);
console.log(row('tokenizer alone (baseline)', runs.tokenizer!));
console.log(row('CODER: raw text → sentences → actors → events', runs.coder!, runs.tokenizer));
console.log(row('whole default pipeline (+ relations, claims)', runs.full!, runs.tokenizer));
for (const [name, xs] of stageRuns) console.log(row(`  stage ${name} (timed inside the whole)`, xs));


const SYL = ['ka', 'ro', 'mi', 'zu', 'tel', 'bar', 'ne', 'qui', 'dos', 'ha', 'ver', 'lin'];
/** A made-up capitalised name, different for most `n`. */
function made(n: number): string {
  let w = '';
  for (let x = n + 1; x > 0; x = Math.floor(x / SYL.length)) w += SYL[x % SYL.length];
  return w[0]!.toUpperCase() + w.slice(1);
}

/** RSS of `realign code` over a generated MB-megabyte JSON Lines file. */
async function stream() {
  const dir = join(tmpdir(), 'realign-bench-coder');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `input-${MB}mb.jsonl`);
  try {
    if (!existsSync(file)) {
      // records of ~10 sentences (a short article each), cycling through a varied pool
      const pool = sentences(20000, 2);
      const out = createWriteStream(file + '.part');
      let bytes = 0; let i = 0;
      const target = MB * 1024 * 1024;
      const t = performance.now();
      while (bytes < target) {
        // plus, in every tenth record, a sentence with new words and numbers, so caches keyed
        // by words or names that grow with the vocabulary would show here
        const k = (i * 10) % pool.length;
        const text = pool.slice(k, k + 10).join(' ') + (i % 10 === 0 ? ` ${made(i)} met ${made(i * 7 + 3)} officials in ${made(i * 13 + 1)} on ${i % 28 + 1} March, ref ${i * 7919}.` : '');
        const line = JSON.stringify({ id: `g${i}`, text, date: DATE }) + '\n';
        bytes += Buffer.byteLength(line);
        if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
        i++;
      }
      await new Promise<void>((r) => out.end(() => r()));
      const { renameSync } = await import('node:fs');
      renameSync(file + '.part', file);
      console.log(`\ngenerated ${file} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const size = statSync(file).size;
    const records = Math.round(size / (Buffer.byteLength(JSON.stringify({ id: 'g0', text: sentences(10, 2).join(' '), date: DATE })) + 1));
    console.log(`\nstreaming: realign code on ${(size / 1048576).toFixed(0)} MB (~${records} records of 10 sentences), output counted and dropped`);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'code', file], { stdio: ['ignore', 'pipe', 'inherit'], cwd: ROOT });
    let outLines = 0;
    child.stdout!.on('data', (b: Buffer) => { for (let k = b.indexOf(10); k >= 0; k = b.indexOf(10, k + 1)) outLines++; });
    const samples: Array<{ at: number; rss: number }> = [];
    let fd: string | null = null;
    const t1 = performance.now();
    const timer = setInterval(() => {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (!fd) fd = readdirSync(`/proc/${child.pid}/fd`).find((f) => { try { return readlinkSync(`/proc/${child.pid}/fd/${f}`) === file; } catch { return false; } }) ?? null;
        const pos = fd ? /pos:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/fdinfo/${fd}`, 'utf8')) : null;
        if (m) samples.push({ at: pos ? Number(pos[1]) / size : -1, rss: Number(m[1]) / 1024 });
      } catch { /* starting or exited */ }
    }, 200);
    const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? -1)));
    clearInterval(timer);
    const sec = (performance.now() - t1) / 1000;
    const rssAt = (f: number) => samples.find((s) => s.at >= f)?.rss.toFixed(0) ?? '–';
    console.log(`exit ${code}; ${sec.toFixed(1)} s, ~${Math.round(records * 10 / sec)} sentences/s end to end (start-up, JSON, whole pipeline, output); ${outLines} event lines`);
    const peak = samples.reduce((a, b) => (b.rss > a.rss ? b : a), samples[0] ?? { at: -1, rss: 0 });
    console.log(`RSS MB at 10% / 50% / 90% of the input read: ${rssAt(0.1)} / ${rssAt(0.5)} / ${rssAt(0.9)}; peak ${peak.rss.toFixed(0)} at ${peak.at < 0 ? 'start-up' : `${(peak.at * 100).toFixed(0)}%`} (${samples.length} samples)`);
  } finally {
    if (!values.keep) rmSync(file, { force: true });
  }
}

if (!values['skip-stream']) await stream();
