// Country names, demonyms and capitals → ISO alpha-3, from data/claims/countries.jsonl.
import { existsSync } from 'node:fs';
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

/** Names from the actor dictionary (data/actors/countries.jsonl) when it is there; [] otherwise. */
function actorDictionaryNames(field: 'names' | 'adjectives' = 'names'): Array<[string, string]> {
  const file = dataPath('actors', 'countries.jsonl');
  if (!existsSync(file)) return [];
  try {
    const rows = loadJsonl<{ iso3?: string; name?: string; names?: string[]; adjectives?: string[]; to?: string }>(file);
    return rows.filter((r) => r.iso3 && /^[A-Z]{3}$/.test(r.iso3) && !r.to)
      .flatMap((r) => (field === 'names' ? [r.name ?? '', ...(r.names ?? [])] : r.adjectives ?? []).filter(Boolean).map((n) => [n, r.iso3!] as [string, string]));
  } catch { return []; }
}

/** ISO code for a country name or code ("Russia", "RUS", "United States", "Turkiye"), or null.
 *  Names come from the actor dictionaries when present, then from data/claims/countries.jsonl. */
export function isoOf(name: string): string | null {
  const n = name.trim();
  if (/^[A-Z]{3}$/.test(n)) return n;
  if (!byName) {
    byName = new Map();
    for (const [x, iso] of actorDictionaryNames()) byName.set(key(x), iso);
    for (const r of countryRows()) for (const x of [...r.names, r.iso]) if (!byName.has(key(x))) byName.set(key(x), r.iso);
  }
  return byName.get(key(n)) ?? byName.get(key(n.replace(/^the\s+/i, ''))) ?? null;
}

let byDemonym: Map<string, string> | null = null;

/** The country of a demonym ("Russian" → RUS), or null. Actor dictionary adjectives first, when present. */
export function isoOfDemonym(word: string): string | null {
  if (!byDemonym) {
    byDemonym = new Map();
    for (const [x, iso] of actorDictionaryNames('adjectives')) byDemonym.set(key(x), iso);
    for (const r of countryRows()) for (const d of r.demonyms) if (!byDemonym.has(key(d))) byDemonym.set(key(d), r.iso);
  }
  return byDemonym.get(key(word)) ?? null;
}
