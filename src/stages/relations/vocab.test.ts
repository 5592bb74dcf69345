import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseAround } from './clauses.ts';
import { expandMacros, fold, hits, wordRegex } from './fold.ts';
import { loadRelationVocab, relationVocab } from './vocab.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'realign-relvocab-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'relations', version: '2.1.0', date: '2026-11-30', source: 'test' }));
  for (const [f, t] of Object.entries(files)) writeFileSync(join(dir, f), t);
  return dir;
}

describe('relation vocabulary', () => {
  it('loads the shipped data, every trigger compiled, ids tagged with name and major version', () => {
    const v = relationVocab();
    expect(v.triggers.length).toBeGreaterThan(40);
    expect(v.triggers.every((t) => t.ruleId.startsWith('relations.v1:'))).toBe(true);
    expect(new Set(v.triggers.map((t) => t.id)).size).toBe(v.triggers.length);
    expect(new Set(v.modifiers.map((t) => t.kind))).toEqual(new Set(['negation', 'hedge', 'intensifier']));
  });

  it('a bad row is an error quoting the file and line', () => {
    const dir = folder({
      'macros.jsonl': '{"name":"REL","pattern":"ties"}\n',
      'triggers.jsonl': '{"id":"a","pattern":"thaw","direction":"warming","strength":0.5}\n{"id":"b","pattern":"x","direction":"sideways","strength":0.5}\n',
      'modifiers.jsonl': '',
    });
    expect(() => loadRelationVocab(dir)).toThrow(new RegExp(`triggers\\.jsonl:2: "direction" must be one of .* — in: \\{"id":"b"`));
  });

  it('an unknown macro or a broken pattern names the file', () => {
    const dir = folder({ 'macros.jsonl': '', 'triggers.jsonl': '{"id":"a","pattern":"{NOPE} ties","direction":"warming","strength":0.5}\n', 'modifiers.jsonl': '' });
    expect(() => loadRelationVocab(dir)).toThrow(/triggers\.jsonl: bad pattern: unknown macro \{NOPE\}/);
  });

  it('versions the rule ids by the manifest', () => {
    const dir = folder({ 'macros.jsonl': '', 'triggers.jsonl': '{"id":"a","pattern":"thaw","direction":"warming","strength":0.5}\n', 'modifiers.jsonl': '' });
    expect(loadRelationVocab(dir).triggers[0]!.ruleId).toBe('relations.v2:a');
  });
});

describe('matching helpers', () => {
  it('fold keeps the length and offsets', () => {
    const s = 'Pakistan–Russia “ties” İstanbul’s';
    const f = fold(s);
    expect(f.length).toBe(s.length);
    expect(f).toBe('pakistan-russia "ties" İstanbul\'s'); // İ lower-cases to two chars: kept
  });

  it('word regexes match whole words only', () => {
    expect(hits(wordRegex('rift'), 'a rift, not a drift or rifts').map((h) => h.start)).toEqual([2]);
    expect(expandMacros('{A} b', new Map([['A', 'x|y']]))).toBe('x|y b');
  });

  it('clauses stop at "but", ";" and "if"', () => {
    const t = 'ties are good, but their partnership could sour if trade falls';
    const at = t.indexOf('sour');
    const c = clauseAround(t, at, at + 4);
    expect(t.slice(c.start, c.end)).toBe('but their partnership could sour ');
  });
});
