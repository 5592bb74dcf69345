// The claims vocabulary from data/claims (manifest + JSONL, validated on load): qualifier
// words, units (percent, currencies, scales, ranks) and measure-name rules.
import { join } from 'node:path';
import { dataPath, DataError, firstError, loadJsonl, need, readManifest, type Manifest } from '../../rules/load.ts';

export interface QualifierRow { id: string; pattern: string; qualifier: string }
export type UnitKind = 'percent' | 'currency-prefix' | 'currency-word' | 'scale' | 'ordinal' | 'superlative' | 'not-count';
export interface UnitRow { id: string; kind: UnitKind; pattern: string; unit?: string; factor?: number }
export interface MeasureRow { id: string; unit?: string; np?: string; before?: string; measure: string }

export interface Compiled<T> { row: T; re: RegExp }
export interface ClaimVocab {
  manifest: Manifest;
  tag: string;
  qualifiers: Compiled<QualifierRow>[];
  units: Compiled<UnitRow>[];
  measures: Array<{ row: MeasureRow; np: RegExp | null; before: RegExp | null }>;
}

const KINDS: UnitKind[] = ['percent', 'currency-prefix', 'currency-word', 'scale', 'ordinal', 'superlative', 'not-count'];

function re(file: string, pattern: string, flags: string, anchored: 'start' | 'end' | 'none'): RegExp {
  const body = anchored === 'start' ? `^(?:${pattern})(?![\\p{L}\\p{N}])` : anchored === 'end' ? `(?<![\\p{L}\\p{N}])(?:${pattern})\\s*$` : pattern;
  try { return new RegExp(body, flags); } catch (e) { throw new DataError(file, null, pattern, `bad pattern: ${(e as Error).message}`); }
}

export function loadClaimVocab(dir = dataPath('claims')): ClaimVocab {
  const manifest = readManifest(dir);
  const tag = `${manifest.name}.v${manifest.version.split('.')[0]}`;
  const f = (k: string, d: string) => join(dir, manifest.files?.[k] ?? d);
  const qf = f('qualifiers', 'qualifiers.jsonl');
  const qualifiers = loadJsonl<QualifierRow>(qf, (r) => firstError(need.string(r as never, 'id'), need.string(r as never, 'pattern'), need.string(r as never, 'qualifier')))
    .map((row) => ({ row, re: re(qf, row.pattern, 'iu', 'end') }));
  const uf = f('units', 'units.jsonl');
  const units = loadJsonl<UnitRow>(uf, (r) => firstError(
    need.string(r as never, 'id'), need.string(r as never, 'pattern'),
    KINDS.includes(r.kind) ? null : `"kind" must be one of ${KINDS.join(', ')}`,
    r.kind === 'scale' ? (typeof r.factor === 'number' && r.factor > 0 ? null : '"factor" must be a positive number for a scale') : null,
    ['percent', 'currency-prefix', 'currency-word'].includes(r.kind) ? need.string(r as never, 'unit') : null,
  )).map((row) => ({ row, re: re(uf, row.pattern, 'iu', row.kind === 'currency-prefix' ? 'end' : 'start') }));
  const mf = f('measures', 'measures.jsonl');
  const measures = loadJsonl<MeasureRow>(mf, (r) => firstError(need.string(r as never, 'id'), need.string(r as never, 'measure'),
    r.np == null && r.before == null ? 'a measure rule needs "np" or "before"' : null))
    .map((row) => ({ row, np: row.np ? re(mf, row.np, 'iu', 'none') : null, before: row.before ? re(mf, row.before, 'iu', 'none') : null }));
  return { manifest, tag, qualifiers, units, measures };
}

let cached: ClaimVocab | null = null;
export function claimVocab(): ClaimVocab {
  return (cached ??= loadClaimVocab());
}
