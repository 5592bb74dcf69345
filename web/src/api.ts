// The dashboard's only window on the data: the realign HTTP API.
export interface Meta { backend: string; documents: number; events: number; first: string | null; last: string | null; ingest: boolean; limits: { page: number; files: number; fileBytes: number } }
export interface EventRow {
  id: string; origin: string; doc_id: string | null; date: string; src_code: string | null; src_country: string | null; src_text: string | null;
  tgt_code: string | null; tgt_country: string | null; tgt_text: string | null; cameo: string | null; root: string | null; quad: number | null;
  goldstein: number | null; plover_type: string | null; modality: string; sentence: number | null; span_start: number | null; span_end: number | null;
  quote: string | null; rule: string | null; url: string | null; mentions: number;
}
export interface RelationRow { id: string; doc_id: string; a: string; b: string; direction: string; strength: number; quote: string; start: number; end: number; rule: string; sentence: number; date: string | null; hedged: boolean }
export interface ClaimRow { id: string; doc_id: string; subject: string | null; measure: string; value: number; unit: string; qualifier: string | null; quote: string; start: number; end: number; rule: string; sentence: number; date: string | null }
export interface ActorRow { id: string; text: string; code: string; country: string; sector: string | null; start: number; end: number; entry: string; sentence: number; kind: string }
export interface DocumentSummary { id: string; title: string | null; published: string | null; publisher: string | null; author: string | null; section: string | null; dateline: string | null; url: string | null; source: string | null; chars: number; event_count: number; ingested_at: string }
export interface StoredDocument extends DocumentSummary { body: string; notes: string[]; actors: ActorRow[]; events: EventRow[]; relations: RelationRow[]; claims: ClaimRow[] }
export interface Page<T> { items: T[]; limit: number; offset: number; total: number | null }
export interface NetworkNode { id: string; name: string; bloc: number; events: number }
export interface NetworkEdge { a: string; b: string; weight: number; sign: number; events: number; relations: string[] }
export interface Network { at: string; from: string; nodes: NetworkNode[]; edges: NetworkEdge[]; blocs: { modularity: number; blocs: string[][] }; balance: { unbalanced: Array<{ text: string }> } }
export interface Evidence { kind: 'event' | 'relation'; id: string; quote: string; date?: string | null; code?: string | null; modality?: string; direction?: string }
export interface BriefDyad { a: string; b: string; direction: string; index: number; summary: string; evidence: Evidence[] }
export interface Brief { at: string; from: string; dyads: BriefDyad[] }
export interface DyadPoint { period: string; n: number; q1: number; q2: number; q3: number; q4: number; goldstein_mean: number | null; net_coop: number | null; index: { index: number; lo: number; hi: number; observed: number | null } }
export interface Shift { a: string; b: string; period: string; direction: 'warming' | 'cooling'; delta: number; confidence: number; flagged: boolean; score: number; before: { from: string; to: string }; after: { from: string; to: string }; evidence?: Array<{ id: string; date: string; cameo: string | null; quote: string | null }> }
export interface DyadReport { a: string; b: string; by: string; names: Record<string, string>; points: DyadPoint[]; relations: RelationRow[]; shifts: Shift[] }
export interface RuleLookup { id: string; set: string | null; key: string; entries: Array<{ file: string; line: number; manifest: { name: string; version: string; date: string } | null; row: Record<string, unknown> }> }
export interface IngestResult { name: string; ok: boolean; id?: string; status?: string; title?: string | null; events?: number; error?: string }

export class ApiError extends Error {}

/** Fired on window when an upload changed the store. */
export const STORE_CHANGED = 'realign:store-changed';

const qs = (p: Record<string, string | number | boolean | undefined | null>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const t = s.toString();
  return t ? `?${t}` : '';
};

export async function getJson<T>(path: string, params: Record<string, string | number | boolean | undefined | null> = {}, signal?: AbortSignal): Promise<T> {
  const r = await fetch(`/api${path}${qs(params)}`, { signal, headers: { accept: 'application/json' } });
  const body = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
  if (!r.ok) throw new ApiError((body as { error?: string }).error ?? `HTTP ${r.status}`);
  return body as T;
}

export const api = {
  meta: (s?: AbortSignal) => getJson<Meta>('/meta', {}, s),
  network: (at: string, minEvidence: number, s?: AbortSignal) => getJson<Network>('/network', { at, min_evidence: minEvidence }, s),
  brief: (at?: string, s?: AbortSignal) => getJson<Brief>('/brief', { at }, s),
  shifts: (s?: AbortSignal) => getJson<{ shifts: Shift[] }>('/shifts', { all: true, min_events: 0, limit: 50 }, s),
  dyad: (a: string, b: string, by: string, s?: AbortSignal) => getJson<DyadReport>(`/dyads/${a}/${b}`, { by }, s),
  events: (p: Record<string, string | number | undefined>, s?: AbortSignal) => getJson<Page<EventRow>>('/events', p, s),
  claims: (subject: string, s?: AbortSignal) => getJson<Page<ClaimRow>>('/claims', { subject, limit: 100 }, s),
  documents: (q: string, offset: number, s?: AbortSignal) => getJson<Page<DocumentSummary>>('/documents', { q, offset, limit: 25 }, s),
  document: (id: string, s?: AbortSignal) => getJson<StoredDocument>(`/documents/${encodeURIComponent(id)}`, {}, s),
  rule: (id: string, s?: AbortSignal) => getJson<RuleLookup>('/rules', { id }, s),
  search: (q: string, s?: AbortSignal) => getJson<{ countries: Array<{ code: string; name: string }>; documents: DocumentSummary[] }>('/search', { q, limit: 8 }, s),
};

/** Upload files with progress (XMLHttpRequest reports upload progress; fetch does not). */
export function uploadFiles(files: File[], token: string, onProgress: (fraction: number) => void): Promise<{ results: IngestResult[] }> {
  return new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    x.open('POST', '/api/ingest');
    x.setRequestHeader('Authorization', `Bearer ${token}`);
    x.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    x.onload = () => {
      let body: { results?: IngestResult[]; error?: string } = {};
      try { body = JSON.parse(x.responseText); } catch { /* not JSON */ }
      if (x.status >= 200 && x.status < 300 && body.results) resolve({ results: body.results });
      else reject(new ApiError(body.error ?? `HTTP ${x.status}`));
    };
    x.onerror = () => reject(new ApiError('network error'));
    x.send(form);
  });
}

export async function ingestUrl(url: string, token: string): Promise<{ results: IngestResult[] }> {
  const r = await fetch('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ url }) });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new ApiError(body.error ?? `HTTP ${r.status}`);
  return body;
}
