// `realign serve` as a real process: it prints its URL, owns the database (owner file,
// lock), and cleans up on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBStore, ownerFile, StoreLockedError } from '../../store/duckdb.ts';
import { main } from '../main.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function capture() {
  let out = '', err = '';
  const io = { stdout: { write: (s: string) => { out += s; return true; } }, stderr: { write: (s: string) => { err += s; return true; } }, stdin: process.stdin } as any;
  return { io, out: () => out, err: () => err };
}

describe('realign serve', () => {
  it('refuses bad flags and a missing database', async () => {
    const c = capture();
    expect(await main(['serve', '--port', 'abc'], c.io)).toBe(2);
    expect(c.err()).toMatch(/--port must be a number/);
    const d = capture();
    expect(await main(['serve', '--db', '/nonexistent/x.duckdb', '--port', '0'], d.io)).toBe(3);
    expect(d.err()).toMatch(/no database there/);
    const e = capture();
    expect(await main(['serve', '--token', 'short'], e.io)).toBe(2);
  });

  it('serves a database, holds it, and lets go on SIGTERM', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'serve-cli-')), 'r.duckdb');
    await (await DuckDBStore.open(db)).close();
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--port', '0', '--db', db, '--token', 'tok-12345678'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b) => { out += b; });
    child.stderr.on('data', (b) => { out += b; });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      const url = await new Promise<string>((res, rej) => {
        const t = setTimeout(() => rej(new Error(`no URL printed: ${out}`)), 60_000);
        child.stdout.on('data', () => { const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out); if (m) { clearTimeout(t); res(m[1]!); } });
      });
      expect(JSON.parse(readFileSync(ownerFile(db), 'utf8')).url).toBe(url);
      expect(((await (await fetch(`${url}/api/meta`)).json()) as any).ingest).toBe(true);
      const err = await DuckDBStore.open(db).then((s) => { s.close(); return null; }, (e) => e);
      expect(err).toBeInstanceOf(StoreLockedError);
      expect(String(err.message)).toContain(url);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toMatch(/stopped/);
    expect(existsSync(ownerFile(db))).toBe(false);
  });
});
