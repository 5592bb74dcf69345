// Country codes and names for search, from the analytics lexicon's data file.
import { dataPath, loadJsonl, need, firstError } from '../rules/load.ts';

export interface CountryName { code: string; name: string }

let rows: CountryName[] | null = null;
const all = () => (rows ??= loadJsonl<CountryName>(dataPath('analytics', 'countries.jsonl'), (r) => firstError(need.string(r as unknown as Record<string, unknown>, 'code'), need.string(r as unknown as Record<string, unknown>, 'name'))));

/** Countries whose code is the text, or whose name contains it (code matches first). */
export function countryMatches(text: string, max = 10): CountryName[] {
  const t = text.trim().toLowerCase();
  if (!t) return [];
  const exact = all().filter((c) => c.code.toLowerCase() === t);
  const named = all().filter((c) => c.code.toLowerCase() !== t && c.name.toLowerCase().includes(t))
    .sort((a, b) => Number(!a.name.toLowerCase().startsWith(t)) - Number(!b.name.toLowerCase().startsWith(t)) || a.name.localeCompare(b.name));
  return [...exact, ...named].slice(0, max);
}
