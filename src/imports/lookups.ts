// The data tables imports map with: country names → ISO3, ICEWS sectors → CAMEO sector
// codes (data/imports), and the CAMEO code table and PLOVER crosswalk (data/cameo).
import { cameoTable, quadOfRoot } from '../cameo/index.ts';
import { dataPath, firstError, loadJsonl, need, readManifest } from '../rules/load.ts';
import type { BulkImportSpec } from '../store/import-spec.ts';

interface CountryEntry { iso3: string; name: string; aliases: string[] }
interface SectorEntry { sector: string; code: string }

let countries: Record<string, string> | null = null;
let sectors: Record<string, string> | null = null;

/** country name (any spelling in data/imports/countries.jsonl, lower case) → ISO3 */
export function countryNames(): Record<string, string> {
  if (countries) return countries;
  readManifest(dataPath('imports'));
  const rows = loadJsonl<CountryEntry>(dataPath('imports', 'countries.jsonl'), (r) => firstError(
    need.string(r as never, 'name'), need.strings(r as never, 'aliases'),
    typeof r.iso3 === 'string' && /^[A-Z]{3}$/.test(r.iso3) ? null : '"iso3" must be three capital letters',
  ));
  const m: Record<string, string> = {};
  for (const r of rows) for (const n of [r.name, ...r.aliases]) m[n.toLowerCase()] = r.iso3;
  return (countries = m);
}

/** ICEWS sector name (lower case) → CAMEO sector code */
export function icewsSectors(): Record<string, string> {
  if (sectors) return sectors;
  readManifest(dataPath('imports'));
  const rows = loadJsonl<SectorEntry>(dataPath('imports', 'icews-sectors.jsonl'), (r) => firstError(
    need.string(r as never, 'sector'),
    typeof r.code === 'string' && /^[A-Z]{3}$/.test(r.code) ? null : '"code" must be a three-letter CAMEO sector code',
  ));
  return (sectors = Object.fromEntries(rows.map((r) => [r.sector.toLowerCase(), r.code])));
}

/** The CAMEO code table in the shape a bulk import carries. */
export function cameoCodes(): BulkImportSpec['cameoCodes'] {
  return [...cameoTable().values()].map((c) => ({
    code: c.code, name: c.name, root: c.root, quad: c.quad, goldstein: c.goldstein,
    plover_type: c.plover?.type ?? null, plover_mode: c.plover?.mode ?? null,
  }));
}

/** PLOVER type → CAMEO root, for the types the crosswalk ties to a single root; and → quad class when all its roots share one. */
export function ploverCrosswalk(): { root: Record<string, string>; quad: Record<string, string>; types: Record<string, string> } {
  const byType = new Map<string, Set<string>>();
  for (const c of cameoTable().values()) if (c.plover?.type) {
    const s = byType.get(c.plover.type) ?? new Set<string>();
    s.add(c.root); byType.set(c.plover.type, s);
  }
  const root: Record<string, string> = {}, quad: Record<string, string> = {}, types: Record<string, string> = {};
  for (const [t, roots] of byType) {
    types[t.toLowerCase()] = t;
    if (roots.size === 1) root[t.toLowerCase()] = [...roots][0]!;
    const quads = new Set([...roots].map((r) => quadOfRoot(r)));
    if (quads.size === 1) quad[t.toLowerCase()] = String([...quads][0]);
  }
  return { root, quad, types };
}

/** root code → its Goldstein weight, and root → quad class */
export function rootFacts(): { goldstein: Record<string, string>; quad: Record<string, string> } {
  const goldstein: Record<string, string> = {}, quad: Record<string, string> = {};
  for (const c of cameoTable().values()) if (c.code === c.root) { goldstein[c.root] = String(c.goldstein); quad[c.root] = String(c.quad); }
  return { goldstein, quad };
}
