// openStore: DuckDB when the file is free, the running server's API when `realign serve`
// owns it, a stale owner file removed, anything else reported.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBStore, ownerFile, StoreLockedError } from '../store/duckdb.ts';
import { RemoteStore, ServerOwnsStoreError } from '../store/remote.ts';
import { openPath, openStore, processAlive, readOwner, runningServer, serverAnswers } from './open-store.ts';

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'open-store-')), 'x.duckdb');
/** the id of a process that has exited */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const sink = () => { let s = ''; return { write: (x: string) => { s += x; return true; }, get text() { return s; } }; };

/** an open() that reports the file locked `times` times, then opens an in-memory store */
function lockedOpen(path: string, times: number) {
  let calls = 0;
  return {
    get calls() { return calls; },
    open: async () => {
      calls++;
      if (calls <= times) throw new StoreLockedError(path, readOwner(path));
      return DuckDBStore.open(':memory:');
    },
  };
}

describe('openStore', () => {
  it('opens the DuckDB file when nobody holds it, creating it', async () => {
    const db = tmpDb();
    const s = await openStore({ db });
    expect(s).toBeInstanceOf(DuckDBStore);
    expect(existsSync(db)).toBe(true);
    await s.close();
  });

  it('removes an owner file left by a server that died, and opens the file', async () => {
    const db = tmpDb();
    writeFileSync(ownerFile(db), JSON.stringify({ pid: deadPid(), url: 'http://127.0.0.1:1' }));
    const s = await openPath(db);
    expect(s.backend).toBe('duckdb');
    expect(existsSync(ownerFile(db))).toBe(false);
    await s.close();
  });

  it('on a lock with a stale owner file, removes it and tries again', async () => {
    const db = tmpDb();
    writeFileSync(ownerFile(db), JSON.stringify({ pid: deadPid(), url: 'http://127.0.0.1:1' }));
    const o = lockedOpen(db, 1);
    const s = await openPath(db, { deps: { open: o.open } });
    expect(o.calls).toBe(2);
    expect(existsSync(ownerFile(db))).toBe(false);
    await s.close();
    // held by someone else with no owner file left: the lock error, after one retry only
    writeFileSync(ownerFile(db), JSON.stringify({ pid: deadPid(), url: 'http://127.0.0.1:1' }));
    const again = lockedOpen(db, 5);
    await expect(openPath(db, { deps: { open: again.open } })).rejects.toBeInstanceOf(StoreLockedError);
    expect(again.calls).toBe(2);
  });

  it('uses the server that owns the file when it answers, and says so on stderr', async () => {
    const db = tmpDb();
    writeFileSync(ownerFile(db), JSON.stringify({ pid: process.pid, url: 'http://127.0.0.1:7' }));
    const err = sink();
    const s = await openPath(db, { stderr: err, deps: { open: lockedOpen(db, 9).open, answers: async (u) => u === 'http://127.0.0.1:7' } });
    expect(s).toBeInstanceOf(RemoteStore);
    expect((s as RemoteStore).url).toBe('http://127.0.0.1:7');
    expect(err.text).toBe('using the running server at http://127.0.0.1:7\n');
    // a command that writes is told what to do instead
    const w = await openPath(db, { write: true, deps: { open: lockedOpen(db, 9).open, answers: async () => true } }).catch((e) => e);
    expect(w).toBeInstanceOf(ServerOwnsStoreError);
    expect(w.message).toBe(`${db}: the database is owned by realign serve at http://127.0.0.1:7 (pid ${process.pid}); ingest through it with --token, or stop it`);
    expect(existsSync(ownerFile(db))).toBe(true);
  });

  it('reports the lock when the owner is alive but does not answer, or there is no owner file', async () => {
    const db = tmpDb();
    await expect(openPath(db, { deps: { open: lockedOpen(db, 9).open } })).rejects.toThrow(/in use by another process/);
    writeFileSync(ownerFile(db), JSON.stringify({ pid: process.pid, url: 'http://127.0.0.1:7' }));
    const e = await openPath(db, { deps: { open: lockedOpen(db, 9).open, answers: async () => false } }).catch((x) => x);
    expect(e).toBeInstanceOf(StoreLockedError);
    expect(e).not.toBeInstanceOf(ServerOwnsStoreError);
    expect(e.message).toContain(`pid ${process.pid}, serving http://127.0.0.1:7`);
    expect(existsSync(ownerFile(db))).toBe(true);
    expect(await runningServer(db, { answers: async () => false })).toBeNull();
    expect(await runningServer(db, { answers: async () => true })).toEqual({ pid: process.pid, url: 'http://127.0.0.1:7' });
  });

  it('reads only well-formed owner files, and checks processes and servers', async () => {
    const db = tmpDb();
    writeFileSync(ownerFile(db), '{"pid": "x"}');
    expect(readOwner(db)).toBeNull();
    writeFileSync(ownerFile(db), '{"pid": 12, "url": "file:///etc"}');
    expect(readOwner(db)).toBeNull();
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(deadPid())).toBe(false);
    expect(await serverAnswers('http://127.0.0.1:9', 1000)).toBe(false);
  });
});
