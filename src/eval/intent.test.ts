import { describe, expect, it } from 'vitest';
import { intentAsCode } from './intent.ts';
import type { PredEvent } from './score.ts';

const P = (code: string, modality: string): PredEvent => ({ source: 'USA', target: 'IRN', code, root: code.slice(0, 2), plover: null, modality });

describe('intentAsCode', () => {
  it('recodes an intended attack as a threat of force and an intended visit as intent to meet', () => {
    expect(intentAsCode(P('190', 'intended'))).toMatchObject({ code: '138', root: '13', modality: 'asserted' });
    expect(intentAsCode(P('042', 'intended'))).toMatchObject({ code: '036', root: '03', modality: 'asserted' });
    expect(intentAsCode(P('042', 'intended')).plover).toBeTruthy();
  });
  it('leaves events of other modalities alone', () => {
    expect(intentAsCode(P('190', 'asserted'))).toMatchObject({ code: '190', modality: 'asserted' });
    expect(intentAsCode(P('042', 'negated'))).toMatchObject({ code: '042', modality: 'negated' });
  });
});

describe('intentAsCode and the kind of an intention', () => {
  it('a plan the text states stays the act; a voiced one becomes the intention', () => {
    expect(intentAsCode({ ...P('072', 'intended'), intent: 'planned' })).toMatchObject({ code: '072', modality: 'intended' });
    expect(intentAsCode({ ...P('190', 'intended'), intent: 'voiced' })).toMatchObject({ code: '138', modality: 'asserted' });
  });
});
