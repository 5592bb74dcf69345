// fetch against a local node:http server on 127.0.0.1 serving fixture bytes (never the network).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../testing/shared.ts';
import { fetchGdelt, parseList } from './fetch-gdelt.ts';
import { zipOne } from './zip-writer.test-helper.ts';

const fx = (f: string) => readFileSync(join(PROJECT_DIR, 'test/fixtures/imports', f));
const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');

const files = new Map<string, Buffer>();
const requests: Array<{ url: string; range?: string }> = [];
let server: Server;
let base: string;

beforeAll(async () => {
  const v1 = zipOne('20130401.export.CSV', fx('gdelt1-daily.export.CSV'));
  const v1b = zipOne('20130402.export.CSV', fx('gdelt1-daily.export.CSV').subarray(0, 400));
  files.set('/v1/20130401.export.CSV.zip', v1);
  files.set('/v1/20130402.export.CSV.zip', v1b);
  // 20130403 is missing on the server
  const e1 = zipOne('20150219000000.export.CSV', fx('gdelt2.export.CSV'));
  const m1 = zipOne('20150219000000.mentions.CSV', fx('gdelt2.mentions.CSV'));
  const e2 = zipOne('20150219001500.export.CSV', fx('gdelt2.export.CSV').subarray(0, 200));
  const bad = zipOne('20150220000000.export.CSV', fx('gdelt2.export.CSV'));
  files.set('/v2/20150219000000.export.CSV.zip', e1);
  files.set('/v2/20150219000000.mentions.CSV.zip', m1);
  files.set('/v2/20150219001500.export.CSV.zip', e2);
  files.set('/v2/20150220000000.export.CSV.zip', bad);
  const real = 'http://data.gdeltproject.org/gdeltv2/';
  files.set('/v2/masterfilelist.txt', Buffer.from([
    `${e1.length} ${md5(e1)} ${real}20150219000000.export.CSV.zip`,
    `${m1.length} ${md5(m1)} ${real}20150219000000.mentions.CSV.zip`,
    `${e2.length} ${md5(e2)} ${real}20150219001500.export.CSV.zip`,
    `${bad.length} ${'0'.repeat(32)} ${real}20150220000000.export.CSV.zip`,
    `12 ${'1'.repeat(32)} ${real}20150301000000.export.CSV.zip`,
  ].join('\n') + '\n'));
  server = createServer((req, res) => {
    requests.push({ url: req.url!, range: req.headers.range });
    const body = files.get(req.url!);
    if (!body) { res.writeHead(404).end(); return; }
    const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    if (m) {
      const from = Number(m[1]);
      if (from >= body.length) { res.writeHead(416).end(); return; }
      res.writeHead(206, { 'content-length': body.length - from, 'content-range': `bytes ${from}-${body.length - 1}/${body.length}` }).end(body.subarray(from));
      return;
    }
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => { await new Promise((r) => server.close(r)); });

describe('fetch GDELT', () => {
  it('1.0: one file per day, missing days reported, complete files skipped on a second run', async () => {
    const out = mkdtempSync(join(tmpdir(), 'realign-fetch-'));
    const r = await fetchGdelt({ from: '2013-04-01', to: '2013-04-03', version: 1, out, base: `${base}/v1/` });
    expect(r.map((f) => [f.name, f.status])).toEqual([
      ['20130401.export.CSV.zip', 'downloaded'], ['20130402.export.CSV.zip', 'downloaded'], ['20130403.export.CSV.zip', 'missing'],
    ]);
    expect(readFileSync(join(out, '20130401.export.CSV.zip')).equals(files.get('/v1/20130401.export.CSV.zip')!)).toBe(true);
    requests.length = 0;
    const again = await fetchGdelt({ from: '2013-04-01', to: '2013-04-02', version: 1, out, base: `${base}/v1/` });
    expect(again.map((f) => f.status)).toEqual(['present', 'present']);
    expect(requests.filter((q) => q.url.endsWith('.zip'))).toEqual([]);
  });

  it('2.0: files of the range from the master list, checked by size and md5; resumes a .part file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'realign-fetch-'));
    const whole = files.get('/v2/20150219000000.export.CSV.zip')!;
    writeFileSync(join(out, '20150219000000.export.CSV.zip.part'), whole.subarray(0, 100));
    requests.length = 0;
    const r = await fetchGdelt({ from: '2015-02-19', to: '2015-02-20', version: 2, out, base: `${base}/v2/` });
    expect(r.map((f) => [f.name, f.status])).toEqual([
      ['20150219000000.export.CSV.zip', 'resumed'], ['20150219001500.export.CSV.zip', 'downloaded'], ['20150220000000.export.CSV.zip', 'failed'],
    ]);
    expect(requests.find((q) => q.url.endsWith('20150219000000.export.CSV.zip'))?.range).toBe('bytes=100-');
    expect(readFileSync(join(out, '20150219000000.export.CSV.zip')).equals(whole)).toBe(true);
    expect(r[2]!.error).toBe('md5 checksum mismatch');
    expect(existsSync(join(out, '20150220000000.export.CSV.zip'))).toBe(false);
    expect(existsSync(join(out, '20150219000000.export.CSV.zip.part'))).toBe(false);
    const withMentions = await fetchGdelt({ from: '2015-02-19', to: '2015-02-19', version: 2, out, base: `${base}/v2/`, mentions: true });
    expect(withMentions.map((f) => [f.name, f.status])).toEqual([
      ['20150219000000.export.CSV.zip', 'present'], ['20150219000000.mentions.CSV.zip', 'downloaded'], ['20150219001500.export.CSV.zip', 'present'],
    ]);
    expect(statSync(join(out, '20150219000000.mentions.CSV.zip')).size).toBe(files.get('/v2/20150219000000.mentions.CSV.zip')!.length);
  });

  it('re-downloads a file whose size does not match the list', async () => {
    const out = mkdtempSync(join(tmpdir(), 'realign-fetch-'));
    writeFileSync(join(out, '20150219001500.export.CSV.zip'), 'truncated');
    const r = await fetchGdelt({ from: '2015-02-19', to: '2015-02-19', version: 2, out, base: `${base}/v2/` });
    expect(r.find((f) => f.name === '20150219001500.export.CSV.zip')!.status).toBe('downloaded');
  });

  it('parses master-list and md5sums lines', () => {
    const m = parseList(`150383 297a16b493de7cf6ca809a7cc31d0b93 http://x/gdeltv2/20150218230000.export.CSV.zip\n` +
      `d41d8cd98f00b204e9800998ecf8427e  20130401.export.CSV.zip\nnot a line\n`);
    expect(m.get('20150218230000.export.CSV.zip')).toEqual({ size: 150383, md5: '297a16b493de7cf6ca809a7cc31d0b93', url: 'http://x/gdeltv2/20150218230000.export.CSV.zip' });
    expect(m.get('20130401.export.CSV.zip')).toEqual({ size: null, md5: 'd41d8cd98f00b204e9800998ecf8427e', url: null });
    expect(m.size).toBe(2);
  });
});
