import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchUrl, isUrl } from './fetch-url.ts';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const u = req.url ?? '/';
    if (u === '/article') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end('<html><body><p>Hello from Lima</p></body></html>'); return; }
    if (u === '/moved') { res.writeHead(301, { location: '/article' }); res.end(); return; }
    if (u.startsWith('/loop')) { res.writeHead(302, { location: `/loop${u.length}` }); res.end(); return; }
    if (u === '/image') { res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.alloc(10)); return; }
    if (u === '/big') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('x'.repeat(5000)); return; }
    if (u === '/slow') { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('start'); setTimeout(() => res.end('late'), 2000); return; }
    res.writeHead(404, { 'content-type': 'text/plain' }); res.end('missing');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));

describe('fetchUrl', () => {
  it('fetches a page with its content type', async () => {
    const f = await fetchUrl(`${base}/article`);
    expect(new TextDecoder().decode(f.bytes)).toContain('Hello from Lima');
    expect(f.contentType).toMatch(/text\/html/);
  });
  it('follows redirects up to a limit', async () => {
    expect((await fetchUrl(`${base}/moved`)).url).toBe(`${base}/article`);
    await expect(fetchUrl(`${base}/loop`, { maxRedirects: 3 })).rejects.toThrow('too many redirects (more than 3)');
  });
  it('refuses other content types, big bodies, HTTP errors and slow servers', async () => {
    await expect(fetchUrl(`${base}/image`)).rejects.toThrow('unsupported content type image/png');
    await expect(fetchUrl(`${base}/big`, { maxBytes: 1000 })).rejects.toThrow(/too large/);
    await expect(fetchUrl(`${base}/nothing`)).rejects.toThrow('HTTP 404');
    await expect(fetchUrl(`${base}/slow`, { timeoutMs: 300 })).rejects.toThrow(/timed out after 300 ms/);
  });
  it('says when nothing listens', async () => {
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((r) => dead.close(() => r()));
    await expect(fetchUrl(`http://127.0.0.1:${port}/`)).rejects.toThrow(/cannot fetch/);
  });
  it('knows a URL', () => {
    expect(isUrl('https://example.org/a')).toBe(true);
    expect(isUrl('example.org/a.html')).toBe(false);
  });
});
