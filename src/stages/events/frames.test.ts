import { describe, expect, it } from 'vitest';
import { rejectCode } from './frames.ts';

describe('rejectCode', () => {
  const cases: Array<[string, string]> = [
    ['072', '1212'], ['071', '1211'], ['070', '121'], ['042', '125'], ['0841', '1243'], ['085', '1244'], ['051', '120'], ['190', '190'],
  ];
  for (const [code, want] of cases) it(`${code} refused → ${want}`, () => expect(rejectCode(code)).toBe(want));
});
