/**
 * The staff console (/console) in a real Chromium against the demo network: a county clerk's queue,
 * receiving a walk-in application and acting on cases, through the page only; every result is
 * checked through GraphQL with the clerk's own token.
 */
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './support/browser';
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { closeDropdowns, confirmAction, numbersInQueue, openAction, pickOption, queueShown, signInWithToken, textShown } from './support/console-page';
import { ok } from '../support/network';
import { residentIdCheckChar } from '../../subgraphs/shared/domain/identity';
import { signToken } from '../../subgraphs/shared/auth/jwt';

const pages = demoPages();
let clerk: string;
let department: { id: string; name: string };

interface Row {
  id: string;
  number: string;
  version: number;
  status: string;
}
const CASES = `query($f: CountyCaseFilter, $limit: Int) { countyCases(filter: $f, limit: $limit) { total nodes { id number version status } } }`;
const CASE = `query($id: ID!) { countyCase(id: $id) { id number version status statusLabel missingMaterials refusalReason resultDocumentNumber deliveryMethod trackingNumber applicant { name idNumber } item { name } } }`;
const cases = async (f: Record<string, unknown>, limit = 50) =>
  (await ok<{ countyCases: { total: number; nodes: Row[] } }>(pages.net.gatewayUrl, CASES, { f, limit }, clerk)).countyCases;
const caseById = async (id: string) => (await ok(pages.net.gatewayUrl, CASE, { id }, clerk)).countyCase;

beforeAll(async () => {
  const { departments } = await ok<{ departments: { id: string; code: string; name: string }[] }>(pages.net.gatewayUrl, '{ departments { id code name } }');
  department = departments.find((d) => d.code === 'SCJG')!;
  clerk = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: department.id, name: '窗口测试员' });
}, 240_000);

async function signedIn(): Promise<Page> {
  const { page } = await pages.watch('laptop');
  await signInWithToken(page, originOf(pages.net), clerk);
  await queueShown(page);
  return page;
}

async function openCase(page: Page, id: string): Promise<void> {
  await page.goto(`${originOf(pages.net)}/console#/cases/${id}`);
  await page.waitForSelector('[data-test="case-status"]');
}

test('a county clerk signs in as a demo identity and lands on the department’s queue, as the graph pages it', async () => {
  const { page } = await pages.watch('laptop');
  await page.goto(`${originOf(pages.net)}/console`);
  await page.waitForSelector('#demo-sign-in');
  await screenshot(page, 'console-sign-in-1366x768');
  await pickOption(page, 'demo-department', department.name);
  await page.click('#demo-sign-in');
  await queueShown(page);
  expect(await page.textContent('[data-test="who"]')).toContain('县级部门窗口');
  expect(await page.$$eval('.el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).toEqual(['我的办件', '收件', '督办与整改']);

  const all = await cases({}, 20);
  await textShown(page, '[data-test="queue-total"]', `共 ${all.total} 件`);
  expect(await numbersInQueue(page)).toEqual(all.nodes.map((n) => n.number));
  await screenshot(page, 'console-queue-1366x768');

  // The pager and the filters ask the graph, not the page: the second page, then received cases only.
  await page.click('.el-pager li:text-is("2")');
  const second = (await ok<{ countyCases: { nodes: Row[] } }>(pages.net.gatewayUrl, `{ countyCases(limit: 20, offset: 20) { nodes { number } } }`, {}, clerk)).countyCases.nodes;
  await textShown(page, '[data-test="case-number"]', second[0]!.number);
  expect(await numbersInQueue(page)).toEqual(second.map((n) => n.number));

  await pickOption(page, 'filter-status', '已接收');
  await closeDropdowns(page);
  const received = await cases({ status: ['RECEIVED'] }, 20);
  expect(received.total).toBeGreaterThan(0);
  await textShown(page, '[data-test="queue-total"]', `共 ${received.total} 件`);
  expect(await numbersInQueue(page)).toEqual(received.nodes.map((n) => n.number));

  await pickOption(page, 'filter-warning', '预警');
  await closeDropdowns(page);
  await textShown(page, '[data-test="queue-total"]', `共 0 件`);
  expect(await page.textContent('.el-table__empty-text')).toBe('没有符合条件的办件');
});

test('another role gets the overview, not the county window', async () => {
  const { page } = await pages.watch('laptop');
  await signInWithToken(page, originOf(pages.net), await pages.net.token({ role: 'SUPERVISOR', name: '督查员' }));
  await page.waitForSelector('body[data-loaded]');
  expect(await page.$$eval('.el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).toEqual(['总览', '乡镇工作台', '预警', '督办', '效能投诉', '好差评/整改', '否定报备', '操作日志']);
  expect(new URL(page.url()).hash).toMatch(/^#\/overview/);
  await page.goto(`${originOf(pages.net)}/console#/queue`);
  await page.waitForSelector('#figures');
  expect(new URL(page.url()).hash).toMatch(/^#\/overview/);
  expect(await page.$('[data-test="queue-total"]')).toBeNull();
});

test('a token the graph refuses sends the clerk back to sign in, saying why', async () => {
  // Chromium logs the gateway's 401 answer to the forged token as a console error: that refusal is
  // what this test provokes, so exactly that line is expected; anything else still fails.
  const refused = /^Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/;
  const w = await openPage(pages.browser, 'laptop');
  try {
    const forged = await signToken({ userId: 'u-forged', name: '冒名者', role: 'COUNTY_CLERK', departmentId: department.id }, 'x'.repeat(32));
    await signInWithToken(w.page, originOf(pages.net), forged);
    await w.page.waitForSelector('.el-alert:has-text("登录已失效")');
    expect(await w.page.$('[data-test="queue-total"]')).toBeNull();
    expect(await w.page.evaluate<string | null>(`sessionStorage.getItem('liandong.token')`)).toBeNull();
    await w.page.fill('#token-input', 'this-is-not-a-token');
    await w.page.click('#token-sign-in');
    await w.page.waitForSelector('.el-alert:has-text("令牌格式不正确")');
  } finally {
    await w.close();
  }
  expect(w.outside).toEqual([]);
  expect(w.pageErrors.filter((e) => !refused.test(e))).toEqual([]);
});

test('receiving a walk-in application: the ID is checked while typing, and a double click makes one case', async () => {
  const page = await signedIn();
  await page.click('.el-menu-item:text-is("收件")');
  await page.waitForSelector('#receive-item');
  const { department: d } = await ok(pages.net.gatewayUrl, `query($id: ID!) { department(id: $id) { items { id name active materials { name mandatory } } } }`, { id: department.id }, clerk);
  const item = d.items.find((i: { active: boolean; materials: unknown[] }) => i.active && i.materials.length >= 2);
  await pickOption(page, 'receive-item', item.name);
  await page.waitForSelector('#receive-materials');
  const mandatory = item.materials.filter((m: { mandatory: boolean }) => m.mandatory).map((m: { name: string }) => m.name);
  expect(await page.locator('#receive-materials .el-tag:has-text("必交")').count()).toBe(mandatory.length);
  if (mandatory.length) expect(await page.textContent('[data-test="missing-mandatory"]')).toContain(mandatory[0]);
  for (const m of item.materials) await page.click(`#receive-materials .el-checkbox:has-text("${m.name}")`);
  expect(await page.$('[data-test="missing-mandatory"]')).toBeNull();

  await page.fill('#receive-name', '李测试');
  const first17 = '51102219900307123';
  const wrong = residentIdCheckChar(first17) === '0' ? '1' : '0';
  await page.fill('#receive-id', first17 + wrong);
  await page.waitForSelector('.el-form-item__error:has-text("身份证号码校验不通过")');
  await page.fill('#receive-id', first17 + residentIdCheckChar(first17));
  await page.waitForSelector('.el-form-item.is-error', { state: 'detached' });
  await page.fill('#receive-phone', '13800138000');
  await screenshot(page, 'console-receive-1366x768');

  const before = await cases({ delegated: false, status: ['RECEIVED'] }, 1);
  await page.dblclick('#receive-submit');
  await page.waitForSelector('[data-test="received-number"]');
  const number = (await page.textContent('[data-test="received-number"]'))!.trim();
  const after = await cases({ delegated: false, status: ['RECEIVED'] }, 200);
  expect(after.total).toBe(before.total + 1);
  expect(after.nodes.filter((n) => n.number === number)).toHaveLength(1);
  const made = await caseById(after.nodes.find((n) => n.number === number)!.id);
  expect(made).toMatchObject({ status: 'RECEIVED', item: { name: item.name }, applicant: { name: '李测试', idNumber: first17 + residentIdCheckChar(first17) } });
  expect(await page.textContent('[data-test="received-code"]')).not.toBe('');
});

test('from the detail a case is accepted, started, approved and delivered by express', async () => {
  const target = (await cases({ delegated: false, status: ['RECEIVED'] })).nodes[0]!;
  const page = await signedIn();
  await openCase(page, target.id);
  expect(await page.$$eval('button[data-action]', (els) => els.map((e) => e.getAttribute('data-action')))).toEqual(['ACCEPT', 'REQUEST_SUPPLEMENT', 'NOT_ACCEPT', 'WITHDRAW', 'EXPEDITE']);
  await screenshot(page, 'console-case-1366x768');
  await openAction(page, 'ACCEPT');
  await confirmAction(page, '已受理');
  await openAction(page, 'START');
  await confirmAction(page, '办理中');
  await openAction(page, 'APPROVE');
  await page.click('#action-confirm');
  expect(await page.textContent('[data-test="action-problem"]')).toContain('批文或证照编号');
  await page.fill('#action-result-number', '临市监许〔2026〕88号');
  await confirmAction(page, '准予许可');
  await openAction(page, 'DELIVER');
  await page.click('#action-delivery .el-radio:has-text("邮寄送达")');
  await page.click('#action-confirm');
  expect(await page.textContent('[data-test="action-problem"]')).toContain('快递单号');
  await page.fill('#action-waybill', 'SF1234567890');
  await screenshot(page, 'console-deliver-dialog-1366x768');
  await confirmAction(page, '已送达');
  expect(await caseById(target.id)).toMatchObject({ status: 'DELIVERED', resultDocumentNumber: '临市监许〔2026〕88号', deliveryMethod: 'EXPRESS', trackingNumber: 'SF1234567890' });
});

test('not accepting needs a reason; a supplement notice lists the ticked materials; rejecting records the reason', async () => {
  const [refuse, supplement] = (await cases({ delegated: false, status: ['RECEIVED'] })).nodes;
  const page = await signedIn();
  await openCase(page, refuse!.id);
  await openAction(page, 'NOT_ACCEPT');
  await page.click('#action-confirm');
  expect(await page.textContent('[data-test="action-problem"]')).toContain('请填写原因');
  await page.fill('#action-reason', '不属于本部门受理范围');
  await confirmAction(page, '不予受理');
  expect(await caseById(refuse!.id)).toMatchObject({ status: 'NOT_ACCEPTED', refusalReason: '不属于本部门受理范围' });

  await openCase(page, supplement!.id);
  await openAction(page, 'REQUEST_SUPPLEMENT');
  const first = (await page.locator('#action-materials .el-checkbox').first().textContent())!.replace('必交', '').trim();
  await page.locator('#action-materials .el-checkbox').first().click();
  await confirmAction(page, '待补正');
  expect(await caseById(supplement!.id)).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', missingMaterials: [first] });

  const inProgress = (await cases({ delegated: false, status: ['IN_PROGRESS'] })).nodes[0]!;
  await openCase(page, inProgress.id);
  await openAction(page, 'REJECT');
  await page.fill('#action-reason', '现场核查不符合许可条件');
  await confirmAction(page, '不予许可');
  expect(await caseById(inProgress.id)).toMatchObject({ status: 'REJECTED', refusalReason: '现场核查不符合许可条件' });
});

test('a case changed by someone else meanwhile: a clear message, and the detail shows the new state', async () => {
  const target = (await cases({ delegated: false, status: ['RECEIVED'] })).nodes[0]!;
  const page = await signedIn();
  await openCase(page, target.id);
  await ok(pages.net.gatewayUrl, `mutation($i: CaseActionInput!) { actOnCountyCase(input: $i) { version } }`, { i: { id: target.id, version: target.version, action: 'ACCEPT' } }, clerk);
  await openAction(page, 'ACCEPT');
  await page.click('#action-confirm');
  await page.waitForSelector('.el-message--error:has-text("该办件刚被他人更新")');
  await textShown(page, '[data-test="case-status"]', '已受理');
  expect(await page.$$eval('button[data-action]', (els) => els.map((e) => e.getAttribute('data-action')))).not.toContain('ACCEPT');
  expect((await caseById(target.id)).status).toBe('ACCEPTED');
});
