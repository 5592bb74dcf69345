// Modality of an event from its verb group and the words that govern it: negation
// ("did not visit"), modals ("would have", "will"), control verbs ("plans to", "decided
// to"), cancellation ("called off", "the cancellation of"), reported speech ("according
// to", "X said Y ...", "..., officials said").
import type { Modality } from '../../doc/types.ts';
import type { VerbGroup } from '../../nlp/chunk.ts';
import { cueFor, type CueEffect } from './patterns.ts';
import { phrasesActors, type SentenceView } from './sentence.ts';
import { CONTACTING, INTENT_OF, USING, isTimeNP } from '../../nlp/clause.ts';

const RANK: Record<Modality, number> = { asserted: 0, reported: 1, intended: 2, hypothetical: 3, negated: 4, cancelled: 5 };
/** The stronger of two modalities (cancelled > negated > hypothetical > intended > reported > asserted). */
export const stronger = (a: Modality, b: Modality): Modality => (RANK[b] > RANK[a] ? b : a);

/** prepositions of place ("marched through Belgrade to protest") */
const PLACE_PREPS = new Set(['through', 'in', 'into', 'across', 'to', 'at', 'near', 'outside', 'around', 'along', 'from', 'toward', 'towards']);

/** Verbs whose infinitive complement did happen ("managed to", "began to", "was forced to"). */
const IMPLICATIVE = new Set(['manage', 'begin', 'start', 'continue', 'proceed', 'resort', 'go', 'force', 'compel', 'dare', 'get', 'come', 'happen', 'tend', 'use', 'help', 'oblige', 'be',
  // "marched to protest", "gathered to demand": the gathering is the protest or the demand
  'march', 'rally', 'gather', 'demonstrate', 'assemble', 'converge']);

/** consultation verbs, whose purpose after a visit or call is still ahead ("visited Y to discuss trade") */
const CONSULTING = new Set(['discuss', 'negotiate', 'talk', 'meet', 'consult', 'confer', 'attend', 'sign', 'visit']);

/** Verbs of protest and demand whose purpose clause is done by the act before it ("struck to protest"). */
const EXPRESSIVE = new Set(['protest', 'demand', 'press', 'show', 'express', 'voice', 'denounce', 'condemn', 'oppose', 'mark', 'commemorate', 'demonstrate', 'call', 'urge', 'highlight', 'decry']);

/** "Nor would X ...", "rather than buying", "instead of attacking": negation outside the verb group. */
function negatedBefore(v: SentenceView, k: number): boolean {
  const c = v.chunks[k]!;
  const t = v.tokens;
  const a = t[c.start - 1], b = t[c.start - 2];
  if (a && b && ((a.norm === 'than' && b.norm === 'rather') || (a.norm === 'of' && b.norm === 'instead'))) return true;
  // a clause opened by "nor"/"neither": the first verb group of the sentence or after a comma
  for (let i = c.start - 1; i >= v.sent.tokenStart && i >= c.start - 6; i--) {
    const n = t[i]!.norm;
    if (n === 'nor' || n === 'neither') return true;
    if (t[i]!.pos === 'PUNCT' || t[i]!.pos === 'VERB' || t[i]!.pos === 'SCONJ') break;
  }
  return false;
}

/** What the verb group itself says. */
export function vgModality(v: SentenceView, k: number): Modality {
  const c = v.chunks[k]!;
  const g = c.vg as VerbGroup;
  if (g.negated || negatedBefore(v, k)) return 'negated';
  if (g.modal === 'would' || g.modal === 'could' || g.modal === 'might' || g.modal === 'may' || g.modal === 'should') {
    if (g.perfect) return 'hypothetical';
    return g.modal === 'would' ? 'intended' : 'hypothetical';
  }
  if (g.modal === 'will' || g.modal === 'shall') return 'intended';
  // "is to visit", "was to participate": a plan
  const n = v.chunks[k + 1];
  if (g.copulaOnly && g.lemma === 'be' && n?.type === 'TO') return 'intended';
  // "is going to"
  if (v.tokens[g.head]!.norm === 'going' && n?.type === 'TO') return 'intended';
  return 'asserted';
}

const effectModality = (e: CueEffect): Modality | null =>
  e === 'intended' ? 'intended' : e === 'negated' ? 'negated' : e === 'cancelled' ? 'cancelled' : e === 'hypothetical' ? 'hypothetical' : e === 'reported' ? 'reported' : null;

/** Follow a verb group up its governors (control, coordination): what they add. */
/** head nouns of bodies whose vote enacts what they vote for */
const VOTING_BODIES = new Set(['council', 'parliament', 'assembly', 'senate', 'congress', 'house', 'legislature', 'lawmakers', 'legislators', 'deputies', 'mps',
  'board', 'cabinet', 'commission', 'court', 'duma', 'knesset', 'bundestag', 'majlis', 'diet']);
/**
 * "The Security Council voted to impose an arms embargo on Y", "parliament voted to expel the envoy": a body that votes
 * (verb group g) enacts what it votes for — the infinitive is done, not planned. Not a person's or a country's vote.
 */
function enactingVote(v: SentenceView, g: number): boolean {
  if (v.chunks[g]!.vg!.lemma !== 'vote') return false;
  const inf = v.info.get(g);
  if (!inf?.subject.length) return false;
  const ph = inf.subject[0]!;
  const head = v.chunks[ph.chunks[0]!];
  if (head?.type === 'NP' && VOTING_BODIES.has(v.tokens[head.head]!.norm)) return true;
  return phrasesActors(v, inf.subject).some((a) => a.sector === 'LEG' || (a.country === 'IGO' && /council|assembly|parliament|board|commission/i.test(a.text)));
}

export function governedModality(v: SentenceView, k: number): Modality {
  let m = vgModality(v, k);
  let cur = v.info.get(k);
  let guard = 0;
  // "Peru's plan to expel ..." opening the sentence: no governing verb, but the cue noun still counts
  if (cur && cur.link === 'control' && cur.governor == null && v.chunks[k - 1]?.type === 'TO' && v.chunks[k - 2]?.type === 'NP') {
    const h = v.chunks[k - 2]!;
    const cue = cueFor(v.pats, v.tokens[h.head]!.lemma, 'noun') ?? cueFor(v.pats, v.tokens[h.head]!.norm, 'noun');
    if (cue) { const e = effectModality(cue.effect); if (e && e !== 'reported') m = stronger(m, e); }
  }
  while (cur && cur.governor != null && guard++ < 6) {
    const link = cur.link;
    const g = v.chunks[cur.governor]!;
    const h = v.chunks[cur.chunk - 2];
    // "marched through Belgrade to protest": a named place before the infinitive, which is the verb's
    // ("voted unanimously on Saturday to impose ...": a time phrase before the infinitive is no noun it depends on)
    const timeGap = h?.type === 'NP' && isTimeNP(v.tokens, h) && enactingVote(v, cur.governor);
    if (link === 'control' && !timeGap && v.chunks[cur.chunk - 1]?.type === 'TO' && h?.type === 'NP' && !(v.actorAt.has(h.head) && v.chunks[cur.chunk - 3]?.type === 'P' && PLACE_PREPS.has(v.tokens[v.chunks[cur.chunk - 3]!.start]!.norm) && v.chunks[cur.chunk - 4]?.type === 'VG')) {
      // "in an attempt to improve", "Pakistan's bid to join": a cue noun before the infinitive
      // ("the right of Russian troops to fire", "a call for Iran to stop": the noun before "of"/"for")
      const p3 = v.chunks[cur.chunk - 3], h4 = v.chunks[cur.chunk - 4];
      const cn = p3?.type === 'P' && ['of', 'for', 'to'].includes(v.tokens[p3.start]!.norm) && h4?.type === 'NP' ? h4 : h;
      const cue = cueFor(v.pats, v.tokens[cn.head]!.lemma, 'noun') ?? cueFor(v.pats, v.tokens[cn.head]!.norm, 'noun');
      if (cue) { const e = effectModality(cue.effect); if (e && e !== 'reported') m = stronger(m, e); }
      // "staged a sit-in to protest the law", "blocked a road to press their demands": a purpose clause of
      // protest or demand is done by the act it follows, which has the governing verb's modality
      else if (EXPRESSIVE.has(v.chunks[cur.chunk]!.vg!.lemma) && !cueFor(v.pats, g.vg!.lemma, 'verb')) { m = stronger(m, vgModality(v, cur.governor)); break; }
      // "telephoned Y to thank him", "called Y to demand an apology": the word the contact was made for is said in it
      else if (CONTACTING.has(g.vg!.lemma) && !CONSULTING.has(v.chunks[cur.chunk]!.vg!.lemma) && v.chunks[cur.chunk - 2] === h && h.type === 'NP') { m = stronger(m, vgModality(v, cur.governor)); break; }
      // an infinitive after a noun ("the right to attack", "efforts to mediate") is not yet done, except the acts one
      // "took steps" or "took measures" to carry out, which are under way
      // ("used tear gas to disperse Y": the purpose of an instrument used is carried out with it)
      if (!(g.vg!.lemma === 'take' && TAKEN.has(v.tokens[h.head]!.lemma)) && !USING.has(g.vg!.lemma)) { m = stronger(m, 'intended'); break; }
      m = stronger(m, vgModality(v, cur.governor));
      cur = v.info.get(cur.governor);
      continue;
    }
    if (link === 'control' || link === 'objcontrol') {
      // an infinitive is not yet done ("asked Obama to help Iran") unless its verb implies it ("managed to")
      if (v.chunks[cur.chunk - 1]?.type === 'TO' && !IMPLICATIVE.has(g.vg!.lemma) && !enactingVote(v, cur.governor)) m = stronger(m, 'intended');
      const gm = vgModality(v, cur.governor);
      m = stronger(m, gm === 'negated' ? 'negated' : gm);
      const cue = cueFor(v.pats, g.vg!.lemma, 'verb');
      if (cue) { const e = effectModality(cue.effect); if (e) m = stronger(m, e); }
      // "is to participate": the governor is the copula
      if (g.vg!.copulaOnly && g.vg!.lemma === 'be') m = stronger(m, 'intended');
    } else if (link === 'gerund') {
      // "has no intention of meeting Y": not intended at all; "plans of meeting Y": intended
      const intent = intentionOf(v, cur.chunk);
      if (intent) m = stronger(m, intent);
      // "accused X of attacking": the attack is reported; "by alleging": same speaker
      else if (cur.gerundPrep === 'of') m = stronger(m, 'reported');
    } else if (link === 'coord') {
      // "did not visit A or meet B": negation and modals carry over
      const gm = vgModality(v, cur.governor);
      if (gm !== 'asserted' && vgModality(v, k) === 'asserted' && !(v.chunks[k]!.start - g.end > 0 && hasOwnAux(v, k))) m = stronger(m, gm);
      if (cur.link === 'coord') { cur = v.info.get(cur.governor); continue; }
    }
    cur = v.info.get(cur.governor);
  }
  return m;
}

/**
 * How an intended act k is intended: `voiced` when a governing verb voices the actor's own will ("wants to",
 * "hopes to": a cue marked voiced), `planned` when the text states a plan or schedule ("will", "is to", "plans to",
 * "is scheduled to"). Speech ("said it would") is decided by the caller, which knows the speaker.
 */
export function intentKind(v: SentenceView, k: number): 'voiced' | 'planned' {
  let cur = v.info.get(k);
  let guard = 0;
  while (cur && cur.governor != null && guard++ < 6) {
    if (cur.link === 'control' || cur.link === 'objcontrol' || cur.link === 'gerund') {
      const g = v.chunks[cur.governor]!;
      const cue = g.vg ? cueFor(v.pats, g.vg.lemma, 'verb') : null;
      if (cue?.effect === 'intended') return cue.voiced ? 'voiced' : 'planned';
      // "has the intention of", "expressed a desire to": a cue noun between the verb and the act
      const h = v.chunks[cur.chunk - 2];
      const ncue = h?.type === 'NP' ? cueFor(v.pats, v.tokens[h.head]!.lemma, 'noun') : null;
      if (ncue?.effect === 'intended') return ncue.voiced ? 'voiced' : 'planned';
    } else if (cur.link !== 'coord') break;
    cur = v.info.get(cur.governor);
  }
  return 'planned';
}

/**
 * Gerund k after "of" and a noun of intending ("has no intention of meeting Y", "had plans of visiting Y"): the act is
 * intended, or negated when the intention is denied ("no intention", "does not have any intention"); else null.
 */
export function intentionOf(v: SentenceView, k: number): Modality | null {
  const inf = v.info.get(k);
  if (inf?.link !== 'gerund' || inf.gerundPrep !== 'of' || inf.governor == null || v.chunks[k - 1]?.type !== 'P') return null;
  const np = v.chunks[k - 2];
  if (np?.type !== 'NP' || !INTENT_OF.has(v.tokens[np.head]!.lemma) || inf.governor !== k - 3) return null;
  return v.tokens[np.start]!.norm === 'no' || v.chunks[inf.governor]!.vg!.negated ? 'negated' : 'intended';
}

/** nouns of means that "take" puts under way ("took steps to", "took measures to", "took action to") */
const TAKEN = new Set(['step', 'steps', 'measure', 'measures', 'action']);

const hasOwnAux = (v: SentenceView, k: number) => { const c = v.chunks[k]!; return c.head > c.start; };

/** A cue noun governing NP chunk k through "of" ("the cancellation of the visit", "plans for talks"). */
export function nounCueModality(v: SentenceView, k: number): Modality | null {
  const p = v.chunks[k - 1];
  const h = v.chunks[k - 2];
  if (p?.type === 'P' && h?.type === 'NP' && ['of', 'for', 'to'].includes(v.tokens[p.start]!.norm)) {
    const cue = cueFor(v.pats, v.tokens[h.head]!.lemma, 'noun') ?? cueFor(v.pats, v.tokens[h.head]!.norm, 'noun');
    if (cue && cue.effect !== 'reported') return effectModality(cue.effect);
  }
  return null;
}

/** "according to" anywhere in the sentence. */
export function accordingTo(v: SentenceView): boolean {
  for (let t = v.sent.tokenStart; t < v.sent.tokenEnd - 1; t++) if (v.tokens[t]!.norm === 'according' && v.tokens[t + 1]!.norm === 'to') return true;
  return false;
}

/** The speech verb whose complement clause holds verb group k ("X said (that) Y visited"), or null. */
export function speechGovernor(v: SentenceView, k: number): number | null {
  const inf = v.info.get(k);
  if (!inf) return null;
  let first = inf.subject.length ? inf.subject[0]!.chunks[0]! : k;
  // "Israel announced it would release ...": the clause's own pronoun subject, read as the antecedent it stands for
  const pr = v.chunks[k - 1];
  if (first < k - 1 && pr?.type === 'NP' && pr.end - pr.start === 1 && v.tokens[pr.start]!.pos === 'PRON') first = k - 1;
  if (inf.link === 'coord' || inf.link === 'control' || inf.link === 'gerund') {
    let g = inf.governor; let guard = 0;
    while (g != null && guard++ < 6) { const gi = v.info.get(g); if (!gi || gi.link === 'direct' || gi.link === 'none' || gi.link === 'rel') { return g != null && gi ? speechGovernor(v, g) : null; } g = gi.governor; }
    return null;
  }
  let p = first - 1;
  while (p >= 0 && (v.chunks[p]!.type === 'ADV' || (v.chunks[p]!.type === 'SUB' && v.tokens[v.chunks[p]!.start]!.norm === 'that'))) p--;
  // "said on Tuesday that ...", "said Monday that ...": a time phrase between the verb and its clause
  // ("said on Monday they would ...": with no "that", the time phrase sits right before the clause's subject)
  if (v.chunks[p]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[p]!) && (v.chunks[p + 1]?.type === 'SUB' || p + 1 === first)) {
    p--;
    if (v.chunks[p]?.type === 'P') p--;
  }
  const c = v.chunks[p];
  if (c?.type === 'VG') { const cue = cueFor(v.pats, c.vg!.lemma, 'verb'); if (cue?.effect === 'speech') return p; }
  return null;
}

/** The verb group of a trailing attribution after verb group k ("..., officials said" / "..., said the minister"), or null. */
export function attributionAfter(v: SentenceView, k: number): number | null {
  for (let j = k + 1; j < v.chunks.length; j++) {
    const c = v.chunks[j]!;
    if (c.type !== 'VG') continue;
    const cue = cueFor(v.pats, c.vg!.lemma, 'verb');
    if (cue?.effect !== 'speech') continue;
    // "X criticised Y, saying ...": a participle clause of the same actor attributes nothing
    if (c.vg!.gerund) continue;
    // ("..., Bogota recalled its ambassador": a verb of saying whose object is the object of one of its event rows acts)
    const o = v.chunks[j + 1];
    if (o?.type === 'NP' && v.pats.verbs.get(c.vg!.lemma)?.some((r) => [...(r.object ?? []), ...(r.requires ?? [])].some((w) => w === v.tokens[o.head]!.lemma || w === v.tokens[o.head]!.norm))) continue;
    const a = v.chunks[j - 1], b = v.chunks[j - 2];
    if (a?.type === 'NP' && b?.type === 'PUNCT' && v.tokens[b.start]!.norm === ',') return j;
    if (a?.type === 'PUNCT' && v.tokens[a.start]!.norm === ',') return j;
    if (a?.type === 'NP' && (b?.type === 'NP' || b?.type === 'P') && v.chunks.slice(0, j).some((x) => x.type === 'PUNCT' && v.tokens[x.start]!.norm === ',')) return j;
  }
  return null;
}
