import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { chooseTitle, cleanAuthor, htmlMeta, joinNames, stripSiteName } from './html-meta.ts';
import { decodeEntities } from './entities.ts';

const dom = (html: string) => parseHTML(html).document as unknown as Document;

describe('htmlMeta', () => {
  it('reads Open Graph, article: and JSON-LD', () => {
    const m = htmlMeta(dom(`<html lang="en-GB"><head>
      <meta property="og:title" content="Kenya and Ethiopia sign border pact &#8211; update">
      <meta property="og:site_name" content="Example Wire">
      <meta property="article:section" content="Africa">
      <link rel="canonical" href="https://example.org/kenya-ethiopia">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
        {"@type":"NewsArticle","headline":"Kenya and Ethiopia sign border pact","datePublished":"2024-02-03T08:00:00+03:00",
         "dateModified":"2024-02-05","author":[{"@type":"Person","name":"A. Otieno"},{"@type":"Person","name":"B. Tesfaye"}],
         "publisher":{"@type":"Organization","name":"Example Wire Ltd"}}]}</script>
      </head><body><h1>Kenya and Ethiopia sign border pact</h1><p>text</p></body></html>`));
    expect(m).toMatchObject({
      title: 'Kenya and Ethiopia sign border pact', published: '2024-02-03', modified: '2024-02-05', author: 'A. Otieno and B. Tesfaye',
      section: 'Africa', publisher: 'Example Wire Ltd', language: 'en', url: 'https://example.org/kenya-ethiopia',
    });
  });
  it('falls back to name= meta tags, <time> and byline elements', () => {
    const m = htmlMeta(dom(`<html><head><title>Rail link opens | Example Times</title>
      <meta name="parsely-pub-date" content="2021-06-30T10:00:00Z"><meta name="sailthru.author" content="By Carla Gomez">
      </head><body><article><h1>Rail link opens</h1><p>Body.</p></article></body></html>`));
    expect(m.published).toBe('2021-06-30');
    expect(m.author).toBe('Carla Gomez');
    expect(chooseTitle(m)).toBe('Rail link opens');
  });
  it('reads the date and byline printed by the headline', () => {
    const m = htmlMeta(dom(`<html><body><header><a>Logo</a></header><h1>Port deal signed</h1>
      <div class="meta"><span>By</span> <a>Omar Haddad</a> <span>June 4, 2022</span></div><p>The port deal...</p></body></html>`));
    expect(m.shownDate).toBe('2022-06-04');
    expect(m.byline).toBe('Omar Haddad');
  });
  it('reads an author link or author element by the headline', () => {
    const m = htmlMeta(dom(`<html><body><h1>Port deal signed</h1><div><span><a href="/authors/lina-haddad">Lina Haddad</a></span></div><p>The port deal...</p></body></html>`));
    expect(m.byline).toBe('Lina Haddad');
    const n = htmlMeta(dom(`<html><body><h1>Port deal signed</h1><div class="post-author">Tomas Varga</div><p>The port deal...</p></body></html>`));
    expect(n.byline).toBe('Tomas Varga');
    const none = htmlMeta(dom(`<html><body><h1>Port deal signed</h1><div class="summary">Tomas Varga</div><p>The port deal...</p></body></html>`));
    expect(none.byline).toBeNull();
  });
  it('prefers a printed date over an "Updated" one', () => {
    const m = htmlMeta(dom(`<html><body><h1>Port deal signed</h1><p>Updated March 9, 2022</p><p>Published March 2, 2022</p></body></html>`));
    expect(m.shownDate).toBe('2022-03-02');
  });
});

describe('title and author helpers', () => {
  it('strips the site name from a title', () => {
    expect(stripSiteName('Rail link opens | Example Times', 'Example Times')).toBe('Rail link opens');
    expect(stripSiteName('Example Times - Rail link opens today', 'Example Times')).toBe('Rail link opens today');
    expect(stripSiteName('Rail link opens: what it means', null)).toBe('Rail link opens: what it means');
  });
  it('cleans author strings', () => {
    expect(cleanAuthor('By Jane Roe | Staff Writer')).toBe('Jane Roe');
    expect(cleanAuthor('https://facebook.com/someone')).toBeNull();
    expect(cleanAuthor('admin')).toBeNull();
    expect(cleanAuthor('jroe_42')).toBeNull();
    expect(cleanAuthor('March 3, 2020')).toBeNull();
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B, and C');
  });
  it('decodes character references, double-escaped too', () => {
    expect(decodeEntities('M&amp;#038;A &#8211; It&#39;s &eacute;t&eacute;')).toBe('M&A – It\'s été');
  });
});
