// Event-level scoring against sentence gold: precision, recall, F1 on a key
// (source country, target country, class) where the class is the CAMEO root, the full
// code or the PLOVER type; per-class table, confusion matrix, misses and extras.
import type { Modality } from '../doc/types.ts';
import type { GoldEvent, GoldItem } from './gold.ts';

/** A predicted event reduced to what scoring needs. */
export interface PredEvent { source: string; target: string | null; code: string; root: string; plover: string | null; modality?: string; intent?: string; rule?: string }

export type ScoreKey = 'root' | 'code' | 'plover';

export interface ClassRow { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export interface Report {
  key: ScoreKey;
  sentences: number;
  tp: number; fp: number; fn: number;
  precision: number; recall: number; f1: number;
  perClass: Record<string, ClassRow>;
  /** confusion[gold class][predicted class]; "none" for a miss or an extra */
  confusion: Record<string, Record<string, number>>;
  misses: Array<{ id: string; text: string; gold: string }>;
  extras: Array<{ id: string; text: string; pred: string; rule?: string }>;
  /**
   * the errors by kind, each miss paired with at most one extra of its sentence: a right dyad with the wrong class;
   * the right class with the wrong target, the wrong source, or both sides swapped; then misses and extras left alone
   */
  errors: { wrongClass: number; wrongTarget: number; wrongSource: number; swapped: number; missed: number; extra: number };
  /** modalities counted on both sides (gold codings without a modality count as asserted) */
  counted?: Modality[];
  /** modality agreement over ALL gold codings: modality[gold modality][modality of the matching prediction, or "none"] */
  modality?: Record<string, Record<string, number>>;
}

export interface ScoreOptions {
  /** count only gold codings and predictions with these modalities (default: every modality) */
  counted?: Modality[];
}

const prf = (tp: number, fp: number, fn: number) => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

const goldClass = (g: GoldEvent, key: ScoreKey) => (key === 'root' ? g.root ?? '' : key === 'code' ? g.code ?? '' : g.plover ?? '');
const predClass = (p: PredEvent, key: ScoreKey) => (key === 'root' ? p.root : key === 'code' ? p.code : p.plover ?? '');
const show = (s: string, t: string | null, c: string) => `${s}→${t ?? '-'} ${c}`;

/** Does the gold accept the prediction's class? Its own class, or (CAMEO keys) a code or root in its `accept` list. */
export function accepts(g: GoldEvent, p: PredEvent, key: ScoreKey): boolean {
  if (predClass(p, key) === goldClass(g, key)) return true;
  if (!g.accept?.length || key === 'plover') return false;
  if (key === 'root') return g.accept.some((a) => a.slice(0, 2) === p.root);
  return g.accept.includes(p.code) || g.accept.includes(p.root);
}
/** Same source and target; a gold target "---" (PETRARCH: an actor its dictionaries could not code) is met by no target. */
const sameDyad = (g: GoldEvent, p: PredEvent) => p.source === g.source && (p.target === g.target || (g.target === '---' && p.target === null));

/** Score predictions (by gold item id) against gold items. */
export function score(gold: GoldItem[], preds: Map<string, PredEvent[]>, key: ScoreKey = 'root', opts: ScoreOptions = {}): Report {
  const r: Report = { key, sentences: gold.length, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, perClass: {}, confusion: {}, misses: [], extras: [],
    errors: { wrongClass: 0, wrongTarget: 0, wrongSource: 0, swapped: 0, missed: 0, extra: 0 } };
  const counted = opts.counted ? new Set<string>(opts.counted) : null;
  const counts = (m: string | undefined) => !counted || counted.has(m ?? 'asserted');
  if (opts.counted) r.counted = [...opts.counted];
  if (gold.some((it) => it.events.some((g) => g.modality))) r.modality = modalityAgreement(gold, preds, key);
  const row = (c: string) => (r.perClass[c] ??= { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  const conf = (g: string, p: string) => { const m = (r.confusion[g] ??= {}); m[p] = (m[p] ?? 0) + 1; };
  for (const item of gold) {
    // a class-less gold event (no PLOVER type for this key) cannot be scored
    // (one gold event per key too: two codings that differ below the country, "PSECVL" and "PSEGZACVL", are one event at
    // the (source country, target country, class) level — predictions are reduced the same way below)
    const gseen = new Set<string>();
    const gl = item.events.filter((g) => {
      const k = `${g.source}|${g.target}|${goldClass(g, key)}`;
      if (!goldClass(g, key) || !counts(g.modality) || gseen.has(k)) return false;
      gseen.add(k); return true;
    });
    // one prediction per (source, target, class) per sentence, as the gold lists them
    const seen = new Set<string>();
    const pl = (preds.get(item.id) ?? []).filter((p) => {
      const k = `${p.source}|${p.target}|${predClass(p, key)}`;
      if (seen.has(k) || !predClass(p, key) || !counts(p.modality)) return false;
      seen.add(k); return true;
    });
    const usedP = new Set<number>();
    const unmatched: GoldEvent[] = [];
    for (const g of gl) {
      const gc = goldClass(g, key);
      let j = pl.findIndex((p, i) => !usedP.has(i) && sameDyad(g, p) && predClass(p, key) === gc);
      if (j < 0) j = pl.findIndex((p, i) => !usedP.has(i) && sameDyad(g, p) && accepts(g, p, key));
      if (j >= 0) { usedP.add(j); r.tp++; row(gc).tp++; conf(gc, gc); } else unmatched.push(g);
    }
    // misses: pair with a same-dyad prediction of another class when there is one (the confusion)
    const alone: GoldEvent[] = [];
    for (const g of unmatched) {
      const gc = goldClass(g, key);
      r.fn++; row(gc).fn++;
      const j = pl.findIndex((p, i) => !usedP.has(i) && p.source === g.source && p.target === g.target);
      if (j >= 0) { usedP.add(j); const pc = predClass(pl[j]!, key); r.fp++; row(pc).fp++; conf(gc, pc); r.extras.push({ id: item.id, text: item.text, pred: show(pl[j]!.source, pl[j]!.target, pc), rule: pl[j]!.rule }); r.errors.wrongClass++; }
      else { conf(gc, 'none'); alone.push(g); }
      r.misses.push({ id: item.id, text: item.text, gold: show(g.source, g.target, gc) });
    }
    // the misses left: a prediction of the right class with one side wrong, or both swapped
    const paired = new Set<number>();
    const kinds: Array<['swapped' | 'wrongTarget' | 'wrongSource', (g: GoldEvent, p: PredEvent) => boolean]> = [
      ['swapped', (g, p) => p.source === g.target && p.target === g.source],
      ['wrongTarget', (g, p) => p.source === g.source],
      ['wrongSource', (g, p) => p.target === g.target],
    ];
    for (const g of alone) {
      let hit = false;
      for (const [kind, test] of kinds) {
        const j = pl.findIndex((p, i) => !usedP.has(i) && !paired.has(i) && accepts(g, p, key) && test(g, p));
        if (j >= 0) { paired.add(j); r.errors[kind]++; hit = true; break; }
      }
      if (!hit) r.errors.missed++;
    }
    pl.forEach((_, i) => { if (!usedP.has(i) && !paired.has(i)) r.errors.extra++; });
    pl.forEach((p, i) => {
      if (usedP.has(i)) return;
      const pc = predClass(p, key);
      r.fp++; row(pc).fp++; conf('none', pc);
      r.extras.push({ id: item.id, text: item.text, pred: show(p.source, p.target, pc), rule: p.rule });
    });
  }
  Object.assign(r, prf(r.tp, r.fp, r.fn));
  for (const c of Object.values(r.perClass)) Object.assign(c, prf(c.tp, c.fp, c.fn));
  return r;
}

/** For every gold coding (whatever its modality): the modality of a prediction with the same dyad and an accepted class, or "none". */
function modalityAgreement(gold: GoldItem[], preds: Map<string, PredEvent[]>, key: ScoreKey): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const item of gold) {
    const pl = preds.get(item.id) ?? [];
    for (const g of item.events) {
      if (!goldClass(g, key)) continue;
      const gm = g.modality ?? 'asserted';
      const cands = pl.filter((p) => sameDyad(g, p) && accepts(g, p, key));
      const pm = cands.find((p) => (p.modality ?? 'asserted') === gm)?.modality ?? cands[0]?.modality ?? (cands.length ? 'asserted' : 'none');
      const m = (out[gm] ??= {});
      m[pm] = (m[pm] ?? 0) + 1;
    }
  }
  return out;
}

/** A plain-text rendering: totals, per-class table, confusion matrix, misses and extras. */
export function formatReport(r: Report, opts: { listMax?: number } = {}): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`key: (source country, target country, ${r.key})  sentences: ${r.sentences}`,
    `precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`, '', `${r.key.padEnd(12)}   tp   fp   fn   prec  recall  F1`];
  for (const [c, x] of Object.entries(r.perClass).sort(([a], [b]) => a.localeCompare(b))) lines.push(`${c.padEnd(12)} ${String(x.tp).padStart(4)} ${String(x.fp).padStart(4)} ${String(x.fn).padStart(4)}  ${pct(x.precision)}  ${pct(x.recall)}  ${pct(x.f1)}`);
  const classes = [...new Set([...Object.keys(r.confusion), ...Object.values(r.confusion).flatMap((m) => Object.keys(m))])].sort();
  lines.push('', 'confusion (rows gold, columns predicted):', '       ' + classes.map((c) => c.slice(0, 6).padStart(6)).join(''));
  for (const g of classes) if (r.confusion[g]) lines.push(g.slice(0, 6).padEnd(7) + classes.map((p) => String(r.confusion[g]![p] ?? '').padStart(6)).join(''));
  const e = r.errors;
  lines.push('', `errors: wrong class ${e.wrongClass}, wrong target ${e.wrongTarget}, wrong source ${e.wrongSource}, swapped ${e.swapped}, missed ${e.missed}, extra ${e.extra}`);
  if (r.counted) lines.splice(1, 0, `counted modalities: ${r.counted.join(', ')}`);
  if (r.modality) {
    const ms = ['asserted', 'reported', 'intended', 'hypothetical', 'negated', 'cancelled'];
    const cols = [...ms, 'none'];
    lines.push('', 'modality of all gold codings (rows gold, columns the matching prediction\'s modality):', '             ' + cols.map((c) => c.slice(0, 8).padStart(9)).join(''));
    for (const g of ms) if (r.modality[g]) lines.push(g.padEnd(13) + cols.map((c) => String(r.modality![g]![c] ?? '').padStart(9)).join(''));
  }
  const max = opts.listMax ?? 50;
  lines.push('', `misses (${r.misses.length}):`);
  for (const m of r.misses.slice(0, max)) lines.push(`  ${m.id}  ${m.gold}  | ${m.text.slice(0, 120)}`);
  lines.push('', `extras (${r.extras.length}):`);
  for (const e of r.extras.slice(0, max)) lines.push(`  ${e.id}  ${e.pred}  ${e.rule ?? ''}  | ${e.text.slice(0, 120)}`);
  return lines.join('\n') + '\n';
}
