// A scoring variant for gold sets that follow the PETRARCH/CAMEO-manual habit of coding a
// stated intention by the "express intent" (03x) or "threaten" (13x) codes instead of the
// intended action with modality `intended` (our convention, coding-conventions.md). The
// map goes from the root of the intended action to the code of the intention to do it,
// after the CAMEO 1.1b3 code names (031 material cooperation … 039 mediate; 131 non-force
// … 138 military force).
import { cameo } from '../cameo/index.ts';
import type { PredEvent } from './score.ts';

/** root of the intended action → CAMEO code of the stated intention */
export const INTENT_CODE: Record<string, string> = {
  '01': '030', '02': '030', '03': '030', '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '09': '030',
  '10': '130', '11': '130', '12': '130', '13': '130', '14': '133', '15': '138', '16': '131', '17': '137', '18': '138', '19': '138', '20': '138',
};

/** A prediction with modality `intended` recoded as the intention itself, asserted; others unchanged. */
export function intentAsCode(p: PredEvent): PredEvent {
  if (p.modality !== 'intended') return p;
  const code = INTENT_CODE[p.root];
  const f = code ? cameo(code) : null;
  if (!f) return p;
  return { ...p, code: f.code, root: f.root, plover: f.plover?.type || null, modality: 'asserted', rule: p.rule ? `${p.rule}+intent` : 'intent' };
}
