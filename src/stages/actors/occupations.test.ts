// Occupational groups named by a nationality act for that country with their own sector: health workers (HLH),
// occupations that strike as a group (LAB), lawyers (JUD).
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import { tokenize } from '../../nlp/tokenize.ts';
import { actorsStage } from './index.ts';

const stage = actorsStage();
function actors(text: string) {
  const doc = createDoc(text, { published: '2016-03-01' });
  const t = tokenize(text);
  doc.sentences = t.sentences; doc.tokens = t.tokens;
  stage.run(doc, { date: '2016-03-01' });
  return doc.actors.map((a) => `${a.text}=${a.country}/${a.sector}`);
}

describe('actors: occupational groups', () => {
  it('take the country of their demonym and the sector of the occupation', () => {
    expect(actors('Malawian nurses walked off the job.')).toContain('Malawian nurses=MWI/HLH');
    expect(actors('Chilean truck drivers blocked the highway.')).toContain('Chilean truck drivers=CHL/LAB');
    expect(actors('Egyptian lawyers rallied in Cairo.')).toContain('Egyptian lawyers=EGY/JUD');
  });
});
