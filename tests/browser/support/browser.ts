import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../../subgraphs/shared/graphql/sdl';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH points elsewhere if needed. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep the browser off the network: no updates, sync, safe-browsing or QUIC probes. */
const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--metrics-recording-only',
];

export const SCREENS = { wall: { width: 1920, height: 1080 }, laptop: { width: 1366, height: 768 }, tablet: { width: 1024, height: 768 }, phone: { width: 390, height: 844 } } as const;
export type ScreenName = keyof typeof SCREENS;

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: install it with "apt-get install chromium" or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: OFFLINE_FLAGS });
}

export interface WatchedPage {
  page: Page;
  /** Every request the page made to an address outside localhost (refused, and a test failure). */
  outside: string[];
  /** Console errors and uncaught exceptions of the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A fresh browser context (no cookies, no storage) at a screen size, watching where the page goes. */
export async function openPage(browser: Browser, screen: ScreenName = 'laptop'): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: SCREENS[screen], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const outside: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    outside.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  return { page, outside, pageErrors, close: () => context.close() };
}

/** Screenshots go to test-output/screenshots (ignored by git); the README's come from scripts/screenshots. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(projectRoot(), 'test-output', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The front-end build the gateway serves; `npm run test:browser` builds it first. */
export function assertPagesBuilt(): void {
  const file = path.join(projectRoot(), 'dist', 'web', 'console.html');
  if (!fs.existsSync(file)) throw new Error('The pages are not built (dist/web is missing): run "npm run build" first');
}
