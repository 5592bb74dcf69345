// Noun patterns on noun phrases: "X's visit to Y", "talks between X and Y", "sanctions on Y".
import type { ActorMention, Modality } from '../../doc/types.ts';
import { accordingTo, governedModality, nounCueModality, speechGovernor, stronger, vgModality } from './modality.ts';
import { isTimeWord } from '../../nlp/clause.ts';
import { cueFor, type CueEffect, type NounPattern } from './patterns.ts';

const adjEffect = (e: CueEffect): Modality | null => (e === 'intended' || e === 'hypothetical' || e === 'reported' || e === 'negated' || e === 'cancelled' ? e : null);
import { actorsInChunk, hasWord, lemmaAt, phrasesActors, windowText, type SentenceView } from './sentence.ts';
import { hasHomeCountry, isStateAgent, type Candidate, type MatchState } from './candidate.ts';
import { speakerForPronoun } from './frames.ts';
import { complementTargets } from './verbs.ts';
import { norm, clauseLimit, prepActors, thatSubject, deedAgent, deedCode, dropSame, refine, complementCode, complementHeads, predicateOf, actorsAfterPrep, dependsOn, governingVerb, adverbialHost } from './args.ts';

/** nouns that carry the act of an event noun before them ("an aid convoy", "a peace mission") */
const CARRIER = new Set(['convoy', 'package', 'shipment', 'delivery', 'flight', 'program', 'programme', 'mission', 'operation', 'campaign', 'effort', 'drive', 'round', 'session', 'process', 'plan']);

/** verbs that stop, forbid or withhold the act their object names */
const BLOCKING = new Set(['prohibit', 'ban', 'forbid', 'bar', 'block', 'deny', 'halt', 'stop', 'suspend', 'freeze', 'prevent', 'obstruct', 'veto', 'refuse', 'reject', 'oppose', 'resist', 'thwart', 'hamper', 'impede', 'withhold', 'cut', 'curtail', 'restrict', 'outlaw', 'object', 'end', 'terminate', 'discontinue']);

/** verbs by which a side stops or forbids its own cooperation (a reduction of relations, 16x) */
const STOPPING = new Set(['prohibit', 'ban', 'halt', 'stop', 'suspend', 'freeze', 'cut', 'withhold', 'curtail', 'end', 'terminate', 'discontinue']);
/** The 16x code for stopping a cooperative act: aid 07x → 162x, talks 04x → 164, mediation 045 → 165, trade 06x → 163, recognition 054 → 161, other diplomatic cooperation 05x → 160. */
export function stopCode(code: string): string | null {
  if (/^07[123]/.test(code)) return `162${code[2]}`;
  if (code.startsWith('07')) return '162';
  if (code === '045' || code === '043') return code === '045' ? '165' : null;
  if (code.startsWith('04')) return '164';
  if (code.startsWith('06')) return '163';
  // "ended its defence agreement with Y", "suspended diplomatic recognition": diplomatic cooperation stopped
  if (code.startsWith('05')) return code === '054' ? '161' : '160';
  return null;
}

/** verbs that watch over an agreement or a process that already exists */
const MONITOR = new Set(['oversee', 'monitor', 'supervise', 'observe', 'police', 'patrol', 'verify', 'enforce', 'uphold', 'safeguard']);

/** Noun patterns on the noun phrase at chunk k. */
/**
 * A violent act (root 18 and up) named by the object of a stopping verb ("halt its bombing of Y") that is itself
 * the content of a demand or appeal: the act is under way. Its possessor must name an actor.
 */
function presupposedAct(v: SentenceView, k: number, t: number, govVG: number, p: NounPattern): boolean {
  if (p.code.slice(0, 2) < '18' || !STOPPING.has(v.chunks[govVG]!.vg!.lemma) || k !== govVG + 1) return false;
  return actorsInChunk(v, k, { before: t }).some((a) => !a.locationOnly);
}

/** The infinitive verb group right after a family noun at NP chunk k ("threat to cut", "offer to send"), or null. */
export function familyInfinitive(v: SentenceView, k: number, p: NounPattern): number | null {
  return p.family && v.chunks[k + 1]?.type === 'TO' && v.chunks[k + 2]?.type === 'VG' && v.info.get(k + 2)?.link === 'control' ? k + 2 : null;
}

/**
 * "Russia's threat to cut supplies", "Chile's offer to send troops": the infinitive after a family noun with a
 * possessor is that noun's content, coded by the noun — no event of its own.
 */
export function consumeNounInfinitives(v: SentenceView, st: MatchState) {
  for (let k = 0; k < v.chunks.length - 2; k++) {
    const c = v.chunks[k]!;
    if (c.type !== 'NP' || v.chunks[k + 1]!.type !== 'TO') continue;
    const list = v.pats.nouns.get(v.tokens[c.head]!.lemma) ?? v.pats.nouns.get(v.tokens[c.head]!.norm);
    const p = list?.find((x) => x.family && !x.requires && (x.source ?? ['poss']).includes('poss'));
    if (!p || familyInfinitive(v, k, p) == null || !actorsInChunk(v, k, { before: c.head }).some((a) => !a.locationOnly)) continue;
    st.consumed.add(k + 2);
    for (const [x, xi] of v.info) if (x > k + 2 && xi.governor != null && st.consumed.has(xi.governor) && (xi.link === 'control' || xi.link === 'objcontrol' || xi.link === 'coord')) st.consumed.add(x);
  }
}

/** nouns of talks whose "on"/"about" phrase names what is talked about, not what was done */
const TALK_NOUNS = new Set(['talks', 'negotiations', 'dialogue', 'discussions', 'consultations']);
const TOPIC_PREPS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/** The subject of the clause a "despite" phrase at chunk k (the noun after "despite") belongs to: the verb group before it. */
function despiteActor(v: SentenceView, k: number): ActorMention[] {
  for (let j = k - 2; j >= 0; j--) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' || (c.type === 'PUNCT' && norm(v, j) !== ',')) return [];
    if (c.type !== 'VG') continue;
    const inf = v.info.get(j);
    if (!inf || c.vg!.passive) return [];
    return phrasesActors(v, inf.subject).filter((a) => !a.locationOnly);
  }
  return [];
}

/** verbs of judging or punishing a party, whose "over" phrase gives the grounds */
const JUDGING = new Set(['criticise', 'criticize', 'condemn', 'denounce', 'slam', 'rebuke', 'blast', 'censure', 'reprimand', 'castigate', 'chide', 'fault',
  'impose', 'sanction', 'punish', 'penalise', 'penalize', 'expel', 'summon', 'accuse', 'sue']);
/**
 * "imposed sanctions on Y over its nuclear test", "condemned Y over its missile launch": the act an "over" phrase with a
 * possessor gives as the grounds of a judgement or punishment is told as known, not as news of its own.
 */
function groundsOfJudgement(v: SentenceView, k: number): boolean {
  if (v.chunks[k - 1]?.type !== 'P' || norm(v, k - 1) !== 'over') return false;
  const c = v.chunks[k]!;
  const first = v.tokens[c.start]!;
  if (!['its', 'their', 'his', 'her'].includes(first.norm) && !(v.actorAt.has(c.start) && v.tokens.slice(c.start, c.head).some((t) => t.norm === "'s"))) return false;
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
    const g = v.chunks[j]!;
    if (g.type === 'SUB' || (g.type === 'PUNCT' && norm(v, j) !== ',')) return false;
    if (g.type === 'VG') return JUDGING.has(lemmaAt(v, g.head));
  }
  return false;
}

export function matchNouns(v: SentenceView, k: number, st: MatchState): Candidate[] {
  const c = v.chunks[k]!;
  const out: Candidate[] = [];
  // "resumed negotiations on the North's nuclear disarmament": the topic of talks is no act done
  if (v.chunks[k - 1]?.type === 'P' && TOPIC_PREPS.has(norm(v, k - 1)) && v.chunks[k - 2]?.type === 'NP' && TALK_NOUNS.has(v.tokens[v.chunks[k - 2]!.head]!.norm)) return out;
  if (groundsOfJudgement(v, k)) return out;
  for (let t = c.start; t < c.end; t++) {
    const tk = v.tokens[t]!;
    if (st.used.has(t) || v.actorAt.has(t)) continue;
    // "a cease-fire", "the pull-out", "a sit-in": a hyphenated compound is one noun, looked up as spelt ("cease-fire")
    // or written solid ("ceasefire"); its parts are not read on their own
    const cp = compoundAt(v, t, c.end);
    let end = t + 1;
    let list: NounPattern[] | undefined;
    if (cp) { list = cp.list; end = cp.end; }
    else {
      // ("Ethiopia's offensive against Y", "the Russian offensive": a word the tagger calls an adjective that ends its
      // noun phrase after a determiner or possessor is the phrase's noun)
      const adjHead = tk.pos === 'ADJ' && t === c.end - 1 && t > c.start && ['DET', 'PART', 'PROPN', 'ADJ'].includes(v.tokens[t - 1]!.pos);
      if (tk.pos !== 'NOUN' && tk.pos !== 'VERB' && tk.pos !== 'PROPN' && !adjHead) continue;
      list = v.pats.nouns.get(tk.lemma) ?? v.pats.nouns.get(tk.norm) ?? (tk.norm.endsWith('s') ? v.pats.nouns.get(tk.norm.slice(0, -1)) : undefined);
    }
    if (!list) continue;
    // a noun modifying a later noun ("the peace talks", "arms sales") is read at the later noun; a modifier of
    // any other noun names no event ("war crimes", "attack helicopters", "aid workers"), except before a
    // noun that carries the act ("an aid convoy", "the attack plan" stays with the plan's own reading)
    if (end < c.end && (v.tokens[end]!.pos === 'NOUN') && !v.actorAt.has(end) && !isTimeWord(v.tokens[end]!)) {
      const next = v.pats.nouns.get(v.tokens[end]!.lemma);
      if (next || !CARRIER.has(v.tokens[end]!.lemma)) continue;
    }
    for (const p of list) {
      // ("Syrian forces clash with": also after a plural noun)
      const pv = v.tokens[t - 1];
      if (p.verbPreps && t > c.start && pv && ((v.actorAt.has(t - 1) && pv.norm !== "'s") || (pv.pos === 'NOUN' && /[^s']s$/.test(pv.norm))) && p.verbPreps.includes(v.tokens[end]?.norm ?? '')) continue;
      const cand = nounRoles(v, k, t, p, st, end);
      if (!cand) continue;
      out.push(cand);
      break;
    }
    t = end - 1;
  }
  return out;
}

/**
 * The patterns of a hyphenated compound noun starting at token t ("cease - fire", "pull - out", "sit - ins"): looked up
 * as spelt with its hyphen, then written solid; null when t starts no compound or the compound is no pattern's noun.
 */
export function compoundAt(v: SentenceView, t: number, end: number): { list: NounPattern[]; end: number } | null {
  const a = v.tokens[t]!, h = v.tokens[t + 1], b = v.tokens[t + 2];
  if (t + 2 >= end || !h || !b || (h.text !== '-' && h.text !== '–') || a.end !== h.start || h.end !== b.start || v.actorAt.has(t + 2)) return null;
  if (t > 0 && (v.tokens[t - 1]!.text === '-' || v.tokens[t - 1]!.text === '–') && v.tokens[t - 1]!.end === a.start) return null;
  const lasts = [b.norm, b.lemma, ...(b.norm.endsWith('s') ? [b.norm.slice(0, -1)] : [])];
  for (const l of lasts) {
    const list = v.pats.nouns.get(`${a.norm}-${l}`) ?? v.pats.nouns.get(`${a.norm}${l}`);
    if (list) return { list, end: t + 3 };
  }
  return null;
}

/** adjectives of readiness whose "for" / "to" phrase names what one offers ("ready for talks", "open to dialogue") */
const READY = new Set(['ready', 'prepared', 'willing', 'open', 'eager', 'keen', 'available']);
/** The noun phrase at chunk k follows "for" or "to" after an adjective of readiness (in its own chunk or closing a verb group). */
function readyFor(v: SentenceView, k: number): boolean {
  const p = v.chunks[k - 1], a = v.chunks[k - 2];
  if (p?.type !== 'P' || !['for', 'to'].includes(v.tokens[p.start]!.norm) || !a) return false;
  return READY.has(v.tokens[a.end - 1]!.norm) && (a.type === 'ADJ' || a.type === 'VG' || a.type === 'NP');
}

/** verbs of answering an act, whose object or "for"/"to" phrase is someone else's act */
const ANSWERING = new Set(['retaliate', 'respond', 'react', 'avenge', 'revenge', 'apologize', 'apologise', 'compensate', 'punish']);

export function nounRoles(v: SentenceView, k: number, t: number, p: NounPattern, st: MatchState, tEnd = t + 1): Candidate | null {
  const limit = clauseLimit(v, k);
  const limTok = limit < v.chunks.length ? v.chunks[limit]!.start : v.sent.tokenEnd;
  const win = windowText(v, v.chunks[k]!.start, limTok);
  if (p.requires && !hasWord(win, p.requires)) {
    // "Chilean forces completed their withdrawal": the required word may be in the subject of the verb the noun is the object of
    const gv = governingVerb(v, k);
    const subj = gv != null ? v.info.get(gv)?.subject[0]?.chunks[0] : undefined;
    if (subj == null || subj >= k || !hasWord(windowText(v, v.chunks[subj]!.start, v.chunks[k]!.start), p.requires)) return null;
  }
  const place = !!p.place;
  // possessors and compounds before the noun: "Russia's visit", "the U.S.-India deal"
  const poss = actorsInChunk(v, k, { before: t });
  const srcPreps = (p.source ?? ['poss']).filter((s) => s !== 'poss');
  const tgtPreps = p.target ?? [];
  let sources: ActorMention[] = [];
  let targets: ActorMention[] = [];
  const useOfAsTarget = p.ofTarget || tgtPreps.includes('of');
  const srcList = useOfAsTarget ? srcPreps.filter((s) => s !== 'of') : srcPreps;
  if ((p.source ?? ['poss']).includes('poss') && poss.length) sources = poss;
  if (!sources.length && srcList.length) {
    // "the visit of X", "the visit to Y by X": right after the noun, or after one prepositional phrase
    const near = Math.min(limit, v.chunks[k + 2]?.type === 'NP' && v.chunks[k + 3]?.type === 'P' && !(norm(v, k + 3) === 'of') ? k + 4 : k + 2);
    sources = prepActors(v, k + 1, near, srcList, false);
    if (!sources.length && p.placeSource && srcList.includes('in')) sources = prepActors(v, k + 1, limit, ['in'], true).filter((a) => a.kind === 'capital' || a.kind === 'seat');
  }
  // the "between X and Y" list gives both sides
  const between = tgtPreps.includes('between') ? prepActors(v, k + 1, limit, ['between'], false) : [];
  for (const prep of tgtPreps) {
    if (prep === 'between') continue;
    // "its demand (today) that Y ease ...": the subject of the that-clause, past a time phrase
    let got = prep === 'that' ? thatSubject(v, k + 1) : prepActors(v, k + 1, limit, [prep], place);
    if (!got.length && (prep === 'regarding' || prep === 'over' || prep === 'about' || prep === 'concerning')) got = actorsAfterPrep(v, k + 1, limit, prep);
    got = dropSame(got, sources);
    if (got.length) { targets = got; break; }
  }
  // "Russia's threat to cut gas supplies to Ukraine", "Chile's offer to send aid to Peru": a family noun's infinitive
  // is its content, and names its target
  const infinitive = familyInfinitive(v, k, p);
  if (!targets.length && infinitive != null) targets = complementTargets(v, k + 1, clauseLimit(v, infinitive), sources);
  // "an investigation into crimes committed by Y": the doer of the deed investigated or condemned
  if (!targets.length && deedCode(p.code)) {
    for (let j = k + 1; j < limit && j < k + 4; j++) if (v.chunks[j]!.type === 'P' && tgtPreps.includes(norm(v, j))) { targets = dropSame(deedAgent(v, j + 1), sources); break; }
  }
  if (!sources.length && poss.length >= 2 && p.mutual) sources = poss;
  if (!sources.length && between.length >= 2 && p.mutual) sources = between;
  if (!sources.length && poss.length === 1 && !(p.source ?? ['poss']).includes('poss') && useOfAsTarget) targets = targets.length ? targets : poss;
  const govVG: number | null = governingVerb(v, k);
  // the complement of "offered", "threatened", "urged" is already in that verb's code
  // ("urged Moscow to halt its bombing of Aleppo", "demanded that Russia stop its shelling of Y": an act asked to
  // stop is going on — presupposed, so coded asserted — when its possessor names who does it)
  const ongoing = govVG != null && st.consumed.has(govVG) && presupposedAct(v, k, t, govVG, p);
  if (govVG != null && (st.consumed.has(govVG) || st.family.has(govVG)) && !ongoing) return null;
  // "peacekeepers deployed to oversee a ceasefire between X and Y": an agreement watched over is one made before, not
  // an event of this sentence
  if (govVG != null && MONITOR.has(v.chunks[govVG]!.vg!.lemma) && dependsOn(v, k, govVG)) return null;
  // "Germany welcomed the release of the hostages": who judges an act is not who did it
  // ("Israel retaliated for the attack", "X responded to the shelling": an act answered is the other side's)
  const judged = govVG != null && (!!v.pats.cues.get(v.chunks[govVG]!.vg!.lemma)?.some((c) => c.effect === 'evaluative') || ANSWERING.has(lemmaAt(v, v.chunks[govVG]!.head)));
  // "Japan airlifted relief supplies to Nepal", "Britain mobilized reservists for a war against Iraq": a noun with no
  // source of its own, inside the object or complement of a verb that gave its own event, elaborates that event
  // "said the attack on Y was a crime": a noun phrase that is the subject of its own verb is no object of the verb before
  const ownPredicate = predicateOf(v, k);
  // "the minister, who is on a visit to Kabul, ...", "X was on a tour of Asia": on a trip, the subject travels
  // ("toured a hospital on a visit to Y", "laid a wreath during a visit to Y": a visit in the clause's own adjunct is the
  // subject's trip)
  const onTrip = govVG != null && v.chunks[k - 1]?.type === 'P' && ((v.chunks[govVG]!.vg!.copulaOnly && k === govVG + 2 && norm(v, k - 1) === 'on')
    || (p.code === '042' && (norm(v, k - 1) === 'on' || norm(v, k - 1) === 'during') && !v.chunks[govVG]!.vg!.passive && k > govVG && !v.actorAt.has(v.chunks[k]!.start)));
  // ("praised Y's reforms during a visit to Z": the visit in the adjunct is the subject's trip, no part of the praise)
  if (!sources.length && govVG != null && !judged && !onTrip && st.coded?.has(govVG) && dependsOn(v, k, govVG)) return null;
  // (an evaluative verb judges its object, not the trip in its adjunct: "praised Y during a visit to Z")
  if (!sources.length && govVG != null && (!judged || onTrip) && (ownPredicate == null || onTrip) && (dependsOn(v, k, govVG) || onTrip)) {
    // the subject of the verb the noun phrase depends on: "Russia launched an attack on Y"
    const inf = v.info.get(govVG)!;
    const g = v.chunks[govVG]!.vg!;
    if (!g.passive) {
      sources = phrasesActors(v, inf.subject);
      if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
      // "NATO said it would tighten the blockade of Serbia": a pronoun subject of reported speech is the speaker
      if (!sources.length) sources = speakerForPronoun(v, govVG);
    }
    else sources = prepActors(v, govVG + 1, clauseLimit(v, govVG), ['by'], false);
  }
  // "mediation between X and Y" by a named mediator: the pair are the targets
  if (sources.length && !targets.length && between.length && !(p.mutual && between.length >= 2 && sources === between)) targets = dropSame(between, sources);
  // "During a visit to Moscow, X thanked Russia", "X, on a visit to Y, signed": a cooperative act in an adverbial
  // phrase set off by a comma is the act of the subject of the clause it frames
  if (!sources.length && govVG == null && p.code.slice(0, 2) < '09') sources = adverbialHost(v, k);
  if (!sources.length && st.topic && targets.length && govVG == null) sources = [st.topic];
  if (!sources.length) return null;
  // "Turkey reopened the museum as a mosque despite appeals from Greece": an appeal, demand, protest or criticism an act
  // went ahead "despite" was made to the one who acted
  if (!targets.length && v.chunks[k - 1]?.type === 'P' && norm(v, k - 1) === 'despite' && /^(02|10|11|14)/.test(p.code)) targets = dropSame(despiteActor(v, k), sources);
  targets = dropSame(targets, sources);
  const mutualPairs = p.mutual && sources.length >= 2 && !targets.length;
  if (!targets.length && !mutualPairs && !p.alone) return null;
  let code = p.code;
  if (p.family) {
    const cw = infinitive != null ? windowText(v, v.chunks[k]!.start, Math.min(v.sent.tokenEnd, v.chunks[k]!.start + 16)) : win;
    const cc = complementCode(p.family, cw, v.pats.complements, complementHeads(v, k + 1));
    if (cc) code = cc;
  }
  code = refine(code, win, p.refine);
  // "Moscow's bombing of Aleppo", "NATO's bombing of Serbia": a bombing a state or an alliance carries out is an air
  // campaign (195), not a planted bomb (183)
  if (code === '183' && (v.tokens[t]!.lemma === 'bombing' || v.tokens[t]!.norm.startsWith('bombing')) && sources.every((s) => isStateAgent(s) || (s.kind === 'coref' && !s.sector && s.code === s.country && hasHomeCountry(s)) || (s.country === 'IGO' && (s.sector === 'MIL' || s.org === 'NATO')))) code = '195';
  // "would prohibit all aid to Y", "suspended talks with Y": the source stopping its own cooperative act reduces relations (16x)
  let stopped = false;
  // (its own act: the noun names no other side's possessor — "halted Zendan aid" is not the halter's)
  if (govVG != null && !poss.some((a) => a.kind !== 'coref') && STOPPING.has(v.chunks[govVG]!.vg!.lemma) && dependsOn(v, k, govVG) && !v.chunks[govVG]!.vg!.passive) {
    const sc = stopCode(code);
    if (sc) { code = sc; stopped = true; }
    // ("ended its military cooperation with Y": the stopping verb coded the stop itself)
    if (stopped && st.coded?.has(govVG)) return null;
  }
  // modality: a cue noun ("the cancellation of"), then the governing verb
  let m: Modality = nounCueModality(v, k) ?? 'asserted';
  // a cue adjective before the noun ("a possible war", "the planned visit", "alleged war crimes")
  for (let a = v.chunks[k]!.start; a < t; a++) {
    if (v.tokens[a - 1]?.text === '-') continue; // "long-threatened invasion": part of a compound
    const cue = cueFor(v.pats, v.tokens[a]!.lemma, 'adj') ?? cueFor(v.pats, v.tokens[a]!.norm, 'adj');
    const e = cue ? adjEffect(cue.effect) : null;
    if (e) m = stronger(m, e);
  }
  let snub = false;
  if (govVG != null) {
    const g = v.chunks[govVG]!.vg!;
    let gm = governedModality(v, govVG);
    const cue = v.pats.cues.get(g.lemma)?.find((c) => c.pos === 'verb');
    if (cue?.effect === 'cancelled') gm = stronger(gm, 'cancelled');
    else if (cue?.effect === 'intended') gm = stronger(gm, 'intended');
    else if (cue?.effect === 'negated') gm = stronger(gm, 'negated');
    // ("a drill simulating an attack on Y", "rehearsed strikes on Y": an act rehearsed is not done)
    else if (cue?.effect === 'hypothetical') gm = stronger(gm, 'hypothetical');
    // "would prohibit all aid to Y", "blocked talks with Y": a cooperative act its governing verb stops or forbids
    // does not happen (the stopping verb codes its own event, if it has one)
    // ("is opposed to French mediation", "objected to talks with Y": after "to" too)
    else if (!stopped && BLOCKING.has(g.lemma) && code.slice(0, 2) < '09' && (dependsOn(v, k, govVG) || (k === govVG + 2 && v.chunks[k - 1]!.type === 'P' && norm(v, k - 1) === 'to'))) gm = stronger(gm, 'negated');
    // "X called off the visit": call + off
    if (g.lemma === 'call' && v.tokens[g.head + 1]?.norm === 'off') gm = stronger(gm, 'cancelled');
    // "X cancelled its visit to Y": X's own decision is also a snub (161), asserted
    if (gm === 'cancelled' && targets.length && !g.passive && ['cancel', 'scrap', 'abandon', 'axe', 'scuttle', 'drop', 'call'].includes(g.lemma)) {
      const canceller = phrasesActors(v, v.info.get(govVG)!.subject);
      if (canceller.length && sources.every((s) => canceller.some((c) => c.country === s.country))) snub = true;
    }
    if (vgModality(v, govVG) === 'hypothetical') gm = stronger(gm, 'hypothetical');
    m = stronger(m, gm);
    const sg = speechGovernor(v, govVG);
    if (sg != null) m = stronger(m, 'reported');
  }
  else {
    // the noun phrase is the subject: "the visit was cancelled", "the talks will take place", "the visit did not happen"
    const pv = ownPredicate;
    if (pv != null) {
      const g = v.chunks[pv]!.vg!;
      const cue = v.pats.cues.get(g.lemma)?.find((c) => c.pos === 'verb');
      if (cue?.effect === 'cancelled' || (g.lemma === 'call' && v.tokens[g.head + 1]?.norm === 'off')) m = stronger(m, 'cancelled');
      else if (cue?.effect === 'negated') m = stronger(m, 'negated');
      m = stronger(m, governedModality(v, pv));
      // "a war between X and Y would be catastrophic": a judgement on an event that has not happened
      if (g.copulaOnly && (g.modal === 'would' || g.modal === 'could' || g.modal === 'might')) m = stronger(m, 'hypothetical');
    }
  }
  if (ongoing) m = 'asserted';
  if (m === 'asserted' && accordingTo(v)) m = 'reported';
  // "X is ready for talks with Y", "X is open to dialogue with Y": a readiness to meet is an offer to (036), not a meeting
  // ("X and Y are ready for talks": each to the other)
  if (code.startsWith('04') && readyFor(v, k) && (targets.length || (p.mutual && sources.length >= 2))) return { sources, targets, code: '036', rule: p.rule, mutual: !targets.length, alone: false, modality: m === 'intended' || m === 'reported' ? 'asserted' : m, trigger: [t, tEnd] };
  // ("Mali ended its defence agreement with France": the stop is the stopper's own act, one way)
  return { sources, targets, code, rule: p.rule, mutual: !!p.mutual && !stopped, alone: !!p.alone, modality: m, trigger: [t, tEnd], ...(snub && m === 'cancelled' ? { snub: true } : {}) };
}
