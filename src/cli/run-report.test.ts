import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBStore } from '../store/duckdb.ts';
import { EXIT } from './command.ts';
import { missingDb, runReport, withStore } from './run-report.ts';
import { fakeIO } from './test-io.ts';

describe('running a report over the store', () => {
  it('refuses a database file that is not there, in one line', async () => {
    const f = fakeIO();
    expect(missingDb('brief', { db: '/nonexistent/y.duckdb' }, f.io)).toBe(true);
    expect(f.stderr).toBe('realign brief: /nonexistent/y.duckdb: no database there (ingest or import first, or give --db)\n');
    const g = fakeIO();
    expect(await runReport('dyad', { db: '/nonexistent/y.duckdb' }, g.io, async () => 1, String)).toBe(EXIT.error);
    expect(g.stdout).toBe('');
  });

  it('prints the report as text, or as JSON with --json, and closes the store', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'realign-report-')), 'r.duckdb');
    await (await DuckDBStore.open(db)).close();
    const query = async (s: { countDocuments(): Promise<number> }) => ({ documents: await s.countDocuments() });
    const t = fakeIO();
    expect(await runReport('docs', { db }, t.io, query, (r) => `${r.documents} documents\n`)).toBe(EXIT.ok);
    expect(t.stdout).toBe('0 documents\n');
    const j = fakeIO();
    expect(await runReport('docs', { db, json: true }, j.io, query, () => 'not this')).toBe(EXIT.ok);
    expect(JSON.parse(j.stdout)).toEqual({ documents: 0 });
    // closed: the file opens again for writing
    expect(await withStore({ db }, fakeIO().io, (s) => s.countDocuments(), { write: true })).toBe(0);
  });

  it('closes the store when the query throws', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'realign-report-')), 'r.duckdb');
    await (await DuckDBStore.open(db)).close();
    await expect(withStore({ db }, fakeIO().io, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    const s = await DuckDBStore.open(db);
    await s.close();
  });
});
