// Load from the API in an effect, with loading and error states; stale requests are aborted.
import { useEffect, useState } from 'react';

export interface Loaded<T> { data: T | null; error: string | null; loading: boolean }

export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [s, set] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    const ac = new AbortController();
    set((old) => ({ data: old.data, error: null, loading: true }));
    load(ac.signal).then(
      (data) => { if (!ac.signal.aborted) set({ data, error: null, loading: false }); },
      (e: unknown) => { if (!ac.signal.aborted) set({ data: null, error: e instanceof Error ? e.message : String(e), loading: false }); },
    );
    return () => ac.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return s;
}
