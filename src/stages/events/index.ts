// The events stage: for each sentence, the events its actors take part in — who did what
// to whom — coded in CAMEO with PLOVER type and mode, modality, date, and the rule and
// actor mentions behind each one.
import type { ActorMention, Doc, EventActor, EventRecord } from '../../doc/types.ts';
import type { Stage, StageContext } from '../../pipeline/pipeline.ts';
import { cameo } from '../../cameo/index.ts';
import { ploverLabel } from '../../cameo/future.ts';
import { findDates, type FoundDate } from '../../dates/resolve.ts';
import { domesticAct, domesticCode, hasHomeCountry, isStateAgent } from './candidate.ts';
import { consumeDemandedInfinitives, consumeNounInfinitives, consumeQuotedModals, consumeThatClauses, matchNouns, matchVerb, type Candidate, type MatchState } from './match.ts';
import { applyThirdParties } from './mediators.ts';
import { patterns as defaultPatterns, type Patterns } from './patterns.ts';
import { phrasesActors, readSentence, type SentenceView } from './sentence.ts';
import { foldPurposes } from './verbs.ts';
import { statementsAbout } from './statements.ts';

/** The subject actor of the sentence's first verb with one: carried to the next sentence as its topic. */
function sentenceTopic(v: SentenceView): ActorMention | null {
  for (const [, inf] of v.info) {
    const a = phrasesActors(v, inf.subject);
    if (a.length === 1) return a[0]!;
    if (a.length) return null;
  }
  return null;
}

export interface EventsOptions {
  /** patterns to use (default: data/events) */
  patterns?: Patterns;
}

// (a mention the events stage derived from another — "police" in "Australian troops and police", id "<id>+and" — points
// at the mention it was derived from)
const actorOf = (a: ActorMention): EventActor => ({ text: a.text, code: a.code, country: a.country, sector: a.sector, org: a.org ?? null, mention: a.id.split('+')[0]!, entry: a.entry });

/** Code the events of one document (appends to doc.events). */
export function codeEvents(doc: Doc, ctx: StageContext, opts: EventsOptions = {}): EventRecord[] {
  const pats = opts.patterns ?? defaultPatterns();
  const published = ctx.date ?? doc.meta.published ?? null;
  const bySent = new Map<number, ActorMention[]>();
  for (const a of doc.actors) { const l = bySent.get(a.sentence); if (l) l.push(a); else bySent.set(a.sentence, [a]); }
  const out: EventRecord[] = [];
  let topic: ActorMention | null = null;
  let person: ActorMention | null = null; let personAt = -9;
  for (const sent of doc.sentences) {
    const acts = bySent.get(sent.i);
    const prevTopic = topic;
    topic = null;
    const prevPerson = sent.i - personAt <= 2 ? person : null;
    for (const a of acts ?? []) if (a.kind === 'person') { person = a; personAt = sent.i; }
    // (a sentence naming only places still codes: unnamed protesters stand for the country they protest in)
    if (!acts) continue;
    acts.sort((a, b) => a.tokenStart - b.tokenStart);
    const v = readSentence(doc, sent, acts, pats);
    const st: MatchState = { used: new Set(), consumed: new Set(), family: new Set(), coded: new Set(), topic: prevTopic, person: prevPerson };
    topic = sentenceTopic(v);
    let cands: Candidate[] = [];
    consumeThatClauses(v, st);
    consumeDemandedInfinitives(v, st);
    consumeQuotedModals(v, st);
    consumeNounInfinitives(v, st);
    for (let k = 0; k < v.chunks.length; k++) {
      const c = v.chunks[k]!;
      if (c.type === 'VG' && !st.consumed.has(k)) cands.push(...matchVerb(v, k, st));
    }
    for (let k = 0; k < v.chunks.length; k++) if (v.chunks[k]!.type === 'NP') cands.push(...matchNouns(v, k, st));
    // "X said talks with Y were going well": a statement about another party whose clause coded nothing
    cands.push(...statementsAbout(v, st, cands));
    if (!cands.length) continue;
    // (a demand or appeal that is the purpose of a protest is part of the protest)
    cands = foldPurposes(v, cands);
    // a mediator, broker or host named beside an event is no party of it ("a truce mediated by Egypt")
    const coded = applyThirdParties(v, cands);
    // the sentence span without the blank lines a paragraph break leaves before it
    let spanStart = sent.start, spanEnd = sent.end;
    while (spanStart < spanEnd && /\s/.test(doc.text[spanStart]!)) spanStart++;
    while (spanEnd > spanStart && /\s/.test(doc.text[spanEnd - 1]!)) spanEnd--;
    let dates: FoundDate[] | null = null;
    const seen = new Set<string>();
    for (const cand of coded) {
      const facts = cameo(cand.code);
      if (!facts) continue;
      const pairs: Array<[ActorMention, ActorMention | null, string, string]> = [];
      if (cand.targets.length) {
        for (const s of cand.sources) for (const t of cand.targets) {
          if (s.code === t.code) continue;
          // "Egypt deployed riot police in Cairo": a show of force (15) at home is aimed at no one
          if (facts.root === '15' && s.country === t.country) { pairs.push([s, null, cand.code, cand.rule]); continue; }
          pairs.push([s, t, cand.code, cand.rule]);
          if (cand.mutual) pairs.push([t, s, cand.code, cand.rule]);
          else if (cand.reverse) pairs.push([t, s, cand.reverse, cand.rule]);
        }
      } else if (cand.mutual && cand.sources.length >= 2) {
        for (const s of cand.sources) for (const t of cand.sources) if (s !== t && s.code !== t.code) pairs.push([s, t, cand.code, cand.rule]);
      } else if (cand.alone) for (const s of cand.sources) pairs.push([s, null, cand.code, cand.rule]);
      // a protest with no one named is against the protesters' own government (the event-data convention)
      const domestic = (s: ActorMention): EventActor => ({ text: '', code: `${s.country}GOV`, country: s.country, sector: 'GOV', org: null, mention: null, entry: 'convention:domestic-protest' });
      // a measure a state takes at home against people no actor names ("banned opposition candidates"): against its own
      // country (measures coded alone — "lifted the curfew" — keep no target, as the gold sets mostly do)
      const ownCountry = (s: ActorMention): EventActor => ({ text: '', code: s.country, country: s.country, sector: null, org: null, mention: null, entry: 'convention:domestic-measure' });
      // "the US said Iraq attacked": the speaker accuses the attacker (112), asserted
      const accuse: Array<[ActorMention, ActorMention]> = [];
      if (cand.speaker && cand.code.slice(0, 2) >= '13') for (const sp of cand.speaker) for (const s of cand.sources) if (sp.country !== s.country) accuse.push([sp, s]);
      if (!pairs.length) continue;
      const trig = [doc.tokens[cand.trigger[0]]!, doc.tokens[cand.trigger[1] - 1]!] as const;
      if (!dates) dates = findDates(doc.text.slice(sent.start, sent.end), published);
      const date = pickDate(dates, trig[0].start - sent.start, published);
      const emit = (s: ActorMention, t: ActorMention | null, code: string, rule: string, modality: EventRecord['modality']) => {
        const f = code === cand.code ? facts : cameo(code);
        if (!f) return;
        const key = `${s.code}|${t?.code ?? ''}|${code}|${cand.trigger[0]}`;
        if (seen.has(key)) return;
        seen.add(key);
        // ("teachers called off their strike": ending a protest, 082, is aimed where the protest was, the own government)
        const target = t ? actorOf(t) : (f.root === '14' || (f.code.startsWith('082') && !isStateAgent(s))) && s.country !== 'IGO' && s.country !== 'NGO' && s.sector !== 'GOV' ? domestic(s)
          : cand.domestic && ((domesticCode(f.code) && isStateAgent(s)) || ((domesticAct(f.code) || f.root === '19') && hasHomeCountry(s))) ? ownCountry(s) : null;
        out.push({
          id: '', source: actorOf(s), target,
          cameo: f.code, root: f.root, quad: f.quad, goldstein: f.goldstein,
          plover: ploverLabel(f, modality, code === cand.code ? pats.plover?.get(rule) : undefined),
          modality, ...(modality === 'intended' && cand.intent ? { intent: cand.intent } : {}), date: date ?? '', span: [spanStart, spanEnd], rule, sentence: sent.i,
          trigger: { text: doc.text.slice(trig[0].start, trig[1].end), start: trig[0].start, end: trig[1].end },
        });
      };
      for (const [s, t, code, rule] of pairs) emit(s, t, code, rule, cand.modality);
      for (const [sp, s] of accuse) emit(sp, s, '112', 'cues.v1:speech:say', 'asserted');
      if (cand.snub) for (const s of cand.sources) for (const t of cand.targets) if (s.code !== t.code) emit(s, t, '161', 'cues.v1:cancelled:verb:cancel', 'asserted');
    }
  }
  const base = doc.events.length;
  out.forEach((e, i) => { e.id = `${doc.id}:e${base + i + 1}`; });
  doc.events.push(...out);
  return out;
}

function pickDate(found: FoundDate[], rel: number, published: string | null): string | null {
  if (found.length) {
    let best = found[0]!, bestD = Infinity;
    for (const f of found) {
      const d = f.start >= rel ? f.start - rel : (rel - f.end) * 1.5;
      if (d < bestD) { bestD = d; best = f; }
    }
    return best.date;
  }
  return published ? published.slice(0, 10) : null;
}

export const eventsStage = (opts: EventsOptions = {}): Stage => ({
  name: 'events',
  reads: ['sentences', 'tokens', 'actors'],
  writes: ['events'],
  run(doc, ctx) { codeEvents(doc, ctx, opts); },
});
