// Third parties: a mediator, broker or host named beside an event between two other sides ("a truce mediated by
// Egypt", "an Egyptian-brokered ceasefire", "under Qatari mediation", "talks ..., hosted by Russia"). The third party
// is no party of the event itself; it mediates (045) — or hosts (043) — for each side of it.
import type { ActorMention } from '../../doc/types.ts';
import type { Candidate } from './candidate.ts';
import type { SentenceView } from './sentence.ts';

/** participles of a third party's role, with the CAMEO code of that role */
const ROLE_PARTICIPLES: Record<string, string> = {
  mediated: '045', brokered: '045', facilitated: '045', sponsored: '045', 'co-sponsored': '045', arranged: '045',
  hosted: '043', convened: '045', chaired: '045',
};
/** nouns of a third party's good offices ("under Qatari mediation", "under the auspices of the AU") */
const ROLE_NOUNS: Record<string, string> = { mediation: '045', auspices: '045', sponsorship: '045', facilitation: '045', brokering: '045', offices: '045' };
/** prepositions that introduce good offices as an adjunct */
const ROLE_PREPS = new Set(['under', 'with', 'through', 'via', 'after', 'following', 'amid', 'thanks']);
/** auxiliaries that make a participle a verb of the clause, not a reduced relative */
const AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'am', "'s"]);

export interface ThirdParty { actor: ActorMention; code: string; start: number; end: number; word: string }

const mentionAt = (v: SentenceView, t: number): ActorMention | null => {
  const i = v.actorAt.get(t);
  return i == null ? null : v.actors[i]!;
};

/** The first actor mention (not a pronoun) within tokens [from, to). */
function actorIn(v: SentenceView, from: number, to: number): ActorMention | null {
  for (let t = from; t < to; t++) {
    const a = mentionAt(v, t);
    if (a && a.kind !== 'coref') return a;
  }
  return null;
}

/** The actors of a by-phrase from token `from`: one noun phrase, or several joined by "and" (no verb, no clause break). */
function agents(v: SentenceView, from: number, end: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let t = from; t < end && t < from + 12; t++) {
    const tk = v.tokens[t]!;
    if (tk.pos === 'VERB' || tk.pos === 'AUX' || (tk.pos === 'PUNCT' && tk.text !== '-') || (tk.pos === 'ADP' && tk.norm !== 'of')) break;
    const a = mentionAt(v, t);
    if (a && a.kind !== 'coref' && !a.locationOnly && !out.includes(a)) out.push(a);
  }
  return out;
}

/** The third parties a sentence names, by three constructions. */
export function thirdParties(v: SentenceView): ThirdParty[] {
  const out: ThirdParty[] = [];
  const { tokens } = v;
  const s = v.sent.tokenStart, e = v.sent.tokenEnd;
  for (let t = s; t < e; t++) {
    const w = tokens[t]!.norm;
    // "an Egyptian-brokered ceasefire", "the U.S.-sponsored talks": an actor joined by a hyphen to the participle
    const code = ROLE_PARTICIPLES[w];
    if (code && t - 2 >= s && tokens[t - 1]!.text === '-' && tokens[t - 1]!.start === tokens[t - 2]!.end && tokens[t]!.start === tokens[t - 1]!.end) {
      const a = mentionAt(v, t - 2);
      if (a && (!a.locationOnly || a.kind === 'country')) out.push({ actor: a, code, start: a.tokenStart, end: t + 1, word: w });
      continue;
    }
    // "a truce mediated by Egypt", "talks, hosted by Russia,": a reduced relative participle and its by-agent
    // ("brokered by the United States and France": each of a coordinated agent)
    if (code && tokens[t + 1]?.norm === 'by' && t + 2 < e && !(t - 1 >= s && AUX.has(tokens[t - 1]!.norm)) && !(t - 2 >= s && AUX.has(tokens[t - 2]!.norm) && tokens[t - 1]!.pos === 'ADV')) {
      for (const a of agents(v, t + 2, e)) out.push({ actor: a, code, start: t, end: a.tokenEnd, word: w });
      continue;
    }
    // "under Qatari mediation", "with Kenya's mediation", "under the auspices of the AU", "through the good offices of Y",
    // "mediation by Y" after such a preposition
    const ncode = ROLE_NOUNS[w];
    if (!ncode || (w === 'offices' && tokens[t - 1]?.norm !== 'good')) continue;
    let p = t - 1;
    while (p >= s && p > t - 6 && tokens[p]!.pos !== 'ADP' && tokens[p]!.pos !== 'PUNCT' && tokens[p]!.pos !== 'VERB') p--;
    if (p < s || !ROLE_PREPS.has(tokens[p]!.norm)) continue;
    let a = actorIn(v, p + 1, t);
    if (!a && (tokens[t + 1]?.norm === 'of' || tokens[t + 1]?.norm === 'by')) a = actorIn(v, t + 2, Math.min(e, t + 8));
    if (a && !a.locationOnly) out.push({ actor: a, code: ncode, start: p, end: Math.max(t + 1, a.tokenEnd), word: w });
  }
  return out;
}

const party = (c: Candidate) => [...c.sources, ...c.targets];
const same = (a: ActorMention, b: ActorMention) => a.id === b.id || a.code === b.code;

/**
 * Takes each third party out of the events it is named beside and adds its own event (mediate 045 or host 043) towards
 * each side. An event of the third party's own (its mediation noun, "Egypt mediated ...") is left alone.
 */
export function applyThirdParties(v: SentenceView, cands: Candidate[]): Candidate[] {
  const tps = thirdParties(v);
  if (!tps.length) return cands;
  let out = cands;
  const thirds = (x: ActorMention) => tps.some((tp) => same(tp.actor, x));
  for (const tp of tps) {
    const M = tp.actor;
    const own = (c: Candidate) => (c.code === '045' || c.code === '043') && c.sources.some((x) => same(x, M));
    const touched: Candidate[] = [];
    const next: Candidate[] = [];
    for (const c of out) {
      if (own(c) || !party(c).some((x) => same(x, M)) || party(c).some((x) => !same(x, M) && x.country === M.country) || !party(c).some((x) => !same(x, M))) { next.push(c); continue; }
      const sources = c.sources.filter((x) => !same(x, M));
      const targets = c.targets.filter((x) => !same(x, M));
      let r: Candidate;
      if (!sources.length) {
        if (targets.length < 2) continue;
        r = { ...c, sources: targets, targets: [], mutual: true };
      } else if (!targets.length && c.targets.length) {
        r = sources.length >= 2 ? { ...c, sources, targets: [], mutual: true } : { ...c, sources, targets: [], mutual: false, alone: true };
      } else r = { ...c, sources, targets };
      touched.push(r);
      next.push(r);
    }
    out = next;
    // the event the third party serves: the ones it was taken out of, else the nearest one with two sides
    let served = touched;
    if (!served.length) {
      const two = out.filter((c) => !own(c) && !c.rule.startsWith('frames:third-party') && new Set(party(c).map((x) => x.code)).size >= 2 && !party(c).some((x) => same(x, M)));
      const dist = (c: Candidate) => Math.min(Math.abs(c.trigger[0] - tp.start), Math.abs(c.trigger[0] - tp.end));
      two.sort((a, b) => dist(a) - dist(b));
      served = two.slice(0, 1);
    }
    const sides: ActorMention[] = [];
    for (const c of served) for (const x of party(c)) if (!thirds(x) && !sides.some((y) => same(x, y))) sides.push(x);
    // (a host or broker of one side's own country is that side, no third party: "a lunch hosted by their ambassador")
    if (!touched.length && sides.some((x) => x.country === M.country)) continue;
    if (!sides.length || out.some((c) => own(c) && sides.every((x) => c.targets.some((y) => same(x, y))))) continue;
    out = [...out, { sources: [M], targets: sides, code: tp.code, rule: `frames:third-party:${tp.word}`, mutual: false, alone: false, modality: served[0]!.modality, trigger: [tp.start, tp.end] }];
  }
  return out;
}
