import { describe, expect, it } from 'vitest';
import { parseFeed, looksLikeFeed } from './feeds.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Foreign Desk</title>
<item><title>Talks resume in Doha</title><link>https://example.org/doha</link><pubDate>Wed, 02 Aug 2023 10:00:00 GMT</pubDate>
<dc:creator>Sami Aziz</dc:creator><description>Short summary</description>
<content:encoded><![CDATA[<p>Full text of the <b>story</b>.</p>]]></content:encoded></item>
<item><title>Second item</title><link>https://example.org/two</link><description>&lt;p&gt;Escaped HTML body&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title>Summit opens</title><link rel="alternate" href="https://example.org/summit"/><published>2024-05-01T08:00:00Z</published>
<author><name>Lea Berg</name></author><content type="html">&lt;p&gt;Leaders arrived.&lt;/p&gt;</content></entry>
<entry><title>Only summary</title><link href="https://example.org/s2"/><updated>2024-05-02T08:00:00Z</updated><summary>Plain summary text.</summary></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items, preferring content:encoded', () => {
    const f = parseFeed(RSS);
    expect(f.kind).toBe('rss');
    expect(f.title).toBe('Example Foreign Desk');
    expect(f.items).toHaveLength(2);
    expect(f.items[0]).toEqual({ title: 'Talks resume in Doha', url: 'https://example.org/doha', published: '2023-08-02', author: 'Sami Aziz', content: '<p>Full text of the <b>story</b>.</p>' });
    expect(f.items[1]!.content).toBe('<p>Escaped HTML body</p>');
  });
  it('reads Atom entries', () => {
    const f = parseFeed(ATOM);
    expect(f.kind).toBe('atom');
    expect(f.items[0]).toEqual({ title: 'Summit opens', url: 'https://example.org/summit', published: '2024-05-01', author: 'Lea Berg', content: '<p>Leaders arrived.</p>' });
    expect(f.items[1]).toMatchObject({ published: '2024-05-02', content: 'Plain summary text.', url: 'https://example.org/s2' });
  });
  it('tells feeds from other XML', () => {
    expect(looksLikeFeed(RSS)).toBe(true);
    expect(looksLikeFeed('<html><body></body></html>')).toBe(false);
    expect(() => parseFeed('<?xml version="1.0"?><sitemap/>')).toThrow(/not a feed/);
  });
});
