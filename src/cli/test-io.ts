// Running commands in tests: in-process, with IO streams that capture what a command writes
// and the CLI shell (main) run on an argument list with that IO; or as real processes
// (tsx), including a `realign serve` that runs until it is stopped.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { IO } from './command.ts';
import { main } from './main.ts';

/** An IO whose stdout and stderr are collected as text; `stdin` is what the command reads. */
export function fakeIO(stdin = '') {
  const out = new PassThrough(), err = new PassThrough();
  let stdout = '', stderr = '';
  out.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
  err.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
  const io: IO = { stdout: out, stderr: err, stdin: Readable.from([Buffer.from(stdin)]) };
  return { io, get stdout() { return stdout; }, get stderr() { return stderr; } };
}

/** `realign <argv>` in-process: the exit code and what it wrote. */
export async function runCli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const f = fakeIO(stdin);
  const code = await main(argv, f.io);
  return { code, out: f.stdout, err: f.stderr };
}

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'src/cli/main.ts');

/** `realign <args>` as a real process, run to its exit; REALIGN_TOKEN from the test's own environment is not passed on. */
export function spawnCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((res) => {
    const { REALIGN_TOKEN: _t, ...base } = process.env;
    const c = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    c.stdout.on('data', (b) => { out += b; });
    c.stderr.on('data', (b) => { err += b; });
    c.on('exit', (code) => res({ code, out, err }));
  });
}

export interface ServeProcess {
  url: string;
  pid: number;
  /** all it has printed so far, stdout and stderr together */
  output(): string;
  /** SIGTERM, then its exit code */
  stop(): Promise<number | null>;
}

/** `realign serve <args>` as a real process, once it has printed its URL (rejects after `timeoutMs` without one). */
export async function startServe(args: string[], timeoutMs = 60_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let out = '';
  const url = await new Promise<string>((res, rej) => {
    const t = setTimeout(() => { child.kill('SIGTERM'); rej(new Error(`serve printed no URL: ${out}`)); }, timeoutMs);
    child.stdout.on('data', (b) => { out += b; const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out); if (m) { clearTimeout(t); res(m[1]!); } });
    child.stderr.on('data', (b) => { out += b; });
    child.on('exit', (code) => { clearTimeout(t); rej(new Error(`serve exited (${code}) before printing a URL: ${out}`)); });
  });
  return { url, pid: child.pid!, output: () => out, stop: () => { child.kill('SIGTERM'); return exited; } };
}
