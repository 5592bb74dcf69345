// realign check-claims --arms FILE <article files...> [--json]
// Compares articles' arms-trade share claims with a table of arms transfers (SIPRI shape)
// for the article's year and the five years ending then.
import { readFile } from 'node:fs/promises';
import { createDoc } from '../../doc/doc.ts';
import type { ClaimRecord, Doc } from '../../doc/types.ts';
import { EXIT, UsageError, dbPath, type Command } from '../command.ts';

interface Article { source: string; id: string; published: string | null; claims: ClaimRecord[] }
type Loose = Record<string, unknown>;

/** Read one article: the ingest reader when it is there (src/ingest/index.ts), else the text/HTML readers, then the default pipeline. */
async function readArticle(path: string): Promise<Doc> {
  const ingestIndex = '../../ingest/index.ts';
  try {
    const ing = (await import(ingestIndex)) as Loose;
    if (typeof ing.extractFile === 'function') {
      const d = (await (ing.extractFile as (p: string) => unknown)(path)) as Loose;
      const doc = (d && typeof d === 'object' && 'doc' in d ? d.doc : d) as Doc | undefined;
      if (doc && typeof doc.text === 'string' && Array.isArray(doc.claims)) return doc;
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
  const text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  let doc: Doc;
  if (/\.html?$/i.test(path)) {
    const m = (await import('../../ingest/html-reader.ts')) as unknown as { readHtml: (h: string, meta: Loose) => Doc };
    doc = m.readHtml(text, { source: path, format: 'html' });
  } else {
    try {
      const m = (await import('../../ingest/text-reader.ts')) as unknown as { readText: (t: string, meta: Loose) => Doc };
      doc = m.readText(text, { source: path, format: 'text' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
      doc = createDoc(text, { source: path, format: 'text' });
    }
  }
  const { read } = await import('../../pipeline/default.ts');
  return read(doc);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const cmd: Command = {
  name: 'check-claims',
  summary: "Compare articles' arms-trade share claims with a table of arms transfers (SIPRI shape: supplier, recipient, year, TIV)",
  usage: 'realign check-claims --arms FILE <article files... | -> [--json] [--year YYYY]\n       realign check-claims --arms FILE --doc ID [--db FILE]',
  flags: [
    { name: 'arms', type: 'string', description: 'CSV of arms transfers: supplier, recipient, year, TIV (names or ISO codes)' },
    { name: 'json', type: 'boolean', description: 'print JSON' },
    { name: 'year', type: 'string', description: 'the year claims refer to when an article has no date' },
    { name: 'doc', type: 'string', description: 'check a stored document (by id) instead of files', multiple: true },
    { name: 'tolerance', type: 'string', description: 'percentage points of slack when judging whether a claim fits', default: '2' },
  ],
  exitCodes: { 1: 'some articles could not be read or had no year' },
  async run({ positionals, flags }, io) {
    if (!flags.arms) throw new UsageError('--arms FILE is required');
    const docIds = (flags.doc as string[] | undefined) ?? [];
    if (!positionals.length && !docIds.length) throw new UsageError('give article files (or --doc ID)');
    const yearFlag = flags.year != null ? Number(flags.year) : null;
    if (yearFlag != null && !/^\d{4}$/.test(String(flags.year))) throw new UsageError(`--year must be a year, got "${flags.year}"`);
    const tolerance = Number(flags.tolerance);
    if (!Number.isFinite(tolerance) || tolerance < 0) throw new UsageError(`--tolerance must be a number ≥ 0, got "${flags.tolerance}"`);

    const { readArmsTable, checkArmsClaims, formatCheck } = await import('../../claims-check/index.ts');
    const table = readArmsTable(String(flags.arms));
    for (const e of table.errors) io.stderr.write(`realign check-claims: ${e}\n`);

    const articles: Article[] = [];
    let failed = 0;
    for (const p of positionals) {
      try {
        const d = await readArticle(p);
        articles.push({ source: p, id: d.id, published: d.meta.published, claims: d.claims });
      } catch (e) {
        failed++;
        io.stderr.write(`realign check-claims: ${p}: ${e instanceof Error ? e.message : String(e)}\n`);
      }
    }
    if (docIds.length) {
      const { openStore } = await import('../open-store.ts');
      const store = await openStore(flags, { stderr: io.stderr });
      try {
        for (const id of docIds) {
          const d = await store.getDocument(id);
          if (!d) { failed++; io.stderr.write(`realign check-claims: ${id}: no such document in ${dbPath(flags)}\n`); continue; }
          articles.push({ source: d.source ?? id, id, published: d.published, claims: d.claims.map((c) => ({ ...c, date: c.date && c.date !== d.published ? c.date.slice(0, 4) : null })) });
        }
      } finally { await store.close(); }
    }

    const results = [];
    for (const a of articles) {
      const year = a.published ? Number(a.published.slice(0, 4)) : yearFlag;
      if (year == null) { failed++; io.stderr.write(`realign check-claims: ${a.source}: the article has no date; pass --year\n`); continue; }
      const checks = checkArmsClaims(a.claims, table, { year: yearFlag ?? year, tolerance });
      results.push({ source: a.source, id: a.id, published: a.published, year: yearFlag ?? year, claims: a.claims.length, checks });
    }
    if (flags.json) {
      io.stdout.write(JSON.stringify({ arms: { file: table.file, rows: table.rows.length, errors: table.errors.length }, articles: results }, null, 2) + '\n');
    } else {
      for (const r of results) {
        io.stdout.write(`${r.source} (${r.year}): ${r.checks.length} arms-share claim${r.checks.length === 1 ? '' : 's'} of ${r.claims} claims\n`);
        for (const k of r.checks) io.stdout.write(`  ${formatCheck(k)}\n`);
      }
    }
    return failed ? EXIT.someInputsFailed : EXIT.ok;
  },
};

export default cmd;
