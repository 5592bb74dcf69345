import type { Stage } from '../pipeline/pipeline.ts';
import { tokenize } from '../nlp/tokenize.ts';

/** Sentences and tokens (wink-nlp) with character offsets into the body. */
export const sentencesStage = (): Stage => ({
  name: 'sentences',
  reads: ['text'],
  writes: ['sentences', 'tokens'],
  run(doc) {
    const { sentences, tokens } = tokenize(doc.text);
    doc.sentences = sentences;
    doc.tokens = tokens;
  },
});
