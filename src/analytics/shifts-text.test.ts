import { describe, expect, it } from 'vitest';
import type { Shift } from './shifts.ts';
import { shiftsText } from './shifts-text.ts';

const seg = (from: string, to: string, level: number, low: string | null, high: string | null) => ({
  from, to, level, events: 10,
  low: low ? { period: low, level: level - 0.2, observed: level - 0.3 } : null,
  high: high ? { period: high, level: level + 0.2, observed: level + 0.3 } : null,
});

const shift: Shift = {
  metric: 'shifts.bocpd.v1', a: 'PAK', b: 'USA', period: '2008-03-01', direction: 'cooling',
  before: seg('2007-01-01', '2008-02-01', 1.9, '2007-05-01', '2007-09-01'),
  after: seg('2008-03-01', '2009-12-01', 1.1, '2009-05-01', '2008-03-01'),
  extreme: { kind: 'low', period: '2009-05-01', level: 0.9, observed: 0.8 },
  delta: -0.8, z: -5, confidence: 0.93, flagged: true, score: 0.744, drivers: [],
};

describe('shiftsText', () => {
  it('says where a turn led, with each side\'s low and high, in the period\'s own labels', () => {
    const t = shiftsText({ by: 'month', shifts: [{ ...shift, evidence: [{ id: 'd1:e0', date: '2008-03-04', cameo: '111', quote: 'An invented complaint.' }] }] });
    expect(t.split('\n')).toEqual([
      'Pakistan–United States: cooling from 2008-03, to a low in 2009-05 (0.90) (Δ -0.80 log-odds, confidence 0.930) [shifts.bocpd.v1]',
      '    before 2007-01…2008-02 level 1.90, low 2007-05 (1.70), high 2007-09 (2.10)',
      '    after  2008-03…2009-12 level 1.10, low 2009-05 (0.90), high 2008-03 (1.30)',
      '    2008-03-04 111 An invented complaint. [d1:e0]',
      '',
    ]);
  });
  it('marks an unflagged shift and a segment without evidence', () => {
    const t = shiftsText({ by: 'year', shifts: [{ ...shift, flagged: false, extreme: null, after: seg('2008-01-01', '2009-01-01', NaN, null, null) }] });
    expect(t).toContain('cooling from 2008 (Δ');
    expect(t).toContain(', not flagged)');
    expect(t).toContain('after  2008…2009 level –, low –, high –');
  });
  it('says when there is nothing', () => {
    expect(shiftsText({ by: 'year', shifts: [] })).toBe('no shifts found\n');
  });
});
