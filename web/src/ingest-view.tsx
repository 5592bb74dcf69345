// 5. Add articles (only when the server has a token): drop files or paste a URL.
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { ingestUrl, STORE_CHANGED, uploadFiles, type IngestResult } from './api.ts';
import { linkProps } from './router.ts';

export function IngestView({ enabled }: { enabled: boolean }) {
  const [token, setToken] = useState(() => sessionStorage.getItem('realign-token') ?? '');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [results, setResults] = useState<IngestResult[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  if (!enabled) return <p>Uploads are off: this server was started without a token (<code>realign serve --token …</code>).</p>;

  const keep = (t: string) => { setToken(t); sessionStorage.setItem('realign-token', t); };
  const run = async (what: string, job: () => Promise<{ results: IngestResult[] }>) => {
    if (!token) { setError('Enter the server token first.'); return; }
    setBusy(what); setError(null); setProgress(0);
    try {
      const r = await job();
      setResults((old) => [...r.results, ...old]);
      if (r.results.some((x) => x.ok && x.status === 'inserted')) window.dispatchEvent(new Event(STORE_CHANGED));
    } catch (e) { setError(e instanceof Error ? e.message : String(e)); } finally { setBusy(null); }
  };
  const send = (files: File[]) => {
    if (!files.length) return;
    void run(`Uploading ${files.length} file${files.length > 1 ? 's' : ''}`, async () => {
      const all: IngestResult[] = [];
      for (let i = 0; i < files.length; i += 5) {
        const part = files.slice(i, i + 5);
        const r = await uploadFiles(part, token, (f) => setProgress((i + f * part.length) / files.length));
        all.push(...r.results);
      }
      setProgress(1);
      return { results: all };
    });
  };
  const drop = (e: DragEvent) => { e.preventDefault(); setOver(false); send([...e.dataTransfer.files]); };
  const submitUrl = (e: FormEvent) => { e.preventDefault(); if (url.trim()) void run('Fetching the page', () => ingestUrl(url.trim(), token)); };
  return (
    <section aria-labelledby="ing-h">
      <h1 id="ing-h">Add articles</h1>
      <p><label htmlFor="tok">Server token</label> <input id="tok" type="password" autoComplete="off" value={token} onChange={(e) => keep(e.target.value)} /></p>
      <div className={`drop ${over ? 'over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
        <p>Drop .txt or .html files here, or</p>
        <label className="button" htmlFor="files">choose files</label>
        <input id="files" ref={input} className="sr-only" type="file" multiple accept=".txt,.html,.htm,.gz,text/plain,text/html" onChange={(e) => { send([...(e.target.files ?? [])]); if (input.current) input.current.value = ''; }} />
      </div>
      <form onSubmit={submitUrl} className="controls">
        <label htmlFor="url">Or a page URL</label>
        <input id="url" type="url" placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} />
        <button type="submit" disabled={!!busy}>Fetch and read</button>
      </form>
      {busy && <p aria-live="polite">{busy}… <progress max={1} value={progress} aria-label="progress" /></p>}
      {error && <p role="alert" className="error">{error}</p>}
      {results.length > 0 && (
        <ul className="results" aria-live="polite">
          {results.map((r, i) => (
            <li key={i} className={r.ok ? 'ok' : 'bad'}>
              {r.ok ? <>✓ <a {...linkProps(`/article/${encodeURIComponent(r.id!)}`)}>{r.title ?? r.name}</a> — {r.status}, {r.events} events</> : <>✗ {r.name}: {r.error}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
