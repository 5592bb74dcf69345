// A tiny path router: the server answers every route with index.html, so paths can be
// bookmarked and shared.
import { useEffect, useState } from 'react';

export type Route =
  | { view: 'map'; at?: string }
  | { view: 'dyad'; a: string; b: string }
  | { view: 'article'; id: string; span?: [number, number] }
  | { view: 'articles'; q?: string }
  | { view: 'feed' }
  | { view: 'ingest' }
  | { view: 'missing'; path: string };

export function parseRoute(path: string, search: string): Route {
  const q = new URLSearchParams(search);
  let m: RegExpExecArray | null;
  if (path === '/' || path === '') return { view: 'map', at: q.get('at') ?? undefined };
  // actor keys: a country (PAK) or an organisation (NATO, EU, UN)
  if ((m = /^\/dyad\/([A-Z][A-Z0-9]{1,11})\/([A-Z][A-Z0-9]{1,11})\/?$/.exec(path))) return { view: 'dyad', a: m[1]!, b: m[2]! };
  if ((m = /^\/article\/([^/]+)\/?$/.exec(path))) {
    const s = /^(\d+)-(\d+)$/.exec(q.get('span') ?? '');
    return { view: 'article', id: decodeURIComponent(m[1]!), span: s ? [Number(s[1]), Number(s[2])] : undefined };
  }
  if (path === '/articles') return { view: 'articles', q: q.get('q') ?? undefined };
  if (path === '/feed') return { view: 'feed' };
  if (path === '/ingest') return { view: 'ingest' };
  return { view: 'missing', path };
}

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to); else history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [r, setR] = useState(() => parseRoute(location.pathname, location.search));
  useEffect(() => {
    const on = () => setR(parseRoute(location.pathname, location.search));
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);
  return r;
}

/** A same-origin link that navigates without reloading. */
export function linkProps(to: string) {
  return {
    href: to,
    onClick: (e: { preventDefault(): void; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; button: number }) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      navigate(to);
    },
  };
}
