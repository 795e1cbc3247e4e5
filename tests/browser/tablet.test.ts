/**
 * The console on a tablet (1024×768, landscape): every working view fits the screen's width. Wide
 * tables may scroll inside their own box, but the page itself never scrolls sideways.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { queueShown, signInWithToken } from './support/console-page';
import { ok } from '../support/network';

const pages = demoPages();
let countyClerk: string;
let townshipClerk: string;
let caseId: string;

beforeAll(async () => {
  const { departments, townships } = await ok<{ departments: { id: string; code: string }[]; townships: { id: string }[] }>(
    pages.net.gatewayUrl,
    '{ departments { id code } townships { id } }',
  );
  const department = departments.find((d) => d.code === 'SCJG')!;
  countyClerk = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: department.id, name: '平板测试员' });
  townshipClerk = await pages.net.token({ role: 'TOWNSHIP_CLERK', townshipId: townships[0]!.id, name: '平板测试员' });
  const { countyCases } = await ok<{ countyCases: { nodes: { id: string }[] } }>(pages.net.gatewayUrl, '{ countyCases(limit: 1) { nodes { id } } }', {}, countyClerk);
  caseId = countyCases.nodes[0]!.id;
}, 240_000);

/** How wide the page is against the screen, and the outermost elements sticking out to the right. */
async function expectNoSideScroll(page: Page, name: string): Promise<void> {
  // Let late layout (charts, fonts, table columns) settle before measuring.
  await page.waitForTimeout(300);
  await screenshot(page, `tablet-${name}-1024x768`);
  const m = await page.evaluate(() => {
    const inner = window.innerWidth;
    const out = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > inner + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > inner + 1))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`);
    return { view: location.hash || location.pathname, scrollWidth: document.documentElement.scrollWidth, innerWidth: inner, out };
  });
  expect(m.innerWidth).toBe(1024);
  expect({ ...m, fits: m.scrollWidth <= m.innerWidth }).toEqual({ ...m, fits: true });
}

async function signedIn(token: string): Promise<Page> {
  const { page } = await pages.watch('tablet');
  await signInWithToken(page, originOf(pages.net), token);
  return page;
}

test('总览: the county dashboard fits a tablet’s width', async () => {
  const page = await signedIn(await pages.net.token({ role: 'SUPERVISOR', name: '效能督查员' }));
  await page.goto(`${originOf(pages.net)}/console#/overview`);
  await page.waitForSelector('body[data-loaded]');
  await page.waitForSelector('#departments-chart canvas');
  await expectNoSideScroll(page, 'overview');
});

test('乡镇窗口, 待办 and 委托受理: the township queue, board and intake form fit a tablet’s width', async () => {
  const page = await signedIn(townshipClerk);
  await queueShown(page);
  await expectNoSideScroll(page, 'township-queue');
  await page.click('.el-menu-item:has-text("待办")');
  await page.waitForSelector('#township-board');
  await expectNoSideScroll(page, 'township-board');
  await page.click('.el-menu-item:has-text("委托受理")');
  await page.waitForSelector('#intake-item');
  await expectNoSideScroll(page, 'intake');
});

test('我的办件 and the case detail fit a tablet’s width', async () => {
  const page = await signedIn(countyClerk);
  await queueShown(page);
  await expectNoSideScroll(page, 'queue');
  await page.goto(`${originOf(pages.net)}/console#/cases/${caseId}`);
  await page.waitForSelector('[data-test="case-status"]');
  await expectNoSideScroll(page, 'case');
});
