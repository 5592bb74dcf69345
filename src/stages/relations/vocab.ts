// The relation vocabulary: trigger phrases and modifiers read from data/relations
// (manifest + JSONL, validated on load), compiled once into word-bounded regexes.
import { join } from 'node:path';
import type { Direction } from '../../doc/types.ts';
import { dataPath, DataError, firstError, loadJsonl, need, readManifest, type Manifest } from '../../rules/load.ts';
import { expandMacros, wordRegex } from './fold.ts';

export interface TriggerRow { id: string; pattern: string; direction: Direction; strength: number; noNegation?: boolean; note?: string }
export type ModifierKind = 'negation' | 'hedge' | 'intensifier' | 'block';
export interface ModifierRow { id: string; kind: ModifierKind; pattern: string; scope: 'before' | 'clause'; window?: number; note?: string }
interface MacroRow { name: string; pattern: string }

export interface Trigger extends TriggerRow { re: RegExp; ruleId: string }
export interface Modifier extends ModifierRow { re: RegExp; ruleId: string }
export interface RelationVocab { manifest: Manifest; triggers: Trigger[]; modifiers: Modifier[] }

const DIRECTIONS = ['warming', 'cooling', 'friendly', 'hostile'];
const KINDS = ['negation', 'hedge', 'intensifier', 'block'];

function compile(file: string, pattern: string, macros: Map<string, string>): RegExp {
  try { return wordRegex(expandMacros(pattern, macros)); } catch (e) { throw new DataError(file, null, pattern, `bad pattern: ${(e as Error).message}`); }
}

/** Load a relations vocabulary folder (default data/relations). */
export function loadRelationVocab(dir = dataPath('relations')): RelationVocab {
  const manifest = readManifest(dir);
  const tag = `${manifest.name}.v${manifest.version.split('.')[0]}`;
  const f = (k: string, d: string) => join(dir, manifest.files?.[k] ?? d);
  const macroFile = f('macros', 'macros.jsonl');
  const macros = new Map(loadJsonl<MacroRow>(macroFile, (r) => firstError(need.string(r as never, 'name'), need.string(r as never, 'pattern')))
    .map((r) => [r.name, r.pattern] as [string, string]));
  const trigFile = f('triggers', 'triggers.jsonl');
  const triggers = loadJsonl<TriggerRow>(trigFile, (r) => firstError(
    need.string(r as never, 'id'), need.string(r as never, 'pattern'),
    DIRECTIONS.includes(r.direction) ? null : `"direction" must be one of ${DIRECTIONS.join(', ')}`,
    typeof r.strength === 'number' && r.strength >= 0 && r.strength <= 1 ? null : '"strength" must be a number in [0, 1]',
  )).map((r) => ({ ...r, re: compile(trigFile, r.pattern, macros), ruleId: `${tag}:${r.id}` }));
  const modFile = f('modifiers', 'modifiers.jsonl');
  const modifiers = loadJsonl<ModifierRow>(modFile, (r) => firstError(
    need.string(r as never, 'id'), need.string(r as never, 'pattern'),
    KINDS.includes(r.kind) ? null : `"kind" must be one of ${KINDS.join(', ')}`,
    r.scope === 'before' || r.scope === 'clause' ? null : '"scope" must be "before" or "clause"',
  )).map((r) => ({ ...r, re: compile(modFile, r.pattern, macros), ruleId: `${tag}:${r.id}` }));
  return { manifest, triggers, modifiers };
}

let cached: RelationVocab | null = null;
export function relationVocab(): RelationVocab {
  return (cached ??= loadRelationVocab());
}
