// The articles in the store, newest first, with search.
import { useState } from 'react';
import { api } from './api.ts';
import { linkProps } from './router.ts';
import { useApi } from './use-api.ts';

export function ArticlesView({ q }: { q?: string }) {
  const [offset, setOffset] = useState(0);
  const docs = useApi((s) => api.documents(q ?? '', offset, s), [q, offset]);
  const found = useApi((s) => (q ? api.search(q, s) : Promise.resolve(null)), [q]);
  const p = docs.data;
  return (
    <section aria-labelledby="arts-h">
      <h1 id="arts-h">Articles {q && <span className="muted">matching “{q}”</span>}</h1>
      {found.data?.countries.length ? (
        <p>Countries: {found.data.countries.map((c) => <a key={c.code} className="chip" {...linkProps(`/articles?q=${encodeURIComponent(c.name)}`)}>{c.name} ({c.code})</a>)}</p>
      ) : null}
      {docs.error && <p role="alert" className="error">{docs.error}</p>}
      {p && (p.items.length === 0 ? <p className="muted">No articles.</p> : (
        <ol className="docs" start={offset + 1}>
          {p.items.map((d) => (
            <li key={d.id}>
              <a {...linkProps(`/article/${encodeURIComponent(d.id)}`)}>{d.title ?? d.source ?? d.id}</a>
              <span className="muted"> — {[d.published, d.publisher].filter(Boolean).join(', ')} · {d.event_count} events</span>
            </li>
          ))}
        </ol>
      ))}
      {p && (
        <div className="pager">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - p.limit))}>Previous</button>
          <button type="button" disabled={p.items.length < p.limit} onClick={() => setOffset(offset + p.limit)}>Next</button>
        </div>
      )}
    </section>
  );
}
