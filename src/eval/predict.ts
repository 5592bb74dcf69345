// Run the coder on gold sentences (raw text through the default pipeline) and reduce
// events for scoring; read predictions from `realign code` output instead when given.
import { readFileSync } from 'node:fs';
import { createDoc } from '../doc/doc.ts';
import type { EventRecord, Modality } from '../doc/types.ts';
import { coderPipeline } from '../pipeline/default.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { GoldItem } from './gold.ts';
import type { PredEvent } from './score.ts';

/** Modalities that count as "coded as an event" when scoring (default: all but negated, hypothetical, cancelled). */
export const DEFAULT_COUNTED: Modality[] = ['asserted', 'reported', 'intended'];

export const toPred = (e: Pick<EventRecord, 'source' | 'target' | 'cameo' | 'root' | 'plover' | 'modality' | 'intent' | 'rule'>): PredEvent => ({
  source: e.source.country, target: e.target?.country ?? null, code: e.cameo, root: e.root,
  plover: e.plover?.type || null, modality: e.modality, ...(e.intent ? { intent: e.intent } : {}), rule: e.rule,
});

export const ALL_MODALITIES: Modality[] = ['asserted', 'reported', 'intended', 'hypothetical', 'negated', 'cancelled'];

/** Code every gold sentence from its raw text (keeping only events of the `counted` modalities). */
export function predict(items: GoldItem[], opts: { pipeline?: Pipeline; counted?: Modality[] } = {}): Map<string, PredEvent[]> {
  const p = opts.pipeline ?? coderPipeline();
  const counted = new Set(opts.counted ?? DEFAULT_COUNTED);
  const out = new Map<string, PredEvent[]>();
  for (const it of items) {
    const doc = createDoc(it.text, { published: it.date });
    p.run(doc, { date: it.date });
    out.set(it.id, doc.events.filter((e) => counted.has(e.modality)).map(toPred));
  }
  return out;
}

/** Predictions from a JSON Lines file written by `realign code` (one event a line, `id` = gold id). */
export function readPredictions(file: string, counted: Modality[] = DEFAULT_COUNTED): { preds: Map<string, PredEvent[]>; errors: string[] } {
  const preds = new Map<string, PredEvent[]>();
  const errors: string[] = [];
  const ok = new Set(counted);
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const e = JSON.parse(line) as EventRecord & { id: string };
      if (!e.source || !e.cameo) throw new Error('needs "source" and "cameo"');
      if (e.modality && !ok.has(e.modality)) return;
      const l = preds.get(e.id) ?? [];
      l.push(toPred({ ...e, root: e.root ?? e.cameo.slice(0, 2), plover: e.plover ?? { type: '', mode: null } }));
      preds.set(e.id, l);
    } catch (err) { errors.push(`${file}:${i + 1}: ${(err as Error).message}`); }
  });
  return { preds, errors };
}
