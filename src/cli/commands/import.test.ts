// realign import / export / fetch through the CLI shell, on a temporary database file.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipOne } from '../../imports/zip-writer.test-helper.ts';
import { PROJECT_DIR } from '../../testing/shared.ts';
import { runCli as cli } from '../test-io.ts';

const fx = (f: string) => join(PROJECT_DIR, 'test/fixtures/imports', f);

describe('realign import', () => {
  it('prints per-file lines and a summary with quarantine reasons; --json gives the same figures', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'realign-cli-')), 'x.duckdb');
    const r = await cli(['import', 'gdelt', fx('gdelt1-daily.export.CSV'), fx('gdelt2.export.CSV'), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/gdelt1-daily\.export\.CSV: gdelt1 — 8 read, 5 loaded, 0 already present, 3 quarantined, 2 marked duplicate/);
    expect(r.out).toMatch(/total: 2 file\(s\), 12 rows read, 9 loaded, 0 already present, 3 quarantined, 3 marked duplicate/);
    expect(r.out).toMatch(/quarantined by reason:\n\s+1  /);
    const again = await cli(['import', 'gdelt', fx('gdelt1-daily.export.CSV'), '--json', '--db', db]);
    const s = JSON.parse(again.out);
    expect(s.files[0]).toMatchObject({ skipped: true, loaded: 0 });
  });

  it('exits 1 naming a bad file while importing the rest; 2 on bad usage', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'realign-cli-')), 'x.duckdb');
    const r = await cli(['import', 'icews', fx('gdelt2.export.CSV'), fx('icews-daily.tab'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/realign import: .*gdelt2\.export\.CSV: not an ICEWS file/);
    expect(r.out).toMatch(/icews-daily\.tab: icews — 6 read, 4 loaded/);
    expect((await cli(['import', 'acled', 'x.csv', '--db', db])).code).toBe(2);
    expect((await cli(['import', 'gdelt', '--db', db])).code).toBe(2);
  });
});

describe('realign export', () => {
  it('exports filtered events to csv and jsonl (stdout or --out)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'realign-cli-'));
    const db = join(dir, 'x.duckdb');
    await cli(['import', 'gdelt', fx('gdelt1-daily.export.CSV'), '--db', db]);
    await cli(['import', 'icews', fx('icews-daily.tab'), '--db', db]);
    const csv = await cli(['export', 'events', '--dyad', 'GEO,RUS', '--primary-only', '--db', db]);
    expect(csv.code).toBe(0);
    const lines = csv.out.trim().split('\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['id', 'gdelt1:900002', 'gdelt1:900004']);
    const j = await cli(['export', 'events', '--format', 'jsonl', '--origin', 'icews', '--root', '4', '--out', join(dir, 'e.jsonl'), '--db', db]);
    expect(j.err).toMatch(/1 events →/);
    expect(readFileSync(join(dir, 'e.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['icews:5000001']);
    const q = await cli(['export', 'events', '--format', 'jsonl', '--quad', '3', '--from', '2018-06', '--to', '2018', '--db', db]);
    expect(q.out.trim().split('\n').map((l) => JSON.parse(l).cameo)).toEqual(['138', '141']);
    expect((await cli(['export', 'events', '--format', 'parquet', '--db', db])).code).toBe(2);
    expect((await cli(['export', 'events', '--dyad', 'GEO', '--db', db])).code).toBe(2);
  });
});

describe('realign fetch', () => {
  it('downloads from a local server and imports with --import', async () => {
    const zip = zipOne('20130401.export.CSV', readFileSync(fx('gdelt1-daily.export.CSV')));
    const server = createServer((req, res) => {
      if (req.url === '/events/20130401.export.CSV.zip') res.writeHead(200, { 'content-length': zip.length }).end(zip);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const dir = mkdtempSync(join(tmpdir(), 'realign-cli-'));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events/`;
      const r = await cli(['fetch', 'gdelt', '--from', '2013-04-01', '--to', '2013-04-02', '--out', join(dir, 'g'), '--base', base, '--import', '--db', join(dir, 'x.duckdb')]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/20130401\.export\.CSV\.zip: downloaded/);
      expect(r.out).toMatch(/20130402\.export\.CSV\.zip: missing/);
      expect(r.out).toMatch(/gdelt1 — 8 read, 5 loaded/);
      expect(r.out).toMatch(/fetched: 1 downloaded, 0 already complete, 1 not on the server, 0 failed/);
      expect((await cli(['fetch', 'gdelt', '--from', '2013-04-xx', '--db', join(dir, 'x.duckdb')])).code).toBe(2);
    } finally { await new Promise((r) => server.close(r)); }
  });
});
