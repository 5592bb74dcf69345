// The default reading pipeline: sentences → actors → events → relations → claims.
import type { Doc } from '../doc/types.ts';
import { buildPipeline, type Pipeline, type StageContext } from './pipeline.ts';
import { sentencesStage } from '../stages/sentences.ts';
import { actorsStage } from '../stages/actors/index.ts';
import { eventsStage } from '../stages/events/index.ts';
import { relationsStage } from '../stages/relations/index.ts';
import { claimsStage } from '../stages/claims/index.ts';

let cached: Pipeline | null = null;
let coder: Pipeline | null = null;
let sentencesOnly: Pipeline | null = null;

export function defaultPipeline(): Pipeline {
  if (!cached) cached = buildPipeline([sentencesStage(), actorsStage(), eventsStage(), relationsStage(), claimsStage()]);
  return cached;
}

/** The event coder: sentences → actors → events (what `realign code` outputs needs; no relations or claims). */
export function coderPipeline(): Pipeline {
  if (!coder) coder = buildPipeline([sentencesStage(), actorsStage(), eventsStage()]);
  return coder;
}

/** Run the default pipeline; documents not in English get sentences only, with a note. */
export function read(doc: Doc, ctx: Partial<StageContext> = {}): Doc {
  const lang = doc.meta.language;
  if (lang && lang !== 'en') {
    doc.notes.push(`language ${lang}: actors, events, relations and claims skipped`);
    return (sentencesOnly ??= buildPipeline([sentencesStage()])).run(doc, ctx);
  }
  return defaultPipeline().run(doc, ctx);
}
