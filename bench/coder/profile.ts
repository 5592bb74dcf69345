// CPU profile of the whole default pipeline over generated documents, summed per function.
//
//   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/realign-prof bench/coder/profile.ts [--sentences 20000]
//   npx tsx bench/coder/profile.ts --summary /tmp/realign-prof [--top 40]
//
// The summary reads the newest .cpuprofile in the folder and prints self time per
// function (with file:line) and per file, as shares of the total.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sentences: { type: 'string', default: '20000' }, summary: { type: 'string' }, top: { type: 'string', default: '40' }, pipeline: { type: 'string', default: 'full' } } });

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

if (values.summary) {
  const dir = values.summary;
  const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!file) throw new Error(`${dir}: no .cpuprofile`);
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>(); const files = new Map<string, number>();
  for (const [id, t] of self) {
    const cf = byId.get(id)!.callFrame;
    const url = cf.url.replace(/^file:\/\/.*?\/(src|bench|node_modules)\//, '$1/');
    const k = `${cf.functionName || '(anonymous)'}  ${url}:${cf.lineNumber + 1}`;
    fn.set(k, (fn.get(k) ?? 0) + t);
    const f = url || `(${cf.functionName})`;
    files.set(f, (files.get(f) ?? 0) + t);
  }
  // inclusive time per function: self time of a node and all below it, counted once per
  // stack (a function that calls itself is not counted twice)
  const incl = new Map<string, number>();
  const keyOf = (n: Node) => { const cf = n.callFrame; return `${cf.functionName || '(anonymous)'}  ${cf.url.replace(/^file:\/\/.*?\/(src|bench|node_modules)\//, '$1/')}:${cf.lineNumber + 1}`; };
  const onStack = new Map<string, number>();
  const walk = (n: Node): number => {
    const k = keyOf(n);
    const depth = onStack.get(k) ?? 0;
    onStack.set(k, depth + 1);
    let t = self.get(n.id) ?? 0;
    for (const c of n.children ?? []) t += walk(byId.get(c)!);
    onStack.set(k, depth);
    if (depth === 0) incl.set(k, (incl.get(k) ?? 0) + t);
    return t;
  };
  const root = p.nodes[0]!;
  walk(root);
  const show = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, t]) => console.log(`${(100 * t / total).toFixed(1).padStart(5)}%  ${k}`));
  console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled\n-- self time per function`);
  show(fn, Number(values.top));
  console.log('-- inclusive time per function (project code)');
  show(new Map([...incl].filter(([k]) => /\s(src|bench)\//.test(k))), Number(values.top));
  console.log('-- self time per file');
  show(files, 25);
} else {
  const { createDoc } = await import('../../src/doc/doc.ts');
  const { defaultPipeline } = await import('../../src/pipeline/default.ts');
  const { buildPipeline } = await import('../../src/pipeline/pipeline.ts');
  const { sentencesStage } = await import('../../src/stages/sentences.ts');
  const { actorsStage } = await import('../../src/stages/actors/index.ts');
  const { eventsStage } = await import('../../src/stages/events/index.ts');
  const { sentences } = await import('./sentences.ts');
  const p = values.pipeline === 'coder' ? buildPipeline([sentencesStage(), actorsStage(), eventsStage()]) : defaultPipeline();
  const texts = sentences(Number(values.sentences), 1);
  for (let r = 0; r < 3; r++) for (let i = 0; i < texts.length; i += 10) p.run(createDoc(texts.slice(i, i + 10).join(' '), { published: '2014-06-01' }));
  console.log('done');
}
