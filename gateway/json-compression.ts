import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { chooseEncoding } from './web-compression';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Below this a JSON answer goes as it is: compressing it would save less than it costs. */
export const COMPRESS_ABOVE_BYTES = 1024;

/**
 * Sends a GraphQL answer, compressed by the request's Accept-Encoding (brotli, else gzip) once it
 * is at least `threshold` bytes. The work runs off the event loop (zlib's thread pool), at levels
 * meant for answers made per request (brotli 4, gzip 6), not the build's maximum. Every answer says
 * `Vary: Accept-Encoding`, so a cache in between keeps one copy per encoding.
 */
export function compressedAnswers(threshold = COMPRESS_ABOVE_BYTES) {
  return async (req: IncomingMessage, res: ServerResponse, body: string): Promise<void> => {
    res.setHeader('vary', appendVary(res.getHeader('vary')));
    const bytes = Buffer.byteLength(body);
    const encoding = bytes >= threshold && !res.hasHeader('content-encoding') ? chooseEncoding(req.headers['accept-encoding'], ['br', 'gzip']) : null;
    if (!encoding) {
      res.end(body);
      return;
    }
    const packed =
      encoding === 'br'
        ? await brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes } })
        : await gzip(body, { level: 6 });
    res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', packed.length);
    res.end(packed);
  };
}

function appendVary(existing: number | string | string[] | undefined): string {
  const list = (Array.isArray(existing) ? existing.join(',') : String(existing ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!list.some((v) => v.toLowerCase() === 'accept-encoding' || v === '*')) list.push('Accept-Encoding');
  return list.join(', ');
}
