// A scoring variant for gold sets that follow the PETRARCH/CAMEO-manual habit of coding a
// stated intention by the "express intent" (03x) or "threaten" (13x) codes instead of the
// intended action with modality `intended` (our convention, coding-conventions.md); the
// map from an action to the code of the intention to do it is in src/cameo/future.ts.
import { intentCode } from '../cameo/future.ts';
import type { PredEvent } from './score.ts';

/**
 * A prediction with modality `intended` recoded as the intention itself, asserted; others unchanged. A plan the text
 * states ("will supply arms", "is scheduled to attend": intent `planned`) is the act in CAMEO practice and stays as it is;
 * an intention its actor voices ("wants to", "said it would": `voiced`, or not told) is the intention.
 */
export function intentAsCode(p: PredEvent): PredEvent {
  if (p.modality !== 'intended' || p.intent === 'planned') return p;
  const f = intentCode(p.code);
  if (!f) return p;
  return { ...p, code: f.code, root: f.root, plover: f.plover?.type || null, modality: 'asserted', rule: p.rule ? `${p.rule}+intent` : 'intent' };
}
