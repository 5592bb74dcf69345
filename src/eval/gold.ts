// Sentence-level gold sets for event coding, read into one shape. Formats (see
// ../shared/eval/events): PETRARCH validation records (`codings[{eventcode, sourcecode,
// targetcode}]`, `noevents`) and PLOVER gold records (`event` type, `actor[]`,
// `recipient[]`). A bad line is reported with file and line and skipped.
import { readFileSync } from 'node:fs';
import type { Modality } from '../doc/types.ts';

export interface GoldEvent {
  /** source country (first three letters of the CAMEO actor code; "---" when unknown) */
  source: string;
  target: string | null;
  /** CAMEO code when the gold has one */
  code?: string;
  root?: string;
  /** PLOVER type (current names) when the gold has one */
  plover?: string;
  /** the coding's modality when the gold states one (absent = asserted) */
  modality?: Modality;
  /** other codes or roots the gold also accepts for this coding (CAMEO codes, 2-digit roots) */
  accept?: string[];
}

export interface GoldItem {
  id: string;
  text: string;
  /** YYYY-MM-DD */
  date: string | null;
  events: GoldEvent[];
  noevents: boolean;
}

export type GoldFormat = 'petrarch' | 'plover';

export interface GoldSet {
  format: GoldFormat; items: GoldItem[]; errors: string[];
  /** true when some coding states its modality (then scoring counts asserted codings by default) */
  hasModality: boolean;
}

const MODALITIES = new Set<string>(['asserted', 'reported', 'negated', 'hypothetical', 'intended', 'cancelled']);

/** PLOVER v0.5 names in the CAMEO-manual gold → current PLOVER types. */
export const PLOVER_RENAMES: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

/** Country of a CAMEO actor code: "PAKGOV" → PAK, "IGOUNO" → IGO, "---REB" → "---". */
export const countryOf = (code: string | null | undefined): string | null => (code ? code.slice(0, 3).toUpperCase() : null);

const isoDate = (d: unknown): string | null => {
  if (typeof d !== 'string') return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(d);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

function fromPetrarch(o: Record<string, unknown>): GoldItem {
  const codings = (o.codings as Array<Record<string, unknown>> | undefined) ?? [];
  return {
    id: String(o.id), text: String(o.text ?? ''), date: isoDate(o.date), noevents: !!o.noevents,
    events: codings.filter((c) => c.eventcode).map((c) => {
      const code = String(c.eventcode).trim();
      const ev: GoldEvent = { source: countryOf(c.sourcecode as string) ?? '---', target: countryOf(c.targetcode as string), code, root: code.slice(0, 2) };
      if (c.modality != null) {
        if (!MODALITIES.has(String(c.modality))) throw new Error(`record ${String(o.id)} has an unknown modality "${String(c.modality)}"`);
        ev.modality = c.modality as Modality;
      }
      if (Array.isArray(c.accept)) ev.accept = c.accept.map((a) => String(a).trim()).filter(Boolean);
      return ev;
    }),
  };
}

function fromPlover(o: Record<string, unknown>): GoldItem {
  const type = PLOVER_RENAMES[String(o.event)] ?? String(o.event);
  const actors = ((o.actor as Array<Record<string, string>> | undefined) ?? []).map((a) => countryOf(a.code) ?? '---');
  const recips = ((o.recipient as Array<Record<string, string>> | undefined) ?? []).map((a) => countryOf(a.code) ?? '---');
  const events: GoldEvent[] = [];
  const uniq = (l: string[]) => [...new Set(l)];
  if (recips.length) for (const a of uniq(actors)) for (const r of uniq(recips)) events.push({ source: a, target: r, plover: type });
  else if (actors.length >= 2) for (const a of uniq(actors)) for (const b of uniq(actors)) { if (a !== b) events.push({ source: a, target: b, plover: type }); }
  else for (const a of uniq(actors)) events.push({ source: a, target: null, plover: type });
  return { id: String(o.id), text: String(o.text ?? ''), date: isoDate(o.date) ?? '2000-01-01', noevents: events.length === 0, events };
}

/** Read a gold JSONL file, guessing its format from the first record. */
export function readGold(file: string, text?: string): GoldSet {
  const src = text ?? readFileSync(file, 'utf8');
  const items: GoldItem[] = [];
  const errors: string[] = [];
  let format: GoldFormat | null = null;
  src.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let o: Record<string, unknown>;
    try { o = JSON.parse(line); } catch (e) { errors.push(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`); return; }
    if (o.id === 'DOCUMENT' || (o.text == null && o.codings == null && o.event == null)) return;
    const f: GoldFormat | null = Array.isArray(o.codings) ? 'petrarch' : typeof o.event === 'string' ? 'plover' : null;
    if (!f) { errors.push(`${file}:${i + 1}: neither a PETRARCH record (codings) nor a PLOVER record (event)`); return; }
    format ??= f;
    if (typeof o.text !== 'string' || !o.text.trim()) { errors.push(`${file}:${i + 1}: record ${String(o.id)} has no text`); return; }
    try { items.push(f === 'petrarch' ? fromPetrarch(o) : fromPlover(o)); } catch (e) { errors.push(`${file}:${i + 1}: ${(e as Error).message}`); }
  });
  const hasModality = items.some((it) => it.events.some((e) => e.modality));
  return { format: format ?? 'petrarch', items, errors, hasModality };
}
