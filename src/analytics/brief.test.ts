import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../store/store.suite.ts';
import type { EventRow, RelationRow } from '../store/store.ts';
import { briefFrom, dyadKey, excerpt } from './brief.ts';
import { emptyCounts } from './series.ts';

const ev = (id: string, src: string, tgt: string, cameo: string, quad: number, modality = 'asserted'): EventRow =>
  sampleEvent({ id, src_country: src, tgt_country: tgt, cameo, root: cameo.slice(0, 2), quad, modality, date: '2013-05-01', quote: `sentence ${id}` });
const rel = (id: string, a: string, b: string, direction: string, hedged = false): RelationRow =>
  ({ id, doc_id: 'd', a, b, direction, strength: 1, quote: `statement ${id}`, start: 0, end: 1, rule: 't', sentence: 0, date: '2013-05-01', hedged });

describe('briefFrom', () => {
  it('calls a pair with only cooperative events friendly, not warming', () => {
    const b = briefFrom({ at: '2013-06-01', from: '2012-06-02', events: [ev('1', 'AAA', 'BBB', '042', 1), ev('2', 'BBB', 'AAA', '057', 1), ev('3', 'AAA', 'BBB', '043', 1)], relations: [] });
    expect(b.dyads[0]).toMatchObject({ a: 'AAA', b: 'BBB', direction: 'friendly', index_kind: 'evidence.v1' });
    expect(b.dyads[0]!.summary).toBe('AAA–BBB: friendly (a visit, a hosted visit, a signed agreement)');
  });
  it('is steady on thin, mixed evidence and hostile on conflict', () => {
    const b = briefFrom({ at: '2013-06-01', from: '2012-06-02', events: [ev('1', 'AAA', 'BBB', '042', 1), ev('2', 'BBB', 'AAA', '111', 3), ev('3', 'CCC', 'DDD', '112', 3), ev('4', 'DDD', 'CCC', '138', 3), ev('5', 'CCC', 'DDD', '190', 4)], relations: [] });
    const by = Object.fromEntries(b.dyads.map((d) => [`${d.a}-${d.b}`, d]));
    expect(by['AAA-BBB']!.direction).toBe('steady');
    expect(by['CCC-DDD']!.direction).toBe('hostile');
    expect(b.dyads[0]!.a).toBe('CCC'); // stronger calls first
  });
  it('weighs hedged statements and plans less, and skips what did not happen', () => {
    const hedged = briefFrom({ at: '2013-06-01', from: '2012-06-02', events: [], relations: [rel('r1', 'AAA', 'BBB', 'cooling', true)] });
    const firm = briefFrom({ at: '2013-06-01', from: '2012-06-02', events: [], relations: [rel('r1', 'AAA', 'BBB', 'cooling')] });
    expect(hedged.dyads[0]!.change).toBeGreaterThan(firm.dyads[0]!.change);
    const b = briefFrom({ at: '2013-06-01', from: '2012-06-02', events: [ev('1', 'AAA', 'BBB', '042', 1, 'negated'), ev('2', 'AAA', 'BBB', '042', 1, 'hypothetical')], relations: [] });
    expect(b.dyads).toEqual([]);
  });
  it('uses the alignment index against the pair\'s own history when it has one', () => {
    const quarters = ['2011-01-01', '2011-04-01', '2011-07-01', '2011-10-01', '2012-01-01', '2012-04-01', '2012-07-01', '2012-10-01', '2013-01-01', '2013-04-01'];
    const history = new Map([[dyadKey('BBB', 'AAA'), quarters.map((period, i) => ({ ...emptyCounts(), period, a: 'AAA', b: 'BBB', q1: i < 8 ? 90 : 20, q3: i < 8 ? 10 : 80, n: 100 }))]]);
    const events = [ev('1', 'AAA', 'BBB', '112', 3), ev('2', 'BBB', 'AAA', '111', 3), ev('3', 'AAA', 'BBB', '042', 1)];
    const b = briefFrom({ at: '2013-06-01', from: '2012-06-02', events, relations: [], history });
    expect(b.dyads[0]).toMatchObject({ direction: 'cooling', index_kind: 'alignment.v1' });
    expect(b.dyads[0]!.index).toBeLessThan(-1);
    expect(b.dyads[0]!.summary).toBe('AAA–BBB: cooling (a criticism, an accusation)');
  });
  it('keeps to the focus countries', () => {
    const b = briefFrom({ at: '2013-06-01', from: '2012-06-02', events: [ev('1', 'AAA', 'BBB', '042', 1), ev('2', 'CCC', 'DDD', '042', 1)], relations: [], focus: ['DDD'] });
    expect(b.dyads.map((d) => d.a)).toEqual(['CCC']);
  });
});

describe('reasons', () => {
  it('renders plans as planned acts', () => {
    const b = briefFrom({ at: '2013-06-01', from: '2012-06-02', events: [ev('1', 'AAA', 'BBB', '062', 2, 'intended'), ev('2', 'AAA', 'BBB', '042', 1, 'intended'), ev('3', 'BBB', 'AAA', '040', 1, 'intended'), ev('4', 'BBB', 'AAA', '040', 1, 'intended')], relations: [rel('r', 'AAA', 'BBB', 'warming')] });
    expect(b.dyads[0]!.summary).toBe('AAA–BBB: warming (2 planned consultations, planned military cooperation, a planned visit, a report of warming ties)');
  });
});

describe('evidence excerpt', () => {
  it('keeps short quotes and centres long ones on the actors named', () => {
    expect(excerpt('Ruritania hosted Freedonia.', ['Ruritania', 'Freedonia'])).toBe('Ruritania hosted Freedonia.');
    const long = 'In a long and winding preamble about many unrelated matters of the season and the weather, officials noted that Ruritania hosted Freedonia for talks on trade, tariffs and the border, and then a great deal more was said about other things entirely.';
    const part = excerpt(long, ['Ruritania', 'Freedonia']);
    expect(part).toContain('Ruritania hosted Freedonia');
    expect(part.length).toBeLessThanOrEqual(112);
    expect(part.startsWith('…')).toBe(true);
    expect(excerpt(long, ['Nowhere'])).toBe(long);
  });
});
