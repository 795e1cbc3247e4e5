import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { FIGURE_COLUMNS } from '../../gateway/web/src/dashboard/model';
import { readXlsx, readCsv, trimRow, type Cell } from '../support/export-files';
import { ok, type Network } from '../support/network';
import { EXPORT_LISTS } from '../../gateway/exports/registry';
import { cells, headers } from '../../gateway/exports/sheet';
import { neutralise } from '../../gateway/exports/cells';
import { PAGE_SIZE } from '../../gateway/exports/pages';
import { screenshot } from './support/browser';
import { originOf } from './support/demo-network';
import { demoPages } from './support/demo-pages';
import { closeDropdowns, pickOption, queueShown, signInWithToken, textShown } from './support/console-page';
import { COMPLAINT_CHANNEL_OPTIONS } from '../../gateway/web/src/console/rules/supervision';

// 导出 in a real browser: the file Chromium saves holds what the page's table shows.
const demo = demoPages();
let net: Network;
const PERIOD = { from: '2026-11-01', to: '2026-11-20' };

beforeAll(() => {
  net = demo.net;
});

/** Opens 导出 of `scope` and clicks a format; resolves with the saved file's name and bytes. */
async function exportVia(p: Page, scope: string, label: string): Promise<{ name: string; bytes: Buffer }> {
  await p.click(`${scope} [data-test="export"]`);
  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('.el-dropdown-menu__item:visible', { hasText: label }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

test('导出 Excel of the dashboard’s per-unit table saves the table shown, with its period', async () => {
  const p = (await demo.watch('laptop')).page;
  const supervisor = await net.token({ role: 'SUPERVISOR', name: '效能督查员' });
  await p.goto(`${originOf(net)}/dashboard?from=${PERIOD.from}&to=${PERIOD.to}`);
  await p.fill('#token-input', supervisor);
  await p.click('#token-sign-in');
  await p.waitForSelector(`body[data-loaded="${PERIOD.from}/${PERIOD.to}"]`);
  await p.locator('#figures [data-test="export"]').scrollIntoViewIfNeeded();
  await screenshot(p, 'dashboard-export-1366x768');

  const shown = await p.$$eval('#figures table.figures tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim())));
  const head = await p.$$eval('#figures table.figures thead th', (ths) => ths.map((t) => t.textContent!.trim()));
  const { name, bytes } = await exportVia(p, '#figures', '导出 Excel');
  expect(name).toMatch(/^各单位办件统计-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const rows = await readXlsx(bytes);
  expect(rows[0]).toEqual(['各单位办件统计']);
  expect(rows[1]).toEqual([`统计期间：${PERIOD.from} 至 ${PERIOD.to}`]);
  expect(rows[2]![0]).toMatch(/^导出时间：/);
  expect(rows[3]).toEqual(head);
  expect(head).toEqual(['单位', ...FIGURE_COLUMNS.map((c) => c.label)]);
  expect(rows.slice(4).map((r) => r.map((v) => String(v)))).toEqual(shown);
  expect(shown.length).toBeGreaterThan(5);
  await p.locator('.el-message--success').first().waitFor();
});

test('a county clerk exports the queue as CSV: the rows the queue lists, newest first', async () => {
  const p = (await demo.watch('laptop')).page;
  const { token } = (await (await fetch(`${originOf(net)}/dev/token?role=COUNTY_CLERK&department=SCJG`)).json()) as { token: string };
  await signInWithToken(p, originOf(net), token);
  await queueShown(p);
  await p.waitForSelector('[data-test="case-number"]');
  await screenshot(p, 'queue-export-1366x768');
  const numbers = await p.$$eval('[data-test="case-number"]', (els) => els.map((e) => e.textContent!.trim()));
  const total = Number((await p.textContent('[data-test="queue-total"]'))!.replace(/\D/g, ''));
  const { name, bytes } = await exportVia(p, '.toolbar', '导出 CSV');
  expect(name).toMatch(/^县级办件-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = readCsv(bytes.subarray(3).toString('utf8'));
  expect(records[0]).toEqual(['县级办件']);
  expect(records[2]![0]).toBe('办件编号');
  expect(records.length - 3).toBe(total);
  expect(records.slice(3, 3 + numbers.length).map((r) => r[0])).toEqual(numbers);
});

/** The list as the graph gives it to this caller, every page, as the file's cells. */
async function graphRows(name: string, variables: Record<string, unknown>, token: string, role: string): Promise<Cell[][]> {
  const l = EXPORT_LISTS.get(name)!;
  const rows: Cell[][] = [];
  for (const source of l.sources) {
    if (source.skip?.(variables)) continue;
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const vars = { ...source.variables(variables), ...(source.paged ? { limit: PAGE_SIZE, offset } : {}) };
      const page = source.read(await ok(net.gatewayUrl, source.document, vars, token));
      rows.push(...page.rows.map((r) => trimRow(cells(l, r, { role }).map(neutralise))));
      if (!source.paged || page.rows.length < PAGE_SIZE) break;
    }
  }
  return rows;
}

test('on the demo data every list’s file equals the graph’s list, and the lists are not empty', async () => {
  const admin = await net.token({ role: 'COUNTY_ADMIN', name: '县中心管理员' });
  const supervisor = await net.token({ role: 'SUPERVISOR', name: '效能督查员' });
  const period = ['unit-statistics', 'county-refusals', 'township-refusals'];
  for (const [name, l] of EXPORT_LISTS) {
    const variables = period.includes(name) ? PERIOD : {};
    const token = name.endsWith('audit-log') ? admin : supervisor;
    const role = name.endsWith('audit-log') ? 'COUNTY_ADMIN' : 'SUPERVISOR';
    const res = await fetch(`${originOf(net)}/export/${name}.xlsx`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ variables }) });
    expect([name, res.status]).toEqual([name, 200]);
    const rows = await readXlsx(Buffer.from(await res.arrayBuffer()));
    const start = l.period?.(variables) ? 3 : 2;
    expect([name, rows[start]]).toEqual([name, headers(l)]);
    const expected = await graphRows(name, variables, token, role);
    expect([name, expected.length > 0]).toEqual([name, true]);
    expect([name, rows.slice(start + 1).map(trimRow)]).toEqual([name, expected]);
  }
});

/** The cells of the table rows a page shows under `scope`. */
const tableShown = (p: Page, scope: string) =>
  p.$$eval(`${scope} .el-table__body tr.el-table__row`, (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent!.trim())));

test('效能投诉 filtered by 来源: 导出 Excel holds the rows the page shows, in its order, under the page’s period', async () => {
  const p = (await demo.watch('laptop')).page;
  const supervisor = await net.token({ role: 'SUPERVISOR', name: '效能督查员' });
  await signInWithToken(p, originOf(net), supervisor);
  await p.waitForSelector('.el-menu-item');
  await p.goto(`${originOf(net)}/console#/supervision/complaints`);
  await p.waitForSelector('[data-test="complaint-number"]');
  const [from, to] = await p.$$eval('#complaint-period input', (els) => els.map((e) => (e as HTMLInputElement).value));
  // The channel of the first complaint listed, so the filter keeps some rows.
  const channel = (await tableShown(p, ''))[0]![1]!;
  const value = COMPLAINT_CHANNEL_OPTIONS.find((o) => o.label === channel)!.value;
  const expected = (await ok(net.gatewayUrl, `query($f: ComplaintFilter) { complaints(filter: $f, limit: 1) { total } }`, { f: { channel: [value], filedFrom: from, filedTo: to } }, supervisor)).complaints.total;
  await pickOption(p, 'complaint-channel', channel);
  await closeDropdowns(p);
  await textShown(p, '[data-test="complaint-total"]', `共 ${expected} 件`);
  await p.waitForFunction((c) => [...document.querySelectorAll('.el-table__body tr.el-table__row')].every((r) => r.querySelectorAll('td')[1]?.textContent?.trim() === c), channel);
  await screenshot(p, 'complaints-export-1366x768');
  const shown = await tableShown(p, '');

  const { name, bytes } = await exportVia(p, '.toolbar:has(#complaint-channel)', '导出 Excel');
  expect(name).toMatch(/^效能投诉-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const rows = await readXlsx(bytes);
  expect(rows[0]).toEqual(['效能投诉']);
  expect(rows[1]).toEqual([`统计期间：${from} 至 ${to}`]);
  expect(rows[2]![0]).toMatch(/^导出时间：/);
  const head = rows[3]!;
  expect(head.slice(0, 4)).toEqual(['投诉编号', '来源渠道', '被投诉单位类型', '被投诉单位']);
  const body = rows.slice(4);
  expect(body).toHaveLength(expected);
  const at = (h: string) => head.indexOf(h);
  // The page's columns: number, 来源, unit, complainant, status, filed, due date (a 延 mark after it).
  const asShown = body.slice(0, shown.length).map((r) => [r[at('投诉编号')], r[at('来源渠道')], r[at('被投诉单位')], r[at('投诉人')], r[at('状态')], r[at('投诉时间')], r[at('办理期限')]]);
  expect(asShown).toEqual(shown.map((c) => [c[0], c[1], c[2], c[3], c[4], c[5], c[6]!.replace(/延$/, '')]));
  expect(shown.length).toBeGreaterThan(0);
});

test('a county administrator’s 操作日志 exports the entries the page lists, newest first', async () => {
  const p = (await demo.watch('laptop')).page;
  const admin = await net.token({ role: 'COUNTY_ADMIN', name: '县中心管理员' });
  await signInWithToken(p, originOf(net), admin);
  await p.waitForSelector('.el-menu-item');
  await p.goto(`${originOf(net)}/console#/admin/audit`);
  await p.waitForSelector('[data-test="audit-action"]');
  await screenshot(p, 'audit-log-export-1366x768');
  const total = Number((await p.textContent('[data-test="audit-total"]'))!.replace(/\D/g, ''));
  // 时间, 操作人 (name · role · unit), 操作, 对象, 对象编号: the expand column's cell comes first.
  const shown = (await tableShown(p, '[data-test="audit-table"]')).map((c) => [c[1], c[2]!.split(' · ')[0], c[3], c[4], c[5]]);
  const { name, bytes } = await exportVia(p, '.toolbar:has(#audit-role)', '导出 CSV');
  expect(name).toMatch(/^县级操作日志-\d{4}-\d{2}-\d{2}\.csv$/);
  const records = readCsv(bytes.subarray(3).toString('utf8'));
  expect(records[0]).toEqual(['县级操作日志']);
  const head = records[2]!;
  expect(head).toEqual(['时间', '操作人', '角色', '对象类型', '对象', '操作', '变更内容']);
  const body = records.slice(3);
  expect(body).toHaveLength(total);
  expect(body.slice(0, shown.length).map((r) => [r[0], r[1], r[5], r[3], r[4]])).toEqual(shown);
  expect(shown.length).toBeGreaterThan(0);
});
