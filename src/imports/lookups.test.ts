import { describe, expect, it } from 'vitest';
import { countryNames, icewsSectors, ploverCrosswalk } from './lookups.ts';

describe('import lookups (data/imports)', () => {
  it.each([
    ['Russian Federation', 'RUS'], ['russia', 'RUS'], ['Occupied Palestinian Territory', 'PSE'], ["Cote d'Ivoire", 'CIV'],
    ['Moldova, Republic of', 'MDA'], ['the former Yugoslav Republic of Macedonia', 'MKD'], ['Democratic Republic of Congo', 'COD'], ['Congo', 'COG'],
  ])('%s → %s', (name, iso) => { expect(countryNames()[name.toLowerCase()]).toBe(iso); });

  it('maps ICEWS sectors to CAMEO sector codes and leaves ideologies out', () => {
    const s = icewsSectors();
    expect([s['executive'], s['military'], s['police'], s['protestors / popular opposition / mobs'], s['global diplomatic igos']]).toEqual(['GOV', 'MIL', 'COP', 'OPP', 'IGO']);
    expect(s['center right']).toBeUndefined();
  });

  it('ties a PLOVER type to a root only when the crosswalk gives one root', () => {
    const x = ploverCrosswalk();
    expect(x.root.consult).toBe('04');
    expect(x.root.assault).toBeUndefined(); // 17-20
    expect(x.quad.assault).toBe('4');
    expect(x.types.protest).toBe('PROTEST');
  });
});
