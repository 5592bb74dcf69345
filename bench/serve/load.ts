// A bounded load loop in plain Node: `connections` keep-alive sockets, each sending the
// next request as soon as the last answer arrives, for `seconds`. Latency per request.
import http from 'node:http';

export interface LoadResult { requests: number; errors: number; seconds: number; rps: number; p50: number; p99: number; max: number }

export async function load(url: string, o: { connections: number; seconds: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const lat: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  const until = t0 + o.seconds * 1000;
  const one = () => new Promise<void>((resolve) => {
    const s = performance.now();
    const req = http.get(url, { agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => { if (res.statusCode === 200) lat.push(performance.now() - s); else errors++; resolve(); });
    });
    req.on('error', () => { errors++; resolve(); });
  });
  await Promise.all(Array.from({ length: o.connections }, async () => { while (performance.now() < until) await one(); }));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  lat.sort((a, b) => a - b);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? NaN;
  return { requests: lat.length, errors, seconds, rps: lat.length / seconds, p50: q(0.5), p99: q(0.99), max: lat[lat.length - 1] ?? NaN };
}
