// Length-preserving folding of text for pattern matching: lower case, curly quotes and
// dashes made plain, so a match's offsets in the folded text are offsets in doc.text.

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ',
};

const FOLD_CHARS = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
let lastIn: string | null = null;
let lastOut = '';

/** Fold `text` for matching; the result has exactly the same length. The last result is
 *  kept: the relations and claims stages fold the same document text one after the other. */
export function fold(text: string): string {
  if (text === lastIn) return lastOut;
  const out = fastFold(text) ?? slowFold(text);
  lastIn = text; lastOut = out;
  return out;
}

/** Whole-string lower-casing equals lower-casing each character when no character changes
 *  length (İ → i̇) and there is no capital sigma (whose whole-string lower case depends on
 *  its place in the word); else null. */
function fastFold(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || text.includes('\u03A3')) return null;
  return lower.replace(FOLD_CHARS, (c) => FOLD[c]!);
}

/** Character by character: a character whose lower case has another length is kept as it is. */
export function slowFold(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = FOLD[ch];
    if (f) { out += f; continue; }
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Expand {NAME} macros in a pattern. Unknown macros are an error. */
export function expandMacros(pattern: string, macros: Map<string, string>): string {
  return pattern.replace(/\{([A-Z][A-Z0-9_]*)\}/g, (_, name: string) => {
    const m = macros.get(name);
    if (m == null) throw new Error(`unknown macro {${name}}`);
    return m;
  });
}

/** A global, case-insensitive regex that only matches whole words. */
export function wordRegex(pattern: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');
}

export interface Hit { start: number; end: number; text: string }

/** All matches of `re` in `text` (offsets relative to `text`), searching from `from`. */
export function hits(re: RegExp, text: string, from = 0): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Whether `re` (global) has a non-empty match in `text`: hits(re, text).length > 0, without collecting them. */
export function hasHit(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    return true;
  }
  return false;
}
