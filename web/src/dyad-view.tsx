// 2. The dyad view: the alignment index over time with its change points, events by quad
// class, and the evidence: events with their sentences, relation statements, claims.
import { useState } from 'react';
import * as Plot from '@observablehq/plot';
import { api, type DyadReport, type EventRow } from './api.ts';
import { DIRECTION_COLOUR, QUAD_COLOUR, QUAD_NAME } from './colours.ts';
import { PlotBox } from './plot-box.tsx';
import { linkProps } from './router.ts';
import { useApi } from './use-api.ts';

const BYS = ['month', 'quarter', 'year'] as const;
const day = (s: string) => new Date(`${s}T00:00:00Z`);

export function DyadView({ a, b }: { a: string; b: string }) {
  const [by, setBy] = useState<(typeof BYS)[number]>('month');
  const rep = useApi((s) => api.dyad(a, b, by, s), [a, b, by]);
  const r = rep.data;
  const name = (c: string) => r?.names[c] ?? c;
  return (
    <section aria-labelledby="dyad-h">
      <p className="crumbs"><a {...linkProps('/')}>Map</a> › dyad</p>
      <h1 id="dyad-h">{name(a)} – {name(b)} <span className="muted">({a}–{b})</span></h1>
      <div className="controls">
        <label htmlFor="by">Period</label>
        <select id="by" value={by} onChange={(e) => setBy(e.target.value as typeof by)}>{BYS.map((x) => <option key={x}>{x}</option>)}</select>
        <a {...linkProps(`/dyad/${b}/${a}`)}>swap</a>
      </div>
      {rep.error && <p role="alert" className="error">{rep.error}</p>}
      {r && (r.points.length === 0 ? <p>No events or statements between {a} and {b}.</p> : <Charts r={r} />)}
      {r && <Shifts r={r} />}
      <h2>Relation statements</h2>
      {r && (r.relations.length ? (
        <ul className="evidence">
          {r.relations.map((x) => (
            <li key={x.id}>
              <span className="dir" style={{ borderColor: DIRECTION_COLOUR[x.direction] }}>{x.direction}{x.hedged ? ' (hedged)' : ''}</span>{' '}
              <q>{x.quote}</q> <span className="muted">{x.date}</span>{' '}
              <a {...linkProps(`/article/${encodeURIComponent(x.doc_id)}?span=${x.start}-${x.end}`)} aria-label={`open the sentence in its article: ${x.quote.slice(0, 60)}`}>open</a>
            </li>
          ))}
        </ul>
      ) : <p className="muted">None.</p>)}
      <Events a={a} b={b} />
      <Claims a={a} b={b} />
    </section>
  );
}

function Charts({ r }: { r: DyadReport }) {
  const pts = r.points.map((p) => ({ ...p, date: day(p.period), index: p.index.index, lo: p.index.lo, hi: p.index.hi, observed: p.index.observed }));
  const bars = r.points.flatMap((p) => [p.q1, p.q2, p.q3, p.q4].map((n, i) => ({ date: day(p.period), quad: QUAD_NAME[i]!, n })).filter((x) => x.n > 0));
  const shifts = r.shifts.map((s) => ({ date: day(s.period), direction: s.direction, flagged: s.flagged }));
  return (
    <div className="charts">
      <figure>
        <figcaption>Alignment index (0 = the pair's usual level; band: 95%), with change points</figcaption>
        <PlotBox label={`Alignment index of ${r.a}–${r.b} over ${pts.length} ${r.by}s`} deps={[r]} make={(width) => Plot.plot({
          width, height: 220, marginLeft: 44, y: { label: 'index', grid: true }, x: { label: null },
          marks: [
            Plot.ruleY([0], { stroke: '#999' }),
            Plot.areaY(pts, { x: 'date', y1: 'lo', y2: 'hi', fill: '#4e79a7', fillOpacity: 0.15, curve: 'step-after' }),
            Plot.lineY(pts, { x: 'date', y: 'index', stroke: '#4e79a7', strokeWidth: 2, curve: 'step-after' }),
            Plot.dot(pts.filter((p) => p.n > 0), { x: 'date', y: 'index', r: 3, fill: '#4e79a7', title: (p: { period: string; n: number; index: number }) => `${p.period}: index ${p.index.toFixed(2)}, ${p.n} events` }),
            Plot.ruleX(shifts.filter((s) => s.flagged), { x: 'date', stroke: (s: { direction: string }) => DIRECTION_COLOUR[s.direction], strokeWidth: 2 }),
            Plot.ruleX(shifts.filter((s) => !s.flagged), { x: 'date', stroke: (s: { direction: string }) => DIRECTION_COLOUR[s.direction], strokeDasharray: '4,3', strokeWidth: 1.5 }),
          ],
        })} />
      </figure>
      <figure>
        <figcaption>Events by quad class</figcaption>
        <PlotBox label={`Events of ${r.a}–${r.b} by quad class`} deps={[r]} make={(width) => Plot.plot({
          width, height: 180, marginLeft: 44, x: { label: null }, y: { label: 'events', grid: true },
          color: { domain: QUAD_NAME, range: QUAD_COLOUR, legend: true },
          marks: [Plot.rectY(bars, { x: 'date', interval: r.by as 'month', y: 'n', fill: 'quad', title: (x: { quad: string; n: number }) => `${x.quad}: ${x.n}` }), Plot.ruleY([0])],
        })} />
      </figure>
    </div>
  );
}

function Shifts({ r }: { r: DyadReport }) {
  if (!r.shifts.length) return <p className="muted">No change points found in this series.</p>;
  return (
    <>
      <h2>Change points</h2>
      <ul>
        {r.shifts.map((s) => (
          <li key={s.period}><span className="dir" style={{ borderColor: DIRECTION_COLOUR[s.direction] }}>{s.direction}</span> from {s.period}: {s.delta > 0 ? '+' : ''}{s.delta.toFixed(2)} log-odds, confidence {(s.confidence * 100).toFixed(0)}%{s.flagged ? '' : ' (not flagged)'}</li>
        ))}
      </ul>
    </>
  );
}

function Events({ a, b }: { a: string; b: string }) {
  const [offset, setOffset] = useState(0);
  const ev = useApi((s) => api.events({ dyad: `${a},${b}`, limit: 50, offset }, s), [a, b, offset]);
  const p = ev.data;
  return (
    <>
      <h2>Events {p?.total != null && <span className="muted">({p.total})</span>}</h2>
      {ev.error && <p role="alert" className="error">{ev.error}</p>}
      {p && (p.items.length === 0 ? <p className="muted">None.</p> : (
        <div className="table-wrap">
          <table className="events">
            <thead><tr><th scope="col">Date</th><th scope="col">Who → whom</th><th scope="col">Code</th><th scope="col">Modality</th><th scope="col">Sentence</th></tr></thead>
            <tbody>{p.items.map((e) => <EventLine key={e.id} e={e} />)}</tbody>
          </table>
        </div>
      ))}
      {p && p.total != null && p.total > p.limit && (
        <div className="pager">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - p.limit))}>Previous</button>
          <span>{offset + 1}–{Math.min(offset + p.limit, p.total)} of {p.total}</span>
          <button type="button" disabled={offset + p.limit >= p.total} onClick={() => setOffset(offset + p.limit)}>Next</button>
        </div>
      )}
    </>
  );
}

function EventLine({ e }: { e: EventRow }) {
  const quad = e.quad ? QUAD_COLOUR[e.quad - 1] : '#999';
  return (
    <tr data-event={e.id}>
      <td className="nowrap">{e.date}</td>
      <td>{e.src_code ?? e.src_country} → {e.tgt_code ?? e.tgt_country ?? '—'}</td>
      <td><span className="code" style={{ borderColor: quad }} title={e.quad ? QUAD_NAME[e.quad - 1] : undefined}>{e.cameo}</span></td>
      <td>{e.modality}</td>
      <td>
        {e.quote ? <q>{e.quote}</q> : <span className="muted">{e.origin}{e.mentions > 1 ? `, ${e.mentions} mentions` : ''}</span>}{' '}
        {e.doc_id && e.span_start != null && <a className="open" {...linkProps(`/article/${encodeURIComponent(e.doc_id)}?span=${e.span_start}-${e.span_end}`)} aria-label={`open the sentence of event ${e.cameo} in its article`}>open</a>}
        {!e.doc_id && e.url && /^https?:/.test(e.url) && <a href={e.url} rel="noreferrer noopener" target="_blank">source</a>}
      </td>
    </tr>
  );
}

function Claims({ a, b }: { a: string; b: string }) {
  const c = useApi(async (s) => { const [x, y] = await Promise.all([api.claims(a, s), api.claims(b, s)]); return [...x.items, ...y.items]; }, [a, b]);
  if (!c.data?.length) return null;
  return (
    <>
      <h2>Claims about {a} and {b}</h2>
      <ul className="evidence">
        {c.data.map((x) => (
          <li key={x.id}><strong>{x.subject}</strong>: {x.measure} {x.qualifier ? `${x.qualifier} ` : ''}{x.value} {x.unit} — <q>{x.quote}</q>{' '}
            <a {...linkProps(`/article/${encodeURIComponent(x.doc_id)}?span=${x.start}-${x.end}`)}>open</a></li>
        ))}
      </ul>
    </>
  );
}
