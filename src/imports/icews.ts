// ICEWS coded event files (Dataverse .tab: yearly and daily files, 20 tab-separated
// columns with a header). Columns are found by header name, so files without a CAMEO
// column work: the event text (a CAMEO name such as "Make statement") gives the code,
// and a code that is not a CAMEO code (e.g. "13y") falls back on the text too.
import type { Check, Expr } from '../store/import-spec.ts';
import { countryNames, icewsSectors } from './lookups.ts';
import type { Sniff } from './sniff.ts';
import { pick, type SourceSpec } from './source.ts';

export const ICEWS_COLUMNS = ['Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity',
  'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher', 'City', 'District', 'Province', 'Country',
  'Latitude', 'Longitude'];

export const isIcewsHeader = (f: string[]) => f.some((x) => /^event\s*id$/i.test(x.trim())) && f.some((x) => /^event\s*date$/i.test(x.trim()));

/** date spellings seen in ICEWS releases */
export const ICEWS_DATE_FORMATS = ['%Y-%m-%d', '%Y/%m/%d', '%Y%m%d', '%m/%d/%Y', '%Y-%m-%d %H:%M:%S'];

export function icewsSpec(s: Sniff, file: string): SourceSpec {
  const header = s.header ?? (s.rows[0]?.length === ICEWS_COLUMNS.length ? ICEWS_COLUMNS : null);
  if (!header) throw new Error(`not an ICEWS file: no header naming "Event ID" and "Event Date", and rows have ${s.rows[0]?.length ?? 0} fields (expected ${ICEWS_COLUMNS.length})`);
  const need = (...names: string[]) => {
    const e = pick(header, ...names);
    if (!e) throw new Error(`not an ICEWS file: no "${names[0]}" column`);
    return e;
  };
  const id = need('Event ID');
  const date: Expr = { date: need('Event Date'), formats: ICEWS_DATE_FORMATS };
  const code = pick(header, 'CAMEO Code', 'CAMEO');
  const text = pick(header, 'Event Text');
  if (!code && !text) throw new Error('not an ICEWS file: neither a "CAMEO Code" nor an "Event Text" column');
  const side = (p: 'src' | 'tgt', who: 'Source' | 'Target'): Record<string, Expr> => {
    const country: Expr = { lookup: 'countries', of: pick(header, `${who} Country`) ?? { const: null } };
    const sector: Expr = { lookupList: 'sectors', of: pick(header, `${who} Sectors`) ?? { const: null }, sep: ',' };
    return { [`${p}_country`]: country, [`${p}_sector`]: sector, [`${p}_code`]: { concat: [country, sector] }, [`${p}_text`]: pick(header, `${who} Name`) ?? { const: null } };
  };
  const checks: Check[] = [
    { reason: 'missing Event ID', expr: id },
    { reason: 'bad Event Date', expr: date, show: need('Event Date') },
  ];
  return {
    origin: 'icews', columns: header, header: !!s.header, pad: false, nulls: ['', 'NA'],
    extId: id,
    fields: {
      date, ...side('src', 'Source'), ...side('tgt', 'Target'),
      sentence: { number: pick(header, 'Sentence Number') ?? { const: null } },
      rule: { const: `import.icews.v1:${file}` },
    },
    cameo: { code: code ?? { const: null }, ...(text ? { name: text } : {}) },
    checks,
    lookups: { countries: countryNames(), sectors: icewsSectors() },
  };
}
