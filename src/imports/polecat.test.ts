import { describe, expect, it } from 'vitest';
import { polecatColumns } from './polecat.ts';
describe('POLECAT misformatted headers', () => {
  it('drops a Headline the rows lack, names extra empty trailing fields', () => {
    expect(polecatColumns(['Event ID', 'Headline', 'Event Date'], [['1', '2023-01-01']])).toEqual(['Event ID', 'Event Date']);
    expect(polecatColumns(['Event ID', 'Event Date'], [['1', '2023-01-01', '', '']])).toEqual(['Event ID', 'Event Date', '_extra1', '_extra2']);
    expect(polecatColumns(['Event ID', 'Event Date'], [['1', '2023-01-01']])).toEqual(['Event ID', 'Event Date']);
  });
});
