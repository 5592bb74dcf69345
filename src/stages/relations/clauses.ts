// Clause limits inside a sentence: where a hedge's reach and a trigger's actors stop.
// A clause boundary is a semicolon or colon, or a word that opens a new clause
// ("but", "while", "although", "if", "unless", "because", ", and", ", which").
const BOUNDARY = /[;:]|,\s+(?:and|which|who)\s|(?<![\p{L}])(?:but|while|whereas|although|though|if|unless|because|yet)(?![\p{L}])/giu;

export interface Clause { start: number; end: number }

/** The clause of `text` (folded sentence text) that holds [start, end) — offsets relative to text. */
export function clauseAround(text: string, start: number, end: number): Clause {
  let cs = 0;
  let ce = text.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const bs = m.index;
    if (bs + m[0].length <= start) cs = bs;
    else if (bs >= end) { ce = bs; break; }
  }
  return { start: cs, end: ce };
}
