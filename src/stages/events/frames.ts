// Frames: verbs that take another event as their content (say, demand, offer, refuse,
// threaten) — the complement folded into their code, refusals, conditional threats,
// accusations in reported speech, and the modality of a verb event.
import type { ActorMention, Modality } from '../../doc/types.ts';
import { isTimeNP, isTimeWord, phrasesRight } from '../../nlp/clause.ts';
import type { Chunk, VerbGroup } from '../../nlp/chunk.ts';
import { accordingTo, attributionAfter, governedModality, intentionOf, speechGovernor, stronger, vgModality } from './modality.ts';
import type { Family, VerbPattern } from './patterns.ts';
import { actorsInChunk, hasWord, phrasesActors, windowText, type SentenceView } from './sentence.ts';
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
  const { m } = cl;
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
  // "will not", "will no longer", "is not going to", or a reported "would not" ("said it would not", "..., officials
  // said"); a writer's own "would not" is a forecast
  let said: boolean | null = null;
  const reported = () => (said ??= speechGovernor(v, k) != null || attributionAfter(v, k) != null || firstPersonSpeaker(v, k).length > 0);
  const refuses = (g: VerbGroup, j: number) => g.negated && !g.perfect && (g.modal === 'will' || goingTo(v, j) || (g.modal === 'would' && reported()));
  // ("will not rule out military action", "would not reject talks": refusing to refuse is no refusal; the act stays negated)
  if (NOT_REFUSED.has(v.chunks[k]!.vg!.lemma)) return false;
  if (refuses(v.chunks[k]!.vg!, k)) return true;
  const inf = v.info.get(k);
  // "pledged not to attack Y", "vowed never to use force": the promise verb's row coded the act as a threat (13x); a
  // promise not to do it is a promise to refrain (`rejectCode`: 138 → 0356). (A promise not to do a cooperative act
  // stays negated.)
  if (PROMISE.has(v.chunks[k]!.vg!.lemma) && notAfterHead(v, k) && conflictualInfinitive(v, k)) return true;
  if (inf?.governor != null && (inf.link === 'control' || inf.link === 'coord')) return refuses(v.chunks[inf.governor]!.vg!, inf.governor) || (inf.link === 'control' && choseNot(v, inf.governor));
  // "has no intention of meeting Y": the subject's own denied intention
  return intentionOf(v, k) === 'negated';
}

/** verbs of choosing whose own "not" refuses their infinitive ("decided not to join", "chose not to attend") */
const CHOICE = new Set(['decide', 'choose', 'opt', 'resolve', 'elect']);
/** "decided not to", "chose never to": the negation follows the choice verb (not "did not decide to"). */
function choseNot(v: SentenceView, j: number): boolean {
  return CHOICE.has(v.chunks[j]!.vg!.lemma) && notAfterHead(v, j);
}
/** Verb group j ends in its own "not"/"never" before an infinitive ("pledged not to", "decided never to"). */
function notAfterHead(v: SentenceView, j: number): boolean {
  const c = v.chunks[j]!;
  if (v.chunks[j + 1]?.type !== 'TO') return false;
  const n = v.tokens[c.head + 1];
  return c.head + 1 < c.end && !!n && (n.norm === 'not' || n.norm === 'never');
}
/** verbs of promising whose rows code the act they govern ("vowed to attack Y" is a threat, 138) */
const PROMISE = new Set(['vow', 'pledge', 'promise', 'swear']);
/** The infinitive verb group k governs is an act whose plain patterns are all conflictual (roots 14-20). */
function conflictualInfinitive(v: SentenceView, k: number): boolean {
  const j = k + 2;
  if (v.chunks[j]?.type !== 'VG' || v.info.get(j)?.governor !== k) return false;
  const rows = v.pats.verbs.get(v.chunks[j]!.vg!.lemma)?.filter((r) => !r.object && !r.particle);
  return !!rows?.length && rows.every((r) => r.code.slice(0, 2) >= '14');
}

/** verbs of refusing, whose own negation is no refusal */
const NOT_REFUSED = new Set(['rule', 'reject', 'refuse', 'decline', 'dismiss', 'exclude', 'spurn', 'rebuff', 'oppose']);
/** "is (not) going to ...": verb group j is "going" before an infinitive — a future of the subject's own. */
const goingTo = (v: SentenceView, j: number): boolean => {
  const c = v.chunks[j]!;
  return v.tokens[c.head]!.norm === 'going' && c.head > c.start && v.chunks[j + 1]?.type === 'TO';
};

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

/**
 * The rejection (12x) that refusing a cooperative act picks, by the act's code, most specific prefix first: refused
 * reform (083x, 034x) is 123x, a refused concession (08x, 035x) 124x, a refused meeting 125, refused mediation 126, a
 * refused agreement or settlement 127, refused material cooperation or aid 121x.
 */
const REJECT_BY_CODE: Record<string, string> = {
  // intentions (03): the act intended, refused
  '031': '121', '0311': '1211', '0312': '1212', '0313': '1213', '033': '121', '0331': '1211', '0332': '1212', '0333': '1223', '0334': '1224',
  '034': '123', '0341': '1231', '0342': '1232', '0343': '1233', '0344': '1234',
  '035': '124', '0351': '1241', '0352': '1242', '0353': '1243', '0354': '1244', '0355': '1245', '0356': '1246',
  '036': '125', '037': '127', '038': '126', '039': '120',
  // diplomatic cooperation (05): signing an agreement refused is an agreement rejected
  '057': '127',
  // material cooperation (06) and aid (07)
  '061': '1211', '062': '1212', '063': '1213', '071': '1211', '072': '1212', '073': '1223', '074': '1224', '075': '1223',
  // yielding (08)
  '081': '1241', '082': '1242', '083': '123', '0831': '1231', '0832': '1232', '0833': '1233', '0834': '1234',
  '084': '1243', '085': '1244', '086': '1245', '087': '1246',
};
const REJECT_BY_ROOT: Record<string, string> = { '01': '011', '02': '120', '03': '120', '04': '125', '05': '120', '06': '121', '07': '121', '08': '124', '09': '120' };
/**
 * What a stated future refusal to do a conflictual act ("will not attack Y", "will not impose sanctions on Y") promises:
 * the intention to refrain (03x, asserted) — to de-escalate (0356), ease sanctions (0354), keep talking (036).
 */
const REFRAIN_BY_CODE: Record<string, string> = {
  '161': '032', '162': '033', '163': '0354', '164': '036', '165': '039', '166': '0355',
  '172': '0351', '173': '0352', '175': '0352',
  // a threat one will not make, or the threatened act one promises not to do ("pledged not to attack")
  '1311': '033', '1312': '0354', '1313': '032', '132': '0351', '134': '036', '135': '039', '136': '0355', '137': '0352', '138': '0356',
};
const REFRAIN_BY_ROOT: Record<string, string> = { '10': '030', '11': '030', '12': '030', '13': '030', '14': '030', '15': '0356', '16': '030', '17': '035', '18': '0356', '19': '0356', '20': '0356' };
/**
 * The code of a refusal of the act coded `code`: a cooperative act (roots 01-09) refused is the matching rejection
 * (12x); a conflictual act one will not do, or a threat one will not make, is a promise to refrain (03x: "will not
 * attack" → 0356). ("will no longer tolerate rallies" is a threat: `matchWontTolerate`.)
 */
export function rejectCode(code: string): string {
  const r = code.slice(0, 2);
  const table = r < '10' ? REJECT_BY_CODE : REFRAIN_BY_CODE;
  for (let c = code; c.length >= 3; c = c.slice(0, -1)) { const m = table[c]; if (m) return m; }
  return (r < '10' ? REJECT_BY_ROOT[r] : REFRAIN_BY_ROOT[r]) ?? code;
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
  // "Iran denied supplying drones": the act a denial names in a gerund is not asserted either
  const gi = v.info.get(k);
  if (gi?.governor != null && gi.governor === k - 1 && v.chunks[k]!.vg!.gerund && (gi.link === 'control' || gi.link === 'gerund') && DENIAL.has(v.chunks[gi.governor]!.vg?.lemma ?? '')) m = stronger(m, 'negated');
  if (m === 'asserted' && accordingTo(v)) m = 'reported';
  else if (m === 'asserted' && v.info.get(k)?.link === 'direct') {
    const at = attributionAfter(v, k);
    // "..., officials said": what a third party reports is reported; a statement, appeal, promise or criticism
    // that the actor's own side (or an unnamed spokesman) relays is the act itself ("Peru asked Chile for
    // planes, officials in Lima said")
    if (at != null) {
      // (a possessive the actor stage marks as no participant, "its chief negotiator said", names no other side)
      const speaker = phrasesActors(v, v.info.get(at)?.subject ?? []).filter((a) => !a.locationOnly && !(a.kind === 'coref' && a.participant === false));
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
/** objects of "will not tolerate" that are protests: the threat is one of repression (137) */
const PROTEST_WORDS = ['rallies', 'rally', 'protests', 'protest', 'demonstrations', 'demonstration', 'marches', 'strikes', 'sit-ins', 'sit - ins', 'riots', 'dissent', 'unrest', 'gatherings'];
/**
 * "X will no longer tolerate rallies by Y", "X said it would not tolerate Y's meddling", "X will not hesitate to use
 * force against Y": a warning — a threat (13x, asserted) against Y, coded here since a stated refusal of other acts
 * becomes a rejection or a promise to refrain (`rejectCode`).
 */
export function matchWontTolerate(v: SentenceView, k: number, st: MatchState): Candidate[] {
  const g = v.chunks[k]!.vg!;
  if ((g.lemma !== 'tolerate' && g.lemma !== 'hesitate') || !g.negated || g.perfect || g.passive) return [];
  // the actor's own stated stance: "will not", "is not going to", a reported "would not", or a present "does not tolerate"
  if (g.modal && g.modal !== 'will' && !(g.modal === 'would' && refusal(v, k))) return [];
  const inf = v.info.get(k)!;
  let sources = phrasesActors(v, inf.subject);
  if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
  if (!sources.length) sources = speakerForPronoun(v, k);
  if (!sources.length) return [];
  const lim = clauseLimit(v, k);
  let targets: ActorMention[] = [];
  let code = '130';
  if (g.lemma === 'tolerate') {
    // the object, or the "by / from / of" phrase of its noun ("rallies by Y", "interference from Y")
    let j = k + 1;
    while (v.chunks[j]?.type === 'ADV') j++;
    if (v.chunks[j]?.type !== 'NP') return [];
    targets = dropSame(phrasesActors(v, phrasesRight(v.chunks, v.tokens, j)), sources);
    if (!targets.length) targets = dropSame(prepActors(v, j + 1, Math.min(lim, j + 2), ['by', 'from', 'of'], false), sources);
    const limTok = lim < v.chunks.length ? v.chunks[lim]!.start : v.sent.tokenEnd;
    if (hasWord(windowText(v, v.chunks[j]!.start, limTok), PROTEST_WORDS)) code = '137';
  } else {
    // "will not hesitate to <act>": the act threatened, and whom it is aimed at
    const j = k + 2;
    if (v.chunks[k + 1]?.type !== 'TO' || v.chunks[j]?.type !== 'VG' || v.info.get(j)?.governor !== k) return [];
    const jl = clauseLimit(v, j);
    for (let m = j + 1; m < jl && !targets.length; m++) targets = dropSame(actorsInChunk(v, m), sources).filter((a) => !a.locationOnly || a.kind === 'country');
    code = complementCode('threaten', windowText(v, v.chunks[j]!.start, jl < v.chunks.length ? v.chunks[jl]!.start : v.sent.tokenEnd), v.pats.complements, complementHeads(v, k + 1)) ?? '130';
    st.consumed.add(j);
    for (const [x, xi] of v.info) if (x > j && xi.governor != null && st.consumed.has(xi.governor) && (xi.link === 'control' || xi.link === 'coord')) st.consumed.add(x);
  }
  if (!targets.length) return [];
  return [{ sources, targets, code, rule: `frames:warning:${g.lemma}`, mutual: false, alone: false, modality: 'asserted', trigger: [g.head, g.head + 1] }];
}

/** words of force in a thing ruled out: refraining from it is a promise to de-escalate (0356), not a rejection */
const FORCE_WORDS = ['force', 'military action', 'military option', 'military strike', 'military strikes', 'strike', 'strikes', 'air strikes', 'airstrikes', 'attack', 'attacks', 'invasion',
  'war', 'bombing', 'military intervention', 'use of force', 'retaliation', 'military response'];
/**
 * "X said (that) talks with Y are out of the question", "lifting the sanctions on Y is off the table, X said", "X said a
 * meeting with Y was not an option": the speaker rules out what the copula's subject names — a rejection by what it
 * is (125 talks, 1244 lifting sanctions, else 120) aimed at the other party the subject names; ruling out force is a
 * promise to refrain from it (0356).
 */
export function matchRuledOut(v: SentenceView, k: number, st: MatchState): Candidate[] {
  const c = v.chunks[k]!, g = c.vg!;
  if (!g.copulaOnly || g.lemma !== 'be') return [];
  // ("is currently out of the question": past an adverb)
  let a = k + 1;
  while (v.chunks[a]?.type === 'ADV') a++;
  const n1 = v.chunks[a], n2 = v.chunks[a + 1], n3 = v.chunks[a + 2];
  const head = (x: Chunk | undefined) => (x?.type === 'NP' ? v.tokens[x.head]!.lemma : '');
  const out = !g.negated && ((n1?.type === 'P' && norm(v, a) === 'out' && n2?.type === 'P' && norm(v, a + 1) === 'of' && head(n3) === 'question')
    || (n1?.type === 'P' && norm(v, a) === 'off' && head(n2) === 'table'));
  const noOption = g.negated && head(n1) === 'option';
  if (!out && !noOption) return [];
  const inf = v.info.get(k);
  if (!inf?.subject.length) return [];
  // the subject phrase: from its first chunk (or the gerund read as a noun before it, "lifting the sanctions on Y")
  let from = inf.subject[0]!.chunks[0]!;
  while (from > 0 && (v.chunks[from - 1]!.type === 'NP' || (v.chunks[from - 1]!.type === 'VG' && v.chunks[from - 1]!.vg!.gerund)) && v.tokens[v.chunks[from - 1]!.start]!.norm.endsWith('ing')) from--;
  // the speaker: of the verb whose clause this is ("said (that) ..."), of a trailing attribution, or a first-person speaker
  let sg = speechGovernor(v, k);
  if (sg == null) {
    let p = from - 1;
    while (p > 0 && (v.chunks[p]!.type === 'ADV' || (v.chunks[p]!.type === 'SUB' && norm(v, p) === 'that'))) p--;
    const pc = v.chunks[p];
    if (pc?.type === 'VG' && v.pats.cues.get(pc.vg!.lemma)?.some((q) => q.effect === 'speech')) sg = p;
  }
  const at = sg == null ? attributionAfter(v, k) : null;
  const speaker = sg != null ? phrasesActors(v, v.info.get(sg)?.subject ?? []) : at != null ? (v.chunks[at - 1]?.type === 'NP' ? phrasesActors(v, [{ chunks: [at - 1] }]) : v.chunks[at + 1]?.type === 'NP' ? phrasesActors(v, [{ chunks: [at + 1] }]) : []) : firstPersonSpeaker(v, k);
  const sources = speaker.filter((a) => !a.locationOnly);
  if (!sources.length) return [];
  const targets: ActorMention[] = [];
  for (let j = from; j < k; j++) for (const a of actorsInChunk(v, j)) if (!sources.some((s) => s.country === a.country) && !targets.includes(a)) targets.push(a);
  if (!targets.length) return [];
  const text = windowText(v, v.chunks[from]!.start, c.start);
  const code = hasWord(text, FORCE_WORDS) ? '0356' : complementCode('reject', text, v.pats.complements, complementHeads(v, from)) ?? '120';
  for (let j = from; j < k; j++) if (v.chunks[j]!.type === 'NP') st.used.add(v.chunks[j]!.head);
  const trig = n1!.head;
  return [{ sources, targets, code, rule: 'frames:ruled-out', mutual: false, alone: false, modality: 'asserted', trigger: [trig, trig + 1] }];
}

/** nouns of something put forward that one can oppose as a rejection of it (12x), not as disapproval of a person (11x) */
const PROPOSAL_NOUNS = new Set(['proposal', 'plan', 'mediation', 'deployment', 'bid', 'move', 'resolution', 'agreement', 'deal', 'accord', 'treaty', 'pact', 'initiative',
  'offer', 'scheme', 'draft', 'motion', 'roadmap', 'blueprint', 'formula', 'candidacy', 'nomination', 'request', 'demand', 'call', 'ultimatum', 'overture', 'project']);
/** proposal nouns the tagger may read as verbs after a demonym ("Ethiopian plans to build ...") */
const PROPOSAL_PLURALS = new Set(['plans', 'proposals', 'moves', 'bids', 'offers', 'calls', 'demands', 'schemes', 'initiatives', 'requests', 'projects']);
/** verbs that put out an opposition ("voiced opposition to", "reiterated its opposition to") */
const STATE_VERBS = new Set(['voice', 'express', 'reiterate', 'restate', 'state', 'register', 'declare', 'announce', 'signal', 'repeat', 'underline', 'stress', 'make']);
/** participles that name the author of a proposal by their "by" phrase ("put forward by", "drafted by") */
const AUTHORING = new Set(['put', 'propose', 'draft', 'submit', 'table', 'sponsor', 'offer', 'present', 'float', 'suggest', 'unveil', 'announce', 'back', 'make']);
/** verbs of rejecting (with the code they fix, or '' for the code of what is rejected), and the particles of phrasal ones */
const REJECTING: Record<string, string> = { reject: '', dismiss: '', spurn: '', rebuff: '', refuse: '', decline: '', veto: '129', block: '129' };
const REJECT_PARTICLES: Record<string, string[]> = { turn: ['down'], rule: ['out'], brush: ['aside', 'off'], wave: ['aside', 'off'] };
/** what "block" rejects as a veto (129): a text put to a vote */
const BLOCKED = new Set(['resolution', 'draft', 'motion', 'proposal', 'plan', 'bid', 'nomination', 'candidacy']);
/** CAMEO rejections picked by the noun opposed, when the words after it pick none */
const OPPOSED_CODE: Record<string, string> = { mediation: '126', agreement: '127', deal: '127', accord: '127', treaty: '127', pact: '127', roadmap: '127', blueprint: '127', formula: '127',
  // (a resolution put to a vote is no settlement of a dispute)
  resolution: '120', motion: '120', draft: '120' };
/**
 * "X is opposed to Y's plan", "X opposes the deployment of Y's troops", "X voiced opposition to the Y proposal", "X came
 * out against Y's bid": opposing something put forward is rejecting it (12x: 126 mediation, 127 an agreement or a
 * settlement plan, 125 talks, else by the words after it, else 120), aimed at its author or owner (the possessor or
 * demonym of the noun, or its "by / from / of" phrase). Opposing a person or a policy in general stays disapproval (110,
 * the pattern rows).
 */
export function matchOpposition(v: SentenceView, k: number, st: MatchState): Candidate[] {
  const g = v.chunks[k]!.vg!;
  let j = k + 1;
  // a rejecting verb ("rejected", "vetoed", "turned down") codes its object's author through its own rows, except
  // the author of a participle's "by" phrase, past the end of the clause they read ("the plan put forward by Y")
  let authoredOnly = false;
  const particle = Object.hasOwn(REJECT_PARTICLES, g.lemma) ? REJECT_PARTICLES[g.lemma] : undefined;
  const rejecting = Object.hasOwn(REJECTING, g.lemma);
  if (rejecting || particle) {
    if (g.passive) return [];
    if (particle) { if (!(v.chunks[j] && (v.chunks[j]!.type === 'ADV' || v.chunks[j]!.type === 'P') && particle.includes(norm(v, j)))) return []; j++; }
    authoredOnly = true;
  } else if (g.lemma === 'oppose') {
    // "is opposed to": the participle as an adjective; "opposes the plan": the object
    if (g.passive) { if (!(v.chunks[j]?.type === 'P' && norm(v, j) === 'to')) return []; j++; }
  } else if (STATE_VERBS.has(g.lemma)) {
    // ("voiced its strong opposition to")
    const c = v.chunks[j];
    if (c?.type !== 'NP' || v.tokens[c.head]!.lemma !== 'opposition' || !(v.chunks[j + 1]?.type === 'P' && norm(v, j + 1) === 'to')) return [];
    j += 2;
  } else if (g.lemma === 'come') {
    if (!((v.chunks[j]?.type === 'ADV' || v.chunks[j]?.type === 'P') && norm(v, j) === 'out' && v.chunks[j + 1]?.type === 'P' && norm(v, j + 1) === 'against')) return [];
    j += 2;
  } else return [];
  while (v.chunks[j]?.type === 'ADV') j++;
  const np = v.chunks[j];
  if (np?.type !== 'NP') return [];
  let noun = -1, nounChunk = j;
  if (PROPOSAL_NOUNS.has(v.tokens[np.head]!.lemma)) noun = np.head;
  else {
    // "Ethiopian plans to build a dam": the tagger read the noun as a verb after the demonym
    const n = v.chunks[j + 1];
    if (n?.type === 'VG' && n.start === n.head && n.end === n.head + 1 && PROPOSAL_PLURALS.has(v.tokens[n.head]!.norm) && actorsInChunk(v, j).length) { noun = n.head; nounChunk = j + 1; }
  }
  if (noun < 0) return [];
  if (g.lemma === 'block' && !BLOCKED.has(v.tokens[noun]!.lemma)) return [];
  const inf = v.info.get(k)!;
  let sources = phrasesActors(v, inf.subject);
  if (!sources.length && inf.appos) sources = phrasesActors(v, [inf.appos]);
  if (!sources.length) sources = speakerForPronoun(v, k);
  if (!sources.length) return [];
  // the author: an actor in the noun's own phrase before the noun ("Chile's plan", "the French proposal"), else of the
  // "by / from / of" phrase right after it ("a plan by Chile", "the deployment of Chilean troops")
  const own = (nounChunk === j ? actorsInChunk(v, j, { before: noun }) : actorsInChunk(v, j)).filter((a) => !a.locationOnly);
  const lim = clauseLimit(v, nounChunk);
  let author = authoredOnly ? [] : own.length ? own : prepActors(v, nounChunk + 1, Math.min(lim, nounChunk + 2), ['by', 'from', 'of'], false);
  // ("a peace plan put forward by Y", "the resolution drafted by Y"): the agent of a participle describing the noun
  const pc = v.chunks[nounChunk + 1];
  if (!author.length && !(authoredOnly && own.length) && pc?.type === 'VG' && pc.vg!.gerund === false && pc.start === pc.head && AUTHORING.has(pc.vg!.lemma)) {
    author = prepActors(v, nounChunk + 2, Math.min(v.chunks.length, nounChunk + 5), ['by'], false);
    // (the participle clause is the author's act described, no event of its own)
    if (author.length) st.consumed.add(nounChunk + 1);
  }
  const lemma = v.tokens[noun]!.lemma;
  // ("opposes the deal with Y"): an agreement's other party
  if (!author.length && !authoredOnly && OPPOSED_CODE[lemma] === '127') author = prepActors(v, nounChunk + 1, Math.min(lim, nounChunk + 2), ['with'], false);
  const targets = dropSame(author, sources);
  if (!targets.length) return [];
  const limTok = lim < v.chunks.length ? v.chunks[lim]!.start : v.sent.tokenEnd;
  const code = (rejecting && REJECTING[g.lemma]) || (OPPOSED_CODE[lemma] ?? complementCode('reject', windowText(v, v.chunks[nounChunk === j ? j : nounChunk - 1]!.start, Math.max(noun + 1, Math.min(v.sent.tokenEnd, limTok + 8))), v.pats.complements, complementHeads(v, nounChunk)) ?? '120');
  st.used.add(noun);
  if (nounChunk !== j) {
    // the noun read as a verb, and the infinitive of the plan ("plans to build"), are no acts of their own
    st.consumed.add(nounChunk);
    for (const [x, xi] of v.info) if (x > nounChunk && xi.governor != null && st.consumed.has(xi.governor) && (xi.link === 'control' || xi.link === 'coord')) st.consumed.add(x);
  }
  const trig = STATE_VERBS.has(g.lemma) ? v.chunks[k + 1]!.head : g.head;
  return [{ sources, targets, code, rule: authoredOnly ? 'frames:rejection:authored' : 'frames:opposition', mutual: false, alone: false, modality: verbModality(v, k, sources, code), trigger: [trig, trig + 1] }];
}

/**
 * "X faces pressure from Y to release Z", "X came under pressure from Y to ...", "X faced demands from Y that ...": Y
 * demands (10x) or asks (02x) of X, coded by what is asked; the infinitive is no act of X's.
 */
export function pressureOn(v: SentenceView, k: number, st: MatchState): Candidate[] {
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
