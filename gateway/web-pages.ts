import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { projectRoot } from '../subgraphs/shared/graphql/sdl';
import type { RouteHandler } from '../subgraphs/shared/http/server';
import { chooseEncoding, ENCODING_SUFFIX, type Encoding } from './web-compression';

/** The pages people open, each a Vite entry built into dist/web (vite.config.mts). */
export const PAGES: Readonly<Record<string, string>> = Object.freeze({
  '/track': 'track.html',
  '/console': 'console.html',
  '/guide': 'portal.html',
});

/**
 * Addresses of pages that moved into the staff console: bookmarks and wall screens keep working.
 * Each keeps the query parameters its view understands, moved into the console's hash route.
 */
export const MOVED: Readonly<Record<string, { route: string; keep: readonly string[] }>> = Object.freeze({
  '/dashboard': { route: '/overview', keep: ['from', 'to'] },
  '/township': { route: '/township', keep: ['township'] },
});

/** Where an old address goes: `/dashboard?from=…&to=…` → `/console#/overview?from=…&to=…`. */
export function movedLocation(pathname: string, search: URLSearchParams): string | null {
  const moved = MOVED[pathname];
  if (!moved) return null;
  const q = new URLSearchParams();
  for (const k of moved.keep) {
    const v = search.get(k);
    if (v) q.set(k, v);
  }
  const query = q.toString();
  return `/console#${moved.route}${query ? `?${query}` : ''}`;
}

const TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
});

/**
 * The pages may load and call only this origin: an intranet browser never reaches out, and an
 * injected script could not send data elsewhere. ECharts sets inline styles, hence 'unsafe-inline'
 * for styles only.
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
});

/** Built asset names are plain hashed file names; anything else (a `..`, a slash) is refused. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

export function webDir(): string {
  return path.join(projectRoot(), 'dist', 'web');
}

/** Serves /track, /console, /guide and their hashed assets from the front-end build; /dashboard and /township redirect into the console. */
export function webPages(dir = webDir()): RouteHandler {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = new URL(req.url ?? '/', 'http://local');
    const pathname = url.pathname.replace(/\/+$/, '') || '/';
    const moved = movedLocation(pathname, url.searchParams);
    if (moved) {
      res.writeHead(302, { ...PAGE_HEADERS, location: moved, 'content-length': 0, 'cache-control': 'no-store' });
      res.end();
      return true;
    }
    const page = PAGES[pathname];
    if (page) {
      const file = path.join(dir, page);
      if (!fs.existsSync(file)) {
        reply(res, req.method, 503, 'text/html; charset=utf-8', Buffer.from(notBuiltPage(pathname)), 'no-store');
        return true;
      }
      await sendFile(req, res, file, 'text/html; charset=utf-8', 'no-cache');
      return true;
    }
    if (!pathname.startsWith('/assets/')) return false;
    const name = pathname.slice('/assets/'.length);
    const type = TYPES[path.extname(name)];
    const file = path.join(dir, 'assets', name);
    if (!ASSET_NAME.test(name) || !type || !isFile(file)) {
      reply(res, req.method, 404, 'text/plain; charset=utf-8', Buffer.from('Not found'), 'no-store');
      return true;
    }
    // File names carry a content hash: a new build gets new names, so browsers may keep these.
    await sendFile(req, res, file, type, 'public, max-age=31536000, immutable');
    return true;
  };
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The precompressed copies of a built file (`npm run build` writes them); one older than the file is stale and ignored. */
function variantsOf(file: string): Encoding[] {
  const original = fs.statSync(file, { throwIfNoEntry: false });
  if (!original) return [];
  return (Object.keys(ENCODING_SUFFIX) as Encoding[]).filter((e) => {
    const v = fs.statSync(file + ENCODING_SUFFIX[e], { throwIfNoEntry: false });
    return !!v && v.isFile() && v.mtimeMs >= original.mtimeMs;
  });
}

/**
 * A built file, as brotli or gzip when the browser accepts it and the build precompressed it, else as
 * is. The type is the original's; the length the body's; `Vary` tells caches the answer depends on
 * Accept-Encoding.
 */
async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, type: string, cache: string): Promise<void> {
  const variants = variantsOf(file);
  const encoding = chooseEncoding(req.headers['accept-encoding'], variants);
  const body = await fs.promises.readFile(encoding ? file + ENCODING_SUFFIX[encoding] : file);
  const extra: Record<string, string> = {};
  if (variants.length) extra.vary = 'Accept-Encoding';
  if (encoding) extra['content-encoding'] = encoding;
  reply(res, req.method ?? 'GET', 200, type, body, cache, extra);
}

function reply(res: ServerResponse, method: string, status: number, type: string, body: Buffer, cache: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...PAGE_HEADERS, ...extra, 'content-type': type, 'content-length': body.length, 'cache-control': cache });
  res.end(method === 'HEAD' ? undefined : body);
}

function notBuiltPage(pathname: string): string {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>页面尚未构建</title>
<body style="font-family:sans-serif;margin:2rem"><h1>页面尚未构建</h1>
<p>${pathname} 的页面文件不在 dist/web 中。请在项目目录运行 <code>npm run build</code> 后重启网关。</p>
<p>The pages are not built: run <code>npm run build</code> and restart the gateway.</p></body></html>`;
}
