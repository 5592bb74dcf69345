// Country names, demonyms and capitals → ISO alpha-3, from data/claims/countries.jsonl.
import { dataPath, firstError, loadJsonl, need, readManifest } from '../../rules/load.ts';

export interface CountryRow { iso: string; names: string[]; demonyms: string[]; capitals: string[] }

let rows: CountryRow[] | null = null;

export function countryRows(): CountryRow[] {
  if (rows) return rows;
  const m = readManifest(dataPath('claims'));
  rows = loadJsonl<CountryRow>(dataPath('claims', m.files?.countries ?? 'countries.jsonl'), (r) => firstError(
    /^[A-Z]{3}$/.test(r.iso) ? null : '"iso" must be three capital letters',
    need.strings(r as never, 'names'), need.strings(r as never, 'demonyms'), need.strings(r as never, 'capitals'),
  ));
  return rows;
}

const key = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
let byName: Map<string, string> | null = null;

/** ISO code for a country name or code ("Russia", "RUS", "United States", "Turkiye"), or null. */
export function isoOf(name: string): string | null {
  const n = name.trim();
  if (/^[A-Z]{3}$/.test(n)) return n;
  if (!byName) {
    byName = new Map();
    for (const r of countryRows()) for (const x of [...r.names, r.iso]) byName.set(key(x), r.iso);
  }
  return byName.get(key(n)) ?? byName.get(key(n.replace(/^the\s+/i, ''))) ?? null;
}

/** The country of a demonym ("Russian" → RUS), or null. */
export function isoOfDemonym(word: string): string | null {
  const k = key(word);
  for (const r of countryRows()) if (r.demonyms.some((d) => key(d) === k)) return r.iso;
  return null;
}
