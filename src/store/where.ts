// Event filters as portable SQL (standard operators, `?` placeholders) shared by backends.
// Dyad and country filters match actor keys (country code, or the org's short name for
// IGO/NGO rows: see actor-key.ts).
import { actorKeySql } from './actor-key.ts';
import type { EventFilter } from './store.ts';

export interface Where { sql: string; params: unknown[] }

const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

/** Columns holding the actor keys: the events table computes them; roll-ups store them. */
export interface ActorCols { src: string; tgt: string }
export const EVENT_ACTORS: ActorCols = { src: actorKeySql('src'), tgt: actorKeySql('tgt') };

export function eventWhere(f: EventFilter, cols: ActorCols = EVENT_ACTORS): Where {
  const { src, tgt } = cols;
  const c: string[] = [];
  const p: unknown[] = [];
  if (f.dyad) {
    const [a, b] = f.dyad;
    if (f.directed) { c.push(`${src} = ? AND ${tgt} = ?`); p.push(a, b); }
    else { c.push(`((${src} = ? AND ${tgt} = ?) OR (${src} = ? AND ${tgt} = ?))`); p.push(a, b, b, a); }
  }
  if (f.country) { c.push(`(${src} = ? OR ${tgt} = ?)`); p.push(f.country, f.country); }
  if (f.countries?.length) {
    const ph = f.countries.map(() => '?').join(', ');
    c.push(`(${src} IN (${ph}) OR ${tgt} IN (${ph}))`); p.push(...f.countries, ...f.countries);
  }
  if (f.cameo) { c.push('cameo = ?'); p.push(f.cameo); }
  if (f.root) { c.push('root = ?'); p.push(f.root.padStart(2, '0')); }
  if (f.quad != null) { c.push('quad = ?'); p.push(f.quad); }
  for (const [col, v] of [['modality', f.modality], ['origin', f.origin]] as const) {
    if (v == null) continue;
    const vs = list(v);
    c.push(`${col} IN (${vs.map(() => '?').join(', ')})`); p.push(...vs);
  }
  if (f.doc_id) { c.push('doc_id = ?'); p.push(f.doc_id); }
  if (f.from) { c.push('date >= CAST(? AS DATE)'); p.push(f.from); }
  if (f.to) { c.push('date <= CAST(? AS DATE)'); p.push(f.to); }
  if (f.primaryOnly) c.push('is_primary');
  return { sql: c.length ? `WHERE ${c.join(' AND ')}` : '', params: p };
}
