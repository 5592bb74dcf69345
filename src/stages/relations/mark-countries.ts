// A stand-in for the actor stage, for tests and the bench: marks country names,
// demonyms and capitals (data/claims/countries.jsonl) as ActorMentions. It does no
// coreference, sectors or people; the real actor stage (src/stages/actors) replaces it.
import type { ActorKind, ActorMention, Doc } from '../../doc/types.ts';
import { countryRows } from '../claims/countries.ts';

interface Entry { text: string; iso: string; kind: ActorKind }
let entries: Entry[] | null = null;
let re: RegExp | null = null;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(): { entries: Entry[]; re: RegExp } {
  if (entries && re) return { entries, re };
  const es: Entry[] = [];
  for (const r of countryRows()) {
    for (const n of r.names) es.push({ text: n, iso: r.iso, kind: 'country' });
    for (const n of r.demonyms) es.push({ text: n, iso: r.iso, kind: 'demonym' });
    for (const n of r.capitals) es.push({ text: n, iso: r.iso, kind: 'capital' });
  }
  es.sort((a, b) => b.text.length - a.text.length);
  entries = es;
  re = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${es.map((e) => esc(e.text)).join('|')})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, 'gu');
  return { entries, re };
}

/** Mentions of countries in a tokenized doc (sets nothing; returns the list). */
export function markCountries(doc: Doc): ActorMention[] {
  const { entries, re } = compile();
  const byText = new Map(entries.map((e) => [e.text, e] as [string, Entry]));
  const out: ActorMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const e = byText.get(m[0]);
    if (!e) continue;
    let start = m.index;
    let text = m[0];
    // "the Philippines" / "the Netherlands": keep the name without the article
    if (/^the /.test(text)) { start += 4; text = text.slice(4); }
    const end = start + text.length;
    const sent = doc.sentences.find((s) => s.start <= start && end <= s.end) ?? doc.sentences.find((s) => s.start <= start && start < s.end);
    const toks = doc.tokens.filter((t) => t.start < end && t.end > start);
    out.push({
      id: `m${out.length}`, text, code: e.iso, country: e.iso, sector: null, start, end,
      entry: `test-countries:${e.iso}`, sentence: sent?.i ?? 0, kind: e.kind,
      tokenStart: toks[0]?.i ?? 0, tokenEnd: (toks[toks.length - 1]?.i ?? -1) + 1,
    });
  }
  return out;
}
