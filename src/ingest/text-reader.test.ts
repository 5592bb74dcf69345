import { describe, expect, it } from 'vitest';
import { readText, isParagraphLine } from './text-reader.ts';

const ARTICLE = `Home > World
Share  Tweet  Email

Monday, March 6, 2023

Chile and Argentina agree to joint lithium study

Special to The Example Tribune

SANTIAGO — Chile and Argentina agreed on Monday to study a joint approach to lithium mining, the two foreign ministers said after a meeting in Santiago that lasted most of the day.

Officials said the study would look at water use, export rules and the role of state companies. A first report is expected before the end of the year, according to a statement.

Bolivia was invited to join the talks but has not yet replied, the statement said.

Ana Ruiz teaches economics at an example university in Valparaiso.

Back to Top
Contact | Advertise | Privacy | Terms
The Example Tribune Ltd. All rights reserved.
`;

describe('readText', () => {
  const doc = readText(ARTICLE, { source: 'mem.txt' });
  it('reads the metadata from the head, the tail and the dateline', () => {
    expect(doc.meta).toMatchObject({
      title: 'Chile and Argentina agree to joint lithium study', published: '2023-03-06', section: 'World',
      publisher: 'The Example Tribune', author: 'Ana Ruiz', dateline: 'SANTIAGO', language: 'en', format: 'text', source: 'mem.txt',
    });
  });
  it('keeps only the story in the body', () => {
    expect(doc.text.startsWith('Chile and Argentina agreed on Monday')).toBe(true);
    expect(doc.text.endsWith('has not yet replied, the statement said.')).toBe(true);
    for (const junk of ['Share', 'Back to Top', 'Special to', 'All rights reserved', 'teaches economics', 'Privacy']) expect(doc.text).not.toContain(junk);
    expect(doc.text.split('\n\n')).toHaveLength(3);
  });
  it('lets caller metadata win and keeps the id stable', () => {
    const d2 = readText(ARTICLE, { title: 'Given title', url: 'https://example.org/a' });
    expect(d2.meta.title).toBe('Given title');
    expect(readText(ARTICLE).id).toBe(doc.id);
    expect(d2.id).not.toBe(doc.id); // the URL is part of the identity
  });
  it('joins hard-wrapped paragraphs and reads Markdown headings', () => {
    const md = '# Trade talks stall in Geneva\n\nBy Lena Park\n\nGENEVA — Negotiators from the two blocs\nleft Geneva on Friday without\nan agreement on farm subsidies,\nofficials said, and no new date\nwas set for another round.\n\nBoth sides blamed the other for the failure and said they remained open to further talks later this year.\n';
    const d = readText(md);
    expect(d.meta.title).toBe('Trade talks stall in Geneva');
    expect(d.meta.author).toBe('Lena Park');
    expect(d.meta.dateline).toBe('GENEVA');
    expect(d.text.split('\n\n')[0]).toBe('Negotiators from the two blocs left Geneva on Friday without an agreement on farm subsidies, officials said, and no new date was set for another round.');
  });
  it('refuses text that is not an article', () => {
    expect(() => readText('Home\nLogin\nSearch\n')).toThrow(/not an article/);
    expect(() => readText('The minister arrived in Oslo on Monday for a short visit.')).toThrow(/not an article: only \d+ words/);
  });
  it('records the language of non-English text', () => {
    const de = 'Der Außenminister ist am Montag zu Gesprächen in Warschau eingetroffen. Er will mit der polnischen Regierung über die Sicherheit in der Region sprechen, sagte ein Sprecher des Ministeriums. Die beiden Länder haben ihre Zusammenarbeit in den letzten Jahren ausgebaut und wollen auch in Zukunft eng zusammenarbeiten.';
    expect(readText(de).meta.language).toBe('de');
  });
  it('tells running text from short lines', () => {
    expect(isParagraphLine('The ministers met for two hours and agreed on a joint statement.')).toBe(true);
    expect(isParagraphLine('Contact us')).toBe(false);
  });
});
