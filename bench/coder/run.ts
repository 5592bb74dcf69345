// Event coder benchmark: sentences per second from raw text (sentences → actors → events,
// one core), against the tokenizer alone measured in the same run; and the memory (RSS)
// of `realign code` streaming a large generated JSON Lines file.
//
//   npx tsx bench/coder/run.ts [--sentences 20000] [--mb 50] [--skip-stream]
//
// The sentences are generated here from our own templates and names.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDoc } from '../../src/doc/doc.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { codeEvents } from '../../src/stages/events/index.ts';
import { sentences } from './sentences.ts';

const { values } = parseArgs({ options: { sentences: { type: 'string', default: '20000' }, mb: { type: 'string', default: '50' }, 'skip-stream': { type: 'boolean', default: false } } });
const N = Number(values.sentences);
const MB = Number(values.mb);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const texts = sentences(N, 1);
// documents of ~10 sentences, as news articles come
const docs: string[] = [];
for (let i = 0; i < texts.length; i += 10) docs.push(texts.slice(i, i + 10).join(' '));

const pipeline = defaultPipeline();
// warm up (dictionaries, patterns, JIT)
for (const d of docs.slice(0, 50)) pipeline.run(createDoc(d, { published: '2014-06-01' }));

let t0 = performance.now();
for (const d of docs) tokenize(d);
const tokSec = (performance.now() - t0) / 1000;

t0 = performance.now();
let events = 0; let evSec = 0;
for (const d of docs) {
  const doc = pipeline.run(createDoc(d, { published: '2014-06-01' }));
  events += doc.events.length;
}
const fullSec = (performance.now() - t0) / 1000;

// the events stage alone, on documents already read up to actors
const ready = docs.map((d) => { const doc = createDoc(d, { published: '2014-06-01' }); pipeline.run(doc); doc.events = []; return doc; });
t0 = performance.now();
for (const doc of ready) codeEvents(doc, { date: '2014-06-01' });
evSec = (performance.now() - t0) / 1000;

const rate = (s: number) => Math.round(N / s);
console.log(`sentences: ${N} in ${docs.length} documents; events coded: ${events} (${(events / N).toFixed(2)} per sentence)`);
console.log(`tokenizer alone (baseline):         ${rate(tokSec)} sentences/s`);
console.log(`raw text → actors → events (all):   ${rate(fullSec)} sentences/s  (${(tokSec / fullSec).toFixed(2)}× the tokenizer's speed)`);
console.log(`events stage alone:                 ${rate(evSec)} sentences/s`);

if (!values['skip-stream']) {
  const dir = mkdtempSync(join(tmpdir(), 'realign-bench-'));
  const file = join(dir, 'input.jsonl');
  try {
    // generate ~MB megabytes of JSON Lines by cycling through varied sentences
    const pool = sentences(5000, 2);
    const out = createWriteStream(file);
    let bytes = 0; let i = 0;
    const target = MB * 1024 * 1024;
    while (bytes < target) {
      const line = JSON.stringify({ id: `g${i}`, text: pool[i % pool.length]!, date: '2014-06-01' }) + '\n';
      bytes += Buffer.byteLength(line);
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
      i++;
    }
    await new Promise<void>((r) => out.end(() => r()));
    const lines = i;
    console.log(`\nstreaming: realign code on ${(statSync(file).size / 1048576).toFixed(0)} MB (${lines} records), output to /dev/null`);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'code', file], { stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT });
    const samples: number[] = [];
    const t1 = performance.now();
    const timer = setInterval(() => {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) samples.push(Number(m[1]) / 1024);
      } catch { /* exited */ }
    }, 250);
    const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? -1)));
    clearInterval(timer);
    const sec = (performance.now() - t1) / 1000;
    const q = (f: number) => samples[Math.min(samples.length - 1, Math.floor(f * samples.length))]?.toFixed(0);
    console.log(`exit ${code}; ${sec.toFixed(1)} s, ${Math.round(lines / sec)} records/s (one process, including start-up)`);
    console.log(`RSS MB at 10% / 25% / 50% / 75% / 100% of the run: ${q(0.1)} / ${q(0.25)} / ${q(0.5)} / ${q(0.75)} / ${q(0.999)}; peak ${Math.max(...samples).toFixed(0)}`);
  } finally { rmSync(dir, { recursive: true, force: true }); }
}
