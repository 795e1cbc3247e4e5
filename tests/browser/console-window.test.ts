/**
 * The window workbench beyond the basics, through the pages only, each result checked through
 * GraphQL: searching the queue, the remaining actions of SPEC §4.2 (special procedure and resume,
 * withdraw, 特事特办, resubmit), a delegated case's origin, a version conflict between two
 * browsers, and the township clerk's own window from receiving to delivery; at 1366, 1920 and 1024 wide.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { confirmAction, numbersInQueue, openAction, pickOption, queueShown, signInWithToken, statusShown, textShown } from './support/console-page';
import { ok } from '../support/network';
import { residentIdCheckChar } from '../../subgraphs/shared/domain/identity';
import type { ScreenName } from './support/browser';

const pages = demoPages();
let clerk: string;
let townshipClerk: string;
let township: { id: string; name: string };

interface Row {
  id: string;
  number: string;
  version: number;
  status: string;
  expedited: boolean;
  applicant: { name: string; idNumber: string };
}
const ROW = 'id number version status expedited applicant { name idNumber }';
const CASES = `query($f: CountyCaseFilter, $limit: Int) { countyCases(filter: $f, limit: $limit) { total nodes { ${ROW} } } }`;
const CASE = `query($id: ID!) { countyCase(id: $id) { ${ROW} missingMaterials refusalReason specialProcedureKind deadline { paused pausedWorkingDays } history { step note } } }`;
const TCASES = `query($f: TownshipCaseFilter, $limit: Int) { townshipCases(filter: $f, limit: $limit) { total nodes { ${ROW} } } }`;
const TCASE = `query($id: ID!) { townshipCase(id: $id) { ${ROW} resultDocumentNumber deliveryMethod history { step } } }`;
const cases = async (f: Record<string, unknown>, limit = 50) => (await ok<{ countyCases: { total: number; nodes: Row[] } }>(pages.net.gatewayUrl, CASES, { f, limit }, clerk)).countyCases;
const caseById = async (id: string) => (await ok(pages.net.gatewayUrl, CASE, { id }, clerk)).countyCase;
const townshipCases = async (f: Record<string, unknown>, limit = 50) =>
  (await ok<{ townshipCases: { total: number; nodes: Row[] } }>(pages.net.gatewayUrl, TCASES, { f, limit }, townshipClerk)).townshipCases;

beforeAll(async () => {
  const { departments, townships } = await ok<{ departments: { id: string; code: string }[]; townships: { id: string; name: string; items: { active: boolean }[] }[] }>(
    pages.net.gatewayUrl,
    '{ departments { id code } townships { id name items { active } } }',
  );
  const department = departments.find((d) => d.code === 'SCJG')!;
  clerk = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: department.id, name: '窗口测试员' });
  township = townships.find((t) => t.items.some((i) => i.active))!;
  townshipClerk = await pages.net.token({ role: 'TOWNSHIP_CLERK', townshipId: township.id, name: '乡镇测试员' });
}, 240_000);

async function signedIn(screen: ScreenName = 'laptop', token = clerk): Promise<Page> {
  const { page } = await pages.watch(screen);
  await signInWithToken(page, originOf(pages.net), token);
  await queueShown(page);
  return page;
}

async function openCase(page: Page, id: string, path = 'cases'): Promise<void> {
  await page.goto(`${originOf(pages.net)}/console#/${path}/${id}`);
  await page.waitForSelector('[data-test="case-status"]');
}

const actionsShown = (page: Page) => page.$$eval('button[data-action]', (els) => els.map((e) => e.getAttribute('data-action')));

async function search(page: Page, kind: string, text: string): Promise<void> {
  await pickOption(page, 'search-kind', kind);
  await page.fill('#queue-search', text);
  await page.press('#queue-search', 'Enter');
}

test('the queue finds a case by its number, the applicant’s name or ID number, and filters by item', async () => {
  const target = (await cases({ delegated: false })).nodes[0]!;
  const page = await signedIn();
  await search(page, '办件编号', target.number);
  await textShown(page, '[data-test="queue-total"]', '共 1 件');
  expect(await numbersInQueue(page)).toEqual([target.number]);

  const byName = await cases({ applicantName: target.applicant.name }, 20);
  await search(page, '申请人', ` ${target.applicant.name} `);
  await textShown(page, '[data-test="queue-total"]', `共 ${byName.total} 件`);
  expect(await numbersInQueue(page)).toEqual(byName.nodes.map((n) => n.number));

  const byId = await cases({ applicantIdNumber: target.applicant.idNumber }, 20);
  await search(page, '证件号码', target.applicant.idNumber.toLowerCase());
  await textShown(page, '[data-test="queue-total"]', `共 ${byId.total} 件`);
  expect(await numbersInQueue(page)).toEqual(byId.nodes.map((n) => n.number));
  expect(byId.nodes.map((n) => n.id)).toContain(target.id);

  // A term too long for the graph is stopped on the page, with the reason.
  await search(page, '证件号码', '1'.repeat(19));
  await page.waitForSelector('[data-test="search-problem"]:has-text("18")');
  await page.fill('#queue-search', '');
  await page.press('#queue-search', 'Enter');
  const all = await cases({}, 20);
  await textShown(page, '[data-test="queue-total"]', `共 ${all.total} 件`);

  const { countyCase } = await ok(pages.net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { item { id name } } }`, { id: target.id }, clerk);
  const ofItem = await cases({ itemId: countyCase.item.id }, 20);
  await pickOption(page, 'filter-item', countyCase.item.name);
  await textShown(page, '[data-test="queue-total"]', `共 ${ofItem.total} 件`);
  expect(await numbersInQueue(page)).toEqual(ofItem.nodes.map((n) => n.number));
  await screenshot(page, 'console-queue-search-1366x768');
});

test('red cases show the working days overdue', async () => {
  const red = await ok(pages.net.gatewayUrl, `{ countyCases(filter: { warning: [RED] }, limit: 20) { total nodes { number deadline { workingDaysOverdue } } } }`, {}, clerk);
  const page = await signedIn('wall');
  await pickOption(page, 'filter-warning', '超期');
  await page.keyboard.press('Escape');
  await textShown(page, '[data-test="queue-total"]', `共 ${red.countyCases.total} 件`);
  const shown = await page.$$eval('[data-test="days-left"]', (els) => els.map((e) => e.textContent!.trim()));
  expect(shown).toEqual(red.countyCases.nodes.map((n: { deadline: { workingDaysOverdue: number } }) => (n.deadline.workingDaysOverdue ? `超期 ${n.deadline.workingDaysOverdue} 个工作日` : '已超期')));
  await screenshot(page, 'console-queue-red-1920x1080');
});

test('a special procedure: its A.7 kind and reason, the clock stops, and resuming starts it again', async () => {
  const target = (await cases({ delegated: false, status: ['IN_PROGRESS'] })).nodes[0]!;
  const page = await signedIn();
  await openCase(page, target.id);
  await openAction(page, 'ENTER_SPECIAL_PROCEDURE');
  await page.click('#action-confirm');
  expect(await page.textContent('[data-test="action-problem"]')).toContain('特别程序种类');
  await page.click('#action-procedure-kind .el-radio:has-text("其他")');
  await page.click('#action-confirm');
  expect(await page.textContent('[data-test="action-problem"]')).toContain('请填写原因');
  await page.fill('#action-reason', '需组织专家评审');
  await screenshot(page, 'console-special-procedure-1366x768');
  await confirmAction(page, '特别程序');
  await textShown(page, '[data-test="case-paused"]', '已暂停');
  expect(await actionsShown(page)).toEqual(['RESUME', 'WITHDRAW', 'EXPEDITE'].filter((a) => a !== 'EXPEDITE' || !target.expedited).concat(target.expedited ? ['UNEXPEDITE'] : []));
  const paused = await caseById(target.id);
  expect(paused).toMatchObject({ status: 'SPECIAL_PROCEDURE', specialProcedureKind: 'OTHER', deadline: { paused: true } });
  expect(paused.history.at(-1)).toMatchObject({ step: 'enterSpecialProcedure' });
  expect(paused.history.at(-1).note).toContain('需组织专家评审');

  await openAction(page, 'RESUME');
  await confirmAction(page, '办理中');
  await textShown(page, '[data-test="case-paused"]', '正常');
  expect(await caseById(target.id)).toMatchObject({ status: 'IN_PROGRESS', deadline: { paused: false } });
});

test('the applicant withdraws: the reason is optional, and the case is closed', async () => {
  const target = (await cases({ delegated: false, status: ['ACCEPTED', 'IN_PROGRESS'] })).nodes.at(-1)!;
  const page = await signedIn();
  await openCase(page, target.id);
  await openAction(page, 'WITHDRAW');
  await page.fill('#action-reason', '申请人书面申请撤回');
  await confirmAction(page, '已撤回');
  expect(await page.textContent('.actions')).toContain('当前状态没有可办理的操作');
  expect(await caseById(target.id)).toMatchObject({ status: 'WITHDRAWN' });
});

test('特事特办 is flagged and cleared from the detail, and the queue marks it', async () => {
  const target = (await cases({ delegated: false, status: ['RECEIVED'], expedited: false })).nodes[0]!;
  const page = await signedIn();
  await openCase(page, target.id);
  expect(await actionsShown(page)).toEqual(['ACCEPT', 'REQUEST_SUPPLEMENT', 'NOT_ACCEPT', 'WITHDRAW', 'EXPEDITE']);
  await page.click('button[data-action="EXPEDITE"]');
  await page.waitForSelector('[data-test="case-expedited"]');
  await page.waitForSelector('button[data-action="UNEXPEDITE"]');
  expect((await caseById(target.id)).expedited).toBe(true);
  await page.click('.el-page-header__back');
  await queueShown(page);
  await search(page, '办件编号', target.number);
  await textShown(page, '[data-test="queue-total"]', '共 1 件');
  await page.waitForSelector('[data-test="expedited"]');
  await openCase(page, target.id);
  await page.click('button[data-action="UNEXPEDITE"]');
  await page.waitForSelector('button[data-action="EXPEDITE"]');
  await page.waitForSelector('[data-test="case-expedited"]', { state: 'detached' });
  expect((await caseById(target.id)).expedited).toBe(false);
});

test('a supplement is collected: the case goes back to where it was and the clock runs again', async () => {
  const target = (await cases({ delegated: false, status: ['SUPPLEMENT_REQUESTED'] })).nodes[0]!;
  const page = await signedIn();
  await openCase(page, target.id);
  expect(await actionsShown(page)).toEqual(expect.arrayContaining(['RESUBMIT', 'WITHDRAW']));
  expect(await page.$('[data-print="supplement-notice"]')).not.toBeNull();
  await openAction(page, 'RESUBMIT');
  await page.click('#action-confirm');
  await page.waitForSelector('.el-message--success');
  const after = await caseById(target.id);
  expect(after.status).not.toBe('SUPPLEMENT_REQUESTED');
  expect(after.history.at(-1)).toMatchObject({ step: 'resubmit' });
  await statusShown(page, (await ok(pages.net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { statusLabel } }`, { id: target.id }, clerk)).countyCase.statusLabel);
});

test('a delegated case shows where it came from: township, clerk and forwarding delay', async () => {
  const admin = await pages.net.token({ role: 'COUNTY_ADMIN', name: '管理员' });
  const { countyCases } = await ok(pages.net.gatewayUrl, `{ countyCases(filter: { delegated: true }, limit: 1) { nodes { id department { id } } } }`, {}, admin);
  const own = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: countyCases.nodes[0].department.id, name: '窗口测试员' });
  const { countyCase: target } = await ok(
    pages.net.gatewayUrl,
    `query($id: ID!) { countyCase(id: $id) { id origin { number clerkName forwardingDelaySeconds township { name } } } }`,
    { id: countyCases.nodes[0].id },
    own,
  );
  const page = await signedIn('laptop', own);
  await openCase(page, target.id);
  const origin = (await page.textContent('[data-test="case-origin"]'))!;
  expect(origin).toContain(target.origin.township.name);
  expect(origin).toContain(target.origin.clerkName);
  expect(origin).toContain(target.origin.number);
  expect(await page.textContent('[data-test="forwarding-delay"]')).not.toBe('');
  await screenshot(page, 'console-case-delegated-1366x768');
});

test('two clerks in two browsers act on one case: the later is told and sees the new state', async () => {
  const target = (await cases({ delegated: false, status: ['RECEIVED'] })).nodes[0]!;
  const first = await signedIn();
  const second = await signedIn('wall');
  await openCase(first, target.id);
  await openCase(second, target.id);
  await openAction(first, 'ACCEPT');
  await confirmAction(first, '已受理');
  await openAction(second, 'NOT_ACCEPT');
  await second.fill('#action-reason', '材料不齐');
  await second.click('#action-confirm');
  await second.waitForSelector('.el-message--error:has-text("该办件刚被他人更新")');
  await textShown(second, '[data-test="case-status"]', '已受理');
  expect(await actionsShown(second)).not.toContain('NOT_ACCEPT');
  expect(await caseById(target.id)).toMatchObject({ status: 'ACCEPTED', version: target.version + 1 });
});

test('a township clerk receives an own item and takes it through to delivery, at tablet width', async () => {
  const page = await signedIn('tablet', townshipClerk);
  expect(await page.$$eval('.el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).toEqual(['乡镇窗口', '收件', '委托受理', '待办', '督办与整改']);
  const all = await townshipCases({}, 20);
  await textShown(page, '[data-test="queue-total"]', `共 ${all.total} 件`);
  expect(await numbersInQueue(page)).toEqual(all.nodes.map((n) => n.number));
  await screenshot(page, 'console-township-queue-1024x768');

  await page.click('.el-menu-item:text-is("收件")');
  await page.waitForSelector('#receive-item');
  const { township: t } = await ok(pages.net.gatewayUrl, `query($id: ID!) { township(id: $id) { items { name active materials { name } } } }`, { id: township.id }, townshipClerk);
  const item = t.items.find((i: { active: boolean }) => i.active);
  await pickOption(page, 'receive-item', item.name);
  await page.waitForSelector('#receive-materials');
  for (const m of item.materials) await page.click(`#receive-materials .el-checkbox:has-text("${m.name}")`);
  const first17 = '51102219850615123';
  await page.fill('#receive-name', '周乡民');
  await page.fill('#receive-id', first17 + residentIdCheckChar(first17));
  await page.fill('#receive-phone', '13900139000');
  await screenshot(page, 'console-township-receive-1024x768');
  await page.dblclick('#receive-submit');
  await page.waitForSelector('[data-test="received-number"]');
  const number = (await page.textContent('[data-test="received-number"]'))!.trim();
  const made = await townshipCases({ number });
  expect(made.total).toBe(1);
  expect(made.nodes[0]).toMatchObject({ status: 'RECEIVED', applicant: { name: '周乡民' } });
  expect((await townshipCases({ applicantName: '周乡民' })).total).toBe(1);

  await page.click('[data-test="received-open"]');
  await page.waitForSelector('[data-test="case-status"]');
  await openAction(page, 'ACCEPT');
  await confirmAction(page, '已受理');
  await openAction(page, 'START');
  await confirmAction(page, '办理中');
  await openAction(page, 'APPROVE');
  await page.fill('#action-result-number', '乡许〔2026〕7号');
  await confirmAction(page, '准予许可');
  await openAction(page, 'DELIVER');
  await confirmAction(page, '已送达');
  await screenshot(page, 'console-township-case-1024x768');
  expect(await page.$('[data-print="acceptance-notice"]')).not.toBeNull();
  expect(await page.getAttribute('[data-print="delivery-receipt"]', 'href')).toBe(`#/print/delivery-receipt/township/${made.nodes[0]!.id}`);
  const done = (await ok(pages.net.gatewayUrl, TCASE, { id: made.nodes[0]!.id }, townshipClerk)).townshipCase;
  expect(done).toMatchObject({ status: 'DELIVERED', resultDocumentNumber: '乡许〔2026〕7号', deliveryMethod: 'IN_PERSON' });
  expect(done.history.map((h: { step: string }) => h.step)).toEqual(['receive', 'accept', 'start', 'approve', 'deliver']);

  // The township clerk cannot open the county window's views by address.
  await page.goto(`${originOf(pages.net)}/console#/queue`);
  await page.waitForSelector('[data-test="queue-total"]');
  expect(await page.textContent('.view-title')).toContain('乡镇窗口');
});

test('the county views at 1920 and at tablet width', async () => {
  const target = (await cases({ delegated: false, status: ['IN_PROGRESS'] })).nodes[0]!;
  for (const screen of ['wall', 'tablet'] as const) {
    const page = await signedIn(screen);
    const size = screen === 'wall' ? '1920x1080' : '1024x768';
    await screenshot(page, `console-queue-${size}`);
    await openCase(page, target.id);
    await screenshot(page, `console-case-${size}`);
    // Every action button stays inside the viewport's width (usable without scrolling sideways).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});

test('a case under supervision shows its 督办 record', async () => {
  const admin = await pages.net.token({ role: 'COUNTY_ADMIN', name: '管理员' });
  const { supervisionRecords } = await ok(pages.net.gatewayUrl, `{ supervisionRecords(limit: 50) { nodes { caseTier countyCase { id department { id } } } } }`, {}, admin);
  const rec = supervisionRecords.nodes.find((r: { caseTier: string | null; countyCase: unknown }) => r.caseTier === 'COUNTY' && r.countyCase);
  const own = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: rec.countyCase.department.id, name: '窗口测试员' });
  const { countyCase } = await ok(pages.net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { id supervision { number reason status } } }`, { id: rec.countyCase.id }, own);
  expect(countyCase.supervision).not.toBeNull();
  const page = await signedIn('laptop', own);
  await openCase(page, countyCase.id);
  const shown = (await page.textContent('[data-test="case-supervision"]'))!;
  expect(shown).toContain(countyCase.supervision.number);
  expect(shown).toContain(countyCase.supervision.reason);
  expect(shown).toContain(countyCase.supervision.status === 'OPEN' ? '督办中' : '已反馈');
  await screenshot(page, 'console-case-supervision-1366x768');
});
