import { describe, expect, it } from 'vitest';
import { readHtml, extractHtml } from './html-reader.ts';

const para = (s: string) => `<p>${s}</p>`;
const STORY = [
  'VIENNA — Iran and the International Atomic Energy Agency agreed on Saturday to resume inspections at two sites, the agency said after talks in Vienna that ran late into the night.',
  'The agreement allows inspectors to reinstall monitoring cameras removed last year, according to a joint statement released by both sides on Saturday evening.',
  'Diplomats from France, Germany and Britain welcomed the step but said Tehran still had to explain traces of uranium found at undeclared locations.',
  'The agency will report to its board of governors next month, when member states are expected to discuss the matter again.',
];

function page(extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Iran agrees to resume inspections | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2022-03-05T21:00:00Z">
<meta name="author" content="Petra Novak"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>Iran agrees to resume inspections</h1>
<p class="byline">By Petra Novak</p>
<div class="share-tools"><a href="#">Share</a><a href="#">Tweet</a></div>
${para(STORY[0]!)}
<figure><img src="a.jpg"><figcaption>Inspectors at a site in 2019. Photo: Example Agency</figcaption></figure>
${para(STORY[1]!)}
<ul class="links"><li><a href="/1">Iran nuclear talks: what we know</a></li><li><a href="/2">Timeline of the deal</a></li><li><a href="/3">Sanctions explained</a></li></ul>
${para(STORY[2]!)}
<div class="newsletter-box"><p>Sign up for our daily briefing</p></div>
${para(STORY[3]!)}
${extra}
<p>Petra Novak is a correspondent based in Vienna.</p>
</article></main>
<footer><p>© 2022 Example News Ltd. All rights reserved.</p></footer></body></html>`;
}

describe('readHtml', () => {
  const doc = readHtml(page(), { source: 'page.html' });
  it('keeps the story and drops captions, link lists, share and newsletter blocks, byline and author note', () => {
    const paras = doc.text.split('\n\n');
    expect(paras).toEqual([STORY[0]!.replace('VIENNA — ', ''), STORY[1], STORY[2], STORY[3]]);
  });
  it('reads metadata and the dateline', () => {
    expect(doc.meta).toMatchObject({
      title: 'Iran agrees to resume inspections', published: '2022-03-05', author: 'Petra Novak', publisher: 'Example News',
      dateline: 'VIENNA', language: 'en', format: 'html', source: 'page.html',
    });
  });
  it('maps body paragraphs back to the source', () => {
    const html = page();
    expect(doc.sourceMap).toHaveLength(4);
    for (const [bs, be, ss, se] of doc.sourceMap!) {
      const bodyWords = doc.text.slice(bs, be).split(/\s+/);
      const src = html.slice(ss, se);
      expect(src).toContain(bodyWords[0]!);
      expect(src).toContain(bodyWords[bodyWords.length - 1]!);
    }
    expect(doc.sourceMap![1]![2]).toBeGreaterThan(doc.sourceMap![0]![2]);
  });
  it('ends the article at a "related stories" or "About <company>" heading after most of the text', () => {
    const tail = `<h3>You may also like...</h3><p>Oil prices climb as talks stall in Vienna once more this week</p><p>Five things to know about the inspections regime and its history</p>`;
    const d = readHtml(page(tail));
    expect(d.text).not.toContain('Oil prices climb');
    expect(d.text.endsWith(STORY[3]!)).toBe(true);
    const about = `<h2>About Example Energy Corp</h2><p>Example Energy Corp is a supplier of monitoring equipment with offices in twelve countries and around 900 employees.</p>`;
    expect(readHtml(page(about)).text).not.toContain('supplier of monitoring equipment');
    // a heading early in the text is only a heading
    const early = readHtml(page().replace('<p class="byline">', '<h2>Related coverage</h2><p class="byline">'));
    expect(early.text.split('\n\n')).toHaveLength(4);
  });
  it('drops links to other stories tagged with a kicker', () => {
    const d = readHtml(page('<p>Oil prices climb as talks stall in Vienna [VIDEO]</p>'));
    expect(d.text).not.toContain('[VIDEO]');
  });
  it('can leave the precision pass out (Readability only) for comparison', () => {
    const x = extractHtml(page(), { readabilityOnly: true });
    expect(x.body).toContain('Inspectors at a site in 2019');
  });
  it('reads a page that has no <body> element (Readability fails on it)', () => {
    const d = readHtml(`<html><head><title>Quito talks</title></head><div>${STORY.map(para).join('')}</div></html>`);
    expect(d.text.split('\n\n')).toHaveLength(4);
    expect(d.meta.dateline).toBe('VIENNA');
  });
  it('refuses a login page', () => {
    const login = '<html><body><h1>Sign in</h1><form><input name="user"><input type="password" name="pw"><button>Log in</button></form><p>Forgot your password? Contact support.</p></body></html>';
    expect(() => readHtml(login)).toThrow(/not an article: a login page/);
  });
  it('refuses an index page of links', () => {
    const items = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Story number ${i} about regional diplomacy and trade</a></li>`).join('');
    expect(() => readHtml(`<html><body><h1>World news</h1><ul>${items}</ul></body></html>`)).toThrow(/not an article: an index page/);
  });
  it('refuses a page with too little text', () => {
    expect(() => readHtml('<html><body><p>Coming soon.</p></body></html>')).toThrow(/not an article: only \d+ words/);
  });
});
