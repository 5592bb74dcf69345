import { describe, expect, it } from 'vitest';
import { sharedPath, describeShared } from '../testing/shared.ts';
import { loadDyadYearCsv, parseDyadYearCsv, undirected } from './icews-dyadyear.ts';

describe('ICEWS dyad-year reader', () => {
  it('reads cells, reports bad lines and goes on', () => {
    const r = parseDyadYearCsv('source_iso3,target_iso3,year,verbCoop,matlCoop,verbConf,matlConf\nAAA,BBB,2005,3,1,2,0\nAAA,BBB,20x5,1,1,1,1\nBBB,AAA,2005,1,0,0,4\n', 'x.csv');
    expect(r.cells).toHaveLength(2);
    expect(r.cells[0]).toMatchObject({ period: '2005-01-01', src: 'AAA', tgt: 'BBB', n: 6, q1: 3, q2: 1, q3: 2, q4: 0 });
    expect(r.errors).toEqual([expect.stringMatching(/^x\.csv:3: year must be 4 digits/)]);
    const u = undirected(r.cells);
    expect(u).toHaveLength(1);
    expect(u[0]).toMatchObject({ src: 'AAA', tgt: 'BBB', n: 11, q4: 4 });
  });
  it('names the file when the header is wrong', () => {
    expect(() => parseDyadYearCsv('a,b,c\n', 'y.csv')).toThrow(/^y\.csv:1: header lacks source_iso3/);
  });
});

const DATA = 'data/reference/icews-dyadyear-quad-netify/icews_dyad_year_quadcounts_2002_2014_nonzero.csv';
describeShared('ICEWS dyad-year reader on the netify extract', DATA, () => {
  it('loads every row', () => {
    const r = loadDyadYearCsv(sharedPath(DATA));
    expect(r.errors).toEqual([]);
    expect(r.cells.length).toBe(130401);
  });
});
