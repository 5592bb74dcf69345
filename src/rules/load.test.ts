import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, firstError, loadJsonl, need, readManifest } from './load.ts';

describe('data loader', () => {
  it('quotes the file, line and bad row', () => {
    const v = (r: Record<string, unknown>) => firstError(need.string(r, 'id'));
    expect(() => loadJsonl('x.jsonl', v, '{"id":"a"}\n\n{"id":3}\n')).toThrow(/x\.jsonl:3: "id" must be a non-empty string — in: \{"id":3\}/);
    expect(() => loadJsonl('x.jsonl', v, '{"id":"a"\n')).toThrow(DataError);
  });
  it('skips comments and blank lines', () => {
    expect(loadJsonl('x', undefined, '// note\n{"a":1}\n\n')).toEqual([{ a: 1 }]);
  });
  it('checks the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'm-'));
    writeFileSync(join(dir, 'manifest.json'), '{"name":"x","version":"1","date":"2026-01-01"}');
    expect(() => readManifest(dir)).toThrow(/needs a non-empty "source"/);
  });
});
