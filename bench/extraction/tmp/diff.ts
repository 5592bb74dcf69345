import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../../../src/ingest/html-reader.ts';
const dir = '/work/shared/eval/extraction/scrapinghub-aeb/';
const gt = JSON.parse(readFileSync(dir + 'ground-truth.json', 'utf8'));
const norm = (s: string) => (s.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
for (const pre of process.argv.slice(2)) {
  const f = readdirSync(dir + 'html').find((x) => x.startsWith(pre))!;
  const id = f.replace('.html.gz', '');
  const html = gunzipSync(readFileSync(dir + 'html/' + f)).toString();
  const x = extractHtml(html);
  const gold = norm(gt[id].articleBody);
  console.log(`=== ${pre} ${gt[id].url}`);
  for (const p of x.body.split('\n\n')) if (!gold.includes(norm(p))) console.log('  + ', p.slice(0, 160));
  const ours = norm(x.body);
  for (const p of gt[id].articleBody.split('\n')) if (p.trim() && !ours.includes(norm(p))) console.log('  - ', p.slice(0, 160));
}
