import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cameoTable } from '../../cameo/index.ts';
import { loadPatterns, patterns } from './patterns.ts';

function folder(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'realign-patterns-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'events', version: '9', date: '2026-01-01', source: 'test' }));
  for (const n of ['verbs', 'nouns', 'complements', 'cues']) writeFileSync(join(dir, `${n}.jsonl`), files[n] ?? '');
  return dir;
}

describe('event patterns', () => {
  it('the project patterns load, with versioned rule ids', () => {
    const p = patterns();
    expect(p.verbs.get('visit')![0]!.rule).toMatch(/^verbs\.v1:visit#\d+$/);
    expect(p.nouns.get('visit')![0]!.rule).toMatch(/^nouns\.v1:/);
  });
  it('every CAMEO root has patterns', () => {
    const p = patterns();
    const roots = new Set<string>();
    for (const l of [...p.verbs.values(), ...p.nouns.values(), ...p.adjs.values()]) for (const x of l) roots.add(x.code.slice(0, 2));
    for (const c of p.complements) for (const code of Object.values(c.codes)) roots.add(code!.slice(0, 2));
    const all = new Set([...cameoTable().values()].map((c) => c.root));
    expect([...all].filter((r) => !roots.has(r))).toEqual([]);
  });
  it('a bad code is reported with file, line and row', () => {
    const dir = folder({ verbs: '{"id":"x#1","verb":"visit","code":"999"}\n' });
    expect(() => loadPatterns(dir)).toThrow(/verbs\.jsonl:1: "code" "999" is not a CAMEO code — in: \{"id":"x#1"/);
  });
  it('a duplicate id is refused', () => {
    const dir = folder({ verbs: '{"id":"x#1","verb":"visit","code":"042"}\n{"id":"x#1","verb":"tour","code":"042"}\n' });
    expect(() => loadPatterns(dir)).toThrow(/duplicate id "x#1"/);
  });
  it('an unknown family or effect is refused', () => {
    expect(() => loadPatterns(folder({ verbs: '{"id":"x#1","verb":"beg","code":"020","family":"plead"}\n' }))).toThrow(/"family" must be one of/);
    expect(() => loadPatterns(folder({ cues: '{"id":"c","lemma":"plan","pos":"verb","effect":"maybe"}\n' }))).toThrow(/"effect" must be one of/);
  });
  it('patterns with a particle or object are tried before the bare verb', () => {
    const dir = folder({ verbs: '{"id":"call#1","verb":"call","code":"041"}\n{"id":"call-on#1","verb":"call","particle":"on","code":"020"}\n' });
    expect(loadPatterns(dir).verbs.get('call')!.map((p) => p.id)).toEqual(['call-on#1', 'call#1']);
  });
});
