// The relations stage: statements about the state or trend of a dyad ("the deterioration
// in relations between X and Y", "the X-Y rapprochement", "its all-weather friend").
//
// - a, b: the two country codes, sorted alphabetically (relations are unordered pairs).
// - direction: warming / cooling (a change), friendly / hostile (a standing state).
// - strength: the trigger's weight from data/relations, +0.15 with an intensifier
//   ("sharply"), halved when hedged; capped at 1.
// - Negated statements ("ties are not improving", "no sign of a thaw") produce no record.
// - Hedged statements ("ties could sour", "may improve", "wants to reset relations",
//   "analysts expect a downturn") are kept with hedged: true; trend analytics should leave
//   them out (they assert no trend).
// - since: the year of a "since 2011" in the same clause, else null.
// - rule: "<vocab>.v<major>:<trigger id>[+<hedge ids>]/<how the pair was found>".
import type { Stage } from '../../pipeline/pipeline.ts';
import { findRelations } from './find.ts';
import { relationVocab } from './vocab.ts';

export { findRelations } from './find.ts';
export { loadRelationVocab, relationVocab } from './vocab.ts';

export const relationsStage = (): Stage => ({
  name: 'relations',
  reads: ['sentences', 'tokens', 'actors'],
  writes: ['relations'],
  run(doc) {
    doc.relations = findRelations(doc, relationVocab());
  },
});
