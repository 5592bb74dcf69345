import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.ts';
import { coderPipeline, defaultPipeline, read } from './default.ts';

describe('default pipelines', () => {
  it('the coder runs sentences, actors and events only, and codes what the whole pipeline codes', () => {
    expect(coderPipeline().stages.map((s) => s.name)).toEqual(['sentences', 'actors', 'events']);
    expect(defaultPipeline().stages.map((s) => s.name)).toEqual(['sentences', 'actors', 'events', 'relations', 'claims']);
    const text = 'Chile accused Peru of violating the ceasefire on Tuesday. Relations between Chile and Peru have soured.';
    const a = coderPipeline().run(createDoc(text, { published: '2015-03-10' }));
    const b = defaultPipeline().run(createDoc(text, { published: '2015-03-10' }));
    expect(a.events.length).toBeGreaterThan(0);
    expect(a.events).toEqual(b.events);
    expect(a.relations).toEqual([]);
    expect(b.relations.length).toBeGreaterThan(0);
  });
  it('a document not in English gets sentences only, with a note', () => {
    const doc = read(createDoc('Chile y Perú firmaron un acuerdo. Fue un éxito.', { language: 'es' }));
    expect(doc.sentences.length).toBe(2);
    expect(doc.actors).toEqual([]);
    expect(doc.notes[0]).toMatch(/language es/);
  });
});
