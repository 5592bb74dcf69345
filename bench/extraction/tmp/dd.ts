import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { headerFacts } from '/work/main/src/ingest/html-header.ts';
import { htmlMeta } from '/work/main/src/ingest/html-meta.ts';
const dir = '/work/shared/eval/extraction/wcxb-dev/';
const stats: Record<string, { shownOk: number; pubOk: number; n: number }> = {};
let nopick = 0, modOk = 0, urlHas = 0, urlOk = 0, wrongButMod = 0;
let d1 = 0, a = 0, b = 0, both = 0, none = 0, tot = 0;
const bad: string[] = [];
for (const f of readdirSync(dir + 'html').sort()) {
  const id = f.slice(0, 4);
  const g = JSON.parse(readFileSync(`${dir}ground-truth/${id}.json`, 'utf8')).ground_truth;
  if (!g.publish_date) continue;
  tot++;
  const { document } = parseHTML(gunzipSync(readFileSync(dir + 'html/' + f)).toString());
  const m = htmlMeta(document as unknown as Document);
  const h = headerFacts(document as unknown as Document);
  const s = m.shownDate === g.publish_date, p = m.published === g.publish_date;
  const upd = /updat|modif|revis/i.test(m.shownDateText ?? '');
  const pick = m.shownDate && m.published && ((m.shownDate === m.modified && !upd) || (process.env.R2 && upd)) ? m.published : m.shownDate ?? m.published;
  if (pick === g.publish_date) d1++;
  else if (pick) console.log('WRONG', id, g.publish_date, 'pub', m.published, 'mod', m.modified, 'shown', m.shownDate, h.dateDistance, JSON.stringify(h.dateText));
  if (!pick) { nopick++; if (m.modified === g.publish_date) modOk++; const u = /\/(20\d{2}|19\d{2})[\/-](\d{1,2})[\/-](\d{1,2})(?:\/|$|-)/.exec(m.url ?? ''); if (u) { urlHas++; if (`${u[1]}-${u[2]!.padStart(2,'0')}-${u[3]!.padStart(2,'0')}` === g.publish_date) urlOk++; } }
  else if (pick !== g.publish_date && m.modified === g.publish_date) wrongButMod++;
  const lab = /updat|modif|revis/i.test(h.dateText ?? '') ? 'upd' : 'plain';
  const rel = !m.shownDate ? 'noshown' : m.shownDate === m.published ? 'eqpub' : m.shownDate === m.modified ? 'eqmod' : m.published ? 'otherWithPub' : 'otherNoPub';
  const k = `${lab}/${rel}`; stats[k] ??= { shownOk: 0, pubOk: 0, n: 0 }; stats[k].n++; if (s) stats[k].shownOk++; if (p) stats[k].pubOk++;
  if (s && p) both++; else if (s) a++; else if (p) { b++; bad.push(`${id}:${m.shownDate}`); } else none++;
}
console.log(stats, { nopick, modOk, urlHas, urlOk, wrongButMod }); console.log({ d1, tot, both, shownOnly: a, pubOnly: b, none });

