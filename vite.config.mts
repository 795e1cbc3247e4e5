import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The staff and public pages: built into dist/web and served by the gateway (gateway/web-pages.ts).
const root = resolve(import.meta.dirname, 'gateway/web');

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // ECharts alone is ~0.6 MB minified; it is served from the intranet, not a CDN.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        dashboard: resolve(root, 'dashboard.html'),
        township: resolve(root, 'township.html'),
        track: resolve(root, 'track.html'),
      },
    },
  },
});
