// The `realign extract --json` shape (../shared/docs/formats.md): extend, never break.
import type { Doc } from './types.ts';

export function extractJson(doc: Doc) {
  const m = doc.meta;
  return {
    id: doc.id,
    document: {
      title: m.title, published: m.published, author: m.author, section: m.section, publisher: m.publisher,
      dateline: m.dateline, language: m.language, url: m.url, source: m.source, format: m.format, body: doc.text,
    },
    actors: doc.actors.filter((a) => !a.locationOnly).map((a) => ({
      text: a.text, code: a.code, country: a.country, sector: a.sector, ...(a.org ? { org: a.org } : {}),
      start: a.start, end: a.end, entry: a.entry, kind: a.kind, sentence: a.sentence,
      ...(a.person ? { person: a.person } : {}), ...(a.role ? { role: a.role } : {}),
      ...(a.participant !== undefined ? { participant: a.participant } : {}),
    })),
    events: doc.events.map((e) => ({ ...e, quote: e.quote ?? doc.text.slice(e.span[0], e.span[1]) })),
    relations: doc.relations,
    claims: doc.claims,
    notes: doc.notes,
  };
}
