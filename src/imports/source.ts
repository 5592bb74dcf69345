// What a format module (gdelt.ts, icews.ts, polecat.ts) produces for one file: the
// format-specific part of a BulkImportSpec. import-files.ts adds the file, its hash and
// the shared tables.
import type { BulkImportSpec, Expr } from '../store/import-spec.ts';

export type SourceSpec = Omit<BulkImportSpec, 'path' | 'file' | 'fileKey' | 'kind' | 'delimiter' | 'quote' | 'lookups' | 'cameoCodes'> & {
  kind?: BulkImportSpec['kind'];
  lookups?: BulkImportSpec['lookups'];
};

/** header name → a key that ignores case, spaces and punctuation ("Event ID" ~ "event_id") */
export const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The first column of the header matching one of the candidate names, as an expression. */
export function pick(header: string[], ...candidates: string[]): Expr | null {
  const by = new Map(header.map((h) => [norm(h), h]));
  for (const c of candidates) { const h = by.get(norm(c)); if (h != null) return { col: h }; }
  return null;
}
