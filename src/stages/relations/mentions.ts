// The country mentions a relation or claim can be about, taken from the actor stage's
// layer: states only (not IGOs/NGOs), no place-only mentions, one per span.
import type { ActorMention, Doc } from '../../doc/types.ts';

export interface CountryMention { id: string; country: string; start: number; end: number; sentence: number; kind: string }

const NOT_STATES = new Set(['IGO', 'NGO', 'MNC', 'UNK', 'XXX']);

export const isState = (a: ActorMention, places = false): boolean =>
  (places || !a.locationOnly) && /^[A-Z]{3}$/.test(a.country ?? '') && !NOT_STATES.has(a.country);

/** State mentions of the document, sorted by offset, one per character span.
 *  `places`: keep place-only mentions too ("unemployment in Spain" is about Spain). */
export function countryMentions(doc: Doc, places = false): CountryMention[] {
  const seen = new Set<string>();
  const out: CountryMention[] = [];
  for (const a of [...doc.actors].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (!isState(a, places)) continue;
    const key = `${a.start}:${a.end}`;
    if (seen.has(key)) continue;
    // a mention nested in the previous one (e.g. "Pakistan" inside "Pakistan Army") adds nothing
    const prev = out[out.length - 1];
    if (prev && a.start >= prev.start && a.end <= prev.end && a.country === prev.country) continue;
    seen.add(key);
    out.push({ id: a.id, country: a.country, start: a.start, end: a.end, sentence: a.sentence, kind: a.kind });
  }
  return out;
}

/** Mentions grouped by sentence index. */
export function bySentence(ms: CountryMention[]): Map<number, CountryMention[]> {
  const m = new Map<number, CountryMention[]>();
  for (const x of ms) (m.get(x.sentence) ?? m.set(x.sentence, []).get(x.sentence)!).push(x);
  return m;
}
