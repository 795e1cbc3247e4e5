/**
 * 网上申报 of a delegable county item at a township window: the applicant chooses the township on
 * the phone, the township clerk finds the application in the console marked 网, takes it in there,
 * and /track shows the journey with 网上申报 first.
 */
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { screenshot } from './support/browser';
import { ok } from '../support/network';
import { signInWithToken } from './support/console-page';
import { residentIdCheckChar } from '../../subgraphs/shared/domain/identity';

const demo = demoPages();
const ID17 = '51102219870915262';
const ID = ID17 + residentIdCheckChar(ID17);

interface Offered { countyItem: { id: string }; name: string; materials: { name: string; mandatory: boolean }[] }

async function delegatedItem(): Promise<{ township: { id: string; name: string }; item: Offered }> {
  const { townships } = await ok<{ townships: { id: string; name: string; active: boolean }[] }>(demo.net.gatewayUrl, '{ townships { id name active } }');
  for (const township of townships.filter((t) => t.active)) {
    const offered = (await ok<{ delegableCountyItems: Offered[] }>(demo.net.gatewayUrl, `query($t: ID!) { delegableCountyItems(townshipId: $t) { countyItem { id } name materials { name mandatory } } }`, { t: township.id })).delegableCountyItems;
    const item = offered.find((i) => i.countyItem && i.materials.some((m) => m.mandatory));
    if (item) return { township, item };
  }
  throw new Error('the demo data has no county item delegated to a township');
}

test('applied for at a township window on a phone, taken in by that township’s clerk in the console, tracked with 网上申报 first', async () => {
  const { township, item } = await delegatedItem();
  const origin = originOf(demo.net);

  // The applicant, on a phone: the window choice lists the department and the townships that take the item in.
  const { page } = await demo.watch('phone');
  await page.goto(`${origin}/guide#/items/county/${item.countyItem.id}`);
  await page.locator('[data-test="guide-apply"]').click();
  await page.locator('[data-test="apply-form"]').waitFor();
  await page.locator('[data-test="apply-windows"]').waitFor();
  await page.locator(`[data-test="apply-window-${township.id}"]`).click();
  expect(await page.locator('[data-test="apply-window"]').textContent()).toContain(township.name);
  await page.fill('#apply-name', '乡镇网申人');
  await page.fill('#apply-id', ID);
  await page.fill('#apply-phone', '13712345678');
  await page.locator('#apply-agree').check({ force: true }).catch(async () => page.getByText('我确认所填信息真实').click());
  await page.fill('#apply-note', '周二到镇便民服务中心');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'apply-township-form-390x844');
  await page.click('#apply-submit');
  await page.locator('[data-test="apply-receipt"]').waitFor();
  const number = (await page.locator('[data-test="receipt-number"]').textContent())!.trim();
  const code = (await page.locator('[data-test="receipt-code"]').textContent())!.trim();
  expect(await page.locator('[data-test="apply-receipt"]').textContent()).toContain(township.name);
  await screenshot(page, 'apply-township-receipt-390x844');

  // The township clerk: the work board shows it marked 网, and 受理 opens the delegated intake form filled from it.
  const clerk = await demo.net.token({ role: 'TOWNSHIP_CLERK', townshipId: township.id, name: '网申受理员' });
  const desk = (await demo.watch('laptop')).page;
  await signInWithToken(desk, origin, clerk);
  await desk.waitForSelector('[data-test="queue-total"]');
  await desk.click('.el-menu-item:has-text("待办")');
  const row = desk.locator('#online-applications tr', { has: desk.locator(`[data-online-number="${number}"]`) });
  await row.waitFor();
  expect((await row.locator('[data-test="online-mark"]').textContent())!.trim()).toBe('网');
  await screenshot(desk, 'township-online-applications-1366x768');
  await desk.click(`[data-online-open="${number}"]`);
  await desk.locator('[data-test="online-intake"]').waitFor();
  expect(await desk.locator('[data-test="online-intake"]').textContent()).toContain(number);
  expect(await desk.locator('[data-test="online-applicant"]').textContent()).toContain('乡镇网申人');
  // The intake form lists the waiting applications too, the same table with its own actions: this one's 受理 is greyed out while it is being taken in.
  const listed = desk.locator('[data-test="online-applications"] tr', { has: desk.locator(`[data-online-number="${number}"]`) });
  expect((await listed.locator('[data-test="online-mark"]').textContent())!.trim()).toBe('网');
  expect(await desk.locator(`[data-online-accept="${number}"]`).isDisabled()).toBe(true);
  expect(await desk.locator(`[data-online-decline="${number}"]`).isEnabled()).toBe(true);
  // Every mandatory material was ticked by the applicant; the clerk confirms what was received.
  await desk.click('#intake-submit');
  await desk.locator('[data-test="intake-accepted"]').waitFor();
  expect((await desk.locator('[data-test="intake-number"]').textContent())!.trim()).toBe(number);
  expect((await desk.locator('[data-test="intake-code"]').textContent())!.trim()).toBe(code);

  const found = (await ok(demo.net.gatewayUrl, `query($n: String!) { delegatedIntakes(filter: { number: $n }) { nodes { channel history { label } } } }`, { n: number }, clerk)).delegatedIntakes.nodes;
  expect(found).toHaveLength(1);
  expect(found[0].channel).toBe('ONLINE');
  expect(found[0].history.slice(0, 2).map((h: { label: string }) => h.label)).toEqual(['网上申报', '委托受理']);

  // The applicant follows it: 网上申报 first.
  await page.goto(`${origin}/track?number=${number}&code=${code}`);
  await page.locator('#timeline li').first().waitFor();
  const steps = await page.locator('#timeline li').allTextContents();
  expect(steps[0]).toContain('网上申报');
  expect(steps.some((s) => s.includes('委托受理'))).toBe(true);
});
