// Test double for the actor stage: a document whose actor mentions are written by hand
// ("Russia" → RUS), so event tests do not depend on the actor dictionaries.
import type { ActorKind, ActorMention, Doc, EventRecord } from '../../doc/types.ts';
import { createDoc } from '../../doc/doc.ts';
import { tokenize } from '../../nlp/tokenize.ts';
import { codeEvents } from './index.ts';
import type { Patterns } from './patterns.ts';

export interface ActorSpec {
  /** surface text, found left to right (each spec takes the next occurrence not yet used) */
  text: string;
  /** CAMEO actor code: country + sector ("RUSGOV") or "IGO" */
  code: string;
  kind?: ActorKind;
  locationOnly?: boolean;
  org?: string;
}

/** A tokenised document with the given actor mentions. */
export function docWith(text: string, specs: ActorSpec[], published = '2012-11-16'): Doc {
  const doc = createDoc(text, { published });
  const { sentences, tokens } = tokenize(text);
  doc.sentences = sentences; doc.tokens = tokens;
  const used: Array<[number, number]> = [];
  specs.forEach((s, n) => {
    let from = 0, at = -1;
    for (;;) {
      at = text.indexOf(s.text, from);
      if (at < 0) throw new Error(`fixture: "${s.text}" not found in "${text}"`);
      const end = at + s.text.length;
      if (!used.some(([a, b]) => at < b && end > a)) break;
      from = at + 1;
    }
    const end = at + s.text.length;
    used.push([at, end]);
    const toks = tokens.filter((t) => t.start < end && t.end > at);
    if (!toks.length) throw new Error(`fixture: no token under "${s.text}"`);
    const country = s.code === 'IGO' ? 'IGO' : s.code.slice(0, 3);
    const m: ActorMention = {
      id: `a${n + 1}`, text: s.text, code: s.code, country, sector: s.code.length > 3 && s.code !== 'IGO' ? s.code.slice(3, 6) : null,
      org: s.org ?? null, start: at, end, entry: `test:${s.code}`, sentence: toks[0]!.sent, kind: s.kind ?? 'country',
      tokenStart: toks[0]!.i, tokenEnd: toks[toks.length - 1]!.i + 1, ...(s.locationOnly ? { locationOnly: true } : {}),
    };
    doc.actors.push(m);
  });
  doc.actors.sort((a, b) => a.start - b.start);
  return doc;
}

/** An actor spec: surface text, CAMEO actor code, mention kind. */
export const A = (text: string, code: string, kind: ActorSpec['kind'] = 'country', extra: Partial<ActorSpec> = {}): ActorSpec => ({ text, code, kind, ...extra });

/** Code the events of one sentence with hand-made actors (the events stage alone). */
export function eventsOf(text: string, actors: ActorSpec[], date = '2019-05-14', patterns?: Patterns): EventRecord[] {
  const doc = docWith(text, actors, date);
  codeEvents(doc, { date }, patterns ? { patterns } : {});
  return doc.events;
}

/** An event as "SRC>TGT class modality" (class: the full CAMEO code or the root). */
export const shown = (e: EventRecord, cls: 'cameo' | 'root' = 'cameo', modality = true): string =>
  `${e.source.code}>${e.target?.code ?? '-'} ${e[cls]}${modality ? ` ${e.modality}` : ''}`;
