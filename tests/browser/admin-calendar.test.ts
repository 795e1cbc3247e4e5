/**
 * The centre's back office in a real Chromium against the demo network: the county administrator
 * declares a working day a day off on 工作日历 (with its reason) and a case accepted afterwards is
 * due one working day later; removes it; changes a setting on 系统设置; and finds both changes,
 * before → after, on 操作日志. Every result is checked through GraphQL. A county clerk typing the
 * calendar's address is sent home.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { exactly, pickOption, queueShown, signInWithToken, textShown } from './support/console-page';
import { ok } from '../support/network';
import { applicant, RECEIVE_COUNTY, ACT_COUNTY } from '../support/fixtures';

const pages = demoPages();
let admin: string;
let clerk: string;
let item: { id: string; materials: string[] };
let departmentId: string;
let serial = 0;
/** The setting the second test changed, before and after, for the third to find in the log. */
let settingChange: [number, number] = [5, 7];

const DAY = '2026-11-23'; // the Monday after the demo's "now" (Friday 2026-11-20): inside every promised span
const REASON = '县第十届运动会开幕，全县放假一天';

beforeAll(async () => {
  const { departments } = await ok<{ departments: { id: string; code: string }[] }>(pages.net.gatewayUrl, '{ departments { id code } }');
  const department = departments.find((d) => d.code === 'SCJG')!;
  departmentId = department.id;
  admin = await pages.net.token({ role: 'COUNTY_ADMIN', userId: 'admin-calendar', name: '中心管理员' });
  clerk = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: department.id, name: '窗口测试员' });
  const d = await ok<{ department: { items: { id: string; kind: string; promisedDays: number; active: boolean; materials: { name: string }[] }[] } }>(
    pages.net.gatewayUrl,
    `query($id: ID!) { department(id: $id) { items { id kind promisedDays active materials { name } } } }`,
    { id: department.id },
  );
  const promised = d.department.items.find((i) => i.kind === 'PROMISED' && i.active && i.promisedDays >= 2)!;
  item = { id: promised.id, materials: promised.materials.map((m) => m.name) };
}, 240_000);

/** A case the clerk receives and accepts now, through GraphQL: its due date. */
async function acceptedDueDate(of = item): Promise<string> {
  const c = (await ok(pages.net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: `admin-calendar-${++serial}`, itemId: of.id, applicant: applicant(), submittedMaterials: of.materials } }, clerk)).receiveCountyCase;
  const acted = (await ok(pages.net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, clerk)).actOnCountyCase;
  return acted.deadline.dueDate as string;
}

const nextWorkingDay = async (date: string): Promise<string> => {
  for (let d = new Date(`${date}T00:00:00Z`); ; ) {
    d = new Date(d.getTime() + 86_400_000);
    const day = d.toISOString().slice(0, 10);
    if ((await ok(pages.net.gatewayUrl, `query($d: Date!) { workingDay(date: $d) { workday } }`, { d: day })).workingDay.workday) return day;
  }
};

async function asAdmin(path: string): Promise<Page> {
  const { page } = await pages.watch('laptop');
  await signInWithToken(page, originOf(pages.net), admin);
  await page.waitForSelector('.el-menu-item:text-is("工作日历")');
  await page.goto(`${originOf(pages.net)}/console#${path}`);
  return page;
}

const cell = (page: Page, date: string) => page.locator(`.cell[data-date="${date}"]`);

async function openDay(page: Page, date: string): Promise<void> {
  await cell(page, date).click();
  await page.waitForSelector(`#override-dialog[data-date="${date}"]`);
}

test('the administrator’s menu, and a day off declared on the calendar makes a new case due one working day later; removed, it is a working day again', async () => {
  const page = await asAdmin('/admin/calendar?month=2026-11');
  expect(await page.$$eval('.el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).toEqual(expect.arrayContaining(['工作日历', '系统设置', '操作日志']));
  await page.waitForSelector(`.cell[data-date="${DAY}"][data-kind="WORKDAY"][data-override=""]`);
  expect(await cell(page, '2026-11-21').getAttribute('data-kind')).toBe('WEEKEND');
  await screenshot(page, 'admin-calendar-1366x768');

  const before = await acceptedDueDate();
  await openDay(page, DAY);
  await page.click('#override-save'); // no reason: refused by the page, nothing sent
  await textShown(page, '#override-problem .el-alert__title', '请填写调整原因。');
  await page.fill('#override-note', REASON);
  await page.click('#override-day-off');
  await page.click('#override-save');
  await page.waitForSelector(`.cell[data-date="${DAY}"][data-override="false"][data-workday="false"]`);
  expect(await cell(page, DAY).textContent()).toContain(REASON);
  await screenshot(page, 'admin-calendar-override-1366x768');

  const status = (await ok(pages.net.gatewayUrl, `{ calendarStatus { overrides { date workday note } } }`, {}, admin)).calendarStatus;
  expect(status.overrides).toContainEqual({ date: DAY, workday: false, note: REASON });
  const after = await acceptedDueDate();
  expect(after).toBe(await nextWorkingDay(before));

  await openDay(page, DAY);
  expect(await page.textContent('[data-test="override-note"]')).toBe(REASON);
  await page.click('#override-remove');
  await page.waitForSelector(`.cell[data-date="${DAY}"][data-override=""][data-workday="true"]`);
  const left = (await ok(pages.net.gatewayUrl, `{ calendarStatus { overrides { date } } }`, {}, admin)).calendarStatus.overrides as { date: string }[];
  expect(left.map((o) => o.date)).not.toContain(DAY);
  expect(await acceptedDueDate()).toBe(before);
});

test('a case due in 2027 raises the banner naming the year and the cases; the year is confirmed from it, then withdrawn on the month', async () => {
  const STATUS = `{ calendarStatus { confirmedYears uncoveredYearsInUse uncertainOpenCases uncertainCases { number } } }`;
  // A case due after the built-in calendar: an item of 40 promised days accepted on 2026-11-20 is due in January 2027.
  const created = await ok(
    pages.net.gatewayUrl,
    `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } } }`,
    { i: { code: 'ADMIN-CAL-40', name: '长时限测试事项', departmentId, kind: 'PROMISED', legalDays: 80, promisedDays: 40, materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '《行政许可法》', delegable: false } },
    admin,
  );
  const long = { id: created.createCountyItem.item.id as string, materials: ['申请书'] };
  expect(await acceptedDueDate(long)).toMatch(/^2027-/);
  const status = (await ok(pages.net.gatewayUrl, STATUS, {}, admin)).calendarStatus;
  expect(status.uncoveredYearsInUse).toContain(2027);
  const page = await asAdmin('/admin/calendar?month=2027-01');
  await page.waitForSelector('.cell[data-date="2027-01-04"]');
  await textShown(page, '[data-test="year-state"] .el-tag', '2027年日历未确认，按周一至周五推算');
  const year = 2027;
  expect(await page.textContent('[data-test="uncovered-text"]')).toContain(`${status.uncertainOpenCases} 件在办办件`);
  // The cases themselves, earliest due first, as the graph lists them.
  const listed = await page.locator('[data-test="uncertain-cases"] .el-table__body tr td:first-child').allTextContents();
  expect(listed.map((t) => t.trim())).toEqual(status.uncertainCases.map((c: { number: string }) => c.number));
  await screenshot(page, 'admin-calendar-uncovered-1366x768');
  await page.click(`[data-confirm-year="${year}"]`);
  await page.click('.el-popconfirm .el-button--primary:visible');
  await page.waitForSelector('.el-message--success');
  const confirmed = (await ok(pages.net.gatewayUrl, STATUS, {}, admin)).calendarStatus;
  expect(confirmed.confirmedYears).toContain(year);
  expect(confirmed.uncoveredYearsInUse).not.toContain(year);
  await textShown(page, '[data-test="year-state"] .el-tag', '2027年日历已确认');
  expect(await page.$('#uncovered-years')).toBeNull();
  await page.click('#calendar-confirm-year');
  await page.click('.el-popconfirm .el-button--primary:visible');
  await textShown(page, '[data-test="year-state"] .el-tag', '2027年日历未确认，按周一至周五推算');
  expect((await ok(pages.net.gatewayUrl, STATUS, {}, admin)).calendarStatus.confirmedYears).not.toContain(year);
});

test('a setting changed on 系统设置 is what the graph then says', async () => {
  const page = await asAdmin('/admin/settings');
  await page.waitForSelector('#setting-complaintHandlingDays');
  await textShown(page, '[data-rule="yellowDaysLeft"]', '剩余工作日 ≤ 1 天时亮黄灯。');
  await screenshot(page, 'admin-settings-1366x768');
  const was = (await ok(pages.net.gatewayUrl, `{ countySettings { complaintHandlingDays yellowUsedFraction } }`, {}, admin)).countySettings;
  const next = was.complaintHandlingDays === 7 ? 8 : 7;
  await page.fill('#setting-complaintHandlingDays', String(next));
  await page.press('#setting-complaintHandlingDays', 'Tab');
  await textShown(page, '[data-rule="complaintHandlingDays"]', `效能投诉须在 ${next} 个工作日内办结。`);
  await page.click('#settings-save');
  await page.waitForSelector('.el-message--success:has-text("系统设置已保存")');
  const now = (await ok(pages.net.gatewayUrl, `{ countySettings { complaintHandlingDays yellowUsedFraction } }`, {}, admin)).countySettings;
  expect(now).toEqual({ complaintHandlingDays: next, yellowUsedFraction: was.yellowUsedFraction });
  settingChange = [was.complaintHandlingDays, next];
});

test('操作日志 lists those changes, before → after', async () => {
  const page = await asAdmin('/admin/audit');
  await page.waitForSelector('[data-test="audit-total"]');
  await pickOption(page, 'audit-entity', '工作日历调整');
  await page.fill('#audit-entity-id', DAY);
  await page.press('#audit-entity-id', 'Enter');
  await textShown(page, '[data-test="audit-total"]', '共 2 条');
  expect(await page.$$eval('[data-test="audit-action"]', (els) => els.map((e) => e.textContent!.trim()))).toEqual(['删除', '设置']);
  expect(await page.textContent('.el-table__row >> nth=0')).toContain('中心管理员 · 县中心管理员 · 县级');
  await page.click('.el-table__row >> nth=1 >> .el-table__expand-icon');
  const set = page.locator('[data-test="audit-changes"]').first();
  await set.waitFor();
  const setRows = await set.locator('.el-table__row').allTextContents();
  expect(setRows).toEqual([`原因（note）—→${REASON}`, '是否工作日（workday）—→否']);
  await screenshot(page, 'admin-audit-1366x768');

  await page.click('#audit-clear');
  await pickOption(page, 'audit-entity', '系统设置');
  const [from, to] = settingChange;
  await page.locator('[data-test="audit-action"]', { hasText: exactly('修改') }).first().waitFor();
  await page.click('.el-table__row >> nth=0 >> .el-table__expand-icon');
  const change = page.locator('[data-test="audit-changes"] .el-table__row', { hasText: 'complaintHandlingDays' });
  await change.waitFor();
  expect(await change.locator('[data-test="before"]').textContent()).toBe(String(from));
  expect(await change.locator('[data-test="after"]').textContent()).toBe(String(to));
  const log = (await ok(pages.net.gatewayUrl, `{ countyAuditLog(filter: { entityType: COUNTY_SETTINGS }, limit: 1) { nodes { actorId changes { field before after } } } }`, {}, admin)).countyAuditLog;
  expect(log.nodes[0]).toEqual({ actorId: 'admin-calendar', changes: [{ field: 'complaintHandlingDays', before: String(from), after: String(to) }] });
});

test('a county clerk typing the calendar’s address is sent home', async () => {
  const { page } = await pages.watch('laptop');
  await signInWithToken(page, originOf(pages.net), clerk);
  await queueShown(page);
  expect(await page.$$eval('.el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).not.toContain('工作日历');
  await page.goto(`${originOf(pages.net)}/console#/admin/calendar`);
  await queueShown(page);
  expect(new URL(page.url()).hash).toMatch(/^#\/queue/);
  expect(await page.$('.work-calendar')).toBeNull();
});
