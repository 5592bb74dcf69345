// Validates the office-holder files in this folder: every *.jsonl is parsed and each
// person checked (fields, dates, end not before start, ids unique across files).
// Prints people and terms per file, then one line per problem. Exit code 1 on problems.
// Run: npx tsx data/actors/people/check.ts
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ISO3 = /^[A-Z]{3}$/;
const SECTOR = /^[A-Z]{3}$/; // a CAMEO sector code, as the actors loader accepts

/** A partial date compared as its earliest day for starts and its latest for ends. */
const lo = (d: string) => (d + '-01-01').slice(0, 10);
const hi = (d: string) => (d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d);

const problems: string[] = [];
/** the file whose rows may repeat an id of another file (loadPeople merges the terms) */
const ADDS_TERMS = 'without-office.jsonl';
const seen = new Map<string, string>();
let totalPeople = 0;
let totalTerms = 0;

const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
for (const f of files) {
  const lines = readFileSync(join(dir, f), 'utf8').split(/\r?\n/);
  let people = 0;
  let terms = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('//')) return;
    const at = `${f}:${i + 1}`;
    let p: Record<string, unknown>;
    try { p = JSON.parse(line); } catch (e) { problems.push(`${at}: not valid JSON (${(e as Error).message})`); return; }
    people++;
    const id = p.id;
    if (typeof id !== 'string' || !/^person:[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push(`${at}: bad id ${JSON.stringify(id)}`);
    // without-office.jsonl may name a person of another file again: its terms (roles out of office) are added to that person
    else if (seen.has(id) && !(f === ADDS_TERMS && !seen.get(id)!.startsWith(ADDS_TERMS))) problems.push(`${at}: duplicate id ${id} (also ${seen.get(id)})`);
    else if (!seen.has(id)) seen.set(id, at);
    if (typeof p.name !== 'string' || !p.name) problems.push(`${at}: missing name`);
    if (!Array.isArray(p.aliases) || !p.aliases.every((a) => typeof a === 'string' && a)) problems.push(`${at}: aliases must be a list of strings`);
    if (p.surname !== undefined && (typeof p.surname !== 'string' || !p.surname)) problems.push(`${at}: surname must be a non-empty string when given`);
    if (!Array.isArray(p.terms) || p.terms.length === 0) { problems.push(`${at}: terms must be a non-empty list`); return; }
    for (const [k, t] of (p.terms as Record<string, unknown>[]).entries()) {
      terms++;
      const tat = `${at} term ${k + 1}`;
      if (typeof t.country !== 'string' || !ISO3.test(t.country)) problems.push(`${tat}: bad country ${JSON.stringify(t.country)}`);
      if (typeof t.sector !== 'string' || !SECTOR.test(t.sector)) problems.push(`${tat}: bad sector ${JSON.stringify(t.sector)}`);
      if (typeof t.office !== 'string' || !t.office || t.office !== t.office.toLowerCase()) problems.push(`${tat}: office must be lowercase words`);
      if (typeof t.start !== 'string' || !DATE.test(t.start)) problems.push(`${tat}: bad start ${JSON.stringify(t.start)}`);
      if (!('end' in t) || (t.end !== null && (typeof t.end !== 'string' || !DATE.test(t.end)))) problems.push(`${tat}: bad end ${JSON.stringify(t.end)} (date or null)`);
      if (typeof t.start === 'string' && typeof t.end === 'string' && DATE.test(t.start) && DATE.test(t.end) && hi(t.end) < lo(t.start)) problems.push(`${tat}: end ${t.end} before start ${t.start}`);
    }
  });
  console.log(`${f}: ${people} people, ${terms} terms`);
  totalPeople += people;
  totalTerms += terms;
}
console.log(`total: ${totalPeople} people, ${totalTerms} terms in ${files.length} files`);
for (const p of problems) console.log(`problem: ${p}`);
if (problems.length) { console.log(`${problems.length} problem(s)`); process.exit(1); }
console.log('no problems');
