import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { headerFacts } from '/work/main/src/ingest/html-header.ts';
import { htmlMeta } from '/work/main/src/ingest/html-meta.ts';
const dir = '/work/shared/eval/extraction/wcxb-dev/';
const stats: Record<string, { shownOk: number; pubOk: number; n: number }> = {};
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
  const pick = m.shownDate && m.shownDate === m.modified && m.published && !/updat|modif|revis/i.test(m.shownDateText ?? '') ? m.published : m.shownDate ?? m.published;
  if (pick === g.publish_date) d1++;
  const h = headerFacts(document as unknown as Document);
  const lab = /updat|modif|revis/i.test(h.dateText ?? '') ? 'upd' : 'plain';
  const rel = !m.shownDate ? 'noshown' : m.shownDate === m.published ? 'eqpub' : m.shownDate === m.modified ? 'eqmod' : m.published ? 'otherWithPub' : 'otherNoPub';
  const k = `${lab}/${rel}`; stats[k] ??= { shownOk: 0, pubOk: 0, n: 0 }; stats[k].n++; if (s) stats[k].shownOk++; if (p) stats[k].pubOk++;
  if (s && p) both++; else if (s) a++; else if (p) { b++; bad.push(`${id}:${m.shownDate}`); } else none++;
}
console.log(stats); console.log({ d1, tot, both, shownOnly: a, pubOnly: b, none });

