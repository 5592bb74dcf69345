// Serve benchmark: sustained requests/s and p99 latency of the dyad series endpoint on the
// seed store, with the server in its own process on 127.0.0.1. Baselines measured in the
// same run: /api/openapi.json (a fixed object: the HTTP stack's ceiling here) and the dyad
// endpoint with the result cache off (every request runs the queries).
//   npx tsx bench/serve/run.ts [--seconds 5] [--connections 10]   (10: autocannon's default)
// Target: >= 2,000 req/s with p99 < 50 ms for /api/dyads/PAK/RUS.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load, type LoadResult } from './load.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' } } });
const seconds = Number(values.seconds), connections = Number(values.connections);
const DYAD = '/api/dyads/PAK/RUS?by=month';

async function server(noCache: boolean) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'server.ts'), ...(noCache ? ['--no-cache'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  const info = await new Promise<{ url: string; source: string }>((resolve, reject) => {
    child.stdout.on('data', (s: string) => { out += s; const line = out.split('\n').find((l) => l.startsWith('{')); if (line) resolve(JSON.parse(line)); });
    child.on('exit', (c) => reject(new Error(`server exited (${c})`)));
  });
  return { ...info, async stop() { child.kill('SIGTERM'); await once(child, 'exit'); } };
}

const fmt = (name: string, r: LoadResult) =>
  `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms   max ${r.max.toFixed(1).padStart(6)} ms   (${r.requests} ok, ${r.errors} errors)`;

const cached = await server(false);
console.log(`serve benchmark: ${cached.source}; ${connections} keep-alive connections, ${seconds} s per run, server in its own process`);
await load(cached.url + DYAD, { connections: 4, seconds: 1 });
await load(cached.url + '/api/openapi.json', { connections: 4, seconds: 1 });
const base = await load(cached.url + '/api/openapi.json', { connections, seconds });
const dyad = await load(cached.url + DYAD, { connections, seconds });
await cached.stop();
const raw = await server(true);
await load(raw.url + DYAD, { connections: 4, seconds: 0.5 });
const uncached = await load(raw.url + DYAD, { connections, seconds });
await raw.stop();

console.log(fmt('baseline /api/openapi.json', base));
console.log(fmt(`dyad series ${DYAD}`, dyad));
console.log(fmt('dyad series, cache off', uncached));
console.log(`load average: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores (other work on the machine lowers these figures)`);
console.log(`ratios: dyad/baseline ${(dyad.rps / base.rps).toFixed(2)}, dyad/cache-off ${(dyad.rps / uncached.rps).toFixed(1)}x`);
const ok = dyad.rps >= 2000 && dyad.p99 < 50;
console.log(`target (>= 2000 req/s, p99 < 50 ms): ${ok ? 'met' : 'NOT met'} — ${dyad.rps.toFixed(0)} req/s, p99 ${dyad.p99.toFixed(1)} ms`);
