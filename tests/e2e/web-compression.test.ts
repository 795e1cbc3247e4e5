import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startNetwork, type Network } from '../support/network';
import { PAGE_HEADERS, webPages } from '../../gateway/web-pages';
import { precompressDir } from '../../gateway/web-compression';

/**
 * Precompressed pages and assets through the gateway: a fake front-end build in a temporary folder
 * is precompressed as `npm run build` does, and each answer is checked byte for byte.
 */

let net: Network;
let base: string;
let dir: string;

const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ number: 'SCJG-20261120-${String(i).padStart(4, '0')}', status: '已受理' }`).join(', ')}];\n`;
const STYLE = `.queue td { padding: 4px 8px; }\n`.repeat(200);
const PAGE = `<!doctype html><html lang="zh-CN"><title>窗口工作台</title>${'<div class="row">办件</div>'.repeat(100)}</html>`;
const FILES: Record<string, string> = {
  'console.html': PAGE,
  'dashboard.html': '<!doctype html><title>县级看板</title>',
  'township.html': '<!doctype html><title>乡镇工作台</title>',
  'track.html': '<!doctype html><title>办件查询</title>',
  'assets/console-abc123.js': SCRIPT,
  'assets/console-abc123.css': STYLE,
  // Too small to gain from compression: served as is, whatever the browser accepts.
  'assets/tiny-000111.js': 'x();\n',
};

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function raw(method: string, rawPath: string, headers: Record<string, string> = {}): Promise<Raw> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-web-gz-'));
  for (const [name, content] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  precompressDir(dir);
  net = await startNetwork({ gatewayRoutes: () => [webPages(dir)] });
  base = new URL(net.gatewayUrl).origin;
});

afterAll(async () => {
  await net?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the build writes brotli and gzip copies beside text files that gain from them, and none beside tiny ones', () => {
  for (const f of ['console.html', 'assets/console-abc123.js', 'assets/console-abc123.css']) {
    const body = fs.readFileSync(path.join(dir, f));
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${f}.br`))).equals(body)).toBe(true);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${f}.gz`))).equals(body)).toBe(true);
    expect(fs.statSync(path.join(dir, `${f}.br`)).size).toBeLessThan(body.length);
  }
  expect(fs.existsSync(path.join(dir, 'assets/tiny-000111.js.gz'))).toBe(false);
  expect(fs.existsSync(path.join(dir, 'assets/tiny-000111.js.br'))).toBe(false);
});

describe.each([
  ['/assets/console-abc123.js', 'assets/console-abc123.js', 'text/javascript; charset=utf-8'],
  ['/assets/console-abc123.css', 'assets/console-abc123.css', 'text/css; charset=utf-8'],
  ['/console', 'console.html', 'text/html; charset=utf-8'],
])('%s', (route, file, type) => {
  const original = () => fs.readFileSync(path.join(dir, file));

  test('brotli when the browser accepts it (as Chromium asks), with the original type and the body’s length', async () => {
    const r = await raw('GET', route, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['vary']).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toBe(type);
    expect(r.headers['content-length']).toBe(String(r.body.length));
    expect(r.body.length).toBeLessThan(original().length);
    expect(zlib.brotliDecompressSync(r.body).equals(original())).toBe(true);
    for (const [k, v] of Object.entries(PAGE_HEADERS)) expect(r.headers[k]).toBe(v);
  });

  test('gzip when brotli is not accepted', async () => {
    const r = await raw('GET', route, { 'accept-encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['vary']).toBe('Accept-Encoding');
    expect(r.headers['content-length']).toBe(String(r.body.length));
    expect(zlib.gunzipSync(r.body).equals(original())).toBe(true);
  });

  test('the preferred one by q-value; q=0 refuses an encoding', async () => {
    expect((await raw('GET', route, { 'accept-encoding': 'br;q=0.5, gzip;q=0.9' })).headers['content-encoding']).toBe('gzip');
    expect((await raw('GET', route, { 'accept-encoding': 'br;q=0, gzip;q=0' })).headers['content-encoding']).toBeUndefined();
    expect((await raw('GET', route, { 'accept-encoding': '*' })).headers['content-encoding']).toBe('br');
    expect((await raw('GET', route, { 'accept-encoding': '*, br;q=0' })).headers['content-encoding']).toBe('gzip');
  });

  test.each([{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'deflate' }])('identity otherwise (%p): the file as is, still saying it varies', async (headers) => {
    const r = await raw('GET', route, headers as Record<string, string>);
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers['vary']).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toBe(type);
    expect(r.headers['content-length']).toBe(String(original().length));
    expect(r.body.equals(original())).toBe(true);
  });

  test('HEAD answers the compressed length and no body', async () => {
    const get = await raw('GET', route, { 'accept-encoding': 'br' });
    const head = await raw('HEAD', route, { 'accept-encoding': 'br' });
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(String(get.body.length));
    expect(head.body.length).toBe(0);
  });
});

test('a file too small to compress is served as is, without Vary', async () => {
  const r = await raw('GET', '/assets/tiny-000111.js', { 'accept-encoding': 'br, gzip' });
  expect(r.headers['content-encoding']).toBeUndefined();
  expect(r.headers['vary']).toBeUndefined();
  expect(r.body.toString()).toBe('x();\n');
});

test('the compressed copies themselves are not assets', async () => {
  for (const p of ['/assets/console-abc123.js.gz', '/assets/console-abc123.js.br', '/console.html.br']) {
    expect([p, (await raw('GET', p, { 'accept-encoding': 'br' })).status]).toEqual([p, 404]);
  }
});

test('a copy older than its file (a file changed after the build) is ignored: the new file is served as is', async () => {
  const file = path.join(dir, 'assets/console-abc123.css');
  const changed = `${STYLE}.changed { color: red; }\n`;
  fs.writeFileSync(file, changed);
  const later = new Date(Date.now() + 60_000);
  fs.utimesSync(file, later, later);
  const r = await raw('GET', '/assets/console-abc123.css', { 'accept-encoding': 'br, gzip' });
  expect(r.headers['content-encoding']).toBeUndefined();
  expect(r.body.toString()).toBe(changed);
});
