import { PassThrough } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';

async function runCli(argv: string[]) {
  const stdin = new PassThrough(); const stdout = new PassThrough(); const stderr = new PassThrough();
  let out = '', err = '';
  stdout.on('data', (d) => { out += d; }); stderr.on('data', (d) => { err += d; });
  stdin.end('');
  const code = await main(argv, { stdin, stdout, stderr });
  return { code, out, err };
}

// our own invented sentences, coded by hand; predictions given as a file so the test does not depend on the coder
const dir = mkdtempSync(join(tmpdir(), 'realign-eval-'));
const gold = join(dir, 'gold.jsonl');
writeFileSync(gold, [
  JSON.stringify({ id: 'g1', date: '2014-06-03', text: 'Norway visited Chile.', codings: [{ eventcode: '042', sourcecode: 'NOR', targetcode: 'CHL' }], noevents: false }),
  JSON.stringify({ id: 'g2', date: '2014-06-03', text: 'Norway will attack Chile.', codings: [{ eventcode: '190', sourcecode: 'NOR', targetcode: 'CHL', modality: 'intended', accept: ['190', '13'] }], noevents: false }),
].join('\n') + '\n');
const pred = join(dir, 'pred.jsonl');
writeFileSync(pred, [
  JSON.stringify({ id: 'g1', source: { country: 'NOR' }, target: { country: 'CHL' }, cameo: '042', root: '04', modality: 'asserted' }),
  JSON.stringify({ id: 'g2', source: { country: 'NOR' }, target: { country: 'CHL' }, cameo: '190', root: '19', modality: 'intended' }),
].join('\n') + '\n');

describe('realign eval', () => {
  it('with per-coding gold modality, counts asserted codings by default and tabulates the others', async () => {
    const r = await runCli(['eval', '--gold', gold, '--pred', pred, '--key', 'root', '--json']);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.out).reports[0];
    expect([rep.tp, rep.fp, rep.fn]).toEqual([1, 0, 0]);
    expect(rep.modality.intended).toEqual({ intended: 1 });
  });
  it('--modality asserted,intended scores the intended coding too', async () => {
    const rep = JSON.parse((await runCli(['eval', '--gold', gold, '--pred', pred, '--key', 'root', '--modality', 'asserted,intended', '--json'])).out).reports[0];
    expect([rep.tp, rep.fp, rep.fn]).toEqual([2, 0, 0]);
  });
  it('--intent cameo recodes intended predictions as stated intentions (190 → 138), which the accept list credits here', async () => {
    const rep = JSON.parse((await runCli(['eval', '--gold', gold, '--pred', pred, '--key', 'root', '--intent', 'cameo', '--modality', 'asserted', '--json'])).out).reports[0];
    // the recoded prediction is asserted 13, the gold coding is intended: not counted under --modality asserted
    expect([rep.tp, rep.fp, rep.fn]).toEqual([1, 1, 0]);
  });
  it('--list 0 prints the figures and no sentence; a bad --list is a usage error', async () => {
    const wrong = join(dir, 'wrong.jsonl');
    writeFileSync(wrong, JSON.stringify({ id: 'g1', source: { country: 'NOR' }, target: { country: 'PER' }, cameo: '042', root: '04', modality: 'asserted' }) + '\n');
    const r = await runCli(['eval', '--gold', gold, '--pred', wrong, '--key', 'root', '--list', '0']);
    expect(r.out).toMatch(/misses \(1\):/);
    expect(r.out).not.toContain('Norway visited Chile.');
    expect((await runCli(['eval', '--gold', gold, '--pred', wrong, '--key', 'root', '--list', '1'])).out).toContain('Norway visited Chile.');
    expect((await runCli(['eval', '--gold', gold, '--pred', wrong, '--list', 'some'])).code).toBe(2);
  });
  it('rejects an unknown --intent value', async () => {
    const r = await runCli(['eval', '--gold', gold, '--pred', pred, '--intent', 'maybe']);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/--intent must be modality or cameo/);
  });
});
