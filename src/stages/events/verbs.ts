// Verb patterns on verb groups (and adjectives after "be"): trigger, source, target, code.
import type { ActorMention } from '../../doc/types.ts';
import { isoOfDemonym } from '../claims/countries.ts';
import { CONTACTING, USING, isTimeNP, ofChain, phrasesRight } from '../../nlp/clause.ts';
import { governedModality, intentKind, speechGovernor, stronger } from './modality.ts';
import { cueFor, repeatedVerb, specificity, type VerbPattern } from './patterns.ts';
import { actorsInChunk, hasWord, lemmaAt, phrasesActors, subjectActors, windowText, type SentenceView } from './sentence.ts';
import { domesticAct, domesticCode, domesticThreat, hasHomeCountry, isStateAgent, threatOf, type Candidate, type MatchState } from './candidate.ts';
import { employer, norm, clauseLimit, prepActors, refineWindow, thatSubject, dobjActors, dropSame, refine, complementCode, complementHeads, particleMatches, objectMatches, sentWin, reducedPassive, objectInSubject, isPersonPronoun, farAgent, deedCode, deedTarget, dropMishapAgents, instrumentAgent, attackTarget, actPlace, placeAct, placeCountry, deedAgent, deniedClauseTarget, thatExchangePartner } from './args.ts';
import { attemptedCode, matchAccusingSpeech, matchSpeechModal, matchStatementModal, matchOpposition, matchWontTolerate, matchRuledOut, pressureOn, failedAgreement, RECIPROCAL, clashReverse, protestAim, provokerSubject, conditional, conditionSubject, DEMAND_NOUNS, FRAME_ROOTS, speechAccusation, refusal, refusedByNoun, rejectCode, consumeComplements, speakerForPronoun, verbModality } from './frames.ts';

/** "(a show of force) aimed at Y", "directed at Y", "to deter Y": the actors after such a participle or infinitive later
 *  in verb group k's sentence. */
function aimedAt(v: SentenceView, k: number, sources: ActorMention[]): ActorMention[] {
  for (let j = k + 1; j + 2 < v.chunks.length; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' || (c.type === 'PUNCT' && norm(v, j) !== ',')) break;
    // "massed troops to deter Y", "moved tanks to the border to intimidate Y": the one a show of force is to deter
    if (c.type === 'TO' && v.chunks[j + 1]!.type === 'VG' && DETER.has(lemmaAt(v, v.chunks[j + 1]!.head))) {
      for (let m = j + 2; m < v.chunks.length; m++) {
        const d = v.chunks[m]!;
        if (d.type === 'VG' || d.type === 'SUB' || d.type === 'TO' || d.type === 'CONJ' || d.type === 'PUNCT') break;
        if (d.type !== 'NP') continue;
        const got = dropSame(actorsInChunk(v, m).filter((a) => !a.locationOnly), sources).filter((a) => !sources.some((s) => s.country === a.country));
        if (got.length) return got.slice(0, 1);
      }
      return [];
    }
    if (c.type !== 'VG' || c.end - c.start !== 1 || !['aimed', 'directed'].includes(v.tokens[c.head]!.norm)) continue;
    if (v.chunks[j + 1]!.type !== 'P' || norm(v, j + 1) !== 'at' || v.chunks[j + 2]!.type !== 'NP') return [];
    return dropSame(actorsInChunk(v, j + 2).filter((a) => !a.locationOnly), sources);
  }
  return [];
}

/** verbs of what a show of force is meant to do to another side */
const DETER = new Set(['deter', 'intimidate', 'dissuade', 'counter', 'discourage', 'warn', 'threaten', 'pressure', 'pressurize', 'pressurise']);

/** participles of owning or running something */
const OWNED = new Set(['run', 'owned', 'operated', 'controlled', 'managed', 'held', 'built']);
/** "(oil fields) run by the Zendan company Y": the owner a participle after the object at chunk o names. */
function ownerOf(v: SentenceView, o: number): ActorMention[] {
  for (let j = o; j < v.chunks.length && j < o + 5; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' || c.type === 'PUNCT' || c.type === 'TO') return [];
    // "a yacht belonging to a Russian tycoon" (the chunker may keep the participle inside the noun phrase)
    if ((c.type === 'NP' || c.type === 'VG') && v.tokens[c.end - 1]!.norm === 'belonging' && (c.type === 'NP' || c.end - c.start === 1)) {
      if (v.chunks[j + 1]?.type !== 'P' || norm(v, j + 1) !== 'to' || v.chunks[j + 2]?.type !== 'NP') return [];
      return phrasesActors(v, phrasesRight(v.chunks, v.tokens, j + 2)).filter((a) => !a.locationOnly);
    }
    if (c.type !== 'VG') continue;
    if (c.end - c.start !== 1 || !OWNED.has(v.tokens[c.head]!.norm) || v.chunks[j + 1]?.type !== 'P' || norm(v, j + 1) !== 'by' || v.chunks[j + 2]?.type !== 'NP') return [];
    return phrasesActors(v, phrasesRight(v.chunks, v.tokens, j + 2)).filter((a) => !a.locationOnly);
  }
  return [];
}

/** nouns of an attitude whose that-clause says whom it is about ("hope that Y will ...", "concern that Y might ...") */
const ATTITUDES = new Set(['hope', 'hopes', 'optimism', 'confidence', 'concern', 'concerns', 'fear', 'fears', 'worry', 'worries', 'pessimism', 'doubt', 'doubts', 'alarm',
  'skepticism', 'scepticism', 'regret', 'satisfaction', 'disappointment', 'frustration', 'anger', 'dismay']);

/** nouns of a written message */
const LETTER_NOUNS = new Set(['letter', 'message', 'note', 'memorandum', 'petition', 'appeal', 'submission', 'complaint']);
/** "In a letter to the Security Council, X asked ...", "was demanded by X in a note handed to Y": the addressee of the letter. */
function letterAddressee(v: SentenceView, k: number, sources: ActorMention[]): ActorMention[] {
  // "..., was demanded by Y in a note handed to the Zendan ambassador": a letter phrase after the verb
  for (let j = k + 1; j + 3 < v.chunks.length; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' || (c.type === 'PUNCT' && norm(v, j) !== ',')) break;
    if (c.type !== 'P' || norm(v, j) !== 'in' || v.chunks[j + 1]!.type !== 'NP' || !LETTER_NOUNS.has(v.tokens[v.chunks[j + 1]!.head]!.norm)) continue;
    let m = j + 2;
    if (v.chunks[m]!.type === 'VG' && v.chunks[m]!.end - v.chunks[m]!.start === 1 && /(ed|sent)$/.test(v.tokens[v.chunks[m]!.head]!.norm)) m++;
    if (v.chunks[m]?.type === 'P' && norm(v, m) === 'to' && v.chunks[m + 1]?.type === 'NP') return dropSame(actorsInChunk(v, m + 1).filter((a) => !a.locationOnly), sources);
    break;
  }
  // ("In a letter to the Security Council, X asked ...": an opening letter phrase before the active verb's subject)
  if (v.chunks[k]!.vg!.passive) return [];
  const s0 = v.info.get(k)?.subject[0]?.chunks[0];
  if (s0 == null || s0 < 5 || v.chunks[s0 - 1]!.type !== 'PUNCT' || norm(v, s0 - 1) !== ',') return [];
  const c = v.chunks;
  if (c[s0 - 5]!.type !== 'P' || norm(v, s0 - 5) !== 'in' || c[s0 - 4]!.type !== 'NP' || !LETTER_NOUNS.has(v.tokens[c[s0 - 4]!.head]!.norm)
    || c[s0 - 3]!.type !== 'P' || norm(v, s0 - 3) !== 'to' || c[s0 - 2]!.type !== 'NP') return [];
  if (s0 - 5 > 0 && !(c[s0 - 6]!.type === 'PUNCT' || c[s0 - 6]!.type === 'CONJ')) return [];
  return dropSame(actorsInChunk(v, s0 - 2).filter((a) => !a.locationOnly), sources);
}

/** nouns of where or how people are held */
const HELD = new Set(['jail', 'jails', 'prison', 'prisons', 'custody', 'detention', 'camps', 'camp', 'cells']);
/** "prisoners in Zendan jails (began a hunger strike)": the holding state named in the subject's own "in" phrase. */
function jailer(v: SentenceView, k: number, sources: ActorMention[]): ActorMention[] {
  const first = v.info.get(k)?.subject[0]?.chunks[0];
  if (first == null) return [];
  for (let j = first + 1; j + 1 < k; j++) {
    if (v.chunks[j]!.type !== 'P' || norm(v, j) !== 'in' || v.chunks[j + 1]!.type !== 'NP') continue;
    if (!HELD.has(v.tokens[v.chunks[j + 1]!.head]!.norm)) continue;
    const a = actorsInChunk(v, j + 1).filter((x) => !sources.some((s) => s.country === x.country) && hasHomeCountry(x));
    if (a.length) return [{ ...a[0]!, code: a[0]!.country, sector: null, kind: 'country', org: null, locationOnly: false }];
  }
  return [];
}

/** adjectives of condemnation a verb of naming puts on its object ("called the vote illegitimate") */
const CONDEMNING = new Set(['illegitimate', 'illegal', 'unlawful', 'unacceptable', 'outrageous', 'irresponsible', 'criminal', 'provocative', 'reckless', 'invalid', 'fraudulent',
  'barbaric', 'hostile', 'absurd', 'baseless', 'unfounded', 'shameful', 'unjust', 'racist', 'undemocratic']);
/**
 * "called Y's government illegitimate", "called the Zendan decision illegal": naming an actor's act or body with an
 * adjective of condemnation criticises that actor (111).
 */
export function matchCalledBad(v: SentenceView, k: number): Candidate[] {
  const o = v.chunks[k + 1];
  if (o?.type !== 'NP' || o.end - o.start < 2) return [];
  const last = v.tokens[o.end - 1]!;
  // (the adjective ends the object phrase the chunker made, or stands after it)
  let adj = CONDEMNING.has(last.norm) && !v.actorAt.has(o.end - 1);
  if (!adj) { const n = v.chunks[k + 2]; adj = !!n && (n.type === 'ADJ' || n.type === 'NP') && n.end - n.start === 1 && CONDEMNING.has(v.tokens[n.start]!.norm); }
  if (!adj) return [];
  const inf = v.info.get(k)!;
  let sources = phrasesActors(v, inf.subject);
  if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
  const targets = dropSame(actorsInChunk(v, k + 1).filter((a) => !a.locationOnly && a.kind !== 'coref'), sources);
  if (!sources.length || !targets.length) return [];
  return [{ sources, targets, code: '111', rule: 'frames:called-bad', mutual: false, alone: false, modality: verbModality(v, k, sources, '111'), trigger: [v.chunks[k]!.head, v.chunks[k]!.head + 1] }];
}

/** nouns and adjectives of a predicate noun phrase that names its object a foe or a menace ("a bad neighbour", "a rogue state") */
const NAMED_BAD = new Set(['bad', 'hostile', 'enemy', 'enemies', 'foe', 'threat', 'menace', 'danger', 'terrorist', 'terrorists', 'aggressor', 'rogue', 'pariah',
  'dictatorship', 'tyrant', 'liar', 'liars', 'puppet', 'bully', 'occupier', 'occupiers', 'sponsor', 'haven', 'destabilising', 'destabilizing', 'aggressive',
  'unreliable', 'dangerous', 'evil', 'failed', 'criminal', 'gangster', 'outlaw', 'troublemaker', 'villain']);
/** ... that names it a friend ("a reliable partner", "a brotherly nation") */
const NAMED_GOOD = new Set(['friend', 'friends', 'ally', 'allies', 'partner', 'partners', 'brother', 'brothers', 'brotherly', 'friendly', 'model', 'reliable', 'trusted', 'trustworthy']);

/**
 * "Nigeria called Cameroon a bad neighbour", "called Y a reliable partner": "call" with an actor object and a predicate
 * noun phrase ("a ...") names the object, no telephone call — 111 for a foe or menace, 051 for a friend, else nothing.
 * null when the verb group is no naming.
 */
export function matchCalledNamed(v: SentenceView, k: number): Candidate[] | null {
  const o = v.chunks[k + 1];
  const n = v.chunks[k + 2];
  if (o?.type !== 'NP' || n?.type !== 'NP' || !['a', 'an'].includes(v.tokens[n.start]!.norm)) return null;
  const objs = actorsInChunk(v, k + 1).filter((a) => !a.locationOnly && a.kind !== 'coref');
  if (!objs.some((a) => a.tokenStart <= o.head && o.head < a.tokenEnd) || actorsInChunk(v, k + 2).length) return null;
  let code: string | null = null;
  for (let t = n.start; t < n.end; t++) {
    const w = v.tokens[t]!.norm;
    if (NAMED_BAD.has(w) || CONDEMNING.has(w)) code = '111';
    else if (NAMED_GOOD.has(w) && !code) code = '051';
  }
  if (!code) return [];
  const inf = v.info.get(k)!;
  let sources = phrasesActors(v, inf.subject);
  if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
  const targets = dropSame(objs, sources);
  if (!sources.length || !targets.length) return [];
  return [{ sources, targets, code, rule: 'frames:called-named', mutual: false, alone: false, modality: verbModality(v, k, sources, code), trigger: [v.chunks[k]!.head, v.chunks[k]!.head + 1] }];
}

/** nouns of what an envoy comes for ("is in Y for talks") */
const ERRAND_NOUNS = new Set(['talks', 'visit', 'meeting', 'meetings', 'consultations', 'negotiations', 'discussions', 'summit']);
/**
 * "Egypt's intelligence chief is in Gaza to meet Y", "the Chinese foreign minister is in Nairobi for talks": being in another
 * country's place on an errand — a purpose infinitive or "for" talks — is a visit (042) to that country.
 */
export function matchPresence(v: SentenceView, k: number): Candidate[] {
  let j = k + 1;
  while (v.chunks[j]?.type === 'ADV') j++;
  // ("the president is due in Lima on Thursday": an arrival expected, a visit intended)
  const due = (v.chunks[j]?.type === 'ADJ' || v.chunks[j]?.type === 'NP') && v.chunks[j]!.end - v.chunks[j]!.start === 1 && norm(v, j) === 'due' && v.chunks[k]!.vg!.lemma === 'be';
  if (due) j++;
  if (v.chunks[j]?.type !== 'P' || norm(v, j) !== 'in' || v.chunks[j + 1]?.type !== 'NP') return [];
  const place = actorsInChunk(v, j + 1, { place: true });
  if (place.length !== 1 || !place[0]!.locationOnly || !hasHomeCountry(place[0]!)) return [];
  const inf = v.info.get(k)!;
  const sources = phrasesActors(v, inf.subject).filter((a) => !a.locationOnly && a.country !== place[0]!.country && hasHomeCountry(a));
  if (!sources.length) return [];
  let m = j + 2;
  // ("is in Baghdad on Monday to discuss ...": past a time phrase)
  if (v.chunks[m]?.type === 'P' && v.chunks[m + 1]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[m + 1]!)) m += 2;
  else if (v.chunks[m]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[m]!)) m++;
  const errand = (v.chunks[m]?.type === 'TO' && v.chunks[m + 1]?.type === 'VG')
    || (v.chunks[m]?.type === 'P' && norm(v, m) === 'for' && v.chunks[m + 1]?.type === 'NP' && ERRAND_NOUNS.has(v.tokens[v.chunks[m + 1]!.head]!.norm));
  if (!errand && !due) return [];
  return [{ sources, targets: [placeCountry(place[0]!)], code: '042', rule: 'frames:present-in', mutual: false, alone: false, modality: due ? stronger(verbModality(v, k, sources, '042'), 'intended') : verbModality(v, k, sources, '042'), ...(due ? { intent: 'planned' as const } : {}), trigger: [v.chunks[k]!.head, v.chunks[k]!.head + 1] }];
}

/** pronouns of anyone at all */
const GENERIC = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'whoever']);

/** Verb patterns on verb group k. */
export function matchVerb(v: SentenceView, k: number, st: MatchState): Candidate[] {
  const c = v.chunks[k]!;
  const g = c.vg!;
  const head = g.head;
  const lemma = lemmaAt(v, head);
  const limit = clauseLimit(v, k);
  const out: Candidate[] = [];
  // "punishment for anyone taking part in the protests": a participle said of anyone at all names no one's act
  const pn = v.chunks[k - 1];
  if (pn?.type === 'NP' && c.start === head && c.end - c.start === 1 && v.tokens[head]!.norm.endsWith('ing') && GENERIC.has(v.tokens[pn.head]!.norm)) return out;
  if (v.pats.cues.get(lemma)?.some((q) => q.effect === 'speech')) {
    const acc = matchAccusingSpeech(v, k, st);
    if (acc.length) return acc;
    const sm = matchSpeechModal(v, k, st);
    if (sm.length) return sm;
  }
  const sm = matchStatementModal(v, k, st);
  if (sm.length) return sm;
  // the frames tried before the pattern rows: opposition to a proposal whose author the rows cannot reach, a warning
  // not to tolerate, something a speaker rules out, pressure put on the subject
  for (const frame of PRE_ROW_FRAMES) { const r = frame(v, k, st); if (r.length) return r; }
  if (lemma === 'call' && !g.passive) { const cj = matchCalledBad(v, k); if (cj.length) return cj; const nm = matchCalledNamed(v, k); if (nm) return nm; }
  if (g.copulaOnly && lemma === 'be') { const pr = matchPresence(v, k); if (pr.length) return pr; return matchAdj(v, k, limit, undefined, st); }
  // "Israel is opposed to French mediation": a participle used as an adjective
  if (g.passive && v.pats.adjs.has(v.tokens[head]!.norm)) { const a = matchAdj(v, k - 1, limit, head, st); if (a.length) return a; }
  // ("reimposed blockades", "re-imposed", "reoccupied": a verb the prefix "re-" repeats takes its base verb's rows when
  // its own, if any, find nothing)
  const own = v.pats.verbs.get(lemma);
  const base = repeatedVerb(v.pats, lemma, v.tokens[head]!.norm);
  if (own) { const r = matchRows(v, k, st, own, lemma, limit); if (r.length || !base) return r; }
  return base ? matchRows(v, k, st, own ? framedRows(v.pats.verbs.get(base)!) : v.pats.verbs.get(base)!, base, limit) : out;
}

/**
 * The rows of a verb that name their object or particle ("impose a blockade", "open fire on"): what a verb with a
 * reading of its own takes from the verb it repeats (its own bare rows say what it does to a plain object).
 */
const framed = new WeakMap<VerbPattern[], VerbPattern[]>();
function framedRows(list: VerbPattern[]): VerbPattern[] {
  let l = framed.get(list);
  if (!l) { l = list.filter((p) => p.object || p.particle); framed.set(list, l); }
  return l;
}

/** The verb rows `list` (of verb `lemma`) on verb group k: the most specific row that holds. */
function matchRows(v: SentenceView, k: number, st: MatchState, list: VerbPattern[], lemma: string, limit: number): Candidate[] {
  const c = v.chunks[k]!;
  const g = c.vg!;
  const head = g.head;
  const out: Candidate[] = [];
  const sentEnd = v.sent.tokenEnd;
  const limTok = limit < v.chunks.length ? v.chunks[limit]!.start : sentEnd;
  const win = windowText(v, head + 1, Math.min(sentEnd, limTok + 1));
  const wideWin = windowText(v, head + 1, Math.min(sentEnd, head + 16));
  // every row is tried in order of specificity (the sort in patterns.ts: particle and object, then requires and the
  // like, then bare rows); the first row that holds wins, except that among rows of the same rank a row whose qualifier
  // words pick a more specific code is kept over one that names none ("supported Y with loans" → 071, not 051)
  let win_: { p: VerbPattern; cand: Candidate; trigEnd: number; objTok: number | null; rank: number } | null = null;
  let fallback: Candidate | null = null;
  const modalCue = !!v.pats.cues.get(lemma)?.some((q) => q.pos === 'verb' && q.effect !== 'speech' && q.effect !== 'evaluative');
  let rw: string | null = null;
  const rwin = () => (rw ??= refineWindow(v, k, win));
  let nv: boolean | undefined;
  // bare rows whose roles were already read and failed: a later row that reads them the same way fails too
  const failed = new Set<string>();
  // the words between the verb and the winning row's object (for a nearer object of a later row)
  let nearWin: string | undefined;
  for (let p of list) {
    const rank = specificity(p);
    if (win_ && rank < win_.rank) break;
    // "extended an offer of help to Y": a later row of the same rank whose object stands nearer the verb than the
    // winner's names what was done (the farther word belongs to the nearer object's phrase)
    const nearer = !!win_ && win_.objTok != null && rank === win_.rank && !!p.object && !p.particle && !g.passive
      && hasWord(nearWin ??= windowText(v, head + 1, win_.objTok), p.object) && (objectMatches(v, k + 1, limit, p.object)?.token ?? Infinity) < win_.objTok;
    // (a row coded by its complement, or by qualifier words of its own, is already as specific as its rank allows)
    if (win_ && !nearer && (!p.refine || win_.p.family || win_.p.refine)) continue;
    // a later row of the same rank replaces the winner only when its qualifier words refine the code
    if (win_ && !nearer && refine(p.code, rwin(), p.refine) === p.code) continue;
    let after = k + 1;
    let trigEnd = head + 1;
    if (p.particle) {
      const t = particleMatches(v, head, p.particle, sentEnd);
      if (t == null) continue;
      trigEnd = t;
      while (after < v.chunks.length && v.chunks[after]!.start < t) after++;
    }
    let objChunk: number | null = null;
    let objTok: number | null = null;
    let iobj: ActorMention[] = [];
    if (p.object) {
      let m = g.passive ? objectInSubject(v, k, p.object) : objectMatches(v, after, limit, p.object);
      // "gave Tanzania a grant": an indirect object naming an actor, then the object
      if (!m && !g.passive && v.chunks[after]?.type === 'NP' && v.chunks[after + 1]?.type === 'NP') {
        const io = actorsInChunk(v, after);
        if (io.length) { m = objectMatches(v, after + 1, limit, p.object); if (m) iobj = io; }
      }
      // "the sanctions that Chile imposed on Peru": the object of a relative clause is the noun it follows
      let gap = false;
      if (!m && !g.passive) { const ante = gapAntecedent(v, k); if (ante != null) { m = objectMatches(v, ante, ante + 1, p.object); gap = !!m; } }
      if (!m) continue;
      if (gap) { objChunk = m.chunk; objTok = m.token; }
      else {
      // "gave the Ivory Coast five million dollars" read as one noun phrase: the actor before the object
      // ("rejected as unfounded Washington's accusations": past an adverb aside before the object)
      let first = after;
      while (v.chunks[first]?.type === 'ADV' && first < m.chunk) first++;
      if (!iobj.length && !g.passive && m.chunk === first) iobj = actorsInChunk(v, m.chunk, { before: m.token });
      objChunk = m.chunk; objTok = m.token;
      if (!g.passive) after = ofChain(v.chunks, v.tokens, m.chunk).chunks.slice(-1)[0]! + 1;
      }
    }
    if (p.requires && !hasWord(sentWin(v), p.requires)) continue;
    if (p.objcontrol && !(v.chunks[after]?.type === 'NP' && v.chunks[after + 1]?.type === 'TO')) continue;
    // "ordered the expulsion of ten diplomats": a state ordering its own measure takes it (the noun's event), no demand
    if (p.family === 'demand' && ORDERING.has(lemma) && !g.passive && orderedMeasure(v, after)) continue;
    if (p.requires_not && hasWord(win, p.requires_not)) continue;
    // "beat Ethiopia in the final", "temperatures hit a record high": a contest or a measure, no violence
    if (p.code >= '18' && p.code < '21' && (nv ??= hasWord(win, NOT_VIOLENCE))) continue;
    const bare = !p.object && !p.particle ? roleKey(p) : null;
    if (bare != null && failed.has(bare)) continue;
    // "Kenyan doctors began a strike": a strike by a civilian group is a labour strike (143), not an air strike
    const lrow: VerbPattern | null = objTok != null && p.code >= '18' && p.code < '21' && LABOUR_STRIKE.has(v.tokens[objTok]!.norm) ? { ...p, code: '143', alone: true, place: true, target: ['against', 'in', 'at', 'over'], refine: undefined } : null;
    const labour = lrow ? verbRoles(v, k, lrow, after, limit, objChunk, iobj) : null;
    if (lrow && labour && labour.sources.length && labour.sources.every(civilianGroup)) p = lrow;
    const cand = p === lrow ? labour : verbRoles(v, k, p, after, limit, objChunk, iobj);
    if (!cand && bare != null) failed.add(bare);
    // what is asked, offered, refused, threatened or forced is part of that act, coded or not
    // (a row that does not hold, of a verb that is also a cue of modality, leaves the infinitive to the cue: "tried to
    // kill Y" is no trial, 173, of anyone, but an attempt)
    // ("used tear gas to disperse Y": an instrument row that does not hold leaves the purpose clause its own act)
    if ((p.family || FRAME_ROOTS.has(p.code.slice(0, 2))) && !(!cand && p.object && USING.has(lemma))) { if (p.family || cand || !modalCue) consumeComplements(v, k, st); st.family.add(k); }
    if (!cand) {
      if (!fallback) fallback = speechAccusation(v, k, p, st);
      continue;
    }
    // "charged its neighbour with supporting rebels": a whole state is accused, never arrested or put on trial (173)
    if (p.code.startsWith('173') && !p.object && cand.targets.length && cand.targets.every(wholeState)) continue;
    if (win_) { win_ = { p, cand, trigEnd, objTok, rank }; break; }
    win_ = { p, cand, trigEnd, objTok, rank };
  }
  if (!win_) { if (fallback) out.push(fallback); return out; }
  {
    const { p, cand, trigEnd, objTok } = win_;
    // the light-verb object is this pattern's trigger only when the pattern holds ("mounted its invasion of Y" stays a noun event)
    if (objTok != null) st.used.add(objTok);
    let code = p.code;
    if (p.family) {
      let cc = complementCode(p.family, wideWin, v.pats.complements, complementHeads(v, k + 1));
      // "the release of the sailors was demanded by Y": in the passive, what is asked for is the subject
      const s0 = g.passive ? v.info.get(k)?.subject[0]?.chunks[0] : undefined;
      if (!cc && s0 != null && s0 < k) cc = complementCode(p.family, windowText(v, v.chunks[s0]!.start, c.start), v.pats.complements, complementHeads(v, s0));
      if (cc) code = cc;
      // "vowed to retaliate against Y", "pledged to crush Y": a promise of a conflictual act is a threat (13x)
      if (p.family === 'intent' && conflictComplement(v, k)) code = complementCode('threaten', wideWin, v.pats.complements, complementHeads(v, k + 1)) ?? '130';
    }
    // "invaded Y after a week of air strikes": the weapons of a fight are named before a time or cause adjunct, never in it
    const fwin = code >= '18' && code < '21' ? beforeAdjunct(win) : win;
    code = refine(code, p.refine ? refineWindow(v, k, fwin) : fwin, p.refine);
    // "held talks on the border dispute with Y": talks about a named matter are negotiations (046)
    if (code === '040' && objTok != null && talksOnMatter(v, objTok)) code = '046';
    // a threat of a domestic measure the complement words name no better than "threaten": the threat of that measure
    if (cand.act && !domesticThreat(code)) code = threatOf(cand.act);
    cand.code = code;
    cand.trigger = [head, trigEnd];
    cand.modality = verbModality(v, k, cand.sources, cand.code);
    // "staged mock attacks on Y", "held simulated strikes": a cue adjective on the light-verb object
    if (objTok != null) { const oc = v.chunks[v.chunkAt.get(objTok) ?? -1]; if (oc) for (let t = oc.start; t < objTok; t++) { if (v.tokens[t - 1]?.text === '-') continue; const q = cueFor(v.pats, v.tokens[t]!.lemma, 'adj') ?? cueFor(v.pats, v.tokens[t]!.norm, 'adj'); if (q?.effect === 'hypothetical') cand.modality = stronger(cand.modality, 'hypothetical'); } }
    if (p.reverse) cand.reverse = p.reverse;
    // "Beijing rejected the accusations by Washington": the author of the accusations denied accused the denier (112)
    else if (cand.author && cand.code === '016' && objTok != null && ACCUSATION_NOUNS.has(v.tokens[objTok]!.lemma)) cand.reverse = '112';
    // "troops clashed with protesters": a clash is both sides' act — the other side's part by who it is
    else if (!cand.mutual && RECIPROCAL.has(lemma)) { const r = clashReverse(cand.code); if (r) cand.reverse = r; }
    const sg = speechGovernor(v, k);
    let voiced = false;
    if (sg != null) {
      let speaker = phrasesActors(v, v.info.get(sg)?.subject ?? []);
      if (!speaker.length && isPersonPronoun(v, sg) && st.person) speaker = [st.person];
      // "Chile said it would send aid": the actor voices its own intention
      voiced = speaker.some((x) => cand.sources.some((y) => y.country === x.country));
      if (cand.modality === 'reported' && speaker.length && !cand.sources.some((s) => speaker.some((x) => x.country === s.country)) && !st.accusations?.has(sg)) cand.speaker = speaker;
      // "Putin suggested that Russia views Y as a partner": the statement is the speaker's own act
      if (speaker.length === 1 && cand.sources.length === 1 && cand.sources[0]!.country === speaker[0]!.country && !cand.sources[0]!.sector && speaker[0]!.sector) cand.sources = speaker;
    }
    // "X said it would not provide aid": a refusal, coded as the matching 12x event
    // (a refusal is one side's act: "Moscow will not negotiate with Kiev" is not coded both ways)
    // "X failed to reach agreement with Y": failed negotiations are coded as halted negotiations (164), done
    // "X tried to assassinate Y": the attempt is the act done, where CAMEO codes the attempt (185)
    const tried = attemptedCode(v, k, cand.code, cand.targets);
    if (tried) { cand.code = tried; if (cand.modality === 'intended') cand.modality = 'asserted'; }
    else if (failedAgreement(v, k, cand.code)) { cand.code = '164'; cand.modality = 'asserted'; }
    else if (cand.modality === 'negated' && refusal(v, k)) { cand.code = rejectCode(cand.code); cand.modality = 'asserted'; cand.mutual = false; }
    // "Chile's refusal to negotiate with Peru": the refused act, coded as the matching rejection, done
    else if (refusedByNoun(v, k)) { cand.code = rejectCode(cand.code); cand.mutual = false; if (cand.modality === 'intended') cand.modality = 'asserted'; }
    // "X will cut ties with Y unless Y ...": a conditional threat (13x), asserted
    else if (cand.modality === 'intended' && !p.family && conditional(v, k, cand.code)) {
      cand.code = complementCode('threaten', windowText(v, head, Math.min(sentEnd, head + 16)), v.pats.complements, complementHeads(v, k)) ?? '130';
      cand.modality = 'asserted';
    }
    // "Norway brokered talks between X and Y", "Spain hosted talks between X and Y": the third party mediates (045) or
    // hosts (043) each side; the talks are the two sides' own meeting, coded both ways
    const third = objTok != null && !g.passive ? thirdPartyTalks(v, objTok, limit, cand) : null;
    if (third) {
      if (cand.mutual && cand.code.startsWith('04')) { cand.code = '043'; cand.mutual = false; cand.reverse = undefined; }
      out.push({ ...third, modality: cand.modality, trigger: [objTok!, objTok! + 1] });
    }
    if (cand.modality === 'intended') cand.intent = voiced ? 'voiced' : intentKind(v, k);
    // (the relative clause that named the victims is part of this act)
    if (cand.code.slice(0, 2) >= '18' && !g.passive) { const rv = relativeVictims(v, objTok != null ? v.chunkAt.get(objTok) ?? null : dobjActors(v, k + 1, limit, false).chunk); if (rv && rv.targets.some((t) => cand.targets.includes(t))) st.consumed.add(rv.verb); }
    // ("signed accords normalizing ties with Y": the participle that named the partner describes the agreement signed)
    if (objTok != null && !g.passive && cand.targets.length && /^0[35]/.test(cand.code)) { const o = v.chunkAt.get(objTok); const j = o == null ? null : agreementParticiple(v, o); if (j != null && cand.targets.some((t) => (v.chunkAt.get(t.tokenStart) ?? -1) > j)) st.consumed.add(j); }
    // ("declined to comment on Y": the infinitive the row read is part of its act)
    if (p.requires && objTok == null && !p.object) { const j = ownInfinitive(v, k); if (j != null && readsInfinitive(v, j, p)) st.consumed.add(j); }
    // ("bombed a bus station, killing four people": the participle tells the toll of the act coded before it, no act of its own)
    if (cand.domestic && homeViolence(cand.code) && tollOf(v, k) && st.coded?.has(v.info.get(k)!.governor!)) return out;
    out.push(cand);
    st.coded?.add(k);
    return out;
  }
}

/** What verbRoles reads of a bare row: rows with the same key find the same roles, or fail alike. */
const roleKeys = new WeakMap<VerbPattern, string>();
function roleKey(p: VerbPattern): string {
  let key = roleKeys.get(p);
  if (key == null) {
    const c = p.code;
    key = [p.target?.join(','), p.place, p.source, p.fromAgent, p.alone, p.mutual, p.dobjHead, p.family, c.slice(0, 2), c === '015', /^(08[123]|13[267])/.test(c)].join('|');
    roleKeys.set(p, key);
  }
  return key;
}

/** A mention of a whole state (a country, its capital, a pronoun for it), not of its people or agencies. */
export const wholeState = (a: ActorMention): boolean => !a.sector && a.code === a.country && (a.kind === 'country' || a.kind === 'capital' || a.kind === 'coref');

/** The mention holds the head noun of its chunk ("the Chinese president", not "the Chinese elections"). */
const headsChunk = (v: SentenceView, a: ActorMention): boolean => {
  const c = v.chunks[v.chunkAt.get(a.tokenStart) ?? -1];
  return !!c && a.tokenStart <= c.head && c.head < a.tokenEnd;
};

/** The infinitive that verb group k governs codes a conflictual act (CAMEO 13-20): "vowed to retaliate". */
export function conflictComplement(v: SentenceView, k: number): boolean {
  for (const [j, inf] of v.info) {
    if (j <= k || inf.governor !== k || inf.link !== 'control' || v.chunks[j - 1]?.type !== 'TO') continue;
    const lemma = lemmaAt(v, v.chunks[j]!.head);
    const lim = clauseLimit(v, j);
    const after = windowText(v, v.chunks[j]!.end, lim < v.chunks.length ? v.chunks[lim]!.start : v.sent.tokenEnd);
    // "agreed to stop attacks on Y", "pledged to end its blockade", "agreed to halt broadcasts against Y": ending a hostile
    // act is no threat
    if (ENDING.has(lemma) && endsHostileAct(v, j, lim, after)) return false;
    const plain = v.pats.verbs.get(lemma)?.find((p) => !p.object && !p.particle && !p.requires && !(p.requires_not && hasWord(after, p.requires_not)));
    // "offered to hold talks with Y": a guarded fallback row (one with words that rule it out, "hold" = detain) yields
    // to a row of the same verb whose object the sentence has
    const withObject = plain?.requires_not ? v.pats.verbs.get(lemma)?.find((p) => p.object && !p.particle && !p.requires && objectMatches(v, j + 1, lim, p.object) != null) : undefined;
    if (withObject) return withObject.code.slice(0, 2) >= '13';
    if (plain) return plain.code.slice(0, 2) >= '13';
    // a phrasal verb ("crack down on"): its pattern with the particle the sentence has
    const phrasal = v.pats.verbs.get(lemma)?.find((p) => p.particle && !p.object && !p.requires && particleMatches(v, v.chunks[j]!.head, p.particle, v.sent.tokenEnd) != null);
    if (phrasal) return phrasal.code.slice(0, 2) >= '13';
    // a verb with no plain pattern ("retaliate"): a word of a threat complement that has no intent code
    return v.pats.complements.some((c) => c.codes.threaten && !c.codes.intent && c.words.includes(lemma));
  }
  return false;
}

/**
 * "the sanctions that Chile imposed (on Peru)", "the aid which Chile sent": the noun phrase a relative clause follows when
 * the clause's verb group k has its subject right before it and no object after it — the object of the verb; else null.
 */
function gapAntecedent(v: SentenceView, k: number): number | null {
  const s = v.chunks[k - 1], r = v.chunks[k - 2], a = v.chunks[k - 3], n = v.chunks[k + 1];
  if (s?.type !== 'NP' || r?.type !== 'SUB' || !['that', 'which'].includes(v.tokens[r.start]!.norm) || a?.type !== 'NP') return null;
  if (n && n.type === 'NP' && !isTimeNP(v.tokens, n)) return null;
  return k - 3;
}

/** verbs of ending an act */
const ENDING = new Set(['stop', 'halt', 'end', 'cease', 'suspend', 'lift', 'abandon', 'call', 'scale', 'wind', 'dismantle', 'drop', 'renounce', 'withdraw']);
/** The object of the ending verb at chunk j is a hostile act: a noun whose own pattern is conflictual (13–20) or one aimed "against" someone. */
function endsHostileAct(v: SentenceView, j: number, lim: number, after: string): boolean {
  if (hasWord(after, ['against'])) return true;
  for (let n = j + 1; n < lim && n < j + 5; n++) {
    const c = v.chunks[n]!;
    if (c.type !== 'NP') continue;
    const rows = v.pats.nouns.get(v.tokens[c.head]!.lemma) ?? v.pats.nouns.get(v.tokens[c.head]!.norm);
    return !!rows?.length && rows.every((r) => r.code.slice(0, 2) >= '13');
  }
  return false;
}

/** "each other", "one another" as the verb's object or the object of one of its prepositions, within [after, limit). */
export function reciprocalObject(v: SentenceView, after: number, limit: number): boolean {
  for (let j = after; j < limit && j < after + 3; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'P') continue;
    if (c.type !== 'NP') return false;
    const w = v.tokens.slice(c.start, c.end).map((t) => t.norm).join(' ');
    return w === 'each other' || w === 'one another';
  }
  return false;
}

/** words after a verb of violence that make it a sporting contest or a measure reaching a level */
const NOT_VIOLENCE = ['final', 'finals', 'semifinal', 'semifinals', 'semi-final', 'semi - final', 'quarterfinal', 'quarter-final', 'quarter - final', 'tournament', 'championship',
  'championships', 'olympics', 'world cup', 'football', 'soccer', 'league', 'cup final', 'metres', 'meters', 'marathon', 'penalty shootout', 'record high', 'record low', 'all-time high', 'all - time high', 'new high', 'new low'];
/** nouns of an agreement a participle may describe ("an accord normalizing relations with Y") */
const AGREEMENT_NOUNS = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'deal', 'deals', 'pact', 'pacts', 'memorandum', 'protocol', 'declaration']);
/** The -ing participle verb group right after the agreement noun phrase at chunk o ("a deal normalizing ties with Y"). */
export function agreementParticiple(v: SentenceView, o: number): number | null {
  if (!AGREEMENT_NOUNS.has(v.tokens[v.chunks[o]!.head]!.norm)) return null;
  const j = ofChain(v.chunks, v.tokens, o).chunks.slice(-1)[0]! + 1;
  const c = v.chunks[j];
  return c?.type === 'VG' && c.end - c.start === 1 && c.head === c.start && v.tokens[c.head]!.norm.endsWith('ing') && !c.vg!.passive ? j : null;
}
/** words that make the people of an object another country's ("foreign journalists") */
const FOREIGN = new Set(['foreign', 'overseas', 'international']);
/** a demonym written in lower case, which the actor stage leaves unread ("detained tunisian fishermen"), of a country
 *  other than the sources' own: the people the object names are foreign, no domestic measure's */
function lowerForeignDemonym(t: { text: string; norm: string }, sources: ActorMention[]): boolean {
  if (!/^[a-z]{4,}$/.test(t.text) || !/(an|ese|ish|i|ch)$/.test(t.text)) return false;
  const iso = isoOfDemonym(t.norm);
  return !!iso && !sources.some((s) => s.country === iso);
}

/** verbs that put forces into a posture ("put on alert", "placed on a war footing") */
const PUT_ON = new Set(['put', 'place']);
const BILATERAL = new Set(['bilateral', 'mutual']);
/** The noun phrase at chunk o (the verb's object) calls itself bilateral or mutual ("bilateral trade", "mutual visits"). */
function bilateralObject(v: SentenceView, o: number, limit: number): boolean {
  const c = v.chunks[o];
  if (!c || c.type !== 'NP' || o >= limit) return false;
  for (let t = c.start; t < c.end; t++) if (BILATERAL.has(v.tokens[t]!.norm)) return true;
  return false;
}

/** The one party (of one country) other than the sources that the first conjunct, verb group g up to verb group k, names. */
function conjunctPartner(v: SentenceView, g: number, k: number, sources: ActorMention[]): ActorMention[] {
  const got: ActorMention[] = [];
  for (let j = g + 1; j < k; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' || c.type === 'VG' || (c.type === 'PUNCT' && norm(v, j) !== ',')) return [];
    if (c.type === 'NP') for (const a of actorsInChunk(v, j)) if (a.kind !== 'coref' && a.participant !== false) got.push(a);
  }
  const out = dropSame(got, sources);
  return out.length && out.every((a) => a.country === out[0]!.country) ? out.slice(0, 1) : [];
}

/** Sources and targets of a verb pattern at verb group k. */
export function verbRoles(v: SentenceView, k: number, p: VerbPattern, after: number, limit: number, objChunk: number | null, iobj: ActorMention[] = []): Candidate | null {
  const inf = v.info.get(k)!;
  const place = !!p.place;
  let subj = subjectActors(v, inf.subject);
  if (!subj.length && inf.appos) subj = phrasesActors(v, [inf.appos]);
  if (!subj.length) subj = speakerForPronoun(v, k);
  const g = v.chunks[k]!.vg!;
  let sources: ActorMention[]; let targets: ActorMention[] = [];
  let ownObject = false;
  let ownAim = false;
  // (the attack noun that named the agent codes the act itself: "killed in Turkish shelling")
  let byInstrument = false;
  let author = false;
  const slots = p.target ?? (p.object ? ['with', 'to', 'against', 'on'] : ['dobj']);
  // "returned the vessels seized off Crimea", "the boats seized by Y": a reduced relative participle is passive, and
  // its patient is the noun phrase before it, never the clause's subject
  const reduced = !g.passive && !p.particle && reducedPassive(v, k, slots);
  if (reduced) subj = actorsInChunk(v, k - 1);
  if (g.passive || reduced) {
    // "Y was visited by X": the by-agent is the source, the subject the target
    sources = dropMishapAgents(v, prepActors(v, after, limit, ['by'], false));
    if (!sources.length) sources = farAgent(v, k, limit);
    // "were killed in Turkish artillery shelling": the nationality on the attack or weapon
    if (!sources.length && p.code.slice(0, 2) >= '18') { sources = instrumentAgent(v, after, limit); byInstrument = sources.length > 0; }
    // "rockets were fired at Israel from Gaza": with no agent, where a violent act came from
    if (!sources.length && p.code.slice(0, 2) >= '18') sources = prepActors(v, after, limit, ['from'], true);
    // "a Russian diplomat was expelled from Poland": the country one is sent out of sends one out
    if (!sources.length && p.fromAgent) sources = prepActors(v, after, limit, ['from'], true);
    // "a Chilean missionary was arrested in Peru": with no agent, a state's measure (17x) is taken by the country
    // it happens in (its authorities)
    if (!sources.length && p.code.startsWith('17')) sources = prepActors(v, after, limit, ['in'], true).filter((a) => a.kind === 'country' || a.kind === 'capital').slice(0, 1);
    // ("a Colombian rebel was extradited to Spain by Y": a verb whose target is a preposition's, never its direct object,
    // has its patient, not its target, as the passive's subject)
    const patient = !p.object && !slots.includes('dobj') && !slots.includes('obj') && slots.length > 0;
    // "Chilean police were put on maximum alert", "troops were placed on high alert": with no agent, a force posture
    // (15) a state's forces were put in is their own (or their state's) act; its target is one a preposition names
    // (not a presence: "troops have been stationed in Y since 1974")
    const posture = !sources.length && p.code.startsWith('15') && !reduced && PUT_ON.has(lemmaAt(v, g.head)) ? subj.filter((a) => !a.locationOnly && isStateAgent(a)) : [];
    if (posture.length) {
      sources = posture;
      targets = dropSame(prepActors(v, after, limit, slots.filter((s) => s !== 'dobj' && s !== 'obj'), place), sources).filter((t) => !sources.some((s) => s.country === t.country));
      return { sources, targets, code: p.code, rule: p.rule, mutual: false, alone: true, modality: 'asserted', trigger: [0, 0] };
    }
    targets = p.object || patient ? [] : subj.filter((a) => !a.locationOnly || place);
    // ("the Russian building was demolished by Y": a light-verb object in the passive is the subject; the actors
    // inside it are the target, as in the active "demolished the Russian building")
    const objSubject = p.object && slots.includes('obj') && inf.subject.length > 0 && !reduced;
    if (objSubject) targets = subj.filter((a) => a.kind !== 'coref' && (!a.locationOnly || place));
    // "a camp for Congolese refugees was attacked": the actor inside the subject's phrase
    if (!targets.length && !p.object && !patient && inf.subject.length && !reduced) {
      const first = inf.subject[0]!.chunks[0]!;
      // (not past a reduced relative clause: "the civilians imprisoned for acting against Y were released")
      for (let j = first + 1; j < k && !targets.length; j++) {
        if (v.chunks[j]!.type === 'VG' || v.chunks[j]!.type === 'SUB') break;
        if (v.chunks[j]!.type === 'NP') targets = actorsInChunk(v, j, { place }).slice(0, 1);
      }
    }
    if (!targets.length || (p.object && !objSubject)) {
      const preps = slots.filter((s) => s !== 'dobj');
      targets = prepActors(v, after, limit, preps, place);
      // "evidence against Russia was presented by the US": the target sits in the subject
      if (!targets.length && p.object && inf.subject.length && !reduced) targets = prepActors(v, inf.subject[0]!.chunks[0]!, k, preps, place);
      if (p.object && !targets.length && !sources.length) {
        // "talks were held between X and Y"
        sources = [];
      }
    }
    if (p.source === 'from') [sources, targets] = [targets, sources];
    // ("the drills, to be joined by X and Y": those who join another's act are no partners of each other; with no
    // partner named, nothing)
    if (lemmaAt(v, g.head) === 'join' && p.mutual && !targets.length) return null;
  } else {
    sources = subj;
    for (const s of slots) {
      let got: ActorMention[] = [];
      // "closed its embassy in Iran": an actor inside the light-verb object itself
      if (s === 'obj') {
        if (objChunk != null) {
          got = [...actorsInChunk(v, objChunk, { place }).filter((a) => a.kind !== 'coref'), ...employer(v, objChunk)];
          // "captured the capital, Kigali", "seized the port city, Hodeidah": a name set off by a comma after the object
          const ap = v.chunks[objChunk + 2];
          if (!got.length && place && v.chunks[objChunk + 1]?.type === 'PUNCT' && norm(v, objChunk + 1) === ',' && ap?.type === 'NP'
            && (objChunk + 3 >= v.chunks.length || v.chunks[objChunk + 3]!.type === 'PUNCT')) got = actorsInChunk(v, objChunk + 2, { place }).filter((a) => a.kind !== 'coref');
        }
      }
      else if (s === 'dobj') {
        if (objChunk == null) {
          const d = dobjActors(v, after, limit, place);
          got = d.actors;
          // "vetoed a Security Council resolution condemning Y", "rejected a UN plan to punish Y": an answer to a
          // text names the text's author, a party inside the object's own phrase, before one its clause names
          if (ANSWER_ROOTS.has(p.code.slice(0, 2)) && d.chunk != null) {
            // (the chunker may keep a participle clause inside the noun phrase: "resolution condemning Y")
            const c = v.chunks[d.chunk]!;
            let cut = c.end;
            for (let t = c.start + 1; t < c.end; t++) if (v.tokens[t]!.pos === 'VERB' && v.tokens[t]!.norm.endsWith('ing') && v.tokens[t - 1]!.pos === 'NOUN') { cut = t; break; }
            // (only a clause of the text — a participle or an infinitive right after it — yields to the author;
            // a coordinated object "Portugal and France" does not)
            const nx = v.chunks[d.chunk + 1];
            const clause = cut < c.end ? v.tokens[cut]!.start : nx && (nx.type === 'VG' || nx.type === 'TO') ? v.tokens[nx.start]!.start : null;
            const own = actorsInChunk(v, d.chunk, { place }).filter((a) => a.tokenEnd <= cut && a.kind !== 'coref' && !sources.some((s) => s.country === a.country));
            if (clause != null && own.length && got.some((a) => a.start >= clause)) got = own;
          }
        }
        // ("expelled American inspectors working for the UN": their country and their employer)
        else { got = employer(v, objChunk); if (got.length) got = [...actorsInChunk(v, objChunk, { place }).filter((a) => a.kind !== 'coref'), ...got]; }
        if (p.dobjHead) got = got.filter((a) => headsChunk(v, a));
      }
      else if (s === 'that') got = thatSubject(v, after);
      else got = prepActors(v, after, limit, [s], place);
      // (an actor that names the addressee, not a demonym that may modify a thing: "offered Russian help")
      const named = got.some((a) => a.participant !== false && a.kind !== 'demonym');
      got = dropSame(got, sources);
      if (got.length) { targets = got; break; }
      // "Pakistan urged its citizens to leave Iraq": the addressee is the source's own side; the complement names no target
      if (named && s === 'dobj' && p.family) ownObject = true;
      // "protested against Sweden's decision" (by people in Sweden): a protest aimed at the source's own side, whose
      // purpose then names no other party
      if (named && AIM_PREPS.has(s) && p.code.startsWith('14')) ownAim = true;
    }
    if (!targets.length && iobj.length) targets = dropSame(iobj, sources);
    // "cut ties with Y and suspended bilateral trade": a second conjunct whose object is "bilateral" or "mutual" and
    // names no party is with the partner the first conjunct named
    if (!targets.length && inf.link === 'coord' && inf.governor != null && inf.governor < k && bilateralObject(v, objChunk ?? after, limit)) targets = conjunctPartner(v, inf.governor, k, sources);
    // "signed agreements normalizing relations with Y": the partner named in a participle that describes the agreement
    if (!targets.length && objChunk != null && slots.includes('with')) { const j = agreementParticiple(v, objChunk); if (j != null) targets = dropSame(prepActors(v, j + 1, clauseLimit(v, j), ['with', 'between'], false), sources); }
    // "declined to comment on the arrest of Y", "refused to speak about Y": the prepositions of a row that reads its
    // infinitive (requires) are that infinitive's
    if (!targets.length && p.requires && objChunk == null) { const j = ownInfinitive(v, k); if (j != null && readsInfinitive(v, j, p)) targets = dropSame(prepActors(v, j + 1, clauseLimit(v, j), slots.filter((s) => s !== 'dobj' && s !== 'obj'), place), sources); }
    // "rejected the accusations by Washington", "denied allegations made by Y", "criticised remarks from Y": an
    // answer to words or acts names their author as its target
    if (!targets.length && objChunk != null && ANSWER_ROOTS.has(p.code.slice(0, 2))) { targets = dropSame(objectAuthor(v, objChunk, limit), sources); author = targets.length > 0; }
    // "X and Y signed a pact, and Z criticised the deal": a judgement of an act the sentence has just told names its doers
    if (!targets.length && !p.family && (ANSWER_ROOTS.has(p.code.slice(0, 2)) || p.code === '051') && (objChunk != null || slots.includes('dobj'))) {
      const d = objChunk ?? dobjActors(v, after, limit, false).chunk;
      if (d != null) { targets = dropSame(relativeDoers(v, d), sources); if (!targets.length) targets = dropSame(antecedentDoers(v, k, d, limit, sources), sources); author = targets.length > 0; }
    }
    // "expressed hope that Y would ...", "voiced concern that Y might ...": a light-verb statement's that-clause names whom it is about
    if (!targets.length && objChunk != null && p.code.startsWith('01') && !g.passive && ATTITUDES.has(v.tokens[v.chunks[objChunk]!.head]!.norm)) {
      const o = ofChain(v.chunks, v.tokens, objChunk).chunks.slice(-1)[0]! + 1;
      targets = dropSame(thatSubject(v, o), sources).filter((a) => !a.locationOnly);
    }
    // "denied that its troops had shelled Y", "declined to comment on reports that Y had ...": the party of the denied clause
    if (!targets.length && (p.code === '016' || p.code === '011') && !g.passive) targets = deniedClauseTarget(v, after, sources);
    // "planted a roadside bomb that killed six Canadian soldiers", "fired a rocket which hit Y": a violent act's weapon
    // whose relative clause names the victims
    if (!targets.length && p.code.slice(0, 2) >= '18') targets = dropSame(relativeVictims(v, objChunk ?? dobjActors(v, after, limit, false).chunk)?.targets ?? [], sources);
    // "claimed responsibility for an attack targeting shoppers in Y": the party attacked (015: claim responsibility)
    if (!targets.length && p.code === '015') targets = attackTarget(v, after, sources);
    // "investigated crimes committed by Y", "launched an investigation into abuses by Y": the doer of the deed
    if (!targets.length && deedCode(p.code)) targets = dropSame(deedTarget(v, after, limit, slots, objChunk), sources);
    // "donated $2 million to help rebuild schools in Y", "gave funds to rebuild Y's ports": aid whose purpose infinitive,
    // right after the gift, names who or where it is for
    if (!targets.length && p.code.startsWith('07') && !p.alone) {
      let o = after;
      while (o < limit && o < after + 3 && v.chunks[o]!.type !== 'TO') o++;
      if (v.chunks[o]?.type === 'TO' && v.chunks[o + 1]?.type === 'VG' && !v.chunks[o + 1]!.vg!.passive) {
        const j = o + 1;
        targets = complementTargets(v, j + 1, clauseLimit(v, j) + 4, sources).filter((a) => !sources.some((s) => s.country === a.country)).map((a) => (a.locationOnly ? placeCountry(a) : a));
      }
    }
    // "took control of oil fields run by the Zendan company Y", "seized assets owned by Y": the owner of what was seized
    if (!targets.length && p.code.startsWith('17') && !g.passive) targets = dropSame(ownerOf(v, objChunk ?? after), sources);
    // "halted imports of Australian coal": an "of" target inside the object's own phrase
    if (!targets.length && objChunk != null && slots.includes('of')) targets = dropSame(prepActors(v, objChunk + 1, limit, ['of'], place), sources);
    if (p.source === 'from') {
      const from = prepActors(v, after, limit, ['from', 'by'], false);
      if (!from.length) return null;
      targets = sources; sources = from;
    }
    // "reiterated its demand (today) that Y ease ...", "insisted on its demands that Y grant ...": the that-clause
    // after the noun of the demand names who is asked
    if (!targets.length && p.family && !ownObject) {
      const dn = v.chunks[after]?.type === 'NP' && DEMAND_NOUNS.has(v.tokens[v.chunks[after]!.head]!.lemma) ? after + 1 : null;
      const from = objChunk != null ? after : dn;
      if (from != null) targets = dropSame(thatSubject(v, from), sources);
    }
    // ("accused the rebels of attacking Y": the accused is the object, named or not — never the deed's own target)
    const accusedUnnamed = p.family === 'accuse' && slots.includes('dobj') && objChunk == null && dobjActors(v, after, limit, place).chunk != null;
    if (!targets.length && p.family && !ownObject && !accusedUnnamed) targets = complementTargets(v, after, limit, sources);
    // "threatened to halt talks unless Y ...", "will boycott the vote if Y ...": a threat whose act names no party of
    // its own (or only the place it would happen) is made to the subject of the condition
    const atPlace = (t: ActorMention) => t.locationOnly || ((t.kind === 'capital' || t.kind === 'seat' || t.kind === 'country') && sources.some((s) => s.country === t.country));
    if (!ownObject && targets.every(atPlace) && (p.family === 'threaten' || (!p.family && conditional(v, k, p.code) && governedModality(v, k) === 'intended'))) {
      const cond = conditionSubject(v, k, sources);
      if (cond.length) targets = cond;
    }
  }
  // "thousands of students demonstrated in Chile": protesters no actor names stand for the country they protest in
  let homeProtest = false;
  if (!sources.length && p.code.startsWith('14') && !g.passive && inf.subject.length) {
    // ("marched through Bishkek", "blocked roads across Argentina", "controllers in France walked out": the place
    // after the verb, else the one inside the subject's own phrase; a capital there stands for its country, not its
    // government)
    const isPlace = (a: ActorMention) => a.kind === 'country' || a.kind === 'capital';
    let at = prepActors(v, after, limit, PROTEST_PLACE_PREPS, true).filter(isPlace);
    if (!at.length) for (let j = inf.subject[0]!.chunks[0]!; j < k; j++) {
      if (v.chunks[j]!.type === 'VG' || v.chunks[j]!.type === 'SUB') break;
      at.push(...actorsInChunk(v, j, { place: true }).filter(isPlace));
    }
    if (at.length && at.every((a) => a.country === at[0]!.country) && hasHomeCountry(at[0]!)) {
      const a = at[0]!;
      const src: ActorMention = a.kind === 'country' ? a : { ...a, code: a.country, sector: null, kind: 'country' };
      sources = [src]; targets = targets.filter((t) => t.country !== a.country || (t.sector != null && t.kind !== 'capital'));
      homeProtest = true;
    }
  }
  // "blocked roads in Baghdad to show their disapproval of US policies": a protest whose object is a place at home is
  // aimed at the party its purpose names
  if (p.code.startsWith('14') && !g.passive && !ownAim && sources.length && targets.every((t) => sources.some((s) => s.country === t.country))) {
    const aim = protestAim(v, k, sources);
    if (aim.length) targets = aim;
    // "went on strike in protest at the arrest of their leader by Y police": the doer of the deed protested
    else if (targets.every((t) => t.locationOnly)) { const d = dropSame(protestedDeed(v, k), sources); if (d.length) targets = d; }
    // "prisoners in Zendan jails began a hunger strike": detainees protest against the state that holds them
    if (!aim.length && targets.every((t) => sources.some((s) => s.country === t.country))) { const h = jailer(v, k, sources); if (h.length) targets = h; }
  }
  if (!sources.length) {
    // "talks were held between X and Y", "X and Y met"
    if (p.mutual && targets.length >= 2) return { sources: targets, targets: [], code: p.code, rule: p.rule, mutual: true, alone: false, modality: 'asserted', trigger: [0, 0] };
    return null;
  }
  targets = dropSame(targets, sources);
  // "the former prime minister returned to Pakistan from exile": a national coming home pays no visit (042) to
  // his own country
  if (p.code === '042' && lemmaAt(v, g.head) === 'return' && sources.length && !g.passive)
    targets = targets.filter((t) => !((t.kind === 'country' || t.kind === 'capital' || t.locationOnly) && sources.every((s) => s.country === t.country)));
  // "X and Y met", "X and Y signed an agreement": coded both ways
  // ("X and Y accused each other of ...": a reciprocal object makes each side the other's target)
  const pairs = !targets.length && sources.length >= 2 && (!!p.mutual || slots.includes('with') || slots.includes('between') || reciprocalObject(v, after, limit));
  // "the president threatened to ban opposition candidates", "vowed to impose a curfew": a threat of a domestic
  // measure against people no actor names is made against the state's own country
  if (!targets.length && !pairs && (p.family === 'threaten' || p.family === 'intent') && sources.some(isStateAgent)) {
    const act = domesticComplement(v, k, sources);
    if (act) return { sources: sources.filter(isStateAgent), targets: [], code: p.code, rule: p.rule, mutual: false, alone: true, domestic: true, act, modality: 'asserted', trigger: [0, 0] };
  }
  // "extended the curfew in Abidjan", "lifted the state of emergency in Darfur": a domestic measure coded alone whose
  // place is in the state's own country is taken against that country
  if (!targets.length && !pairs && p.alone && domesticCode(p.code) && !g.passive && sources.some(isStateAgent)) {
    const own = sources.filter(isStateAgent);
    const at = prepActors(v, after, limit, ['in'], true);
    if (at.length && at.every((a) => own.some((s) => s.country === a.country))) return { sources: own, targets: [], code: p.code, rule: p.rule, mutual: false, alone: true, domestic: true, modality: 'asserted', trigger: [0, 0] };
  }
  // "put its army on alert after Y's warplanes entered its airspace": a show of force coded alone answers the
  // party the after / as / when clause names
  if (!targets.length && !pairs && p.alone && p.code.startsWith('15') && !g.passive && !reduced) targets = provokerSubject(v, k, sources);
  // "suicide bombers blew themselves up in Y", "reimposed blockades in Y", "held drills in Y", "were killed in Z shelling
  // in Y": a material act whose clause names no party, at a place in another country, is taken against that country
  if (!targets.length && !pairs && !byInstrument && placeAct(p.code)) { const at = actPlace(v, after, limit, sources, objChunk); if (at) targets = [at]; }
  // ("blew himself up near a hotel in Y": a foreign place the row read itself stands for its country too)
  else if (placeAct(p.code)) targets = targets.map((t) => (t.locationOnly && hasHomeCountry(t) && !sources.some((s) => s.country === t.country) ? placeCountry(t) : t));
  // "authorities seized hundreds of farms", "declared a state of emergency", "militants took children hostage at a
  // school": coercion (by the state's agents) or violence coded alone, whose clause names no other country, is
  // taken against the actor's own country
  if (!targets.length && !pairs && p.alone && !g.passive && !reduced && domesticAct(p.code)) {
    // ("both countries declared martial law": the countries one plural phrase stands for, each at home, as states)
    const twins = sources.length > 1 && sources.every((s) => s.kind === 'coref' && s.tokenStart === sources[0]!.tokenStart && s.tokenEnd === sources[0]!.tokenEnd);
    const own = twins ? sources.filter(hasHomeCountry) : sources.filter(p.code.startsWith('17') ? isStateAgent : hasHomeCountry);
    if (own.length && own.length === sources.length && (twins || own.every((s) => s.country === own[0]!.country)) && own.every((s) => onlyOwnCountry(v, after, limit, s.country))) {
      return { sources: own, targets: [], code: p.code, rule: p.rule, mutual: false, alone: true, domestic: true, modality: 'asserted', trigger: [0, 0] };
    }
  }
  // "sent two carriers off Y in a show of force aimed at Z": a show of force is made against whom it is aimed at
  if (p.code.startsWith('15') && !g.passive && sources.length) { const at = aimedAt(v, k, sources); if (at.length) targets = at; }
  // "In a letter to the UN, Zendia asked for help against Y": an appeal or demand is made to the letter's addressee
  if ((p.family === 'demand' || p.family === 'appeal') && sources.length) { const ad = letterAddressee(v, k, sources); if (ad.length) targets = ad; }
  // "telephoned his counterpart to thank him", "called Y to demand an apology": a verbal act that is the purpose of a
  // contact is addressed to the one contacted
  if (sources.length && !g.passive && !p.code.slice(0, 2).match(/^(0[6-9]|1[5-9]|20)/) && (!targets.length || targets.every((t) => sources.some((x) => x.country === t.country)))) {
    const ad = contactedParty(v, k, sources);
    if (ad.length) targets = ad;
  }
  // "agreed to resign", "promised to step down": a stated intention whose act has no other party (stepping down, 0341)
  // is coded alone
  if (!targets.length && !pairs && p.family === 'intent' && !g.passive && sources.some(isStateAgent)) {
    const j = ownInfinitive(v, k);
    const next = j != null ? v.tokens[v.chunks[j]!.head + 1]?.norm : undefined;
    if (j != null && (STEP_DOWN.has(v.chunks[j]!.vg!.lemma) || (v.chunks[j]!.vg!.lemma === 'step' && (next === 'down' || next === 'aside')))) {
      return { sources: sources.filter(isStateAgent), targets: [], code: p.code, rule: p.rule, mutual: false, alone: true, modality: 'asserted', trigger: [0, 0] };
    }
  }
  // "called on Minsk to hold elections and demanded the release of all prisoners": a demand or appeal coordinated with
  // one made to an addressee, naming no party of its own, is made to that addressee
  if (!targets.length && !pairs && (p.family === 'demand' || p.family === 'appeal') && !ownObject) targets = dropSame(coordAddressee(v, k), sources);
  // "Australia urged its citizens to leave the island": a government advising its own nationals addresses no party
  if (!targets.length && ownObject && (p.family === 'appeal' || p.family === 'demand') && !g.passive) {
    const d = dobjActors(v, after, limit, false).chunk;
    if (d != null && NATIONALS.has(v.tokens[v.chunks[d]!.head]!.norm)) return null;
  }
  // ("protesters stormed the parliament building in Bishkek": a protest at home with no party named is against the
  // protesters' own government, whatever the verb's object)
  if (!targets.length && !p.alone && !pairs && homeProtest) return { sources, targets, code: p.code, rule: p.rule, mutual: false, alone: true, modality: 'asserted', trigger: [0, 0] };
  if (!targets.length && !p.alone && !pairs) {
    // "the government banned opposition candidates", "police detained twelve men": a domestic measure whose
    // direct object names no actor is taken against the state's own country
    const dobj = !g.passive && slots.includes('dobj') && objChunk == null ? dobjActors(v, after, limit, place) : null;
    // ("held two British sailors": a foreign country named in the object is no domestic measure)
    // ("expelled thirteen foreign aid agencies": people the object calls foreign are no domestic measure's)
    const dobjNoActor = !!dobj && dobj.chunk != null && !dobj.actors.some((a) => !a.locationOnly && !sources.some((s) => s.country === a.country))
      && !v.tokens.slice(v.chunks[dobj.chunk]!.start, v.chunks[dobj.chunk]!.end).some((t) => FOREIGN.has(t.norm) || lowerForeignDemonym(t, sources));
    // ("twelve men were detained by Russian police": the passive's subject is the object; the same measure)
    const subjNoActor = g.passive && slots.includes('dobj') && !p.object && inf.subject.length > 0 && !subj.some((a) => !a.locationOnly && !sources.some((s) => s.country === a.country));
    if (domesticCode(p.code) && (dobjNoActor || subjNoActor || (!g.passive && !reduced && prepNoActor(v, objChunk ?? k, limit, slots))) && sources.some(isStateAgent)) {
      return { sources: sources.filter(isStateAgent), targets: [], code: p.code, rule: p.rule, mutual: false, alone: true, domestic: true, modality: 'asserted', trigger: [0, 0] };
    }
    // "troops killed twelve villagers", "police fired tear gas at students": violence by one country's side against
    // civilians no actor names, in a sentence that names no other country or body, is against its own country
    // ("bombed a bus station, killing four people": the participle tells the toll of the act before it, no act of its own)
    if (homeViolence(p.code) && !reduced && sources.length && sources.every((x) => hasHomeCountry(x) && x.country === sources[0]!.country)
      && ((dobjNoActor && !dobj!.actors.length && unnamedPeople(v, dobj!.chunk!)) || (subjNoActor && !subj.length && unnamedPeople(v, inf.subject[0]!.chunks[0]!))
        || (!g.passive && prepNoActor(v, objChunk ?? k, limit, slots))) && onlyOwnCountry(v, 0, v.chunks.length, sources[0]!.country!)) {
      return { sources, targets: [], code: p.code, rule: p.rule, mutual: false, alone: true, domestic: true, modality: 'asserted', trigger: [0, 0] };
    }
    return null;
  }
  return { sources, targets, code: p.code, rule: p.rule, mutual: !!p.mutual || pairs, alone: !!p.alone, modality: 'asserted', trigger: [0, 0], ...(author ? { author } : {}) };
}

/**
 * "(struck) in protest at the arrest of their leader by Y police", "in protest against the killing of a student by Y
 * troops": the agent of the deed an "in protest at / against / over / of" phrase after verb group k names.
 */
function protestedDeed(v: SentenceView, k: number): ActorMention[] {
  for (let j = k + 1; j < v.chunks.length - 3 && j < k + 12; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' || c.type === 'VG' || (c.type === 'PUNCT' && norm(v, j) !== ',')) break;
    if (c.type === 'P' && norm(v, j) === 'in' && v.chunks[j + 1]!.type === 'NP' && v.tokens[v.chunks[j + 1]!.head]!.lemma === 'protest'
      && v.chunks[j + 2]!.type === 'P' && AIM_PREPS.has(norm(v, j + 2))) return deedAgent(v, j + 3).filter((a) => !a.locationOnly);
  }
  return [];
}

/** nouns of a state's own people abroad or at home ("its citizens", "their nationals") */
const NATIONALS = new Set(['citizens', 'nationals', 'people', 'residents', 'expatriates', 'expats', 'subjects', 'compatriots', 'travellers', 'travelers', 'tourists']);

/** prepositions of what a protest is aimed at ("against Y's decision", "at Y's refusal") */
const AIM_PREPS = new Set(['against', 'at', 'over', 'of']);

/** Prepositions of the place where unnamed protesters protest ("in", "through Bishkek", "across the country"). */
const PROTEST_PLACE_PREPS = ['in', 'through', 'across', 'throughout', 'outside', 'near', 'around', 'at'];

/**
 * True when every actor (places included) from chunk `from` to the clause limit, and on past it up to the next
 * subordinator or punctuation (a reduced relative: "oil projects run by the American company"), is of country c.
 */
/** object nouns that are a labour strike when a civilian group makes them */
const LABOUR_STRIKE = new Set(['strike', 'strikes']);
/** sectors of groups that strike by stopping work, not by force */
const CIVILIAN_SECTORS = new Set(['CVL', 'LAB', 'EDU', 'HLH', 'JUD', 'AGR', 'BUS', 'MED', 'REL', 'OPP']);
const civilianGroup = (a: ActorMention): boolean => !!a.sector && CIVILIAN_SECTORS.has(a.sector);

/** The party a contact verb governing the purpose infinitive k reached ("telephoned Y to thank him" → Y), not the source's own side. */
function contactedParty(v: SentenceView, k: number, sources: ActorMention[]): ActorMention[] {
  const inf = v.info.get(k);
  if (inf?.link !== 'control' || inf.governor == null || v.chunks[k - 1]?.type !== 'TO' || v.chunks[k - 2]?.type !== 'NP' || inf.governor !== k - 3) return [];
  if (!CONTACTING.has(v.chunks[inf.governor]!.vg!.lemma)) return [];
  return actorsInChunk(v, k - 2).filter((a) => !a.locationOnly && !sources.some((x) => x.country === a.country));
}

/** verbs by which a state orders a measure of its own */
const ORDERING = new Set(['order', 'decree']);
/** The noun phrase at chunk `after` heads an event noun of a state measure (08x, 16x, 17x, 191) and no infinitive follows it. */
function orderedMeasure(v: SentenceView, after: number): boolean {
  const c = v.chunks[after];
  if (c?.type !== 'NP') return false;
  const rows = v.pats.nouns.get(v.tokens[c.head]!.lemma) ?? v.pats.nouns.get(v.tokens[c.head]!.norm);
  if (!rows?.some((r) => /^(08|16|17|191)/.test(r.code))) return false;
  for (let j = after + 1; j < v.chunks.length && j < after + 6; j++) { const t = v.chunks[j]!.type; if (t === 'TO') return false; if (t === 'VG' || t === 'PUNCT' || t === 'SUB') break; }
  return true;
}

/** Violence that is against the doer's own country when it names no other party: assault, fighting, mass violence. */
const homeViolence = (code: string): boolean => /^(18|19|20[0-3])/.test(code);

/** Verb group k is a participle ("..., killing four people") after a violent verb of the same clause, whose toll it tells. */
function tollOf(v: SentenceView, k: number): boolean {
  const inf = v.info.get(k);
  if (!v.chunks[k]!.vg!.gerund || inf?.link !== 'gerund' || inf.governor == null) return false;
  const rows = v.pats.verbs.get(v.chunks[inf.governor]!.vg!.lemma);
  return !!rows?.length && rows.some((r) => homeViolence(r.code) || r.code.startsWith('17'));
}

/** The verb's prepositional target slot right after chunk `from` holds a noun phrase that names no actor ("fired at students"). */
function prepNoActor(v: SentenceView, from: number, limit: number, slots: string[]): boolean {
  const j = from + 1;
  const c = v.chunks[j];
  if (!c || j >= limit || c.type !== 'P' || !slots.includes(v.tokens[c.start]!.norm) || !['at', 'on', 'upon', 'against', 'into'].includes(v.tokens[c.start]!.norm)) return false;
  const n = v.chunks[j + 1];
  return !!n && n.type === 'NP' && j + 1 < limit && !actorsInChunk(v, j + 1, { place: true }).length && unnamedPeople(v, j + 1);
}

/** Civilians and crowds an act can be done to at home, named by no actor ("villagers", "protesters", "a crowd"). */
const PEOPLE = new Set(['people', 'person', 'persons', 'civilian', 'governor', 'mayor', 'official', 'officer', 'soldier', 'policeman', 'policemen',
  'judge', 'prosecutor', 'lawmaker', 'legislator', 'candidate', 'politician', 'commander', 'councillor', 'councilor', 'chief', 'guard', 'villager', 'resident', 'inhabitant', 'protester', 'protestor', 'demonstrator',
  'student', 'worker', 'worshipper', 'worshiper', 'prisoner', 'detainee', 'inmate', 'passenger', 'child', 'woman', 'man', 'men', 'women', 'children',
  'farmer', 'fisherman', 'fishermen', 'journalist', 'reporter', 'activist', 'supporter', 'crowd', 'crowds', 'mourner', 'marcher', 'rioter',
  'picketer', 'striker', 'teenager', 'youth', 'youths', 'boy', 'girl', 'pilgrim', 'shopper', 'bystander', 'voter', 'opponent', 'dissident', 'critic',
  'teacher', 'doctor', 'nurse', 'miner', 'trader', 'vendor', 'refugee', 'migrant', 'squatter', 'settler', 'family', 'families', 'villages']);

/** nouns of a number or group of people before "of" */
const GROUP_OF = new Set(['crowd', 'crowds', 'group', 'groups', 'hundreds', 'thousands', 'dozens', 'scores', 'tens', 'number', 'band', 'gathering', 'busload', 'convoy', 'family', 'families', 'dozen', 'hundred', 'thousand', 'million', 'millions', 'some', 'many', 'most', 'all', 'several', 'members']);

/** The noun phrase at chunk n is about unnamed people ("twelve villagers", "a crowd of mourners"). */
function unnamedPeople(v: SentenceView, n: number): boolean {
  const c = v.chunks[n];
  if (!c || c.type !== 'NP') return false;
  const h = v.tokens[c.head]!;
  if (PEOPLE.has(h.lemma) || PEOPLE.has(h.norm)) return true;
  // "a crowd of protesters", "hundreds of students" (not "the bank accounts of the mayor")
  const p = v.chunks[n + 1], m = v.chunks[n + 2];
  if (!GROUP_OF.has(h.lemma) && !GROUP_OF.has(h.norm) && h.pos !== 'NUM') return false;
  return p?.type === 'P' && v.tokens[p.start]!.norm === 'of' && m?.type === 'NP' && (PEOPLE.has(v.tokens[m.head]!.lemma) || PEOPLE.has(v.tokens[m.head]!.norm));
}

function onlyOwnCountry(v: SentenceView, from: number, limit: number, c: string): boolean {
  for (let j = from; j < v.chunks.length; j++) {
    const t = v.chunks[j]!.type;
    if (j >= limit && (t === 'SUB' || t === 'PUNCT')) break;
    for (const a of actorsInChunk(v, j, { place: true })) if (a.country && a.country !== c) return false;
  }
  return true;
}

/**
 * The meeting named by the object noun at token o when its "between" list names two sides other than the verb's
 * subject ("brokered talks between X and Y"): a mutual candidate of those sides with the noun's code, or null.
 */
function thirdPartyTalks(v: SentenceView, o: number, limit: number, cand: Candidate): Candidate | null {
  const np = (v.pats.nouns.get(v.tokens[o]!.lemma) ?? v.pats.nouns.get(v.tokens[o]!.norm))?.find((x) => x.mutual && x.code.startsWith('04') && !x.requires);
  const oc = v.chunkAt.get(o);
  if (!np || oc == null) return null;
  const sides = dropSame(prepActors(v, oc + 1, Math.min(v.chunks.length, Math.max(limit, oc + 6)), ['between'], false), cand.sources);
  if (sides.length < 2 || sides.length !== cand.targets.length) return null;
  const code = refine(np.code, windowText(v, v.chunks[oc]!.start, v.chunks[oc]!.end), np.refine);
  return { sources: sides, targets: [], code, rule: np.rule, mutual: true, alone: false, modality: 'asserted', trigger: [o, o + 1] };
}

/** The infinitive verb group right after verb group k ("declined to comment"), or null. */
export function ownInfinitive(v: SentenceView, k: number): number | null {
  const j = k + 2;
  return v.chunks[k + 1]?.type === 'TO' && v.chunks[j]?.type === 'VG' && v.info.get(j)?.governor === k ? j : null;
}

/** frames a verb group is tried for before its own pattern rows, in this order */
const PRE_ROW_FRAMES = [matchOpposition, matchWontTolerate, matchRuledOut, pressureOn];
/** verbs of leaving one's office (their own act, with no other party) */
const STEP_DOWN = new Set(['resign', 'quit', 'abdicate', 'retire']);
/** verbs of harm whose relative clause after a weapon names its victims ("a bomb that killed ...") */
const HARM = new Set(['kill', 'wound', 'injure', 'hit', 'strike', 'destroy', 'damage', 'maim']);
/**
 * The victims named by a relative clause after the weapon noun phrase at chunk o ("a bomb that killed six soldiers",
 * "a rocket which hit a Y convoy"), and that clause's verb group, or null.
 */
export function relativeVictims(v: SentenceView, o: number | null): { targets: ActorMention[]; verb: number } | null {
  if (o == null || v.chunks[o]?.type !== 'NP' || v.actorAt.has(v.chunks[o]!.head)) return null;
  const s = v.chunks[o + 1], r = o + 2;
  if (s?.type !== 'SUB' || !['that', 'which'].includes(norm(v, o + 1)) || v.chunks[r]?.type !== 'VG') return null;
  const g = v.chunks[r]!.vg!;
  if (g.passive || g.negated || !HARM.has(lemmaAt(v, g.head))) return null;
  const d = dobjActors(v, r + 1, clauseLimit(v, r), false);
  return d.actors.length ? { targets: d.actors, verb: r } : null;
}

/** The row's required words name the infinitive's verb itself ("decline" requiring "comment"). */
const readsInfinitive = (v: SentenceView, j: number, p: VerbPattern): boolean => {
  const h = v.tokens[v.chunks[j]!.head]!;
  return !!p.requires && (p.requires.includes(h.lemma) || p.requires.includes(h.norm));
};

/** roots of answers to another side's words or acts (deny 016, disapprove 11x, reject 12x) */
const ANSWER_ROOTS = new Set(['01', '11', '12']);
/** nouns of accusations: denying them answers their author's accusation */
const ACCUSATION_NOUNS = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges']);
/**
 * The author of the object noun phrase at chunk o: the "by"/"from" phrase right after it, or after a participle
 * ("the accusations by Y", "allegations made by Y", "claims from Y"), or none.
 */
export function objectAuthor(v: SentenceView, o: number, limit: number): ActorMention[] {
  let j = ofChain(v.chunks, v.tokens, o).chunks.slice(-1)[0]! + 1;
  const c = v.chunks[j];
  // (a reduced relative "made by" starts a clause of its own: the limit is past it)
  if (c?.type === 'VG' && (/ed$/.test(v.tokens[c.head]!.norm) || IRREGULAR_PART.has(v.tokens[c.head]!.norm)) && c.end - c.start === 1 && v.chunks[j + 1]?.type === 'P' && norm(v, j + 1) === 'by') { j++; limit = j + 2; }
  if (j >= limit || v.chunks[j]?.type !== 'P' || !['by', 'from'].includes(norm(v, j)) || v.chunks[j + 1]?.type !== 'NP') return [];
  return phrasesActors(v, phrasesRight(v.chunks, v.tokens, j + 1)).filter((a) => !a.locationOnly);
}
const IRREGULAR_PART = new Set(['made', 'levelled', 'leveled', 'brought', 'put', 'set', 'laid']);

/**
 * "denounced the blockade that Y imposed", "condemned the attacks which Y carried out": the subject of a relative clause
 * on the object (chunk o), whose verb is active, did the act the object names.
 */
export function relativeDoers(v: SentenceView, o: number): ActorMention[] {
  const c = v.chunks[o]!, s = v.chunks[o + 1], n = v.chunks[o + 2], g = v.chunks[o + 3];
  if (c.type !== 'NP' || s?.type !== 'SUB' || !['that', 'which'].includes(v.tokens[s.start]!.norm) || n?.type !== 'NP' || g?.type !== 'VG' || g.vg!.passive) return [];
  if (!ACT_NOUNS.has(v.tokens[c.head]!.norm) || c.head !== c.end - 1) return [];
  // (the relative clause lacks its object — the noun before it: "that Y imposed on ..."; a clause with an object of its
  // own is a that-complement: "a declaration that Y must provide information")
  const after = v.chunks[o + 4];
  if (after && after.type === 'NP') return [];
  return actorsInChunk(v, o + 2).filter((a) => !a.locationOnly);
}

/** nouns that name an act taken up again by a definite article ("the deal", "the move", "the raid") */
const ACT_NOUNS = new Set(['deal', 'pact', 'agreement', 'accord', 'treaty', 'move', 'decision', 'step', 'action', 'actions', 'measure', 'measures', 'intervention',
  'attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'invasion', 'incursion', 'offensive', 'bombing', 'shelling', 'expulsion', 'expulsions', 'expulsion', 'arrest',
  'arrests', 'seizure', 'sanctions', 'embargo', 'blockade', 'remarks', 'comments', 'statement', 'threat', 'threats', 'test', 'launch', 'annexation', 'deployment', 'visit', 'ban']);
const ANAPHORIC = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * "Uganda and Kenya signed a defence pact, and Tanzania criticised the deal": the object of a judgement (chunk o) that
 * takes up an act with a definite article and names no one is the act of the nearest earlier clause of the sentence
 * with an event verb; its subject's actors are the target (none when the judge is among them).
 */
export function antecedentDoers(v: SentenceView, k: number, o: number, limit: number, sources: ActorMention[]): ActorMention[] {
  const c = v.chunks[o]!;
  if (c.type !== 'NP' || !ANAPHORIC.has(v.tokens[c.start]!.norm) || !ACT_NOUNS.has(v.tokens[c.head]!.norm) || actorsInChunk(v, o, { place: true }).length) return [];
  // (the object ends its clause, or a "for"/"as" phrase follows: "the deal with Y", "the attack on Y" name their own party)
  const nx = v.chunks[o + 1];
  if (nx && o + 1 < limit && nx.type === 'P' && !['as', 'in', 'on', 'at'].includes(norm(v, o + 1))) return [];
  if (nx && o + 1 < limit && nx.type === 'P' && norm(v, o + 1) === 'on' && actorsInChunk(v, o + 2, { place: true }).length) return [];
  for (let j = k - 1; j >= 0; j--) {
    const g = v.chunks[j]!;
    if (g.type !== 'VG' || !g.vg) continue;
    const inf = v.info.get(j);
    if (!inf || !inf.subject.length || g.vg.passive) continue;
    const rows = v.pats.verbs.get(lemmaAt(v, g.head));
    if (!rows) continue;
    // ("Ghana praised Y while Togo criticised the agreement": a judgement or a statement is no act of its own)
    if (rows.some((r) => !r.object && !r.particle && (/^(01|11|12)/.test(r.code) || r.code === '051'))) return [];
    if (v.pats.cues.get(lemmaAt(v, g.head))?.some((q) => q.effect === 'speech')) return [];
    const doers = phrasesActors(v, inf.subject).filter((a) => !a.locationOnly && a.kind !== 'coref');
    if (!doers.length) continue;
    if (doers.some((a) => sources.some((s) => s.country === a.country))) return [];
    return doers;
  }
  return [];
}

/**
 * The addressee of the demand or appeal that verb group k is coordinated with ("urged Y to ... and demanded ...",
 * "called on Y to ... and asked ..."): the actor between that verb and its infinitive, or none.
 */
export function coordAddressee(v: SentenceView, k: number): ActorMention[] {
  const inf = v.info.get(k);
  if (inf?.link !== 'coord' || inf.governor == null) return [];
  const g = inf.governor;
  if (!(v.pats.verbs.get(v.chunks[g]!.vg!.lemma) ?? []).some((x) => x.family === 'demand' || x.family === 'appeal')) return [];
  for (let j = g + 1; j < k && j < g + 4; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'TO' || c.type === 'VG' || c.type === 'SUB') break;
    if (c.type !== 'NP') continue;
    const a = actorsInChunk(v, j).filter((x) => !x.locationOnly);
    if (a.length) return v.chunks[j + 1]?.type === 'TO' || v.chunks[j + 1]?.type === 'CONJ' ? phrasesActors(v, phrasesRight(v.chunks, v.tokens, j)).filter((x) => !x.locationOnly) : [];
  }
  return [];
}

/**
 * The code of the domestic measure (17x) that the infinitive governed by verb group k names, when its object names no
 * actor of another country: "threatened to ban opposition parties" → 1722, "to impose a curfew in the capital" → 1723.
 */
export function domesticComplement(v: SentenceView, k: number, sources: ActorMention[]): string | null {
  for (const [j, inf] of v.info) {
    if (j <= k || inf.governor !== k || inf.link !== 'control' || v.chunks[j - 1]?.type !== 'TO') continue;
    const lim = clauseLimit(v, j);
    const others = v.actors.filter((a) => {
      const c = v.chunkAt.get(a.tokenStart);
      return c != null && c > j && c < lim && !sources.some((s) => s.country === a.country);
    });
    if (others.length) return null;
    for (const q of v.pats.verbs.get(lemmaAt(v, v.chunks[j]!.head)) ?? []) {
      if (!/^17/.test(q.code) || q.requires) continue;
      // ("crack down on protesters": the particle, and no object needed)
      if (q.particle && particleMatches(v, v.chunks[j]!.head, q.particle, v.sent.tokenEnd) == null) continue;
      if (q.object && !objectMatches(v, j + 1, lim, q.object)) continue;
      if (!q.object && !q.particle && dobjActors(v, j + 1, lim, false).chunk == null) continue;
      return q.code;
    }
    return null;
  }
  return null;
}

/** "threatened to attack Y", "offered help in managing Y's ...": the actors of a family word's complement. */
const WHERE = new Set(['in', 'at', 'near']);
export function complementTargets(v: SentenceView, after: number, limit: number, sources: ActorMention[]): ActorMention[] {
  // "agreed in Paris to ...": a place phrase right after the verb says where it happened and names no party
  let first = after;
  while (v.chunks[first]?.type === 'ADV') first++;
  const where = v.chunks[first]?.type === 'P' && WHERE.has(norm(v, first)) && v.chunks[first + 1]?.type === 'NP' ? first + 1 : -1;
  let topic: ActorMention[] | null = null;
  for (let j = after; j < Math.min(v.chunks.length, limit + 14); j++) {
    if (v.chunks[j]!.type === 'SUB' || (v.chunks[j]!.type === 'PUNCT' && norm(v, j) !== ',')) break;
    // ("agreed to resign without returning to Y": what is done without names no party of the act)
    if (v.chunks[j]!.type === 'P' && norm(v, j) === 'without' && v.tokens[v.chunks[j + 1]?.start ?? 0]?.norm.endsWith('ing')) break;
    if (j === where) continue;
    // ", the White House announced": an attribution is no complement
    if (v.chunks[j]!.type === 'PUNCT' && (v.chunks[j + 1]?.type === 'VG' || (v.chunks[j + 1]?.type === 'NP' && v.chunks[j + 2]?.type === 'VG'))) break;
    // "..., and Chile said": a new clause with its own subject
    if (v.chunks[j]!.type === 'CONJ' && v.chunks[j + 1]?.type === 'NP' && v.chunks[j + 2]?.type === 'VG' && v.info.get(j + 2)?.link === 'direct') break;
    const a = dropSame(actorsInChunk(v, j, { place: true }), sources);
    if (a.length) {
      // "threatened to break off relations with Congo and Costa Rica": the whole list
      const list = v.chunks[j]!.type === 'NP' ? dropSame(phrasesActors(v, phrasesRight(v.chunks, v.tokens, j), { place: true }), sources) : [];
      const got = list.length ? list : [a[0]!];
      // ("promised to share intelligence on al Qaeda with Y": a party the actor stage marks as no participant — a
      // topic — yields to a later one that is)
      if (got.every((x) => x.participant === false)) { topic ??= got; continue; }
      return got;
    }
  }
  return topic ?? [];
}

/** "X was critical of Y": adjective patterns after the copula. */
export function matchAdj(v: SentenceView, k: number, limit: number, at?: number, st?: MatchState): Candidate[] {
  for (let j = k + 1; j < Math.min(limit, k + 4); j++) {
    const c = v.chunks[j]!;
    // ("Israel was behind the attack": a preposition used as a predicate, when a pattern names it)
    if (c.type !== 'NP' && c.type !== 'ADJ' && c.type !== 'ADV' && at == null && !(c.type === 'P' && j === k + 1 && v.pats.adjs.has(norm(v, j)))) break;
    for (let t = at ?? c.start; t < (at != null ? at + 1 : c.end); t++) {
      const list = v.pats.adjs.get(v.tokens[t]!.lemma) ?? v.pats.adjs.get(v.tokens[t]!.norm);
      if (!list) continue;
      for (const p of list) {
        const inf = v.info.get(at != null ? k + 1 : k)!;
        let sources = phrasesActors(v, inf.subject);
        if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
        if (!sources.length) sources = speakerForPronoun(v, at != null ? k + 1 : k);
        if (!sources.length) continue;
        const vk = at != null ? k + 1 : k;
        if (p.family === 'accuse') {
          // "Kiev said Moscow was responsible for the attack": the speaker accuses the subject; the writer's own
          // "X was responsible" is no event
          const sg = speechGovernor(v, vk);
          // ("Iran charged that Israel was behind the bombing": the accusing verb coded the accusation)
          if (sg != null && st?.accusations?.has(sg)) return [];
          const speaker = sg != null ? phrasesActors(v, v.info.get(sg)?.subject ?? []) : [];
          const accused = dropSame(sources, speaker);
          if (!speaker.length || !accused.length) continue;
          const code = complementCode('accuse', windowText(v, t + 1, Math.min(v.sent.tokenEnd, t + 12)), v.pats.complements, complementHeads(v, v.chunkAt.get(t)! + 1)) ?? p.code;
          return [{ sources: speaker, targets: accused, code, rule: p.rule, mutual: false, alone: false, modality: 'asserted', trigger: [t, t + 1] }];
        }
        if (p.family) {
          // "X is willing to send troops to Y", "X is ready to resume talks with Y": an offer, coded by what is offered
          const after = v.chunkAt.get(t)! + 1;
          if (v.chunks[after]?.type !== 'TO') continue;
          const targets = p.target ? dropSame(prepActors(v, after, limit, p.target, false), sources) : [];
          const tl = targets.length ? targets : complementTargets(v, after, limit, sources);
          const aw = windowText(v, t + 1, Math.min(v.sent.tokenEnd, t + 16));
          const ah = complementHeads(v, v.chunkAt.get(t)! + 1);
          let code = complementCode(p.family, aw, v.pats.complements, ah) ?? p.code;
          if (p.family === 'intent' && conflictComplement(v, vk)) code = complementCode('threaten', aw, v.pats.complements, ah) ?? '130';
          // "X and Y are ready to resume talks": an offer to meet or negotiate by two sides naming no other is made to each other
          const each = !tl.length && sources.length >= 2 && code.startsWith('036');
          if (!tl.length && !p.alone && !each) return [];
          if (st) { consumeComplements(v, vk, st); st.family.add(vk); }
          return [{ sources, targets: tl, code, rule: p.rule, mutual: each, alone: !!p.alone, modality: verbModality(v, vk, sources, code), trigger: [t, t + 1] }];
        }
        let targets = dropSame(prepActors(v, j + 1, limit, p.target ?? ['of'], false), sources);
        // "X was hopeful that Y would sign", "X is confident that Y will agree": the subject of the adjective's
        // that-clause (the clause's own verb codes its own act, not asserted)
        if (!targets.length) targets = dropSame(thatSubject(v, v.chunkAt.get(t)! + 1), sources).filter((a) => !a.locationOnly);
        if (!targets.length) targets = thatExchangePartner(v, v.chunkAt.get(t)! + 1, sources);
        if (!targets.length) continue;
        return [{ sources, targets, code: p.code, rule: p.rule, mutual: false, alone: false, modality: verbModality(v, vk, sources, p.code), trigger: [t, t + 1] }];
      }
    }
  }
  return [];
}

/**
 * The verb group of the purpose infinitive of the protest triggered at chunk pk ("began a hunger strike to demand",
 * "blocked roads to press", "struck in order to call for"): an infinitive the protest verb governs, or one right after
 * the protest noun, whose subject is the protest's own.
 */
function purposeInfinitive(v: SentenceView, pk: number): number | null {
  const c = v.chunks[pk]!;
  for (const [j, inf] of v.info) {
    if (j <= pk || v.chunks[j - 1]?.type !== 'TO' || (inf.link !== 'control' && inf.link !== 'objcontrol')) continue;
    if (c.type === 'VG' ? inf.governor === pk || (inf.governor != null && inf.governor > pk && modifiersOnly(v, pk, j)) : j - 2 === pk) return j;
  }
  // "began a hunger strike in the square, demanding talks": a participle after a comma that closes the protest's clause
  for (let j = pk + 2; j < v.chunks.length; j++) {
    const q = v.chunks[j]!;
    if (q.type === 'SUB' || q.type === 'TO' || (q.type === 'PUNCT' && norm(v, j) !== ',')) break;
    if (q.type !== 'VG') continue;
    if (q.start === q.head && q.end - q.start === 1 && v.tokens[q.head]!.norm.endsWith('ing') && v.chunks[j - 1]!.type === 'PUNCT' && modifiersOnly(v, pk, j)) return j;
    break;
  }
  return null;
}

/** "blocked roads leading to the capital on Monday to press ...": the verb groups between pk and j only modify nouns. */
function modifiersOnly(v: SentenceView, pk: number, j: number): boolean {
  for (let m = pk + 1; m < j - 1; m++) {
    const c = v.chunks[m]!;
    if (c.type === 'SUB' || c.type === 'TO' || (c.type === 'PUNCT' && norm(v, m) !== ',')) return false;
    if (c.type === 'VG' && !(c.end - c.start === 1 && v.chunks[m - 1]?.type === 'NP' && /(ing|ed)$/.test(v.tokens[c.head]!.norm))) return false;
  }
  return true;
}

/** The family (demand or appeal) of the row of verb group j that holds, and where its complement starts; null for none. */
function purposeFamily(v: SentenceView, j: number): { family: 'demand' | 'appeal'; after: number } | null {
  const head = v.chunks[j]!.head;
  const lim = clauseLimit(v, j);
  for (const p of v.pats.verbs.get(lemmaAt(v, head)) ?? []) {
    const fam = p.family === 'demand' || p.family === 'appeal' ? p.family : null;
    if (!fam) continue;
    let after = head + 1;
    if (p.particle) { const t = particleMatches(v, head, p.particle, v.sent.tokenEnd); if (t == null) continue; after = t; }
    if (p.object && !objectMatches(v, j + 1, lim, p.object)) continue;
    return { family: fam, after };
  }
  return null;
}

/**
 * "Teachers began a hunger strike to demand higher pay from the government", "farmers blocked roads to press their demands
 * for land reform", "workers struck to demand the minister's resignation": a demand or appeal that is the purpose of a
 * protest by the same side is part of the protest, as CAMEO codes it. The protest is coded alone: it takes
 * the purpose's target when it names no party of its own (a place is none), and the sub-code of a demand for a
 * leadership change, a policy change, rights or a change in institutions (104x, 024x → 14Yx).
 */
export function foldPurposes(v: SentenceView, cands: Candidate[]): Candidate[] {
  let drop: Set<Candidate> | null = null;
  for (const pc of cands) {
    if (!pc.code.startsWith('14') || pc.code.length > 3 || drop?.has(pc)) continue;
    const pk = v.chunkAt.get(pc.trigger[0]);
    const j = pk == null ? null : purposeInfinitive(v, pk);
    const pf = j == null ? null : purposeFamily(v, j);
    if (j == null || !pf) continue;
    // (the purpose is the protesters' own: "urged Y to demand" is no purpose)
    const subj = phrasesActors(v, v.info.get(j)!.subject);
    if (subj.some((a) => !a.locationOnly && !pc.sources.some((s) => s.country === a.country))) continue;
    const c = v.chunks[j]!;
    const purpose = cands.filter((x) => x !== pc && x.trigger[0] >= c.start && x.trigger[0] < c.end);
    if (/^14[1-5]$/.test(pc.code)) {
      const win = windowText(v, pf.after, Math.min(v.sent.tokenEnd, pf.after + 16));
      const code = purpose.find((x) => /^(104|024)[1-4]$/.test(x.code))?.code ?? complementCode(pf.family, win, v.pats.complements, complementHeads(v, j + 1));
      const m = code ? /^(?:104|024)([1-4])$/.exec(code) : null;
      if (m) pc.code = `${pc.code}${m[1]}`;
    }
    if (pc.targets.every((t) => t.locationOnly)) {
      let t = dropSame(purpose.flatMap((x) => x.targets), pc.sources);
      // (the infinitive may have coded nothing: "a hunger strike to demand" read with the strike as its subject)
      if (!t.length) {
        let a = j + 1;
        while (a < v.chunks.length && v.chunks[a]!.start < pf.after) a++;
        t = dropSame(thatSubject(v, a), pc.sources);
        if (!t.length) t = dropSame(complementTargets(v, a, clauseLimit(v, j), pc.sources).filter((x) => x.kind !== 'coref'), pc.sources);
      }
      if (t.length) pc.targets = t;
    }
    for (const x of purpose) (drop ??= new Set()).add(x);
  }
  return drop ? cands.filter((x) => !drop!.has(x)) : cands;
}

/** talk nouns whose "on/over/about" phrase names the matter bargained over */
const TALK_NOUNS = new Set(['talk', 'talks', 'discussion', 'discussions', 'consultation', 'consultations', 'dialogue']);
/** a "sidelines", "occasion" or place-like head is no matter ("talks on the sidelines of the summit") */
const NOT_MATTER = new Set(['sideline', 'sidelines', 'margin', 'margins', 'occasion', 'eve', 'day', 'weekend', 'phone', 'telephone', 'board', 'island', 'border', 'ground', 'side', 'basis', 'level', 'way', 'trip', 'visit', 'tour', 'behalf', 'request', 'invitation', 'initiative']);
/** "talks on the water dispute", "discussions over tariffs": the object talk noun, then on/over/about a matter */
export function talksOnMatter(v: SentenceView, objTok: number): boolean {
  if (!TALK_NOUNS.has(v.tokens[objTok]!.norm) && !TALK_NOUNS.has(v.tokens[objTok]!.lemma)) return false;
  const c = v.chunks.findIndex((x) => x.start <= objTok && objTok < x.end);
  if (c < 0 || v.chunks[c]!.end - 1 !== objTok) return false;
  // ("discussions with Y over the dam": past the partner)
  let d = c + 1;
  if (v.chunks[d]?.type === 'P' && ['with', 'between'].includes(norm(v, d)) && v.chunks[d + 1]?.type === 'NP') d += 2;
  const pc = v.chunks[d], np = v.chunks[d + 1];
  if (pc?.type !== 'P' || !['on', 'over', 'about', 'concerning', 'regarding'].includes(norm(v, d)) || np?.type !== 'NP') return false;
  if (isTimeNP(v.tokens, np) || v.actorAt.has(np.start)) return false;
  const h = v.tokens[np.end - 1]!;
  if (NOT_MATTER.has(h.norm) || NOT_MATTER.has(h.lemma)) return false;
  return true;
}

/** adjuncts of time or cause that name another act ("after a week of air strikes", "in response to the rocket fire") */
const ADJUNCTS = [' after ', ' before ', ' following ', ' amid ', ' despite ', ' since ', ' in response to ', ' in retaliation for ', ' in retaliation against '];
/** a refine window cut before the first adjunct of time or cause */
export function beforeAdjunct(win: string): string {
  let cut = win.length;
  for (const a of ADJUNCTS) { const i = win.indexOf(a); if (i >= 0 && i < cut) cut = i; }
  return cut < win.length ? win.slice(0, cut + 1) : win;
}

