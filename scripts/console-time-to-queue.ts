import os from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../subgraphs/shared/config/env';
import { gatewayClient } from './lib/gateway-client';

/**
 * `npm run bench:console-load` (with `npm start` running on the demo data): a county clerk's cold
 * loads of 我的办件 (`/console#/queue`) in Debian's Chromium, each in a fresh browser context (empty
 * cache, signed in as the pages keep it: the token in sessionStorage). Reports the median and
 * spread of the time from navigation start to the first queue row shown, and the bytes the load
 * transferred as sent on the wire (compressed bodies), by kind.
 * Options: --runs N (default 15), --department CODE (default SCJG), --url http://127.0.0.1:4000.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

interface Load {
  ms: number;
  rows: number;
  bytes: Record<string, number>;
  encodings: Set<string>;
}

/** Records, in the page, when the first queue row appears (performance.now() is from navigation start). */
const WATCH_ROWS = `
  new MutationObserver((_, o) => {
    if (document.querySelector('[data-test="case-number"]')) { window.__queueShownAt = performance.now(); o.disconnect(); }
  }).observe(document, { childList: true, subtree: true });`;

async function coldLoad(browser: Browser, base: string, token: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await context.addInitScript({ content: `sessionStorage.setItem('liandong.token', ${JSON.stringify(token)});${WATCH_ROWS}` });
    const page = await context.newPage();
    const responses: Promise<[string, number, string]>[] = [];
    page.on('requestfinished', (req) => {
      responses.push(
        (async () => {
          const sizes = await req.sizes();
          const enc = (await req.response())?.headers()['content-encoding'] ?? 'identity';
          return [req.resourceType(), sizes.responseBodySize + sizes.responseHeadersSize, enc] as [string, number, string];
        })(),
      );
    });
    await page.goto(`${base}/console#/queue`);
    await page.waitForSelector('[data-test="case-number"]', { timeout: 30_000 });
    const ms = (await page.evaluate('window.__queueShownAt')) as number;
    const rows = await page.locator('[data-test="case-number"]').count();
    await page.waitForLoadState('networkidle');
    const bytes: Record<string, number> = {};
    const encodings = new Set<string>();
    for (const [kind, size, enc] of await Promise.all(responses)) {
      bytes[kind] = (bytes[kind] ?? 0) + size;
      if (kind === 'script' || kind === 'stylesheet') encodings.add(enc);
    }
    return { ms, rows, bytes, encodings };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const base = arg('url', `http://127.0.0.1:${config.GATEWAY_PORT}`).replace(/\/+$/, '');
  const runs = Number(arg('runs', '15'));
  const code = arg('department', 'SCJG');
  const { token, call } = gatewayClient(`${base}/graphql`, config.JWT_SECRET);
  const admin = await token({ userId: 'bench-admin', name: '县中心管理员', role: 'COUNTY_ADMIN' });
  const { departments } = await call<{ departments: { id: string; code: string }[] }>('{ departments { id code } }', {}, admin);
  const department = departments.find((d) => d.code === code);
  if (!department) throw new Error(`no department ${code}`);
  const clerk = await token({ userId: 'bench-clerk', name: '窗口人员', role: 'COUNTY_CLERK', departmentId: department.id });
  const total = (await call<{ countyCases: { total: number } }>('{ countyCases(limit: 1) { total } }', {}, clerk)).countyCases.total;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const loads: Load[] = [];
  try {
    await coldLoad(browser, base, clerk); // the gateway's and the browser's own first start, not counted
    for (let i = 0; i < runs; i++) loads.push(await coldLoad(browser, base, clerk));
  } finally {
    await browser.close();
  }
  const times = loads.map((l) => l.ms);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const first = loads[0]!;
  const all = Object.values(first.bytes).reduce((a, b) => a + b, 0);
  console.log(`county clerk ${code}: ${total} cases, ${first.rows} rows on the first page; ${runs} cold loads of ${base}/console#/queue`);
  console.log(`time to queue rows shown: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
  console.log(`transferred (bodies as sent + headers): ${kb(all)} in all; ${Object.entries(first.bytes).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
  console.log(`script/stylesheet encodings: ${[...new Set(loads.flatMap((l) => [...l.encodings]))].join(', ')}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
