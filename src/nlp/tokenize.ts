// Sentences, tokens, POS and lemmas from wink-nlp, mapped to character offsets in the text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../doc/types.ts';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;
/** The wink-nlp instance, loaded once (the model is read from the npm package, no download). */
export function wink(): Wink {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
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
  return { sentences, tokens };
}
