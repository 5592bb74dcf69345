// 3. The article view: the body with actors, events, relations and claims highlighted by
// their offsets; selecting one shows the rule or dictionary entry behind it.
import { useEffect, useMemo, useRef, useState } from 'react';
import { api, type StoredDocument } from './api.ts';
import { innermost, runs, type Item, type Layer } from './highlight.ts';
import { linkProps } from './router.ts';
import { useApi } from './use-api.ts';

const LAYERS: Array<[Layer, string]> = [['actor', 'Actors'], ['event', 'Events'], ['relation', 'Relations'], ['claim', 'Claims']];

export function itemsOf(d: StoredDocument): Item[] {
  return [
    ...d.actors.map((x): Item => ({ key: `a:${x.id}:${x.start}`, layer: 'actor', start: x.start, end: x.end, label: `${x.text} → ${x.code}`, rule: x.entry, detail: { text: x.text, code: x.code, country: x.country, sector: x.sector, kind: x.kind, sentence: x.sentence, entry: x.entry } })),
    ...d.events.filter((e) => e.span_start != null && e.span_end != null).map((e): Item => ({ key: `e:${e.id}`, layer: 'event', start: e.span_start!, end: e.span_end!, label: `${e.src_code ?? '?'} → ${e.tgt_code ?? '—'} ${e.cameo} (${e.modality})`, rule: e.rule ?? '', detail: { source: e.src_text, target: e.tgt_text, cameo: e.cameo, quad: e.quad, goldstein: e.goldstein, plover: e.plover_type, modality: e.modality, date: e.date, sentence: e.sentence, rule: e.rule } })),
    ...d.relations.map((r): Item => ({ key: `r:${r.id}`, layer: 'relation', start: r.start, end: r.end, label: `${r.a}–${r.b} ${r.direction}`, rule: r.rule, detail: { a: r.a, b: r.b, direction: r.direction, strength: r.strength, hedged: r.hedged, quote: r.quote, sentence: r.sentence, rule: r.rule } })),
    ...d.claims.map((c): Item => ({ key: `c:${c.id}`, layer: 'claim', start: c.start, end: c.end, label: `${c.subject ?? '?'}: ${c.measure} ${c.qualifier ? c.qualifier + ' ' : ''}${c.value} ${c.unit}`, rule: c.rule, detail: { subject: c.subject, measure: c.measure, value: c.value, unit: c.unit, qualifier: c.qualifier, quote: c.quote, sentence: c.sentence, rule: c.rule } })),
  ];
}

export function ArticleView({ id, span }: { id: string; span?: [number, number] }) {
  const doc = useApi((s) => api.document(id, s), [id]);
  const [shown, setShown] = useState<Record<Layer, boolean>>({ actor: true, event: true, relation: true, claim: true });
  const [sel, setSel] = useState<Item | null>(null);
  const target = useRef<HTMLElement>(null);
  const d = doc.data;
  const items = useMemo(() => (d ? itemsOf(d) : []), [d]);
  useEffect(() => {
    if (!d || !span) return;
    const hit = items.filter((i) => i.start === span[0] && i.end === span[1]);
    setSel(hit.find((i) => i.layer === 'event') ?? hit[0] ?? null);
    target.current?.scrollIntoView({ block: window.innerWidth < 800 ? 'start' : 'center' });
  }, [d, span, items]);
  if (doc.error) return <p role="alert" className="error">{doc.error}</p>;
  if (!d) return <p className="muted">Loading the article…</p>;
  const visible = items.filter((i) => shown[i.layer]);
  const rs = runs(d.body, [...visible, ...(span ? [{ key: 'target', layer: 'event' as Layer, start: span[0], end: span[1], label: '', rule: '', detail: {} }] : [])]);
  let targetSet = false;
  return (
    <section aria-labelledby="art-h" className="article-grid">
      <article>
        <p className="crumbs"><a {...linkProps('/articles')}>Articles</a> › article</p>
        <h1 id="art-h">{d.title ?? '(untitled)'}</h1>
        <p className="muted">{[d.published, d.publisher, d.author, d.dateline].filter(Boolean).join(' · ')}{d.url && <> · <a href={d.url} rel="noreferrer noopener" target="_blank">source</a></>}</p>
        <fieldset className="layers">
          <legend>Highlight</legend>
          {LAYERS.map(([k, label]) => (
            <label key={k} className={`chip ${k}`}><input type="checkbox" checked={shown[k]} onChange={(e) => setShown({ ...shown, [k]: e.target.checked })} /> {label} ({items.filter((i) => i.layer === k).length})</label>
          ))}
        </fieldset>
        <div className="body">
          {rs.map((r) => {
            const real = r.items.filter((i) => i.key !== 'target');
            const isTarget = r.items.some((i) => i.key === 'target');
            const layers = [...new Set(real.map((i) => i.layer))];
            const cls = [...layers.map((l) => `hl-${l}`), isTarget ? 'hl-target' : '', sel && real.includes(sel) ? 'hl-selected' : ''].filter(Boolean).join(' ');
            const ref = isTarget && !targetSet ? ((targetSet = true), target) : undefined;
            if (!cls) return <span key={r.start}>{r.text}</span>;
            return <span key={r.start} ref={ref} className={cls} onClick={real.length ? () => setSel(innermost(real)) : undefined}>{r.text}</span>;
          })}
        </div>
      </article>
      <aside aria-label="What the reader found" className="side">
        {sel ? <Detail item={sel} onClose={() => setSel(null)} /> : <p className="muted">Select a highlight, or an item below, to see the rule or dictionary entry behind it.</p>}
        {LAYERS.map(([k, label]) => {
          const xs = items.filter((i) => i.layer === k);
          if (!xs.length) return null;
          return (
            <details key={k} open={k !== 'actor'}>
              <summary>{label} ({xs.length})</summary>
              <ul className="items">
                {xs.map((i) => <li key={i.key}><button type="button" className={`link ${k}`} aria-pressed={sel?.key === i.key} onClick={() => setSel(i)}>{i.label}</button></li>)}
              </ul>
            </details>
          );
        })}
      </aside>
    </section>
  );
}

function Detail({ item, onClose }: { item: Item; onClose: () => void }) {
  const rule = useApi((s) => (item.rule ? api.rule(item.rule, s) : Promise.resolve(null)), [item.rule]);
  return (
    <div className="detail" role="region" aria-label="Selected item" aria-live="polite">
      <h2>{item.layer}: {item.label}</h2>
      <dl>{Object.entries(item.detail).filter(([, v]) => v != null && v !== '').map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{String(v)}</dd></div>)}<div><dt>offsets</dt><dd>{item.start}–{item.end}</dd></div></dl>
      <h3>Behind it: <code>{item.rule || '—'}</code></h3>
      {rule.error && <p className="error">{rule.error}</p>}
      {rule.data && (rule.data.entries.length ? rule.data.entries.slice(0, 3).map((e) => (
        <div key={`${e.file}:${e.line}`} className="entry">
          <p className="muted">data/{e.file}, line {e.line}{e.manifest ? ` — ${e.manifest.name} v${e.manifest.version} (${e.manifest.date})` : ''}</p>
          <pre>{JSON.stringify(e.row, null, 1)}</pre>
        </div>
      )) : <p className="muted">No data-file entry for this id (a built-in pattern or an imported record).</p>)}
      <button type="button" onClick={onClose}>Close</button>
    </div>
  );
}
