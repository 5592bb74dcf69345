// The project's first acceptance example: the seed article read as ../shared/seed/expected.json says.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../testing/shared.ts';
import { extractJson } from '../doc/json.ts';
import { extractFile } from './extract.ts';

describeShared('seed article document', 'seed/expected.json', () => {
  it('matches the expected document metadata and body bounds', async () => {
    const want = JSON.parse(readFileSync(sharedPath('seed/expected.json'), 'utf8')).document;
    const [doc] = await extractFile(sharedPath('seed/000_38fe8fbb85fc2e59.txt'));
    const got = extractJson(doc!).document;
    for (const k of ['title', 'published', 'publisher', 'section', 'author', 'dateline']) expect(got[k as keyof typeof got], k).toBe(want[k]);
    expect(got.language).toBe('en');
    expect(got.body.startsWith(want.body_starts_with)).toBe(true);
    expect(got.body.endsWith(want.body_ends_with)).toBe(true);
    for (const junk of want.not_in_body as string[]) expect(got.body, junk).not.toContain(junk);
  });
});
