import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../subgraphs/shared/config/env';
import { projectRoot } from '../subgraphs/shared/graphql/sdl';
import { gatewayClient } from './lib/gateway-client';

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
    await shoot(browser, 'console-intake', { width: 1366, height: 768 }, clerk, `${base}/console#/intake`, '#intake-item');
    // The back office: 中心管理 for the administrator, 电子监察 for the efficiency office.
    await shoot(browser, 'console-admin-items', { width: 1366, height: 768 }, admin, `${base}/console#/admin/items`, '[data-test="item-total"]');
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

async function shoot(browser: import('playwright-core').Browser, name: string, viewport: { width: number; height: number }, staffToken: string | null, url: string, ready: string) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page: Page = await context.newPage();
  // Signed in as the pages keep it: the token in the tab's sessionStorage.
  if (staffToken) await page.addInitScript({ content: `sessionStorage.setItem('liandong.token', ${JSON.stringify(staffToken)})` });
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 15_000 });
  await page.waitForTimeout(300); // let the charts finish drawing
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`wrote ${path.relative(projectRoot(), file)}`);
  await context.close();
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
