// Engine needs found by the dev sets D and E (session 4), each on invented sentences.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown } from './fixture.ts';
import { patterns, repeatedVerb } from './patterns.ts';

const code = (text: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(text, actors, '2009-10-06').map((e) => shown(e, 'cameo', false)).sort();

describe('events: engine needs of dev sets D and E', () => {
  it('"return" is no repeated "turn"; "reimpose" repeats "impose"', () => {
    expect(repeatedVerb(patterns(), 'return', 'returned')).toBeNull();
    expect(repeatedVerb(patterns(), 'reimpose', 'reimposed')).toBe('impose');
  });
  it('a past tense tagged as an adjective before a particle and a bare plural object is the verb', () => {
    expect(code('Chadian police rounded up opposition activists in Abeche.', [A('Chadian police', 'TCDCOP'), A('Abeche', 'TCD', 'capital', { locationOnly: true })])).toEqual(['TCDCOP>TCD 173']);
  });
  it('a participle telling the toll of an act coded before it is no act of its own', () => {
    expect(code('Ruritanian rebels shelled Ruritanian army positions, killing nine civilians.', [A('Ruritanian rebels', 'RURREB'), A('Ruritanian army', 'RURMIL')])).toEqual(['RURREB>RURMIL 194']);
    // (with no act coded before it, the killing is coded)
    expect(code('Ruritanian troops opened fire, killing nine civilians.', [A('Ruritanian troops', 'RURMIL')])).toEqual(['RURMIL>RUR 190']);
  });
  it('a state ordering a measure of its own takes it; ordering another side to act is a demand', () => {
    expect(code('Oslo ordered the expulsion of four Belarusian diplomats.', [A('Oslo', 'NOR', 'capital'), A('Belarusian diplomats', 'BLRGOV')])[0]).toMatch(/^NOR>BLRGOV 16/);
    expect(code('Norway ordered Belarus to close its embassy.', [A('Norway', 'NOR'), A('Belarus', 'BLR')])[0]).toMatch(/^NOR>BLR 10/);
  });
  it('a strike by a civilian group is a labour strike at home; by armed forces an air strike', () => {
    expect(code('Zambian nurses began a strike over unpaid wages.', [A('Zambian nurses', 'ZMBHLH')])).toEqual(['ZMBHLH>ZMBGOV 143']);
    expect(code('Zambian jets launched strikes on Katanga.', [A('Zambian jets', 'ZMBMIL'), A('Katanga', 'COD', 'country')])[0]).toMatch(/^ZMBMIL>COD 19/);
  });
  it('an envoy due in a foreign capital is an intended visit; a videoconference is a remote consultation', () => {
    const e = eventsOf("Ghana's president is due in Lome on Friday.", [A("Ghana's president", 'GHAGOV'), A('Lome', 'TGO', 'capital', { locationOnly: true })], '2009-10-06');
    expect(e.map((x) => `${shown(x, 'cameo', false)} ${x.modality}/${x.intent}`)).toEqual(['GHAGOV>TGO 042 intended/planned']);
    expect(code('The Ghanaian president held a videoconference with the Togolese president.', [A('Ghanaian president', 'GHAGOV'), A('Togolese president', 'TGOGOV')])).toEqual(['GHAGOV>TGOGOV 041', 'TGOGOV>GHAGOV 041']);
  });
  it('an embassy opened in a capital the actor stage reads as one phrase; a trial put after the object', () => {
    expect(code('Ghana opened an embassy in Lome.', [A('Ghana', 'GHA'), A('embassy in Lome', 'TGOGOV')])).toEqual(['GHA>TGOGOV 054']);
    expect(code('Ghana put a Togolese smuggler on trial.', [A('Ghana', 'GHA'), A('Togolese', 'TGO', 'demonym')])).toEqual(['GHA>TGO 173']);
  });
  it('a plural after a bare noun object heads a compound ("slapped asset freezes on Y"), not after a verb of saying', () => {
    expect(code('The EU slapped asset freezes on Belarusian officials.', [A('The EU', 'IGO'), A('Belarusian officials', 'BLRGOV')])).toEqual(['IGO>BLRGOV 163']);
  });
  it('agreeing to end a hostile act is no threat; threatening to end cooperation still is', () => {
    expect(code('Ghana agreed to stop attacks on Togo.', [A('Ghana', 'GHA'), A('Togo', 'TGO')])).toEqual(['GHA>TGO 0356']);
    expect(code('Ghana agreed to halt radio broadcasts against Togo.', [A('Ghana', 'GHA'), A('Togo', 'TGO')])[0]).toMatch(/^GHA>TGO 03/);
    expect(code('Ghana threatened to halt aid to Togo.', [A('Ghana', 'GHA'), A('Togo', 'TGO')])[0]).toMatch(/^GHA>TGO 13/);
  });
  it('the object of a relative clause is the noun it follows ("the sanctions that Y imposed on Z")', () => {
    expect(code('The sanctions that Ghana imposed on Togo hurt trade.', [A('Ghana', 'GHA'), A('Togo', 'TGO')])).toEqual(['GHA>TGO 163']);
    // (a clause with an object of its own reads that object)
    expect(code('The officials that Ghana sent imposed sanctions on Togo.', [A('Ghana', 'GHA'), A('Togo', 'TGO')])).toEqual(['GHA>TGO 163']);
  });
  it('an attack rehearsed or simulated is not done', () => {
    const m = (t: string) => eventsOf(t, [A('Ghanaian jets', 'GHAMIL'), A('Togo', 'TGO')], '2009-10-06').map((e) => `${shown(e, 'cameo', false)} ${e.modality}`);
    expect(m('Ghanaian jets staged mock attacks on Togo.')).toEqual(['GHAMIL>TGO 195 hypothetical']);
    expect(m('Ghanaian jets flew a drill simulating an attack on Togo.').filter((x) => x.startsWith('GHAMIL>TGO 19') && x.endsWith('asserted'))).toEqual([]);
    expect(m('Ghanaian jets rehearsed strikes on Togo.')).toEqual(['GHAMIL>TGO 190 hypothetical']);
    expect(m('Ghanaian jets staged attacks on Togo.')).toEqual(['GHAMIL>TGO 195 asserted']);
  });
});
