// Intentions in CAMEO and PLOVER. Our records code a stated plan ("X will visit Y") as the
// intended action with modality `intended` (coding-conventions.md). Two other readings are
// facts of the schemes themselves and are derived here:
// - CAMEO codes the intention as its own event: "express intent" 03x for cooperation,
//   "threaten" 13x for conflict (CAMEO 1.1b3 code names: 031 material cooperation … 039
//   mediate; 131 non-force … 138 military force).
// - The PLOVER manual (draft 0.8, AGREE/CONSULT/AID/RETREAT/CONCEDE sections) types a
//   cooperative action reported in the future (CONSULT, SUPPORT, COOPERATE, AID) as AGREE,
//   a future retreat or concession as CONCEDE, and a conflictual one as THREATEN (an
//   ASSAULT that has not happened is a THREATEN); the auxiliary mode "future" goes in the
//   context.
import { cameo, type CameoCode } from './index.ts';

/** CAMEO code of the intended action → CAMEO code of the stated intention to do it (most specific first). */
const INTENT_BY_CODE: Record<string, string> = {
  '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '081': '0351', '082': '0352', '083': '034', '0831': '0341', '0832': '0342', '0833': '0343', '0834': '0344',
  '084': '0353', '085': '0354', '086': '0355', '087': '0356',
  '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136',
  '172': '132', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324', '175': '137',
  '191': '1381', '192': '1382', '204': '1385',
};
/** root of the intended action → CAMEO code of the stated intention */
const INTENT_BY_ROOT: Record<string, string> = {
  '01': '030', '02': '030', '03': '030', '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '09': '030',
  '10': '130', '11': '130', '12': '130', '13': '130', '14': '133', '15': '138', '16': '131', '17': '137', '18': '138', '19': '138', '20': '138',
};

/** The CAMEO code of the stated intention to do `code` ("will attack" → 138, "will send aid" → 033). */
export function intentCode(code: string): CameoCode | null {
  for (let c = code; c.length >= 3; c = c.slice(0, -1)) {
    const m = INTENT_BY_CODE[c];
    if (m) return cameo(m);
  }
  const r = INTENT_BY_ROOT[code.slice(0, 2)];
  return r ? cameo(r) : null;
}

export interface PloverLabel { type: string; mode: string | null; context?: string[] }

const TO_AGREE = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);
const TO_CONCEDE = new Set(['RETREAT', 'CONCEDE']);
const TO_THREATEN = new Set(['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);

/**
 * The PLOVER label of an event with CAMEO facts `f` and a modality: the crosswalk's type and
 * mode, except that an intended action takes the PLOVER future reading (AGREE / CONCEDE /
 * THREATEN, context "future"). Verbal types (AGREE, REQUEST, ACCUSE, REJECT, THREATEN) keep theirs.
 * `own`: the label a pattern gives its act where the manual types it apart from the code's crosswalk.
 */
export function ploverLabel(f: CameoCode, modality: string, own?: { type: string; mode: string | null }): PloverLabel {
  const type = own?.type ?? f.plover?.type ?? '';
  const mode = own ? own.mode : f.plover?.mode ?? null;
  if (modality !== 'intended' || !type) return { type, mode };
  if (TO_AGREE.has(type)) return { type: 'AGREE', mode: null, context: ['future'] };
  if (TO_CONCEDE.has(type)) return { type: 'CONCEDE', mode: null, context: ['future'] };
  if (TO_THREATEN.has(type)) return { type: 'THREATEN', mode: intentCode(f.code)?.plover?.mode ?? null, context: ['future'] };
  return { type, mode, context: ['future'] };
}
