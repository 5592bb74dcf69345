// The tail every query command shares: refuse a database file that is not there, open the
// store (directly, or through a running server that owns it), run one query, print it as
// JSON (--json) or text, and close the store.
import { existsSync } from 'node:fs';
import type { Store } from '../store/store.ts';
import { dbPath, EXIT, type IO } from './command.ts';
import type { OpenStoreOptions } from './open-store.ts';

/** Writes the one-line "no database there" error and returns true when the --db file is missing. */
export function missingDb(name: string, flags: Record<string, unknown>, io: Pick<IO, 'stderr'>): boolean {
  const path = dbPath(flags);
  if (existsSync(path)) return false;
  io.stderr.write(`realign ${name}: ${path}: no database there (ingest or import first, or give --db)\n`);
  return true;
}

/** Opens the store the flags name and gives it to `use`, closing it afterwards. */
export async function withStore<T>(flags: Record<string, unknown>, io: Pick<IO, 'stderr'>, use: (store: Store) => Promise<T>, o: Omit<OpenStoreOptions, 'stderr'> = {}): Promise<T> {
  const { openStore } = await import('./open-store.ts');
  const store = await openStore(flags, { ...o, stderr: io.stderr });
  try { return await use(store); } finally { await store.close(); }
}

/** Runs one report over the store and prints it: JSON with --json, else `text(report)`. */
export async function runReport<R>(name: string, flags: Record<string, unknown>, io: IO, query: (store: Store) => Promise<R>, text: (r: R) => string): Promise<number> {
  if (missingDb(name, flags, io)) return EXIT.error;
  // writable: a large store builds its roll-ups on first use; a running server that owns the file answers instead
  const r = await withStore(flags, io, query);
  io.stdout.write(flags.json ? JSON.stringify(r) + '\n' : text(r));
  return EXIT.ok;
}
