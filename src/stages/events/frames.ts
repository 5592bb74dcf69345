// Frames: verbs that take another event as their content (say, demand, offer, refuse,
// threaten) — the complement folded into their code, refusals, conditional threats,
// accusations in reported speech, and the modality of a verb event.
import type { ActorMention, Modality } from '../../doc/types.ts';
import { isTimeNP, isTimeWord, phrasesRight } from '../../nlp/clause.ts';
import type { Chunk, VerbGroup } from '../../nlp/chunk.ts';
import { accordingTo, attributionAfter, governedModality, speechGovernor, stronger, vgModality } from './modality.ts';
import type { Family, VerbPattern } from './patterns.ts';
import { actorsInChunk, phrasesActors, windowText, type SentenceView } from './sentence.ts';
import type { Candidate, MatchState } from './candidate.ts';
import { norm, dropSame, complementCode, complementHeads, isPersonPronoun, isPronounSubject, prepActors, clauseLimit, dropMishapAgents, instrumentAgent } from './args.ts';

/**
 * The clause a speech verb at chunk k introduces ("said (on Monday) (that) Y must ...", "charged that Y shelled"):
 * j, the chunk of its subject noun phrase, and m, its first verb group (or null when there is none).
 */
function clauseAfterSpeech(v: SentenceView, k: number): { j: number; m: number } | null {
  let j = k + 1;
  while (v.chunks[j]?.type === 'ADV' || (v.chunks[j]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j]!)) || (v.chunks[j]?.type === 'P' && v.chunks[j + 1]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j + 1]!) && j++)) j++;
  if (v.chunks[j]?.type === 'SUB' && norm(v, j) === 'that') j++;
  if (v.chunks[j]?.type !== 'NP') return null;
  let m = j;
  while (m < v.chunks.length && v.chunks[m]!.type !== 'VG' && m < j + 8) m++;
  return { j, m };
}

const QUOTES = new Set(['"', '“', '”', "''", '``']);
/**
 * The quotation a speech verb at chunk k attributes when the quote comes first: '"Y must do Z," X said' /
 * '"Y must do Z," said X' — j, the chunk of the quoted clause's subject, and m, its first verb group.
 */
function quoteBeforeSpeech(v: SentenceView, k: number): { j: number; m: number } | null {
  let e = k - 1;
  if (v.chunks[e]?.type === 'NP') e--;
  if (!(v.chunks[e]?.type === 'PUNCT' && QUOTES.has(v.tokens[v.chunks[e]!.start]!.text))) return null;
  e--;
  if (!(v.chunks[e]?.type === 'PUNCT' && norm(v, e) === ',')) return null;
  if (!(v.chunks[0]?.type === 'PUNCT' && QUOTES.has(v.tokens[v.chunks[0]!.start]!.text)) || v.chunks[1]?.type !== 'NP') return null;
  let m = 1;
  while (m < e && v.chunks[m]!.type !== 'VG') m++;
  return m < e ? { j: 1, m } : null;
}

/** The demand (must, have to) or appeal (should) family of the clause verb at m, or null. */
function modalFamily(v: SentenceView, m: number): Family | null {
  const vg = v.chunks[m];
  if (!vg || vg.type !== 'VG') return null;
  const hasTo = v.tokens[vg.start]!.lemma === 'have' && v.chunks[m + 1]?.type === 'TO';
  const family: Family | null = vg.vg!.modal === 'must' || hasTo ? 'demand' : vg.vg!.modal === 'should' ? 'appeal' : null;
  return !family || (vg.vg!.negated && family === 'appeal') ? null : family;
}

/** '"Y must do Z," X said': the quoted clause is the content of the demand or appeal, no event of its own. */
export function consumeQuotedModals(v: SentenceView, st: MatchState) {
  if (!(v.chunks[0]?.type === 'PUNCT' && QUOTES.has(v.tokens[v.chunks[0]!.start]!.text))) return;
  for (let k = 2; k < v.chunks.length; k++) {
    const c = v.chunks[k]!;
    if (c.type !== 'VG' || !v.pats.cues.get(c.vg!.lemma)?.some((q) => q.effect === 'speech')) continue;
    const cl = quoteBeforeSpeech(v, k);
    if (!cl || !modalFamily(v, cl.m)) continue;
    st.consumed.add(cl.m);
    for (const [x, xi] of v.info) if (x > cl.m && x < k && xi.governor != null && st.consumed.has(xi.governor) && (xi.link === 'control' || xi.link === 'objcontrol' || xi.link === 'coord')) st.consumed.add(x);
  }
}

/**
 * "X said (that) Y must do Z" is X demanding Z of Y (10x); "... Y should do Z" is an appeal (02x); so is the quote
 * '"Y must do Z," X said'. The complement picks the sub-code; the embedded verb is folded in.
 */
export function matchSpeechModal(v: SentenceView, k: number, st: MatchState): Candidate[] {
  const after = clauseAfterSpeech(v, k);
  const cl = after && v.chunks[after.m]?.type === 'VG' ? after : quoteBeforeSpeech(v, k) ?? after;
  if (!cl) return [];
  const { j, m } = cl;
  const vg = v.chunks[m];
  if (!vg || vg.type !== 'VG') return [];
  const family = modalFamily(v, m);
  if (!family) return [];
  const inf = v.info.get(k)!;
  let sources = phrasesActors(v, inf.subject);
  if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
  // '"..." said the minister': the speaker after the verb
  if (!sources.length && m < k && v.chunks[k + 1]?.type === 'NP') sources = phrasesActors(v, [{ chunks: [k + 1] }]);
  const targets = dropSame(phrasesActors(v, v.info.get(m)?.subject ?? []), sources);
  if (!sources.length || !targets.length) return [];
  const win = windowText(v, vg.start, v.sent.tokenEnd);
  const code = complementCode(family, win, v.pats.complements, complementHeads(v, m)) ?? (family === 'demand' ? '100' : '020');
  st.consumed.add(m);
  for (const [x, xi] of v.info) if (x > m && xi.governor === m && (xi.link === 'control' || xi.link === 'coord')) st.consumed.add(x);
  const cue = v.pats.cues.get(v.chunks[k]!.vg!.lemma)?.find((c) => c.pos === 'verb');
  return [{ sources, targets, code, rule: cue?.rule ?? 'cues.v1:speech', mutual: false, alone: false, modality: vgModality(v, k) === 'negated' ? 'negated' : 'asserted', trigger: [vg.start, vg.end] }];
}

/** verbs that put out a statement ("issued a reminder", "sent a message") */
const ISSUE_VERBS = new Set(['issue', 'send', 'deliver', 'give', 'release', 'publish', 'make']);
/** nouns of a statement whose that-clause is its content */
const STATEMENT_NOUNS = new Set(['reminder', 'statement', 'message', 'note', 'letter', 'declaration', 'communique', 'notice', 'memorandum', 'resolution']);
/**
 * "X issued a stern reminder (Saturday) to Y that it must cooperate", "X sent a message to Y that it should talk": a
 * statement whose that-clause says what Y must (10x) or should (02x) do; the addressee, else the clause's subject, is
 * the target.
 */
export function matchStatementModal(v: SentenceView, k: number, st: MatchState): Candidate[] {
  if (!ISSUE_VERBS.has(v.chunks[k]!.vg!.lemma)) return [];
  let j = k + 1;
  while (v.chunks[j]?.type === 'ADV' || v.chunks[j]?.type === 'ADJ') j++;
  const obj = v.chunks[j];
  // (the noun, or a noun before a time word the chunk took in: "a stern reminder Saturday")
  let noun = -1;
  if (obj?.type === 'NP') for (let t = obj.start; t < obj.end; t++) if (STATEMENT_NOUNS.has(v.tokens[t]!.lemma) && (t === obj.head || isTimeWord(v.tokens[obj.head]!))) noun = t;
  if (noun < 0) return [];
  j++;
  let addressee: ActorMention[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const c = v.chunks[j];
    if (c?.type === 'NP' && isTimeNP(v.tokens, c)) { j++; continue; }
    if (c?.type === 'P' && v.chunks[j + 1]?.type === 'NP' && isTimeNP(v.tokens, v.chunks[j + 1]!)) { j += 2; continue; }
    if (c?.type === 'P' && norm(v, j) === 'to' && v.chunks[j + 1]?.type === 'NP') { addressee = phrasesActors(v, [{ chunks: [j + 1] }]); j += 2; continue; }
    break;
  }
  if (!(v.chunks[j]?.type === 'SUB' && norm(v, j) === 'that')) return [];
  let m = j + 1;
  while (m < v.chunks.length && v.chunks[m]!.type !== 'VG' && m < j + 8) m++;
  const vg = v.chunks[m];
  if (!vg || vg.type !== 'VG') return [];
  const hasTo = v.tokens[vg.start]!.lemma === 'have' && v.chunks[m + 1]?.type === 'TO';
  const family: Family | null = vg.vg!.modal === 'must' || hasTo ? 'demand' : vg.vg!.modal === 'should' ? 'appeal' : null;
  if (!family || (vg.vg!.negated && family === 'appeal')) return [];
  const inf = v.info.get(k)!;
  let sources = phrasesActors(v, inf.subject);
  if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
  const targets = dropSame(addressee.length ? addressee : phrasesActors(v, v.info.get(m)?.subject ?? []), sources);
  if (!sources.length || !targets.length) return [];
  const code = complementCode(family, windowText(v, vg.start, v.sent.tokenEnd), v.pats.complements, complementHeads(v, m)) ?? (family === 'demand' ? '100' : '020');
  st.consumed.add(m);
  for (const [x, xi] of v.info) if (x > m && xi.governor === m && (xi.link === 'control' || xi.link === 'coord')) st.consumed.add(x);
  st.used.add(noun);
  return [{ sources, targets, code, rule: `frames:statement:${family}`, mutual: false, alone: false, modality: vgModality(v, k) === 'negated' ? 'negated' : 'asserted', trigger: [noun, noun + 1] }];
}

export const DEMAND_NOUNS = new Set(['demand', 'call', 'appeal', 'request', 'insistence', 'ultimatum', 'plea']);
/**
 * "demanded that Israel ease restrictions", "its demand that Israel ease...": the that-clause is the
 * content of the demand, folded into its code; its verb is no event of its own.
 */
export function consumeThatClauses(v: SentenceView, st: MatchState) {
  for (let j = 1; j < v.chunks.length - 2; j++) {
    if (!(v.chunks[j]!.type === 'SUB' && norm(v, j) === 'that')) continue;
    let p = j - 1;
    const hasDemandNoun = (c: Chunk) => { for (let t = c.start; t < c.end; t++) if (DEMAND_NOUNS.has(v.tokens[t]!.lemma)) return true; return false; };
    while (p > 0 && (v.chunks[p]!.type === 'ADV' || (v.chunks[p]!.type === 'NP' && isTimeNP(v.tokens, v.chunks[p]!) && !hasDemandNoun(v.chunks[p]!)))) p--;
    const c = v.chunks[p]!;
    let demanding = false;
    if (c.type === 'VG') demanding = (v.pats.verbs.get(c.vg!.lemma) ?? []).some((x) => x.family === 'demand' || x.family === 'appeal');
    else if (c.type === 'NP') for (let t = c.start; t < c.end; t++) if (DEMAND_NOUNS.has(v.tokens[t]!.lemma)) demanding = true;
    if (!demanding) continue;
    for (let m = j + 1; m < v.chunks.length && m < j + 8; m++) if (v.chunks[m]!.type === 'VG') {
      st.consumed.add(m);
      // its infinitives, and the verbs coordinated with it ("demanded that Y stop X and withdraw its forces")
      for (const [x, xi] of v.info) if (x > m && xi.governor != null && st.consumed.has(xi.governor) && (xi.link === 'control' || xi.link === 'objcontrol' || xi.link === 'coord')) st.consumed.add(x);
      break;
    }
  }
}

/** nouns of pressure put on someone: the infinitive after them is what others want done */
const PRESSURE_NOUNS = new Set([...DEMAND_NOUNS, 'pressure']);
/**
 * "X faces pressure from Y to expel Z", "X rejected calls to resign": the infinitive after a demand noun is an
 * act asked of X, not one X did or means to do (the demand itself is the noun's event, when it names who asks).
 */
export function consumeDemandedInfinitives(v: SentenceView, st: MatchState) {
  for (const [k, inf] of v.info) {
    if ((inf.link !== 'control' && inf.link !== 'objcontrol') || v.chunks[k - 1]?.type !== 'TO') continue;
    let n = k - 2;
    // ("pressure from Congress to", "calls by the opposition to")
    if (v.chunks[n]?.type === 'NP' && v.chunks[n - 1]?.type === 'P' && ['from', 'by'].includes(norm(v, n - 1)) && v.chunks[n - 2]?.type === 'NP') n -= 2;
    const c = v.chunks[n];
    if (c?.type !== 'NP' || !PRESSURE_NOUNS.has(v.tokens[c.head]!.lemma)) continue;
    st.consumed.add(k);
  }
}

/** An intended conflictual act made to depend on the other side: "... unless Y ...", "... if Y ...". */
export function conditional(v: SentenceView, k: number, code: string): boolean {
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

/**
 * "X threatened to halt talks if Y refuses", "X will boycott the vote unless Y resigns": the subject of the
 * if/unless clause after verb group k — the side the threat is made to — or none.
 */
export function conditionSubject(v: SentenceView, k: number, sources: ActorMention[]): ActorMention[] {
  const sub = subClauseAfter(v, k, (s) => s === 'if' || s === 'unless');
  return sub == null ? [] : dropSame(phrasesActors(v, v.info.get(sub)!.subject), sources);
}

/**
 * The first verb group after k that opens a subordinate clause `which` accepts, in the same sentence part: a
 * semicolon, a colon or a new main clause ("..., and Y said ...") ends the search.
 */
function subClauseAfter(v: SentenceView, k: number, which: (sub: string) => boolean): number | null {
  for (let j = k + 1; j < v.chunks.length; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'PUNCT' && (norm(v, j) === ';' || norm(v, j) === ':')) return null;
    if (c.type !== 'VG') continue;
    const inf = v.info.get(j);
    if (inf?.link === 'direct' && !inf.sub && inf.subject.length) return null;
    if (inf?.sub && which(inf.sub)) return j;
  }
  return null;
}

/** subordinators of a clause that tells what an act answers ("after Y fired shells", "as Y's troops massed") */
const REACTION_SUBS = new Set(['after', 'as', 'when', 'once']);
/**
 * The party a show of force (15x) at verb group k answers: the subject of a following "after / as / when" clause of
 * the same sentence ("put its army on alert after Y's warplanes entered its airspace"), when it is another country
 * (not a place), else none.
 */
export function provokerSubject(v: SentenceView, k: number, sources: ActorMention[]): ActorMention[] {
  const sub = subClauseAfter(v, k, (s) => REACTION_SUBS.has(s));
  return sub == null ? [] : phrasesActors(v, v.info.get(sub)!.subject).filter((a) => !a.locationOnly && a.country !== 'IGO' && !sources.some((s) => s.country === a.country));
}

/** nouns of an adverbial "in ... of/at/to" phrase that names whom a protest is aimed at ("in defiance of X") */
const PROTEST_NOUNS = new Set(['demonstration', 'demonstrations', 'protest', 'protests', 'rally', 'rallies', 'march', 'marches', 'riot', 'riots', 'strike']);
const AIM_NOUNS = new Set(['defiance', 'protest', 'opposition', 'response', 'retaliation', 'reaction']);
/**
 * Whom a protest (14x) at verb group k is aimed at, when its own object is a place at home ("blocked roads in Baghdad"):
 * an "in defiance of X" / "in protest at X" phrase, else the foreign party its purpose clause names ("... to show
 * their disapproval of X's policies", "... to protest against X's decision").
 */
export function protestAim(v: SentenceView, k: number, sources: ActorMention[]): ActorMention[] {
  const foreign = (a: ActorMention[]) => a.filter((t) => !t.locationOnly && !sources.some((s) => s.country === t.country));
  for (let j = k + 1; j < v.chunks.length && j < k + 14; j++) {
    const c = v.chunks[j]!;
    if (c.type === 'SUB' || (c.type === 'PUNCT' && norm(v, j) !== ',')) break;
    if (c.type === 'P' && norm(v, j) === 'in' && v.chunks[j + 1]?.type === 'NP' && AIM_NOUNS.has(v.tokens[v.chunks[j + 1]!.head]!.lemma)
      && v.chunks[j + 2]?.type === 'P' && v.chunks[j + 3]?.type === 'NP') {
      const a = foreign(phrasesActors(v, phrasesRight(v.chunks, v.tokens, j + 3)));
      if (a.length) return a;
    }
    // "threw stones during demonstrations against abuses by X": the protest the act is part of
    if (c.type === 'P' && ['during', 'in', 'at', 'amid'].includes(norm(v, j)) && v.chunks[j + 1]?.type === 'NP' && PROTEST_NOUNS.has(v.tokens[v.chunks[j + 1]!.head]!.lemma)) {
      const a = foreign(prepActors(v, j + 2, Math.min(v.chunks.length, j + 8), ['against'], false));
      if (a.length) return a;
    }
  }
  for (const [j, inf] of v.info) {
    // ("blocked the bridge to protest": read as object control too)
    if (j <= k || inf.governor !== k || (inf.link !== 'control' && inf.link !== 'objcontrol') || v.chunks[j - 1]?.type !== 'TO') continue;
    let lim = j + 1;
    while (lim < v.chunks.length && lim < j + 12 && v.chunks[lim]!.type !== 'SUB' && v.chunks[lim]!.type !== 'VG' && !(v.chunks[lim]!.type === 'PUNCT' && norm(v, lim) !== ',')) lim++;
    for (let m = j + 1; m < lim; m++) {
      const a = foreign(actorsInChunk(v, m));
      if (a.length) return v.chunks[m]!.type === 'NP' ? foreign(phrasesActors(v, phrasesRight(v.chunks, v.tokens, m))) : a;
    }
    break;
  }
  return [];
}

/** Roots whose verbs take the event they ask, offer, refuse, threaten or force as their complement. */
export const FRAME_ROOTS = new Set(['02', '03', '10', '12', '13', '17']);

/**
 * "The US said that Iraq had attacked": even with no target named, the speaker accuses the
 * subject of a violent act (112), asserted.
 */
export function speechAccusation(v: SentenceView, k: number, p: VerbPattern, st: MatchState): Candidate | null {
  if (p.code.slice(0, 2) < '13' || p.code.slice(0, 2) === '16') return null;
  const sg = speechGovernor(v, k);
  // (an accusing verb that made its own accusation: "charged that Y attacked")
  if (sg == null || st.accusations?.has(sg)) return null;
  let speaker = phrasesActors(v, v.info.get(sg)?.subject ?? []);
  if (!speaker.length && isPersonPronoun(v, sg) && st.person) speaker = [st.person];
  let subj: ActorMention[];
  if (v.chunks[k]!.vg!.passive) {
    // "Israel said a mortar bomb was fired at it from Gaza": the agent of a passive violent act — its by-agent, the
    // nationality on its weapon, or for an attack the place it came from
    const lim = clauseLimit(v, k);
    subj = dropMishapAgents(v, prepActors(v, k + 1, lim, ['by'], false));
    if (!subj.length && p.code.slice(0, 2) >= '18') subj = instrumentAgent(v, k + 1, lim);
    if (!subj.length && p.code.slice(0, 2) >= '18') subj = prepActors(v, k + 1, lim, ['from'], true);
  } else subj = phrasesActors(v, v.info.get(k)?.subject ?? []);
  if (!speaker.length || !subj.length) return null;
  const accused = subj.filter((s) => !speaker.some((x) => x.country === s.country));
  if (!accused.length) return null;
  const g = v.chunks[k]!.vg!;
  return { sources: speaker, targets: accused, code: '112', rule: v.pats.cues.get(v.chunks[sg]!.vg!.lemma)?.find((c) => c.effect === 'speech')?.rule ?? 'cues.v1:speech', mutual: false, alone: false, modality: 'asserted', trigger: [g.head, g.head + 1] };
}

/** "will not" / "would not" (not "would not have"): a stated refusal. */
export function refusal(v: SentenceView, k: number): boolean {
  // "will not", or a reported "would not" ("said it would not"); a writer's own "would not" is a forecast
  const said = speechGovernor(v, k) != null;
  const refuses = (g: VerbGroup) => g.negated && !g.perfect && (g.modal === 'will' || (g.modal === 'would' && said));
  if (refuses(v.chunks[k]!.vg!)) return true;
  const inf = v.info.get(k);
  if (inf?.governor != null && (inf.link === 'control' || inf.link === 'coord')) return refuses(v.chunks[inf.governor]!.vg!);
  return false;
}

/** nouns of a refusal: the infinitive after them is the act refused ("Chile's refusal to negotiate with Peru") */
const REFUSAL_NOUNS = new Set(['refusal']);
/** Verb group k is the infinitive of a refusal noun ("X's refusal to negotiate", "the refusal of X to pay"). */
export function refusedByNoun(v: SentenceView, k: number): boolean {
  if (v.chunks[k - 1]?.type !== 'TO') return false;
  let n = k - 2;
  // ("the refusal of the government to")
  if (v.chunks[n]?.type === 'NP' && v.chunks[n - 1]?.type === 'P' && norm(v, n - 1) === 'of' && v.chunks[n - 2]?.type === 'NP') n -= 2;
  const c = v.chunks[n];
  return c?.type === 'NP' && REFUSAL_NOUNS.has(v.tokens[c.head]!.lemma);
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

export function consumeComplements(v: SentenceView, k: number, st: MatchState) {
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

const FIRST_PERSON = new Set(['we', 'i']);
/** "“We will not negotiate,” the minister said" / "…, said the minister": a first-person subject is the quoted speaker. */
function firstPersonSpeaker(v: SentenceView, k: number): ActorMention[] {
  const ph = v.info.get(k)?.subject[0];
  if (!ph || !FIRST_PERSON.has(v.tokens[v.chunks[ph.chunks[0]!]!.head]!.norm)) return [];
  for (let j = k + 1; j < v.chunks.length; j++) {
    const c = v.chunks[j]!;
    if (c.type !== 'VG') continue;
    if (v.pats.cues.get(c.vg!.lemma)?.some((q) => q.effect === 'speech')) {
      const before = v.chunks[j - 1], after = v.chunks[j + 1];
      // the attribution sits after the quote's closing comma
      if (!v.chunks.slice(k, j).some((x) => x.type === 'PUNCT' && norm(v, v.chunks.indexOf(x)) === ',')) return [];
      if (before?.type === 'NP') { const a = phrasesActors(v, [{ chunks: [j - 1] }], { place: false }); if (a.length) return a; }
      if (after?.type === 'NP') return phrasesActors(v, [{ chunks: [j + 1] }], { place: false });
      return [];
    }
  }
  return [];
}

const POSSESSIVE_DET = new Set(['its', 'their', 'our', 'his', 'her']);
/** The subject is "its/their/our ..." ("their forces had withdrawn") and names no actor of its own. */
function possessiveSubject(v: SentenceView, k: number): boolean {
  const ph = v.info.get(k)?.subject[0];
  if (!ph) return false;
  const c = v.chunks[ph.chunks[0]!]!;
  return POSSESSIVE_DET.has(v.tokens[c.start]!.norm) && c.head > c.start && !phrasesActors(v, [ph]).length;
}
/** "Oman said it would...", "X said their forces had withdrawn": an unresolved pronoun subject (or one led by an
 * unresolved possessive) of reported speech is the speaker, or the speaker's side. */
export function speakerForPronoun(v: SentenceView, k: number): ActorMention[] {
  if (!isPronounSubject(v, k) && !possessiveSubject(v, k)) return [];
  const sg = speechGovernor(v, k);
  if (sg == null) return firstPersonSpeaker(v, k);
  const inf = v.info.get(sg)!;
  return phrasesActors(v, inf.subject);
}

/** "... if the US visited Taiwan", "unless Y withdraws": verb group k sits in a condition (through its governors). */
export function inCondition(v: SentenceView, k: number): boolean {
  let inf = v.info.get(k); let guard = 0;
  while (inf && guard++ < 6) {
    if (inf.sub && CONDITION.has(inf.sub)) return true;
    if (inf.governor == null || (inf.link !== 'coord' && inf.link !== 'control' && inf.link !== 'objcontrol')) return false;
    inf = v.info.get(inf.governor);
  }
  return false;
}
const CONDITION = new Set(['if', 'unless', 'whether']);

/** nouns whose that-clause is someone's claim, not the writer's fact ("allegations that X backed Y") */
const REPORT_NOUNS = new Set(['allegation', 'accusation', 'claim', 'report', 'charge', 'suggestion', 'assertion', 'rumour', 'rumor', 'speculation', 'suspicion', 'belief', 'impression',
  'admission', 'acknowledgement', 'acknowledgment', 'confession', 'denial', 'assurance']);
/** "allegations that X backed Y", "fears that X would attack": the modality a noun gives its that-clause. */
export function nounClauseModality(v: SentenceView, k: number): Modality | null {
  let inf = v.info.get(k); let guard = 0;
  while (inf && (inf.link === 'coord' || inf.link === 'control') && inf.governor != null && guard++ < 6) inf = v.info.get(inf.governor);
  if (!inf || inf.sub !== 'that' || !inf.subject.length) return null;
  let j = inf.subject[0]!.chunks[0]! - 1;
  while (j > 0 && v.chunks[j]!.type === 'ADV') j--;
  if (v.chunks[j]?.type !== 'SUB') return null;
  let c = v.chunks[j - 1];
  // "an admission by Moscow that ...": past the noun's own "by/from/of" phrase
  if (c?.type === 'NP' && v.chunks[j - 2]?.type === 'P' && ['by', 'from', 'of'].includes(norm(v, j - 2)) && v.chunks[j - 3]?.type === 'NP'
    && !REPORT_NOUNS.has(v.tokens[c.head]!.lemma)) c = v.chunks[j - 3];
  if (c?.type !== 'NP') return null;
  const h = v.tokens[c.head]!;
  if (REPORT_NOUNS.has(h.lemma) || REPORT_NOUNS.has(h.norm.replace(/s$/, ''))) return 'reported';
  const cue = v.pats.cues.get(h.lemma)?.find((q) => q.pos === 'noun');
  return cue?.effect === 'hypothetical' ? 'hypothetical' : null;
}

/** verbs of saying that deny their that-clause */
const DENIAL = new Set(['deny', 'refute', 'dispute', 'dismiss']);

/** Roots of verbal acts (CAMEO quad classes 1 and 3 without meetings and protests): said, the act is done. */
const VERBAL_ROOT = /^(0[1235]|1[0-3])/;

export function verbModality(v: SentenceView, k: number, sources: ActorMention[], code?: string): Modality {
  let m = governedModality(v, k);
  if (negativeObject(v, k)) m = stronger(m, 'negated');
  if (inCondition(v, k)) m = stronger(m, 'hypothetical');
  const nm = nounClauseModality(v, k);
  if (nm) m = stronger(m, nm);
  const sg = speechGovernor(v, k);
  if (sg != null) {
    const speaker = phrasesActors(v, v.info.get(sg)?.subject ?? []);
    // the speaker's own side (or a pronoun speaker we cannot resolve): the statement is the act itself
    const own = speaker.length > 0 ? sources.some((s) => speaker.some((p) => p.country === s.country)) : isPronounSubject(v, k) || isPronounSubject(v, sg);
    if (!own) m = stronger(m, 'reported');
    // "said it would not": the speaker's own refusal or plan keeps its modality
    // "Iran denied that it had supplied drones": what a denial is about is not asserted
    if (DENIAL.has(v.chunks[sg]!.vg!.lemma)) m = stronger(m, 'negated');
  }
  if (m === 'asserted' && accordingTo(v)) m = 'reported';
  else if (m === 'asserted' && v.info.get(k)?.link === 'direct') {
    const at = attributionAfter(v, k);
    // "..., officials said": what a third party reports is reported; a statement, appeal, promise or criticism
    // that the actor's own side (or an unnamed spokesman) relays is the act itself ("Peru asked Chile for
    // planes, officials in Lima said")
    if (at != null) {
      const speaker = phrasesActors(v, v.info.get(at)?.subject ?? []).filter((a) => !a.locationOnly);
      const own = !speaker.length || speaker.every((p) => sources.some((s) => s.country === p.country));
      if (!(code && VERBAL_ROOT.test(code) && own)) m = 'reported';
    }
  }
  return m;
}

/** quantity words after "no" that leave the act done ("expelled no fewer than ten diplomats") */
const NO_COMPARATIVE = new Set(['fewer', 'less', 'more', 'longer', 'later', 'sooner']);
/**
 * "X expelled no one", "arrested nobody", "sent no troops", "detained none of the suspects": an object that is
 * nothing — the act did not happen.
 */
export function negativeObject(v: SentenceView, k: number): boolean {
  const g = v.chunks[k]!;
  if (g.vg?.passive) return false;
  let j = k + 1;
  while (v.chunks[j]?.type === 'ADV' && norm(v, j) !== 'none') j++;
  const c = v.chunks[j];
  if (!c || (c.type !== 'NP' && c.type !== 'ADV' && c.type !== 'O' && c.type !== 'ADJ')) return false;
  const w = v.tokens[c.start]!.norm, n = v.tokens[c.start + 1];
  if (w === 'nobody' || w === 'none' || w === 'nothing') return true;
  // ("no-fly zone": a hyphenated compound is a thing, not a negation)
  return w === 'no' && !!n && n.start > v.tokens[c.start]!.end && !NO_COMPARATIVE.has(n.norm) && n.text !== '-' && (c.end > c.start + 1 || v.chunks[j + 1]?.type === 'NP');
}

/** verbs whose subject undergoes the pressure or demands that are their object ("faces pressure", "came under pressure") */
const UNDERGO = new Set(['face', 'feel', 'come', 'be', 'remain']);
/** nouns of pressure put on the subject: demands (10x) or appeals (02x) by the "from" side */
const PRESSED: Record<string, Family> = { pressure: 'demand', demand: 'demand', ultimatum: 'demand', call: 'appeal', appeal: 'appeal', request: 'appeal', plea: 'appeal' };
/**
 * "X faces pressure from Y to release Z", "X came under pressure from Y to ...", "X faced demands from Y that ...": Y
 * demands (10x) or asks (02x) of X, coded by what is asked; the infinitive is no act of X's.
 */
export function matchPressure(v: SentenceView, k: number, st: MatchState): Candidate[] {
  const g = v.chunks[k]!.vg!;
  if (!UNDERGO.has(g.lemma)) return [];
  let j = k + 1;
  while (v.chunks[j]?.type === 'ADV') j++;
  const under = v.chunks[j]?.type === 'P' && norm(v, j) === 'under';
  if (under) j++;
  else if (g.lemma !== 'face' && g.lemma !== 'feel') return [];
  const np = v.chunks[j];
  if (np?.type !== 'NP') return [];
  const noun = np.head;
  const family = PRESSED[v.tokens[noun]!.lemma] ?? PRESSED[v.tokens[noun]!.norm.replace(/s$/, '')];
  if (!family) return [];
  if (!(v.chunks[j + 1]?.type === 'P' && ['from', 'by'].includes(norm(v, j + 1)) && v.chunks[j + 2]?.type === 'NP')) return [];
  const inf = v.info.get(k)!;
  let pressed = phrasesActors(v, inf.subject);
  if (!pressed.length && inf.appos) pressed = phrasesActors(v, [inf.appos]);
  const sources = phrasesActors(v, phrasesRight(v.chunks, v.tokens, j + 2));
  const targets = dropSame(pressed, sources);
  if (!sources.length || !targets.length) return [];
  const code = complementCode(family, windowText(v, v.chunks[j + 2]!.end, v.sent.tokenEnd), v.pats.complements, complementHeads(v, j + 3)) ?? (family === 'demand' ? '100' : '020');
  st.used.add(noun);
  // the act asked ("to cut ties with Z", "that it cut ties"): folded into the code, and its coordinated verbs
  for (let m = j + 2; m < v.chunks.length && m < j + 12; m++) {
    const c = v.chunks[m]!;
    if (c.type === 'PUNCT' && norm(v, m) !== ',') break;
    if (c.type !== 'VG') continue;
    if (v.chunks[m - 1]?.type === 'TO' || v.info.get(m)?.sub === 'that') {
      st.consumed.add(m);
      for (const [x, xi] of v.info) if (x > m && xi.governor != null && st.consumed.has(xi.governor) && (xi.link === 'control' || xi.link === 'objcontrol' || xi.link === 'coord')) st.consumed.add(x);
    }
    break;
  }
  return [{ sources, targets, code, rule: `frames:pressure:${family}`, mutual: false, alone: false, modality: vgModality(v, k) === 'negated' ? 'negated' : 'asserted', trigger: [noun, noun + 1] }];
}

/** verbs of failing an attempt ("failed to reach", "could not reach" is a plain negation) */
const FAIL = new Set(['fail']);
/**
 * "X and Y failed to reach agreement", "X failed to agree with Y on ...": an agreement (03x, 04x talks, 057) that the
 * parties tried for and did not reach — CAMEO codes failed negotiations as 164 (halt negotiations).
 */
export function failedAgreement(v: SentenceView, k: number, code: string): boolean {
  if (!/^(03|04|057)/.test(code)) return false;
  const inf = v.info.get(k);
  if (inf?.link !== 'control' || inf.governor == null || v.chunks[k - 1]?.type !== 'TO') return false;
  const g = v.chunks[inf.governor]!.vg!;
  return FAIL.has(g.lemma) && !g.negated;
}

/** verbs of a fight both sides take part in */
export const RECIPROCAL = new Set(['clash', 'scuffle', 'skirmish', 'brawl', 'tussle']);
/**
 * The other side's part in a clash coded one way: forces repressing protesters (175) meet protesters rioting against
 * them (145), and the other way round; a plain fight (19x) is already coded both ways.
 */
export function clashReverse(code: string): string | null {
  if (code.startsWith('175')) return '145';
  if (code.startsWith('145')) return '175';
  return null;
}

/** verbs and nouns of trying an act ("tried to", "attempted to", "an attempt to", "a bid to") */
const ATTEMPT_VERBS = new Set(['try', 'attempt']);
const ATTEMPT_NOUNS = new Set(['attempt', 'bid']);
/** verbs of killing one person, whose attempt CAMEO codes as an attempted assassination (185) */
const KILL_VERBS = new Set(['kill', 'murder', 'assassinate', 'slay', 'shoot', 'gun', 'poison', 'stab']);
/**
 * "X tried to assassinate Y", "X attempted to kill the president of Y", "X's attempt to murder Y": an attempt at a
 * violent act is itself an act done, where CAMEO has a code for the attempt — an attempted assassination (185) for the
 * killing of one person (a named person or a single office holder); otherwise null (the act stays intended).
 */
export function attemptedCode(v: SentenceView, k: number, code: string, targets: ActorMention[]): string | null {
  if (v.chunks[k - 1]?.type !== 'TO') return null;
  const inf = v.info.get(k);
  let tried = false;
  if (inf?.governor != null && inf.link === 'control') {
    const g = v.chunks[inf.governor]!.vg!;
    tried = ATTEMPT_VERBS.has(g.lemma) && !g.negated;
  }
  if (!tried) {
    // "an attempt (by X) to kill Y"
    let n = k - 2;
    if (v.chunks[n]?.type === 'NP' && v.chunks[n - 1]?.type === 'P' && ['by', 'of'].includes(norm(v, n - 1)) && v.chunks[n - 2]?.type === 'NP') n -= 2;
    const c = v.chunks[n];
    tried = c?.type === 'NP' && ATTEMPT_NOUNS.has(v.tokens[c.head]!.lemma);
  }
  if (!tried) return null;
  if (code === '186' || code === '185') return '185';
  const lemma = v.chunks[k]!.vg!.lemma;
  if (!KILL_VERBS.has(lemma) || !/^(18|19|20)/.test(code) || !targets.length) return null;
  // one person: a named person, or an office holder named in the singular ("the Egyptian president")
  const one = targets.every((t) => t.kind === 'person' || (t.kind === 'role' && !/s$/.test(v.tokens[t.tokenEnd - 1]!.norm)));
  return one ? '185' : null;
}

/** speech verbs that accuse when their clause names another side's deed ("charged that", "alleged that", "claimed that") */
const ACCUSING = new Set(['charge', 'allege', 'claim']);
/** "claimed that Y ...": a claim accuses only when its clause tells of a hostile act or of aid given (07, 09-20) */
function accusable(v: SentenceView, m: number): boolean {
  const rows = v.pats.verbs.get(v.chunks[m]!.vg!.lemma) ?? [];
  return rows.some((r) => r.code.slice(0, 2) >= '09' || r.code.startsWith('07'));
}
/**
 * "X charged that Y had shelled the town", "X alleged (that) Y armed the rebels", "X claimed that Y supplied weapons to
 * Z": the speaker accuses the clause's subject (112, or the accusation's sub-code by the deed), asserted, as "X accused Y
 * of ..." is coded; the deed itself stays Y's reported event. Not when the clause's subject is the speaker's own side.
 */
export function matchAccusingSpeech(v: SentenceView, k: number, st: MatchState): Candidate[] {
  const g = v.chunks[k]!.vg!;
  if (!ACCUSING.has(g.lemma) || g.passive) return [];
  const cl = clauseAfterSpeech(v, k);
  if (!cl) return [];
  const { j, m } = cl;
  const mi = v.info.get(m);
  if (!mi || mi.subject[0]?.chunks[0] !== j) return [];
  if (g.lemma === 'claim' && !accusable(v, m)) return [];
  const inf = v.info.get(k)!;
  let sources = phrasesActors(v, inf.subject);
  if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
  if (!sources.length) sources = speakerForPronoun(v, k);
  const accused = dropSame(phrasesActors(v, mi.subject), sources).filter((a) => !a.locationOnly && !sources.some((s) => s.country === a.country));
  if (!sources.length || !accused.length) return [];
  const code = complementCode('accuse', windowText(v, v.chunks[m]!.start, v.sent.tokenEnd), v.pats.complements, complementHeads(v, m)) ?? '112';
  (st.accusations ??= new Set()).add(k);
  const cue = v.pats.cues.get(g.lemma)?.find((c) => c.effect === 'speech');
  return [{ sources, targets: accused, code, rule: cue?.rule ?? `frames:accusing:${g.lemma}`, mutual: false, alone: false, modality: vgModality(v, k) === 'negated' ? 'negated' : 'asserted', trigger: [g.head, g.head + 1] }];
}
