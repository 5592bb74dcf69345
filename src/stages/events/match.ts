// Finding events in one sentence: verb patterns on verb groups, noun and adjective
// patterns on noun phrases; source and target from the clause structure; modality from
// what governs the trigger. Produces candidates; index.ts turns them into records.
import type { ActorMention, Modality } from '../../doc/types.ts';
import { isTimeNP, ofChain, phrasesRight, type Phrase } from '../../nlp/clause.ts';
import { accordingTo, governedModality, nounCueModality, speechGovernor, stronger, trailingAttribution, vgModality } from './modality.ts';
import type { Complement, Family, NounPattern, Refine, VerbPattern } from './patterns.ts';
import { actorsInChunk, hasWord, phraseActor, phrasesActors, windowText, type SentenceView } from './sentence.ts';

export interface Candidate {
  sources: ActorMention[];
  targets: ActorMention[];
  code: string;
  rule: string;
  mutual: boolean;
  alone: boolean;
  modality: Modality;
  /** trigger token range [start, end) */
  trigger: [number, number];
  /** code of the event the other way round, when the pattern has one */
  reverse?: string;
  /** who said it, when the event sits in another side's reported speech ("the US said Iraq attacked") */
  speaker?: ActorMention[];
  /** a meeting its own side called off: also a 161 (reduce diplomatic relations) */
  snub?: boolean;
}

const norm = (v: SentenceView, k: number) => v.tokens[v.chunks[k]!.start]!.norm;

/** Last chunk index of the clause that starts after chunk k (exclusive). */
function clauseLimit(v: SentenceView, k: number): number {
  let j = k + 1;
  for (; j < v.chunks.length; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB') break;
    if (c.type === 'PUNCT' && (norm(v, j) === ';' || norm(v, j) === ':')) break;
    if (c.type === 'VG') {
      // a gerund after a preposition stays in the phrase ("help in managing X")
      if (c.vg!.gerund && v.chunks[j - 1]?.type === 'P') continue;
      break;
    }
    if (c.type === 'TO') break;
    if (c.type === 'CONJ' && v.chunks[j + 1]?.type === 'VG') break;
    if (c.type === 'PUNCT' && norm(v, j) === ',' && (v.chunks[j + 1]?.type === 'VG' || (v.chunks[j + 1]?.type === 'NP' && v.chunks[j + 2]?.type === 'VG'))) break;
  }
  return j;
}

/** Actors of the phrase after preposition `prep` within chunks [from, limit). */
function prepActors(v: SentenceView, from: number, limit: number, preps: string[], place: boolean, skip?: Set<number>): ActorMention[] {
  for (let j = from; j < limit; j++) {
    const c = v.chunks[j]!;
    if (c.type !== 'P' && !(c.type === 'SUB' && preps.includes(norm(v, j)))) continue;
    if (skip?.has(j)) continue;
    // two-word prepositions ("out of", "away from") match on their last word too
    if (!preps.includes(norm(v, j))) continue;
    let n = j + 1;
    while (v.chunks[n]?.type === 'ADV') n++;
    if (v.chunks[n]?.type === 'VG' && v.chunks[n]!.vg!.gerund) n++; // "in managing X"
    if (v.chunks[n]?.type !== 'NP') continue;
    const phs = phrasesRight(v.chunks, v.tokens, n);
    const acts = phrasesActors(v, phs, { place });
    if (acts.length) return acts;
    // "sorrow for the shootings in South Carolina": one prepositional phrase further
    const last = phs[phs.length - 1]!.chunks.slice(-1)[0]!;
    if (v.chunks[last + 1]?.type === 'P' && ['in', 'at', 'on', 'against', 'by'].includes(norm(v, last + 1)) && v.chunks[last + 2]?.type === 'NP' && last + 2 < limit) {
      const more = actorsInChunk(v, last + 2, { place: true });
      if (more.length) return [more[0]!];
    }
    // "regarding the manner in which ... by New Delhi": the first actor further on
  }
  return [];
}

const QUANT = new Set(['up', 'to', 'at', 'least', 'more', 'than', 'about', 'around', 'over', 'nearly', 'almost', 'some', 'as', 'many', 'off', 'out', 'down', 'back', 'away']);
/** The words after the verb, then those of its subject ("peacekeeping troops arrived in X"). */
function refineWindow(v: SentenceView, k: number, win: string): string {
  const inf = v.info.get(k);
  const first = inf?.subject[0]?.chunks[0];
  if (first == null || first >= k) return win;
  return win + windowText(v, v.chunks[first]!.start, v.chunks[k]!.start);
}

/** "demanded (on Friday) that the US cancel...": the subject of the that-clause. */
function thatSubject(v: SentenceView, after: number): ActorMention[] {
  let j = after;
  while (j < after + 4 && (v.chunks[j]?.type === 'ADV' || (v.chunks[j]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j]!)) || (v.chunks[j]?.type === 'P' && v.chunks[j + 1]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j + 1]!)))) j++;
  if (!(v.chunks[j]?.type === 'SUB' && norm(v, j) === 'that') || v.chunks[j + 1]?.type !== 'NP') return [];
  return phrasesActors(v, phrasesRight(v.chunks, v.tokens, j + 1));
}

function dobjActors(v: SentenceView, after: number, limit: number, place: boolean): { actors: ActorMention[]; chunk: number | null } {
  let n = after;
  // adverbs, a particle ("beat up X") or a quantity ("up to 16 advisers", "at least ten people")
  while (n < limit && n < after + 4 && (v.chunks[n]!.type === 'ADV' || ((v.chunks[n]!.type === 'P' || v.chunks[n]!.type === 'ADJ' || v.chunks[n]!.type === 'O' || v.chunks[n]!.type === 'TO') && QUANT.has(norm(v, n))))) n++;
  // "denounced as an ugly crime Serbia's suppression": a predicate before the object
  if (v.chunks[n]?.type === 'P' && norm(v, n) === 'as' && (v.chunks[n + 1]?.type === 'NP' || v.chunks[n + 1]?.type === 'ADJ') && v.chunks[n + 2]?.type === 'NP' && !actorsInChunk(v, n + 1).length) n += 2;
  // "more than 100 Palestinians", "fewer than ten": a comparative quantity before the object
  if (v.chunks[n]?.type === 'NP' && v.chunks[n]!.end - v.chunks[n]!.start === 1 && ['more', 'less', 'fewer', 'over', 'under'].includes(norm(v, n)) && v.chunks[n + 1]?.type === 'P' && norm(v, n + 1) === 'than') n += 2;
  if (n >= limit || v.chunks[n]?.type !== 'NP') return { actors: [], chunk: null };
  // "helped the dissidents from Egypt": a "from" phrase names the object's country
  return { actors: phrasesActors(v, phrasesRight(v.chunks, v.tokens, n, true), { place }), chunk: n };
}

const sameActor = (a: ActorMention, b: ActorMention) => a.code === b.code || (a.country === b.country && (a.kind === 'demonym' || b.kind === 'demonym') && !a.sector !== !b.sector && false) || a.id === b.id;

function dropSame(targets: ActorMention[], sources: ActorMention[]): ActorMention[] {
  // a bare country or demonym of the source's own country ("Putin offered Russian help") is no target
  return targets.filter((t) => !sources.some((s) => sameActor(s, t) || (s.country === t.country && !t.sector && t.country !== 'IGO')));
}

function refine(code: string, text: string, refs: Refine[] | undefined): string {
  if (!refs) return code;
  for (const r of refs) if (hasWord(text, r.words)) return r.code;
  return code;
}

function complementCode(family: Family, text: string, list: Complement[]): string | null {
  for (const c of list) {
    const code = c.codes[family];
    if (!code) continue;
    if (hasWord(text, c.words) && (!c.with || hasWord(text, c.with))) return code;
  }
  return null;
}

const particleMatches = (v: SentenceView, head: number, particle: string, end: number): number | null => {
  const words = particle.split(' ');
  let t = head + 1;
  for (const w of words) {
    if (t >= end || v.tokens[t]!.norm !== w) return null;
    t++;
  }
  return t;
};

function objectMatches(v: SentenceView, fromChunk: number, limit: number, objects: string[]): { chunk: number; token: number } | null {
  let n = fromChunk;
  while (v.chunks[n]?.type === 'ADV' || v.chunks[n]?.type === 'ADJ') n++;
  if (n >= limit) return null;
  // the object, its "of" phrase, and coordinated objects ("photographs and other military intelligence")
  const ph = v.chunks[n]?.type === 'NP' ? phrasesRight(v.chunks, v.tokens, n).slice(0, 3).flatMap((p) => p.chunks.slice(0, 2)) : [];
  for (const k of ph) {
    const c = v.chunks[k]!;
    for (let t = c.start; t < c.end; t++) {
      const tk = v.tokens[t]!;
      for (const o of objects) {
        if (o.includes(' ')) {
          const ws = o.split(' ');
          if (ws.every((w, i) => v.tokens[t + i]?.norm === w || v.tokens[t + i]?.lemma === w)) return { chunk: k, token: t };
        } else if (tk.lemma === o || tk.norm === o) return { chunk: k, token: t };
      }
    }
  }
  return null;
}

export interface MatchState {
  /** tokens already used as a light-verb object (not to be read again as noun events) */
  used: Set<number>;
  /** verb group chunks whose event a family verb (offer, urge, threaten...) folded into its own code */
  consumed: Set<number>;
  /** verb groups matched by a family pattern */
  family: Set<number>;
  /** the subject actor of the previous sentence, for noun events with no source of their own */
  topic?: ActorMention | null;
  /** the last person named in the previous sentences, for an unresolved "he"/"she" who speaks */
  person?: ActorMention | null;
}

const sentWinCache = new WeakMap<SentenceView, string>();
/** All the words of the sentence, for patterns that require a word anywhere in it. */
function sentWin(v: SentenceView): string {
  let w = sentWinCache.get(v);
  if (w == null) { w = windowText(v, v.sent.tokenStart, v.sent.tokenEnd); sentWinCache.set(v, w); }
  return w;
}

/**
 * "X said (that) Y must do Z" is X demanding Z of Y (10x); "... Y should do Z" is an appeal (02x).
 * The complement picks the sub-code; the embedded verb is folded in.
 */
function matchSpeechModal(v: SentenceView, k: number, st: MatchState): Candidate[] {
  let j = k + 1;
  while (v.chunks[j]?.type === 'ADV' || (v.chunks[j]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j]!)) || (v.chunks[j]?.type === 'P' && v.chunks[j + 1]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j + 1]!) && j++)) j++;
  if (v.chunks[j]?.type === 'SUB' && norm(v, j) === 'that') j++;
  if (v.chunks[j]?.type !== 'NP') return [];
  let m = j;
  while (m < v.chunks.length && v.chunks[m]!.type !== 'VG' && m < j + 8) m++;
  const vg = v.chunks[m];
  if (!vg || vg.type !== 'VG') return [];
  const modal = vg.vg!.modal;
  const hasTo = v.tokens[vg.start]!.lemma === 'have' && v.chunks[m + 1]?.type === 'TO';
  const family: Family | null = modal === 'must' || hasTo ? 'demand' : modal === 'should' ? 'appeal' : null;
  if (!family || vg.vg!.negated && family === 'appeal') return [];
  const inf = v.info.get(k)!;
  let sources = phrasesActors(v, inf.subject);
  if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
  const targets = dropSame(phrasesActors(v, v.info.get(m)?.subject ?? []), sources);
  if (!sources.length || !targets.length) return [];
  const win = windowText(v, vg.start, v.sent.tokenEnd);
  const code = complementCode(family, win, v.pats.complements) ?? (family === 'demand' ? '100' : '020');
  st.consumed.add(m);
  for (const [x, xi] of v.info) if (x > m && xi.governor === m && (xi.link === 'control' || xi.link === 'coord')) st.consumed.add(x);
  const cue = v.pats.cues.get(v.chunks[k]!.vg!.lemma)?.find((c) => c.pos === 'verb');
  return [{ sources, targets, code, rule: cue?.rule ?? 'cues.v1:speech', mutual: false, alone: false, modality: vgModality(v, k) === 'negated' ? 'negated' : 'asserted', trigger: [vg.start, vg.end] }];
}

const DEMAND_NOUNS = new Set(['demand', 'call', 'appeal', 'request', 'insistence', 'ultimatum', 'plea']);
/**
 * "demanded that Israel ease restrictions", "its demand that Israel ease...": the that-clause is the
 * content of the demand, folded into its code; its verb is no event of its own.
 */
export function consumeThatClauses(v: SentenceView, st: MatchState) {
  for (let j = 1; j < v.chunks.length - 2; j++) {
    if (!(v.chunks[j]!.type === 'SUB' && norm(v, j) === 'that')) continue;
    let p = j - 1;
    while (p > 0 && (v.chunks[p]!.type === 'ADV' || (v.chunks[p]!.type === 'NP' && isTimeNP(v.tokens, v.chunks[p]!)))) p--;
    const c = v.chunks[p]!;
    const lemma = c.type === 'VG' ? c.vg!.lemma : c.type === 'NP' ? v.tokens[c.head]!.lemma : '';
    const demanding = c.type === 'VG' ? (v.pats.verbs.get(lemma) ?? []).some((x) => x.family === 'demand' || x.family === 'appeal') : DEMAND_NOUNS.has(lemma);
    if (!demanding) continue;
    for (let m = j + 1; m < v.chunks.length && m < j + 8; m++) if (v.chunks[m]!.type === 'VG') {
      st.consumed.add(m);
      for (const [x, xi] of v.info) if (x > m && xi.governor === m && (xi.link === 'control' || xi.link === 'objcontrol')) st.consumed.add(x);
      break;
    }
  }
}

/** Verb patterns on verb group k. */
export function matchVerb(v: SentenceView, k: number, st: MatchState): Candidate[] {
  const c = v.chunks[k]!;
  const g = c.vg!;
  const head = g.head;
  const lemma = v.tokens[head]!.lemma;
  const limit = clauseLimit(v, k);
  const out: Candidate[] = [];
  if (v.pats.cues.get(lemma)?.some((q) => q.effect === 'speech')) {
    const sm = matchSpeechModal(v, k, st);
    if (sm.length) return sm;
  }
  if (g.copulaOnly && lemma === 'be') return matchAdj(v, k, limit);
  // "Israel is opposed to French mediation": a participle used as an adjective
  if (g.passive && v.pats.adjs.has(v.tokens[head]!.norm)) { const a = matchAdj(v, k - 1, limit, head); if (a.length) return a; }
  const list = v.pats.verbs.get(lemma);
  if (!list) return out;
  const sentEnd = v.sent.tokenEnd;
  const limTok = limit < v.chunks.length ? v.chunks[limit]!.start : sentEnd;
  const win = windowText(v, head + 1, Math.min(sentEnd, limTok + 1));
  const wideWin = windowText(v, head + 1, Math.min(sentEnd, head + 16));
  for (const p of list) {
    let after = k + 1;
    let trigEnd = head + 1;
    if (p.particle) {
      const t = particleMatches(v, head, p.particle, sentEnd);
      if (t == null) continue;
      trigEnd = t;
      while (after < v.chunks.length && v.chunks[after]!.start < t) after++;
    }
    let objChunk: number | null = null;
    let iobj: ActorMention[] = [];
    if (p.object) {
      let m = g.passive ? objectInSubject(v, k, p.object) : objectMatches(v, after, limit, p.object);
      // "gave Tanzania a grant": an indirect object naming an actor, then the object
      if (!m && !g.passive && v.chunks[after]?.type === 'NP' && v.chunks[after + 1]?.type === 'NP') {
        const io = actorsInChunk(v, after);
        if (io.length) { m = objectMatches(v, after + 1, limit, p.object); if (m) iobj = io; }
      }
      if (!m) continue;
      // "gave the Ivory Coast five million dollars" read as one noun phrase: the actor before the object
      if (!iobj.length && !g.passive && m.chunk === after) iobj = actorsInChunk(v, m.chunk, { before: m.token });
      objChunk = m.chunk; st.used.add(m.token);
      if (!g.passive) after = ofChain(v.chunks, v.tokens, m.chunk).chunks.slice(-1)[0]! + 1;
    }
    if (p.requires && !hasWord(sentWin(v), p.requires)) continue;
    if (p.objcontrol && !(v.chunks[after]?.type === 'NP' && v.chunks[after + 1]?.type === 'TO')) continue;
    if (p.requires_not && hasWord(win, p.requires_not)) continue;
    const cand = verbRoles(v, k, p, after, limit, objChunk, iobj);
    if (!cand) { if (p.object || p.particle) continue; return out; }
    let code = p.code;
    if (p.family) {
      const cc = complementCode(p.family, wideWin, v.pats.complements);
      if (cc) code = cc;
      consumeComplements(v, k, st);
      st.family.add(k);
    }
    code = refine(code, p.refine ? refineWindow(v, k, win) : win, p.refine);
    cand.code = code;
    cand.trigger = [head, trigEnd];
    cand.modality = verbModality(v, k, cand.sources);
    if (p.reverse) cand.reverse = p.reverse;
    const sg = speechGovernor(v, k);
    if (sg != null) {
      let speaker = phrasesActors(v, v.info.get(sg)?.subject ?? []);
      if (!speaker.length && isPersonPronoun(v, sg) && st.person) speaker = [st.person];
      if (cand.modality === 'reported' && speaker.length && !cand.sources.some((s) => speaker.some((x) => x.country === s.country))) cand.speaker = speaker;
      // "Putin suggested that Russia views Y as a partner": the statement is the speaker's own act
      if (speaker.length === 1 && cand.sources.length === 1 && cand.sources[0]!.country === speaker[0]!.country && !cand.sources[0]!.sector && speaker[0]!.sector) cand.sources = speaker;
    }
    // "X said it would not provide aid": a refusal, coded as the matching 12x event
    if (cand.modality === 'negated' && refusal(v, k)) { cand.code = rejectCode(cand.code); cand.modality = 'asserted'; }
    // "X will cut ties with Y unless Y ...": a conditional threat (13x), asserted
    else if (cand.modality === 'intended' && !p.family && conditional(v, k, cand.code)) {
      cand.code = complementCode('threaten', windowText(v, head, Math.min(sentEnd, head + 16)), v.pats.complements) ?? '130';
      cand.modality = 'asserted';
    }
    out.push(cand);
    return out;
  }
  return out;
}

/** An intended conflictual act made to depend on the other side: "... unless Y ...", "... if Y ...". */
function conditional(v: SentenceView, k: number, code: string): boolean {
  const root = code.slice(0, 2);
  if (root < '10') return false;
  for (let j = k + 1; j < v.chunks.length; j++) {
    const c = v.chunks[j]!;
    if (c.type !== 'SUB') continue;
    const w = norm(v, j);
    if (w === 'unless') return true;
    if (w === 'if') return root >= '13';
  }
  return false;
}

/** "will not" / "would not" (not "would not have"): a stated refusal. */
function refusal(v: SentenceView, k: number): boolean {
  const g = v.chunks[k]!.vg!;
  if (g.negated && (g.modal === 'will' || g.modal === 'would') && !g.perfect) return true;
  const inf = v.info.get(k);
  if (inf?.governor != null && (inf.link === 'control' || inf.link === 'coord')) {
    const gg = v.chunks[inf.governor]!.vg!;
    return gg.negated && (gg.modal === 'will' || gg.modal === 'would') && !gg.perfect;
  }
  return false;
}

/** The CAMEO rejection that matches a cooperative code (only cooperative roots 02-08 turn into refusals). */
export function rejectCode(code: string): string {
  const r = code.slice(0, 2);
  if (r === '06' || r === '07' || r === '03') return code.startsWith('072') || code.startsWith('062') ? '1212' : code.startsWith('071') || code.startsWith('061') ? '1211' : '121';
  if (r === '04') return '125';
  if (r === '08') return code.startsWith('084') ? '1243' : code.startsWith('085') ? '1244' : '124';
  if (r === '05' || r === '02') return '120';
  return code;
}

/** "ten soldiers killed in Ukraine": a bare participle after a noun phrase, with no object, is passive. */
function reducedPassive(v: SentenceView, k: number, slots: string[]): boolean {
  const c = v.chunks[k]!;
  if (slots[0] !== 'dobj' || c.head !== c.start || v.chunks[k - 1]?.type !== 'NP' || isTimeNP(v.tokens, v.chunks[k - 1]!)) return false;
  // the noun phrase must itself be an object ("there were ten soldiers killed"), not the clause's subject
  let a = k - 1;
  while (a >= 2 && v.chunks[a - 1]!.type === 'P' && norm(v, a - 1) === 'of' && v.chunks[a - 2]!.type === 'NP') a -= 2;
  const before = v.chunks[a - 1];
  if (!before || (before.type !== 'VG' && before.type !== 'P')) return false;
  const h = v.tokens[c.head]!;
  if (!/ed$/.test(h.norm) && !['held', 'shot', 'hit', 'struck', 'taken', 'seized', 'beaten', 'thrown', 'driven', 'stolen', 'slain'].includes(h.norm)) return false;
  const n = v.chunks[k + 1];
  return !n || n.type === 'P' || n.type === 'PUNCT';
}

function objectInSubject(v: SentenceView, k: number, objects: string[]): { chunk: number; token: number } | null {
  const inf = v.info.get(k);
  if (!inf) return null;
  for (const ph of inf.subject) for (const c of ph.chunks) {
    const m = objectMatches(v, c, c + 1, objects);
    if (m) return m;
  }
  return null;
}

function consumeComplements(v: SentenceView, k: number, st: MatchState) {
  for (const [j, inf] of v.info) {
    if (j <= k) continue;
    let g = inf.governor; let guard = 0;
    while (g != null && guard++ < 4) {
      const gi = v.info.get(g)!;
      if (g === k && (inf.link === 'control' || inf.link === 'objcontrol' || (inf.link === 'gerund' && inf.gerundPrep !== 'of') || gi === undefined)) { st.consumed.add(j); break; }
      if (g === k) break;
      if (gi.link !== 'control' && gi.link !== 'objcontrol') break;
      if (gi.governor === k) { st.consumed.add(j); break; }
      g = gi.governor;
    }
  }
}

/** Sources and targets of a verb pattern at verb group k. */
function verbRoles(v: SentenceView, k: number, p: VerbPattern, after: number, limit: number, objChunk: number | null, iobj: ActorMention[] = []): Candidate | null {
  const inf = v.info.get(k)!;
  const place = !!p.place;
  let subj = phrasesActors(v, inf.subject);
  if (!subj.length && inf.appos) subj = phrasesActors(v, [inf.appos]);
  if (!subj.length) subj = speakerForPronoun(v, k);
  const g = v.chunks[k]!.vg!;
  let sources: ActorMention[]; let targets: ActorMention[] = [];
  const slots = p.target ?? (p.object ? ['with', 'to', 'against', 'on'] : ['dobj']);
  if (g.passive || (!p.particle && reducedPassive(v, k, slots))) {
    // "Y was visited by X": the by-agent is the source, the subject the target
    sources = prepActors(v, after, limit, ['by'], false);
    targets = p.object ? [] : subj.filter((a) => !a.locationOnly || place);
    // "a camp for Congolese refugees was attacked": the actor inside the subject's phrase
    if (!targets.length && !p.object && inf.subject.length) {
      const first = inf.subject[0]!.chunks[0]!;
      for (let j = first + 1; j < k && !targets.length; j++) if (v.chunks[j]!.type === 'NP') targets = actorsInChunk(v, j, { place }).slice(0, 1);
    }
    if (!targets.length || p.object) {
      const preps = slots.filter((s) => s !== 'dobj');
      targets = prepActors(v, after, limit, preps, place);
      // "evidence against Russia was presented by the US": the target sits in the subject
      if (!targets.length && p.object && inf.subject.length) targets = prepActors(v, inf.subject[0]!.chunks[0]!, k, preps, place);
      if (p.object && !targets.length && !sources.length) {
        // "talks were held between X and Y"
        sources = [];
      }
    }
    if (p.source === 'from') [sources, targets] = [targets, sources];
  } else {
    sources = subj;
    for (const s of slots) {
      let got: ActorMention[] = [];
      if (s === 'dobj') { if (objChunk == null) got = dobjActors(v, after, limit, place).actors; }
      else if (s === 'that') got = thatSubject(v, after);
      else got = prepActors(v, after, limit, [s], place);
      got = dropSame(got, sources);
      if (got.length) { targets = got; break; }
    }
    if (!targets.length && iobj.length) targets = dropSame(iobj, sources);
    if (p.source === 'from') {
      const from = prepActors(v, after, limit, ['from', 'by'], false);
      if (!from.length) return null;
      targets = sources; sources = from;
    }
    if (!targets.length && p.family) {
      // "threatened to attack Y", "offered help in managing Y's ...": the complement's object
      for (let j = after; j < Math.min(v.chunks.length, limit + 8); j++) {
        if (v.chunks[j]!.type === 'SUB' || (v.chunks[j]!.type === 'PUNCT' && norm(v, j) !== ',')) break;
        // ", the White House announced": an attribution is no complement
        if (v.chunks[j]!.type === 'PUNCT' && (v.chunks[j + 1]?.type === 'VG' || (v.chunks[j + 1]?.type === 'NP' && v.chunks[j + 2]?.type === 'VG'))) break;
        const a = dropSame(actorsInChunk(v, j, { place: true }), sources);
        if (a.length) {
          // "threatened to break off relations with Congo and Costa Rica": the whole list
          targets = v.chunks[j]!.type === 'NP' ? dropSame(phrasesActors(v, phrasesRight(v.chunks, v.tokens, j), { place: true }), sources) : [];
          if (!targets.length) targets = [a[0]!];
          break;
        }
      }
    }
  }
  if (!sources.length) {
    // "talks were held between X and Y", "X and Y met"
    if (p.mutual && targets.length >= 2) return { sources: targets, targets: [], code: p.code, rule: p.rule, mutual: true, alone: false, modality: 'asserted', trigger: [0, 0] };
    return null;
  }
  targets = dropSame(targets, sources);
  // "X and Y met", "X and Y signed an agreement": coded both ways
  const pairs = !targets.length && sources.length >= 2 && (!!p.mutual || slots.includes('with') || slots.includes('between'));
  if (!targets.length && !p.alone && !pairs) return null;
  return { sources, targets, code: p.code, rule: p.rule, mutual: !!p.mutual || pairs, alone: !!p.alone, modality: 'asserted', trigger: [0, 0] };
}

/** "Oman said it would...": an unresolved pronoun subject of reported speech is the speaker. */
function speakerForPronoun(v: SentenceView, k: number): ActorMention[] {
  if (!isPronounSubject(v, k)) return [];
  const sg = speechGovernor(v, k);
  if (sg == null) return [];
  const inf = v.info.get(sg)!;
  return phrasesActors(v, inf.subject);
}

function verbModality(v: SentenceView, k: number, sources: ActorMention[]): Modality {
  let m = governedModality(v, k);
  const sg = speechGovernor(v, k);
  if (sg != null) {
    const speaker = phrasesActors(v, v.info.get(sg)?.subject ?? []);
    // the speaker's own side (or a pronoun speaker we cannot resolve): the statement is the act itself
    const own = speaker.length > 0 ? sources.some((s) => speaker.some((p) => p.country === s.country)) : isPronounSubject(v, k) || isPronounSubject(v, sg);
    if (!own) m = stronger(m, 'reported');
    // "said it would not": the speaker's own refusal or plan keeps its modality
  }
  if (m === 'asserted' && (accordingTo(v) || (v.info.get(k)?.link === 'direct' && trailingAttribution(v, k)))) m = 'reported';
  return m;
}

function isPersonPronoun(v: SentenceView, k: number) {
  const ph = v.info.get(k)?.subject[0];
  if (!ph) return false;
  const t = v.tokens[v.chunks[ph.chunks[0]!]!.head]!;
  return t.norm === 'he' || t.norm === 'she';
}

function isPronounSubject(v: SentenceView, k: number) {
  const inf = v.info.get(k);
  const ph = inf?.subject[0];
  if (!ph) return false;
  return v.tokens[v.chunks[ph.chunks[0]!]!.head]!.pos === 'PRON';
}

/** "X was critical of Y": adjective patterns after the copula. */
function matchAdj(v: SentenceView, k: number, limit: number, at?: number): Candidate[] {
  for (let j = k + 1; j < Math.min(limit, k + 4); j++) {
    const c = v.chunks[j]!;
    if (c.type !== 'NP' && c.type !== 'ADJ' && c.type !== 'ADV' && at == null) break;
    for (let t = at ?? c.start; t < (at != null ? at + 1 : c.end); t++) {
      const list = v.pats.adjs.get(v.tokens[t]!.lemma) ?? v.pats.adjs.get(v.tokens[t]!.norm);
      if (!list) continue;
      for (const p of list) {
        const inf = v.info.get(at != null ? k + 1 : k)!;
        let sources = phrasesActors(v, inf.subject);
        if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
        if (!sources.length) continue;
        const targets = dropSame(prepActors(v, j + 1, limit, p.target ?? ['of'], false), sources);
        if (!targets.length) continue;
        return [{ sources, targets, code: p.code, rule: p.rule, mutual: false, alone: false, modality: verbModality(v, at != null ? k + 1 : k, sources), trigger: [t, t + 1] }];
      }
    }
  }
  return [];
}

/** Noun patterns on the noun phrase at chunk k. */
export function matchNouns(v: SentenceView, k: number, st: MatchState): Candidate[] {
  const c = v.chunks[k]!;
  const out: Candidate[] = [];
  for (let t = c.start; t < c.end; t++) {
    const tk = v.tokens[t]!;
    if (st.used.has(t) || v.actorAt.has(t)) continue;
    if (tk.pos !== 'NOUN' && tk.pos !== 'VERB' && tk.pos !== 'PROPN') continue;
    const list = v.pats.nouns.get(tk.lemma) ?? v.pats.nouns.get(tk.norm) ?? (tk.norm.endsWith('s') ? v.pats.nouns.get(tk.norm.slice(0, -1)) : undefined);
    if (!list) continue;
    // a noun modifying a later noun ("the peace talks", "arms sales") is read at the later noun
    if (t + 1 < c.end && (v.tokens[t + 1]!.pos === 'NOUN') && !v.actorAt.has(t + 1)) {
      const next = v.pats.nouns.get(v.tokens[t + 1]!.lemma);
      if (next) continue;
    }
    for (const p of list) {
      const cand = nounRoles(v, k, t, p, st);
      if (!cand) continue;
      out.push(cand);
      break;
    }
  }
  return out;
}

function nounRoles(v: SentenceView, k: number, t: number, p: NounPattern, st: MatchState): Candidate | null {
  const limit = clauseLimit(v, k);
  const limTok = limit < v.chunks.length ? v.chunks[limit]!.start : v.sent.tokenEnd;
  const win = windowText(v, v.chunks[k]!.start, limTok);
  if (p.requires && !hasWord(win, p.requires)) return null;
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
    let got = prepActors(v, k + 1, limit, [prep], place);
    if (!got.length && (prep === 'regarding' || prep === 'over' || prep === 'about' || prep === 'concerning')) got = actorsAfterPrep(v, k + 1, limit, prep);
    got = dropSame(got, sources);
    if (got.length) { targets = got; break; }
  }
  if (sources.length && !targets.length && between.length) targets = dropSame(between, sources);
  if (!sources.length && poss.length >= 2 && p.mutual) sources = poss;
  if (!sources.length && between.length >= 2 && p.mutual) sources = between;
  if (!sources.length && poss.length === 1 && !(p.source ?? ['poss']).includes('poss') && useOfAsTarget) targets = targets.length ? targets : poss;
  const govVG: number | null = governingVerb(v, k);
  // the complement of "offered", "threatened", "urged" is already in that verb's code
  if (govVG != null && (st.consumed.has(govVG) || st.family.has(govVG))) return null;
  if (!sources.length && govVG != null && dependsOn(v, k, govVG)) {
    // the subject of the verb the noun phrase depends on: "Russia launched an attack on Y"
    const inf = v.info.get(govVG)!;
    const g = v.chunks[govVG]!.vg!;
    if (!g.passive) { sources = phrasesActors(v, inf.subject); if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]); }
    else sources = prepActors(v, govVG + 1, clauseLimit(v, govVG), ['by'], false);
  }
  if (!sources.length && st.topic && targets.length && govVG == null) sources = [st.topic];
  if (!sources.length) return null;
  targets = dropSame(targets, sources);
  const mutualPairs = p.mutual && sources.length >= 2 && !targets.length;
  if (!targets.length && !mutualPairs && !p.alone) return null;
  let code = p.code;
  if (p.family) { const cc = complementCode(p.family, win, v.pats.complements); if (cc) code = cc; }
  code = refine(code, win, p.refine);
  // modality: a cue noun ("the cancellation of"), then the governing verb
  let m: Modality = nounCueModality(v, k) ?? 'asserted';
  let snub = false;
  if (govVG != null) {
    const g = v.chunks[govVG]!.vg!;
    let gm = governedModality(v, govVG);
    const cue = v.pats.cues.get(g.lemma)?.find((c) => c.pos === 'verb');
    if (cue?.effect === 'cancelled') gm = stronger(gm, 'cancelled');
    else if (cue?.effect === 'intended') gm = stronger(gm, 'intended');
    else if (cue?.effect === 'negated') gm = stronger(gm, 'negated');
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
    const pv = predicateOf(v, k);
    if (pv != null) {
      const g = v.chunks[pv]!.vg!;
      const cue = v.pats.cues.get(g.lemma)?.find((c) => c.pos === 'verb');
      if (cue?.effect === 'cancelled' || (g.lemma === 'call' && v.tokens[g.head + 1]?.norm === 'off')) m = stronger(m, 'cancelled');
      else if (cue?.effect === 'negated') m = stronger(m, 'negated');
      m = stronger(m, governedModality(v, pv));
    }
  }
  if (m === 'asserted' && accordingTo(v)) m = 'reported';
  return { sources, targets, code, rule: p.rule, mutual: !!p.mutual, alone: !!p.alone, modality: m, trigger: [t, t + 1], ...(snub && m === 'cancelled' ? { snub: true } : {}) };
}

/** The verb group whose subject is the noun phrase at chunk k, if any. */
function predicateOf(v: SentenceView, k: number): number | null {
  for (let j = k + 1; j < v.chunks.length && j < k + 12; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'VG') { const inf = v.info.get(j); return inf && inf.link === 'direct' && inf.subject.some((p) => p.chunks.includes(k)) ? j : null; }
    if (c.type === 'SUB' || (c.type === 'PUNCT' && norm(v, j) !== ',')) return null;
  }
  return null;
}

/** The first actor after a preposition anywhere up to the clause end ("regarding the way it was handled by Y"). */
function actorsAfterPrep(v: SentenceView, from: number, limit: number, prep: string): ActorMention[] {
  let j = from;
  for (; j < v.chunks.length && j < from + 12; j++) if (v.chunks[j]!.type === 'P' && norm(v, j) === prep) break;
  for (let m = j + 1; m < v.chunks.length && m < j + 14; m++) {
    if (v.chunks[m]!.type === 'PUNCT' && norm(v, m) !== ',') break;
    const a = actorsInChunk(v, m);
    if (a.length) return [a[0]!];
  }
  void limit;
  return [];
}

const PARTICLES = new Set(['off', 'out', 'up', 'down', 'back', 'away']);

/** The noun phrase at k is the verb's object ("launched an attack"), or a time phrase ("during a visit to X"). */
function dependsOn(v: SentenceView, k: number, vg: number): boolean {
  let j = k - 1;
  while (j > vg && (v.chunks[j]!.type === 'ADV' || v.chunks[j]!.type === 'ADJ' || (v.chunks[j]!.type === 'P' && j === vg + 1 && PARTICLES.has(norm(v, j))))) j--;
  if (j === vg) return true;
  if (v.chunks[j]!.type === 'P' && ['during', 'at', 'after', 'before', 'for', 'following', 'amid', 'since', 'in'].includes(norm(v, j))) return true;
  // "start weapons sales", "hold a round of talks"
  if (v.chunks[j]!.type === 'P' && norm(v, j) === 'of' && v.chunks[j - 1]?.type === 'NP' && j - 2 === vg) return true;
  return false;
}

/** The verb group a noun phrase at chunk k depends on: the nearest one to its left in the same clause. */
function governingVerb(v: SentenceView, k: number): number | null {
  for (let j = k - 1; j >= 0; j--) {
    const c = v.chunks[j]!;
    if (c.type === 'VG') return j;
    if (c.type === 'SUB') return null;
    if (c.type === 'PUNCT' && (norm(v, j) === ';' || norm(v, j) === ':')) return null;
  }
  return null;
}

export { phraseActor, type Phrase };
