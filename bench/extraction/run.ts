// Extraction benchmark: realign's HTML reader against plain Readability.js, same pages, one
// run. Usage: npx tsx bench/extraction/run.ts [dataset-dir ...] [--limit N]
// Datasets: ScrapingHub AEB (html/*.html.gz + ground-truth.json) and WCXB (html/*.html.gz +
// ground-truth/*.json). Prints F1, P, R and pages/s (and WCXB's metadata accuracy).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractHtml, htmlDocMeta } from '../../src/ingest/html-reader.ts';
import { toIsoDate } from '../../src/ingest/dates.ts';
import { sharedPath } from '../../src/testing/shared.ts';
import { authorMatch, bagScore, corpusBag, corpusShingle, normTitle, shingleScore, type PageScore } from './metric.ts';

interface Page { id: string; html: string; body: string; title?: string; author?: string; date?: string }
interface Output { body: string; title: string | null; author: string | null; published: string | null }

function loadDataset(dir: string, limit: number): { kind: 'aeb' | 'wcxb'; pages: Page[] } {
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort().slice(0, limit);
  const html = (f: string) => gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8');
  if (existsSync(join(dir, 'ground-truth.json'))) {
    const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    return { kind: 'aeb', pages: files.map((f) => { const id = basename(f, '.html.gz'); return { id, html: html(f), body: gt[id]?.articleBody ?? '' }; }) };
  }
  return {
    kind: 'wcxb',
    pages: files.map((f) => {
      const id = basename(f, '.html.gz');
      const g = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')).ground_truth;
      return { id, html: html(f), body: g.main_content ?? '', title: g.title ?? undefined, author: g.author ?? undefined, date: g.publish_date ?? undefined };
    }),
  };
}

const systems: Record<string, (html: string) => Output> = {
  realign(html) {
    const x = extractHtml(html, { sourceMap: false });
    const m = htmlDocMeta(x);
    return { body: x.body, title: m.title ?? null, author: m.author ?? null, published: m.published ?? null };
  },
  readability(html) {
    const { document } = parseHTML(html);
    const a = new Readability(document as unknown as Document).parse();
    return { body: a?.textContent ?? '', title: a?.title ?? null, author: a?.byline ?? null, published: toIsoDate(a?.publishedTime) };
  },
};

const args = process.argv.slice(2);
const li = args.indexOf('--limit');
const limit = li >= 0 ? Number(args[li + 1]) : Infinity;
const only = args.indexOf('--only') >= 0 ? args[args.indexOf('--only') + 1] : null;
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit' && args[i - 1] !== '--only');
if (!dirs.length) dirs.push(sharedPath('eval/extraction/scrapinghub-aeb'), sharedPath('eval/extraction/wcxb-dev'));
const dump = process.env.BENCH_DUMP; // write per-page scores as JSON lines to this file

const pct = (x: number) => x.toFixed(3);
for (const dir of dirs) {
  if (!existsSync(dir)) { console.log(`${dir}: absent, skipped`); continue; }
  const { kind, pages } = loadDataset(dir, limit);
  console.log(`\n${basename(dir)} (${kind}): ${pages.length} pages`);
  const names = Object.keys(systems).filter((n) => !only || n === only);
  // warm up (JIT, lazy data files), then run the systems page by page, alternating which
  // goes first, so that machine load and GC fall on both alike
  for (const p of pages.slice(0, 5)) for (const n of names) { try { systems[n]!(p.html); } catch { /* scored below */ } }
  const acc = Object.fromEntries(names.map((n) => [n, { scores: [] as PageScore[], ms: 0, title: 0, author: 0, date: 0, nt: 0, na: 0, nd: 0, failed: 0 }]));
  const perPage: Record<string, unknown>[] = [];
  pages.forEach((p, i) => {
    for (const name of i % 2 ? [...names].reverse() : names) {
      const a = acc[name]!;
      const t0 = performance.now();
      let out: Output;
      try { out = systems[name]!(p.html); } catch { out = { body: '', title: null, author: null, published: null }; a.failed++; }
      a.ms += performance.now() - t0;
      const s = kind === 'aeb' ? shingleScore(out.body, p.body) : bagScore(out.body, p.body);
      a.scores.push(s);
      if (p.title !== undefined) { a.nt++; if (normTitle(out.title) === normTitle(p.title)) a.title++; }
      if (p.author) { a.na++; if (authorMatch(out.author, p.author)) a.author++; }
      if (p.date) { a.nd++; if (out.published === p.date) a.date++; }
      if (dump) perPage.push({ system: name, id: p.id, p: s.p, r: s.r, f1: s.f1, title: out.title, gtTitle: p.title, author: out.author, gtAuthor: p.author, date: out.published, gtDate: p.date });
    }
  });
  for (const name of names) {
    const a = acc[name]!;
    const c = kind === 'aeb' ? corpusShingle(a.scores) : corpusBag(a.scores);
    let line = `${name.padEnd(12)} F1 ${pct(c.f1)}  P ${pct(c.p)}  R ${pct(c.r)}  ${(pages.length / (a.ms / 1000)).toFixed(1)} pages/s`;
    if (kind === 'wcxb') line += `  title ${pct(a.title / a.nt)}  author ${pct(a.author / a.na)}  date ${pct(a.date / a.nd)}`;
    if (a.failed) line += `  (${a.failed} pages threw)`;
    console.log(line);
  }
  if (acc.realign && acc.readability) {
    const r = acc.realign, b = acc.readability;
    const f = (x: typeof r) => (kind === 'aeb' ? corpusShingle(x.scores) : corpusBag(x.scores)).f1;
    console.log(`realign / readability: F1 ${(f(r) / f(b)).toFixed(3)}x, speed ${(b.ms / r.ms).toFixed(2)}x`);
  }
  if (dump) { const { appendFileSync } = await import('node:fs'); appendFileSync(dump, perPage.map((r) => JSON.stringify({ set: basename(dir), ...r })).join('\n') + '\n'); }
}
