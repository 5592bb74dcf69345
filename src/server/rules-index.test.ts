import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RulesIndex, rulesIndex } from './rules-index.ts';

function dataDir() {
  const d = mkdtempSync(join(tmpdir(), 'rules-'));
  mkdirSync(join(d, 'words'));
  writeFileSync(join(d, 'words', 'manifest.json'), JSON.stringify({ name: 'words', version: '2', date: '2026-01-01', source: 'test' }));
  writeFileSync(join(d, 'words', 'verbs.jsonl'), '// a comment\n\n{"id": "greet#1", "verb": "greet", "code": "040"}\n{"id": "snub#1", "verb": "snub", "code": "161"}\n');
  writeFileSync(join(d, 'words', 'places.jsonl'), '{"iso3": "FRE", "name": "Freedonia"}\n');
  mkdirSync(join(d, 'broken'));
  writeFileSync(join(d, 'broken', 'manifest.json'), JSON.stringify({ name: 'broken', version: '1', date: '2026-01-01', source: 'test' }));
  writeFileSync(join(d, 'broken', 'bad.jsonl'), '{"id": "ok"}\nnot json\n');
  return d;
}

describe('RulesIndex', () => {
  it('finds the row behind a rule id, with its file line and manifest', () => {
    const ix = new RulesIndex(dataDir());
    const r = ix.lookup('verbs.v2:snub#1');
    expect(r).toMatchObject({ set: 'verbs', version: 'v2', key: 'snub#1' });
    expect(r.entries[0]).toMatchObject({ file: 'words/verbs.jsonl', line: 4, manifest: { name: 'words', version: '2' }, row: { code: '161' } });
  });

  it('looks up the parts of a composite id and ids keyed by other fields', () => {
    const ix = new RulesIndex(dataDir());
    const r = ix.lookup('places.v1:greet+FRE/zzz');
    expect(r.entries.map((e) => e.file)).toEqual(['words/places.jsonl', 'words/verbs.jsonl']);
    expect(ix.lookup('nothing.v1:none').entries).toEqual([]);
  });

  it('reports a bad file with its line and goes on', () => {
    const ix = new RulesIndex(dataDir());
    expect(ix.errors.join('\n')).toMatch(/bad\.jsonl:2: not valid JSON/);
    expect(ix.lookup('verbs.v2:greet#1').entries).toHaveLength(1);
  });

  it("indexes the project's own data", () => {
    const r = rulesIndex().lookup('countries.v1:PAK');
    expect(r.entries[0]?.file).toBe('actors/countries.jsonl');
    expect(r.entries[0]?.row.name).toBe('Pakistan');
  });
});
