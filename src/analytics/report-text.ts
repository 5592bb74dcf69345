// Plain-text renderings of the analytics reports, for the CLI (the JSON is the contract).
import type { Brief } from './brief.ts';
import { countryName } from './lexicon.ts';
import { periodLabel } from './periods.ts';
import type { DyadReport, NetworkReport } from './queries.ts';

const f = (x: number | null | undefined, d = 2) => (x == null || !Number.isFinite(x) ? '–' : x.toFixed(d));
const clip = (s: string | null | undefined, n = 110) => (!s ? '' : s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function dyadText(r: DyadReport): string {
  const head = `${countryName(r.a)}–${countryName(r.b)}${r.directed ? ' (directed)' : ''} by ${r.by}  [${r.metric}]`;
  const cols = 'period        events  vcoop  mcoop  vconf  mconf  net    gold   share%  index  (95% band)';
  const rows = r.points.map((p) => [
    periodLabel(p.period, r.by).padEnd(12), f(p.n, 1).padStart(7), f(p.q1, 1).padStart(6), f(p.q2, 1).padStart(6), f(p.q3, 1).padStart(6), f(p.q4, 1).padStart(6),
    f(p.net_coop).padStart(6), f(p.goldstein_mean).padStart(6), f(p.share == null ? null : 100 * p.share).padStart(7),
    f(p.index.index).padStart(6), ` (${f(p.index.lo)}, ${f(p.index.hi)})`,
  ].join(' '));
  const rel = r.relations.map((x) => `  ${x.date ?? ''} ${x.direction}: "${clip(x.quote)}" [${x.id}]`);
  return [head, cols, ...rows, ...(rel.length ? ['relation statements:', ...rel] : [])].join('\n') + '\n';
}

export function networkText(r: NetworkReport): string {
  const out = [`network at ${r.at} (events ${r.from}…${r.at}; ${r.nodes.length} countries, ${r.edges.length} ties; neutral log-odds ${f(r.neutral)})  [${r.metric}]`];
  out.push(`blocs (signed modularity ${f(r.blocs.modularity, 3)}):`);
  r.blocs.blocs.forEach((b, i) => out.push(`  ${i + 1}. ${b.join(' ')}`));
  const bal = r.balance;
  out.push(`balance: ${bal.balanced}/${bal.triangles} triangles balanced (${f(100 * bal.share, 1)}%, weighted ${f(100 * bal.weightedShare, 1)}%); frustration ${f(bal.frustration, 3)} (${bal.frustratedEdges} ties against the best two-camp split)`);
  for (const t of bal.unbalanced.slice(0, 10)) out.push(`  out of balance: ${t.text} (weakest tie ${f(t.strength)})`);
  const strong = [...r.edges].sort((p, q) => Math.abs(q.weight) - Math.abs(p.weight)).slice(0, 15);
  out.push('strongest ties:');
  for (const e of strong) out.push(`  ${e.a}–${e.b} ${e.weight > 0 ? '+' : ''}${f(e.weight, 3)} (${f(e.events, 0)} events${e.relations.length ? `, ${e.relations.length} statements` : ''})`);
  return out.join('\n') + '\n';
}

export function briefText(b: Brief): string {
  const out = [`Alignment picture at ${b.at} (evidence from ${b.from})`];
  if (!b.dyads.length) out.push('  no evidence in this window');
  for (const d of b.dyads) {
    out.push(`${d.summary}  [index ${f(d.index)} ${d.index_kind}]`);
    for (const e of d.evidence.slice(0, 5)) out.push(`    ${e.kind} ${e.id}: "${clip(e.excerpt ?? e.quote, e.excerpt ? 120 : 110)}"`);
  }
  return out.join('\n') + '\n';
}
