// 1. The alignment map: countries as a signed network at a chosen date, with a time slider.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { api, type Meta } from './api.ts';
import { blocColour, DIRECTION_COLOUR } from './colours.ts';
import { mergeMap, type Tie } from './map-data.ts';
import { monthSteps } from './map-steps.ts';
import { linkProps, navigate } from './router.ts';
import { useApi } from './use-api.ts';

// sigma and graphology load in parallel with the data (started here, at import), so the
// ties table shows as soon as the data is in
const graphModule = import('./network-graph.tsx');
const NetworkGraph = lazy(() => graphModule.then((m) => ({ default: m.NetworkGraph })));

export function MapView({ meta, at: atParam }: { meta: Meta | null; at?: string }) {
  const steps = useMemo(() => (meta?.first && meta.last ? monthSteps(meta.first, meta.last) : []), [meta?.first, meta?.last]);
  const [pos, setPos] = useState<number | null>(null);
  const [minEvidence, setMinEvidence] = useState(1);
  useEffect(() => {
    if (!steps.length) return;
    const i = atParam ? steps.findIndex((s) => s >= atParam) : -1;
    setPos(i >= 0 ? i : steps.length - 1);
  }, [steps, atParam]);
  const at = pos != null ? steps[pos] : undefined;
  const [debounced, setDebounced] = useState(at);
  useEffect(() => {
    if (debounced === undefined) { setDebounced(at); return; }
    const t = setTimeout(() => setDebounced(at), 150);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [at]);
  const data = useApi(async (s) => {
    if (!debounced) return null;
    const [net, brief] = await Promise.all([api.network(debounced, minEvidence, s), api.brief(debounced, s)]);
    return mergeMap(net, brief);
  }, [debounced, minEvidence]);
  const openTie = useCallback((t: Tie) => navigate(`/dyad/${t.a}/${t.b}`), []);
  if (!meta) return <p className="muted">Loading…</p>;
  if (!meta.last) return <p>The store has no events yet. {meta.ingest ? <a {...linkProps('/ingest')}>Add articles</a> : 'Ingest articles with the CLI, or start the server with --token to upload them here.'}</p>;
  const d = data.data;
  return (
    <section aria-labelledby="map-h">
      <h1 id="map-h">Alignment map <span className="muted">at {at}</span></h1>
      <div className="controls">
        <label htmlFor="at-slider">Date</label>
        <input id="at-slider" type="range" min={0} max={Math.max(0, steps.length - 1)} step={1} value={pos ?? 0}
          aria-valuetext={at} onChange={(e) => { const i = Number(e.target.value); setPos(i); history.replaceState(null, '', `/?at=${steps[i]}`); }} />
        <output htmlFor="at-slider">{at}</output>
        <label htmlFor="min-ev">Ties need</label>
        <select id="min-ev" value={minEvidence} onChange={(e) => setMinEvidence(Number(e.target.value))}>
          {[0, 1, 3, 10, 30].map((n) => <option key={n} value={n}>{n === 0 ? 'any evidence' : `≥ ${n} weighted events`}</option>)}
        </select>
      </div>
      {data.error && <p role="alert" className="error">{data.error}</p>}
      {d && (
        <div className="map-grid">
          <div>
            <Suspense fallback={<div className="graph" aria-busy="true" />}>
              <NetworkGraph data={d} onTie={openTie} label={`Network of ${d.places.length} countries and ${d.ties.length} ties at ${d.at}`} />
            </Suspense>
            <Legend />
          </div>
          <div className="side">
            <h2>Ties</h2>
            {d.ties.length === 0 ? <p className="muted">No ties with enough evidence in the year up to {d.at}.</p> : (
              <table className="ties" aria-label="Ties between countries">
                <thead><tr><th scope="col">Pair</th><th scope="col">Direction</th><th scope="col" className="num">Events</th><th scope="col" className="num">Statements</th></tr></thead>
                <tbody>
                  {d.ties.map((t) => (
                    <tr key={`${t.a}-${t.b}`} data-dyad={`${t.a}-${t.b}`} data-direction={t.direction}>
                      <td><a {...linkProps(`/dyad/${t.a}/${t.b}`)} title={t.summary ?? undefined}>{t.a}–{t.b}</a></td>
                      <td><span className="dir" style={{ borderColor: DIRECTION_COLOUR[t.direction] }}>{t.direction}</span></td>
                      <td className="num">{t.events}</td><td className="num">{t.statements}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h2>Blocs</h2>
            <ul className="blocs">
              {d.blocs.map((b, i) => <li key={i}><span className="swatch" style={{ background: blocColour(i) }} aria-hidden="true" />{b.join(', ')}</li>)}
            </ul>
            {d.unbalanced.length > 0 && (<><h2>Out of balance</h2><ul>{d.unbalanced.slice(0, 5).map((u) => <li key={u}>{u}</li>)}</ul></>)}
          </div>
        </div>
      )}
      {data.loading && !d && <p className="muted">Loading the network…</p>}
    </section>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {Object.entries(DIRECTION_COLOUR).map(([k, c]) => <li key={k}><span className="swatch line" style={{ background: c }} aria-hidden="true" />{k}</li>)}
      <li className="muted">width: volume of evidence · colour of a country: its bloc</li>
    </ul>
  );
}
