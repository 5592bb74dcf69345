import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';
import { countryMentions } from './mentions.ts';
import { chainedMentions, findPair, frames, wordGap, type SentenceView } from './pairs.ts';
import { markedDoc } from './test-doc.ts';

function view(text: string): SentenceView {
  const doc = markedDoc(text);
  const s = doc.sentences[0]!;
  const words = doc.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => [t.start, t.end] as [number, number]);
  return { text: fold(doc.text), start: s.start, end: s.end, words, mentions: countryMentions(doc), previous: [] };
}
const at = (v: SentenceView, w: string) => { const i = v.text.indexOf(w); return [i, i + w.length] as const; };

describe('pair frames', () => {
  it('hyphen, between, coordination and "X\'s ties with Y"', () => {
    expect(frames(view('The Peru-Chile talks.')).map((f) => f.how)).toEqual(['hyphen']);
    expect(frames(view('Relations between Peru and Chile.')).map((f) => [f.how, f.quoteStart])).toEqual([['between', 0]]);
    expect(frames(view('Peru and Chile met.')).map((f) => f.how)).toEqual(['coord']);
    expect(frames(view("Peru's ties with Chile.")).map((f) => f.how)).toEqual(['with']);
    expect(frames(view('Talks with Peru and Chile.'))).toEqual([]);
  });

  it('a chain of three names is set aside', () => {
    const v = view('The Peru-Chile-Bolivia pipeline.');
    expect(chainedMentions(v).size).toBe(3);
    const [s, e] = at(v, 'pipeline');
    expect(findPair(v, s, e, { start: 0, end: v.text.length })).toBeNull();
  });

  it('counts the words between two spans', () => {
    const v = view('Peru has long been wary of Chile.');
    expect(wordGap(v, at(v, 'peru')[1], at(v, 'chile')[0])).toBe(5);
  });

  it('a split pair: the nearest country before and after', () => {
    const v = view("Peru's move away from Chile surprised Bolivia.");
    const [s, e] = at(v, 'move away from');
    const p = findPair(v, s, e, { start: 0, end: v.text.length })!;
    expect([p.a.country, p.b.country, p.how]).toEqual(['PER', 'CHL', 'split']);
  });
});
