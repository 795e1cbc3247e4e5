import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Precompressed web assets: `npm run build` writes `<file>.br` and `<file>.gz` beside each text file
 * of dist/web (scripts/precompress-web.ts), and the gateway answers a browser that accepts them with
 * the smaller file as is (gateway/web-pages.ts): no compression work per request.
 */

export type Encoding = 'br' | 'gzip';

/** The suffix of each encoding's file beside the original. */
export const ENCODING_SUFFIX: Readonly<Record<Encoding, string>> = Object.freeze({ br: '.br', gzip: '.gz' });

/** Text files worth compressing (images such as PNG and fonts such as WOFF2 are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.map', '.json']);

/** Below this a compressed file saves nothing worth a second read from disk. */
const MIN_BYTES = 256;

export interface Precompressed {
  file: string;
  bytes: number;
  gzip: number | null;
  br: number | null;
}

/**
 * Writes `.br` (quality 11) and `.gz` (level 9) beside every compressible file of the build folder and
 * its `assets/`; a variant that would not be smaller than the file is not written (and an old one
 * is removed), so the server never sends a larger body.
 */
export function precompressDir(dir: string): Precompressed[] {
  const done: Precompressed[] = [];
  for (const sub of ['', 'assets']) {
    const folder = path.join(dir, sub);
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      if (!COMPRESSIBLE.has(path.extname(name)) || !fs.statSync(file).isFile()) continue;
      const body = fs.readFileSync(file);
      const out: Precompressed = { file: path.posix.join(sub, name), bytes: body.length, gzip: null, br: null };
      const variants: [Encoding, () => Buffer][] = [
        ['gzip', () => zlib.gzipSync(body, { level: 9 })],
        [
          'br',
          () =>
            zlib.brotliCompressSync(body, {
              params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT },
            }),
        ],
      ];
      for (const [encoding, compress] of variants) {
        const target = file + ENCODING_SUFFIX[encoding];
        const packed = body.length >= MIN_BYTES ? compress() : null;
        if (packed && packed.length < body.length) {
          fs.writeFileSync(target, packed);
          out[encoding] = packed.length;
        } else {
          fs.rmSync(target, { force: true });
        }
      }
      done.push(out);
    }
  }
  return done;
}

/**
 * The encoding to answer with, by the request's Accept-Encoding (RFC 9110 12.5.3): the accepted one
 * with the highest q among those available, brotli before gzip on a tie; null for identity. `*`
 * stands for any encoding not named; q=0 (or a malformed weight) refuses one. No header means identity.
 */
export function chooseEncoding(header: string | string[] | undefined, available: readonly Encoding[]): Encoding | null {
  if (!header || available.length === 0) return null;
  const text = Array.isArray(header) ? header.join(',') : header;
  const q = new Map<string, number>();
  for (const part of text.split(',')) {
    const [token, ...params] = part.trim().split(';');
    const name = token!.trim().toLowerCase();
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*(.*?)\s*$/i.exec(p);
      // A weight is 0–1 with up to three decimals; anything else refuses the encoding.
      if (m) weight = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(m[1]!) ? Number(m[1]) : 0;
    }
    q.set(name === 'x-gzip' ? 'gzip' : name, weight);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of ['br', 'gzip'] as const) {
    if (!available.includes(encoding)) continue;
    const weight = q.get(encoding) ?? q.get('*') ?? 0;
    if (weight > bestQ) {
      best = encoding;
      bestQ = weight;
    }
  }
  return best;
}
