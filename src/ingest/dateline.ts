// The dateline that opens many news stories: "LONDON —", "WASHINGTON (Reuters) -",
// "NEW DELHI, India —", "BEIJING:". Returns the place and where the story proper starts.

const DATELINE = /^(?<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}(?:,\s+[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,2})?)(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?\s*(?:\([\p{L}.&\s]{1,40}\)\s*)?(?:[—–]|--?|:)\s+(?=\S)/u;

export interface Dateline { place: string; end: number }

/** The dateline at the start of a paragraph, or null. */
export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const place = m.groups!.place!.trim();
  // at least one all-caps word of two letters or more, and not an acronym sentence start ("NATO: ...")
  if (!/[A-Z]{2}/.test(place.split(',')[0]!)) return null;
  return { place, end: m[0].length };
}
