import { describe, expect, it } from 'vitest';
import { fakeIO, runCli, spawnCli, startServe } from './test-io.ts';

describe('test IO', () => {
  it('collects what is written, whole characters across chunk boundaries', async () => {
    const f = fakeIO();
    const euro = Buffer.from('€');
    f.io.stdout.write(euro.subarray(0, 1));
    f.io.stdout.write(euro.subarray(1));
    f.io.stderr.write('oops\n');
    await new Promise((r) => setImmediate(r));
    expect(f.stdout).toBe('€');
    expect(f.stderr).toBe('oops\n');
  });

  it('gives the command its standard input', async () => {
    const f = fakeIO('line one\n');
    let got = '';
    for await (const c of f.io.stdin) got += c;
    expect(got).toBe('line one\n');
  });

  it('runs the CLI shell in-process with exit code and output', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: realign <command>/);
    const bad = await runCli(['no-such-command']);
    expect(bad).toEqual({ code: 2, out: '', err: 'realign: unknown command "no-such-command" (see realign --help)\n' });
  });

  it('runs realign as a real process, and says why serve gave no URL', async () => {
    const r = await spawnCli(['dyad', 'PAK', '--db', '/nonexistent/z.duckdb']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^realign dyad: give two country codes/);
    await expect(startServe(['--db', '/nonexistent/z.duckdb', '--port', '0'])).rejects.toThrow(/serve exited \(3\) before printing a URL: .*no database there/s);
  }, 60_000);
});
