import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { projectRoot } from '../subgraphs/shared/graphql/sdl';
import type { RouteHandler } from '../subgraphs/shared/http/server';

/** The pages people open, each a Vite entry built into dist/web (vite.config.mts). */
export const PAGES: Readonly<Record<string, string>> = Object.freeze({
  '/track': 'track.html',
  '/console': 'console.html',
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

/** Serves /track, /console and their hashed assets from the front-end build; /dashboard and /township redirect into the console. */
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
      reply(res, req.method, 200, 'text/html; charset=utf-8', await fs.promises.readFile(file), 'no-cache');
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
    reply(res, req.method, 200, type, await fs.promises.readFile(file), 'public, max-age=31536000, immutable');
    return true;
  };
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

function reply(res: ServerResponse, method: string, status: number, type: string, body: Buffer, cache: string): void {
  res.writeHead(status, { ...PAGE_HEADERS, 'content-type': type, 'content-length': body.length, 'cache-control': cache });
  res.end(method === 'HEAD' ? undefined : body);
}

function notBuiltPage(pathname: string): string {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>页面尚未构建</title>
<body style="font-family:sans-serif;margin:2rem"><h1>页面尚未构建</h1>
<p>${pathname} 的页面文件不在 dist/web 中。请在项目目录运行 <code>npm run build</code> 后重启网关。</p>
<p>The pages are not built: run <code>npm run build</code> and restart the gateway.</p></body></html>`;
}
