// Language guess: the writing system first (Hangul, kana, Han, Arabic ...), then for
// Latin and Cyrillic text a stop-word profile per language (data/languages): the share of
// a text's words that are that language's function words; the highest share wins.
import { dataPath, firstError, loadJsonl, need, readManifest } from '../rules/load.ts';

interface ProfileRow { lang: string; name: string; words: string[] }
interface ScriptRow { id: string; lang: string; pattern: string }
interface Profiles { words: Array<{ lang: string; set: Set<string> }>; scripts: Array<{ id: string; lang: string; re: RegExp }> }

let cached: Profiles | null = null;

export function loadProfiles(dir = dataPath('languages')): Profiles {
  if (cached && dir === dataPath('languages')) return cached;
  readManifest(dir);
  const words = loadJsonl<ProfileRow>(`${dir}/stopwords.jsonl`, (r) =>
    firstError(need.string(r as never, 'lang'), need.string(r as never, 'name'), need.strings(r as never, 'words')));
  const scripts = loadJsonl<ScriptRow>(`${dir}/scripts.jsonl`, (r) => {
    const e = firstError(need.string(r as never, 'id'), need.string(r as never, 'lang'), need.string(r as never, 'pattern'));
    if (e) return e;
    try { new RegExp(r.pattern, 'u'); return null; } catch (err) { return `bad pattern: ${(err as Error).message}`; }
  });
  const p: Profiles = {
    words: words.map((r) => ({ lang: r.lang, set: new Set(r.words) })),
    scripts: scripts.map((r) => ({ id: r.id, lang: r.lang, re: new RegExp(r.pattern, 'gu') })),
  };
  if (dir === dataPath('languages')) cached = p;
  return p;
}

export interface LanguageGuess { lang: string | null; score: number }

const LETTER = /\p{L}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;

/** Guess the language of a text (ISO 639-1), or null when there is too little to tell. */
export function detectLanguage(text: string, profiles = loadProfiles()): LanguageGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters < 20) return { lang: null, score: 0 };
  // Kana marks Japanese even when Han characters outnumber it.
  for (const s of profiles.scripts) {
    const n = sample.match(s.re)?.length ?? 0;
    const share = n / letters;
    if (share > (s.id === 'kana' ? 0.05 : 0.3)) return { lang: s.lang, score: share };
  }
  const cyr = (sample.match(CYRILLIC)?.length ?? 0) / letters > 0.3;
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length < 5) return { lang: null, score: 0 };
  let best: LanguageGuess = { lang: null, score: 0 };
  for (const p of profiles.words) {
    if (cyr !== /[а-яіїєґ]/.test([...p.set][0]!)) continue;
    let hits = 0;
    for (const w of words) if (p.set.has(w)) hits++;
    const score = hits / words.length;
    if (score > best.score) best = { lang: p.lang, score };
  }
  return best.score >= 0.08 ? best : { lang: null, score: best.score };
}
