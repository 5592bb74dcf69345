import { describe, expect, it } from 'vitest';
import { readGold } from './gold.ts';

describe('readGold', () => {
  it('reads PETRARCH records: country from the actor code, root from the event code', () => {
    const g = readGold('g.jsonl', [
      JSON.stringify({ id: 'a', date: '20080804', text: 'Peru visited Chile.', codings: [{ eventcode: '042', sourcecode: 'PERGOV', targetcode: 'CHL' }], noevents: false }),
      JSON.stringify({ id: 'b', date: '20080804', text: 'Nothing.', codings: [], noevents: true }),
    ].join('\n'));
    expect(g.format).toBe('petrarch');
    expect(g.items[0]).toMatchObject({ id: 'a', date: '2008-08-04', events: [{ source: 'PER', target: 'CHL', code: '042', root: '04' }] });
    expect(g.items[1]!.noevents).toBe(true);
  });
  it('reads PLOVER records: actor × recipient pairs, compound actors both ways, old type names mapped', () => {
    const g = readGold('p.jsonl', [
      JSON.stringify({ id: 'DOCUMENT', text: null }),
      JSON.stringify({ id: 'x', text: 'Peru and Chile agreed.', event: 'AGREE', actor: [{ code: 'PER' }, { code: 'CHL' }], recipient: [] }),
      JSON.stringify({ id: 'y', text: 'Peru demanded that Chile pay.', event: 'DEMAND', actor: [{ code: 'PER' }], recipient: [{ code: 'CHL' }] }),
    ].join('\n'));
    expect(g.format).toBe('plover');
    expect(g.items.map((i) => i.events.map((e) => `${e.source}>${e.target} ${e.plover}`))).toEqual([['PER>CHL AGREE', 'CHL>PER AGREE'], ['PER>CHL REQUEST']]);
  });
  it('reports bad lines with file and line, and goes on', () => {
    const g = readGold('bad.jsonl', 'nope\n' + JSON.stringify({ id: 'a', text: '', codings: [] }) + '\n' + JSON.stringify({ id: 'b', text: 'ok', codings: [] }));
    expect(g.errors).toEqual(['bad.jsonl:1: not valid JSON (Unexpected token \'o\', "nope" is not valid JSON)', 'bad.jsonl:2: record a has no text']);
    expect(g.items.map((i) => i.id)).toEqual(['b']);
  });
  it('reads per-coding modality and accept lists; a bad modality is an error for that line', () => {
    const g = readGold('h.jsonl', [
      JSON.stringify({ id: 'h1', date: '2011-03-02', text: 'Norway will visit Peru.', codings: [{ eventcode: '042', sourcecode: 'NORGOV', targetcode: 'PER', modality: 'intended', accept: ['042', '03'] }], noevents: false }),
      JSON.stringify({ id: 'h2', date: '2011-03-02', text: 'Peru met Chile.', codings: [{ eventcode: '040', sourcecode: 'PER', targetcode: 'CHL', modality: 'maybe' }], noevents: false }),
    ].join('\n'));
    expect(g.hasModality).toBe(true);
    expect(g.items[0]!.events[0]).toMatchObject({ modality: 'intended', accept: ['042', '03'] });
    expect(g.errors).toEqual(['h.jsonl:2: record h2 has an unknown modality "maybe"']);
    expect(readGold('x.jsonl', JSON.stringify({ id: 'a', text: 'ok', codings: [{ eventcode: '042', sourcecode: 'PER', targetcode: 'CHL' }] })).hasModality).toBe(false);
  });
});
