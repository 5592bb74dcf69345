// Checking an article's arms-trade share claims against a table of arms transfers: for
// the article's year (the claim's own date when it states one) and the five years ending
// then (2008–12 for 2012), how far apart the claim and the table are, in percentage points.
//
// Claims checked (measure names as the claims stage writes them):
//  - "share of global arms exports" (subject = supplier): supplier's share of world deliveries
//  - "share of global arms imports" (subject = recipient): recipient's share of world deliveries
//  - "share of <Demonym> arms sales" (subject = recipient): recipient's share of that supplier's deliveries
//  - "share of <Country>'s arms imports" (subject = supplier): supplier's share of that recipient's imports
import type { ClaimRecord } from '../doc/types.ts';
import { isoOf, isoOfDemonym } from '../stages/claims/countries.ts';
import { recipientShare, shareOfRecipientImports, shareOfSupplierExports, supplierShare, type ArmsTable } from './arms-table.ts';

export type CheckKind = 'supplier-share' | 'recipient-share' | 'recipient-of-supplier' | 'supplier-of-recipient';

export interface ClaimCheck {
  claim: Pick<ClaimRecord, 'id' | 'subject' | 'measure' | 'value' | 'unit' | 'qualifier' | 'quote' | 'sentence'>;
  kind: CheckKind;
  supplier: string | null;
  recipient: string | null;
  year: number;
  window: [number, number];
  /** the table's figure, percent */
  table: { year: number | null; window: number | null };
  /** claim minus table, percentage points */
  diff: { year: number | null; window: number | null };
  /** whether the claim, with its qualifier, fits the table within the tolerance */
  fits: { year: boolean | null; window: boolean | null };
}

export interface CheckOptions {
  /** the year claims without a date refer to (the article's publication year) */
  year: number;
  /** percentage points of slack when judging fits (default 2) */
  tolerance?: number;
}

/** Which table figure a claim speaks of, or null when it is not an arms-share claim. */
export function classify(c: Pick<ClaimRecord, 'unit' | 'measure' | 'subject'>): { kind: CheckKind; supplier: string | null; recipient: string | null } | null {
  if (c.unit !== 'percent' || !c.subject) return null;
  const m = c.measure.trim();
  if (/^share of global arms exports$/i.test(m)) return { kind: 'supplier-share', supplier: c.subject, recipient: null };
  if (/^share of global arms imports$/i.test(m)) return { kind: 'recipient-share', supplier: null, recipient: c.subject };
  let x = /^share of (\S+) arms (?:sales|exports|deliveries)$/i.exec(m);
  if (x) { const s = isoOfDemonym(x[1]!); return s ? { kind: 'recipient-of-supplier', supplier: s, recipient: c.subject } : null; }
  x = /^share of (.+?)(?:'s?) arms imports$/i.exec(m);
  if (x) { const r = isoOf(x[1]!); return r ? { kind: 'supplier-of-recipient', supplier: c.subject, recipient: r } : null; }
  return null;
}

const r1 = (x: number | null) => (x == null ? null : Math.round(x * 10) / 10);

/** Whether `value` (with its qualifier) fits the table figure `t` within `tol` points. */
export function fits(value: number, qualifier: string | null, t: number | null, tol: number): boolean | null {
  if (t == null) return null;
  switch (qualifier) {
    case 'almost': return t <= value + tol / 2 && t >= value - tol - 2;
    case 'under': return t <= value + tol / 2;
    case 'over': case 'at least': return t >= value - tol / 2;
    case 'up to': return t <= value + tol / 2;
    default: return Math.abs(t - value) <= tol;
  }
}

function figure(t: ArmsTable, k: NonNullable<ReturnType<typeof classify>>, from: number, to: number): number | null {
  switch (k.kind) {
    case 'supplier-share': return supplierShare(t, k.supplier!, from, to);
    case 'recipient-share': return recipientShare(t, k.recipient!, from, to);
    case 'recipient-of-supplier': return shareOfSupplierExports(t, k.supplier!, k.recipient!, from, to);
    case 'supplier-of-recipient': return shareOfRecipientImports(t, k.supplier!, k.recipient!, from, to);
  }
}

/** Check every arms-share claim in `claims` against the table. Other claims are left out. */
export function checkArmsClaims(claims: ClaimRecord[], table: ArmsTable, opts: CheckOptions): ClaimCheck[] {
  const tol = opts.tolerance ?? 2;
  const out: ClaimCheck[] = [];
  for (const c of claims) {
    const k = classify(c);
    if (!k) continue;
    const year = c.date && /^\d{4}/.test(c.date) ? Number(c.date.slice(0, 4)) : opts.year;
    const window: [number, number] = [year - 4, year];
    const ty = figure(table, k, year, year);
    const tw = figure(table, k, window[0], window[1]);
    out.push({
      claim: { id: c.id, subject: c.subject, measure: c.measure, value: c.value, unit: c.unit, qualifier: c.qualifier, quote: c.quote, sentence: c.sentence },
      kind: k.kind, supplier: k.supplier, recipient: k.recipient, year, window,
      table: { year: r1(ty), window: r1(tw) },
      diff: { year: ty == null ? null : r1(c.value - ty), window: tw == null ? null : r1(c.value - tw) },
      fits: { year: fits(c.value, c.qualifier, r1(ty), tol), window: fits(c.value, c.qualifier, r1(tw), tol) },
    });
  }
  return out;
}

/** One line per check, for people. */
export function formatCheck(k: ClaimCheck): string {
  const pp = (x: number | null) => (x == null ? 'n/a' : `${x > 0 ? '+' : ''}${x.toFixed(1)} pp`);
  const pc = (x: number | null) => (x == null ? 'no data' : `${x.toFixed(1)}%`);
  const w = `${k.window[0]}–${String(k.window[1]).slice(-2)}`;
  return `"${k.claim.quote}" (${k.claim.subject}, ${k.claim.measure}): claim ${k.claim.qualifier ? k.claim.qualifier + ' ' : ''}${k.claim.value}%; `
    + `table ${k.year}: ${pc(k.table.year)} (${pp(k.diff.year)}${k.fits.year === false ? ', does not fit' : ''}); `
    + `${w}: ${pc(k.table.window)} (${pp(k.diff.window)}${k.fits.window === false ? ', does not fit' : ''})`;
}
