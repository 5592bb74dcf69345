// Dates as written in pages and feeds → YYYY-MM-DD. The calendar date is taken as
// written (no time-zone shift), which is what a reader of the page sees.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const monthNum = (s: string) => MONTHS[s.toLowerCase().replace('.', '').slice(0, s.toLowerCase().startsWith('sept') ? 4 : 3)] ?? MONTHS[s.toLowerCase().slice(0, 3)]!;

const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const NUMERIC = /(?<![\d./-])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d./-])/;
const COMPACT = /(?<!\d)(20\d{2}|19\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:T|\b)/;
const MDY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})\\b`, 'i');

/** The first date found in a string, as YYYY-MM-DD, or null. */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  if (!t) return null;
  let m = ISO.exec(t);
  if (m) { const r = ymd(+m[1]!, +m[2]!, +m[3]!); if (r) return r; }
  m = MDY.exec(t);
  if (m) { const r = ymd(+m[3]!, monthNum(m[1]!), +m[2]!); if (r) return r; }
  m = DMY.exec(t);
  if (m) { const r = ymd(+m[3]!, monthNum(m[2]!), +m[1]!); if (r) return r; }
  m = NUMERIC.exec(t);
  if (m) {
    // 3/4/2025 is month first (US); 17.05.2021 and 31/01/2024 are day first
    const a = +m[1]!, b = +m[3]!, y = +m[4]!;
    const r = m[2] === '.' || a > 12 ? ymd(y, b, a) : ymd(y, a, b);
    if (r) return r;
  }
  m = COMPACT.exec(t);
  if (m) { const r = ymd(+m[1]!, +m[2]!, +m[3]!); if (r) return r; }
  if (/^\d{10}(\d{3})?$/.test(t)) {
    const ms = t.length === 10 ? +t * 1000 : +t;
    const d = new Date(ms);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

/** A line that is only a date (with an optional weekday and time), e.g. "Friday, Nov. 16, 2012". */
export function dateLine(line: string): string | null {
  const t = line.trim();
  if (t.length > 60) return null;
  const rest = t
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?/gi, '')
    .replace(new RegExp(`${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}`, 'i'), '')
    .replace(/\b(?:published|posted|updated|last updated|on|at|date)\b:?/gi, '')
    .replace(/\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\b(?:[ap]\.?m\.?|gmt|utc|[A-Z]{2,4}T)\b|[|,·•–—-]/gi, '')
    .trim();
  return rest === '' ? toIsoDate(t) : null;
}
