// Event dates: find a date expression in a stretch of text and resolve it against the
// publication date, at the precision the text gives (YYYY, YYYY-MM, YYYY-MM-DD), never
// after the publication date. Plain regular expressions: no parser, no network.

export interface FoundDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  /** character offsets of the expression in the searched text */
  start: number;
  end: number;
  text: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const monthIndex = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().replace('.', '').slice(0, 3)));

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m: number) => `${y}-${pad(m + 1)}`;

/** Parse YYYY-MM-DD (or YYYYMMDD) into a UTC date; null when it is not one. */
export function parsePub(pub: string | null | undefined): Date | null {
  if (!pub) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(pub);
  if (!m) return null;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
}

interface Rule { re: RegExp; resolve(m: RegExpExecArray, pub: Date): string | null }

const RULES: Rule[] = [
  // 12 May 2014 / May 12, 2014
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON_RE},?\\s+(\\d{4})\\b`, 'gi'), resolve: (m) => day(+m[3]!, monthIndex(m[2]!), +m[1]!) },
  { re: new RegExp(`\\b${MON_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), resolve: (m) => day(+m[3]!, monthIndex(m[1]!), +m[2]!) },
  // 2014-05-12
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => day(+m[1]!, +m[2]! - 1, +m[3]!) },
  // 12 May / May 12 (year from the publication date, moved back when it would be in the future)
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON_RE}(?![a-z])`, 'gi'), resolve: (m, pub) => pastDay(pub, monthIndex(m[2]!), +m[1]!) },
  { re: new RegExp(`\\b${MON_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})(?!\\s*(?:percent|per|%|billion|million))`, 'gi'), resolve: (m, pub) => pastDay(pub, monthIndex(m[1]!), +m[2]!) },
  // (in) (early|mid|late) May 2014
  { re: new RegExp(`\\b(?:early|mid|late|mid-)?\\s*${MON_RE}\\s+(\\d{4})\\b`, 'gi'), resolve: (m) => ym(+m[2]!, monthIndex(m[1]!)) },
  // in (early|mid|late) May — a month with no year, resolved toward the past
  { re: new RegExp(`\\b(?:in|since|during|by|until|last|this|early|mid|late|of)\\s+(?:(?:early|mid|late|mid-)\\s*)?${MON_RE}(?![a-z])`, 'gi'), resolve: (m, pub) => pastMonth(pub, monthIndex(m[1]!)) },
  // last/this/next week|month|year
  { re: /\blast\s+(week|month|year|weekend)\b/gi, resolve: (m, pub) => relUnit(pub, m[1]!.toLowerCase(), -1) },
  { re: /\b(?:this|earlier this)\s+(week|month|year|weekend)\b/gi, resolve: (m, pub) => relUnit(pub, m[1]!.toLowerCase(), 0) },
  // (last|on|) Tuesday
  { re: /\b(last\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi, resolve: (m, pub) => weekday(pub, DAYS.indexOf(m[2]!.toLowerCase()), !!m[1]) },
  { re: /\byesterday\b/gi, resolve: (_m, pub) => ymd(addDays(pub, -1)) },
  { re: /\b(?:today|tonight|this morning|this afternoon|this evening)\b/gi, resolve: (_m, pub) => ymd(pub) },
  // N days/weeks/months/years ago
  { re: /\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b/gi, resolve: (m, pub) => ago(pub, num(m[1]!), m[2]!.toLowerCase()) },
  // in 2009
  { re: /\b(?:in|since|during|of|by|until)\s+((?:19|20)\d{2})\b(?!\s*-)/gi, resolve: (m, pub) => (+m[1]! <= pub.getUTCFullYear() ? m[1]! : null) },
];

const WORDNUM: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const num = (s: string) => WORDNUM[s.toLowerCase()] ?? +s;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);

function day(y: number, m: number, d: number): string | null {
  if (m < 0 || d < 1 || d > 31) return null;
  return `${y}-${pad(m + 1)}-${pad(d)}`;
}
function pastDay(pub: Date, m: number, d: number): string | null {
  if (m < 0 || d < 1 || d > 31) return null;
  let y = pub.getUTCFullYear();
  if (Date.UTC(y, m, d) > pub.getTime()) y--;
  return `${y}-${pad(m + 1)}-${pad(d)}`;
}
function pastMonth(pub: Date, m: number): string | null {
  if (m < 0) return null;
  let y = pub.getUTCFullYear();
  if (m > pub.getUTCMonth()) y--;
  return ym(y, m);
}
function relUnit(pub: Date, unit: string, dir: number): string {
  const y = pub.getUTCFullYear(), m = pub.getUTCMonth();
  if (unit === 'year') return String(y + dir);
  if (unit === 'month') { const d = new Date(Date.UTC(y, m + dir, 1)); return ym(d.getUTCFullYear(), d.getUTCMonth()); }
  // a week: the month it falls in is the precision we can honestly keep
  const d = addDays(pub, dir * 7);
  return ym(d.getUTCFullYear(), d.getUTCMonth());
}
function weekday(pub: Date, wd: number, last: boolean): string {
  let back = (pub.getUTCDay() - wd + 7) % 7;
  if (last && back === 0) back = 7;
  return ymd(addDays(pub, -back));
}
function ago(pub: Date, n: number, unit: string): string {
  if (unit === 'day') return ymd(addDays(pub, -n));
  if (unit === 'week') { const d = addDays(pub, -7 * n); return ym(d.getUTCFullYear(), d.getUTCMonth()); }
  if (unit === 'month') { const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - n, 1)); return ym(d.getUTCFullYear(), d.getUTCMonth()); }
  return String(pub.getUTCFullYear() - n);
}

/** Clamp a resolved date so it is never after the publication date (same precision). */
function notFuture(date: string, pub: Date): string {
  const p = ymd(pub);
  return date.localeCompare(p.slice(0, date.length)) > 0 ? p.slice(0, date.length) : date;
}

/** Every date expression in `text`, resolved against `published` (YYYY-MM-DD). */
export function findDates(text: string, published: string | null): FoundDate[] {
  const pub = parsePub(published);
  if (!pub) return [];
  const out: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(text))) {
      const s = m.index, e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const d = r.resolve(m, pub);
      if (!d) continue;
      taken.push([s, e]);
      out.push({ date: notFuture(d, pub), start: s, end: e, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The date of an event whose trigger is at [at, at) of `text`: the nearest date expression
 * inside [from, to) (preferring one after the trigger), else the publication date.
 */
export function eventDate(text: string, published: string | null, from: number, to: number, at: number): string | null {
  const found = findDates(text.slice(from, to), published);
  if (found.length) {
    const rel = at - from;
    let best = found[0]!, bestD = Infinity;
    for (const f of found) {
      const d = f.start >= rel ? f.start - rel : (rel - f.end) * 1.5;
      if (d < bestD) { bestD = d; best = f; }
    }
    return best.date;
  }
  return published ? published.replace(/^(\d{4})-?(\d{2})-?(\d{2}).*$/, '$1-$2-$3') : null;
}
