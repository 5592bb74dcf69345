import { createHash } from 'node:crypto';
import type { Doc, DocMeta } from './types.ts';

export const emptyMeta = (): DocMeta => ({
  title: null, published: null, author: null, section: null, publisher: null,
  dateline: null, language: null, url: null, source: null, format: null,
});

/** Whitespace-folded, lower-cased body: what identity is computed from. */
export function normaliseBody(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A document's identity: a hash of its normalised body, plus its URL when there is one. */
export function docId(text: string, url?: string | null): string {
  const h = createHash('sha256');
  h.update(normaliseBody(text));
  if (url) h.update('\u0000' + url.trim());
  return h.digest('hex').slice(0, 16);
}

export function createDoc(text: string, meta: Partial<DocMeta> = {}): Doc {
  const m = { ...emptyMeta(), ...meta };
  return {
    id: docId(text, m.url), text, meta: m,
    sentences: [], tokens: [], actors: [], events: [], relations: [], claims: [], notes: [],
  };
}

/** The text of a span. */
export const slice = (doc: Doc, start: number, end: number): string => doc.text.slice(start, end);
