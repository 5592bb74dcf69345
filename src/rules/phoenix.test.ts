import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.ts';
import { tokenize } from '../nlp/tokenize.ts';
import { actorsStage } from '../stages/actors/index.ts';
import { describeShared, sharedPath } from '../testing/shared.ts';
import { loadPhoenix, parseCode, parsePhoenixActors, parsePhoenixAgents, phoenixDate, phoenixName } from './phoenix.ts';

// A tiny dictionary in the TABARI/PETRARCH format, written for this test.
const ACTORS = `# test actors
<!-- a comment
spanning lines -->
FREEDONIA_  [FRD]
+FREEDONIAN
+FREEDONIAN_REPUBLIC_   # note
SYLVANIA_ [SYL]
RUFUS_T._FIREFLY_  # leader
+PRESIDENT_FIREFLY
\t[FRDGOV 330101-331231]
\t[FRDELI]
TRENTINO_
AMBASSADOR_TRENTINO_
\t[SYLGOV >19330101]
LEAGUE_OF_DUCKS_ [IGODCK]
BROKEN_ [FRDGOV 3301-3312]
+ORPHAN_WITHOUT_CODE
`;
const AGENTS = `!PERSON! = MAN, MEN
MINISTER [~GOV]
SOLDIER {SOLDIERS} [~MIL]
CHAIR!PERSON! [~GOV]
NOT AN AGENT LINE
`;

describe('Phoenix/PETRARCH importer on a hand-written sample', () => {
  const { dictionary, issues } = parsePhoenixActors(ACTORS, 'test.actors.txt');
  const byName = (n: string) => dictionary.entries.find((e) => e.names.includes(n));

  it('reads entries, aliases and codes', () => {
    expect(byName('Freedonia')).toMatchObject({ country: 'FRD', sector: null, kind: 'country', names: ['Freedonia', 'Freedonian', 'Freedonian Republic'] });
    expect(byName('League of Ducks')).toMatchObject({ country: 'IGO', org: 'DCK', kind: 'org' });
  });
  it('turns dated codes into terms and the undated code into the default', () => {
    expect(byName('Rufus T. Firefly')).toMatchObject({ kind: 'person', country: 'FRD', sector: 'ELI', terms: [{ country: 'FRD', sector: 'GOV', start: '1933-01-01', end: '1933-12-31' }] });
    expect(byName('Trentino')).toMatchObject({ names: ['Trentino', 'Ambassador Trentino'], country: 'SYL', sector: 'GOV', from: '1933-01-01', to: null });
  });
  it('reports unreadable rows with file and line, and goes on', () => {
    expect(issues).toEqual([
      { file: 'test.actors.txt', line: 16, row: 'BROKEN_ [FRDGOV 3301-3312]', reason: 'bad date in "3301-3312" (want YYMMDD or YYYYMMDD)' },
      { file: 'test.actors.txt', line: 16, row: 'BROKEN_ [FRDGOV 3301-3312]', reason: 'entry has no usable code' },
    ]);
    expect(byName('Sylvania')).toBeDefined();
  });
  it('reads agents as role words with substitution sets and plurals', () => {
    const a = parsePhoenixAgents(AGENTS, 'test.agents.txt');
    expect(a.dictionary.roles!.map((r) => [r.sector, r.words])).toEqual([['GOV', ['minister']], ['MIL', ['soldier', 'soldiers']], ['GOV', ['chairman', 'chairmen']]]);
    expect(a.issues).toHaveLength(1);
    expect(a.issues[0]).toMatchObject({ line: 5, row: 'NOT AN AGENT LINE' });
  });
  it('parses dates and codes', () => {
    expect(phoenixDate('991231')).toBe('1999-12-31');
    expect(phoenixDate('080507')).toBe('2008-05-07');
    expect(phoenixDate('19950601')).toBe('1995-06-01');
    expect(phoenixDate('9913')).toBeNull();
    expect(parseCode('PSEREBHMS')).toMatchObject({ country: 'PSE', sector: 'REB' });
    expect(parseCode('HOB < 950601')).toMatchObject({ country: 'HOB', start: null, end: '1995-06-01' });
    expect(phoenixName('ISLAMIC_REPUBLIC_OF_AFGHANISTAN_')).toBe('Islamic Republic of Afghanistan');
    expect(phoenixName('UN_')).toBe('UN');
  });
  it('lets the actors stage match an imported dictionary beside ours', () => {
    const agents = parsePhoenixAgents(AGENTS, 'test.agents.txt').dictionary;
    const text = 'President Firefly and Sylvania quarrelled, Freedonian soldiers said.';
    const doc = createDoc(text, { published: '1933-06-01' });
    const t = tokenize(text);
    doc.sentences = t.sentences; doc.tokens = t.tokens;
    actorsStage({ extra: [dictionary, agents] }).run(doc, { date: '1933-06-01' });
    expect(doc.actors.map((m) => [m.text, m.code])).toEqual([['President Firefly', 'FRDGOV'], ['Sylvania', 'SYL'], ['Freedonian soldiers', 'FRDMIL']]);
  });
});

describeShared('Phoenix importer on the Phoenix dictionaries', 'dictionaries/phoenix/Phoenix.Countries.actors.txt', () => {
  it('reads the country actors with dated leaders', () => {
    const { dictionary, issues } = loadPhoenix(sharedPath('dictionaries/phoenix/Phoenix.Countries.actors.txt'));
    expect(dictionary.entries.length).toBeGreaterThan(10_000);
    expect(issues.length).toBeLessThan(20);
    const putin = dictionary.entries.find((e) => e.names.includes('Vladimir Putin'))!;
    expect(putin.kind).toBe('person');
    expect(putin.terms!.some((t) => t.country === 'RUS' && t.sector === 'GOV' && t.start === '2008-05-08')).toBe(true);
    for (const i of issues) expect(i.row.length).toBeGreaterThan(0);
  });
  it('reads the international actors and agents', () => {
    const intl = loadPhoenix(sharedPath('dictionaries/phoenix/Phoenix.International.actors.txt'));
    expect(intl.dictionary.entries.find((e) => e.names.includes('the United Nations'))).toMatchObject({ country: 'IGO', org: 'UNO' });
    const agents = loadPhoenix(sharedPath('dictionaries/phoenix/Phoenix.agents.txt'));
    expect(agents.dictionary.roles!.length).toBeGreaterThan(1000);
    expect(agents.dictionary.roles!.find((r) => r.words.includes('farmer'))?.sector).toBe('AGR');
  });
});

describeShared('Phoenix importer on the PETRARCH validation dictionaries', 'eval/events/PETR.Validate.actors.txt', () => {
  it('reads the fictional actors and lets the stage code them', () => {
    const actors = loadPhoenix(sharedPath('eval/events/PETR.Validate.actors.txt'));
    const agents = loadPhoenix(sharedPath('eval/events/PETR.Validate.agents.txt'));
    expect(actors.dictionary.entries.length).toBeGreaterThan(100);
    expect(agents.dictionary.roles!.length).toBeGreaterThan(50);
    const text = 'Arnor troops attacked Gondor.';
    const doc = createDoc(text, { published: '2000-01-01' });
    const t = tokenize(text);
    doc.sentences = t.sentences; doc.tokens = t.tokens;
    actorsStage({ extra: [actors.dictionary, agents.dictionary] }).run(doc, { date: '2000-01-01' });
    expect(doc.actors.map((m) => m.code)).toEqual(['ARNMIL', 'GON']);
  });
});
