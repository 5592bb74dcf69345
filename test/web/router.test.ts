// Dashboard routes (web/src/router.ts): paths the server's SPA fallback sends to the app.
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../web/src/router.ts';

describe('parseRoute', () => {
  it.each([
    ['/', '', { view: 'map', at: undefined }],
    ['/', '?at=2012-05-31', { view: 'map', at: '2012-05-31' }],
    ['/dyad/PAK/RUS', '', { view: 'dyad', a: 'PAK', b: 'RUS' }],
    ['/article/abc%3A1', '?span=10-42', { view: 'article', id: 'abc:1', span: [10, 42] }],
    ['/article/abc', '?span=x', { view: 'article', id: 'abc', span: undefined }],
    ['/articles', '?q=grain', { view: 'articles', q: 'grain' }],
    ['/feed', '', { view: 'feed' }],
    ['/ingest', '', { view: 'ingest' }],
    ['/dyad/pak/rus', '', { view: 'missing', path: '/dyad/pak/rus' }],
  ])('%s%s', (path, search, want) => { expect(parseRoute(path, search)).toEqual(want); });
});
