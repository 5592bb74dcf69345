// How a CLI command opens the database: DuckDB directly, or, when a running `realign serve`
// owns the file, that server's HTTP API (RemoteStore). An owner file whose process is
// gone is removed and the open tried again; anything else that holds the lock is reported.
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { DuckDBStore, ownerFile, StoreLockedError } from '../store/duckdb.ts';
import { RemoteStore, ServerOwnsStoreError } from '../store/remote.ts';
import type { Store } from '../store/store.ts';
import { dbPath } from './command.ts';

export interface OpenStoreOptions {
  /** the command writes: a running server is an error (ServerOwnsStoreError, exit code 4) */
  write?: boolean;
  /** open DuckDB read-only (several readers may share a file) */
  readOnly?: boolean;
  /** where the "using the running server" line goes (default process.stderr) */
  stderr?: { write(s: string): unknown };
  /** the parts that touch the outside world (tests replace them) */
  deps?: Partial<OpenDeps>;
}

export interface OpenDeps {
  open(path: string, o: { readOnly?: boolean }): Promise<DuckDBStore>;
  /** is a process with this id running? */
  alive(pid: number): boolean;
  /** does a realign server answer at this URL? */
  answers(url: string): Promise<boolean>;
}

export interface Owner { pid: number; url: string }

/** The owner file beside a database, when it is there and well formed. */
export function readOwner(path: string): Owner | null {
  try {
    const o = JSON.parse(readFileSync(ownerFile(path), 'utf8')) as Partial<Owner>;
    return Number.isInteger(o.pid) && typeof o.url === 'string' && /^https?:\/\//.test(o.url) ? { pid: o.pid!, url: o.url } : null;
  } catch { return null; }
}

export function processAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; }
  catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** GET /api/meta answers with the API's summary within a couple of seconds. */
export async function serverAnswers(url: string, timeoutMs = 3000): Promise<boolean> {
  try {
    const r = await fetch(`${url.replace(/\/+$/, '')}/api/meta`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!r.ok) return false;
    const j = await r.json() as { backend?: unknown; documents?: unknown };
    return typeof j.backend === 'string' && typeof j.documents === 'number';
  } catch { return false; }
}

const DEPS: OpenDeps = { open: (p, o) => DuckDBStore.open(p, o), alive: processAlive, answers: (u) => serverAnswers(u) };

/** Remove an owner file whose process is gone; true when it did. */
function dropStale(path: string, alive: (pid: number) => boolean): boolean {
  const f = ownerFile(path);
  if (!existsSync(f)) return false;
  const o = readOwner(path);
  if (o && alive(o.pid)) return false;
  try { unlinkSync(f); return true; } catch { return false; }
}

export function openStore(flags: Record<string, unknown>, o: OpenStoreOptions & { write: true }): Promise<DuckDBStore>;
export function openStore(flags: Record<string, unknown>, o?: OpenStoreOptions): Promise<Store>;
/** Open the command's database (--db, $REALIGN_DB): DuckDB, or the running server that owns it. */
export async function openStore(flags: Record<string, unknown>, o: OpenStoreOptions = {}): Promise<Store> {
  return openPath(dbPath(flags), o);
}

export async function openPath(path: string, o: OpenStoreOptions = {}): Promise<Store> {
  const d = { ...DEPS, ...o.deps };
  for (let attempt = 0; ; attempt++) {
    try {
      const s = await d.open(path, { readOnly: o.readOnly });
      if (path !== ':memory:') dropStale(path, d.alive);
      return s;
    } catch (e) {
      if (!(e instanceof StoreLockedError)) throw e;
      const owner = readOwner(path);
      if (!owner) throw e;
      if (!d.alive(owner.pid)) {
        // a server that died without cleaning up: forget it and try again (once)
        if (attempt === 0 && dropStale(path, d.alive)) continue;
        throw e;
      }
      if (!(await d.answers(owner.url))) throw e;
      if (o.write) throw new ServerOwnsStoreError(path, owner.url, owner.pid);
      (o.stderr ?? process.stderr).write(`using the running server at ${owner.url}\n`);
      return new RemoteStore(owner.url, { path, pid: owner.pid });
    }
  }
}

/** The server that owns this database right now, if one does and answers. */
export async function runningServer(path: string, deps: Partial<OpenDeps> = {}): Promise<Owner | null> {
  const d = { ...DEPS, ...deps };
  const owner = readOwner(path);
  if (!owner || !d.alive(owner.pid) || !(await d.answers(owner.url))) return null;
  return owner;
}
