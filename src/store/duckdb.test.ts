import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBStore, StoreLockedError } from './duckdb.ts';
import { sampleDoc, storeSuite } from './store.suite.ts';

storeSuite('duckdb (memory)', () => DuckDBStore.open(':memory:'));

describe('duckdb file store', () => {
  it('persists across reopen and keeps documents once', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'realign-')), 'x.duckdb');
    let s = await DuckDBStore.open(path);
    await s.putDocument(sampleDoc());
    await s.close();
    s = await DuckDBStore.open(path);
    expect((await s.putDocument(sampleDoc())).status).toBe('exists');
    expect(await s.countDocuments()).toBe(1);
    expect(await s.schemaVersion()).toBeGreaterThanOrEqual(1);
    await s.close();
  });
  it('rolls back a failed document write', async () => {
    const s = await DuckDBStore.open(':memory:');
    const d = sampleDoc();
    d.relations.push({ ...d.relations[0]! }); // duplicate primary key → the whole document fails
    await expect(s.putDocument(d)).rejects.toThrow();
    expect(await s.countDocuments()).toBe(0);
    expect(await s.countEvents()).toBe(0);
    await s.close();
  });
  it('exports the lock error type', () => {
    expect(new StoreLockedError('x.duckdb', { pid: 3 }).message).toMatch(/pid 3/);
  });
});
