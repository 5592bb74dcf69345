// Line-level clutter classifier for scraped text: each trimmed line is tested against the
// patterns of data/clutter (generic code, rules as data). A match says what kind of page
// furniture the line is and may carry metadata (section, publisher, author) in named groups.
import { dataPath, firstError, loadJsonl, need, readManifest } from '../rules/load.ts';

export type Where = 'any' | 'head' | 'tail' | 'edge';

export interface ClutterRule { id: string; kind: string; pattern: string; flags?: string; where?: Where; maxLength?: number; note?: string }
interface Compiled { id: string; kind: string; re: RegExp; where: Where; maxLength: number }

export interface ClutterMatch { rule: string; kind: string; groups: Record<string, string> }

const WHERES = new Set(['any', 'head', 'tail', 'edge']);

export function loadClutter(dir = dataPath('clutter')): Compiled[] {
  const manifest = readManifest(dir);
  const file = `${dir}/lines.jsonl`;
  const rows = loadJsonl<ClutterRule>(file, (r) => {
    const e = firstError(need.string(r as never, 'id'), need.string(r as never, 'kind'), need.string(r as never, 'pattern'));
    if (e) return e;
    if (r.where && !WHERES.has(r.where)) return `"where" must be one of any, head, tail, edge`;
    try { new RegExp(r.pattern, r.flags ?? 'iu'); } catch (err) { return `bad pattern: ${(err as Error).message}`; }
    return null;
  });
  return rows.map((r) => ({
    id: `${manifest.name}.v${manifest.version}:${r.id}`, kind: r.kind, re: new RegExp(r.pattern, r.flags ?? 'iu'),
    where: r.where ?? 'any', maxLength: r.maxLength ?? Infinity,
  }));
}

let cached: Compiled[] | null = null;
const rules = () => (cached ??= loadClutter());

export type Position = 'head' | 'body' | 'tail';

const fits = (where: Where, pos: Position) =>
  where === 'any' || where === pos || (where === 'edge' && pos !== 'body');

/** The first clutter rule a line matches at this position, or null for content. */
export function classifyLine(line: string, pos: Position = 'body', list = rules()): ClutterMatch | null {
  const t = line.trim();
  if (!t) return null;
  for (const r of list) {
    if (t.length > r.maxLength || !fits(r.where, pos)) continue;
    const m = r.re.exec(t);
    if (m) {
      const groups: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v) groups[k] = v.trim();
      return { rule: r.id, kind: r.kind, groups };
    }
  }
  return null;
}
