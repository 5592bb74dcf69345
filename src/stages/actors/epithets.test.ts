// Epithets (data/actors/epithets.jsonl) and people beyond office (data/actors/people/without-office.jsonl):
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import type { ActorMention } from '../../doc/types.ts';
import { tokenize } from '../../nlp/tokenize.ts';
import { actorsStage } from './index.ts';
import { loadActorData, loadPeople } from './load.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const stage = actorsStage();
function read(text: string, date = '2012-05-10'): ActorMention[] {
  const doc = createDoc(text, { published: date });
  const t = tokenize(text);
  doc.sentences = t.sentences; doc.tokens = t.tokens;
  stage.run(doc, { date });
  return doc.actors;
}
/** the mention whose text is `words` */
const find = (ms: ActorMention[], words: string) => ms.find((m) => m.text === words);

describe('epithets: a description of a state points back to the last state named that fits it', () => {
  it('"the Gulf state", "the wealthy Gulf emirate": the last Gulf state named, a coref of that mention', () => {
    const ms = read('Oman hosted envoys from Chile on Sunday. The Gulf state said talks would resume.');
    const m = find(ms, 'The Gulf state')!;
    expect(m).toMatchObject({ country: 'OMN', code: 'OMN', kind: 'coref', sector: null });
    expect(m.antecedent).toBe(ms.find((x) => x.text === 'Oman')!.id);
    expect(m.entry).toMatch(/^epithets\.v1:gulf\/state$/);
    // the most recent that fits, not just the most recent: Chile is no Gulf state
    expect(find(read('Kuwait and Chile signed a fishing deal. The wealthy Gulf emirate will buy salmon.'), 'The wealthy Gulf emirate')?.country).toBe('KWT');
  });

  it('every attribute must fit, at the text\'s date', () => {
    // "kingdom": Nepal was one until 2008; Bhutan still is
    expect(find(read('Nepal asked China for road funds. The Himalayan kingdom is poor.', '2004-02-01'), 'The Himalayan kingdom')?.country).toBe('NPL');
    expect(find(read('Nepal asked China for road funds. The Himalayan kingdom is poor.', '2014-02-01'), 'The Himalayan kingdom')).toBeUndefined();
    // "former Soviet": only after the Union ended; "communist": while the party ruled
    expect(find(read('Armenia bought grain from Canada. The former Soviet republic pays in dollars.', '1998-04-01'), 'The former Soviet republic')?.country).toBe('ARM');
    expect(find(read('Laos welcomed Japanese investors. The communist state needs roads.', '2011-01-01'), 'The communist state')?.country).toBe('LAO');
    expect(find(read('Hungary welcomed Japanese investors. The communist state needs roads.', '2011-01-01'), 'The communist state')).toBeUndefined();
    // "republic" is no monarchy; "island" needs an island state
    expect(find(read('Jordan and Tunisia met in Rome. The Arab republic backed the plan.'), 'The Arab republic')?.country).toBe('TUN');
    expect(find(read('Malta and Austria held talks. The Mediterranean island wants ferries.'), 'The Mediterranean island')?.country).toBe('MLT');
  });

  it('regions and attributes of many kinds', () => {
    const one = (text: string, words: string, date?: string) => find(read(text, date), words)?.country;
    expect(one('Talks between Estonia and Japan ended. The Baltic state will host the next round.', 'The Baltic state')).toBe('EST');
    expect(one('Bolivia sued Chile over sea access. The landlocked Andean nation lost the case.', 'The landlocked Andean nation')).toBe('BOL');
    expect(one('Ghana signed a loan with Brazil. The West African nation will build a port.', 'The West African nation')).toBe('GHA');
    expect(one('Djibouti leased land to India. The Horn of Africa nation needs rent.', 'The Horn of Africa nation')).toBe('DJI');
    expect(one('Tajikistan met Turkish envoys. The Central Asian republic wants trade.', 'The Central Asian republic')).toBe('TJK');
    expect(one('Iceland and Peru agreed on fish quotas. The Nordic country will send boats.', 'The Nordic country')).toBe('ISL');
    expect(one('Germany and Japan met in Paris. The Asian country offered loans.', 'The Asian country')).toBe('JPN');
    expect(one('Ecuador and Angola agreed on output. The oil-rich Latin American nation cut exports.', 'The oil-rich Latin American nation')).toBe('ECU');
  });

  it('the government of the state: "the communist government", "the Gulf regime" (GOV)', () => {
    const m = find(read('Cuba expelled a Dutch diplomat. The communist government accused him of spying.'), 'The communist government')!;
    expect([m.country, m.sector, m.code, m.kind]).toEqual(['CUB', 'GOV', 'CUBGOV', 'coref']);
  });

  it('a role after the description takes its state ("the Gulf kingdom\'s foreign minister")', () => {
    const m = find(read('Bahrain met Kenyan envoys. The Gulf kingdom\'s foreign minister praised them.'), 'The Gulf kingdom\'s foreign minister')!;
    expect([m.country, m.sector]).toEqual(['BHR', 'GOV']);
  });

  it('no state that fits, no mention; the window is this sentence and the two before', () => {
    expect(find(read('Peru and Chile met. The Gulf state stayed away.'), 'The Gulf state')).toBeUndefined();
    const far = read('Qatar sent aid. Storms hit the coast. Roads were shut. Schools closed. The Gulf state sent more.');
    expect(find(far, 'The Gulf state')).toBeUndefined();
    const near = read('Qatar sent aid. Storms hit the coast. The Gulf state sent more.');
    expect(find(near, 'The Gulf state')?.country).toBe('QAT');
  });

  it('not an epithet: no attribute, a plural, the state named after it, a modifier, a name, a pan-national phrase', () => {
    const texts = [
      'Iraq voted. The country is divided.', // "the country" alone
      'Qatar voted. The Gulf states are divided.', // plural
      'Oman voted. The state media praised the vote.', // "state" modifies "media"
      'Saudi Arabia voted. The Gulf state media praised the vote.',
      'Syria spoke of the Arab nation and its unity.', // the pan-Arab nation
    ];
    for (const t of texts) expect(read(t).filter((m) => m.entry.startsWith('epithets.')).map((m) => m.text), t).toEqual([]);
    // "the Gulf state of Bahrain", "the island nation of Fiji": the name that follows is the mention
    expect(read('Iran met the Gulf state of Bahrain.').map((m) => m.country)).toEqual(['IRN', 'BHR']);
    expect(read('Samoa spoke after the island nation of Fiji.').map((m) => m.country)).toEqual(['WSM', 'FJI']);
    // "the Central African Republic" is a country's name, not "a Central African republic"
    expect(read('Chad and the Central African Republic met.').map((m) => m.country)).toEqual(['TCD', 'CAF']);
  });

  it('"of" after the head names the state only when a name follows ("the Gulf state of Qatar", not "of provocation")', () => {
    const ms = read('Latvia expelled two Belarusian diplomats. Minsk accused the Baltic state of provocation.');
    expect(find(ms, 'the Baltic state')?.country).toBe('LVA');
  });

  it('"its" after an epithet points to the same state', () => {
    const ms = read('Brunei welcomed Danish firms. The oil-rich sultanate said its ports were open.');
    expect(find(ms, 'its')?.country).toBe('BRN');
  });
});

describe('fixed epithets: one referent each', () => {
  it('"the Jewish state", "the Islamic Republic", "the Hermit Kingdom", "the Zionist regime"', () => {
    const codes = (t: string, date?: string) => read(t, date).map((m) => m.code);
    expect(codes('The Jewish state rejected the plan.')).toEqual(['ISR']);
    expect(codes('The Islamic Republic tested a missile.')).toEqual(['IRN']);
    expect(codes('The Hermit Kingdom fired a rocket.')).toEqual(['PRK']);
    expect(codes('A cleric attacked the Zionist regime in a sermon.')).toEqual(['ISRGOV']);
    // "the Islamic Republic of X" names X
    expect(codes('Envoys of the Islamic Republic of Mauritania met.')).toEqual(['MRT']);
    expect(codes('The Islamic Republic of Pakistan voted.')).toEqual(['PAK']);
  });
});

describe('people beyond office: opposition, militants, clerics, activists, heads of IGOs and NGOs', () => {
  const person = (text: string, date: string) => read(text, date).find((m) => m.kind === 'person');
  it('opposition leaders and dissidents by date', () => {
    expect(person('Alexei Navalny called for rallies.', '2018-01-01')).toMatchObject({ code: 'RUSOPP', person: 'Alexei Navalny' });
    // Suu Kyi: opposition before 2016, government after (her office terms and her years out of office are one person)
    expect(person('Aung San Suu Kyi met the envoy.', '2010-12-01')?.code).toBe('MMROPP');
    expect(person('Aung San Suu Kyi met the envoy.', '2018-12-01')?.code).toBe('MMRGOV');
    expect(person('Nelson Mandela addressed supporters.', '1990-03-01')?.code).toBe('ZAFOPP');
    expect(person('Nelson Mandela addressed supporters.', '1996-03-01')?.code).toBe('ZAFGOV');
  });

  it('militant and rebel leaders take their group\'s code (orgs.jsonl)', () => {
    expect(person('Osama bin Laden released a tape.', '2004-10-29')?.code).toBe('IMGREB');
    expect(person('Hassan Nasrallah gave a speech.', '2006-08-01')?.code).toBe('LBNREB');
    expect(person('Yahya Sinwar rejected the offer.', '2021-05-20')?.code).toBe('PSEREB');
    expect(person('Yevgeny Prigozhin threatened to withdraw.', '2023-05-05')?.code).toBe('RUSMIL');
    // Hemedti: the RSF under the army until the war of April 2023, a rebel force after
    expect(person('Mohamed Hamdan Dagalo spoke to reporters.', '2024-01-10')?.code).toBe('SDNREB');
  });

  it('religious leaders, activists and heads of organisations', () => {
    expect(person('Pope Benedict XVI visited a mosque.', '2006-11-30')?.code).toBe('VATREL');
    expect(person('Ayatollah Ali al-Sistani issued a fatwa.', '2014-06-13')?.code).toBe('IRQREL');
    expect(person('Greta Thunberg joined the strike.', '2019-09-20')?.code).toBe('SWECVL');
    expect(person('Fatou Bensouda opened an inquiry.', '2016-01-27')).toMatchObject({ code: 'IGO', org: 'ICC' });
    expect(person('Agnès Callamard criticised the verdict.', '2022-06-01')).toMatchObject({ code: 'NGO', org: 'Amnesty International' });
  });

  it('an office the text names picks that office\'s term over a role beyond office at the date', () => {
    // Haniyeh led Hamas (PSEREB) in 2019; "Prime Minister" names his 2006-2014 office
    expect(person('Former Prime Minister Ismail Haniyeh spoke in Gaza.', '2019-02-01')?.code).toBe('PSEGOV');
    expect(person('Ismail Haniyeh spoke in Gaza.', '2019-02-01')?.code).toBe('PSEREB');
    // a generic role word ("leader") does not: "Hamas leader Ismail Haniyeh" stays in his Hamas role
    expect(read('Hamas leader Ismail Haniyeh spoke in Gaza.', '2019-02-01').find((m) => m.person === 'Ismail Haniyeh')?.code).toBe('PSEREB');
  });

  it('a surname alone resolves for a person beyond office named once in full, and no longer steals another\'s', () => {
    const ms = read('Ismail Haniyeh arrived in Doha. Haniyeh met officials.', '2019-02-01');
    expect(ms.filter((m) => m.person === 'Ismail Haniyeh').length).toBe(2);
  });
});

describe('loadPeople: a person in two files is one entry with the terms of both', () => {
  it('merges terms and aliases, the first file\'s name and surname win', () => {
    const dir = mkdtempSync(join(tmpdir(), 'people-'));
    writeFileSync(join(dir, 'a.jsonl'), JSON.stringify({ id: 'person:x', name: 'Ana Kovac', aliases: [], surname: 'Kovac', terms: [{ country: 'HRV', sector: 'GOV', office: 'president', start: '2010', end: '2015' }] }) + '\n');
    writeFileSync(join(dir, 'b.jsonl'), JSON.stringify({ id: 'person:x', name: 'Ana Kovač', aliases: ['A. Kovac'], surname: 'Kovač', terms: [{ country: 'HRV', sector: 'OPP', office: 'opposition leader', start: '2002', end: '2010' }] }) + '\n');
    const [p, ...rest] = loadPeople(dir);
    expect(rest).toEqual([]);
    expect(p!.terms!.map((t) => t.sector)).toEqual(['OPP', 'GOV']);
    expect(p!.names).toEqual(['Ana Kovac', 'Ana Kovač', 'A. Kovac']);
    expect(p!.surname).toBe('Kovac');
  });

  it('the shipped data loads the epithet tables and the fixed epithets', () => {
    const d = loadActorData();
    expect(d.epithets!.tags.find((t) => t.id === 'gulf')!.countries).toContain('QAT');
    expect(d.epithets!.heads.find((h) => h.id === 'government')!.sector).toBe('GOV');
    expect(d.dictionaries[0]!.entries.find((e) => e.id === 'epithets.v1:jewish-state')!.country).toBe('ISR');
  });
});
