// A token trie: dictionary names split into tokens the way the tokenizer splits text,
// keyed by lower-cased token; each name keeps its written form so case can be checked
// ("US" only in capitals, "China" capitalised, "the" any case). Matching walks the trie
// from each token: no regular expression per entry.

/** Split a dictionary name into tokens like wink-nlp does ("Pakistan's" → Pakistan 's). */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (let chunk of name.trim().split(/\s+/)) {
    if (!chunk) continue;
    const lead: string[] = [];
    while (chunk.length > 1 && /^["(\[]/.test(chunk)) { lead.push(chunk[0]!); chunk = chunk.slice(1); }
    const trail: string[] = [];
    while (chunk.length > 1 && /[,;:")\]]$/.test(chunk)) { trail.unshift(chunk.at(-1)!); chunk = chunk.slice(0, -1); }
    let poss: string | null = null;
    const m = /^(.+?)(['’]s)$/.exec(chunk) ?? /^(.+s)(['’])$/.exec(chunk); // "Pakistan's"; "Workers'" as the tokenizer splits it
    if (m && !/^[A-Z]'s$/.test(chunk)) { chunk = m[1]!; poss = m[2]!; }
    out.push(...lead, chunk);
    if (poss) out.push(poss);
    out.push(...trail);
  }
  return out;
}

/** The variants a name is indexed under: as written, and with hyphens as separate tokens. */
export function nameVariants(name: string): string[][] {
  const a = nameTokens(name);
  const b = a.flatMap((t) => (t.length > 1 && t.includes('-') && !/^-|-$/.test(t) ? t.split(/(-)/).filter(Boolean) : [t]));
  return b.length !== a.length ? [a, b] : [a];
}

export const keyOf = (token: string): string => token.toLowerCase().replace(/’/g, "'");

type CaseRule = 0 | 1 | 2; // 0 any case, 1 capitalised, 2 exactly as written
const caseRule = (form: string): CaseRule => {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 2;
  const c = form.replace(/^[^\p{L}]+/u, '')[0];
  return c && c !== c.toLowerCase() ? 1 : 0;
};

export interface Hit<P> { start: number; end: number; payloads: P[] }
interface Item<P> { payload: P; forms: string[]; rules: CaseRule[]; /** [payload], shared by every hit of this item alone */ one: P[] }
interface Node<P> { next: Map<string, Node<P>>; items: Item<P>[] | null }

const isCap = (t: string) => { const c = t[0]; return c !== undefined && c !== c.toLowerCase(); };
const isUpper = (t: string) => t === t.toUpperCase() && t !== t.toLowerCase();
/** A capital letter after the first ("iSrael", "PAKistan"): odd case, as user text has it; it passes for a capitalised name. */
const oddCase = (t: string) => /\p{Lu}/u.test(t.slice(1));

export class TokenTrie<P> {
  private root: Node<P> = { next: new Map(), items: null };
  size = 0;
  /** every token key of every name added (a word the dictionaries know, in any position) */
  readonly tokens = new Set<string>();

  add(name: string, payload: P): void {
    for (const forms of nameVariants(name)) {
      if (!forms.length) continue;
      let n = this.root;
      for (const f of forms) {
        const k = keyOf(f);
        this.tokens.add(k);
        let c = n.next.get(k);
        if (!c) { c = { next: new Map(), items: null }; n.next.set(k, c); }
        n = c;
      }
      (n.items ??= []).push({ payload, forms, rules: forms.map(caseRule), one: [payload] });
      this.size++;
    }
  }

  /** true when some name starts with the token `key` (lower-cased): else matchAt at that token finds nothing, whatever the case. */
  starts(key: string): boolean { return this.root.next.has(key); }

  /** Longest match starting at `i` over `keys` (lower-cased) / `texts` (as written), up to `end`. */
  matchAt(keys: readonly string[], texts: readonly string[], i: number, end: number): Hit<P> | null {
    let n: Node<P> | undefined = this.root;
    let bestEnd = -1, bestNode: Node<P> | null = null, bestOk: P[] | null = null;
    for (let j = i; j < end; j++) {
      n = n.next.get(keys[j]!);
      if (!n) break;
      const items = n.items;
      if (items) {
        if (items.length === 1) { if (caseOk(items[0]!, texts, i)) { bestEnd = j + 1; bestNode = n; bestOk = null; } continue; }
        let ok: P[] | null = null;
        for (const it of items) if (caseOk(it, texts, i)) (ok ??= []).push(it.payload);
        if (ok) { bestEnd = j + 1; bestNode = null; bestOk = ok; }
      }
    }
    if (bestEnd < 0) return null;
    // the payload array of a single item is shared between hits: callers never change it
    return { start: i, end: bestEnd, payloads: bestOk ?? bestNode!.items![0]!.one };
  }
}

function caseOk<P>(it: Item<P>, texts: readonly string[], i: number): boolean {
  for (let k = 0; k < it.rules.length; k++) {
    const r = it.rules[k]!;
    if (r === 0) continue;
    const t = texts[i + k]!;
    if (r === 2 ? t !== it.forms[k] : !(isCap(t) || isUpper(t) || oddCase(t))) return false;
  }
  return true;
}
