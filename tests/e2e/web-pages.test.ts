import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startNetwork, ok, type Network } from '../support/network';
import { buildFixture } from '../support/fixtures';
import { buildGateway, type GatewayService } from '../../gateway/server';
import { MOVED, PAGES, PAGE_HEADERS, webPages } from '../../gateway/web-pages';
import { gatewayRoutes } from '../../gateway/routes';

/**
 * The web pages served by the gateway beside /graphql, from a fake front-end build in a temporary
 * directory (never the real dist/web, which may or may not be built).
 */

let net: Network;
let base: string;
let dir: string;
let emptyDir: string;
let unbuilt: GatewayService;
let unbuiltBase: string;

const FILES: Record<string, string> = {
  'track.html': '<!doctype html><title>办件查询</title>',
  'portal.html': '<!doctype html><title>办事指南</title>',
  'console.html': '<!doctype html><title>窗口工作台</title><script type="module" src="/assets/app-abc123.js"></script>',
  'assets/app-abc123.js': 'console.log("看板");\n',
  'assets/app-abc123.css': 'body{margin:0}\n',
  'assets/logo-1f2e3d.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/app-abc123.js.map': '{"version":3}',
  'assets/notes.txt': 'not an asset type',
  'assets/.hidden.js': 'hidden();',
  'assets/sub/x.js': 'nested();',
  // Inside the build folder but outside assets/: never reachable through /assets/.
  'secret.js': 'SECRET_OUTSIDE_ASSETS',
  'package.json': '{"SECRET":"OUTSIDE_ASSETS"}',
};

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with the path sent exactly as written (fetch would resolve `..` before sending). */
function raw(root: string, method: string, rawPath: string, body?: string, headers: Record<string, string> = {}): Promise<Raw> {
  const { hostname, port } = new URL(root);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method, path: rawPath, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const get = (rawPath: string) => raw(base, 'GET', rawPath);

function expectPageHeaders(r: Raw) {
  const csp = String(r.headers['content-security-policy']);
  const directives = csp.split(';').map((d) => d.trim());
  expect(directives).toContain("default-src 'self'");
  expect(directives).toContain("script-src 'self'");
  expect(directives).toContain("connect-src 'self'");
  // Scripts may come from this origin only: no inline or eval'd scripts, no other host.
  expect(directives.find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
  expect(r.headers['x-content-type-options']).toBe('nosniff');
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-web-'));
  for (const [name, content] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-web-empty-'));
  net = await startNetwork({ gatewayRoutes: () => [webPages(dir)] });
  base = new URL(net.gatewayUrl).origin;
  // Mutations through the gateway that serves the pages: POST /graphql is never taken by the route.
  await buildFixture(net);
  // A second gateway over the same subgraphs whose pages were never built.
  unbuilt = await buildGateway({ config: net.config, log: pino({ level: 'silent' }), routes: [webPages(emptyDir)] });
  unbuiltBase = `http://127.0.0.1:${await unbuilt.listen(0, '127.0.0.1')}`;
});

afterAll(async () => {
  await unbuilt?.stop();
  await net?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(emptyDir, { recursive: true, force: true });
});

test('the pages are /track, the staff console /console and the guides /guide; /dashboard and /township moved into the console', () => {
  expect(PAGES).toEqual({ '/track': 'track.html', '/console': 'console.html', '/guide': 'portal.html' });
  expect(Object.keys(MOVED)).toEqual(['/dashboard', '/township']);
});

describe('old addresses redirect into the console', () => {
  test.each([
    ['/dashboard', '/console#/overview'],
    ['/dashboard/', '/console#/overview'],
    ['/dashboard?from=2026-11-01&to=2026-11-21', '/console#/overview?from=2026-11-01&to=2026-11-21'],
    // Only what the view understands travels; anything else is dropped, values stay encoded.
    ['/dashboard?from=2026-11-01&x=%3Cscript%3E', '/console#/overview?from=2026-11-01'],
    ['/township', '/console#/township'],
    ['/township?township=abc-123', '/console#/township?township=abc-123'],
    ['/township?township=a%26b%23c&from=1', '/console#/township?township=a%26b%23c'],
  ])('GET %s → 302 %s', async (from, to) => {
    const r = await get(from);
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe(to);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body).toBe('');
    expectPageHeaders(r);
  });

  test('HEAD redirects too; other methods are not taken by the pages', async () => {
    expect((await raw(base, 'HEAD', '/township')).status).toBe(302);
    expect((await raw(base, 'POST', '/dashboard', '{}')).status).not.toBe(302);
  });

  test('the redirect works whether or not the pages are built', async () => {
    const r = await raw(unbuiltBase, 'GET', '/dashboard?from=2026-11-01&to=2026-11-02');
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/console#/overview?from=2026-11-01&to=2026-11-02');
  });
});

describe.each(Object.entries(PAGES))('the page %s', (route, file) => {
  test.each([route, `${route}/`])('GET %s answers the built page, never cached without revalidation', async (p) => {
    const r = await get(p);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body).toBe(FILES[file]);
    expect(r.headers['content-length']).toBe(String(Buffer.byteLength(FILES[file]!)));
    expect(r.headers['cache-control']).toBe('no-cache');
    expectPageHeaders(r);
  });

  test('a query string (a bookmarked period) still answers the page', async () => {
    const r = await get(`${route}?from=2026-11-01&to=2026-11-21`);
    expect(r.status).toBe(200);
    expect(r.body).toBe(FILES[file]);
  });

  test('HEAD answers the headers and no body', async () => {
    const r = await raw(base, 'HEAD', route);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-length']).toBe(String(Buffer.byteLength(FILES[file]!)));
    expect(r.headers['cache-control']).toBe('no-cache');
    expectPageHeaders(r);
    expect(r.body).toBe('');
  });
});

test('every page and asset response carries all the page security headers', async () => {
  for (const p of ['/console', '/dashboard', '/assets/app-abc123.js', '/assets/missing-000.js']) {
    const r = await get(p);
    for (const [k, v] of Object.entries(PAGE_HEADERS)) expect([p, k, r.headers[k]]).toEqual([p, k, v]);
  }
  expect(PAGE_HEADERS['x-frame-options']).toBe('DENY');
});

describe('assets', () => {
  test.each([
    ['/assets/app-abc123.js', 'text/javascript; charset=utf-8', 'assets/app-abc123.js'],
    ['/assets/app-abc123.css', 'text/css; charset=utf-8', 'assets/app-abc123.css'],
    ['/assets/logo-1f2e3d.svg', 'image/svg+xml', 'assets/logo-1f2e3d.svg'],
    ['/assets/app-abc123.js.map', 'application/json', 'assets/app-abc123.js.map'],
  ])('%s answers %s with the file, cached for good (hashed names)', async (p, type, file) => {
    const r = await get(p);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe(type);
    expect(r.body).toBe(FILES[file]);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  test('HEAD on an asset answers its headers and no body', async () => {
    const r = await raw(base, 'HEAD', '/assets/app-abc123.js');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers['content-length']).toBe(String(Buffer.byteLength(FILES['assets/app-abc123.js']!)));
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.body).toBe('');
  });

  test('a missing asset is 404 and not cached', async () => {
    const r = await get('/assets/app-000000.js');
    expect(r.status).toBe(404);
    expect(r.body).toBe('Not found');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  test.each(['/assets/notes.txt', '/assets/app-abc123', '/assets/app-abc123.js.bak', '/assets/app-abc123.html'])('an unknown extension is 404: %s', async (p) => {
    const r = await get(p);
    expect(r.status).toBe(404);
    expect(r.body).toBe('Not found');
  });

  test('a folder named like an asset is 404, not an error', async () => {
    fs.mkdirSync(path.join(dir, 'assets', 'folder-abc123.js'), { recursive: true });
    const r = await get('/assets/folder-abc123.js');
    expect(r.status).toBe(404);
  });

  test('the assets folder itself is not listed', async () => {
    for (const p of ['/assets/', '/assets']) {
      const r = await get(p);
      expect([p, r.status]).toEqual([p, 404]);
    }
  });
});

describe('nothing outside the assets folder is ever served', () => {
  const attempts = [
    '/assets/../package.json',
    '/assets/../secret.js',
    '/assets/../../package.json',
    '/assets/%2e%2e/secret.js',
    '/assets/%2e%2e%2fsecret.js',
    '/assets/%2e%2e%2fpackage.json',
    '/assets/..%2fsecret.js',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2E%2E%2Fsecret.js',
    '/assets/..%5csecret.js',
    '/assets/..\\secret.js',
    '/assets/%252e%252e%252fsecret.js',
    '/assets//secret.js',
    '/assets/sub/x.js',
    '/assets/sub%2fx.js',
    '/assets/.hidden.js',
    '/assets/../console.html',
    '/secret.js',
    '/package.json',
    '/console.html',
  ];

  test.each(attempts)('%s is 404', async (p) => {
    const r = await get(p);
    expect(r.status).toBe(404);
    expect(r.body).toBe('Not found');
    expect(r.body).not.toContain('SECRET');
    expect(r.body).not.toContain('OUTSIDE_ASSETS');
    expect(r.body).not.toContain('nested()');
    expect(r.body).not.toContain('hidden()');
  });

  test('HEAD on a traversal attempt is 404 too', async () => {
    expect((await raw(base, 'HEAD', '/assets/..%2fsecret.js')).status).toBe(404);
    expect((await raw(base, 'HEAD', '/assets/../package.json')).status).toBe(404);
  });
});

describe('only GET and HEAD are served', () => {
  test('POST /console falls through the route: 404 Not found', async () => {
    const r = await raw(base, 'POST', '/console', '{}');
    expect(r.status).toBe(404);
    expect(r.body).toBe('Not found');
    expect(r.body).not.toContain('窗口工作台');
  });

  test('PUT on an asset falls through the route too', async () => {
    const r = await raw(base, 'PUT', '/assets/app-abc123.js', '{}');
    expect(r.status).toBe(404);
    expect(r.body).toBe('Not found');
  });
});

describe('pages not built', () => {
  test.each(Object.keys(PAGES))('%s answers 503 with a page telling to run npm run build', async (route) => {
    const r = await raw(unbuiltBase, 'GET', route);
    expect(r.status).toBe(503);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body).toContain('npm run build');
    expect(r.body).toContain(route);
    expectPageHeaders(r);
  });

  test('HEAD answers 503 without a body', async () => {
    const r = await raw(unbuiltBase, 'HEAD', '/console');
    expect(r.status).toBe(503);
    expect(r.body).toBe('');
  });

  test('assets are 404', async () => {
    expect((await raw(unbuiltBase, 'GET', '/assets/app-abc123.js')).status).toBe(404);
  });

  test('/graphql is unaffected', async () => {
    const data = await ok(`${unbuiltBase}/graphql`, '{ townships { id name } }');
    expect(data.townships.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['河口镇', '白水乡']));
  });
});

describe('the gateway beside the pages', () => {
  test('/graphql still answers queries', async () => {
    const data = await ok(net.gatewayUrl, '{ townships { id name } }');
    expect(data.townships.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['河口镇', '白水乡']));
  });

  test('GET /graphql with a query still reaches the graph, not the pages', async () => {
    const r = await raw(base, 'GET', `/graphql?query=${encodeURIComponent('{ townships { name } }')}`, undefined, { 'apollo-require-preflight': 'true' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    expect(JSON.parse(r.body).data.townships.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['河口镇', '白水乡']));
  });

  test('/health still answers', async () => {
    const r = await get('/health');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ service: 'gateway', status: 'ok' });
  });

  test('an unknown path falls through to the server 404 Not found', async () => {
    const r = await get('/nowhere');
    expect(r.status).toBe(404);
    expect(r.body).toBe('Not found');
  });
});

describe('demo tokens outside production', () => {
  let dev: Network;
  beforeAll(async () => {
    dev = await startNetwork({ env: { DEV_TOKENS: 'true' }, gatewayRoutes: (config) => gatewayRoutes(config, dir) });
  });
  afterAll(async () => dev?.stop());

  test('the pages can tell demo sign-in is offered, and a demo token is issued', async () => {
    const origin = new URL(dev.gatewayUrl).origin;
    expect(await (await fetch(`${origin}/dev/token/enabled`)).json()).toEqual({ enabled: true });
    const r = await fetch(`${origin}/dev/token?role=SUPERVISOR`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { principal: { role: string } }).principal.role).toBe('SUPERVISOR');
    expect((await fetch(`${origin}/console`)).status).toBe(200);
  });
});
