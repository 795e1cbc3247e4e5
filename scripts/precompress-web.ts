import { webDir } from '../gateway/web-pages';
import { precompressDir } from '../gateway/web-compression';

/**
 * Writes brotli and gzip copies beside the built web files (dist/web), run by `npm run build` after
 * `vite build`; the gateway serves them to browsers that accept them.
 */
function main(): void {
  const files = precompressDir(webDir());
  const total = (k: 'bytes' | 'gzip' | 'br') => files.reduce((s, f) => s + (f[k] ?? f.bytes), 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`precompressed ${files.length} files of dist/web: ${kb(total('bytes'))} → gzip ${kb(total('gzip'))}, brotli ${kb(total('br'))}`);
}

main();
