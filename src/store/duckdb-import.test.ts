import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DuckDBStore } from './duckdb.ts';
import { inline, lineOf, readLines, reasonGroup } from './duckdb-import.ts';
import { importSuite } from './import.suite.ts';

describe('bulk import helpers', () => {
  it.each([
    [0, 0, [], 1], [0, 1, [], 2], [2, 1, [], 4],
    [2, 1, [3], 5], [2, 1, [3, 4], 6], [2, 1, [3, 9], 5], [0, 0, [1, 2], 3],
  ])('staged row %i, %i header line(s), rejected %j → line %i', (ord, header, rejected, line) => {
    expect(lineOf(ord, header, rejected)).toBe(line);
  });
  it('inlines parameters as literals', () => {
    expect(inline('a = ? AND b IN (?, ?) AND c = ?', ["O'Neil", 2, true, null])).toBe("a = 'O''Neil' AND b IN (2, true) AND c = NULL");
    expect(() => inline('a = ?', [])).toThrow(/too few/);
  });
  it('groups reasons without their values', () => {
    expect(reasonGroup('bad SQLDATE: 20131301')).toBe('bad SQLDATE');
    expect(reasonGroup('unknown PLOVER type')).toBe('unknown PLOVER type');
  });
  it('reads chosen lines of plain and gzipped files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'realign-lines-'));
    const text = ['one', 'two', 'three', 'four'].join('\n') + '\n';
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'a.txt.gz'), gzipSync(text));
    for (const f of ['a.txt', 'a.txt.gz']) expect([...(await readLines(join(dir, f), [2, 4]))]).toEqual([[2, 'two'], [4, 'four']]);
  });
});

importSuite('duckdb (memory)', () => DuckDBStore.open(':memory:'));

describe('duckdb bulkImport records the file', () => {
  it('in the imports table, by content key', async () => {
    const store = await DuckDBStore.open(':memory:');
    const p = join(mkdtempSync(join(tmpdir(), 'realign-bulk-')), 'a.tsv');
    writeFileSync(p, '1\t2020-02-03\n');
    await store.bulkImport({ origin: 'toy', path: p, file: 'a.tsv', fileKey: 'k:a', kind: 'delimited', delimiter: '\t', quote: '', header: false,
      columns: ['id', 'day'], extId: { col: 'id' }, fields: { date: { date: { col: 'day' }, formats: ['%Y-%m-%d'] } }, checks: [], lookups: {}, cameoCodes: [] });
    expect(await store.all('SELECT file_key, file, origin, rows_loaded::INTEGER AS n FROM imports')).toEqual([{ file_key: 'k:a', file: 'a.tsv', origin: 'toy', n: 1 }]);
    await store.close();
  });
});
