/** The public service guides (/guide) in a real Chromium against the demo network, on a phone and a laptop. */
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { screenshot } from './support/browser';
import { ok } from '../support/network';

const demo = demoPages();

interface Catalog {
  departments: { id: string; name: string }[];
  townships: { id: string; name: string }[];
  countyItems: { id: string; code: string; name: string; kind: string; promisedDays: number; legalDays: number; legalBasis: string; guideText: string | null; delegable: boolean; department: { id: string; name: string }; delegatedTownships: { id: string }[] | null; fee: { amountFen: number } | null; materials: { name: string; mandatory: boolean }[] }[];
  townshipItems: { id: string; name: string; township: { id: string; name: string } }[];
}

async function catalog(): Promise<Catalog> {
  return ok(
    demo.net.gatewayUrl,
    `{ departments { id name } townships { id name } countyItems { id code name kind promisedDays legalDays legalBasis guideText delegable department { id name } delegatedTownships { id } fee { amountFen } materials { name mandatory } } townshipItems(limit: 500) { id name township { id name } } }`,
  ) as Promise<Catalog>;
}

const noSidewaysScroll = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('without a token, the list shows every item of both tiers and search narrows it', async () => {
  const c = await catalog();
  const { page } = await demo.watch('phone');
  await page.goto(`${originOf(demo.net)}/guide`);
  const count = page.locator('[data-test="guide-count"]');
  await count.waitFor();
  expect(await count.textContent()).toBe(`共 ${c.countyItems.length + c.townshipItems.length} 项`);
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
  await screenshot(page, 'guide-list-390x844');

  const target = c.countyItems.find((i) => i.delegable)!;
  await page.fill('#guide-search', target.name);
  await page.locator('[data-test="guide-item"]', { hasText: target.name }).first().waitFor();
  const shown = await page.locator('[data-test="guide-item"] .guide-card-name').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every((n) => n.includes(target.name))).toBe(true);

  await page.fill('#guide-search', '没有这样的事项名称');
  await page.getByText('没有符合条件的事项').waitFor();
});

test('an item page holds its terms, materials, fee, basis and every window that takes it; it prints and fits a phone', async () => {
  const c = await catalog();
  const item = c.countyItems.find((i) => i.delegable && i.materials.length > 1)!;
  const { page } = await demo.watch('phone');
  await page.goto(`${originOf(demo.net)}/guide#/items/county/${item.id}`);
  await page.locator('[data-test="guide-page"]').waitFor();
  expect(await page.locator('h1').textContent()).toBe(item.name);
  expect(await page.locator('[data-test="guide-owner"]').textContent()).toBe(item.department.name);
  expect(await page.locator('[data-test="guide-basis"]').textContent()).toBe(item.legalBasis);
  if (item.guideText?.trim()) expect(await page.locator('[data-test="guide-text"]').textContent()).toBe(item.guideText.trim());
  else expect(await page.locator('[data-test="guide-text"]').count()).toBe(0);
  const time = await page.locator('[data-test="guide-time"]').textContent();
  expect(time).toBe(item.kind === 'IMMEDIATE' ? '即来即办（当场办结）' : `承诺 ${item.promisedDays} 个工作日办结（法定 ${item.legalDays} 个工作日）`);
  if (!item.fee || item.fee.amountFen === 0) expect(await page.locator('[data-test="guide-fee"]').textContent()).toBe('不收费');

  const materials = await page.locator('[data-test="guide-materials"] .material-name').allTextContents();
  expect([...materials].sort()).toEqual(item.materials.map((m) => m.name).sort());
  expect(materials.slice(0, item.materials.filter((m) => m.mandatory).length).sort()).toEqual(item.materials.filter((m) => m.mandatory).map((m) => m.name).sort());

  const places = await page.locator('[data-test="guide-places"] li strong').allTextContents();
  const townships = item.delegatedTownships ? c.townships.filter((t) => item.delegatedTownships!.some((d) => d.id === t.id)) : c.townships;
  expect(places).toEqual([item.department.name, ...townships.map((t) => `${t.name}便民服务中心`)]);
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
  await screenshot(page, 'guide-item-390x844');

  // The printout keeps the guide and drops the page's frame and buttons.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.portal-header').isVisible()).toBe(false);
  expect(await page.locator('[data-test="guide-print"]').isVisible()).toBe(false);
  expect(await page.locator('[data-test="guide-materials"]').isVisible()).toBe(true);
});

test('a township item is handled at its township; the township filter shows the county items it takes in', async () => {
  const c = await catalog();
  const own = c.townshipItems[0];
  const { page } = await demo.watch('laptop');
  await page.goto(`${originOf(demo.net)}/guide#/items/township/${own.id}`);
  await page.locator('[data-test="guide-page"]').waitFor();
  expect(await page.locator('[data-test="guide-places"] li strong').allTextContents()).toEqual([`${own.township.name}便民服务中心`]);
  await screenshot(page, 'guide-township-item-1366x768');

  await page.goto(`${originOf(demo.net)}/guide#/`);
  await page.locator('[data-test="filter-unit"]').click();
  await page.locator('.el-select-dropdown__item', { hasText: own.township.name }).first().click();
  const expected =
    c.townshipItems.filter((i) => i.township.id === own.township.id).length +
    c.countyItems.filter((i) => i.delegable && (!i.delegatedTownships || i.delegatedTownships.some((t) => t.id === own.township.id))).length;
  await page.getByText(`共 ${expected} 项`).waitFor();
  await screenshot(page, 'guide-list-1366x768');
});

test('an unknown item address says so instead of a blank page', async () => {
  const { page } = await demo.watch('phone');
  await page.goto(`${originOf(demo.net)}/guide#/items/county/00000000-0000-4000-8000-000000000000`);
  await page.getByText('没有找到这个事项').waitFor();
});

test('the tracking page and the guides link to each other', async () => {
  const { page } = await demo.watch('phone');
  await page.goto(`${originOf(demo.net)}/track`);
  await page.getByRole('link', { name: '办事指南' }).click();
  await page.locator('[data-test="guide-count"]').waitFor();
  await page.getByRole('link', { name: '进度查询' }).click();
  await page.waitForURL('**/track');
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
});
