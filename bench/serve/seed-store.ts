// The store the serve benchmark loads: the seed article read by the pipeline when ../shared
// is there, else a hand-built document of the same shape.
import { existsSync, readFileSync } from 'node:fs';
import { putSeedPicture } from '../../src/analytics/fixtures.ts';
import { readText } from '../../src/ingest/text-reader.ts';
import { read } from '../../src/pipeline/default.ts';
import { DuckDBStore } from '../../src/store/duckdb.ts';
import { join, resolve } from 'node:path';

const SHARED = process.env.REALIGN_SHARED ?? resolve(import.meta.dirname, '../../../shared');

export async function seedStore(): Promise<{ store: DuckDBStore; source: string }> {
  const store = await DuckDBStore.open(':memory:');
  const seed = join(SHARED, 'seed', '000_38fe8fbb85fc2e59.txt');
  if (existsSync(seed)) {
    await store.putDocument(read(readText(readFileSync(seed, 'utf8'), { source: 'seed.txt' })));
    return { store, source: 'seed article' };
  }
  await putSeedPicture(store);
  return { store, source: 'hand-built seed picture (../shared absent)' };
}
