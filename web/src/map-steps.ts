// The time slider's steps.

/** Month ends from the first to the last date, the last date itself last. */
export function monthSteps(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  while (`${y}-${String(m).padStart(2, '0')}` < end && out.length < 1200) {
    out.push(new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
    if (++m > 12) { m = 1; y++; }
  }
  out.push(last);
  return out;
}
