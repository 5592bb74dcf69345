// Checking coded events against the seed article's analyst reading (../shared/seed/expected.json):
// each expected event found with the right source, target and an accepted code; nothing
// listed under `not_asserted` coded as having happened.
import type { EventRecord } from '../doc/types.ts';

export interface SeedEvent {
  id: string; source: string; source_sector?: string; target: string; target_sector?: string; target_accept?: string[];
  cameo: string; accept?: string[]; date?: string; modality?: string; quote: string;
}
export interface SeedNotAsserted { source: string; target: string; root: string; why: string; quote: string }
export interface SeedExpected { events: SeedEvent[]; not_asserted: SeedNotAsserted[] }

export interface SeedCheck {
  found: Array<{ id: string; event: EventRecord | null; dateOk: boolean | null }>;
  violations: Array<{ item: SeedNotAsserted; event: EventRecord }>;
}

/** Does the sentence of `e` hold the start of `quote`? */
const inQuote = (text: string, e: EventRecord, quote: string) => text.slice(e.span[0], e.span[1]).includes(quote.slice(0, 25));

export const codeAccepted = (code: string, g: Pick<SeedEvent, 'cameo' | 'accept'>) =>
  code === g.cameo || (g.accept ?? []).some((a) => code === a || code.startsWith(a));

/** Match a document's events against the expected reading. */
export function checkSeed(exp: SeedExpected, text: string, events: EventRecord[]): SeedCheck {
  const found = exp.events.map((g) => {
    const ok = events.filter((e) => inQuote(text, e, g.quote)
      && e.source.country === g.source && (!g.source_sector || e.source.sector === g.source_sector)
      && !!e.target && (g.target_accept ? g.target_accept.includes(e.target.country) : e.target.country === g.target)
      && (!g.target_sector || e.target.sector === g.target_sector)
      && codeAccepted(e.cameo, g));
    const ev = ok[0] ?? null;
    return { id: g.id, event: ev, dateOk: g.date ? ok.some((e) => e.date === g.date) : null };
  });
  const violations: SeedCheck['violations'] = [];
  for (const item of exp.not_asserted) for (const e of events) {
    if (e.modality === 'asserted' && inQuote(text, e, item.quote) && e.source.country === item.source && e.target?.country === item.target && e.root === item.root) violations.push({ item, event: e });
  }
  return { found, violations };
}
