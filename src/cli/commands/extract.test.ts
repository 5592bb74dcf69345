import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import extract from './extract.ts';
import { fakeIO } from '../../../test/fixtures/ingest/fake-io.ts';
import { PROJECT_DIR } from '../../testing/shared.ts';

const FIX = join(PROJECT_DIR, 'test/fixtures/ingest');
const run = async (args: string[], flags: Record<string, unknown> = {}, stdin = '') => {
  const io = fakeIO(stdin);
  const code = await extract.run({ positionals: args, flags }, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr };
};

describe('realign extract', () => {
  it('prints one extract object for one file', async () => {
    const r = await run([join(FIX, 'article-a.txt')], { json: true });
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(Object.keys(o)).toEqual(['id', 'document', 'actors', 'events', 'relations', 'claims', 'notes']);
    expect(o.document).toMatchObject({ title: 'Norway and Sweden agree to share air-defense data', published: '2025-01-14', dateline: 'OSLO', language: 'en' });
    expect(o.document.body.startsWith('Norway and Sweden agreed on Tuesday')).toBe(true);
  });
  it('prints JSON Lines with a file field for several documents, and reports failures', async () => {
    const r = await run([join(FIX, 'article-a.txt'), join(FIX, 'articles.jsonl')], { json: true });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file.replace(FIX + '/', ''))).toEqual(['article-a.txt', 'articles.jsonl#1', 'articles.jsonl#3']);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });
  it('prints a readable summary without --json', async () => {
    const r = await run([join(FIX, 'article-a.txt')]);
    expect(r.stdout.split('\n')[0]).toBe('Norway and Sweden agree to share air-defense data');
    expect(r.stdout).toMatch(/2025-01-14 · by Ingrid Dahl · Example Nordic Wire · World · dateline OSLO · en/);
  });
  it('reads standard input', async () => {
    const text = '# Ports reopen\n\nATHENS — Greek ports reopened on Friday after a two-day strike by dock workers ended, the shipping ministry said, and ferries to the islands were running on schedule again by the afternoon, according to port officials. Unions said they would decide next week whether to call another stoppage over pay and working hours.\n';
    const r = await run(['-'], { json: true }, text);
    expect(JSON.parse(r.stdout).document).toMatchObject({ title: 'Ports reopen', dateline: 'ATHENS', source: '-' });
  });
  it('exits 1 with a one-line error when nothing can be read', async () => {
    const r = await run([join(FIX, 'nope.html')], { json: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${join(FIX, 'nope.html')}: no such file or folder\n`);
  });
  it('runs as a real subprocess', () => {
    const p = spawnSync(process.execPath, [join(PROJECT_DIR, 'bin/realign.js'), 'extract', join(FIX, 'article-a.txt'), '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(p.status).toBe(0);
    expect(JSON.parse(p.stdout).document.author).toBe('Ingrid Dahl');
  });
});
