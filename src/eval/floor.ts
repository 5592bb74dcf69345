// A coverage floor on one of our own development sets: the coder runs from raw text on the set,
// asserted gold codings are scored at root and code level, and the figures are checked against
// floors set a little under what was reached (a regression guard, not a measure of generality).
import { readGold, type GoldSet } from './gold.ts';
import { ALL_MODALITIES, predict } from './predict.ts';
import { score, type PredEvent, type Report } from './score.ts';

export interface DevSetRun {
  gold: GoldSet;
  preds: Map<string, PredEvent[]>;
  root: Report;
  code: Report;
  /** ids of no-event sentences that got an asserted event */
  codedEmpty: string[];
}

/** Code a development set and score it (asserted codings). */
export function runDevSet(file: string): DevSetRun {
  const gold = readGold(file);
  const preds = predict(gold.items, { counted: ALL_MODALITIES });
  const root = score(gold.items, preds, 'root', { counted: ['asserted'] });
  const code = score(gold.items, preds, 'code', { counted: ['asserted'] });
  const codedEmpty = gold.items.filter((it) => it.events.length === 0 && (preds.get(it.id) ?? []).some((p) => p.modality === 'asserted')).map((it) => it.id);
  return { gold, preds, root, code, codedEmpty };
}

/** "root F1 0.856 (P 0.923 R 0.799)" */
export const figures = (r: Report) => `F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)})`;
