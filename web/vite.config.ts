// Build the dashboard: `npx vite build web` from the project folder writes web/dist,
// which `realign serve` serves. During development `npx vite web` proxies /api to a
// running `realign serve` on port 8787.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
