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
  it('a demonym qualifies a group across one or two lower-case words ("French yellow-vest protesters", "Chilean copper miners")', () => {
    expect(actors('French yellow-vest protesters blocked roads.')).toContain('French yellow-vest protesters=FRA/CVL');
    expect(actors('Chilean copper miners went on strike.')).toContain('Chilean copper miners=CHL/LAB');
    // (not a thing the demonym qualifies: "Russian gas exports" names no group)
    expect(actors('Russian gas exports rose.')).toEqual(['Russian=RUS/null']);
  });
});
