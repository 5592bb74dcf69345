import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../testing/shared.ts';
import { defaultPipeline } from '../pipeline/default.ts';
import { readText } from '../ingest/text-reader.ts';
import { checkSeed, codeAccepted, type SeedExpected } from './seed.ts';
import { docWith } from '../stages/events/fixture.ts';
import { codeEvents } from '../stages/events/index.ts';

describe('checkSeed', () => {
  const exp: SeedExpected = {
    events: [{ id: 'X1', source: 'NOR', target: 'CHL', cameo: '042', accept: ['04'], date: '2012-05', quote: 'Norway visited Chile in May' }],
    not_asserted: [{ source: 'NOR', target: 'PER', root: '04', why: 'planned', quote: 'Norway plans to visit Peru' }],
  };
  it('finds an expected event and flags nothing planned as done', () => {
    const text = 'Norway visited Chile in May. Norway plans to visit Peru.';
    const doc = docWith(text, [{ text: 'Norway', code: 'NOR' }, { text: 'Chile', code: 'CHL' }, { text: 'Norway', code: 'NOR' }, { text: 'Peru', code: 'PER' }], '2012-11-16');
    codeEvents(doc, { date: '2012-11-16' });
    const r = checkSeed(exp, text, doc.events);
    expect(r.found[0]!.event?.cameo).toBe('042');
    expect(r.found[0]!.dateOk).toBe(true);
    expect(r.violations).toEqual([]);
  });
  it('reports a planned event coded as asserted', () => {
    const text = 'Norway plans to visit Peru.';
    const doc = docWith(text, [{ text: 'Norway', code: 'NOR' }, { text: 'Peru', code: 'PER' }], '2012-11-16');
    codeEvents(doc, { date: '2012-11-16' });
    doc.events.forEach((e) => { e.modality = 'asserted'; });
    expect(checkSeed(exp, text, doc.events).violations).toHaveLength(1);
  });
  it('accepts codes by root or listed alternative', () => {
    expect(codeAccepted('043', { cameo: '042', accept: ['04'] })).toBe(true);
    expect(codeAccepted('051', { cameo: '042', accept: ['04'] })).toBe(false);
  });
});

describeShared('seed article: events from raw text', 'seed/expected.json', () => {
  const exp = JSON.parse(readFileSync(sharedPath('seed/expected.json'), 'utf8')) as SeedExpected;
  const doc = readText(readFileSync(sharedPath('seed/000_38fe8fbb85fc2e59.txt'), 'utf8'));
  defaultPipeline().run(doc);
  const r = checkSeed(exp, doc.text, doc.events);
  for (const f of r.found) it(`${f.id} is found with an accepted code`, () => { expect(f.event, f.id).not.toBeNull(); });
  it('E1-E3 carry the month of the visit', () => {
    expect(r.found.filter((f) => ['E1', 'E2', 'E3'].includes(f.id)).map((f) => f.dateOk)).toEqual([true, true, true]);
  });
  it('nothing cancelled, counterfactual or planned is coded as having happened', () => {
    expect(r.violations.map((v) => `${v.event.source.code}>${v.event.target?.code} ${v.event.cameo} ${v.event.modality}`)).toEqual([]);
  });
});
