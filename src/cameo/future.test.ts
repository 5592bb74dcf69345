import { describe, expect, it } from 'vitest';
import { cameo } from './index.ts';
import { intentCode, ploverLabel } from './future.ts';

const f = (c: string) => cameo(c)!;

describe('intentCode', () => {
  it('maps an intended action to the CAMEO code of the stated intention, most specific first', () => {
    expect(intentCode('042')?.code).toBe('036');
    expect(intentCode('0711')?.code).toBe('0331');
    expect(intentCode('073')?.code).toBe('0333');
    expect(intentCode('1723')?.code).toBe('1323');
    expect(intentCode('190')?.code).toBe('138');
    expect(intentCode('163')?.code).toBe('1312');
  });
});

describe('ploverLabel', () => {
  it('keeps the crosswalk type for what happened', () => {
    expect(ploverLabel(f('042'), 'asserted')).toEqual({ type: 'CONSULT', mode: f('042').plover!.mode });
    expect(ploverLabel(f('190'), 'reported').type).toBe('ASSAULT');
  });
  it('reads a future cooperative action as AGREE, a future retreat as CONCEDE, a future attack as THREATEN', () => {
    expect(ploverLabel(f('042'), 'intended')).toMatchObject({ type: 'AGREE', context: ['future'] });
    expect(ploverLabel(f('073'), 'intended').type).toBe('AGREE');
    expect(ploverLabel(f('0874'), 'intended').type).toBe('CONCEDE');
    const t = ploverLabel(f('190'), 'intended');
    expect(t.type).toBe('THREATEN');
    expect(t.mode).toBe(cameo('138')!.plover!.mode);
  });
  it('leaves verbal acts in the future as they are', () => {
    expect(ploverLabel(f('112'), 'intended').type).toBe('ACCUSE');
    expect(ploverLabel(f('100'), 'intended').type).toBe('REQUEST');
  });
});

describe('PLOVER labels a pattern gives its act', () => {
  it('a resignation is RETREAT/resign in PLOVER though CAMEO codes it 0831', async () => {
    const { patterns } = await import('../stages/events/patterns.ts');
    const own = patterns().plover?.get('verbs.v1:resign#2');
    expect(own).toEqual({ type: 'RETREAT', mode: 'resign' });
    expect(ploverLabel(f('0831'), 'asserted', own)).toEqual({ type: 'RETREAT', mode: 'resign' });
    expect(ploverLabel(f('0831'), 'asserted').type).toBe('CONCEDE');
    // a resignation announced for later is a concession (the manual's future retreat)
    expect(ploverLabel(f('0831'), 'intended', own).type).toBe('CONCEDE');
  });
  it('lifting a curfew is CONCEDE, as the PLOVER manual names it', () => {
    expect(f('0813').plover?.type).toBe('CONCEDE');
  });
  it('international sanctions (163) are SANCTION discontinue, as the PLOVER manual codes them', () => {
    expect(f('163').plover).toEqual({ type: 'SANCTION', mode: 'discontinue' });
    expect(ploverLabel(f('163'), 'intended').type).toBe('THREATEN');
  });
});
