import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlMeta } from '../../../src/ingest/html-meta.ts';
import { headerFacts } from '../../../src/ingest/html-header.ts';
import { cleanParagraphs, paragraphsOf } from '../../../src/ingest/html-body.ts';
import { detectLanguage } from '../../../src/ingest/language.ts';
const dir = '/work/shared/eval/extraction/scrapinghub-aeb/html/';
const pages = readdirSync(dir).map((f) => gunzipSync(readFileSync(dir + f)).toString());
const t: Record<string, number> = {};
const time = <T>(k: string, fn: () => T): T => { const a = performance.now(); const r = fn(); t[k] = (t[k] ?? 0) + performance.now() - a; return r; };
for (let round = 0; round < 2; round++) {
  for (const k of Object.keys(t)) delete t[k];
  for (const html of pages) {
    const { document } = time('parse', () => parseHTML(html));
    time('meta', () => htmlMeta(document as unknown as Document));
    time('header', () => headerFacts(document as unknown as Document));
    const a = time('readability', () => new Readability<Element>(document as unknown as Document, { keepClasses: true, serializer: (n) => n as Element }).parse());
    const ps = time('paras', () => paragraphsOf(a!.content!));
    const c = time('clean', () => cleanParagraphs(ps, {}));
    time('lang', () => detectLanguage(c.paras.map((p) => p.text).join('\n\n')));
  }
  console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, +(v / pages.length).toFixed(2)])));
}
