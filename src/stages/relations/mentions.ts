// The country mentions a relation or claim can be about, taken from the actor stage's
// layer: states only (not IGOs/NGOs), no place-only mentions, one per span.
import type { ActorMention, Doc } from '../../doc/types.ts';

export interface CountryMention { id: string; country: string; start: number; end: number; sentence: number; kind: string }

const NOT_STATES = new Set(['IGO', 'NGO', 'MNC', 'UNK', 'XXX']);

const isCode = (c: string | undefined | null): c is string => {
  if (c == null || c.length !== 3) return false;
  for (let k = 0; k < 3; k++) { const x = c.charCodeAt(k); if (x < 65 || x > 90) return false; }
  return true;
};

export const isState = (a: ActorMention, places = false): boolean =>
  (places || !a.locationOnly) && isCode(a.country) && !NOT_STATES.has(a.country);

const byOffset = (x: ActorMention, y: ActorMention) => x.start - y.start || y.end - x.end;

/** State mentions of the document, sorted by offset, one per character span.
 *  `places`: keep place-only mentions too ("unemployment in Spain" is about Spain). */
export function countryMentions(doc: Doc, places = false): CountryMention[] {
  const out: CountryMention[] = [];
  let sorted = true;
  for (let k = 1; k < doc.actors.length && sorted; k++) if (byOffset(doc.actors[k - 1]!, doc.actors[k]!) > 0) sorted = false;
  for (const a of sorted ? doc.actors : [...doc.actors].sort(byOffset)) {
    if (!isState(a, places)) continue;
    const prev = out[out.length - 1];
    // sorted by start, then longest first: a mention with the span of one already kept
    // comes right after it, with nothing else kept in between
    if (prev && prev.start === a.start && prev.end === a.end) continue;
    // a mention nested in the previous one (e.g. "Pakistan" inside "Pakistan Army") adds nothing
    if (prev && a.start >= prev.start && a.end <= prev.end && a.country === prev.country) continue;
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
