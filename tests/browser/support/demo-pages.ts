import type { Browser } from 'playwright-core';
import type { Network } from '../../support/network';
import { launchBrowser, openPage, type ScreenName, type WatchedPage } from './browser';
import { startDemoNetwork } from './demo-network';

export interface DemoPages {
  readonly net: Network;
  readonly browser: Browser;
  /** The pages opened in the current test; each is checked and closed after it. */
  readonly open: WatchedPage[];
  watch(screen: ScreenName): Promise<WatchedPage>;
}

/**
 * One demo network and one browser for a test file, and the checks every page test keeps: after
 * each test, no page requested an address outside localhost or logged an error.
 */
export function demoPages(o: { persistent?: boolean } = {}): DemoPages {
  let net: Network | undefined;
  let browser: Browser | undefined;
  const open: WatchedPage[] = [];
  beforeAll(async () => {
    net = await startDemoNetwork(o);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await net?.stop();
  });
  afterEach(async () => {
    for (const w of open.splice(0)) {
      expect(w.outside).toEqual([]);
      expect(w.pageErrors).toEqual([]);
      await w.close();
    }
  });
  return {
    get net() {
      return net!;
    },
    get browser() {
      return browser!;
    },
    open,
    async watch(screen) {
      const w = await openPage(browser!, screen);
      open.push(w);
      return w;
    },
  };
}
