/** 网上申报 on a phone: from an item's guide to a receipt, the case in the window's queue, then tracked. */
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { screenshot } from './support/browser';
import { ok } from '../support/network';
import { pickOption, queueShown, signInWithToken } from './support/console-page';
import { residentIdCheckChar } from '../../subgraphs/shared/domain/identity';

const demo = demoPages();
const ID17 = '51102219850612341';
const ID = ID17 + residentIdCheckChar(ID17);

interface Item { id: string; name: string; department: { id: string; name: string }; materials: { name: string; mandatory: boolean }[] }

async function countyItemWithMaterials(): Promise<Item> {
  const r = await ok(demo.net.gatewayUrl, `{ countyItems { id name department { id name } materials { name mandatory } } }`);
  return r.countyItems.find((i: Item) => i.materials.filter((m) => m.mandatory).length >= 2);
}

test('an applicant applies online from the guide, gets the number and query code, and the department sees it as 网上申报', async () => {
  const item = await countyItemWithMaterials();
  const { page } = await demo.watch('phone');
  await page.goto(`${originOf(demo.net)}/guide#/items/county/${item.id}`);
  await page.locator('[data-test="guide-apply"]').click();
  await page.locator('[data-test="apply-form"]').waitFor();
  expect(await page.locator('[data-test="apply-window"]').textContent()).toBe(item.department.name);

  // Sent empty: each field says what is missing and nothing is stored.
  await page.click('#apply-submit');
  await page.getByText('请填写姓名').waitFor();
  await page.getByText('请填写手机号码，窗口将电话联系您').waitFor();
  await page.getByText('请阅读并同意后提交').waitFor();

  await page.fill('#apply-name', '网申测试人');
  await page.fill('#apply-id', ID17 + (ID[17] === '0' ? '1' : '0'));
  await page.fill('#apply-phone', '13912345678');
  await page.getByText('身份证号码校验不通过，请逐位核对').waitFor();
  await page.fill('#apply-id', ID);
  // Untick one mandatory material: the page warns, and the application may still go.
  const firstMandatory = item.materials.find((m) => m.mandatory)!.name;
  await page.locator('[data-test="apply-materials"] .el-checkbox', { hasText: firstMandatory }).first().click();
  await page.locator('[data-test="apply-missing"]').waitFor();
  await page.locator('#apply-agree').check({ force: true }).catch(async () => page.getByText('我确认所填信息真实').click());
  await page.fill('#apply-note', '周一上午到窗口');
  await screenshot(page, 'apply-form-390x844');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.click('#apply-submit');

  await page.locator('[data-test="apply-receipt"]').waitFor();
  const number = (await page.locator('[data-test="receipt-number"]').textContent())!.trim();
  const code = (await page.locator('[data-test="receipt-code"]').textContent())!.trim();
  await screenshot(page, 'apply-receipt-390x844');

  // The department's clerk finds it in the queue, received online, with what the applicant ticked.
  const clerk = await demo.net.token({ role: 'COUNTY_CLERK', departmentId: item.department.id });
  const found = (await ok(demo.net.gatewayUrl, `query($n: String!) { countyCases(filter: { number: $n, channel: [ONLINE] }) { nodes { status channel applicant { name idNumber phone } history { label note } } } }`, { n: number }, clerk)).countyCases.nodes;
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ status: 'RECEIVED', channel: 'ONLINE', applicant: { name: '网申测试人', idNumber: ID, phone: '13912345678' } });
  expect(found[0].history[0].label).toBe('网上申报');
  expect(found[0].history[0].note).toContain('周一上午到窗口');

  // The receipt's link opens the tracking page on the case, online step first.
  await page.locator('[data-test="receipt-track"]').click();
  await page.waitForURL(`**/track?number=${number}&code=${code}`);
  await page.getByText('网上申报').first().waitFor();
});

test('the department clerk filters the queue to 网上申报 and sees each marked 网', async () => {
  const item = await countyItemWithMaterials();
  const clerk = await demo.net.token({ role: 'COUNTY_CLERK', departmentId: item.department.id, name: '窗口甲' });
  const online = (await ok(demo.net.gatewayUrl, `{ countyCases(filter: { channel: [ONLINE] }) { total nodes { number } } }`, {}, clerk)).countyCases;
  expect(online.total).toBeGreaterThan(0);
  const { page } = await demo.watch('laptop');
  await signInWithToken(page, originOf(demo.net), clerk);
  await queueShown(page);
  await pickOption(page, 'filter-channel', '网上申报');
  await page.getByText(`共 ${online.total} 件`).waitFor();
  const numbers = await page.locator('[data-test="case-number"]').allTextContents();
  expect(numbers).toEqual(online.nodes.map((n: { number: string }) => n.number).slice(0, numbers.length));
  expect(await page.locator('[data-test="online"]').count()).toBe(numbers.length);
  await screenshot(page, 'queue-online-1366x768');
});
