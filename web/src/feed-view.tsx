// 4. The shifts feed and the brief.
import { api } from './api.ts';
import { DIRECTION_COLOUR } from './colours.ts';
import { linkProps } from './router.ts';
import { useApi } from './use-api.ts';

export function FeedView() {
  const brief = useApi((s) => api.brief(undefined, s), []);
  const shifts = useApi((s) => api.shifts(s), []);
  return (
    <div className="feed-grid">
      <section aria-labelledby="brief-h">
        <h1 id="brief-h">Brief {brief.data && <span className="muted">at {brief.data.at}</span>}</h1>
        {brief.error && <p role="alert" className="error">{brief.error}</p>}
        {brief.data && (brief.data.dyads.length === 0 ? <p className="muted">Nothing to report.</p> : (
          <ol className="brief">
            {brief.data.dyads.map((d) => (
              <li key={`${d.a}-${d.b}`} data-dyad={`${d.a}-${d.b}`}>
                <a {...linkProps(`/dyad/${d.a}/${d.b}`)}>{d.a}–{d.b}</a>{' '}
                <span className="dir" style={{ borderColor: DIRECTION_COLOUR[d.direction] }}>{d.direction}</span>{' '}
                <span className="muted">index {d.index.toFixed(2)}</span>
                <p>{d.summary}</p>
                {d.evidence.length > 0 && (
                  <details><summary>Evidence ({d.evidence.length})</summary>
                    <ul className="evidence">{d.evidence.map((e) => <li key={`${e.kind}:${e.id}`}>{e.kind === 'event' ? e.code : e.direction} <q>{e.quote}</q> <span className="muted">{e.date}</span></li>)}</ul>
                  </details>
                )}
              </li>
            ))}
          </ol>
        ))}
      </section>
      <section aria-labelledby="shifts-h">
        <h1 id="shifts-h">Shifts</h1>
        {shifts.error && <p role="alert" className="error">{shifts.error}</p>}
        {shifts.data && (shifts.data.shifts.length === 0 ? <p className="muted">No change points: the store needs longer series (several periods of events per pair).</p> : (
          <ol className="brief">
            {shifts.data.shifts.map((s) => (
              <li key={`${s.a}-${s.b}-${s.period}`}>
                <a {...linkProps(`/dyad/${s.a}/${s.b}`)}>{s.a}–{s.b}</a>{' '}
                <span className="dir" style={{ borderColor: DIRECTION_COLOUR[s.direction] }}>{s.direction}</span> from {s.period}{' '}
                <span className="muted">Δ {s.delta.toFixed(2)}, confidence {(s.confidence * 100).toFixed(0)}%{s.flagged ? '' : ', not flagged'}</span>
                {s.evidence?.length ? <ul className="evidence">{s.evidence.slice(0, 3).map((e) => <li key={e.id}>{e.date} {e.cameo} {e.quote && <q>{e.quote}</q>}</li>)}</ul> : null}
              </li>
            ))}
          </ol>
        ))}
      </section>
    </div>
  );
}
