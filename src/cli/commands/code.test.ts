import { PassThrough } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';

async function runCli(argv: string[], input = '') {
  const stdin = new PassThrough(); const stdout = new PassThrough(); const stderr = new PassThrough();
  let out = '', err = '';
  stdout.on('data', (d) => { out += d; }); stderr.on('data', (d) => { err += d; });
  stdin.end(input);
  const code = await main(argv, { stdin, stdout, stderr });
  return { code, out, err };
}

describe('realign code', () => {
  it('codes JSON Lines from stdin, one line per event, with the record id; bad lines are reported and skipped', async () => {
    const input = [
      JSON.stringify({ id: 'H1', text: 'Russia accused France of spying.', date: '2014-06-03' }),
      'not json',
      JSON.stringify({ id: 'H2', text: 'The weather was fine.', date: '2014-06-03' }),
      JSON.stringify({ id: 'H3', date: '2014-06-03' }),
    ].join('\n') + '\n';
    const r = await runCli(['code'], input);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.every((l) => l.id === 'H1')).toBe(true);
    expect(lines[0]).toMatchObject({ source: { country: 'RUS' }, target: { country: 'FRA' }, root: '11', modality: 'asserted', date: '2014-06-03', span: [0, 32] });
    expect(lines[0].rule).toMatch(/^verbs\.v1:/);
    expect(r.err).toMatch(/<stdin>:2: not valid JSON/);
    expect(r.err).toMatch(/<stdin>:4: record has no "text" string/);
  });
  it('reads files and names a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'realign-code-'));
    const f = join(dir, 'in.jsonl');
    writeFileSync(f, JSON.stringify({ id: 'X', text: 'Germany hosted Spain on Monday.', date: '2014-06-04' }) + '\n');
    const r = await runCli(['code', f, join(dir, 'missing.jsonl')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out.trim().split('\n')[0]!)).toMatchObject({ id: 'X', cameo: '043', date: '2014-06-02' });
    expect(r.err).toMatch(/missing\.jsonl: cannot read \(ENOENT\)/);
  });
});

describe('realign eval', () => {
  it('scores predictions from a file against PETRARCH-style gold, as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'realign-eval-'));
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(gold, [
      JSON.stringify({ id: 'a', date: '20140601', text: 'Peru visited Chile.', codings: [{ eventcode: '042', sourcecode: 'PER', targetcode: 'CHL' }] }),
      JSON.stringify({ id: 'b', date: '20140601', text: 'Peru criticized Chile.', codings: [{ eventcode: '111', sourcecode: 'PER', targetcode: 'CHL' }] }),
    ].join('\n'));
    const pred = join(dir, 'pred.jsonl');
    writeFileSync(pred, JSON.stringify({ id: 'a', source: { country: 'PER' }, target: { country: 'CHL' }, cameo: '043', root: '04', modality: 'asserted' }) + '\n');
    const r = await runCli(['eval', '--gold', gold, '--pred', pred, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.reports.map((x: { key: string; tp: number; fn: number }) => [x.key, x.tp, x.fn])).toEqual([['root', 1, 1], ['code', 0, 2]]);
  });
  it('runs the coder itself without --pred', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'realign-eval-'));
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(gold, JSON.stringify({ id: 'a', date: '20140601', text: 'Russia criticized France.', codings: [{ eventcode: '111', sourcecode: 'RUS', targetcode: 'FRA' }] }) + '\n');
    const r = await runCli(['eval', '--gold', gold, '--key', 'root']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/precision 1\.000 {2}recall 1\.000/);
  });
  it('needs --gold', async () => {
    const r = await runCli(['eval']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--gold FILE is required/);
  });
});
