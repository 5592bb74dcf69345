// Shared by the dyad/shifts/network/brief command tests: a file database holding the
// hand-built seed picture (they run commands with ../test-io.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orgPictureDoc, putSeedPicture } from '../../analytics/fixtures.ts';
import { DuckDBStore } from '../../store/duckdb.ts';

export async function seedDb(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'realign-analytics-')), 'seed.duckdb');
  const s = await DuckDBStore.open(path);
  await putSeedPicture(s);
  await s.close();
  return path;
}

/** A file database holding the organisations picture (NATO and the EU dealing with Russia). */
export async function orgDb(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'realign-orgs-')), 'orgs.duckdb');
  const s = await DuckDBStore.open(path);
  await s.putDocument(orgPictureDoc());
  await s.close();
  return path;
}
