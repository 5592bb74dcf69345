// Hand-built documents and stores for analytics tests: our own invented sentences, one
// event or relation statement per sentence, shaped as the stages would store them.
import { createDoc } from '../doc/doc.ts';
import type { Doc, EventRecord, Modality } from '../doc/types.ts';
import { cameo } from '../cameo/index.ts';
import type { Store } from '../store/store.ts';

export type Ev = [src: string, tgt: string, code: string, modality: Modality, date: string | null, sentence: string];
export type Rel = [a: string, b: string, direction: 'warming' | 'cooling' | 'friendly' | 'hostile', sentence: string];

/** An actor written "PAK" (a country) or "IGO:NATO" (a multilateral body and its org). */
function actor(s: string) {
  const [country, org] = s.split(':') as [string, string | undefined];
  return { text: org ?? country, code: country, country, sector: null, ...(org ? { org } : {}) };
}

/** A document whose body is the sentences, with one event or relation per sentence. */
export function handDoc(published: string, evs: Ev[], rels: Rel[]): Doc {
  const sentences = [...evs.map((e) => e[5]), ...rels.map((r) => r[3])];
  const body = sentences.join(' ');
  const d = createDoc(body, { title: 'Hand-built', published, source: 'hand.txt', format: 'text', language: 'en' });
  let at = 0;
  const spans = sentences.map((s) => { const span: [number, number] = [at, at + s.length]; at += s.length + 1; return span; });
  evs.forEach(([src, tgt, code, modality, date, text], i) => {
    const c = cameo(code)!;
    const e: EventRecord = {
      id: `${d.id}:e${i}`, source: actor(src), target: actor(tgt),
      cameo: code, root: c.root, quad: c.quad, goldstein: c.goldstein, plover: { type: c.plover?.type ?? '', mode: c.plover?.mode ?? null },
      modality, date: date ?? published, span: spans[i]!, rule: 'hand', sentence: i, quote: text,
    };
    d.events.push(e);
  });
  rels.forEach(([a, b, direction, text], j) => {
    const [start, end] = spans[evs.length + j]!;
    d.relations.push({ id: `${d.id}:r${j}`, a, b, direction, strength: 1, quote: text, start, end, rule: 'hand', sentence: evs.length + j });
  });
  return d;
}

/** A store-ready document that mirrors the kind of picture the seed article paints. */
export function seedPictureDoc(): Doc {
  return handDoc('2012-11-16', [
    ['PAK', 'RUS', '042', 'asserted', '2012-10', 'The Pakistani army chief flew to Moscow for talks in October.'],
    ['PAK', 'RUS', '042', 'asserted', '2012-05', "Pakistan's head of state travelled to Russia in May."],
    ['RUS', 'PAK', '042', 'asserted', '2012-06', 'A Kremlin envoy went to Islamabad in June.'],
    ['RUS', 'PAK', '051', 'asserted', null, 'The Russian leader praised Pakistan as a valued partner.'],
    ['RUS', 'PAK', '0331', 'asserted', null, "Moscow offered to help run Pakistan's power grid."],
    ['RUS', 'PAK', '0312', 'intended', null, 'Russia plans to begin selling weapons to Pakistan.'],
    ['RUS', 'PAK', '111', 'asserted', null, "Moscow has long faulted Pakistan's generals."],
    ['RUS', 'PAK', '042', 'cancelled', null, "The Russian president's trip to Islamabad was called off."],
    ['RUS', 'IND', '111', 'asserted', null, 'Russian officials grumbled about delays at an Indian reactor.'],
  ], [
    ['PAK', 'RUS', 'warming', 'Ties between Islamabad and Moscow are improving.'],
    ['PAK', 'USA', 'cooling', 'Relations between Pakistan and America have soured.'],
    ['IND', 'USA', 'warming', 'India and the United States have grown closer.'],
    ['IND', 'RUS', 'cooling', 'India is drifting away from Russia.'],
    ['CHN', 'PAK', 'friendly', 'China remains a steadfast friend of Pakistan.'],
  ]);
}

export async function putSeedPicture(store: Store): Promise<void> {
  await store.putDocument(seedPictureDoc());
}

/** Organisations as actors: NATO and the EU each deal with Russia (and NATO with the EU). */
export function orgPictureDoc(): Doc {
  return handDoc('2013-03-20', [
    ['IGO:NATO', 'RUS', '111', 'asserted', '2013-01', 'The alliance criticised Moscow over its drills near the border.'],
    ['IGO:NATO', 'RUS', '172', 'asserted', '2013-02', 'The alliance suspended a joint council with Russia.'],
    ['RUS', 'IGO:NATO', '112', 'asserted', '2013-03', 'Moscow accused the alliance of encirclement.'],
    ['IGO:EU', 'RUS', '036', 'asserted', '2013-01', 'The bloc asked Moscow for new gas talks.'],
    ['IGO:EU', 'RUS', '042', 'asserted', '2013-02', 'A bloc delegation travelled to Moscow for energy talks.'],
    ['RUS', 'IGO:EU', '051', 'asserted', '2013-03', 'Moscow praised the bloc for a constructive tone.'],
    ['IGO:NATO', 'IGO:EU', '042', 'asserted', '2013-02', 'Alliance officials visited the bloc in Brussels.'],
    ['IGO', 'RUS', '043', 'asserted', '2013-02', 'An unnamed international body met Russian diplomats.'],
  ], []);
}
