// Statements about another party: "X said (that) <clause about Y>" where the clause codes no event of its own is X's
// public statement about Y (CAMEO 010), pessimistic (012) or optimistic (013) by the words of the clause
// (complements of the family "comment"). The clause must name Y as a party — its subject, an object, a partner of talks
// or a deal ("said talks with Y were moving in the right direction", "said a deal with Y was unlikely") — never as a
// place ("said fighting in Kosovo would spread").
import type { ActorMention } from '../../doc/types.ts';
import { isTimeNP } from '../../nlp/clause.ts';
import { complementCode, norm } from './args.ts';
import type { Candidate, MatchState } from './candidate.ts';
import { cueFor } from './patterns.ts';
import { vgModality } from './modality.ts';
import { phrasesActors, windowText, type SentenceView } from './sentence.ts';

/** speech verbs whose that-clause is a statement of the speaker's own (not a warning, denial or allegation, which have rows) */
const STATING = new Set(['inform', 'notify', 'say', 'state', 'declare', 'add', 'stress', 'note', 'insist', 'assert', 'reiterate', 'emphasize', 'emphasise', 'tell', 'acknowledge']);

/** sectors of actors no statement is coded about */
const UNADDRESSED = new Set(['BUS', 'MED', 'CVL', 'REF', 'EDU', 'HLH']);

/** The chunk range [from, to) of the clause a stating verb at chunk k introduces, or null. */
function statedClause(v: SentenceView, k: number): [number, number] | null {
  let j = k + 1;
  // "told reporters (that)", "said on Tuesday (that)": an addressee or a time phrase before the clause
  if (v.chunks[k]!.vg!.lemma === 'tell' && v.chunks[j]?.type === 'NP') j++;
  while (v.chunks[j]?.type === 'ADV' || (v.chunks[j]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j]!)) || (v.chunks[j]?.type === 'P' && v.chunks[j + 1]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j + 1]!) && j++)) j++;
  const that = v.chunks[j]?.type === 'SUB' && norm(v, j) === 'that';
  if (that) j++;
  if (v.chunks[j]?.type !== 'NP') return null;
  // a clause: a noun phrase, then (within a few chunks) its verb group
  let m = j;
  while (m < v.chunks.length && v.chunks[m]!.type !== 'VG' && m < j + 8) m++;
  if (v.chunks[m]?.type !== 'VG' || (!that && v.chunks[m]!.vg!.gerund)) return null;
  // to the end of the sentence, or to a following speech verb's attribution (", X added")
  let e = m + 1;
  while (e < v.chunks.length && !(v.chunks[e]!.type === 'PUNCT' && [';', ':'].includes(norm(v, e)))) e++;
  return [j, e];
}

/** Token spans of the clause's subject phrase (to its verb) and of the noun phrases after "with" or "between" in it. */
function coreSpan(v: SentenceView, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let m = from;
  while (m < to && v.chunks[m]!.type !== 'VG') m++;
  out.push([v.chunks[from]!.start, v.chunks[Math.max(from, m - 1)]!.end]);
  for (let j = m; j < to - 1; j++) if (v.chunks[j]!.type === 'P' && ['with', 'between'].includes(norm(v, j)) && v.chunks[j + 1]!.type === 'NP') out.push([v.chunks[j + 1]!.start, v.chunks[j + 1]!.end]);
  return out;
}

/** A verb group in chunks [from, to), not negated, whose verb patterns are all hostile acts (CAMEO 17–20: "shot down", "shelled"). */
function hostileDeed(v: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = v.chunks[j]!;
    if (c.type !== 'VG' || c.vg!.negated || c.vg!.modal) continue;
    const rows = v.pats.verbs.get(c.vg!.lemma);
    if (rows?.length && rows.every((r) => r.code >= '17' && r.code < '21')) return true;
  }
  return false;
}

/** verbs of telling someone: the addressee right after the verb is the target */
const ADDRESSING = new Set(['tell', 'inform', 'notify']);

/** "X told Y (that) ...", "X informed Y of ...": X→Y 010 (or the tone of what was told), when nothing after the verb coded an event. */
function toAddressee(v: SentenceView, k: number, cands: Candidate[]): Candidate | null {
  const c = v.chunks[k]!;
  const o = v.chunks[k + 1];
  if (o?.type !== 'NP') return null;
  const inf = v.info.get(k);
  let sources = inf ? phrasesActors(v, inf.subject) : [];
  if (!sources.length && inf?.appos) sources = phrasesActors(v, [inf.appos]);
  sources = sources.filter((s) => !s.locationOnly && s.country);
  if (!sources.length) return null;
  const own = new Set(sources.map((s) => s.country));
  const targets = v.actors.filter((a) => a.tokenStart >= o.start && a.tokenStart < o.end && !a.locationOnly && a.country && !own.has(a.country) && a.kind !== 'coref' && !(a.sector && UNADDRESSED.has(a.sector)));
  if (!targets.length) return null;
  // (what was told coded its own event: "told Y it would send aid", "told Y to leave")
  if (cands.some((x) => x.trigger[0] >= c.start)) return null;
  const code = complementCode('comment', windowText(v, o.end, v.sent.tokenEnd), v.pats.complements) ?? '010';
  return { sources, targets: targets.slice(0, 1), code, rule: 'frames:statement-to', mutual: false, alone: false, modality: 'asserted', trigger: [c.head, c.head + 1] };
}

/**
 * Statements about another party, for the stating verbs of the sentence whose clause coded nothing: X→Y 010/012/013.
 * `cands`: the events already coded in the sentence.
 */
export function statementsAbout(v: SentenceView, st: MatchState, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < v.chunks.length; k++) {
    const c = v.chunks[k]!;
    // (a participle, "criticised Y, saying ...", elaborates the act before it)
    if (c.type !== 'VG' || !STATING.has(c.vg!.lemma) || c.vg!.passive || c.vg!.gerund || st.coded?.has(k) || st.consumed.has(k)) continue;
    if (cueFor(v.pats, c.vg!.lemma, 'verb')?.effect !== 'speech' || vgModality(v, k) !== 'asserted') continue;
    // "X told Y that ...", "X informed Y of its decision": the one told is the party the statement is made to
    // ("told reporters that talks with Y ...": no party told, the statement may still be about one)
    if (ADDRESSING.has(c.vg!.lemma)) { const t = toAddressee(v, k, cands); if (t) { out.push(t); continue; } if (c.vg!.lemma !== 'tell') continue; }
    const cl = statedClause(v, k);
    if (!cl) continue;
    const [from, to] = cl;
    const t0 = v.chunks[from]!.start, t1 = v.chunks[to - 1]!.end;
    // the clause coded an event of its own (reported, intended, a demand folded into the speech): no statement besides
    if (cands.some((x) => x.trigger[0] >= t0 && x.trigger[0] < t1) || cands.some((x) => x.trigger[0] >= c.start && x.trigger[0] < c.end)) continue;
    const inf = v.info.get(k);
    let sources = inf ? phrasesActors(v, inf.subject) : [];
    if (!sources.length && inf?.appos) sources = phrasesActors(v, [inf.appos]);
    sources = sources.filter((s) => !s.locationOnly && s.country);
    if (!sources.length) continue;
    const own = new Set(sources.map((s) => s.country));
    // "said it would ...", "said she hoped ...", "said its army was ready": a clause about the speaker's own side is its
    // own intention or state, no statement about another party
    const subj = v.chunks[from]!;
    if (v.tokens[subj.head]!.pos === 'PRON' || v.actors.some((a) => a.tokenStart >= subj.start && a.tokenStart < subj.end && own.has(a.country))) continue;
    const seen = new Set<string>();
    const targets: ActorMention[] = [];
    // Y is the clause's subject ("Peru's claim had no basis") or the partner of talks, a deal or relations in it ("said
    // talks with Y were going well"); an actor further inside the clause is no party the statement is about
    const core = coreSpan(v, from, to);
    for (const a of v.actors) {
      if (!core.some(([x, y]) => a.tokenStart >= x && a.tokenStart < y)) continue;
      if (a.tokenStart < t0 || a.tokenStart >= t1 || a.locationOnly || a.participant === false || !a.country || own.has(a.country) || a.kind === 'coref') continue;
      // (companies, the media, civilians and refugees are no party a statement is made about)
      if (a.sector && UNADDRESSED.has(a.sector)) continue;
      if (seen.has(a.country)) continue;
      seen.add(a.country);
      targets.push(a);
    }
    if (!targets.length || targets.length > 2) continue;
    // ("Kiev says rebels backed by Moscow shot down the airliner": a hostile deed said of them accuses them, 112)
    const code = hostileDeed(v, from, to) ? '112' : complementCode('comment', windowText(v, t0, t1), v.pats.complements) ?? '010';
    out.push({ sources, targets, code, rule: 'frames:statement-about', mutual: false, alone: false, modality: 'asserted', trigger: [c.head, c.head + 1] });
  }
  return out;
}
