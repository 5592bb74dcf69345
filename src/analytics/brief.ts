// The brief (metric "brief.v1"): the alignment picture at a date, one line per dyad with
// a direction, an index, a plain-language summary and the evidence behind it. The JSON
// shape follows formats.md (`realign brief --json`).
//
// How a direction is decided, over a window (default 365 days) ending at the date:
//  - change evidence: relation statements of warming (+) or cooling (−), each worth its
//    weight × strength (data/analytics/weights.jsonl; hedged ones half); and, when the
//    dyad has at least four earlier quarters of events, the alignment index (alignment.v1)
//    of the window against that history, worth 3 units per standard swing.
//  - state evidence: friendly (+) / hostile (−) statements, plus the window's events:
//    3·(P − N)/(P + N + 3), where P and N are the direction weights of cooperative and
//    conflictual events (modality weight × quad weight: asserted 1, reported ½, intended ½
//    — a decision to start arms sales is a signal, not yet an event).
//  A dyad is warming or cooling when |change| ≥ 1.5, else friendly or hostile when
//  |state| ≥ 1, else steady. Every counted event and statement is listed as evidence
//  (strongest first). On a busy store P and N come from the window's full counts
//  (`totals`) and the wording from a sample of events, which the summary says.
import { actorKey } from '../store/actor-key.ts';
import type { EventRow, RelationRow } from '../store/store.ts';
import { alignmentIndex, type IndexInput } from './alignment.ts';
import { countryName, phrase, weights as loadWeights, type Weights } from './lexicon.ts';

export const BRIEF_METRIC = 'brief.v1';

export type BriefDirection = 'warming' | 'cooling' | 'friendly' | 'hostile' | 'steady';

export interface Evidence { kind: 'event' | 'relation'; id: string; quote: string; /** the part of a long quote that names the actors */ excerpt?: string; date?: string | null; weight?: number; code?: string | null; modality?: string; direction?: string; url?: string | null }

export interface BriefDyad {
  a: string;
  b: string;
  direction: BriefDirection;
  /** alignment.v1 index of the window against the dyad's history when it has one, else the net evidence score in statement units */
  index: number;
  index_kind: 'alignment.v1' | 'evidence.v1';
  change: number;
  state: number;
  summary: string;
  evidence: Evidence[];
}

export interface Brief { metric: typeof BRIEF_METRIC; at: string; from: string; dyads: BriefDyad[] }

export interface BriefInput {
  at: string;
  from: string;
  /** events in the window */
  events: EventRow[];
  /** relation statements in the window */
  relations: RelationRow[];
  /** per dyad key "AAA|BBB" (sorted): quarterly counts before and including the window, oldest first */
  history?: Map<string, IndexInput[]>;
  /**
   * per dyad key: cooperative (P) and conflictual (N) direction weight and the number of
   * events over the whole window, when `events` holds only a sample of a large store
   */
  totals?: Map<string, { P: number; N: number; n: number }>;
  focus?: string[];
  maxDyads?: number;
  maxEvidence?: number;
  weights?: Weights;
}

export const dyadKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const round = (x: number) => Math.round(x * 100) / 100;

export function briefFrom(inp: BriefInput): Brief {
  const w = inp.weights ?? loadWeights();
  const groups = new Map<string, { events: EventRow[]; relations: RelationRow[] }>();
  const group = (k: string) => groups.get(k) ?? groups.set(k, { events: [], relations: [] }).get(k)!;
  for (const e of inp.events) {
    const s = actorKey(e.src_country, e.src_org), t = actorKey(e.tgt_country, e.tgt_org);
    if (!s || !t || s === t) continue;
    if (!w.direction(String(e.modality)) || e.quad == null) continue;
    group(dyadKey(s, t)).events.push(e);
  }
  for (const r of inp.relations) if (r.a && r.b && r.a !== r.b) group(dyadKey(r.a, r.b)).relations.push(r);
  for (const k of inp.totals?.keys() ?? []) group(k);
  const focus = inp.focus?.length ? new Set(inp.focus) : null;
  const dyads: BriefDyad[] = [];
  for (const [k, g] of groups) {
    const [a, b] = k.split('|') as [string, string];
    if (focus && !focus.has(a) && !focus.has(b)) continue;
    dyads.push(judge(a, b, g.events, g.relations, inp.history?.get(k), w, inp.maxEvidence ?? 20, inp.totals?.get(k)));
  }
  dyads.sort((p, q) => strength(q) - strength(p) || `${p.a}${p.b}`.localeCompare(`${q.a}${q.b}`));
  return { metric: BRIEF_METRIC, at: inp.at, from: inp.from, dyads: dyads.slice(0, inp.maxDyads ?? 12) };
}

const strength = (d: BriefDyad) => (d.direction === 'steady' ? 0 : 10) + Math.abs(d.change) + Math.abs(d.state) + d.evidence.length / 100;

function eventWeight(e: EventRow, w: Weights): number {
  const sign = e.quad! <= 2 ? 1 : -1;
  return sign * w.direction(String(e.modality)) * w.quadDirection(e.quad);
}

function judge(a: string, b: string, events: EventRow[], relations: RelationRow[], history: IndexInput[] | undefined, w: Weights, maxEvidence: number,
  totals?: { P: number; N: number; n: number }): BriefDyad {
  let change = 0, state = 0;
  const ev: Evidence[] = [];
  for (const r of relations) {
    const u = w.relation(r.direction, r.hedged) * (r.strength || 1);
    if (r.direction === 'warming') change += u; else if (r.direction === 'cooling') change -= u;
    else if (r.direction === 'friendly') state += u; else if (r.direction === 'hostile') state -= u;
    ev.push({ kind: 'relation', id: r.id, quote: r.quote, date: r.date, weight: round(['warming', 'friendly'].includes(r.direction) ? u : -u), direction: r.direction });
  }
  let P = 0, N = 0;
  for (const e of events) {
    const x = eventWeight(e, w);
    if (x > 0) P += x; else N -= x;
    const quote = e.quote ?? `${e.src_text ?? e.src_country} → ${e.tgt_text ?? e.tgt_country}: ${e.cameo}`;
    const part = excerpt(quote, [e.src_text, e.tgt_text]);
    ev.push({ kind: 'event', id: e.id, quote, ...(part !== quote ? { excerpt: part } : {}), date: e.date, weight: round(x), code: e.cameo, modality: String(e.modality), ...(e.url ? { url: e.url } : {}) });
  }
  if (totals) ({ P, N } = totals);
  state += (3 * (P - N)) / (P + N + 3);
  let index = (change + state) / 3, kind: BriefDyad['index_kind'] = 'evidence.v1';
  const seen = history?.filter((h) => h.n > 0) ?? [];
  if (history && seen.length >= 5) {
    const idx = alignmentIndex(history, { weights: w });
    const last = idx[idx.length - 1]!;
    index = last.index; kind = 'alignment.v1';
    // only a move the band is sure of counts as change
    if (last.lo > 0 || last.hi < 0) change += 3 * Math.max(-3, Math.min(3, last.index));
  }
  const direction: BriefDirection = Math.abs(change) >= 1.5 ? (change > 0 ? 'warming' : 'cooling')
    : Math.abs(state) >= 1 ? (state > 0 ? 'friendly' : 'hostile') : 'steady';
  // evidence for the call first (strongest first), then what speaks against it
  const want = direction === 'warming' || direction === 'friendly' ? 1 : direction === 'cooling' || direction === 'hostile' ? -1 : 0;
  const agrees = (e: Evidence) => (want && Math.sign(e.weight ?? 0) === want ? 0 : 1);
  ev.sort((p, q) => agrees(p) - agrees(q) || Math.abs(q.weight ?? 0) - Math.abs(p.weight ?? 0) || (p.kind === q.kind ? 0 : p.kind === 'relation' ? -1 : 1)
    || String(p.date).localeCompare(String(q.date)) || p.id.localeCompare(q.id));
  return {
    a, b, direction, index: round(index), index_kind: kind, change: round(change), state: round(state),
    summary: `${countryName(a)}–${countryName(b)}: ${direction}${reasons(events, relations, direction, w, totals && totals.n > events.length ? totals.n : null)}`,
    evidence: ev.slice(0, maxEvidence),
  };
}

/** " (3 visits, an endorsement, ...)" from the events and statements that support the direction. */
export function reasons(events: EventRow[], relations: RelationRow[], direction: BriefDirection, w: Weights, total: number | null = null): string {
  const want = direction === 'warming' || direction === 'friendly' ? 1 : direction === 'cooling' || direction === 'hostile' ? -1 : 0;
  const items = new Map<string, { code: string; intended: boolean; n: number; weight: number }>();
  for (const e of events) {
    const x = eventWeight(e, w);
    if (!e.cameo || (want && Math.sign(x) !== want)) continue;
    const intended = e.modality === 'intended';
    const k = `${e.cameo}|${intended}`;
    const it = items.get(k) ?? items.set(k, { code: e.cameo, intended, n: 0, weight: 0 }).get(k)!;
    it.n++; it.weight += Math.abs(x);
  }
  const parts = [...items.values()].sort((p, q) => q.weight - p.weight || p.code.localeCompare(q.code)).map((it) => {
    const ph = phrase(it.code, it.n) ?? `${it.n} × CAMEO ${it.code}`;
    if (!it.intended) return ph;
    if (it.n !== 1) return ph.replace(/^(\d+) /, '$1 planned ');
    return /^(a|an) /.test(ph) ? `a planned ${ph.replace(/^(a|an) /, '')}` : `planned ${ph}`;
  });
  const rel = new Map<string, number>();
  for (const r of relations) {
    const s = r.direction === 'warming' || r.direction === 'friendly' ? 1 : -1;
    if (!want || s === want) rel.set(r.direction, (rel.get(r.direction) ?? 0) + 1);
  }
  const relWords: Record<string, string> = { warming: 'warming ties', cooling: 'cooling ties', friendly: 'friendly ties', hostile: 'hostile ties' };
  for (const [d, n] of rel) parts.push(n === 1 ? `a report of ${relWords[d] ?? d}` : `${n} reports of ${relWords[d] ?? d}`);
  const shown = parts.slice(0, 6);
  if (parts.length > 6) shown.push(`${parts.length - 6} more`);
  if (total != null) shown.push(`from a sample of ${events.length} of ${Math.round(total).toLocaleString('en-US')} events`);
  return shown.length ? ` (${shown.join(', ')})` : '';
}

/** The part of a long sentence around the words naming the actors (at most `n` characters, cut at word boundaries). */
export function excerpt(quote: string, names: Array<string | null | undefined>, n = 110): string {
  if (quote.length <= n) return quote;
  const at = names.filter((x): x is string => !!x).map((x) => [quote.indexOf(x), x.length] as const).filter(([i]) => i >= 0);
  if (!at.length) return quote;
  const lo = Math.min(...at.map(([i]) => i)), hi = Math.max(...at.map(([i, l]) => i + l));
  if (hi - lo > n) return quote;
  let a = Math.max(0, lo - Math.floor((n - (hi - lo)) / 2));
  let b = Math.min(quote.length, a + n);
  a = Math.max(0, b - n);
  if (a > 0) { const sp = quote.indexOf(' ', a); if (sp >= 0 && sp < lo) a = sp + 1; }
  if (b < quote.length) { const sp = quote.lastIndexOf(' ', b); if (sp > hi) b = sp; }
  return `${a > 0 ? '…' : ''}${quote.slice(a, b).trim()}${b < quote.length ? '…' : ''}`;
}
