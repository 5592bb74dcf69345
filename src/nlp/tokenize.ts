// Sentences, tokens, POS and lemmas from wink-nlp, mapped to character offsets in the text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../doc/types.ts';

type Wink = ReturnType<typeof winkNLP>;
/** The part of wink's in-memory model copy we watch: its feature lists grow with every new word read. */
interface Feature { list?: unknown[]; intrinsicSize?: number; index?: number; maxIndex?: number }
interface LoadedModel { features: Record<string, Feature> }

let nlp: Wink | null = null;
let loaded: LoadedModel | null = null;
let cer: unknown = null;

/**
 * wink-nlp keeps every new word it reads (and its new feature values) in its cache for as
 * long as the instance lives: on a long stream of text (names, numbers, typos) memory grows
 * without bound, and a feature's index can outgrow the bits it is packed in. When more than
 * this many new entries have been added, the instance is dropped and loaded afresh (about
 * 70 ms); what it gives for a text does not depend on what it read before.
 */
let maxNewEntries = 100_000;

/** The wink-nlp instance, loaded once (the model is read from the npm package, no download). */
export function wink(): Wink {
  if (!nlp) {
    // the model's core() gives a fresh copy of the lexicon per instance: keep a hold of it to
    // watch its growth. Its metaCER() stringifies its machines again on every call (the model
    // package reassigns them), so a second instance would get them escaped twice: the first
    // result is kept and given to every instance.
    const m = {
      ...model,
      core: () => (loaded = (model as unknown as { core: () => LoadedModel }).core()),
      metaCER: () => (cer ??= (model as unknown as { metaCER: () => unknown }).metaCER()),
    };
    nlp = winkNLP(m as typeof model, ['sbd', 'pos']);
  }
  return nlp;
}

/** Entries wink has added to its cache since it was loaded (words and feature values). */
export function winkNewEntries(): number {
  if (!loaded) return 0;
  let n = 0;
  for (const f of Object.values(loaded.features)) if (f.list && f.intrinsicSize != null) n += f.list.length - f.intrinsicSize;
  return n;
}

/** Whether wink's cache should be dropped: too many new entries, or a feature near its packing limit. */
function overgrown(): boolean {
  if (!loaded) return false;
  let n = 0;
  for (const f of Object.values(loaded.features)) {
    if (!f.list || f.intrinsicSize == null) continue;
    n += f.list.length - f.intrinsicSize;
    if (f.maxIndex != null && f.index != null && f.index > f.maxIndex * 0.9) return true;
  }
  return n > maxNewEntries;
}

/** Set how many new cache entries wink may collect before it is loaded afresh; returns the previous limit (tests). */
export function setWinkCacheLimit(n: number): number {
  const prev = maxNewEntries;
  maxNewEntries = n;
  return prev;
}

/** Drop the wink-nlp instance; the next call loads a fresh one. */
export function resetWink(): void {
  nlp = null;
  loaded = null;
}

export interface Tokenized { sentences: Sentence[]; tokens: Token[] }

/** Split `text` into sentences and tokens with offsets, POS tags and lemmas. */
export function tokenize(text: string): Tokenized {
  const n = wink();
  const its = n.its;
  const wd = n.readDoc(text);
  const texts = wd.tokens().out() as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const lemmas = wd.tokens().out(its.lemma as never) as unknown as string[];
  const tokens: Token[] = new Array(texts.length);
  let cur = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    let at = text.startsWith(t, cur) ? cur : text.indexOf(t, cur);
    if (at < 0) at = cur; // wink normalised the token; keep position monotone
    const end = Math.min(text.length, at + t.length);
    tokens[i] = { i, start: at, end, text: text.slice(at, end), norm: t.toLowerCase(), lemma: (lemmas[i] ?? t).toLowerCase(), pos: pos[i] ?? 'X', sent: 0 };
    cur = end;
  }
  const sentences: Sentence[] = [];
  const spans = wd.sentences().out(its.span) as unknown as Array<[number, number]>;
  spans.forEach(([a, b], si) => {
    if (a > b || !tokens[a] || !tokens[b]) return;
    for (let k = a; k <= b; k++) tokens[k]!.sent = sentences.length;
    sentences.push({ i: sentences.length, start: tokens[a]!.start, end: tokens[b]!.end, tokenStart: a, tokenEnd: b + 1 });
    void si;
  });
  if (overgrown()) resetWink();
  return { sentences, tokens };
}
