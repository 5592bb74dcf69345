// Approximate map from body paragraphs back to the HTML source: each paragraph's first and
// last few words are looked up in the raw HTML, allowing tags, entities and whitespace
// between the words. Paragraphs that cannot be found are left out of the map.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GAP = '(?:\\s|&[#\\w]+;|<[^>]*>)+';

function wordsRe(words: string[]): RegExp {
  return new RegExp(words.map(escape).join(GAP), 'g');
}

/** [bodyStart, bodyEnd, sourceStart, sourceEnd] for each paragraph found in the source. */
export function buildSourceMap(html: string, body: string): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  let from = 0;
  let bodyPos = 0;
  for (const para of body.split('\n\n')) {
    const start = body.indexOf(para, bodyPos);
    bodyPos = start + para.length;
    const words = para.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!words.length) continue;
    const head = wordsRe(words.slice(0, 3));
    head.lastIndex = from;
    const h = head.exec(html);
    if (!h) continue;
    const tail = wordsRe(words.slice(-3));
    tail.lastIndex = h.index;
    const t = tail.exec(html);
    let srcEnd = t && t.index - h.index < para.length * 4 + 2000 ? t.index + t[0].length : h.index + h[0].length;
    // take the closing punctuation too, up to the next tag
    const lt = html.indexOf('<', srcEnd);
    if (lt > srcEnd && lt - srcEnd <= 8) srcEnd = lt;
    out.push([start, start + para.length, h.index, srcEnd]);
    from = h.index + 1;
  }
  return out;
}
