// The built dashboard (web/dist) as static files, with the SPA fallback: a path that is
// no file gets index.html, so /dyad/PAK/RUS can be bookmarked. Files are read once and
// kept in memory (the bundle is small); paths never leave the folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

export interface StaticFile { body: Uint8Array; type: string; immutable: boolean }

export class StaticFiles {
  readonly root: string;
  #cache = new Map<string, StaticFile | null>();
  constructor(dir: string = DEFAULT_WEB_DIR) { this.root = resolve(dir); }

  get built(): boolean { return existsSync(join(this.root, 'index.html')); }

  /** The file for a URL path, the index for SPA routes, or null when nothing fits. */
  get(urlPath: string): StaticFile | null {
    let p: string;
    try { p = decodeURIComponent(urlPath); } catch { return null; }
    if (p.includes('\0')) return null;
    const rel = normalize(p).replace(/^([/\\])+/, '');
    const full = resolve(this.root, rel);
    if (full !== this.root && !full.startsWith(this.root + sep)) return null;
    const f = this.#file(full);
    if (f) return f;
    // an asset that is missing is a 404, a route is the app
    if (extname(rel) && extname(rel) !== '.html') return null;
    return this.#file(join(this.root, 'index.html'));
  }

  #file(full: string): StaticFile | null {
    if (this.#cache.has(full)) return this.#cache.get(full)!;
    let f: StaticFile | null = null;
    try {
      if (statSync(full).isFile()) {
        f = { body: readFileSync(full), type: TYPES[extname(full)] ?? 'application/octet-stream', immutable: full.includes(`${sep}assets${sep}`) };
      }
    } catch { f = null; }
    if (this.#cache.size < 500) this.#cache.set(full, f);
    return f;
  }
}

export const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>realign</title></head>
<body><h1>realign</h1><p>The dashboard is not built. Run <code>npx vite build</code> in the project folder (it writes web/dist), then restart <code>realign serve</code>.</p>
<p>The API is up: <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;
