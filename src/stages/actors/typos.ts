// One-letter typos in long names ("Afganistan", "Ethopia", "Mitterand"): an index of the name words of
// countries, demonyms, capitals and office holders (7+ letters), looked up by single deletions (the
// symmetric-delete scheme: a word and a name one edit apart share a form with at most one letter removed),
// each candidate checked with the optimal-string-alignment distance. Lookups cost a few map reads per word.

/** Shortest name word that may be matched with a typo. */
export const MIN_TYPO_LENGTH = 7;

/** true when a and b are at most one edit apart (insert, delete, substitute, or swap two neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // neighbours swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) if (i === 0 || w[i] !== w[i - 1]) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

export class TypoIndex {
  private words = new Set<string>();
  private byDeletion = new Map<string, string[]>();

  /** `words`: lower-cased name words; those shorter than MIN_TYPO_LENGTH letters are left out. */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length < MIN_TYPO_LENGTH || !/^\p{Ll}+$/u.test(w) || this.words.has(w)) continue;
      this.words.add(w);
      for (const d of deletions(w)) { const l = this.byDeletion.get(d); if (l) l.push(w); else this.byDeletion.set(d, [w]); }
    }
  }

  get size() { return this.words.size; }

  /** The name words one edit from `q` (lower-cased), none when q is itself one. */
  near(q: string): string[] {
    if (q.length < MIN_TYPO_LENGTH - 1 || this.words.has(q)) return [];
    const found = new Set<string>();
    const add = (w: string) => { if (withinOneEdit(q, w)) found.add(w); };
    for (const w of this.byDeletion.get(q) ?? []) add(w); // q lacks a letter
    for (const d of deletions(q)) {
      if (this.words.has(d)) add(d); // q has a letter too many
      for (const w of this.byDeletion.get(d) ?? []) add(w); // a letter changed or two swapped
    }
    return [...found];
  }
}
