import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readInputs, readFile, sniffFormat, formatOfName, type ReadOutcome } from './read-inputs.ts';
import { extractFile } from './extract.ts';
import { PROJECT_DIR } from '../testing/shared.ts';

const FIX = join(PROJECT_DIR, 'test/fixtures/ingest');
const collect = async (inputs: string[], opts = {}) => { const out: ReadOutcome[] = []; for await (const o of readInputs(inputs, opts)) out.push(o); return out; };
const errors = (os: ReadOutcome[]) => os.filter((o): o is { input: string; error: string } => 'error' in o);
const docs = (os: ReadOutcome[]) => os.flatMap((o) => ('doc' in o ? [o.doc] : []));

const STORY = 'CAIRO — Egypt and Sudan agreed on Sunday to set up a joint committee on water sharing, officials in Cairo said after a day of talks between the two foreign ministers. The committee will meet every three months and report to both governments, according to a statement.';
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'realign-ingest-'));
  mkdirSync(join(dir, 'nested/deeper'), { recursive: true });
  copyFileSync(join(FIX, 'article-a.txt'), join(dir, 'a.txt'));
  writeFileSync(join(dir, 'nested/b.html.gz'), gzipSync(`<html><head><title>Water talks</title></head><body><article><h1>Water talks</h1><p>${STORY}</p></article></body></html>`));
  writeFileSync(join(dir, 'nested/deeper/c.md'), `# Rail talks\n\n${STORY.replace('water sharing', 'a rail link')}\n`);
  writeFileSync(join(dir, 'nested/ignored.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
  writeFileSync(join(dir, 'trunc.html.gz'), gzipSync('<html><body>' + '<p>text</p>'.repeat(500) + '</body></html>').subarray(0, 60));
  writeFileSync(join(dir, 'french.txt'), "PARIS — Le ministre des affaires étrangères a déclaré mardi que les discussions avec la délégation avaient été utiles et qu'elles se poursuivraient le mois prochain à Bruxelles. Les deux pays veulent renforcer leur coopération dans le domaine de l'énergie et des transports, a-t-il ajouté devant la presse.");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInputs', () => {
  it('reads a folder recursively, in name order, skipping other files, and goes on after bad ones', async () => {
    const out = await collect([dir]);
    expect(out.map((o) => o.input.slice(dir.length + 1))).toEqual(['a.txt', 'binary.txt', 'empty.txt', 'french.txt', 'nested/b.html.gz', 'nested/deeper/c.md', 'trunc.html.gz']);
    expect(Object.fromEntries(errors(out).map((e) => [e.input.slice(dir.length + 1), e.error]))).toEqual({
      'binary.txt': 'binary data, not text', 'empty.txt': 'empty file',
      'trunc.html.gz': expect.stringMatching(/^corrupt or truncated gzip/),
    });
    const d = docs(out);
    expect(d.map((x) => x.meta.format)).toEqual(['text', 'text', 'html', 'text']);
    expect(d[0]!.meta).toMatchObject({ title: 'Norway and Sweden agree to share air-defense data', published: '2025-01-14', author: 'Ingrid Dahl', dateline: 'OSLO', section: 'World', publisher: 'Example Nordic Wire' });
    expect(d[1]!.meta.language).toBe('fr');
    expect(d[2]!.meta).toMatchObject({ title: 'Water talks', dateline: 'CAIRO', source: join(dir, 'nested/b.html.gz') });
    expect(d[3]!.meta.title).toBe('Rail talks');
  });
  it('refuses files over the size cap and names missing paths', async () => {
    const out = await collect([join(dir, 'a.txt'), join(dir, 'nope.txt')], { maxBytes: 100 });
    expect(errors(out).map((e) => e.error)).toEqual([expect.stringMatching(/^too large: \d+ bytes \(limit 100\)/), 'no such file or folder']);
  });
  it('reads JSON Lines: one document per line, errors per line', async () => {
    const out = await collect([join(FIX, 'articles.jsonl')]);
    expect(out.map((o) => o.input.replace(FIX + '/', ''))).toEqual(['articles.jsonl#1', 'articles.jsonl#2', 'articles.jsonl#3', 'articles.jsonl#4']);
    expect(errors(out).map((e) => e.error)).toEqual([expect.stringMatching(/^not valid JSON/), 'no "text" or "html" field']);
    const [text, html] = docs(out);
    expect(text!.meta).toMatchObject({ url: 'https://example.org/ghana-togo', title: 'Ghana and Togo reopen border crossing', published: '2023-10-02', dateline: 'ACCRA', format: 'jsonl' });
    expect(text!.text.startsWith('Ghana and Togo reopened')).toBe(true);
    expect(html!.text).toBe('Bhutan opened a new embassy in Canberra on Thursday, its foreign ministry said, the first step in a plan to expand its diplomatic presence in the Pacific region over the next five years.\n\nOfficials said the mission would focus on education links and tourism.');
    expect(html!.meta.dateline).toBe('THIMPHU');
  });
  it('reads an RSS feed: one document per item', async () => {
    const out = await collect([join(FIX, 'feed.xml')]);
    expect(out.map((o) => o.input.replace(FIX + '/', ''))).toEqual(['feed.xml#1', 'feed.xml#2']);
    const [d] = docs(out);
    expect(d!.meta).toMatchObject({ title: 'Peru and Chile settle fishing dispute', published: '2024-06-03', author: 'Luis Prado', url: 'https://example.org/peru-chile', publisher: 'Example Diplomatic Feed', format: 'rss', dateline: 'LIMA' });
    expect(errors(out)[0]!.error).toMatch(/^not an article/);
  });
  it('reads standard input and sniffs its format', async () => {
    const html = `<!doctype html><html><body><article><h1>Water talks</h1><p>${STORY}</p></article></body></html>`;
    const out = await collect(['-'], { stdin: Readable.from([Buffer.from(html)]) });
    expect(docs(out)[0]!.meta).toMatchObject({ format: 'html', source: '-', dateline: 'CAIRO' });
    expect(sniffFormat('{"text": "x"}\n')).toBe('jsonl');
    expect(sniffFormat('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe('feed');
    expect(sniffFormat('Just words.')).toBe('text');
    expect(formatOfName('x/page.HTML.gz')).toBe('html');
  });
  it('reads http URLs from a local server', async () => {
    const server: Server = createServer((req, res) => {
      if (req.url === '/story') { res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }); res.end(Buffer.from(`<html><body><article><h1>Water talks</h1><p>${STORY} \x93Good\x94.</p></article></body></html>`, 'latin1')); }
      else { res.writeHead(200, { 'content-type': 'application/pdf' }); res.end('%PDF'); }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const out = await collect([`${base}/story`, `${base}/file.pdf`]);
      const d = docs(out)[0]!;
      expect(d.meta).toMatchObject({ url: `${base}/story`, source: `${base}/story`, format: 'html' });
      expect(d.text.endsWith('“Good”.')).toBe(true);
      expect(errors(out)).toEqual([{ input: `${base}/file.pdf`, error: 'unsupported content type application/pdf' }]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe('readFile and extractFile', () => {
  it('readFile gives one Doc, and refuses many', async () => {
    expect((await readFile(join(dir, 'a.txt'))).meta.dateline).toBe('OSLO');
    await expect(readFile(join(FIX, 'articles.jsonl'))).rejects.toThrow(/holds 4 documents/);
    await expect(readFile(join(dir, 'empty.txt'))).rejects.toThrow(/empty\.txt: empty file/);
  });
  it('extractFile runs the pipeline', async () => {
    const [d] = await extractFile(join(dir, 'a.txt'));
    expect(d!.sentences.length).toBeGreaterThan(1);
    expect(d!.tokens.length).toBeGreaterThan(20);
    const [fr] = await extractFile(join(dir, 'french.txt'));
    expect(fr!.notes.join(' ')).toMatch(/language fr/);
    await expect(extractFile(join(dir, 'binary.txt'))).rejects.toThrow(/binary\.txt: binary data/);
  });
});
