// The claims matcher: quantities (quantities.ts) → what they measure (measure.ts) →
// whom they are about (the country mentions of the clause) → ClaimRecord with provenance.
import type { ClaimRecord, Doc } from '../../doc/types.ts';
import { clauseAround } from '../relations/clauses.ts';
import { fold } from '../relations/fold.ts';
import { bySentence, countryMentions, type CountryMention } from '../relations/mentions.ts';
import { isoOfDemonym } from './countries.ts';
import { nameMeasure, nounBefore, nounPhraseAt, tokenAt, type NounPhrase } from './measure.ts';
import { quantities, type Quantity } from './quantities.ts';
import type { ClaimVocab } from './vocab.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE_RE = new RegExp(`(?:in|during|for|as of|by the end of|at the end of)\\s+(?:(${MONTHS.join('|')})\\s+)?((?:19|20)\\d\\d)(?![\\d-])`, 'i');
const SHARE_RE = /^(?:share|stake|portion|slice|cut|proportion)$/;
const PLURAL = (n: string, lemma: string) => /s$/.test(n) || n !== lemma || /^(?:people|police|personnel|staff|cattle|aircraft|artillery)$/.test(n);

/** The date a claim states in its clause ("in 2019", "in October 2022"), or null. */
export function claimDate(clauseText: string): string | null {
  const m = DATE_RE.exec(clauseText);
  if (!m) return null;
  return m[1] ? `${m[2]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}` : m[2]!;
}

function isDemonymUse(m: CountryMention) { return m.kind === 'demonym'; }

/**
 * The country a claim is about: the first country named in its clause before the number
 * (the subject: "Russia is ... with a 24 percent share"); in a relative clause ("..., which
 * controls") the nearest country before it in the sentence; else a country inside the
 * measured phrase ("of Nigeria's electricity"); else a demonym before it. Counted people
 * or things named with a country ("3,000 Turkish soldiers") belong to that country first.
 */
function subjectOf(ms: CountryMention[], clause: { start: number; end: number; relative: boolean }, at: number, np: NounPhrase | null, count = false): string | null {
  // "3,000 Turkish soldiers are stationed in Qatar": counted people or things carry their country
  if (count && np) { const own = ms.find((m) => m.start >= np.start && m.end <= np.end); if (own) return own.country; }
  const inClause = ms.filter((m) => m.start >= clause.start && m.end <= at);
  const named = inClause.find((m) => !isDemonymUse(m));
  if (named) return named.country;
  if (clause.relative) {
    const prev = ms.filter((m) => m.end <= clause.start && !isDemonymUse(m)).pop();
    if (prev) return prev.country;
  }
  if (np) { const inside = ms.find((m) => m.start >= np.start && m.end <= np.end); if (inside) return inside.country; }
  return inClause[0]?.country ?? null;
}

export function findClaims(doc: Doc, vocab: ClaimVocab): ClaimRecord[] {
  const folded = fold(doc.text);
  const mentions = bySentence(countryMentions(doc, true));
  const out: ClaimRecord[] = [];
  for (const s of doc.sentences) {
    const qs = quantities(vocab, folded, s.start, s.end);
    if (!qs.length) continue;
    const ms = mentions.get(s.i) ?? [];
    const taken: Array<[number, number]> = [];
    for (const q of qs) {
      if (taken.some(([a, b]) => q.numStart >= a && q.numStart < b)) continue;
      const k = tokenAt(doc, s.tokenStart, s.tokenEnd, q.end);
      let np: NounPhrase | null = null;
      let end = q.end;
      const t0 = doc.tokens[k];
      if (q.kind === 'count' || q.kind === 'rank') {
        np = nounPhraseAt(doc, k, s.tokenEnd);
        if (!np) continue;
        let head = np.tokens[np.tokens.length - 1]!;
        if (q.kind === 'count') {
          // "5,000 Cuban doctors work in ..." (tagged NOUN NOUN): the head is the last plural noun
          const hi = np.tokens.map((t) => t.pos === 'NOUN' && PLURAL(t.norm, t.lemma)).lastIndexOf(true);
          if (hi >= 0 && hi < np.tokens.length - 1) { np = { ...np, tokens: np.tokens.slice(0, hi + 1), end: np.tokens[hi]!.end, text: doc.text.slice(np.start, np.tokens[hi]!.end) }; head = np.tokens[hi]!; }
          if (head.pos !== 'NOUN' || !PLURAL(head.norm, head.lemma)) continue;
          const notCount = vocab.units.filter((u) => u.row.kind === 'not-count');
          if (notCount.some((u) => u.re.test(head.norm))) continue;
        }
        // "exporter of wheat"
        const nx = doc.tokens[tokenAt(doc, s.tokenStart, s.tokenEnd, np.end)];
        if (q.kind === 'rank' && nx?.norm === 'of') {
          const of = nounPhraseAt(doc, nx.i + 1, s.tokenEnd);
          if (of) np = { text: `${of.text} ${np.text}`, start: np.start, end: of.end, tokens: [...np.tokens, ...of.tokens] };
        }
        end = np.end;
      } else if (t0) {
        let j = k;
        if (q.kind === 'percent' && SHARE_RE.test(doc.tokens[j]?.norm ?? '')) j++;
        const prep = doc.tokens[j]?.norm;
        if (prep === 'of' || (q.kind === 'money' && (prep === 'in' || prep === 'on' || prep === 'for'))) np = nounPhraseAt(doc, j + 1, s.tokenEnd);
        else if (q.kind === 'money') np = nounPhraseAt(doc, j, s.tokenEnd);
        if (np) { end = np.end; if (prep === 'on' && q.kind === 'money') np = { ...np, text: `${np.text} spending` }; }
      }
      const kNum = tokenAt(doc, s.tokenStart, s.tokenEnd, q.start);
      const beforeText = doc.text.slice(s.start, q.start);
      const npText = np ? doc.text.slice(np.start, np.end) === np.text ? np.text : np.text : null;
      let named = nameMeasure(vocab, q.unit, q.kind === 'count' || q.kind === 'rank' ? null : npText, beforeText);
      if (q.kind === 'count' || q.kind === 'rank') named = { measure: stripDemonym(np!, ms), rule: q.kind };
      if (!named || !named.measure) {
        const nb = nounBefore(doc, kNum, s.tokenStart);
        named = nb ? { measure: nb.text, rule: 'noun-before' } : q.kind === 'money' ? { measure: 'amount', rule: 'amount' } : null;
      }
      if (!named) continue;
      const rel = folded.slice(s.start, s.end);
      const c = clauseAround(rel, q.start - s.start, end - s.start);
      const clause = { start: c.start + s.start, end: c.end + s.start, relative: /^,\s+(?:which|who)\s/.test(rel.slice(c.start)) };
      // "a 24 percent share": quote from the article
      const art = /(?:^|\s)(an?)\s+$/.exec(doc.text.slice(Math.max(s.start, q.start - 4), q.start));
      const start = art ? q.start - art[0].length + art[0].indexOf(art[1]!) : q.start;
      taken.push([q.start, end]);
      out.push({
        id: '', subject: subjectOf(ms, clause, q.start, np, q.kind === 'count'), measure: named.measure, value: q.value, unit: q.unit,
        qualifier: q.qualifier, quote: doc.text.slice(start, end), start, end,
        rule: `${vocab.tag}:${q.kind}${q.rules.length ? '+' + q.rules.join('+') : ''}/${named.rule}`,
        sentence: s.i, date: claimDate(doc.text.slice(clause.start, clause.end)),
        ...(q.kind === 'money' ? { currency: q.unit } : {}),
      });
    }
  }
  out.forEach((c, i) => { c.id = `${doc.id}-claim${i}`; });
  return out;
}

/** "Turkish soldiers" → "soldiers": the country is the subject, not part of the measure. */
function stripDemonym(np: NounPhrase, ms: CountryMention[]): string {
  const country = (t: { start: number; end: number; text: string }) =>
    ms.some((m) => m.start === t.start && m.end === t.end) || isoOfDemonym(t.text) != null;
  const toks = np.tokens.filter((t) => !/^(?:the|a|an|its|their|'s)$/i.test(t.norm) && !country(t));
  return (toks.length ? toks : np.tokens).map((t) => t.text).join(' ').replace(/\s+-\s+/g, '-');
}

export type { Quantity };
