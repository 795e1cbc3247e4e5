/**
 * E-supervision (电子监察) in the console, in a real Chromium against the demo network: the
 * supervisor opens a 督办 record about a county case, the department's clerk answers it in the
 * workbench (督办与整改), the supervisor reads the answer; the supervisor records a complaint taken
 * by the 12345 hotline and dismisses it; a clerk starts a rectification. Every effect is checked
 * through GraphQL; a clerk cannot open the supervisors' views and sees only the unit's records.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { exactly, pickOption, signInWithToken, textShown } from './support/console-page';
import { ok } from '../support/network';
import { readXlsx } from '../support/export-files';

const pages = demoPages();
let supervisor: string;
let clerk: string;
let department: { id: string; name: string };

const RECORDS = `query($f: SupervisionFilter) { supervisionRecords(filter: $f, limit: 200) { total nodes { id number status unitId reason feedback caseNumber } } }`;
const records = async (f: Record<string, unknown>, token: string) =>
  (await ok<{ supervisionRecords: { total: number; nodes: { id: string; number: string; status: string; unitId: string; reason: string; feedback: string | null; caseNumber: string | null }[] } }>(pages.net.gatewayUrl, RECORDS, { f }, token)).supervisionRecords;

beforeAll(async () => {
  supervisor = await pages.net.token({ role: 'SUPERVISOR', name: '孙监察' });
  // The department of a rectification still pending, so its clerk has one to start.
  const pending = (await ok(pages.net.gatewayUrl, `{ countyReviews(filter: { rectificationStatus: [PENDING] }, limit: 1) { nodes { department { id name } } } }`, {}, supervisor)).countyReviews.nodes;
  department = pending[0].department;
  clerk = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: department.id, name: '督办测试员' });
}, 240_000);

/** Clicks the element of `selector` whose text is exactly `text` (a list's number link). */
const clickText = (page: Page, selector: string, text: string) => page.locator(selector, { hasText: exactly(text) }).first().click();

async function signedIn(token: string, hash: string, ready: string): Promise<Page> {
  const { page } = await pages.watch('laptop');
  await signInWithToken(page, originOf(pages.net), token);
  await page.waitForSelector('.el-menu-item');
  await page.goto(`${originOf(pages.net)}/console#${hash}`);
  await page.waitForSelector(ready);
  return page;
}

test('the supervisor’s menu has the 电子监察 group; the warnings list yellow and red cases and open a case read-only', async () => {
  const page = await signedIn(supervisor, '/supervision/warnings', '[data-test="warning-total"]');
  expect(await page.$$eval('.el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).toEqual(['总览', '乡镇工作台', '预警', '督办', '效能投诉', '好差评/整改', '否定报备', '操作日志']);
  const county = (await ok(pages.net.gatewayUrl, `{ countyCases(filter: { warning: [YELLOW, RED] }, limit: 20) { total nodes { id number } } }`, {}, supervisor)).countyCases;
  await textShown(page, '[data-test="warning-total"]', `共 ${county.total} 件`);
  expect(await page.$$eval('[data-test="warning-number"]', (els) => els.map((e) => e.textContent!.trim()))).toEqual(county.nodes.map((n: { number: string }) => n.number));
  await screenshot(page, 'supervision-warnings-1366x768');
  await page.click('#warning-tier label:has-text("乡镇办件")');
  const township = (await ok(pages.net.gatewayUrl, `{ townshipCases(filter: { warning: [YELLOW, RED] }, limit: 1) { total nodes { number } } }`, {}, supervisor)).townshipCases;
  await textShown(page, '[data-test="warning-total"]', `共 ${township.total} 件`);
  // 导出 reads the tier shown: the township warnings, in the page's order.
  const numbers = await page.$$eval('[data-test="warning-number"]', (els) => els.map((e) => e.textContent!.trim()));
  await page.click('.toolbar [data-test="export"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.el-dropdown-menu__item:visible', { hasText: '导出 Excel' }).click()]);
  const rows = await readXlsx(fs.readFileSync(await download.path()));
  expect(rows[0]).toEqual(['预警办件']);
  expect(rows.slice(2).map((r) => r[1])).toEqual(['层级', ...Array<string>(township.total).fill('乡镇')]);
  expect(rows.slice(3, 3 + numbers.length).map((r) => r[2])).toEqual(numbers);
  // A township case opens read-only too.
  await clickText(page, '[data-test="warning-number"]', township.nodes[0].number);
  await page.waitForSelector('[data-test="case-readonly"]');
  expect(await page.textContent('[data-test="case-number"]')).toBe(township.nodes[0].number);
  await page.click('.el-page-header__back');
  await page.waitForSelector('[data-test="warning-total"]');
  await page.click('#warning-tier label:has-text("县级办件")');
  await textShown(page, '[data-test="warning-total"]', `共 ${county.total} 件`);
  await clickText(page, '[data-test="warning-number"]', county.nodes[0].number);
  await page.waitForSelector('[data-test="case-readonly"]');
  expect(await page.textContent('[data-test="case-number"]')).toBe(county.nodes[0].number);
  expect(await page.$$('button[data-action]')).toHaveLength(0);
  await screenshot(page, 'supervision-case-1366x768');
});

test('督办: the supervisor opens a record about a county case, the department’s clerk answers it, the supervisor reads the answer', async () => {
  // A case of the department still being handled, preferably one no record is about yet.
  const open = (await ok(pages.net.gatewayUrl, `query($d: ID) { countyCases(filter: { departmentId: $d, status: [RECEIVED, ACCEPTED, IN_PROGRESS, SUPPLEMENT_REQUESTED] }, limit: 100) { nodes { id number supervision { id } } } }`, { d: department.id }, supervisor)).countyCases.nodes as { number: string; supervision: unknown }[];
  const target = open.find((c) => !c.supervision) ?? open[0]!;
  const reason = `办件进度滞后，请说明原因 ${Date.now()}`;
  const page = await signedIn(supervisor, '/supervision/records', '[data-test="record-total"]');
  await screenshot(page, 'supervision-records-1366x768');
  await page.click('#open-record');
  await page.fill('#open-case-number', target.number);
  await page.fill('#open-reason', reason);
  await screenshot(page, 'supervision-open-record-1366x768');
  await page.click('#open-confirm');
  await page.waitForSelector('[data-test="record-status"]:text-is("督办中")');
  const opened = (await records({ status: 'OPEN', unitId: department.id }, supervisor)).nodes.find((r) => r.reason === reason)!;
  expect(opened).toMatchObject({ status: 'OPEN', caseNumber: target.number, unitId: department.id });

  const desk = await signedIn(clerk, '/my-supervision', '[data-test="my-record-number"]');
  expect(await desk.$$eval('.el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).toEqual(['我的办件', '收件', '督办与整改']);
  // The clerk's list is the unit's open records, as the graph scopes it.
  const mine = await records({ status: 'OPEN' }, clerk);
  expect(mine.nodes.every((r) => r.unitId === department.id)).toBe(true);
  expect(mine.total).toBe((await records({ status: 'OPEN', unitId: department.id }, supervisor)).total);
  const shown = await desk.$$eval('[data-test="my-record-number"]', (els) => els.map((e) => e.textContent!.trim()));
  expect(shown).toEqual(mine.nodes.slice(0, 20).map((r) => r.number));
  await screenshot(desk, 'supervision-my-workbench-1366x768');
  await clickText(desk, '[data-test="my-record-number"]', opened.number);
  await desk.click('#record-close');
  await desk.waitForSelector('[data-test="feedback-problem"]:has-text("请填写反馈意见")');
  await desk.fill('#record-feedback-input', '已督促承办人加快办理，预计两个工作日内办结');
  await desk.click('#record-close');
  await desk.waitForSelector('[data-test="record-status"]:text-is("已反馈")');
  expect((await records({ unitId: department.id }, supervisor)).nodes.find((r) => r.id === opened.id)).toMatchObject({ status: 'CLOSED', feedback: '已督促承办人加快办理，预计两个工作日内办结' });

  await page.reload();
  await page.waitForSelector('[data-test="record-number"]');
  await pickOption(page, 'record-status', '已反馈');
  await clickText(page, '[data-test="record-number"]', opened.number);
  await textShown(page, '[data-test="record-feedback"]', '已督促承办人加快办理，预计两个工作日内办结');
  await screenshot(page, 'supervision-record-detail-1366x768');
});

test('效能投诉: the supervisor records a complaint taken by the 12345 hotline, then dismisses it with a reason', async () => {
  const page = await signedIn(supervisor, '/supervision/complaints', '[data-test="complaint-total"]');
  await page.waitForSelector('[data-figure="登记"]');
  await screenshot(page, 'supervision-complaints-1366x768');
  await page.click('#file-complaint');
  await page.click('#file-confirm');
  await page.waitForSelector('[data-test="file-problem"]:has-text("请选择被投诉单位")');
  await pickOption(page, 'file-unit', department.name);
  await page.fill('#file-name', '陈来电');
  await page.fill('#file-phone', '13912345678');
  await page.fill('#file-text', '电话反映：窗口要求重复提交已交过的材料');
  await screenshot(page, 'supervision-file-complaint-1366x768');
  await page.click('#file-confirm');
  await textShown(page, '[data-test="complaint-channel"]', '12345 热线');
  const GET = `{ complaints(filter: { channel: [HOTLINE_12345] }, limit: 50) { nodes { id number queryCode channel status text dismissReason history { actorRole } } } }`;
  const filed = (await ok(pages.net.gatewayUrl, GET, {}, supervisor)).complaints.nodes.find((c: { text: string }) => c.text === '电话反映：窗口要求重复提交已交过的材料');
  expect(filed).toMatchObject({ channel: 'HOTLINE_12345', status: 'RECEIVED', history: [{ actorRole: 'SUPERVISOR' }] });
  // The query code, to tell the caller when they phone back to ask how to follow it.
  expect(filed.queryCode).toMatch(/^[A-Z0-9]{6}$/);
  await textShown(page, '[data-test="complaint-query-code"]', filed.queryCode);
  await screenshot(page, 'supervision-complaint-detail-1366x768');

  await page.click('button[data-complaint-action="DISMISS"]');
  await page.click('#step-confirm');
  await page.waitForSelector('[data-test="step-problem"]:has-text("请填写不予受理理由")');
  await page.fill('#step-note', '与已办结投诉重复');
  await page.click('#step-confirm');
  await textShown(page, '[data-test="complaint-status"]', '不予受理');
  const after = (await ok(pages.net.gatewayUrl, `query($id: ID!) { complaint(id: $id) { status dismissReason } }`, { id: filed.id }, supervisor)).complaint;
  expect(after).toEqual({ status: 'DISMISSED', dismissReason: '与已办结投诉重复' });
});

test('整改: the department’s clerk starts a pending rectification in the workbench', async () => {
  const REVIEWS = `{ countyReviews(filter: { rectificationStatus: [PENDING, RECTIFYING] }, limit: 20) { total nodes { id caseNumber rectificationStatus department { id } } } }`;
  const before = (await ok(pages.net.gatewayUrl, REVIEWS, {}, clerk)).countyReviews;
  expect(before.nodes.every((r: { department: { id: string } }) => r.department.id === department.id)).toBe(true);
  const target = before.nodes.find((r: { rectificationStatus: string }) => r.rectificationStatus === 'PENDING');
  const page = await signedIn(clerk, '/my-supervision', '.el-tabs');
  await page.click('.el-tabs__item:has-text("效能投诉")');
  await page.waitForSelector('[data-test="my-complaint-number"], #pane-complaints .el-table__empty-text');
  await screenshot(page, 'supervision-my-complaints-1366x768');
  await page.click('.el-tabs__item:has-text("整改")');
  await clickText(page, '[data-test="my-review-number"]', target.caseNumber);
  await page.click('button[data-rectification-action="START"]');
  await page.fill('#step-note', '已约谈窗口负责人，制定整改方案');
  await page.click('#step-confirm');
  await textShown(page, '[data-test="rectification-status"]', '整改中');
  await screenshot(page, 'supervision-rectification-1366x768');
  const after = (await ok(pages.net.gatewayUrl, `{ countyReviews(filter: { rectificationStatus: [RECTIFYING] }, limit: 200) { nodes { id rectification { startNote } } } }`, {}, supervisor)).countyReviews.nodes.find((r: { id: string }) => r.id === target.id);
  expect(after.rectification.startNote).toBe('已约谈窗口负责人，制定整改方案');
});

test('好差评/整改 and 否定报备 list both tiers as the graph pages them', async () => {
  const page = await signedIn(supervisor, '/supervision/reviews', '[data-test="review-total"]');
  const county = (await ok(pages.net.gatewayUrl, `{ countyReviews(limit: 1) { total } }`, {}, supervisor)).countyReviews;
  await textShown(page, '[data-test="review-total"]', `共 ${county.total} 条`);
  await screenshot(page, 'supervision-reviews-1366x768');
  await page.click('#review-tier label:has-text("乡镇办件")');
  const township = (await ok(pages.net.gatewayUrl, `{ townshipReviews(limit: 1) { total } }`, {}, supervisor)).townshipReviews;
  await textShown(page, '[data-test="review-total"]', `共 ${township.total} 条`);

  await page.click('.el-menu-item:text-is("否定报备")');
  await page.waitForSelector('[data-test="refusal-total"]');
  await page.waitForSelector('[data-test="refusal-number"], .el-table__empty-text');
  await screenshot(page, 'supervision-refusals-1366x768');
});

test('a county clerk typing a supervisor’s address is sent home', async () => {
  const page = await signedIn(clerk, '/queue', '[data-test="queue-total"]');
  for (const hash of ['/supervision/records', '/supervision/complaints', '/supervision/cases/county/x']) {
    await page.goto(`${originOf(pages.net)}/console#${hash}`);
    await page.waitForSelector('[data-test="queue-total"]');
    expect(new URL(page.url()).hash).toMatch(/^#\/queue/);
    expect(await page.$('[data-test="record-total"]')).toBeNull();
  }
});
