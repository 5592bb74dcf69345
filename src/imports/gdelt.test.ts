import { describe, expect, it } from 'vitest';
import { GDELT1_COLUMNS, GDELT2_COLUMNS, GDELT2_MENTION_COLUMNS, gdeltLayout, isGdeltHeader } from './gdelt.ts';
import { modalWidth, sniffText, splitCsv } from './sniff.ts';

const tabRow = (n: number, first = '123') => [first, '20130401', ...Array(n - 2).fill('x')].join('\t');

describe('GDELT layouts', () => {
  it('column lists have the documented widths', () => {
    expect([GDELT1_COLUMNS.length, GDELT2_COLUMNS.length, GDELT2_MENTION_COLUMNS.length]).toEqual([58, 61, 16]);
    expect(GDELT2_COLUMNS.filter((c) => c.endsWith('ADM2Code'))).toEqual(['Actor1Geo_ADM2Code', 'Actor2Geo_ADM2Code', 'ActionGeo_ADM2Code']);
  });

  it.each([
    ['1.0 daily (58)', [tabRow(58), tabRow(58)], 'gdelt1', 58, null],
    ['1.0 historical (57)', [tabRow(57), tabRow(57)], 'gdelt1', 58, null],
    ['1.0 mixed 57/58', [tabRow(57), tabRow(58), tabRow(58)], 'gdelt1', 58, null],
    ['2.0 events (61)', [tabRow(61)], 'gdelt2', 61, null],
    ['2.0 mentions (16)', [tabRow(16)], 'gdelt2-mentions', 16, null],
    ['1.0 with row numbers (59)', [tabRow(59, '1'), tabRow(59, '2')], 'gdelt1', 59, /row-number/],
  ] as const)('%s', (_name, rows, kind, width, note) => {
    const l = gdeltLayout(sniffText(rows.join('\n') + '\n', isGdeltHeader));
    expect(l.kind).toBe(kind);
    expect(l.columns).toHaveLength(width);
    if (note) { expect(l.note).toMatch(note); expect(l.columns[0]).toBe('_skip0'); } else expect(l.note).toBeNull();
  });

  it('takes names from a header, and detects rows one field wider than it', () => {
    const header = GDELT1_COLUMNS.map((c) => `"${c}"`).join(',');
    const row = ['"7"', '1', '20120101', ...Array(56).fill('NA')].join(',');
    const l = gdeltLayout(sniffText(`${header}\n${row}\n${row}\n`, isGdeltHeader));
    expect(l).toMatchObject({ kind: 'gdelt1', header: true, note: expect.stringMatching(/row-number/) });
    expect(l.columns.slice(0, 3)).toEqual(['_skip0', 'GLOBALEVENTID', 'SQLDATE']);
  });

  it('refuses other files with the field count it saw', () => {
    expect(() => gdeltLayout(sniffText('a\tb\tc\n', isGdeltHeader))).toThrow(/rows have 3 fields/);
  });
});

describe('sniff', () => {
  it('splits quoted CSV', () => {
    expect(splitCsv('1,"Tbilisi, Georgia","say ""hi""",,NA')).toEqual(['1', 'Tbilisi, Georgia', 'say "hi"', '', 'NA']);
  });
  it('drops a cut last line and finds the usual width', () => {
    const s = sniffText('a\tb\tc\nd\te\tf\ng\th', () => false);
    expect(s.rows).toEqual([['a', 'b', 'c'], ['d', 'e', 'f']]);
    expect(modalWidth([[1], [1, 2], [1, 2]].map((r) => r.map(String)))).toBe(2);
  });
});
