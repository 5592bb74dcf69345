// English words, to keep typo matching off real words: the lexicon of the wink-nlp English model the
// tokenizer already uses (about 87,000 words and common names, as the npm package ships them; no
// download). Read once, the first time a word is asked about.
import model from 'wink-eng-lite-web-model';

let lexicon: Set<string> | null = null;

function load(): Set<string> {
  const core = (model as unknown as { core: () => { features: { lexeme: { list: string[]; intrinsicSize: number } } } }).core();
  const { list, intrinsicSize } = core.features.lexeme;
  return new Set(list.slice(0, intrinsicSize));
}

/** true when the model knows `word` as written or in lower case ("Hungary", "germane"). */
export function knownWord(word: string): boolean {
  lexicon ??= load();
  return lexicon.has(word) || lexicon.has(word.toLowerCase());
}
