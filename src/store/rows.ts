// Turning a Doc's layers into flat rows, shared by every backend.
import type { Doc, EventRecord } from '../doc/types.ts';
import type { ActorRow, ClaimRow, EventRow, RelationRow } from './store.ts';

/** "2012" → ["2012-01-01","year"], "2012-05" → ["2012-05-01","month"], "2012-05-03" → day. */
export function dateWithPrecision(d: string | null | undefined): [string | null, string] {
  if (!d) return [null, 'day'];
  if (/^\d{4}$/.test(d)) return [`${d}-01-01`, 'year'];
  if (/^\d{4}-\d{2}$/.test(d)) return [`${d}-01`, 'month'];
  if (/^\d{4}-\d{2}-\d{2}/.test(d)) return [d.slice(0, 10), 'day'];
  return [null, 'day'];
}

export function eventRow(doc: Doc, e: EventRecord): EventRow {
  const [date, precision] = dateWithPrecision(e.date ?? doc.meta.published);
  const tgt = e.target;
  return {
    id: e.id, origin: 'realign', doc_id: doc.id, ext_id: null,
    date: date ?? '1970-01-01', date_precision: precision,
    src_code: e.source.code, src_country: e.source.country, src_sector: e.source.sector ?? null,
    src_org: e.source.org ?? null, src_text: e.source.text,
    tgt_code: tgt?.code ?? null, tgt_country: tgt?.country ?? null, tgt_sector: tgt?.sector ?? null,
    tgt_org: tgt?.org ?? null, tgt_text: tgt?.text ?? null,
    cameo: e.cameo, root: e.root, quad: e.quad, goldstein: e.goldstein,
    plover_type: e.plover?.type ?? null, plover_mode: e.plover?.mode ?? null, modality: e.modality,
    sentence: e.sentence, span_start: e.span[0], span_end: e.span[1],
    quote: e.quote ?? doc.text.slice(e.span[0], e.span[1]), rule: e.rule, url: doc.meta.url,
    mentions: 1, dup_key: null, is_primary: true,
  };
}

export function docRows(doc: Doc): { actors: ActorRow[]; events: EventRow[]; relations: RelationRow[]; claims: ClaimRow[] } {
  const date = doc.meta.published;
  return {
    actors: doc.actors.map((a) => ({
      doc_id: doc.id, id: a.id, text: a.text, code: a.code, country: a.country, sector: a.sector,
      org: a.org ?? null, start: a.start, end: a.end, entry: a.entry, sentence: a.sentence, kind: a.kind,
    })),
    events: doc.events.map((e) => eventRow(doc, e)),
    relations: doc.relations.map((r) => ({
      id: r.id, doc_id: doc.id, a: r.a, b: r.b, direction: r.direction, strength: r.strength, quote: r.quote,
      start: r.start, end: r.end, rule: r.rule, sentence: r.sentence, date, hedged: !!r.hedged,
    })),
    claims: doc.claims.map((c) => ({
      id: c.id, doc_id: doc.id, subject: c.subject, measure: c.measure, value: c.value, unit: c.unit,
      qualifier: c.qualifier, quote: c.quote, start: c.start, end: c.end, rule: c.rule, sentence: c.sentence,
      date: dateWithPrecision(c.date ?? date)[0],
    })),
  };
}
