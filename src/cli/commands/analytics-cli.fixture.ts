// Shared by the dyad/shifts/network/brief command tests: a file database holding the
// hand-built seed picture, and an IO that captures output.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { putSeedPicture } from '../../analytics/fixtures.ts';
import { DuckDBStore } from '../../store/duckdb.ts';
import type { IO } from '../command.ts';
import { main } from '../main.ts';

export async function seedDb(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'realign-analytics-')), 'seed.duckdb');
  const s = await DuckDBStore.open(path);
  await putSeedPicture(s);
  await s.close();
  return path;
}

export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const stdout = new PassThrough(), stderr = new PassThrough();
  stdout.on('data', (d) => { out += d; }); stderr.on('data', (d) => { err += d; });
  const io: IO = { stdout, stderr, stdin: new PassThrough() };
  const code = await main(argv, io);
  return { code, out, err };
}
