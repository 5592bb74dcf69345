import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../rules/load.ts';
import { loadActorData, loadPeople } from './load.ts';

const MANIFEST = JSON.stringify({ name: 'actors', version: '2.1.0', date: '2026-01-01', source: 'test' });
const GOOD: Record<string, string> = {
  'countries.jsonl': '{"id":"ABC","name":"Abcland","names":["Abcland"],"adjectives":["Abcish"],"capitals":["Abcville"]}\n',
  'seats.jsonl': '{"id":"palace","names":["the Palace"],"country":"ABC","sector":"GOV"}\n',
  'orgs.jsonl': '{"id":"club","names":["The Club"],"code":"IGO","org":"Club"}\n{"id":"front","names":["Abc Front"],"code":"ABCREB","org":"Front"}\n',
  'companies.jsonl': '{"id":"abco","names":["Abco"],"country":"ABC"}\n',
  'roles.jsonl': '{"id":"gov","kind":"role","sector":"GOV","words":["minister"]}\n',
  'context.jsonl': '{"id":"r","names":["Abcland"],"before":["lake"],"action":"location"}\n',
  'places.jsonl': '{"id":"p","kind":"region","words":["Abc Valley"]}\n',
  'coref.jsonl': '{"id":"he","words":["he"],"target":"person","window":1}\n',
  'participation.jsonl': '{"id":"on","kind":"prep","words":["on"],"party":["verb"],"topicWords":["talks"]}\n',
};
const PERSON = '{"id":"person:doe-jan","name":"Jan Doe","aliases":[],"surname":"Doe","terms":[{"country":"ABC","sector":"MIL","office":"army chief","start":"2001","end":null}]}';

function folder(over: Record<string, string> = {}, people: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'actors-'));
  writeFileSync(join(dir, 'manifest.json'), MANIFEST);
  for (const [f, text] of Object.entries({ ...GOOD, ...over })) writeFileSync(join(dir, f), text);
  mkdirSync(join(dir, 'people'));
  for (const [f, text] of Object.entries(people)) writeFileSync(join(dir, 'people', f), text);
  return dir;
}

describe('loadActorData', () => {
  it('builds entries with stable, versioned ids', () => {
    const d = loadActorData(folder({}, { 'x.jsonl': PERSON + '\n' }));
    const ids = d.dictionaries[0]!.entries.map((e) => e.id);
    expect(ids).toEqual(['countries.v2:ABC', 'demonyms.v2:ABC', 'capitals.v2:ABC', 'seats.v2:palace', 'orgs.v2:club', 'orgs.v2:front', 'companies.v2:abco', 'people.v2:person:doe-jan']);
    const front = d.dictionaries[0]!.entries.find((e) => e.id === 'orgs.v2:front')!;
    expect([front.country, front.sector, front.kind]).toEqual(['ABC', 'REB', 'group']);
    expect(d.context[0]!.id).toBe('context.v2:r');
    expect(d.participation).toEqual([{ id: 'participation.v2:on', kind: 'prep', words: ['on'], party: ['verb'], topicWords: ['talks'] }]);
  });

  it('reads sides.jsonl ("the North") as dated country entries that need a word in the text', () => {
    const d = loadActorData(folder({ 'sides.jsonl': '{"id":"n","names":["North"],"country":"ABC","docHas":["Abcland"],"from":"1950"}\n' }));
    const e = d.dictionaries[0]!.entries.find((x) => x.id === 'sides.v2:n')!;
    expect([e.kind, e.country, e.side, e.from]).toEqual(['country', 'ABC', ['Abcland'], '1950']);
  });

  it.each([
    ['{"id":"n","names":["North"],"country":"ABC","docHas":[]}', '"docHas" must not be empty'],
    ['{"id":"n","names":["North"],"country":"Abc","docHas":["Abc"]}', '"country" must be a 3-letter code'],
  ])('rejects a bad row in sides.jsonl, quoting file and line: %s', (row, reason) => {
    const dir = folder({ 'sides.jsonl': '{"id":"s","names":["South"],"country":"ABC","docHas":["Abc"]}\n' + row + '\n' });
    let err: unknown;
    try { loadActorData(dir); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DataError);
    expect((err as Error).message).toContain(join(dir, 'sides.jsonl') + ':2');
    expect((err as Error).message).toContain(reason);
  });

  it('reads regions.jsonl as places of one country that are no state (province, region)', () => {
    const d = loadActorData(folder({ 'regions.jsonl': '{"id":"abc-north","country":"ABC","names":["North Abc"]}\n' }));
    const e = d.dictionaries[0]!.entries.find((x) => x.id === 'regions.v2:abc-north')!;
    expect([e.kind, e.country, e.province, e.region]).toEqual(['country', 'ABC', true, true]);
  });

  it('eras.jsonl: a "part" row copies the part\'s capital (as a city), cities and regions to the other state for its dates; "place" rows are kept as given', () => {
    const over = {
      'countries.jsonl': GOOD['countries.jsonl'] + '{"id":"XYZ","name":"Xyzland","names":["Xyzland"],"adjectives":[],"capitals":["Xyzburg"]}\n',
      'cities.jsonl': '{"id":"port","names":["Abc Port"],"country":"ABC"}\n',
      'eras.jsonl': '{"id":"abc-in-xyz","kind":"part","part":"ABC","of":"XYZ","to":"1990-01-01"}\n{"id":"old","kind":"place","names":["Abcville"],"country":"XYZ","as":"city","to":"1980-01-01"}\n',
    };
    const entries = loadActorData(folder(over)).dictionaries[0]!.entries.filter((e) => e.era);
    expect(entries.map((e) => [e.id, e.names, e.country, e.kind, !!e.city, e.to])).toEqual([
      ['eras.v2:abc-in-xyz/cities.v2:port', ['Abc Port'], 'XYZ', 'group', true, '1990-01-01'],
      ['eras.v2:old', ['Abcville'], 'XYZ', 'group', true, '1980-01-01'], // the capital's name is a "place" row's: not copied
    ]);
  });

  it.each([
    ['{"id":"e","kind":"part","part":"ABC","of":"XYZ"}', 'a row needs "from" or "to"'],
    ['{"id":"e","kind":"place","names":["X"],"country":"ABC","as":"town","to":"1990"}', '"as" must be one of'],
    ['{"id":"e","kind":"place","names":["X"],"country":"ABC","as":"seat","to":"1990"}', '"sector" is needed for a seat'],
    ['{"id":"e","kind":"move","to":"1990"}', '"kind" must be part or place'],
  ])('rejects a bad row in eras.jsonl, quoting file and line: %s', (row, reason) => {
    const dir = folder({ 'eras.jsonl': row + '\n' });
    let err: unknown;
    try { loadActorData(dir); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DataError);
    expect((err as Error).message).toContain(join(dir, 'eras.jsonl') + ':1');
    expect((err as Error).message).toContain(reason);
  });

  it('reads a folder without participation.jsonl (no judgement)', () => {
    const dir = folder();
    rmSync(join(dir, 'participation.jsonl'));
    expect(loadActorData(dir).participation).toBeUndefined();
  });

  it.each([
    ['countries.jsonl', '{"id":"AB","name":"X","names":[],"adjectives":[],"capitals":[]}', '"id" must be a 3-letter code'],
    ['countries.jsonl', '{"id":"ABC","name":"X","names":"X","adjectives":[],"capitals":[]}', '"names" must be a list of strings'],
    ['seats.jsonl', '{"id":"s","names":["S"],"country":"ABC","sector":"government"}', 'sector'],
    ['orgs.jsonl', '{"id":"o","names":["O"],"code":"U-N","org":"O"}', '"code" must be IGO, NGO'],
    ['roles.jsonl', '{"id":"r","kind":"verb","sector":"GOV","words":["x"]}', '"kind" must be role, title or modifier'],
    ['context.jsonl', '{"id":"c","names":["X"],"action":"drop"}', 'a rule needs'],
    ['coref.jsonl', '{"id":"c","words":["it"],"target":"thing","window":1}', '"target"'],
    ['companies.jsonl', '{"id":"c","names":["C"],"country":"ABC"', 'not valid JSON'],
    ['participation.jsonl', '{"id":"p","kind":"adverb","words":["x"]}', '"kind" is not a known participation kind'],
    ['participation.jsonl', '{"id":"p","kind":"prep","words":["by"]}', '"party" must be a list of strings'],
    ['participation.jsonl', '{"id":"p","kind":"prep","words":["by"],"party":["noun"]}', '"party" may only hold verb, event'],
  ])('rejects a bad row in %s, quoting file, line and row', (file, row, reason) => {
    const dir = folder({ [file]: GOOD[file] + row + '\n' });
    let err: unknown;
    try { loadActorData(dir); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DataError);
    const msg = (err as Error).message;
    expect(msg).toContain(join(dir, file) + ':' + (GOOD[file]!.split('\n').length));
    expect(msg).toContain(reason);
    expect(msg).toContain(row.slice(0, 30));
  });

  it('names the manifest when it is missing a field', () => {
    const dir = folder();
    writeFileSync(join(dir, 'manifest.json'), '{"name":"actors","version":"1"}');
    expect(() => loadActorData(dir)).toThrow(/manifest\.json: manifest needs a non-empty "date"/);
  });

  it('loads the project data', () => {
    const d = loadActorData();
    const e = d.dictionaries[0]!.entries;
    expect(e.filter((x) => x.kind === 'country').length).toBeGreaterThanOrEqual(250);
    expect(e.find((x) => x.id === 'countries.v1:PAK')?.names).toContain('Pakistan');
  });
});

describe('loadPeople', () => {
  it('reads every .jsonl of the folder and keeps terms', () => {
    const dir = folder({}, { 'a.jsonl': '// comment\n' + PERSON + '\n', 'notes.md': 'not data' });
    const [p] = loadPeople(join(dir, 'people'));
    expect(p).toMatchObject({ id: 'people.v1:person:doe-jan', kind: 'person', country: 'ABC', sector: 'MIL', surname: 'Doe', person: 'Jan Doe' });
  });
  it.each([
    ['{"id":"doe","name":"Jan Doe","terms":[{"country":"ABC","sector":"GOV","office":"x","start":"2001","end":null}]}', '"id" must start with "person:"'],
    ['{"id":"person:doe","name":"Jan Doe","terms":[]}', '"terms" must be a non-empty list'],
    ['{"id":"person:doe","name":"Jan Doe","terms":[{"country":"ABC","sector":"GOV","office":"x","start":"May 2001","end":null}]}', 'terms[0]: "start" must be a date'],
    ['{"id":"person:doe","name":"Jan Doe","terms":[{"country":"Abc","sector":"GOV","office":"x","start":"2001","end":null}]}', 'terms[0]: "country" must be a 3-letter code'],
  ])('rejects %s', (row, reason) => {
    const dir = folder({}, { 'bad.jsonl': PERSON + '\n' + row + '\n' });
    expect(() => loadPeople(join(dir, 'people'))).toThrow(`bad.jsonl:2: ${reason}`);
  });
});

describe('provinces.jsonl (regions and peoples that imply one country)', () => {
  it('gives place and adjective entries of the country, marked as provinces', () => {
    const dir = folder({ 'provinces.jsonl': '// comment\n{"id":"hill","country":"ABC","names":["Hill Country"],"adjectives":["Hillish"]}\n' });
    const e = loadActorData(dir).dictionaries[0]!.entries.filter((x) => x.id === 'provinces.v2:hill');
    expect(e.map((x) => [x.kind, x.country, x.province, x.names[0]])).toEqual([['country', 'ABC', true, 'Hill Country'], ['demonym', 'ABC', true, 'Hillish']]);
  });
  it('rejects a row without a country code, quoting file and line', () => {
    const dir = folder({ 'provinces.jsonl': '{"id":"hill","country":"Abc","names":["Hill Country"],"adjectives":[]}\n' });
    expect(() => loadActorData(dir)).toThrow(/provinces\.jsonl:1: .*"country" must be a 3-letter code/);
  });
  it('accepts the "aim" place list', () => {
    const dir = folder({ 'places.jsonl': '{"id":"a","kind":"aim","words":["fired"]}\n' });
    expect(loadActorData(dir).places[0]).toMatchObject({ kind: 'aim', words: ['fired'] });
  });
});

describe('groups.jsonl and cities.jsonl', () => {
  it('a group keeps its homes; a city is flagged as a place only', () => {
    const dir = folder({
      'groups.jsonl': '{"id":"hillfolk","names":["Hillfolk"],"homes":["ABC","DEF"]}\n',
      'cities.jsonl': '// comment\n{"id":"port","names":["Port Abc"],"country":"ABC"}\n',
    });
    const e = loadActorData(dir).dictionaries[0]!.entries;
    expect(e.find((x) => x.id === 'groups.v2:hillfolk')).toMatchObject({ kind: 'group', homes: ['ABC', 'DEF'], sector: null });
    expect(e.find((x) => x.id === 'cities.v2:port')).toMatchObject({ kind: 'group', country: 'ABC', city: true });
  });
  it('rejects a group without homes and a city without a country code, quoting file and line', () => {
    expect(() => loadActorData(folder({ 'groups.jsonl': '{"id":"g","names":["G"],"homes":[]}\n' }))).toThrow(/groups\.jsonl:1: .*"homes" must not be empty/);
    expect(() => loadActorData(folder({ 'groups.jsonl': '{"id":"g","names":["G"],"homes":["Abc"]}\n' }))).toThrow(/groups\.jsonl:1: .*3-letter codes/);
    expect(() => loadActorData(folder({ 'cities.jsonl': '{"id":"c","names":["C"]}\n' }))).toThrow(/cities\.jsonl:1: .*"country" must be a 3-letter code/);
  });
  it('the project files load: every group home and city country is a known code', () => {
    const d = loadActorData();
    const known = new Set(d.dictionaries[0]!.entries.filter((x) => x.id.startsWith('countries.')).map((x) => x.country));
    const groups = d.dictionaries[0]!.entries.filter((x) => x.homes);
    const cities = d.dictionaries[0]!.entries.filter((x) => x.city);
    expect(groups.length).toBeGreaterThan(30);
    expect(cities.length).toBeGreaterThan(300);
    expect(groups.flatMap((g) => g.homes!).filter((c) => !known.has(c))).toEqual([]);
    expect(cities.map((c) => c.country).filter((c) => !known.has(c))).toEqual([]);
  });
});

describe('round 6: dated names and houses', () => {
  it('a state\'s names for a while become dated entries with the state\'s ids', () => {
    const d = loadActorData(folder({ 'countries.jsonl': '{"id":"ABC","name":"Abcland","names":["Abcland"],"adjectives":[],"capitals":[],"dated":[{"names":["Old Abc"],"adjectives":["Old Abcish"],"from":"1970","to":"1990"}]}\n' }));
    const dated = d.dictionaries[0]!.entries.filter((e) => e.from);
    expect(dated.map((e) => [e.id, e.names[0], e.from, e.to])).toEqual([['countries.v2:ABC', 'Old Abc', '1970', '1990'], ['demonyms.v2:ABC', 'Old Abcish', '1970', '1990']]);
  });
  it('reads houses.jsonl with versioned ids', () => {
    const d = loadActorData(folder({ 'houses.jsonl': '{"id":"senate","words":["Senate"],"sector":"LEG","countries":["ABC"],"default":null,"sectors":{"ABC":"PTY"}}\n' }));
    expect(d.houses).toEqual([{ id: 'houses.v2:senate', words: ['Senate'], sector: 'LEG', countries: ['ABC'], default: null, sectors: { ABC: 'PTY' } }]);
  });
  it.each([
    ['houses.jsonl', '{"id":"s","words":["Senate"],"sector":"LEG","countries":["abc"],"default":null}', /houses\.jsonl:1.*"countries" must hold 3-letter codes/],
    ['houses.jsonl', '{"id":"s","words":["Senate"],"sector":"LEG","countries":["*"],"default":null,"docHas":{"ABC":"BJP"}}', /"docHas" must map 3-letter codes to lists of words/],
    ['countries.jsonl', '{"id":"ABC","name":"A","names":["A"],"adjectives":[],"capitals":[],"dated":[{"names":["B"],"from":"1970"}]}', /countries\.jsonl:1.*dated\[0\]: "to" must be a date/],
  ])('a bad row in %s is named with its reason', (f, row, why) => {
    expect(() => loadActorData(folder({ [f]: row + '\n' }))).toThrow(why);
  });
});
