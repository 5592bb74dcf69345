// Shared pieces of the end-to-end tests: Debian Chromium through playwright-core (never a
// downloaded browser), the dashboard built on demand, a store served on a free port.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe } from 'vitest';
import type { Browser } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.REALIGN_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** describe() that skips, saying why, when Chromium is not installed. */
export function describeBrowser(name: string, fn: () => void) {
  if (existsSync(CHROMIUM)) describe(name, fn);
  else describe.skip(`${name} — skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`, fn);
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      // WebGL through the software rasteriser, so sigma draws in headless runs
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

const newest = (p: string): number => (statSync(p).isDirectory() ? Math.max(0, ...readdirSync(p).map((n) => newest(join(p, n)))) : statSync(p).mtimeMs);

const fresh = () => {
  const built = join(ROOT, 'web/dist/index.html');
  const sources = Math.max(newest(join(ROOT, 'web/src')), newest(join(ROOT, 'web/index.html')), newest(join(ROOT, 'web/vite.config.ts')));
  return existsSync(built) && statSync(built).mtimeMs >= sources;
};
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Build web/dist when it is missing or older than the dashboard's sources (one test file builds; the others wait). */
export function ensureWebBuilt(): void {
  const lock = join(ROOT, 'web/.build-lock');
  for (let waited = 0; !fresh(); waited += 200) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 180_000 || Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 300_000) rmSync(lock, { recursive: true, force: true });
      sleep(200);
      continue;
    }
    try {
      if (!fresh()) execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    } finally { rmSync(lock, { recursive: true, force: true }); }
  }
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export const readSeed = (p: string) => readFileSync(p, 'utf8');
