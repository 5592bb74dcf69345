// The seed article's body, cut from the scraped page by the markers in expected.json
// (until the ingest reader lands), plus the author's byline paragraph.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the checkout (or $REALIGN_SHARED); benches cannot import the vitest helper. */
export const SHARED = process.env.REALIGN_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const sharedPath = (...p: string[]) => join(SHARED, ...p);

export function seedBody(withByline = true): { text: string; published: string } {
  const raw = readFileSync(sharedPath('seed/000_38fe8fbb85fc2e59.txt'), 'utf8');
  const exp = JSON.parse(readFileSync(sharedPath('seed/expected.json'), 'utf8')) as { document: { body_starts_with: string; body_ends_with: string; published: string } };
  const a = raw.indexOf(exp.document.body_starts_with);
  const b = raw.indexOf(exp.document.body_ends_with) + exp.document.body_ends_with.length;
  let text = raw.slice(a, b);
  if (withByline) {
    const rest = raw.slice(b).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)[0];
    if (rest) text += '\n\n' + rest;
  }
  return { text, published: exp.document.published };
}
