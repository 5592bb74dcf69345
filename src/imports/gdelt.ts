// GDELT event files: 1.0 historical (57 columns) and daily (58, adds SOURCEURL), 2.0
// (61, adds the three ADM2 codes) and 2.0 mentions (16). The layout is picked per file
// from its header or its rows' field count.
import type { Check, Expr } from '../store/import-spec.ts';
import { modalWidth, type Sniff } from './sniff.ts';
import type { SourceSpec } from './source.ts';

const actor = (n: 1 | 2) => [`Actor${n}Code`, `Actor${n}Name`, `Actor${n}CountryCode`, `Actor${n}KnownGroupCode`, `Actor${n}EthnicCode`,
  `Actor${n}Religion1Code`, `Actor${n}Religion2Code`, `Actor${n}Type1Code`, `Actor${n}Type2Code`, `Actor${n}Type3Code`];
const geo = (p: string, adm2: boolean) => [`${p}_Type`, `${p}_FullName`, `${p}_CountryCode`, `${p}_ADM1Code`, ...(adm2 ? [`${p}_ADM2Code`] : []),
  `${p}_Lat`, `${p}_Long`, `${p}_FeatureID`];
const event = ['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone'];
const head = ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate'];

/** GDELT 1.0 daily files (2013-04-01 on); the historical backfile lacks the last column, SOURCEURL. */
export const GDELT1_COLUMNS = [...head, ...actor(1), ...actor(2), ...event,
  ...geo('Actor1Geo', false), ...geo('Actor2Geo', false), ...geo('ActionGeo', false), 'DATEADDED', 'SOURCEURL'];
/** GDELT 2.0 event export (*.export.CSV) */
export const GDELT2_COLUMNS = [...head, ...actor(1), ...actor(2), ...event,
  ...geo('Actor1Geo', true), ...geo('Actor2Geo', true), ...geo('ActionGeo', true), 'DATEADDED', 'SOURCEURL'];
/** GDELT 2.0 mentions (*.mentions.CSV) */
export const GDELT2_MENTION_COLUMNS = ['GLOBALEVENTID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier',
  'SentenceID', 'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence', 'MentionDocLen', 'MentionDocTone',
  'MentionDocTranslationInfo', 'Extras'];

export type GdeltKind = 'gdelt1' | 'gdelt2' | 'gdelt2-mentions';
export interface GdeltLayout { kind: GdeltKind; columns: string[]; header: boolean; pad: boolean; note: string | null }

const col = (c: string): Expr => ({ col: c });
const isInt = (s: string | undefined) => s != null && /^\s*"?\d+"?\s*$/.test(s);
/** a header names its columns: GLOBALEVENTID among them */
export const isGdeltHeader = (f: string[]) => f.some((x) => /^GLOBALEVENTID$/i.test(x.trim()));

/**
 * The layout of one GDELT file. A data row one field wider than the header (or than a
 * known width) whose first field is a whole number carries a leading row-number column
 * (an R write.csv artefact): we realign the file by dropping that column — the rest of
 * each row is intact — and say so in the note.
 */
export function gdeltLayout(s: Sniff, name = ''): GdeltLayout {
  const width = modalWidth(s.rows);
  const shifted = (w: number) => width === w + 1 && s.rows.every((r) => r.length !== width || isInt(r[0])) && isInt(s.rows[0]?.[1]);
  const note = 'realigned: rows carry an extra leading row-number column, dropped';
  if (s.header) {
    const h = s.header.map((x) => x.trim());
    const kind: GdeltKind = h.includes('MentionIdentifier') ? 'gdelt2-mentions' : h.includes('ActionGeo_ADM2Code') ? 'gdelt2' : 'gdelt1';
    const names = kind === 'gdelt1' && h.length === 57 ? GDELT1_COLUMNS : h;
    if (shifted(h.length)) return { kind, columns: ['_skip0', ...names], header: true, pad: kind === 'gdelt1', note };
    return { kind, columns: names, header: true, pad: kind === 'gdelt1', note: null };
  }
  if (width === 16 || /mentions/i.test(name)) return { kind: 'gdelt2-mentions', columns: GDELT2_MENTION_COLUMNS, header: false, pad: false, note: null };
  if (width === 61) return { kind: 'gdelt2', columns: GDELT2_COLUMNS, header: false, pad: false, note: null };
  if (width === 62 && shifted(61)) return { kind: 'gdelt2', columns: ['_skip0', ...GDELT2_COLUMNS], header: false, pad: false, note };
  if (width === 57 || width === 58) return { kind: 'gdelt1', columns: GDELT1_COLUMNS, header: false, pad: true, note: null };
  if (width === 59 && shifted(58)) return { kind: 'gdelt1', columns: ['_skip0', ...GDELT1_COLUMNS], header: false, pad: true, note };
  throw new Error(`not a GDELT event or mentions file: its rows have ${width} fields (expected 57 or 58 for GDELT 1.0, 61 for 2.0 events, 16 for mentions)`);
}

function actorFields(n: 1 | 2, p: 'src' | 'tgt'): Record<string, Expr> {
  return {
    [`${p}_code`]: col(`Actor${n}Code`),
    [`${p}_country`]: { match: '[A-Z]{3}', of: col(`Actor${n}CountryCode`) },
    [`${p}_sector`]: col(`Actor${n}Type1Code`),
    [`${p}_org`]: col(`Actor${n}KnownGroupCode`),
    [`${p}_text`]: col(`Actor${n}Name`),
  };
}

/** How GDELT rows become events (or mentions), and what gets a row quarantined. */
export function gdeltSpec(layout: GdeltLayout, file: string): SourceSpec {
  const origin = layout.kind === 'gdelt1' ? 'gdelt1' : 'gdelt2';
  const id: Expr = { match: '\\d+', of: col('GLOBALEVENTID') };
  if (layout.kind === 'gdelt2-mentions') {
    const ts = (c: string): Expr => ({ date: col(c), formats: ['%Y%m%d%H%M%S'], time: true });
    return {
      origin, table: 'event_mentions', columns: layout.columns, header: layout.header, pad: false, nulls: [''],
      extId: id,
      fields: {
        ext_id: id, event_time: ts('EventTimeDate'), mention_time: ts('MentionTimeDate'), mention_type: { number: col('MentionType') },
        source_name: col('MentionSourceName'), url: col('MentionIdentifier'), sentence: { number: col('SentenceID') },
        confidence: { number: col('Confidence') }, tone: { number: col('MentionDocTone') },
      },
      checks: [
        { reason: 'bad GLOBALEVENTID', expr: id, show: col('GLOBALEVENTID') },
        { reason: 'bad MentionTimeDate', expr: ts('MentionTimeDate'), show: col('MentionTimeDate') },
      ],
    };
  }
  const date: Expr = { date: col('SQLDATE'), formats: ['%Y%m%d'] };
  const checks: Check[] = [
    { reason: 'bad GLOBALEVENTID', expr: id, show: col('GLOBALEVENTID') },
    { reason: 'bad SQLDATE', expr: date, show: col('SQLDATE') },
    // the last fixed column must hold its date: catches short, padded and shifted rows
    { reason: 'wrong column count or shifted fields: DATEADDED is not a date', expr: { match: '\\d{8}(\\d{6})?', of: col('DATEADDED') }, show: col('DATEADDED') },
  ];
  return {
    origin, columns: layout.columns, header: layout.header, pad: layout.pad, nulls: ['', 'NA'],
    extId: id,
    fields: {
      date, ...actorFields(1, 'src'), ...actorFields(2, 'tgt'),
      mentions: { first: [{ number: col('NumMentions') }, { const: 1 }] },
      url: col('SOURCEURL'),
      rule: { const: `import.${origin}.v1:${file}` },
    },
    cameo: { code: col('EventCode') },
    checks,
  };
}
