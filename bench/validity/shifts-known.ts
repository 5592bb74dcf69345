// Known turns in world politics, 2002–2014, for scoring the shift detector on ICEWS
// dyad-years. THIS LIST WAS FIXED BEFORE LOOKING at any new method's output (written
// 2026-11-30 02:55 UTC from general knowledge, before shifts.bocpd.v1 / the count cost
// existed); do not edit it to fit results. Years are calendar years of the turn; a hit
// is a flagged shift in that direction within [from, to] (one year either side unless
// stated), a low/high is the year the output names as the pair's trough/peak.
// Countries absent from the extract (TUR, TWN, PSE, SSD, KOS) are left out.

export type KnownKind = 'cooling' | 'warming' | 'low' | 'high' | 'steady';
export interface Known { a: string; b: string; kind: KnownKind; from: number; to: number; why: string; required?: boolean }

const turn = (a: string, b: string, kind: KnownKind, y: number, why: string, required = false): Known =>
  ({ a, b, kind, from: y - 1, to: Math.min(2014, y + 1), why, required });

/** The issue's own requirements. */
export const REQUIRED: Known[] = [
  turn('RUS', 'UKR', 'cooling', 2014, 'Crimea, war in the Donbas', true),
  turn('RUS', 'USA', 'cooling', 2014, 'sanctions over Ukraine', true),
  { a: 'PAK', b: 'USA', kind: 'low', from: 2011, to: 2011, why: 'Raymond Davis, Abbottabad raid, Salala: the low', required: true },
  turn('GEO', 'RUS', 'cooling', 2008, 'the August war', true),
  { a: 'GEO', b: 'RUS', kind: 'warming', from: 2009, to: 2013, why: 'recovery after the war', required: true },
  { a: 'IND', b: 'RUS', kind: 'steady', from: 0, to: 0, why: 'steady partners', required: true },
  { a: 'CHN', b: 'PAK', kind: 'steady', from: 0, to: 0, why: 'steady partners', required: true },
];

/** Other known turns, fixed beforehand. */
export const OTHER: Known[] = [
  turn('EGY', 'USA', 'cooling', 2013, 'coup, aid suspended'),
  turn('CHN', 'JPN', 'cooling', 2012, 'Senkaku/Diaoyu nationalisation'),
  turn('IND', 'PAK', 'cooling', 2008, 'Mumbai attacks'),
  turn('IND', 'PAK', 'warming', 2004, 'composite dialogue begins'),
  turn('IRN', 'USA', 'warming', 2013, 'Rouhani, interim nuclear deal'),
  turn('THA', 'USA', 'cooling', 2014, 'coup, aid suspended'),
  turn('KOR', 'PRK', 'cooling', 2008, 'end of the Sunshine Policy, Kumgang shooting'),
  turn('KOR', 'PRK', 'cooling', 2010, 'Cheonan, Yeonpyeong'),
  turn('EST', 'RUS', 'cooling', 2007, 'Bronze Soldier'),
  turn('COL', 'ECU', 'cooling', 2008, 'Angostura raid'),
  turn('COL', 'VEN', 'warming', 2010, 'Santos–Chávez rapprochement'),
  turn('ISR', 'LBN', 'cooling', 2006, 'Lebanon war'),
  turn('RUS', 'UKR', 'warming', 2010, 'Yanukovych, Kharkiv accords'),
  turn('RUS', 'USA', 'warming', 2009, 'the reset'),
  turn('USA', 'VEN', 'cooling', 2008, 'ambassadors expelled'),
  turn('BOL', 'USA', 'cooling', 2008, 'ambassador expelled'),
  turn('LBY', 'USA', 'warming', 2004, 'Libya gives up WMD, ties restored'),
  turn('LBY', 'USA', 'cooling', 2011, 'civil war, intervention'),
  turn('SYR', 'USA', 'cooling', 2011, 'Syrian war'),
  turn('MMR', 'USA', 'warming', 2012, 'opening, Clinton and Obama visits'),
  turn('CHN', 'PHL', 'cooling', 2012, 'Scarborough Shoal'),
  turn('CHN', 'VNM', 'cooling', 2014, 'HYSY-981 oil rig'),
  turn('JPN', 'KOR', 'cooling', 2012, 'Dokdo/Takeshima visit'),
  turn('IRQ', 'USA', 'cooling', 2003, 'invasion'),
  turn('FRA', 'USA', 'cooling', 2003, 'Iraq war split'),
  turn('DEU', 'USA', 'cooling', 2003, 'Iraq war split'),
  turn('CUB', 'USA', 'warming', 2014, 'December 2014 opening'),
  turn('HND', 'USA', 'cooling', 2009, 'coup'),
  turn('CIV', 'FRA', 'cooling', 2004, 'Bouaké, French strikes'),
  turn('ETH', 'SOM', 'cooling', 2006, 'Ethiopian intervention'),
  turn('GBR', 'RUS', 'cooling', 2007, 'Litvinenko'),
  turn('CHN', 'NOR', 'cooling', 2010, 'Nobel prize to Liu Xiaobo'),
];

/** Steady pairs, chosen beforehand: a detector should flag none of these. */
export const STEADY: Known[] = [
  ['CAN', 'USA'], ['AUS', 'USA'], ['GBR', 'USA'], ['DEU', 'FRA'], ['AUS', 'NZL'],
  ['NOR', 'SWE'], ['ESP', 'PRT'], ['BEL', 'NLD'], ['FIN', 'SWE'],
].map(([a, b]) => ({ a: a!, b: b!, kind: 'steady' as const, from: 0, to: 0, why: 'steady partners' }));
