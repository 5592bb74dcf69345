// POLECAT event exports (tab-separated with a header, or JSON Lines), coded in PLOVER.
// Columns are found by name ("Event Type" ~ "event_type"). The PLOVER type gives the
// CAMEO root where the crosswalk ties the type to one root (CONSULT → 04), the quad class
// where all its roots share one, and otherwise they stay empty; there is no CAMEO code.
import type { Check, Expr } from '../store/import-spec.ts';
import { countryNames, icewsSectors, ploverCrosswalk, rootFacts } from './lookups.ts';
import { modalWidth, type Sniff } from './sniff.ts';
import { pick, type SourceSpec } from './source.ts';

export const isPolecatHeader = (f: string[]) => f.some((x) => /^event[\s_]*id$/i.test(x.trim()));

/**
 * The column names of a POLECAT tab file. Some released files are misformatted: a header
 * naming a "Headline" column the rows do not have (dropped), or rows with extra empty
 * trailing fields (named _extra1, ... so the rows still load).
 */
export function polecatColumns(header: string[], rows: string[][]): string[] {
  const width = rows.length ? modalWidth(rows) : header.length;
  let names = header;
  if (width < names.length && names.some((h) => /^headline$/i.test(h))) names = names.filter((h) => !/^headline$/i.test(h));
  if (width > names.length) names = [...names, ...Array.from({ length: width - names.length }, (_, i) => `_extra${i + 1}`)];
  return names;
}

export function polecatSpec(s: Sniff | { header: string[] }, file: string, kind: 'delimited' | 'json' = 'delimited'): SourceSpec {
  if (!s.header) throw new Error('not a POLECAT export: no header naming "Event ID"');
  const header = kind === 'delimited' && 'rows' in s ? polecatColumns(s.header, s.rows) : s.header;
  const need = (...names: string[]) => {
    const e = pick(header, ...names);
    if (!e) throw new Error(`not a POLECAT export: no "${names[0]}" column`);
    return e;
  };
  const opt = (...names: string[]): Expr => pick(header, ...names) ?? { const: null };
  const id = need('Event ID', 'id');
  const date: Expr = { date: need('Event Date', 'date'), formats: ['%Y-%m-%d', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M:%S', '%Y%m%d', '%Y/%m/%d'] };
  const type = need('Event Type', 'type');
  const ploverType: Expr = { lookup: 'plover_types', of: type };
  const root: Expr = { lookup: 'plover_root', of: type };
  const country = (x: Expr): Expr => ({ first: [{ match: '[A-Z]{3}', of: x }, { lookup: 'countries', of: x }] });
  const sector = (x: Expr): Expr => ({ first: [{ match: '[A-Z]{3}', of: x }, { lookupList: 'sectors', of: x, sep: ';' }] });
  const side = (p: 'src' | 'tgt', who: 'Actor' | 'Recipient'): Record<string, Expr> => {
    const c = country(opt(`${who} Country`, `${who} ISO`));
    const sec = sector(opt(`Primary ${who} Sector`, `${who} Sector`, `${who} Sectors`));
    return { [`${p}_country`]: c, [`${p}_sector`]: sec, [`${p}_code`]: { concat: [c, sec] }, [`${p}_text`]: opt(`${who} Name`, `${who} Name Raw`, who) };
  };
  const checks: Check[] = [
    { reason: 'missing Event ID', expr: id },
    { reason: 'bad Event Date', expr: date, show: need('Event Date', 'date') },
    { reason: 'unknown PLOVER type', expr: ploverType, show: type },
  ];
  const x = ploverCrosswalk();
  const rf = rootFacts();
  return {
    origin: 'polecat', kind, columns: header, header: kind === 'delimited', pad: false, nulls: ['', 'NA', 'None', 'null'],
    extId: id,
    fields: {
      date, ...side('src', 'Actor'), ...side('tgt', 'Recipient'),
      plover_type: ploverType, plover_mode: opt('Event Mode', 'mode'),
      root,
      quad: { first: [{ number: { match: '[1-4]', of: opt('Quad Code', 'Quad Class') } }, { number: { lookup: 'plover_quad', of: type } }] },
      goldstein: { first: [{ number: opt('Event Intensity', 'Intensity') }, { number: { lookup: 'root_goldstein', of: root } }] },
      url: opt('URL', 'Source URL', 'Story URL'),
      rule: { const: `import.polecat.v1:${file}` },
    },
    checks,
    lookups: {
      countries: countryNames(), sectors: icewsSectors(),
      plover_types: x.types, plover_root: x.root, plover_quad: x.quad, root_goldstein: rf.goldstein,
    },
  };
}
