// Sentence-level gold for actors, read from ../shared/eval/events: the countries (and
// country+sector codes) of the actors and recipients of each sentence's events.
//
// How we count: a sentence's gold set is the union of its events' actor and recipient
// countries (PLOVER: actor[].code ∪ recipient[].code; PETR-2: the first three letters of
// sourcecode ∪ targetcode). Codes with no country ("---") are left out; old CAMEO codes
// are mapped through ALIASES. Sentences whose gold set is empty (no event) are skipped:
// they say nothing about which actors a sentence holds.
import { readFileSync } from 'node:fs';
import { sharedPath } from './seed.ts';

/** Old CAMEO / PETRARCH country codes → ISO 3166-1 alpha-3 as our dictionaries use. */
export const ALIASES: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', UAR: 'EGY', ROM: 'ROU', BUL: 'BGR', KUW: 'KWT', LEB: 'LBN', NZE: 'NZL', INS: 'IDN', MOM: 'OMN', LTH: 'LTU', PAL: 'PSE', UNK: 'GBR', IVO: 'CIV', USR: 'USR' };
/** Sector codes as the gold writes them → ours (PETR "PPL" people = CVL; lower-case ethnic suffixes dropped). */
const SECTORS = new Set(['GOV', 'MIL', 'REB', 'INS', 'OPP', 'COP', 'JUD', 'LEG', 'BUS', 'MED', 'CVL', 'EDU', 'REL', 'SPY', 'LAB', 'ELI', 'PTY', 'UAF', 'CRM', 'REF', 'AGR', 'HLH', 'JRN', 'CIV']);
const SECTOR_ALIAS: Record<string, string> = { PPL: 'CVL', CIV: 'CVL', JRN: 'MED' };

export interface GoldSentence { id: string; set: 'PLOVER' | 'PETR2'; text: string; date: string; countries: Set<string>; codes: Set<string> }

const country = (c: string) => ALIASES[c] ?? c;
function sectorOf(rest: string): string | null {
  for (let i = 0; i + 3 <= rest.length; i += 3) {
    const s = rest.slice(i, i + 3).toUpperCase();
    const v = SECTOR_ALIAS[s] ?? s;
    if (SECTORS.has(v)) return v;
  }
  return null;
}

export function loadGold(): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const line of readFileSync(sharedPath('eval/events/PLOVER_GSR_CAMEO.flat.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string; actor?: Array<{ code: string; sector: string | null }>; recipient?: Array<{ code: string; sector: string | null }> };
    if (!r.text) continue;
    const g: GoldSentence = { id: r.id, set: 'PLOVER', text: r.text, date: '2000-01-01', countries: new Set(), codes: new Set() };
    for (const a of [...(r.actor ?? []), ...(r.recipient ?? [])]) {
      if (!a.code || a.code.startsWith('-')) continue;
      const c = country(a.code);
      g.countries.add(c);
      const s = a.sector ? sectorOf(a.sector) : null;
      g.codes.add(c === 'IGO' || c === 'NGO' ? c : c + (s ?? ''));
    }
    if (g.countries.size) out.push(g);
  }
  for (const line of readFileSync(sharedPath('eval/events/PETR2_GSR_validation.flat.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string; date: string; codings: Array<{ sourcecode: string; targetcode: string }> };
    const d = r.date ?? '';
    const g: GoldSentence = { id: r.id, set: 'PETR2', text: r.text, date: /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : '2008-01-01', countries: new Set(), codes: new Set() };
    for (const k of r.codings ?? []) for (const code of [k.sourcecode, k.targetcode]) {
      if (!code || code.startsWith('-')) continue;
      const c = country(code.slice(0, 3));
      g.countries.add(c);
      const s = sectorOf(code.slice(3));
      g.codes.add(c === 'IGO' || c === 'NGO' ? c : c + (s ?? ''));
    }
    if (g.countries.size) out.push(g);
  }
  return out;
}
