// The actors stage: who acts in each sentence. Dictionaries are data (data/actors/),
// matched by a token trie; context rules, role phrases, office dates and coreference
// are applied by the resolver. Extra dictionaries (e.g. imported Phoenix/PETRARCH
// files) are matched beside ours.
import type { Stage } from '../../pipeline/pipeline.ts';
import { today } from './dates.ts';
import { buildLexicon, type Lexicon } from './lexicon.ts';
import { loadActorData } from './load.ts';
import { resolveDoc } from './resolve.ts';
import type { ActorData, ActorDictionary } from './types.ts';

export interface ActorsOptions {
  /** dictionaries matched beside the built-in ones */
  extra?: ActorDictionary[];
  /** use these data instead of data/actors (tests) */
  data?: ActorData;
}

let defaultLexicon: Lexicon | null = null;

export function actorsStage(opts: ActorsOptions = {}): Stage {
  let lex: Lexicon | null = null;
  const lexicon = () => {
    if (lex) return lex;
    if (!opts.extra?.length && !opts.data) lex = defaultLexicon ??= buildLexicon(loadActorData());
    else lex = buildLexicon(opts.data ?? loadActorData(), opts.extra ?? []);
    return lex;
  };
  return {
    name: 'actors',
    reads: ['sentences', 'tokens'],
    writes: ['actors'],
    run(doc, ctx) {
      const date = ctx.date ?? doc.meta.published ?? today();
      doc.actors = resolveDoc(doc, lexicon(), { date: date.length === 10 ? date : date.length === 7 ? `${date}-15` : `${date}-07-01` });
    },
  };
}

export type { ActorDictionary, ActorEntry, GovernorClass, ParticipationRule, RoleEntry, Term } from './types.ts';
export { loadActorData, loadPeople } from './load.ts';
