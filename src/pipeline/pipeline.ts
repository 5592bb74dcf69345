// A pipeline is an ordered list of named stages. Each stage declares the layers it reads
// and writes; the runner checks, when the pipeline is built, that every layer a stage
// reads is written by an earlier stage (or provided by the reader), and names the stage
// in any error.
import type { Doc } from '../doc/types.ts';

export type Layer = 'text' | 'meta' | 'sentences' | 'tokens' | 'actors' | 'events' | 'relations' | 'claims';

export interface StageContext {
  /** publication date used to resolve relative dates and offices, YYYY-MM-DD */
  date: string | null;
}

export interface Stage {
  name: string;
  reads: Layer[];
  writes: Layer[];
  run(doc: Doc, ctx: StageContext): void;
}

export class StageError extends Error {
  constructor(public stage: string, cause: unknown) {
    super(`stage ${stage}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export interface Pipeline {
  stages: readonly Stage[];
  run(doc: Doc, ctx?: Partial<StageContext>): Doc;
}

const PROVIDED: Layer[] = ['text', 'meta'];

export function buildPipeline(stages: Stage[]): Pipeline {
  const have = new Set<Layer>(PROVIDED);
  const names = new Set<string>();
  for (const s of stages) {
    if (names.has(s.name)) throw new Error(`pipeline: stage ${s.name} appears twice`);
    names.add(s.name);
    for (const r of s.reads) if (!have.has(r)) throw new Error(`pipeline: stage ${s.name} reads "${r}" but no earlier stage writes it`);
    for (const w of s.writes) have.add(w);
  }
  return {
    stages,
    run(doc, ctx = {}) {
      const full: StageContext = { date: ctx.date ?? doc.meta.published ?? null };
      for (const s of stages) {
        try { s.run(doc, full); } catch (e) { throw new StageError(s.name, e); }
      }
      return doc;
    },
  };
}
