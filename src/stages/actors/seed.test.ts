// The seed article (../shared/seed): every actor an analyst reads out of it is found with
// the right country and sector; the author, the publisher and the author's college are not.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import type { ActorMention, Doc } from '../../doc/types.ts';
import { tokenize } from '../../nlp/tokenize.ts';
import { describeShared, sharedPath } from '../../testing/shared.ts';
import { actorsStage } from './index.ts';

interface Expected { document: { body_starts_with: string; body_ends_with: string; published: string; author: string; publisher: string }; actors: Array<{ text: string; country: string; sector: string | null }> }

describeShared('actors on the seed article', 'seed/expected.json', () => {
  let exp: Expected, byline = '', doc: Doc, actors: ActorMention[] = [];
  beforeAll(() => {
    const raw = readFileSync(sharedPath('seed/000_38fe8fbb85fc2e59.txt'), 'utf8');
    exp = JSON.parse(readFileSync(sharedPath('seed/expected.json'), 'utf8')) as Expected;
    const a = raw.indexOf(exp.document.body_starts_with);
    const b = raw.indexOf(exp.document.body_ends_with) + exp.document.body_ends_with.length;
    // the body as the ingest reader will cut it, plus the byline paragraph that follows it on the page
    byline = raw.slice(b).split(/\n\s*\n/).map((p) => p.trim()).find(Boolean) ?? '';
    const text = raw.slice(a, b) + '\n\n' + byline;
    doc = createDoc(text, { published: exp.document.published, author: exp.document.author, publisher: exp.document.publisher });
    const t = tokenize(text);
    doc.sentences = t.sentences; doc.tokens = t.tokens;
    actorsStage().run(doc, { date: exp.document.published });
    actors = doc.actors.filter((m) => !m.locationOnly);
  });

  it('finds every expected actor with its country and sector', () => {
    expect(exp.actors.length).toBeGreaterThan(10);
    for (const { text: name, country, sector } of exp.actors) {
      const hit = actors.find((m) => m.text.includes(name) && m.country === country && m.sector === sector);
      expect.soft(hit, `${name} as ${country} ${sector}: got ${JSON.stringify(actors.filter((m) => m.text.includes(name)).map((m) => m.code))}`).toBeDefined();
    }
  });

  it('does not make the author, the publisher or the college actors', () => {
    expect(byline).toContain('teaches at');
    for (const no of ['Harsh', 'Pant', "King's College", 'London', 'Japan Times']) expect(doc.actors.filter((m) => m.text.includes(no))).toEqual([]);
  });

  it('codes the capitals that act as governments and the role phrases as one mention', () => {
    expect(actors.find((m) => m.text === 'Pakistan Army chief Gen Ashfaq Parvez Kayani')?.code).toBe('PAKMIL');
    expect(actors.find((m) => m.text === "Pakistan's President Asif Ali Zardari")?.code).toBe('PAKGOV');
    expect(actors.find((m) => m.text === "Russia's Gazprom")?.code).toBe('RUSBUS');
    expect(actors.filter((m) => m.text === 'Moscow').every((m) => m.code === 'RUSGOV')).toBe(true);
  });
});
