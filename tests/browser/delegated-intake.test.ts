/**
 * 委托受理 in the staff console, through the page only: a township clerk takes in a county item on
 * the county's behalf — also while the county service is stopped, when the township answers from
 * its copy of the catalog and the intake is forwarded once the county is back. Every result is
 * checked through GraphQL with the clerk's own token.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { pickOption, signInWithToken } from './support/console-page';
import { ok } from '../support/network';
import { creditCodeCheckChar, residentIdCheckChar } from '../../subgraphs/shared/domain/identity';

// The county is stopped and started again in the middle: its data must survive (files, not memory).
const pages = demoPages({ persistent: true });

interface Offered {
  countyItem: { id: string };
  name: string;
  kind: 'IMMEDIATE' | 'PROMISED';
  promisedDays: number;
  materials: { name: string; mandatory: boolean }[];
}
const OFFERED = `query($t: ID!) { delegableCountyItems(townshipId: $t) { countyItem { id } name kind promisedDays materials { name mandatory } } }`;
const INTAKE = `query($id: ID!) { delegatedIntake(id: $id) { id number queryCode stage forwarded forwardedAt countyCaseNumber itemName expedited
  applicant { name idType idNumber phone } submittedMaterials history { step unitName } } }`;
const COUNT = `query($t: ID) { delegatedIntakes(filter: { townshipId: $t }, limit: 1) { total } }`;

let township: { id: string; name: string };
let clerk: string;
let item: Offered;

beforeAll(async () => {
  const { townships } = await ok<{ townships: { id: string; name: string }[] }>(pages.net.gatewayUrl, '{ townships { id name } }');
  for (const t of townships) {
    const offered = (await ok<{ delegableCountyItems: Offered[] }>(pages.net.gatewayUrl, OFFERED, { t: t.id })).delegableCountyItems;
    // An item with an optional material too, so the checklist shows both kinds.
    const found = offered.find((i) => i.kind === 'PROMISED' && i.materials.some((m) => m.mandatory) && i.materials.length > 1) ?? offered[0];
    if (found) {
      township = t;
      item = found;
      break;
    }
  }
  if (!item) throw new Error('the demo data has no county item delegated to a township');
  clerk = await pages.net.token({ role: 'TOWNSHIP_CLERK', townshipId: township.id, name: '委托受理测试员' });
}, 240_000);

const intakes = async () => (await ok<{ delegatedIntakes: { total: number } }>(pages.net.gatewayUrl, COUNT, { t: township.id }, clerk)).delegatedIntakes.total;
const intake = async (id: string) => (await ok(pages.net.gatewayUrl, INTAKE, { id }, clerk)).delegatedIntake;
const mandatory = () => item.materials.filter((m) => m.mandatory).map((m) => m.name);

async function openIntakeForm(): Promise<Page> {
  const { page } = await pages.watch('laptop');
  await signInWithToken(page, originOf(pages.net), clerk);
  await page.waitForSelector('[data-test="queue-total"]');
  expect(await page.$$eval('.el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).toEqual(['乡镇窗口', '收件', '委托受理', '待办', '督办与整改']);
  await page.click('.el-menu-item:has-text("委托受理")');
  await page.waitForSelector('#intake-item');
  return page;
}

async function chooseItemAndMaterials(page: Page, materials: string[]): Promise<void> {
  await pickOption(page, 'intake-item', item.name);
  await page.waitForSelector('#intake-materials');
  const shown = await page.$$eval('#intake-materials .material-line', (lines) => lines.map((l) => [l.querySelector('.el-checkbox')!.textContent!.trim(), !!l.querySelector('.el-tag')]));
  expect(shown).toEqual(item.materials.map((m) => [m.name, m.mandatory]));
  for (const m of materials) await page.click(`#intake-materials .el-checkbox:has-text("${m}")`);
}

/** The accepted intake's id, from the page's link to its detail. */
async function acceptedId(page: Page): Promise<string> {
  const href = (await page.getAttribute('#intake-open', 'href'))!;
  return href.replace('#/intakes/', '');
}

test('a township clerk accepts a delegated county item; a double click makes one intake, and the receipt is one click away', async () => {
  const page = await openIntakeForm();
  expect(await page.locator('[data-test="county-unreachable"]').count()).toBe(0);
  await chooseItemAndMaterials(page, mandatory());
  const first17 = '51102219850612301';
  const wrong = ['0', '1', '2'].find((c) => c !== residentIdCheckChar(first17))!;
  await page.fill('#intake-name', '李秀英');
  // The ID number is checked digit by digit while typing, as at the county window.
  await page.fill('#intake-id', first17 + wrong);
  await page.waitForSelector('.el-form-item__error:has-text("身份证号码校验不通过")');
  await page.fill('#intake-id', first17 + residentIdCheckChar(first17));
  await page.waitForSelector('.el-form-item__error:has-text("身份证号码校验不通过")', { state: 'detached' });
  await page.fill('#intake-phone', '13900001111');
  await page.click('.el-checkbox:has(#intake-expedited)');
  await screenshot(page, 'console-intake-form-1366x768');

  const before = await intakes();
  await page.dblclick('#intake-submit');
  await page.waitForSelector('[data-test="intake-accepted"]');
  const id = await acceptedId(page);
  expect(await intakes()).toBe(before + 1);
  const saved = await intake(id);
  expect(saved).toMatchObject({
    itemName: item.name,
    expedited: true,
    applicant: { name: '李秀英', idType: 'RESIDENT_ID', idNumber: first17 + residentIdCheckChar(first17), phone: '13900001111' },
  });
  expect([...saved.submittedMaterials].sort()).toEqual(mandatory().sort());
  expect(await page.textContent('[data-test="intake-number"]')).toBe(saved.number);
  expect(await page.textContent('[data-test="intake-code"]')).toBe(saved.queryCode);
  expect(await page.textContent('[data-test="forwarding-notice"]')).toContain('将自动转报县级部门');
  expect(await page.getAttribute('#intake-print', 'href')).toBe(`#/print/intake-receipt/township/${id}`);
  await screenshot(page, 'console-intake-accepted-1366x768');

  // The next applicant gets a fresh form and a fresh key: a second intake, not the first again.
  await page.click('#intake-next');
  await page.waitForSelector('#intake-item');
  expect(await page.inputValue('#intake-name')).toBe('');
});

test('a missing mandatory material stops the intake on the page and sends nothing', async () => {
  const page = await openIntakeForm();
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && /acceptDelegatedIntake/.test(r.postData() ?? '')) sent.push(r.postData()!);
  });
  await chooseItemAndMaterials(page, mandatory().slice(1));
  await page.fill('#intake-name', '王五');
  const first17 = '51102219791120457';
  await page.fill('#intake-id', first17 + residentIdCheckChar(first17));
  const before = await intakes();
  await page.click('#intake-submit');
  expect(await page.textContent('[data-test="intake-problem"] .el-alert__title')).toBe(`缺少必要材料：${mandatory()[0]}。委托受理须收齐必要材料。`);
  expect(sent).toEqual([]);
  expect(await intakes()).toBe(before);
});

test('with the county stopped, the township accepts from its copy of the catalog; the intake is forwarded once the county is back', async () => {
  await pages.net.stopCounty();
  let page!: Page;
  let id = '';
  try {
    page = await openIntakeForm();
    await page.waitForSelector('[data-test="county-unreachable"]');
    expect(await page.textContent('[data-test="county-unreachable"] .el-alert__title')).toContain('将自动转报');
    await chooseItemAndMaterials(page, mandatory());
    await page.click('#intake-kind .el-radio:has-text("单位")');
    await page.fill('#intake-name', '河口镇惠民超市有限公司');
    const code17 = '91511099MA6DL0001';
    await page.fill('#intake-id', code17 + creditCodeCheckChar(code17));
    await page.click('#intake-submit');
    await page.waitForSelector('[data-test="intake-accepted"]');
    id = await acceptedId(page);
    const waiting = await intake(id);
    expect(waiting).toMatchObject({ stage: 'WAITING_FORWARD', forwarded: false, countyCaseNumber: null, applicant: { idType: 'CREDIT_CODE' } });
    expect(await page.textContent('[data-test="intake-number"]')).toBe(waiting.number);
    expect(await page.textContent('[data-test="intake-code"]')).toBe(waiting.queryCode);
    const notice = await page.textContent('[data-test="forwarding-notice"]');
    expect(notice).toContain('县级系统暂时无法连接');
    expect(notice).toContain('将自动转报县级部门');
    await screenshot(page, 'console-intake-county-down');

    // The work board lists it as waiting to be forwarded.
    await page.click('.el-menu-item:has-text("待办")');
    await page.waitForSelector('#township-board[data-state="ready"]');
    await page.click('#tab-waitingForward');
    expect(await page.locator(`[data-panel="waitingForward"] [data-number="${waiting.number}"]`).count()).toBe(1);
  } finally {
    await pages.net.startCounty();
  }

  // Past the forwarder's back-off, the township delivers it to the county on its own.
  const start = pages.net.clock.now().getTime();
  let forwarded = await intake(id);
  for (let i = 0; i < 100 && !forwarded.forwarded; i++) {
    pages.net.clock.set(new Date(start + (i + 1) * 61_000).toISOString());
    await new Promise((r) => setTimeout(r, 300));
    forwarded = await intake(id);
  }
  expect(forwarded.forwarded).toBe(true);
  expect(forwarded.countyCaseNumber).toMatch(/\S/);

  // The detail shows both tiers' steps: the township's acceptance and the county's receipt.
  await page.click(`[data-panel="waitingForward"] [data-number="${forwarded.number}"]`);
  await page.waitForSelector('[data-test="intake-forwarded"]');
  for (let i = 0; i < 20 && (await page.getAttribute('[data-test="intake-forwarded"]', 'data-forwarded')) !== 'true'; i++) {
    await page.reload();
    await page.waitForSelector('[data-test="intake-forwarded"]');
  }
  expect(await page.getAttribute('[data-test="intake-forwarded"]', 'data-forwarded')).toBe('true');
  const tiers = await page.$$eval('[data-test="intake-step"]', (els) => els.map((e) => e.getAttribute('data-tier')));
  expect(tiers[0]).toBe('TOWNSHIP');
  expect(tiers).toContain('COUNTY');
  expect(tiers.length).toBe(forwarded.history.length);
  expect(await page.textContent('.el-descriptions')).toContain(forwarded.countyCaseNumber);
  await screenshot(page, 'console-intake-detail-1366x768');
});
