// Build the dashboard (web/ → web/dist) when it is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'web/dist/index.html');
const newest = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
  const p = join(dir, e.name);
  if (e.name === 'dist' || e.name === 'node_modules') return m;
  return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
}, 0);
if (!existsSync(dist) || statSync(dist).mtimeMs < newest(join(root, 'web'))) {
  const { build } = await import('vite');
  console.error('building the dashboard (web/dist)…');
  await build({ root: join(root, 'web'), logLevel: 'warn', configFile: join(root, 'web/vite.config.ts') });
}
