// The verb matcher's choice among the rows of one verb: the most specific row that holds wins, a bare row that fails
// does not end the search, and a row whose qualifier words refine the code is kept over an equal row that names none.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeEvents } from './index.ts';
import { A, docWith, type ActorSpec } from './fixture.ts';
import { loadPatterns, patterns, type Patterns } from './patterns.ts';


function folder(verbs: string[], complements: string[] = []): Patterns {
  const dir = mkdtempSync(join(tmpdir(), 'realign-verbs-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'events', version: '9', date: '2026-01-01', source: 'test' }));
  writeFileSync(join(dir, 'verbs.jsonl'), verbs.join('\n') + '\n');
  writeFileSync(join(dir, 'nouns.jsonl'), '');
  writeFileSync(join(dir, 'complements.jsonl'), complements.join('\n') + (complements.length ? '\n' : ''));
  writeFileSync(join(dir, 'cues.jsonl'), '');
  return loadPatterns(dir);
}
function coded(text: string, actors: ActorSpec[], pats?: Patterns): string[] {
  const doc = docWith(text, actors, '2021-06-02');
  codeEvents(doc, { date: '2021-06-02' }, pats ? { patterns: pats } : {});
  return doc.events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo} ${e.modality}`).sort();
}

describe('verb rows: the most specific row that holds', () => {
  const rows = [
    '{"id":"charge#1","verb":"charge","target":["dobj"],"code":"112"}',
    '{"id":"charge#2","verb":"charge","target":["dobj"],"requires":["with"],"code":"173"}',
  ];
  it('a row with required words is tried before the bare row written above it', () => {
    const p = folder(rows);
    expect(p.verbs.get('charge')!.map((r) => r.id)).toEqual(['charge#2', 'charge#1']);
    expect(coded('Ruritania charged two Freedonian sailors with piracy.', [A('Ruritania', 'RUR'), A('Freedonian sailors', 'FRE', 'group')], p)).toEqual(['RUR>FRE 173 asserted']);
    expect(coded('Ruritania charged Freedonian sailors over the collision.', [A('Ruritania', 'RUR'), A('Freedonian sailors', 'FRE', 'group')], p)).toEqual(['RUR>FRE 112 asserted']);
  });
  it('a bare row that finds no target does not stop the search: a later row with a place target still holds', () => {
    const p = folder([
      '{"id":"storm#1","verb":"storm","target":["dobj"],"code":"145"}',
      '{"id":"storm#2","verb":"storm","target":["dobj","in"],"place":true,"code":"190"}',
    ]);
    expect(coded('Ruritanian troops stormed a village in Freedonia.', [A('Ruritanian troops', 'RURMIL', 'role'), A('Freedonia', 'FRE', 'country', { locationOnly: true })], p)).toEqual(['RURMIL>FRE 190 asserted']);
  });
  it('among rows of one rank, a row whose qualifier words refine the code wins over one that names none', () => {
    const p = folder([
      '{"id":"back#1","verb":"back","target":["dobj"],"code":"051"}',
      '{"id":"back#2","verb":"back","target":["dobj"],"refine":[{"words":["loans","credit"],"code":"071"}],"code":"070"}',
    ]);
    expect(coded('Ruritania backed Freedonia with cheap loans.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], p)).toEqual(['RUR>FRE 071 asserted']);
    // no qualifier word: the first row, as written
    expect(coded('Ruritania backed Freedonia at the summit.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], p)).toEqual(['RUR>FRE 051 asserted']);
  });
  it('a whole state is accused, not arrested or tried (173 falls back to the next row)', () => {
    const p = folder(rows);
    expect(coded('Ruritania charged its neighbour Freedonia with arming the rebels.', [A('Ruritania', 'RUR'), A('its', 'RUR', 'coref'), A('Freedonia', 'FRE')], p)).toEqual(['RUR>FRE 112 asserted']);
  });
  it('with the project data: legal charges and help with money', () => {
    expect(coded('Ruritania charged two Freedonian fishermen with smuggling.', [A('Ruritania', 'RUR'), A('Freedonian fishermen', 'FRE', 'group')])).toEqual(['RUR>FRE 173 asserted']);
    expect(coded('Ruritania supported Freedonia with emergency loans.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')])).toEqual(['RUR>FRE 071 asserted']);
    expect(patterns().verbs.get('charge')!.findIndex((r) => r.requires?.includes('with'))).toBeLessThan(patterns().verbs.get('charge')!.findIndex((r) => !r.requires && !r.particle && !r.object));
  });
});

describe('complements: the most specific row, not the first in the file', () => {
  const verbs = ['{"id":"demand#1","verb":"demand","family":"demand","target":["dobj","from"],"code":"100"}', '{"id":"vow#1","verb":"vow","family":"threaten","target":["dobj","against"],"code":"130"}'];
  const comps = [
    '{"id":"mil","words":["military","troops"],"codes":{"demand":"1012"}}',
    '{"id":"restr","words":["ban"],"codes":{"threaten":"132"}}',
    '{"id":"withdraw","words":["withdrawal","pull-out"],"with":["troops","forces"],"codes":{"demand":"1056"}}',
    '{"id":"ban-parties","words":["parties","candidates"],"with":["ban"],"codes":{"threaten":"1322"}}',
    '{"id":"release","words":["release"],"codes":{"demand":"1053"}}',
    '{"id":"release-long","words":["release of all prisoners"],"codes":{"demand":"1041"}}',
  ];
  const p = folder(verbs, comps);
  it('the head of the complement beats a word elsewhere in it, though its row comes later', () => {
    expect(coded('Ruritania demanded the withdrawal of Freedonian troops.', [A('Ruritania', 'RUR'), A('Freedonian troops', 'FREMIL', 'role')], p)).toEqual(['RUR>FREMIL 1056 asserted']);
    // the hyphenated compound as the head
    expect(coded('Ruritania demanded the pull-out of Freedonian forces.', [A('Ruritania', 'RUR'), A('Freedonian forces', 'FREMIL', 'role')], p)).toEqual(['RUR>FREMIL 1056 asserted']);
    // with no head word of any row, the file order holds
    expect(coded('Ruritania demanded a meeting on military matters from Freedonia.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], p)).toEqual(['RUR>FRE 1012 asserted']);
  });
  it('the object of the act asked beats its verb when the object row is narrowed by "with" words', () => {
    expect(coded('Ruritania vowed to ban opposition parties in Freedonia.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], p)).toEqual(['RUR>FRE 1322 asserted']);
  });
  it('a longer match beats a shorter one', () => {
    expect(coded('Ruritania demanded the release of all prisoners from Freedonia.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], p)).toEqual(['RUR>FRE 1041 asserted']);
  });
});

describe('verb rows: structure (round 8)', () => {
  it('of two rows of the same rank, the one whose object stands nearer the verb wins', () => {
    const pats = folder([
      '{"id":"extend#aid","verb":"extend","object":["aid","help"],"target":["to"],"code":"070"}',
      '{"id":"extend#offer","verb":"extend","object":["offer","proposal"],"target":["to"],"code":"030"}',
    ]);
    expect(coded('Ruritania extended an offer of help to Freedonia.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], pats)).toEqual(['RUR>FRE 030 asserted']);
    expect(coded('Ruritania extended help to Freedonia.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], pats)).toEqual(['RUR>FRE 070 asserted']);
  });
  it('a promise to do what a guarded fallback row would call conflict is read by the row whose object the sentence has', () => {
    const pats = folder([
      '{"id":"offer#1","verb":"offer","family":"intent","target":["dobj","to","with"],"code":"030"}',
      '{"id":"hold#detain","verb":"hold","target":["dobj"],"requires_not":["meeting"],"code":"173"}',
      '{"id":"hold#talks","verb":"hold","object":["talks"],"target":["with"],"code":"040"}',
    ]);
    // without the object row, "hold" would be the detention row and the offer a threat (13x)
    expect(coded('Ruritania offered to hold talks with Freedonia.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], pats)).toEqual(['RUR>FRE 030 asserted']);
    expect(coded('Ruritania vowed to hold Freedonia.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], folder([
      '{"id":"vow#1","verb":"vow","family":"intent","target":["dobj"],"code":"030"}',
      '{"id":"hold#detain","verb":"hold","target":["dobj"],"requires_not":["meeting"],"code":"173"}',
    ]))[0]).toMatch(/^RUR>FRE 13/);
  });
});

describe('objects past an adverb aside (round 8)', () => {
  it('"rejected as unfounded Y\'s accusations": the possessor of the object is still the target', () => {
    const pats = folder(['{"id":"reject#acc","verb":"reject","object":["accusations"],"target":["in","for"],"alone":true,"code":"016"}']);
    expect(coded("Ruritania rejected as unfounded Freedonia's accusations.", [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], pats)).toEqual(['RUR>FRE 016 asserted']);
    expect(coded("Ruritania rejected Freedonia's accusations.", [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], pats)).toEqual(['RUR>FRE 016 asserted']);
  });
});
