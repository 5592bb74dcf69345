// The dashboard shell: navigation, search, and the current view.
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { api, STORE_CHANGED, type Meta } from './api.ts';
import { ArticlesView } from './articles-view.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { MapView } from './map-view.tsx';

// the map loads first; the other views (and Observable Plot) load when first opened
const ArticleView = lazy(() => import('./article-view.tsx').then((m) => ({ default: m.ArticleView })));
const DyadView = lazy(() => import('./dyad-view.tsx').then((m) => ({ default: m.DyadView })));
const FeedView = lazy(() => import('./feed-view.tsx').then((m) => ({ default: m.FeedView })));
const IngestView = lazy(() => import('./ingest-view.tsx').then((m) => ({ default: m.IngestView })));
import { linkProps, navigate, useRoute, type Route } from './router.ts';
import { useApi } from './use-api.ts';

const plural = (n: number, w: string) => `${n.toLocaleString('en')} ${w}${n === 1 ? '' : 's'}`;

const TITLES: Record<Route['view'], string> = { map: 'Alignment map', dyad: 'Dyad', article: 'Article', articles: 'Articles', feed: 'Shifts and brief', ingest: 'Add articles', missing: 'Not found' };

export function App() {
  const route = useRoute();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    window.addEventListener(STORE_CHANGED, bump);
    return () => window.removeEventListener(STORE_CHANGED, bump);
  }, []);
  const meta = useApi<Meta>((s) => api.meta(s), [version]);
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${TITLES[route.view]} · realign`;
    main.current?.focus({ preventScroll: true });
  }, [route]);
  const nav: Array<[string, string, Route['view'][]]> = [['/', 'Map', ['map', 'dyad']], ['/feed', 'Shifts & brief', ['feed']], ['/articles', 'Articles', ['articles', 'article']]];
  if (meta.data?.ingest) nav.push(['/ingest', 'Add articles', ['ingest']]);
  return (
    <>
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <a className="brand" {...linkProps('/')}>realign</a>
        <nav aria-label="Views">
          {nav.map(([to, label, views]) => (
            <a key={to} {...linkProps(to)} aria-current={views.includes(route.view) ? 'page' : undefined}>{label}</a>
          ))}
        </nav>
        <Search />
        {meta.data && <span className="stats" aria-label="store size">{plural(meta.data.documents, 'article')} · {plural(meta.data.events, 'event')}</span>}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {meta.error && <p role="alert" className="error">Cannot reach the API: {meta.error}</p>}
        <ErrorBoundary reset={route}>
        <Suspense fallback={<p className="muted">Loading…</p>}>
        {route.view === 'map' && <MapView meta={meta.data} at={route.at} />}
        {route.view === 'dyad' && <DyadView a={route.a} b={route.b} />}
        {route.view === 'article' && <ArticleView id={route.id} span={route.span} />}
        {route.view === 'articles' && <ArticlesView q={route.q} />}
        {route.view === 'feed' && <FeedView />}
        {route.view === 'ingest' && <IngestView enabled={!!meta.data?.ingest} />}
        {route.view === 'missing' && <p>Nothing at {route.path}. <a {...linkProps('/')}>Back to the map</a>.</p>}
        </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}

function Search() {
  const [q, setQ] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const t = q.trim();
    if (!t) return;
    // a pair: country codes in any case (pak-rus), organisations in capitals (NATO-RUS)
    const K = '([A-Za-z]{3}|[A-Z][A-Z0-9]{1,11})';
    if (new RegExp(`^${K}[-, ]${K}$`).test(t)) { const [a, b] = t.toUpperCase().split(/[-, ]/); navigate(`/dyad/${a}/${b}`); return; }
    navigate(`/articles?q=${encodeURIComponent(t)}`);
  };
  return (
    <form role="search" className="search" onSubmit={submit}>
      <label htmlFor="search-box" className="sr-only">Search articles, countries, or a pair like PAK-RUS</label>
      <input id="search-box" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search, or PAK-RUS" maxLength={200} />
      <button type="submit">Search</button>
    </form>
  );
}
