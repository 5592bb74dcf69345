// `realign serve` as a real process: it prints its URL, owns the database (owner file,
// lock), and cleans up on SIGTERM.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBStore, ownerFile, StoreLockedError } from '../../store/duckdb.ts';
import { runCli, startServe } from '../test-io.ts';

describe('realign serve', () => {
  it('refuses bad flags and a missing database', async () => {
    const c = await runCli(['serve', '--port', 'abc']);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/--port must be a number/);
    const d = await runCli(['serve', '--db', '/nonexistent/x.duckdb', '--port', '0']);
    expect(d.code).toBe(3);
    expect(d.err).toMatch(/no database there/);
    expect((await runCli(['serve', '--token', 'short'])).code).toBe(2);
  });

  it('serves a database, holds it, and lets go on SIGTERM', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'serve-cli-')), 'r.duckdb');
    await (await DuckDBStore.open(db)).close();
    const srv = await startServe(['--port', '0', '--db', db, '--token', 'tok-12345678']);
    const url = srv.url;
    let code: number | null;
    try {
      expect(JSON.parse(readFileSync(ownerFile(db), 'utf8')).url).toBe(url);
      expect(((await (await fetch(`${url}/api/meta`)).json()) as any).ingest).toBe(true);
      const err = await DuckDBStore.open(db).then((s) => { s.close(); return null; }, (e) => e);
      expect(err).toBeInstanceOf(StoreLockedError);
      expect(String(err.message)).toContain(url);
    } finally {
      code = await srv.stop();
    }
    expect(code).toBe(0);
    expect(srv.output()).toMatch(/stopped/);
    expect(existsSync(ownerFile(db))).toBe(false);
  });
});
