import { describe, expect, it } from 'vitest';
import { cameo, cameoTable, ploverRoots, quadOfRoot } from './index.ts';

describe('cameo facts', () => {
  it('covers the 20 roots and their codes', () => {
    const roots = new Set([...cameoTable().values()].map((c) => c.root));
    expect(roots.size).toBe(20);
    expect(cameoTable().size).toBeGreaterThan(300);
  });
  it('looks codes up with or without the leading zero', () => {
    expect(cameo('042')).toMatchObject({ root: '04', quad: 1, goldstein: 1.9, plover: { type: 'CONSULT', mode: 'visit' } });
    expect(cameo('42')?.code).toBe('042');
    expect(cameo('190')?.quad).toBe(4);
    expect(cameo('13y')).toBeNull();
  });
  it('maps PLOVER types back to roots and roots to quads', () => {
    expect(ploverRoots('CONSULT')).toEqual(['04']);
    expect(quadOfRoot('09')).toBe(2);
    expect(quadOfRoot(14)).toBe(3);
  });
});
