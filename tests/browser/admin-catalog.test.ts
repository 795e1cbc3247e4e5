/**
 * 中心管理 in a real Chromium against the demo network: a county administrator keeps departments,
 * items and village points on the pages only; every change is checked through GraphQL, and a
 * promised-days change is followed by a clerk's new case. A clerk cannot open these pages.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { pickOption, queueShown, signInWithToken, textShown } from './support/console-page';
import { ok } from '../support/network';
import { applicant } from '../support/fixtures';
import { computeDue } from '../../subgraphs/shared/domain/deadline';

const pages = demoPages();
let admin: string;

const DEPARTMENTS = '{ departments { id code name shortName window phone active } }';
const ITEM = `query($id: ID!) { countyItem(id: $id) { id code name promisedDays legalDays kind guideText department { id } materials { name originals copies mandatory } fee { amountFen basis } } }`;
const TOWNSHIP = `query($id: ID!) { township(id: $id) { id divisionCode villagePoints { id code name active } } }`;

beforeAll(async () => {
  admin = await pages.net.token({ role: 'COUNTY_ADMIN', userId: 'admin-page', name: '中心管理员' });
}, 240_000);

async function signedIn(): Promise<Page> {
  const { page } = await pages.watch('laptop');
  await signInWithToken(page, originOf(pages.net), admin);
  await page.waitForSelector('.el-menu-item-group');
  return page;
}

async function go(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(`${originOf(pages.net)}/console#${path}`);
  await page.waitForSelector(ready);
}

/** Confirms the open message box (停用 / 启用). */
async function confirmBox(page: Page): Promise<void> {
  await page.locator('.el-message-box__btns .el-button--primary').click();
}

/** Waits for a message of the page of this kind saying this, and returns its whole text. */
async function message(page: Page, kind: 'success' | 'error' | 'warning', says: string | RegExp): Promise<string> {
  const m = page.locator(`.el-message--${kind}`, { hasText: says }).first();
  await m.waitFor();
  return (await m.textContent())!.trim();
}

/** Types into an Element Plus number input and leaves it, so the number is taken. */
async function fillNumber(page: Page, selector: string, value: number): Promise<void> {
  await page.fill(selector, String(value));
  await page.press(selector, 'Tab');
}

const departments = async () => (await ok<{ departments: { id: string; code: string; name: string; shortName: string; window: string; phone: string; active: boolean }[] }>(pages.net.gatewayUrl, DEPARTMENTS)).departments;

test('the menu groups 中心管理 for an administrator; a department is created on the page, its form checked first', async () => {
  const page = await signedIn();
  expect(await page.textContent('.el-menu-item-group__title')).toContain('中心管理');
  await page.locator('.el-menu-item', { hasText: '部门' }).first().click();
  await page.waitForSelector('[data-test="departments"] .el-table__row');
  const before = await departments();
  await screenshot(page, 'console-admin-departments-1366x768');

  await page.click('[data-test="department-new"]');
  await page.click('[data-test="unit-save"]');
  await page.locator('.el-form-item__error', { hasText: '部门代码应为2–8位大写字母' }).waitFor();
  expect(await departments()).toHaveLength(before.length);

  await page.fill('#unit-code', 'wlj');
  await page.fill('#unit-name', '临江县物流发展局');
  await page.fill('#unit-shortName', '物流局');
  await page.fill('#unit-window', 'D区5号窗口');
  await page.fill('#unit-phone', '0839-5120999');
  await screenshot(page, 'console-admin-department-dialog-1366x768');
  await page.click('[data-test="unit-save"]');
  await message(page, 'success', '部门已新增');
  await page.locator('[data-test="departments"] .el-table__row', { hasText: '临江县物流发展局' }).waitFor();
  const created = (await departments()).find((d) => d.code === 'WLJ');
  expect(created).toMatchObject({ name: '临江县物流发展局', shortName: '物流局', window: 'D区5号窗口', phone: '0839-5120999', active: true });
});

test('an item with two materials is created and its materials reordered; a longer promise is saved with a warning and a new case follows it', async () => {
  const page = await signedIn();
  const dept = (await departments()).find((d) => d.code === 'WLJ')!;
  await go(page, '/admin/items', '[data-test="items"] .el-table__row');
  await screenshot(page, 'console-admin-items-1366x768');
  await page.click('[data-test="item-new"]');
  await page.waitForSelector('#item-code');
  await page.fill('#item-code', 'WLJ-001');
  await page.fill('#item-name', '快递末端网点备案');
  await pickOption(page, 'item-department', '临江县物流发展局');
  await fillNumber(page, '#item-legal-days', 20);
  await fillNumber(page, '#item-promised-days', 8);
  await page.fill('[data-test="material-name-0"]', '申请书');
  await page.click('[data-test="material-add"]');
  await page.fill('[data-test="material-name-1"]', '营业执照');
  await page.click('[data-test="material-up-1"]');
  await page.click('#item-charged label:has-text("收费") >> nth=1');
  await page.fill('#item-fee', '12.5');
  await page.fill('#item-fee-basis', '临江县物价文件〔2026〕3号');
  await page.fill('#item-legal-basis', '《快递暂行条例》第二十条');
  // The public guide reads as the form stands: materials in their new order, the fee in yuan.
  await textShown(page, '[data-test="guide-fee"]', '12.50 元（收费依据：临江县物价文件〔2026〕3号）');
  await page.fill('#item-guide', '请到县政务服务中心D区5号窗口办理，工作日 8:30–17:30。');
  await textShown(page, '[data-test="guide-text"]', '请到县政务服务中心D区5号窗口办理，工作日 8:30–17:30。');
  expect(await page.$$eval('[data-test="guide-material-name"]', (els) => els.map((e) => e.textContent!.trim()))).toEqual(['营业执照', '申请书']);
  await screenshot(page, 'console-admin-item-new-1366x768');
  await page.click('[data-test="item-save"]');
  await page.waitForURL(/#\/admin\/items\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  const item = (await ok(pages.net.gatewayUrl, ITEM, { id })).countyItem;
  expect(item).toMatchObject({ code: 'WLJ-001', kind: 'PROMISED', legalDays: 20, promisedDays: 8, department: { id: dept.id }, fee: { amountFen: 1250, basis: '临江县物价文件〔2026〕3号' }, guideText: '请到县政务服务中心D区5号窗口办理，工作日 8:30–17:30。' });
  expect(item.materials.map((m: { name: string }) => m.name)).toEqual(['营业执照', '申请书']);

  // Reorder once more, on the saved item, and promise 12 of 20 days: saved, with the policy warning shown.
  await page.waitForSelector('[data-test="material-down-0"]');
  await page.click('[data-test="material-down-0"]');
  await fillNumber(page, '#item-promised-days', 12);
  await page.locator('[data-test="share-hint"]').waitFor();
  await page.click('[data-test="item-save"]');
  expect(await message(page, 'warning', '已保存')).toMatch(/承诺/);
  await page.locator('[data-test="item-warning"]').first().waitFor();
  await screenshot(page, 'console-admin-item-edit-1366x768');
  const changed = (await ok(pages.net.gatewayUrl, ITEM, { id })).countyItem;
  expect(changed.promisedDays).toBe(12);
  expect(changed.materials.map((m: { name: string }) => m.name)).toEqual(['申请书', '营业执照']);

  // A clerk of the department receives and accepts a new case: due in the new 12 working days.
  const clerk = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: dept.id, userId: 'clerk-wlj', name: '物流窗口' });
  const received = (await ok(pages.net.gatewayUrl, `mutation($i: ReceiveCountyCaseInput!) { receiveCountyCase(input: $i) { id version } }`, {
    i: { requestId: 'admin-catalog-case-1', itemId: id, applicant: applicant(), submittedMaterials: ['申请书', '营业执照'] },
  }, clerk)).receiveCountyCase;
  const accepted = (await ok(pages.net.gatewayUrl, `mutation($i: CaseActionInput!) { actOnCountyCase(input: $i) { status deadline { dueDate } } }`, {
    i: { id: received.id, version: received.version, action: 'ACCEPT' },
  }, clerk)).actOnCountyCase;
  const calendar = await pages.net.county.services.calendar.calendar();
  const expected = computeDue({ acceptedAt: pages.net.clock.now(), kind: 'PROMISED', promisedDays: 12, calendar }).dueDate;
  expect(accepted).toEqual({ status: 'ACCEPTED', deadline: { dueDate: expected } });
  expect(computeDue({ acceptedAt: pages.net.clock.now(), kind: 'PROMISED', promisedDays: 8, calendar }).dueDate).not.toBe(expected);
});

test('a village point is edited and deactivated on its township’s page', async () => {
  const page = await signedIn();
  await go(page, '/admin/townships', '[data-test="townships"] .el-table__row');
  await screenshot(page, 'console-admin-townships-1366x768');
  await page.locator('[data-test="township-link"]').first().click();
  await page.waitForSelector('[data-test="villages"] .el-table__row');
  const townshipId = page.url().split('/').pop()!;
  const before = (await ok(pages.net.gatewayUrl, TOWNSHIP, { id: townshipId })).township;
  const village = before.villagePoints.find((v: { active: boolean }) => v.active)!;
  await screenshot(page, 'console-admin-township-1366x768');

  const row = page.locator('[data-test="villages"] .el-table__row', { hasText: village.code });
  await row.locator('[data-test="village-edit"]').click();
  await page.fill('#unit-name', '新名村便民服务室');
  await page.click('[data-test="unit-save"]');
  await message(page, 'success', '村便民服务室已保存');
  await page.locator('[data-test="villages"] .el-table__row', { hasText: '新名村便民服务室' }).waitFor();

  await row.locator('[data-test="village-toggle"]').click();
  await confirmBox(page);
  await message(page, 'success', '已停用');
  await textShown(page, `[data-test="villages"] .el-table__row:has-text("${village.code}") [data-test="village-state"]`, '已停用');
  const after = (await ok(pages.net.gatewayUrl, TOWNSHIP, { id: townshipId })).township;
  expect(after.villagePoints.find((v: { id: string }) => v.id === village.id)).toEqual({ id: village.id, code: village.code, name: '新名村便民服务室', active: false });

  // Its own items open in the same editor, for the township tier.
  await page.locator('.el-tabs__item', { hasText: '乡镇事项' }).click();
  await page.locator('[data-test="township-item-link"]').first().click();
  await page.waitForSelector('#item-supervising');
  expect(await page.locator('#item-department').count()).toBe(0);
  await page.locator('[data-test="guide-preview"]').waitFor();
  await screenshot(page, 'console-admin-township-item-1366x768');
});

test('a department with open cases cannot be deactivated: the page says why, and it stays active', async () => {
  const page = await signedIn();
  await go(page, '/admin/departments', '[data-test="departments"] .el-table__row');
  const scjg = (await departments()).find((d) => d.code === 'SCJG')!;
  const row = page.locator('[data-test="departments"] .el-table__row', { hasText: scjg.name });
  await row.locator('[data-test="department-toggle"]').click();
  await confirmBox(page);
  expect(await message(page, 'error', '未办结')).toMatch(/^部门尚有\d+件未办结的办件，不能停用/);
  await screenshot(page, 'console-admin-department-refused-1366x768');
  expect((await departments()).find((d) => d.code === 'SCJG')!.active).toBe(true);
  await textShown(page, `[data-test="departments"] .el-table__row:has-text("${scjg.name}") [data-test="department-state"]`, '启用');
});

test('a county clerk who types #/admin/items is sent home', async () => {
  const { departments: list } = await ok<{ departments: { id: string; code: string }[] }>(pages.net.gatewayUrl, '{ departments { id code } }');
  const clerk = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: list.find((d) => d.code === 'SCJG')!.id, name: '窗口测试员' });
  const { page } = await pages.watch('laptop');
  await signInWithToken(page, originOf(pages.net), clerk);
  await queueShown(page);
  await page.goto(`${originOf(pages.net)}/console#/admin/items`);
  await page.waitForURL(/#\/queue$/);
  await queueShown(page);
  expect(await page.locator('.el-menu-item-group').count()).toBe(0);
  expect(await page.locator('[data-test="items"]').count()).toBe(0);
});
