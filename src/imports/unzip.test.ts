import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipEntry, zipEntries } from './unzip.ts';
import { zipOne } from './zip-writer.test-helper.ts';

describe('unzip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'realign-unzip-'));
  const text = Buffer.from('1\t20130401\tGEO\n'.repeat(5000));

  it.each([[8, 'deflated'], [0, 'stored']] as const)('inflates method %s (%s) byte for byte', async (method, _name) => {
    const zip = join(dir, `m${method}.zip`);
    writeFileSync(zip, zipOne('20130401.export.CSV', text, method));
    expect(zipEntries(zip)).toEqual([expect.objectContaining({ name: '20130401.export.CSV', size: text.length, method })]);
    await unzipEntry(zip, join(dir, `out${method}`));
    expect(readFileSync(join(dir, `out${method}`)).equals(text)).toBe(true);
  });

  it('reads archives made by the zip tool', async () => {
    let made = true;
    const src = join(dir, 'a.CSV');
    writeFileSync(src, text);
    try { execFileSync('zip', ['-q', '-j', join(dir, 'tool.zip'), src]); } catch { made = false; }
    if (!made) return; // no zip tool here: the hand-made archives above still cover the format
    await unzipEntry(join(dir, 'tool.zip'), join(dir, 'tool.out'));
    expect(readFileSync(join(dir, 'tool.out')).equals(text)).toBe(true);
  });

  it('says what is wrong with a file that is not a zip', () => {
    writeFileSync(join(dir, 'no.zip'), 'plain text');
    expect(() => zipEntries(join(dir, 'no.zip'))).toThrow(/no\.zip: not a zip archive/);
  });
});
