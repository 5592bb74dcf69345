import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { htmlMeta } from '/work/main/src/ingest/html-meta.ts';
const dir = '/work/shared/eval/extraction/wcxb-dev/';
let d1 = 0, a = 0, b = 0, both = 0, none = 0, tot = 0;
const bad: string[] = [];
for (const f of readdirSync(dir + 'html').sort()) {
  const id = f.slice(0, 4);
  const g = JSON.parse(readFileSync(`${dir}ground-truth/${id}.json`, 'utf8')).ground_truth;
  if (!g.publish_date) continue;
  tot++;
  const { document } = parseHTML(gunzipSync(readFileSync(dir + 'html/' + f)).toString());
  const m = htmlMeta(document as unknown as Document);
  const s = m.shownDate === g.publish_date, p = m.published === g.publish_date;
  if ((m.shownDate ?? m.published) === g.publish_date) d1++;
  if (s && p) both++; else if (s) a++; else if (p) { b++; bad.push(`${id}:${m.shownDate}`); } else none++;
}
console.log({ d1, tot, both, shownOnly: a, pubOnly: b, none });

