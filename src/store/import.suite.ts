// The bulk-import and export suite every Store backend runs (DuckDB: duckdb-import.test.ts).
// Specs and files are built by hand here; format knowledge is tested in src/imports.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkImportSpec } from './import-spec.ts';
import type { Store } from './store.ts';
import { sampleEvent } from './store.suite.ts';

/** A headerless TSV of id, day, a[, b] written to a fresh folder and imported with a bare spec (no lookups, checks or CAMEO table). */
async function importPlain(store: Store, file: string, text: string, columns: string[]) {
  const path = join(mkdtempSync(join(tmpdir(), 'realign-bulk-')), file);
  writeFileSync(path, text);
  return store.bulkImport({
    origin: 'toy', path, file, fileKey: `k:${file}`, kind: 'delimited', delimiter: '\t', quote: '', header: false,
    columns, nulls: [''], extId: { col: 'id' },
    fields: { date: { date: { col: 'day' }, formats: ['%Y-%m-%d'] }, src_code: { col: 'a' }, ...(columns.includes('b') ? { tgt_code: { col: 'b' } } : {}) },
    checks: [], lookups: {}, cameoCodes: [],
  });
}

export function importSuite(name: string, open: () => Promise<Store>) {
  describe(`${name}: bulkImport`, () => {
    let store: Store;
    let dir: string;
    beforeEach(async () => { store = await open(); dir = mkdtempSync(join(tmpdir(), 'realign-bulk-')); });
    afterEach(async () => { await store.close(); });

    const spec = (path: string, over: Partial<BulkImportSpec> = {}): BulkImportSpec => ({
      origin: 'toy', path, file: 'toy.tsv', fileKey: `k:${path}`, kind: 'delimited', delimiter: '\t', quote: '', header: true,
      columns: ['id', 'day', 'who', 'whom', 'code'], nulls: [''],
      extId: { col: 'id' },
      fields: { date: { date: { col: 'day' }, formats: ['%Y-%m-%d'] }, src_country: { lookup: 'c', of: { col: 'who' } }, src_code: { lookup: 'c', of: { col: 'who' } }, tgt_country: { col: 'whom' }, tgt_code: { col: 'whom' } },
      cameo: { code: { col: 'code' } },
      checks: [{ reason: 'bad day', expr: { date: { col: 'day' }, formats: ['%Y-%m-%d'] }, show: { col: 'day' } }],
      lookups: { c: { Freedonia: 'FRE', Sylvania: 'SYL' } },
      cameoCodes: [{ code: '042', name: 'Make a visit', root: '04', quad: 1, goldstein: 1.9, plover_type: 'CONSULT', plover_mode: 'visit' }],
      ...over,
    });

    it('maps through lookups (case-insensitive), loads in one transaction, records the file', async () => {
      const p = join(dir, 'a.tsv');
      writeFileSync(p, 'id\tday\twho\twhom\tcode\n1\t2020-02-03\t freedonia \tSYL\t042\n2\t2020-02-30\tSylvania\tFRE\t042\n3\t2020-02-04\tSylvania\tFRE\t999\n');
      const r = await store.bulkImport(spec(p));
      expect(r).toMatchObject({ read: 3, loaded: 1, present: 0, quarantined: 2, reasons: { 'bad day': 1, 'unknown CAMEO code': 1 } });
      expect((await store.queryEvents())[0]).toMatchObject({ id: 'toy:1', src_country: 'FRE', tgt_country: 'SYL', root: '04', goldstein: 1.9, plover_type: 'CONSULT' });
      expect((await store.queryQuarantine()).map((q) => [q.line, q.reason, q.raw])).toEqual([
        [3, 'bad day: 2020-02-30', '2\t2020-02-30\tSylvania\tFRE\t042'], [4, 'unknown CAMEO code: 999', '3\t2020-02-04\tSylvania\tFRE\t999'],
      ]);
      expect((await store.bulkImport(spec(p))).skipped).toBe(true);
    });

    it('leaves nothing behind when the load fails', async () => {
      const p = join(dir, 'b.tsv');
      writeFileSync(p, 'id\tday\twho\twhom\tcode\n1\t2020-02-03\t freedonia \tSYL\t042\n');
      await expect(store.bulkImport(spec(p, { fields: { date: { lookup: 'nope', of: { col: 'day' } } } }))).rejects.toThrow(/lookup "nope"/);
      expect(await store.countEvents()).toBe(0);
      expect(await store.queryQuarantine()).toEqual([]);
      // nothing recorded: the same file imports now
      expect((await store.bulkImport(spec(p))).loaded).toBe(1);
    });
  });

  describe(`${name}: exportEvents`, () => {
    it('writes the filtered events as csv, parquet and JSON Lines', async () => {
      const store = await open();
      await store.insertEvents([
        sampleEvent({ id: 'a', date: '2012-01-05' }),
        sampleEvent({ id: 'b', date: '2012-03-01', src_country: 'ARM', tgt_country: 'AZE', quote: 'He said "no", then left' }),
        sampleEvent({ id: 'c', date: '2013-01-01' }),
      ]);
      const dir = mkdtempSync(join(tmpdir(), 'realign-export-'));
      expect(await store.exportEvents({ dyad: ['RUS', 'GEO'], to: '2012-12-31' }, { format: 'csv', path: join(dir, 'e.csv') })).toBe(1);
      const csv = readFileSync(join(dir, 'e.csv'), 'utf8').trim().split('\n');
      expect(csv).toHaveLength(2);
      expect(csv[0]!.split(',').slice(0, 5)).toEqual(['id', 'origin', 'doc_id', 'ext_id', 'date']);
      expect(csv[1]!.startsWith('a,gdelt1,,1,2012-01-05,')).toBe(true);
      expect(await store.exportEvents({}, { format: 'jsonl', path: join(dir, 'e.jsonl') })).toBe(3);
      const rows = readFileSync(join(dir, 'e.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(rows.map((r) => [r.id, r.date])).toEqual([['a', '2012-01-05'], ['b', '2012-03-01'], ['c', '2013-01-01']]);
      expect(rows[1].quote).toBe('He said "no", then left');
      expect(await store.exportEvents({ country: 'ARM' }, { format: 'parquet', path: join(dir, 'e.parquet') })).toBe(1);
      expect(readFileSync(join(dir, 'e.parquet')).subarray(0, 4).toString()).toBe('PAR1');
      await store.close();
    });
  });

  describe(`${name}: bulkImport, ids repeated within one file`, () => {
    it('loads the first, counts an identical repeat as present and quarantines a different event under the same id', async () => {
      const store = await open();
      const r = await importPlain(store, 'r.tsv', '7\t2020-02-03\tFRE\tSYL\n7\t2020-02-03\tFRE\tSYL\n7\t2020-03-09\tSYL\tFRE\n8\t2020-02-03\tFRE\tSYL\n', ['id', 'day', 'a', 'b']);
      expect(r).toMatchObject({ read: 4, loaded: 2, present: 1, quarantined: 1, reasons: { 'id collision': 1 }, duplicates: 1 });
      expect((await store.queryQuarantine())[0]).toMatchObject({ line: 3, raw: '7\t2020-03-09\tSYL\tFRE' });
      expect((await store.queryEvents()).map((e) => [e.id, e.is_primary, e.dup_count])).toEqual([['toy:7', true, 2], ['toy:8', false, 2]]);
      await store.close();
    });
  });

  describe(`${name}: bulkImport, a clean file with one unreadable line`, () => {
    it('loads the rest and quarantines the unreadable line, with its number', async () => {
      const store = await open();
      const r = await importPlain(store, 'c.tsv', '1\t2020-02-03\tFRE\n2\t2020-02-04\tSYL\textra\n3\t2020-02-05\tFRE\n', ['id', 'day', 'a']);
      expect(r).toMatchObject({ read: 3, loaded: 2, quarantined: 1, reasons: { 'wrong column count': 1 } });
      expect(await store.queryQuarantine()).toEqual([{ origin: 'toy', file: 'c.tsv', line: 2, reason: 'wrong column count: more than 3 fields', raw: '2\t2020-02-04\tSYL\textra' }]);
      await store.close();
    });
  });
}
