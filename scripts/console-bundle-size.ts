import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { webDir } from '../gateway/web-pages';

/**
 * The bytes a county clerk's browser loads to show the staff console's queue (/console#/queue):
 * the console entry with its static imports, plus the queue view's lazy chunk with its imports,
 * read from the Vite manifest of `npm run build`. Prints raw and gzip sizes of JavaScript and CSS.
 * Usage: npm run build && node dist/scripts/console-bundle-size.js [--max-js-gzip-kb 300]
 */
interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
}

const ENTRY = 'console.html';
const FIRST_VIEW = 'src/console/views/QueueView.vue';

function main(): void {
  const dir = webDir();
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    seen.add(key);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(ENTRY);
  visit(FIRST_VIEW);
  const files = new Set<string>();
  for (const key of seen) {
    files.add(manifest[key]!.file);
    for (const css of manifest[key]!.css ?? []) files.add(css);
  }
  const sizes = { js: { raw: 0, gzip: 0, br: 0 }, css: { raw: 0, gzip: 0, br: 0 } };
  for (const f of files) {
    const body = fs.readFileSync(path.join(dir, f));
    const kind = f.endsWith('.css') ? sizes.css : f.endsWith('.js') ? sizes.js : null;
    if (!kind) continue;
    kind.raw += body.length;
    kind.gzip += zlib.gzipSync(body, { level: 9 }).length;
    // What the gateway sends a browser that accepts brotli: the build's precompressed copy, if any.
    const br = path.join(dir, `${f}.br`);
    kind.br += fs.existsSync(br) ? fs.statSync(br).size : body.length;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`console first load (${ENTRY} + ${FIRST_VIEW}), ${files.size} files`);
  console.log(`JavaScript: ${kb(sizes.js.raw)} raw, ${kb(sizes.js.gzip)} gzip, ${kb(sizes.js.br)} brotli as served`);
  console.log(`CSS       : ${kb(sizes.css.raw)} raw, ${kb(sizes.css.gzip)} gzip, ${kb(sizes.css.br)} brotli as served`);
  const max = process.argv.indexOf('--max-js-gzip-kb');
  if (max > 0 && sizes.js.gzip > Number(process.argv[max + 1]) * 1024) {
    console.error(`JavaScript gzip ${kb(sizes.js.gzip)} is above the target of ${process.argv[max + 1]} KB`);
    process.exitCode = 1;
  }
}

main();
