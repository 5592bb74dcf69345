// A small LRU of serialised responses keyed on the store's write generation: the server
// owns its database, so a result stays valid until the server itself writes (ingest),
// which bumps the generation and empties the cache. Concurrent misses for one key share
// one computation.
export interface CacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  /** concurrent misses for one key share one computation (default true) */
  coalesce?: boolean;
}

export class ResponseCache {
  #gen = 0;
  #map = new Map<string, string>();
  #bytes = 0;
  #pending = new Map<string, Promise<string>>();
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly coalesce: boolean;
  hits = 0;
  misses = 0;

  constructor(o: CacheOptions = {}) {
    this.maxEntries = o.maxEntries ?? 1000;
    this.maxBytes = o.maxBytes ?? 64 * 1024 * 1024;
    this.coalesce = o.coalesce ?? true;
  }

  /** The store's write generation. */
  get generation(): number { return this.#gen; }

  /** The store changed: forget everything. */
  invalidate(): void {
    this.#gen++;
    this.#map.clear();
    this.#pending.clear();
    this.#bytes = 0;
  }

  get size(): number { return this.#map.size; }

  /** The cached value for key, or compute it (once, however many ask at the same time). */
  async get(key: string, compute: () => Promise<string>): Promise<string> {
    const hit = this.#map.get(key);
    if (hit !== undefined) {
      this.hits++;
      this.#map.delete(key);
      this.#map.set(key, hit);
      return hit;
    }
    const pending = this.#pending.get(key);
    if (pending) { this.hits++; return pending; }
    this.misses++;
    if (!this.coalesce && this.maxEntries === 0) return compute();
    const gen = this.#gen;
    const p = compute().then((v) => {
      if (gen === this.#gen) this.#put(key, v);
      return v;
    }).finally(() => { if (this.#pending.get(key) === p) this.#pending.delete(key); });
    this.#pending.set(key, p);
    return p;
  }

  #put(key: string, v: string): void {
    if (v.length > this.maxBytes / 4) return;
    this.#map.set(key, v);
    this.#bytes += v.length;
    while (this.#map.size > this.maxEntries || this.#bytes > this.maxBytes) {
      const [k, old] = this.#map.entries().next().value as [string, string];
      this.#map.delete(k);
      this.#bytes -= old.length;
    }
  }
}
