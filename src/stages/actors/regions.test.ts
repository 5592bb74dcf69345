// Regions (data/actors/regions.jsonl) and dated places (data/actors/eras.jsonl): sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import type { ActorMention } from '../../doc/types.ts';
import { tokenize } from '../../nlp/tokenize.ts';
import { actorsStage } from './index.ts';
import { loadActorData } from './load.ts';

const stage = actorsStage();
function read(text: string, date = '2016-03-01', dateline?: string): ActorMention[] {
  const doc = createDoc(text, { published: date, ...(dateline ? { dateline } : {}) });
  const t = tokenize(text);
  doc.sentences = t.sentences; doc.tokens = t.tokens;
  stage.run(doc, { date });
  return doc.actors;
}
/** [text, code, locationOnly] of every mention */
const all = (text: string, date?: string) => read(text, date).map((m) => [m.text, m.code, !!m.locationOnly]);
/** codes of the mentions that are actors (not places only) */
const codes = (text: string, date?: string) => read(text, date).filter((m) => !m.locationOnly).map((m) => m.code);

describe('regions: states, provinces and oblasts are places of one country', () => {
  it('a region alone is a place only, with its country', () => {
    expect(all('The navy ran drills off Nova Scotia and in Tasmania.')).toEqual([['Nova Scotia', 'CAN', true], ['Tasmania', 'AUS', true]]);
    expect(all('Floods in Guangxi displaced thousands.')).toEqual([['Guangxi', 'CHN', true]]);
    expect(all('Nebraska is mostly farmland.')).toEqual([['Nebraska', 'USA', true]]); // no actor without a role
    expect(read('Heavy snow fell across the Tver region.')[0]).toMatchObject({ country: 'RUS', entry: 'regions.v1:rus-tver', locationOnly: true });
  });

  it('a role after a region takes its country and the role\'s sector, but no state office holder', () => {
    expect(codes('Ohio authorities closed the plant.')).toEqual(['USAGOV']);
    expect(codes('The Yunnan government denied the claim.')).toEqual(['CHNGOV']);
    const [m] = read("Manitoba's premier met farmers.", '2019-05-01');
    expect([m!.code, m!.person ?? null]).toEqual(['CANGOV', null]);
    expect(codes('Police in Jalisco detained four suspects.')).toEqual(['MEXCOP']);
  });

  it('the object of an armed action is the target; a place where fighting goes on stays a place', () => {
    expect(codes('Drones attacked the Kursk region overnight.')).toContain('RUS');
    expect(codes('Missile strikes in the Sumy region killed two.')).toEqual(['UKR']);
    expect(read('Fighting went on in the Sumy region.').every((m) => m.locationOnly)).toBe(true);
  });

  it('a region next to a capitalised word nobody knows is part of a longer name', () => {
    expect(read('Alaska Airlines cut its routes.')).toEqual([]);
    expect(read('The Utah Jazz won again.')).toEqual([]);
    expect(read('Managers at Kentucky Fried Chicken apologised.')).toEqual([]);
    expect(codes('The governor of Ohio Ann Lester vetoed the bill.')).toEqual(['USAGOV']); // after an office: its holder
    expect(read('The band played in Dayton, Ohio.')).toEqual([]); // the region only says where the town is
    expect(all('Storms hit Oklahoma, Kansas and Iowa.').map((x) => x[1])).toEqual(['USA', 'USA', 'USA']); // a list
  });

  it('Kashmir and Punjab alone give no country; qualified forms give the administering state', () => {
    expect(read('Curfews continued in Kashmir and Punjab.')).toEqual([]);
    expect(codes('Students in Indian-administered Kashmir boycotted classes.')).toEqual(['INDEDU']);
    expect(codes('Police in Azad Kashmir arrested two men.')).toEqual(['PAKCOP']);
    expect(codes('Farmers in Pakistani Punjab blocked roads.')).toEqual(['PAKAGR']);
    expect(codes('Police in Ladakh questioned herders.')).toEqual(['INDCOP']);
  });

  it('existing provinces keep their behaviour: they act like a country', () => {
    expect(codes('Tibetan nuns protested.', '2009-01-01')).toEqual(['CHNREL']);
  });

  it('no region name is also the name of another entry (a country, capital, city, province or other region)', () => {
    const entries = loadActorData().dictionaries[0]!.entries;
    const owners = new Map<string, Set<string>>();
    for (const e of entries) if (!e.era) for (const n of e.names) { const k = n.toLowerCase(); owners.set(k, (owners.get(k) ?? new Set()).add(e.id)); }
    const clashes = entries.filter((e) => e.region && !e.era).flatMap((e) => e.names.filter((n) => owners.get(n.toLowerCase())!.size > 1));
    expect(clashes).toEqual([]);
  });
});

describe('dated places: a place resolves to its state at the text\'s date', () => {
  const placed = (text: string, date: string) => read(text, date).filter((m) => !m.locationOnly).map((m) => [m.text, m.code]);
  it('a capital before its state existed is a city of the state it was part of', () => {
    expect(placed('Police in Juba dispersed a crowd.', '2008-04-02')).toEqual([['Police in Juba', 'SDNCOP']]);
    expect(placed('Police in Juba dispersed a crowd.', '2013-04-02')).toEqual([['Police in Juba', 'SSDCOP']]);
    expect(placed('Juba accused Khartoum of arming militias.', '2013-04-02').map((x) => x[1])).toEqual(['SSDGOV', 'SDNGOV']);
    expect(placed('Juba accused Khartoum of arming militias.', '2008-04-02').map((x) => x[1])).toEqual(['SDNGOV']); // a city then, no government
    expect(placed('Teachers in Asmara went on strike.', '1989-02-01')).toEqual([['Teachers in Asmara', 'ETHEDU']]);
    expect(placed('Teachers in Asmara went on strike.', '1999-02-01')).toEqual([['Teachers in Asmara', 'ERIEDU']]);
    expect(placed('Students in Bratislava marched.', '1989-11-20')).toEqual([['Students in Bratislava', 'CSKEDU']]);
    expect(placed('Students in Bratislava marched.', '1994-11-20')).toEqual([['Students in Bratislava', 'SVKEDU']]);
  });

  it('Montenegro: Yugoslavia, then Serbia and Montenegro, then Montenegro', () => {
    expect(placed('Police in Podgorica held a smuggler.', '1998-05-01')).toEqual([['Police in Podgorica', 'YUGCOP']]);
    expect(placed('Police in Podgorica held a smuggler.', '2004-05-01')).toEqual([['Police in Podgorica', 'SCGCOP']]);
    expect(placed('Police in Podgorica held a smuggler.', '2007-05-01')).toEqual([['Police in Podgorica', 'MNECOP']]);
  });

  it('Yugoslav republics and Soviet republics before independence', () => {
    expect(placed('Workers in Ljubljana and Skopje went on strike.', '1987-03-01').map((x) => x[1])).toEqual(['YUGCVL']);
    expect(placed('Police in Sarajevo arrested a student.', '1990-03-01')).toEqual([['Police in Sarajevo', 'YUGCOP']]);
    expect(placed('Police in Sarajevo arrested a student.', '1996-03-01')).toEqual([['Police in Sarajevo', 'BIHCOP']]);
    for (const [city, iso] of [['Kyiv', 'UKR'], ['Kiev', 'UKR'], ['Tbilisi', 'GEO'], ['Tashkent', 'UZB'], ['Vilnius', 'LTU'], ['Alma-Ata', 'KAZ']]) {
      expect(placed(`Protesters in ${city} demanded reforms.`, '1987-06-01')).toEqual([[`Protesters in ${city}`, 'USRCVL']]);
      expect(placed(`Protesters in ${city} demanded reforms.`, '1995-06-01')).toEqual([[`Protesters in ${city}`, `${iso}CVL`]]);
    }
    expect(placed('Riga signed a trade deal with Stockholm.', '1998-01-01').map((x) => x[1])).toEqual(['LVAGOV', 'SWEGOV']);
    expect(placed('Riga signed a trade deal with Stockholm.', '1980-01-01').map((x) => x[1])).toEqual(['SWEGOV']);
  });

  it('the Soviet capital, its seats and Russian places before 1991-12-26', () => {
    expect(placed('Moscow rejected the proposal.', '1984-02-01')).toEqual([['Moscow', 'USRGOV']]);
    expect(placed('Moscow rejected the proposal.', '1994-02-01')).toEqual([['Moscow', 'RUSGOV']]);
    expect(placed('The Kremlin rejected the proposal.', '1984-02-01')).toEqual([['The Kremlin', 'USRGOV']]);
    expect(placed('Students in Murmansk went on strike.', '1989-07-01')).toEqual([['Students in Murmansk', 'USREDU']]);
    expect(placed('Chechen fighters ambushed a convoy.', '1996-01-10').map((x) => x[1])).toEqual(['RUSREB']);
  });

  it('the two Germanys: East German cities and regions before 1990-10-03, Bonn the capital of West Germany', () => {
    expect(placed('Crowds in Leipzig demanded free travel.', '1989-10-09')).toEqual([['Crowds in Leipzig', 'DDRCVL']]);
    expect(placed('Crowds in Leipzig demanded free travel.', '1993-10-09')).toEqual([['Crowds in Leipzig', 'DEUCVL']]);
    expect(placed('Farmers in Thuringia protested.', '1988-05-01')).toEqual([['Farmers in Thuringia', 'DDRAGR']]);
    expect(placed('Farmers in Thuringia protested.', '2008-05-01')).toEqual([['Farmers in Thuringia', 'DEUAGR']]);
    expect(placed('Bonn protested to East Berlin.', '1984-06-01').map((x) => x[1])).toEqual(['DEUGOV', 'DDRGOV']);
    expect(placed('Bonn protested.', '2005-06-01')).toEqual([]); // a city again
    expect(placed('Police in East Berlin arrested a man.', '1996-06-01')).toEqual([['Police in East Berlin', 'DEUCOP']]);
  });

  it('the dateline country follows the date too', () => {
    const national = (date: string) => read('The government raised bread prices.', date, 'MINSK').map((m) => m.code);
    expect(national('1995-01-01')).toEqual(['BLRGOV']);
    expect(national('1985-01-01')).toEqual(['USRGOV']);
  });
});
