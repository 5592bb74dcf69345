// Noun events: who governs the noun and what that does to it. Invented sentences, hand-built actor mentions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPatterns, type Patterns } from './patterns.ts';
import { codeEvents } from './index.ts';
import { A, docWith, eventsOf, shown, type ActorSpec } from './fixture.ts';

const coded = (text: string, actors: ActorSpec[]): string[] => eventsOf(text, actors).map((e) => shown(e, 'root'));

describe('a cooperative act that its governing verb stops or forbids', () => {
  it('"would prohibit all aid to Y": no aid, but a stop of aid (162), as intended as the verb', () => {
    const got = coded('Freedonia said it would prohibit all aid to Ruritanian rebels.', [A('Freedonia', 'FRE'), A('Ruritanian rebels', 'RURREB', 'group')]);
    expect(got.some((e) => e.startsWith('FRE>RURREB 07'))).toBe(false);
    expect(got).toContain('FRE>RURREB 16 intended');
  });
  it('"froze all trade with Y": an embargo (163), done', () => {
    const got = coded('Freedonia froze all trade with Ruritania.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')]);
    expect(got.some((e) => e.startsWith('FRE>RUR 06'))).toBe(false);
  });
  it('a side forbidding another side\'s aid is no stop of its own: negated', () => {
    const got = coded('Freedonia blocked Zendan aid to Ruritanian rebels.', [A('Freedonia', 'FRE'), A('Zendan', 'ZND', 'demonym'), A('Ruritanian rebels', 'RURREB', 'group')]);
    expect(got.filter((e) => e.startsWith('ZND>RURREB')).every((e) => e.endsWith('negated'))).toBe(true);
  });
  it('"blocked talks with Y": the talks are negated', () => {
    const got = coded('Freedonia blocked talks with Ruritania.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')]);
    expect(got.filter((e) => e.includes(' 04 ')).every((e) => e.endsWith('negated'))).toBe(true);
  });
  it('the same aid under a verb that gives it is asserted', () => {
    expect(coded('Freedonia announced new aid to Ruritanian rebels.', [A('Freedonia', 'FRE'), A('Ruritanian rebels', 'RURREB', 'group')])).toContain('FRE>RURREB 07 asserted');
  });
});

describe('a noun inside a time adjunct of another side\'s act', () => {
  it('"negotiate with Y following the invasion of Z": the invasion is not Y\'s', () => {
    const got = coded('Freedonia offered to negotiate with Ruritania following the invasion of Zenda.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR'), A('Zenda', 'ZND')]);
    expect(got.some((e) => e.startsWith('RUR>ZND'))).toBe(false);
  });
});

describe('a cooperative act one is opposed to', () => {
  it('"is opposed to Y\'s mediation with Z": the mediation is negated', () => {
    const got = coded('Freedonia is opposed to Ruritanian mediation in peace talks with Zenda.', [A('Freedonia', 'FRE'), A('Ruritanian', 'RUR', 'demonym'), A('Zenda', 'ZND')]);
    expect(got.filter((e) => e.startsWith('RUR>ZND')).every((e) => e.endsWith('negated'))).toBe(true);
  });
});

describe('an agreement watched over', () => {
  it('"peacekeepers deployed to oversee a ceasefire between X and Y": no new ceasefire', () => {
    const got = coded('Zendan peacekeepers were deployed to oversee a ceasefire between Freedonia and Ruritania.', [A('Zendan peacekeepers', 'ZNDMIL', 'role'), A('Freedonia', 'FRE'), A('Ruritania', 'RUR')]);
    expect(got.some((e) => e.startsWith('FRE>RUR') || e.startsWith('RUR>FRE'))).toBe(false);
  });
  it('a ceasefire agreed is coded both ways', () => {
    const got = coded('Freedonia and Ruritania agreed on a ceasefire.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')]);
    expect(got.some((e) => e.startsWith('FRE>RUR'))).toBe(true);
  });
});

describe('hyphenated compound nouns', () => {
  const P = (nouns: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'realign-nouns-'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'events', version: '9', date: '2026-01-01', source: 'test' }));
    writeFileSync(join(dir, 'verbs.jsonl'), '{"id":"stage#1","verb":"stage","object":["protest"],"target":["against"],"code":"140"}\n');
    writeFileSync(join(dir, 'nouns.jsonl'), nouns.join('\n') + '\n');
    writeFileSync(join(dir, 'complements.jsonl'), '');
    writeFileSync(join(dir, 'cues.jsonl'), '');
    return loadPatterns(dir);
  };
  const run = (text: string, actors: ActorSpec[], pats: Patterns) => {
    const doc = docWith(text, actors, '2019-05-14');
    codeEvents(doc, { date: '2019-05-14' }, { patterns: pats });
    return doc.events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo} ${e.trigger?.text}`);
  };
  it('a noun spelt with its hyphen in the data is read as one noun, trigger and all', () => {
    const p = P(['{"id":"n-sit-in#1","noun":"sit-in","code":"141","source":["poss","by"],"target":["against","outside"]}', '{"id":"n-in#1","noun":"fire","code":"190","source":["poss"],"target":["on"]}']);
    expect(run('Ruritanian students held a sit-in outside the Freedonian embassy.', [A('Ruritanian students', 'RUREDU', 'group'), A('Freedonian embassy', 'FREGOV', 'role')], p)).toEqual(['RUREDU>FREGOV 141 sit-in']);
    // the plural of the compound
    expect(run('Sit-ins by Ruritanian students against Freedonia went on.', [A('Ruritanian students', 'RUREDU', 'group'), A('Freedonia', 'FRE')], p)).toEqual(['RUREDU>FRE 141 Sit-ins']);
  });
  it('a noun written solid in the data matches its hyphenated spelling, and the parts are not read alone', () => {
    const p = P(['{"id":"n-ceasefire#1","noun":"ceasefire","code":"0871","source":["poss"],"target":["with"],"mutual":true}', '{"id":"n-fire#1","noun":"fire","code":"190","source":["poss"],"target":["on"]}']);
    expect(run("Ruritania's cease-fire with Freedonia held.", [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], p).sort()).toEqual(['FRE>RUR 0871 cease-fire', 'RUR>FRE 0871 cease-fire']);
    expect(run("Ruritania's cease-fire on Freedonia held.", [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], p)).toEqual([]);
    // a plain noun still matches
    expect(run("Ruritania's fire on Freedonia went on.", [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], p)).toEqual(['RUR>FRE 190 fire']);
  });
  it('with the project data: a cease-fire between two sides', () => {
    expect(coded("Ruritania's cease-fire with Freedonia held.", [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')]).sort()).toEqual(['FRE>RUR 08 asserted', 'RUR>FRE 08 asserted']);
  });
});

describe('a noun of stopping cooperation, announced by its subject', () => {
  const FR = [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')];
  it('"announced the suspension of air links with Y": a reduction of relations (161), by the announcer', () => {
    expect(coded('Freedonia announced the suspension of air links with Ruritania.', FR)).toContain('FRE>RUR 16 asserted');
  });
  it('"announced a freeze on aid to Y": a halt of aid (16)', () => {
    expect(coded('Freedonia announced a freeze on aid to Ruritania.', FR)).toContain('FRE>RUR 16 asserted');
  });
  it('a halt to something that is no cooperation is no event', () => {
    expect(coded('Freedonia announced a halt to construction near Ruritania.', FR).some((e) => e.includes(' 16 '))).toBe(false);
  });
});

describe('a side ending its own agreement or cooperation', () => {
  const FR = [A('Freedonia', 'FRE'), A('its', 'FRE', 'coref'), A('Ruritania', 'RUR')];
  it('"ended its defence agreement with Y": a reduction of relations (16), one way, not an agreement', () => {
    const got = coded('Freedonia ended its defence agreement with Ruritania.', FR);
    expect(got).toContain('FRE>RUR 16 asserted');
    expect(got.some((e) => e.startsWith('RUR>FRE'))).toBe(false);
    expect(got.some((e) => / 05 asserted/.test(e))).toBe(false);
  });
  it('a stopping verb that codes the stop itself leaves its object noun no second event', () => {
    const got = coded('Freedonia ended its military cooperation with Ruritania.', FR);
    expect(got.filter((e) => e.startsWith('FRE>RUR 16')).length).toBe(1);
    expect(got.some((e) => e.startsWith('RUR>FRE'))).toBe(false);
  });
});
