import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

// The staff and public pages: built into dist/web and served by the gateway (gateway/web-pages.ts).
const root = resolve(import.meta.dirname, 'gateway/web');

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  plugins: [
    vue(),
    // Element Plus on demand: each component used in a template is imported with its CSS file.
    Components({
      dirs: [],
      dts: false,
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
    }),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // ECharts alone is ~0.6 MB minified; it is served from the intranet, not a CDN.
    chunkSizeWarningLimit: 1200,
    // Which chunks each page loads (scripts/console-bundle-size.ts measures the console's first load).
    manifest: true,
    rollupOptions: {
      input: {
        track: resolve(root, 'track.html'),
        console: resolve(root, 'console.html'),
        portal: resolve(root, 'portal.html'),
      },
    },
  },
});
