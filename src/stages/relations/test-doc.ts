// Test and bench helper: a tokenized doc with country mentions from the stand-in marker.
import { createDoc } from '../../doc/doc.ts';
import type { Doc } from '../../doc/types.ts';
import { sentencesStage } from '../sentences.ts';
import { markCountries } from './mark-countries.ts';

export function markedDoc(text: string, published: string | null = null): Doc {
  const doc = createDoc(text, { published });
  sentencesStage().run(doc, { date: published });
  doc.actors = markCountries(doc);
  return doc;
}
