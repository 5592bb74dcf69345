// CAMEO code facts: name, root, quad class, Goldstein weight, PLOVER type and mode.
import { dataPath, firstError, loadJsonl, need, readManifest } from '../rules/load.ts';

export interface CameoCode {
  code: string; name: string; root: string; quad: number; goldstein: number;
  plover: { type: string; mode: string | null } | null; plover_context: string[];
}

let table: Map<string, CameoCode> | null = null;

export function cameoTable(): Map<string, CameoCode> {
  if (table) return table;
  const dir = dataPath('cameo');
  readManifest(dir);
  const rows = loadJsonl<CameoCode>(dataPath('cameo', 'codes.jsonl'), (r) => firstError(
    need.string(r as never, 'code'), need.string(r as never, 'name'),
    /^\d{2,4}$/.test(r.code) ? null : 'code must be 2-4 digits',
    r.root === r.code.slice(0, 2) ? null : 'root must be the first two digits',
    typeof r.goldstein === 'number' && r.goldstein >= -10 && r.goldstein <= 10 ? null : 'goldstein must be in [-10, 10]',
    [1, 2, 3, 4].includes(r.quad) ? null : 'quad must be 1-4',
  ));
  table = new Map(rows.map((r) => [r.code, r]));
  return table;
}

/** Facts for a CAMEO code; accepts codes with or without the leading zero ("42" → "042") */
export function cameo(code: string): CameoCode | null {
  const t = cameoTable();
  const c = code.trim();
  return t.get(c) ?? (/^\d{1,3}$/.test(c) ? t.get('0' + c) ?? null : null);
}

/** Quad class of a root code (GDELT convention). */
export function quadOfRoot(root: string | number): number {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}

/** PLOVER type → the CAMEO roots it comes from (for reading PLOVER-coded data). */
export function ploverRoots(type: string): string[] {
  const roots = new Set<string>();
  for (const c of cameoTable().values()) if (c.plover?.type === type.toUpperCase()) roots.add(c.root);
  return [...roots].sort();
}
