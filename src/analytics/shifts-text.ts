// Plain-text rendering of a shifts report for the CLI (the JSON is the contract): each
// shift with its size, confidence, the segments either side, and where it led — the low
// a cooling reached, the high a warming reached.
import { countryName } from './lexicon.ts';
import { isPeriod, periodLabel } from './periods.ts';
import type { Extreme, SegmentSummary, Shift } from './shifts.ts';

interface Evidence { date: string; cameo: string | null; quote: string | null; id: string }

const f = (x: number | null | undefined, d = 2) => (x == null || !Number.isFinite(x) ? '–' : x.toFixed(d));
const clip = (s: string | null | undefined, n = 110) => (!s ? '' : s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function shiftsText(r: { by: string; metric?: string; shifts: Array<Shift & { evidence?: Evidence[] }> }): string {
  if (!r.shifts.length) return 'no shifts found\n';
  const label = (p: string) => (isPeriod(r.by) ? periodLabel(p, r.by) : p);
  const at = (e: Extreme | null | undefined) => (e ? `${label(e.period)} (${f(e.level)})` : '–');
  const seg = (g: SegmentSummary) => `${label(g.from)}…${label(g.to)} level ${f(g.level)}, low ${at(g.low)}, high ${at(g.high)}`;
  const out: string[] = [];
  for (const s of r.shifts) {
    const led = s.extreme ? `, to a ${s.extreme.kind} in ${label(s.extreme.period)} (${f(s.extreme.level)})` : '';
    out.push(`${countryName(s.a)}–${countryName(s.b)}: ${s.direction} from ${label(s.period)}${led} (Δ ${f(s.delta)} log-odds, confidence ${f(s.confidence, 3)}${s.flagged ? '' : ', not flagged'}) [${s.metric}]`);
    out.push(`    before ${seg(s.before)}`);
    out.push(`    after  ${seg(s.after)}`);
    for (const e of s.evidence ?? []) out.push(`    ${e.date} ${e.cameo ?? ''} ${clip(e.quote) || ''} [${e.id}]`);
  }
  return out.join('\n') + '\n';
}
