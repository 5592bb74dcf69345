// The analytics data files (data/analytics): evidence weights, CAMEO phrases for
// summaries, country short names. Loaded once, validated row by row.
import { dataPath, firstError, loadJsonl, need, readManifest } from '../rules/load.ts';

export interface WeightRow { kind: 'modality' | 'quad' | 'relation'; key: string; series: number; direction: number; note?: string }
export interface PhraseRow { code: string; one: string; many: string }
export interface CountryRow { code: string; name: string }

export interface Weights {
  version: string;
  /** weight of an event of this modality in counts and the index */
  series: (modality: string) => number;
  /** weight of an event of this modality as a signal of direction */
  direction: (modality: string) => number;
  /** weight of a quad class in the index */
  quad: (q: number | null) => number;
  /** weight of a quad class as a signal of direction (brief) */
  quadDirection: (q: number | null) => number;
  /** weight of one relation statement of this direction */
  relation: (direction: string, hedged?: boolean) => number;
}

let cache: { weights: Weights; phrases: Map<string, PhraseRow>; countries: Map<string, string> } | null = null;

const num = (o: Record<string, unknown>, k: string) => (typeof o[k] === 'number' && Number.isFinite(o[k]) && (o[k] as number) >= 0 ? null : `"${k}" must be a number >= 0`);

export function buildWeights(rows: WeightRow[], version: string): Weights {
  const byKey = new Map(rows.map((r) => [`${r.kind}|${r.key}`, r]));
  const get = (kind: string, key: string) => byKey.get(`${kind}|${key}`);
  const hedge = get('relation', 'hedged')?.direction ?? 0.5;
  return {
    version,
    series: (m) => get('modality', m)?.series ?? 0,
    direction: (m) => get('modality', m)?.direction ?? 0,
    quad: (q) => (q == null ? 0 : get('quad', String(q))?.series ?? 0),
    quadDirection: (q) => (q == null ? 0 : get('quad', String(q))?.direction ?? 0),
    relation: (d, hedged) => (get('relation', d)?.direction ?? 0) * (hedged ? hedge : 1),
  };
}

function load() {
  if (cache) return cache;
  const dir = dataPath('analytics');
  const m = readManifest(dir);
  const weights = loadJsonl<WeightRow>(dataPath('analytics', 'weights.jsonl'), (r) => firstError(
    ['modality', 'quad', 'relation'].includes(r.kind) ? null : '"kind" must be modality, quad or relation',
    need.string(r as never, 'key'), num(r as never, 'series'), num(r as never, 'direction'),
  ));
  const phrases = loadJsonl<PhraseRow>(dataPath('analytics', 'phrases.jsonl'), (r) => firstError(
    /^\d{2,4}$/.test(String(r.code)) ? null : '"code" must be 2-4 digits', need.string(r as never, 'one'), need.string(r as never, 'many'),
  ));
  const countries = loadJsonl<CountryRow>(dataPath('analytics', 'countries.jsonl'), (r) => firstError(
    /^[A-Z]{3}$/.test(String(r.code)) ? null : '"code" must be 3 capital letters', need.string(r as never, 'name'),
  ));
  cache = {
    weights: buildWeights(weights, `weights.v${m.version}`),
    phrases: new Map(phrases.map((p) => [p.code, p])),
    countries: new Map(countries.map((c) => [c.code, c.name])),
  };
  return cache;
}

export const weights = (): Weights => load().weights;

/** Short English name of an actor key: a country's listed name; an organisation key (NATO, EU) or an unknown code is its own name. */
export const countryName = (code: string): string => load().countries.get(code) ?? code;

/** A noun phrase for `count` events of a CAMEO code: the longest listed prefix wins. */
export function phrase(code: string, count: number): string | null {
  const t = load().phrases;
  for (let k = code.length; k >= 2; k--) {
    const p = t.get(code.slice(0, k));
    if (p) return count === 1 ? p.one : `${count} ${p.many}`;
  }
  return null;
}
