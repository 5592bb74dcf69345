// What a number measures: the noun phrase after it ("a 24 percent share of the trade" →
// "the trade"; "12,000 troops" → "troops"; "$5 billion deal" → "deal"), or the noun
// before it ("defence budget rose to Rs 6 trillion"), named by the rules in
// data/claims/measures.jsonl.
import type { Doc, Token } from '../../doc/types.ts';
import { isoOfDemonym } from './countries.ts';
import type { ClaimVocab } from './vocab.ts';

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);
const TIME_WORD = /^(?:last|next|this|each|every|per|annually|yearly|monthly|today|yesterday|january|february|march|april|june|july|august|september|october|november|december|\d{4})$/;
const DETS = /^(?:the|a|an|its|their|his|her|this|that|these|those|all)$/;

export interface NounPhrase { text: string; start: number; end: number; tokens: Token[] }

/** Index of the first token of sentence tokens [ts, te) that starts at or after `pos`. */
export function tokenAt(doc: Doc, ts: number, te: number, pos: number): number {
  for (let k = ts; k < te; k++) if (doc.tokens[k]!.start >= pos) return k;
  return te;
}

/** A noun phrase starting at token k (at most 7 tokens): determiners, adjectives, nouns, possessives. */
export function nounPhraseAt(doc: Doc, k: number, te: number): NounPhrase | null {
  const toks: Token[] = [];
  for (let j = k; j < te && toks.length < 7; j++) {
    const t = doc.tokens[j]!;
    const ok = NP_POS.has(t.pos) || (toks.length === 0 && /^(?:its|their|his|her)$/.test(t.norm)) || t.norm === "'s" || t.norm === '-' || (t.pos === 'VERB' && /ing$/.test(t.norm) && toks.length > 0 && j + 1 < te && doc.tokens[j + 1]!.pos === 'NOUN');
    if (!ok) break;
    if (t.pos === 'DET' && toks.length > 0) break;
    if (toks.length > 0 && TIME_WORD.test(t.norm)) break; // "... output last year" 
    toks.push(t);
  }
  while (toks.length && !['NOUN', 'PROPN'].includes(toks[toks.length - 1]!.pos)) toks.pop();
  if (!toks.length) return null;
  const start = toks[0]!.start;
  const end = toks[toks.length - 1]!.end;
  return { text: doc.text.slice(start, end), start, end, tokens: toks };
}

/** The noun chunk right before token k, skipping a few verbs/prepositions ("budget rose to"). */
export function nounBefore(doc: Doc, k: number, ts: number): NounPhrase | null {
  let j = k - 1;
  let skipped = 0;
  while (j >= ts && !['NOUN'].includes(doc.tokens[j]!.pos) && skipped < 4) {
    if (/^[,;:]$/.test(doc.tokens[j]!.text)) return null;
    j--; skipped++;
  }
  if (j < ts || doc.tokens[j]!.pos !== 'NOUN') return null;
  let i = j;
  while (i - 1 >= ts && ['NOUN', 'ADJ'].includes(doc.tokens[i - 1]!.pos)) i--;
  const start = doc.tokens[i]!.start;
  const end = doc.tokens[j]!.end;
  return { text: doc.text.slice(start, end), start, end, tokens: doc.tokens.slice(i, j + 1) };
}

/** Strip articles and "its/their" from a phrase. */
export const bare = (s: string) => s.split(/\s+/).filter((w, i) => !(i === 0 && DETS.test(w.toLowerCase()))).join(' ');

/** Name the measure by the first rule that fits. */
export function nameMeasure(v: ClaimVocab, unit: string, np: string | null, before: string): { measure: string; rule: string } | null {
  for (const m of v.measures) {
    if (m.row.unit && m.row.unit !== unit && !(m.row.unit === 'money' && unit !== 'percent' && unit !== 'count' && unit !== 'rank')) continue;
    let dem: string | undefined;
    if (m.np) {
      if (np == null) continue;
      const x = m.np.exec(np.toLowerCase());
      if (!x) continue;
      dem = x.groups?.dem;
      if (dem !== undefined && !isoOfDemonym(dem)) continue;
    }
    let what = '';
    if (m.before) {
      const b = m.before.exec(before);
      if (!b) continue;
      what = b.groups?.what?.toLowerCase() ?? '';
    }
    const npText = np ? bare(np) : '';
    const demText = dem ? np!.slice(np!.toLowerCase().indexOf(dem), np!.toLowerCase().indexOf(dem) + dem.length) : '';
    return { measure: m.row.measure.replace('{np}', npText).replace('{dem}', demText).replace('{what}', what).replace(/\s+/g, ' ').trim(), rule: m.row.id };
  }
  return null;
}
