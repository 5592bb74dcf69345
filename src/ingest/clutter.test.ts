import { describe, expect, it } from 'vitest';
import { classifyLine } from './clutter.ts';

describe('classifyLine', () => {
  it.each([
    ['Home > World > Asia', 'head', 'breadcrumb', { section: 'World' }],
    ['Business » Markets', 'head', 'breadcrumb', { section: 'Business' }],
    ['print button email button', 'body', 'share', {}],
    ['Share on Facebook | Tweet | Email', 'body', 'share', {}],
    ['Back to Top', 'tail', 'nav', {}],
    ['About us |  Careers |  Contact |  Privacy', 'tail', 'link-bar', {}],
    ['© 2021 Example Daily News Ltd. All rights reserved.', 'tail', 'copyright', { publisher: 'Example Daily News' }],
    ['The Example Courier Inc. All rights reserved.', 'tail', 'copyright', { publisher: 'The Example Courier' }],
    ['Please enable JavaScript in your browser settings to view this site.', 'tail', 'notice', {}],
    ['Advertise with us today.', 'tail', 'advert', {}],
    ['Special to The Example Post', 'head', 'credit', { publisher: 'The Example Post' }],
    ['By Maria Lopez and Tom Byrne', 'head', 'byline', { author: 'Maria Lopez' }],
    ['Jane Q. Public teaches international relations at an example university.', 'tail', 'author-note', { author: 'Jane Q. Public' }],
    ['Photo: Ministry of Defence', 'body', 'caption', {}],
    ['Sign up for our morning briefing', 'body', 'promo', {}],
  ] as const)('%s (%s) → %s', (line, pos, kind, groups) => {
    const m = classifyLine(line, pos);
    expect(m?.kind).toBe(kind);
    for (const [k, v] of Object.entries(groups)) expect(m?.groups[k]).toBe(v);
    expect(m?.rule).toMatch(/^clutter\.v\d+:/);
  });

  it('leaves running text alone', () => {
    for (const line of [
      'The minister visited Seoul on Monday and met his counterpart for two hours.',
      'Relations between the two countries have improved since 2019.',
      'He said the deal was "a turning point" for the region.',
    ]) expect(classifyLine(line, 'body')).toBeNull();
  });

  it('applies head- and tail-only rules only there', () => {
    expect(classifyLine('By Maria Lopez', 'body')).toBeNull();
    expect(classifyLine('Jane Q. Public is a senior fellow at an example institute.', 'body')).toBeNull();
    expect(classifyLine('Jane Q. Public is a senior fellow at an example institute.', 'tail')?.kind).toBe('author-note');
  });
});
