// Find the data rows behind a rule or dictionary-entry id ("verbs.v1:visit#1",
// "capitals.v1:RUS", "claims.v1:percent+percent+over/demonym-arms"): every JSONL file under
// data/ is indexed by its rows' id-like fields; an id's key and its parts (split on "/" and
// "+", with and without a "#n" suffix) are looked up, rows from the file named like the
// id's prefix first. Generic: it knows no dictionary by name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { DATA_DIR, loadJsonl, readManifest, type Manifest } from '../rules/load.ts';

export interface RuleEntry { file: string; line: number; manifest: Pick<Manifest, 'name' | 'version' | 'date'> | null; row: Record<string, unknown> }
export interface RuleLookup { id: string; set: string | null; version: string | null; key: string; entries: RuleEntry[] }

const ID_FIELDS = ['id', 'iso3', 'iso', 'code', 'name'] as const;

export class RulesIndex {
  #by = new Map<string, RuleEntry[]>();
  /** rows by id without its "#n" variant suffix */
  #base = new Map<string, RuleEntry[]>();
  errors: string[] = [];

  constructor(readonly dir: string = DATA_DIR) {
    this.#walk(dir, null);
  }

  #walk(dir: string, manifest: RuleEntry['manifest']): void {
    let names: string[];
    try { names = readdirSync(dir).sort(); } catch (e) { this.errors.push(`${dir}: ${(e as Error).message}`); return; }
    if (names.includes('manifest.json')) {
      try { const m = readManifest(dir); manifest = { name: m.name, version: m.version, date: m.date }; } catch (e) { this.errors.push((e as Error).message); }
    }
    for (const n of names) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) { this.#walk(p, manifest); continue; }
      if (!n.endsWith('.jsonl')) continue;
      let rows: Array<Record<string, unknown>>;
      let lines: number[];
      try {
        const src = readFileSync(p, 'utf8');
        // loadJsonl skips blank and comment lines: keep the file line of each row it returns
        lines = src.split(/\r?\n/).flatMap((l, i) => (l.trim() && !l.trim().startsWith('//') ? [i + 1] : []));
        rows = loadJsonl<Record<string, unknown>>(p, (r) => (r && typeof r === 'object' && !Array.isArray(r) ? null : 'row must be an object'), src);
      } catch (e) { this.errors.push((e as Error).message); continue; }
      const file = relative(this.dir, p);
      rows.forEach((row, i) => {
        for (const f of ID_FIELDS) {
          const v = row[f];
          if (typeof v !== 'string' || !v) continue;
          const e: RuleEntry = { file, line: lines[i]!, manifest, row };
          for (const [map, k] of [[this.#by, v.toLowerCase()], [this.#base, v.toLowerCase().replace(/#\d+$/, '')]] as const) {
            const list = map.get(k) ?? [];
            list.push(e);
            map.set(k, list);
          }
          break;
        }
      });
    }
  }

  lookup(id: string): RuleLookup {
    const m = /^([a-z0-9_-]+)\.(v\d+):(.+)$/i.exec(id);
    const set = m ? m[1]! : null, version = m ? m[2]! : null, key = m ? m[3]! : id;
    const keys = [key, ...key.split(/[/+]/)];
    const seen = new Set<RuleEntry>();
    const out: RuleEntry[] = [];
    for (const k of keys) {
      const lk = k.toLowerCase();
      const hits = this.#by.get(lk) ?? this.#by.get(`person:${lk}`) ?? this.#base.get(lk.replace(/#\d+$/, '')) ?? [];
      for (const e of hits) if (!seen.has(e)) { seen.add(e); out.push(e); }
    }
    const named = (e: RuleEntry) => (set && basename(e.file, '.jsonl') === set ? 0 : set && e.file.includes(set) ? 1 : 2);
    out.sort((x, y) => named(x) - named(y));
    return { id, set, version, key, entries: out.slice(0, 10) };
  }
}

let shared: RulesIndex | null = null;
/** The index of the project's data/ folder, built on first use. */
export const rulesIndex = () => (shared ??= new RulesIndex());
