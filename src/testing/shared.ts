// Tests that read ../shared (reference data beside the checkout) skip with a message
// when it is absent: a user's fresh clone has none; CI has it.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = process.env.REALIGN_SHARED ?? resolve(PROJECT_DIR, '../shared');
export const sharedPath = (...p: string[]) => join(SHARED_DIR, ...p);
export const hasShared = (...p: string[]) => existsSync(sharedPath(...p));

/** describe() that skips, saying why, when the ../shared file or folder it needs is absent. */
export function describeShared(name: string, need: string, fn: () => void) {
  if (hasShared(need)) describe(name, fn);
  else describe.skip(`${name} — skipped: ${sharedPath(need)} is absent`, fn);
}
