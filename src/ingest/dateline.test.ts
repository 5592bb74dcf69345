import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline.ts';

describe('findDateline', () => {
  it.each([
    ['LONDON — The talks resumed.', 'LONDON'],
    ['NEW DELHI - India said on Monday...', 'NEW DELHI'],
    ['WASHINGTON (Reuters) - The envoy said...', 'WASHINGTON'],
    ['BEIJING, China — Officials met...', 'BEIJING, China'],
    ['ISLAMABAD: The army chief said...', 'ISLAMABAD'],
  ])('%s', (p, place) => {
    const d = findDateline(p);
    expect(d?.place).toBe(place);
    expect(p.slice(d!.end)).toMatch(/^[A-Z]/);
  });
  it('finds none in ordinary sentences', () => {
    expect(findDateline('The talks resumed on Monday — after a pause.')).toBeNull();
    expect(findDateline('NATO said on Monday it would respond.')).toBeNull();
  });
});
