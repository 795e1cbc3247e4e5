import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../subgraphs/shared/config/env';
import { projectRoot } from '../subgraphs/shared/graphql/sdl';
import { residentIdCheckChar } from '../subgraphs/shared/domain/identity';
import { gatewayClient, postGraphql } from './lib/gateway-client';

/**
 * `npm run screenshots` (with `npm start` running): the README's pictures of the console's views and
 * the tracking page, taken in Debian's Chromium at a clerk's laptop size (the overview at a wall
 * screen's) and written to gateway/web/screenshots/.
 */
const OUT = path.join(projectRoot(), 'gateway', 'web', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main() {
  const config = loadConfig(process.env);
  const base = `http://127.0.0.1:${config.GATEWAY_PORT}`;
  const { token, call } = gatewayClient(`${base}/graphql`, config.JWT_SECRET);
  const admin = await token({ userId: 'shots-admin', name: '县中心管理员', role: 'COUNTY_ADMIN' });
  const supervisor = await token({ userId: 'shots-supervisor', name: '效能督查员', role: 'SUPERVISOR' });
  // The township with the most results to hand over, and one finished delegated intake to track.
  const intakes = (await call(`{ delegatedIntakes(filter: { stage: [READY_FOR_HANDOVER] }, limit: 100) { nodes { township { id } } } }`, {}, admin)).delegatedIntakes.nodes;
  const busiest = mostCommon(intakes.map((i: { township: { id: string } }) => i.township.id));
  const clerk = await token({ userId: 'shots-clerk', name: '乡镇窗口人员', role: 'TOWNSHIP_CLERK', townshipId: busiest });
  // Query codes are shown only to the township that issued them.
  const [handed] = (await call(`{ delegatedIntakes(filter: { stage: [HANDED_OVER] }, limit: 1) { nodes { id township { id } } } }`, {}, admin)).delegatedIntakes.nodes;
  const issuer = await token({ userId: 'shots-issuer', name: '乡镇窗口人员', role: 'TOWNSHIP_CLERK', townshipId: handed.township.id });
  const done = (await call(`query($id: ID!) { delegatedIntake(id: $id) { number queryCode } }`, { id: handed.id }, issuer)).delegatedIntake;

  // A county window with work in hand: the department with the most cases in progress, and one of them.
  const progressing = (await call(`{ countyCases(filter: { status: [IN_PROGRESS] }, limit: 200) { nodes { id department { id } } } }`, {}, admin)).countyCases.nodes;
  const department = mostCommon(progressing.map((c: { department: { id: string } }) => c.department.id));
  const countyClerk = await token({ userId: 'shots-county-clerk', name: '县级窗口人员', role: 'COUNTY_CLERK', departmentId: department });
  const inHand = progressing.find((c: { department: { id: string } }) => c.department.id === department)!.id;

  // 网上申报 · 待受理: two residents applied online at the clerk's window; one township item stopped (停办).
  const waitingOnline = await applyOnlineAt(`${base}/graphql`, busiest, admin, call);
  const stopped = await townshipWithStoppedItem(admin, call);

  // The public guide of a county item that townships take in too (the one with the most materials).
  const delegable = (await call(`{ countyItems(filter: { delegable: true }) { id materials { name } } }`, {}, admin)).countyItems;
  const guide = [...delegable].sort((a: { materials: unknown[] }, b: { materials: unknown[] }) => b.materials.length - a.materials.length)[0].id;

  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await shoot(browser, 'dashboard', { width: 1920, height: 1080 }, supervisor, `${base}/console#/overview?from=${today.slice(0, 8)}01&to=${today}`, 'body[data-loaded]');
    await shoot(browser, 'township', { width: 1366, height: 768 }, clerk, `${base}/console#/township`, '#township-board[data-state="ready"]');
    await shoot(browser, 'console-queue', { width: 1366, height: 768 }, countyClerk, `${base}/console#/queue`, '[data-test="queue-total"]');
    await shoot(browser, 'console-case', { width: 1366, height: 768 }, countyClerk, `${base}/console#/cases/${inHand}`, '[data-test="case-status"]');
    await shoot(browser, 'console-receive', { width: 1366, height: 768 }, countyClerk, `${base}/console#/receive`, '#receive-item');
    await shoot(browser, 'console-print', { width: 1366, height: 768 }, countyClerk, `${base}/console#/print/acceptance-notice/county/${inHand}`, '.print-sheet');
    // The intake form lists the waiting online applications from a query of its own.
    await shoot(browser, 'console-intake', { width: 1366, height: 768 }, clerk, `${base}/console#/intake`, waitingOnline ? '[data-online-accept]' : '#intake-item');
    // The back office: 中心管理 for the administrator, 电子监察 for the efficiency office.
    await shoot(browser, 'console-admin-items', { width: 1366, height: 768 }, admin, `${base}/console#/admin/items`, '[data-test="item-total"]');
    await shoot(browser, 'console-admin-township-items', { width: 1366, height: 768 }, admin, `${base}/console#/admin/townships/${stopped}`, '[data-test="villages"]', async (page) => {
      await page.getByRole('tab', { name: /乡镇事项/ }).click();
      await page.waitForSelector('[data-test="township-items"] [data-test="township-item-state"]', { state: 'visible' });
    });
    await shoot(browser, 'console-admin-calendar', { width: 1366, height: 768 }, admin, `${base}/console#/admin/calendar?month=${today.slice(0, 4)}-10`, '.el-calendar');
    await shoot(browser, 'console-audit', { width: 1366, height: 768 }, admin, `${base}/console#/admin/audit`, '[data-test="audit-total"]');
    await shoot(browser, 'console-warnings', { width: 1366, height: 768 }, supervisor, `${base}/console#/supervision/warnings`, '[data-test="warning-total"]');
    await shoot(browser, 'console-complaints', { width: 1366, height: 768 }, supervisor, `${base}/console#/supervision/complaints`, '[data-test="complaint-total"]');
    await shoot(browser, 'guide-apply-phone', { width: 390, height: 844 }, null, `${base}/guide#/apply/county/${guide}`, '[data-test="apply-form"]');
    await shoot(browser, 'guide-phone', { width: 390, height: 844 }, null, `${base}/guide#/items/county/${guide}`, '[data-test="guide-page"]');
    await shoot(browser, 'track', { width: 1366, height: 768 }, null, `${base}/track?number=${done.number}&code=${done.queryCode}`, '.timeline-card');
  } finally {
    await browser.close();
  }
}

async function shoot(
  browser: import('playwright-core').Browser,
  name: string,
  viewport: { width: number; height: number },
  staffToken: string | null,
  url: string,
  ready: string,
  then?: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page: Page = await context.newPage();
  // Signed in as the pages keep it: the token in the tab's sessionStorage.
  if (staffToken) await page.addInitScript({ content: `sessionStorage.setItem('liandong.token', ${JSON.stringify(staffToken)})` });
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 15_000 });
  if (then) await then(page);
  await page.waitForTimeout(300); // let the charts finish drawing
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`wrote ${path.relative(projectRoot(), file)}`);
  await context.close();
}

type Call = ReturnType<typeof gatewayClient>['call'];

/** Two residents of the county with IDs whose check characters are right, and the items they apply for if the window takes them. */
const ONLINE_APPLICANTS = [
  { code: 'RSJ-001', name: '周建国', first17: '51109919620417035', phone: '13908167452', note: null },
  { code: 'YB-003', name: '刘晓燕', first17: '51109919880923124', phone: '18781623095', note: '本人在成都务工，周五回乡后到便民服务中心交材料' },
];

/**
 * 网上申报 at a township window, as the public sends it (no token): one application per resident,
 * of a county item delegated to that township. The request ids are fixed per township and item, so
 * a second run gets the first receipts back instead of new applications. Returns how many wait there.
 */
async function applyOnlineAt(graphqlUrl: string, townshipId: string, admin: string, call: Call): Promise<number> {
  const { township } = await call(`query($id: ID!) { township(id: $id) { divisionCode } }`, { id: townshipId }, admin);
  const items: { id: string; code: string; materials: { name: string; mandatory: boolean }[]; delegatedTownships: { id: string }[] | null }[] = (
    await call(`{ countyItems(filter: { delegable: true }) { id code materials { name mandatory } delegatedTownships { id } } }`, {}, admin)
  ).countyItems;
  const taken = items.filter((i) => !i.delegatedTownships || i.delegatedTownships.some((t) => t.id === townshipId)).sort((a, b) => a.code.localeCompare(b.code));
  const chosen = ONLINE_APPLICANTS.map((a, n) => ({ a, item: taken.find((i) => i.code === a.code) ?? taken[n] })).filter((c) => c.item);
  for (const { a, item } of chosen) {
    const input = {
      requestId: `screenshots-${township.divisionCode}-${item.code}`,
      itemId: item.id,
      townshipId,
      applicant: { name: a.name, idType: 'RESIDENT_ID', idNumber: a.first17 + residentIdCheckChar(a.first17), phone: a.phone },
      plannedMaterials: item.materials.filter((m) => m.mandatory).map((m) => m.name),
      note: a.note,
    };
    await postGraphql(graphqlUrl, {}, `mutation($i: DelegatedOnlineApplicationInput!) { applyDelegatedItemOnline(input: $i) { number } }`, { i: input });
  }
  const waiting = await call(`query($f: OnlineIntakeApplicationFilter) { onlineIntakeApplications(filter: $f, limit: 1) { total } }`, { f: { townshipId, status: ['RECEIVED'] } }, admin);
  return waiting.onlineIntakeApplications.total;
}

/**
 * A township whose catalog lists a stopped item (停办): the first that has one, else the first
 * township, after the administrator stops 城乡居民养老保险待遇领取资格认证 there (or, failing
 * that, its last item). A second run finds it stopped and changes nothing.
 */
async function townshipWithStoppedItem(admin: string, call: Call): Promise<string> {
  const fields = `id code name kind legalDays promisedDays legalBasis active supervisingDepartment { id } materials { name originals copies mandatory } fee { amountFen basis }`;
  const townships: { id: string; divisionCode: string; items: any[] }[] = (await call(`{ townships { id divisionCode items(includeInactive: true) { ${fields} } } }`, {}, admin)).townships;
  const withStopped = townships.find((t) => t.items.some((i) => !i.active));
  if (withStopped) return withStopped.id;
  const first = [...townships].sort((a, b) => a.divisionCode.localeCompare(b.divisionCode))[0];
  const item = first.items.find((i) => i.name.includes('待遇领取资格认证')) ?? first.items[first.items.length - 1];
  const { id, supervisingDepartment, ...rest } = item;
  const input = { ...rest, supervisingDepartmentId: supervisingDepartment.id, active: false };
  await call(`mutation($id: ID!, $i: TownshipItemInput!) { updateTownshipItem(id: $id, input: $i) { item { active } } }`, { id, i: input }, admin);
  return first.id;
}

function mostCommon(ids: string[]): string {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
