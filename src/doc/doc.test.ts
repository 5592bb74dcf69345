import { describe, expect, it } from 'vitest';
import { createDoc, docId } from './doc.ts';

describe('doc identity', () => {
  it('ignores whitespace and case differences in the body', () => {
    expect(docId('Moscow  said\nthis.')).toBe(docId('moscow said this.'));
  });
  it('differs by URL and by body', () => {
    expect(docId('a b', 'http://x/1')).not.toBe(docId('a b', 'http://x/2'));
    expect(docId('a b')).not.toBe(docId('a c'));
  });
  it('creates an empty layered doc', () => {
    const d = createDoc('Hello.', { title: 'T' });
    expect(d.meta.title).toBe('T');
    expect(d.meta.published).toBeNull();
    expect(d.events).toEqual([]);
  });
});
