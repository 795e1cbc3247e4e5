/**
 * The township work board in the staff console (/console#/township; the old /township redirects
 * there) in a real Chromium against the demo network: what the page shows is what the graph
 * answers for the same token, and the two clerk actions change the graph.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, type ScreenName, type WatchedPage } from './support/browser';
import { pickOption } from './support/console-page';
import { DEMO_NOW, originOf, startDemoNetwork } from './support/demo-network';
import { ok, type Network } from '../support/network';
import { signToken } from '../../subgraphs/shared/auth/jwt';
import { demoApplicant } from '../../subgraphs/shared/demo/applicants';
import { Rng } from '../../subgraphs/shared/demo/random';
import { ROLE_LABELS } from '../../gateway/web/src/shared/roles';

const LISTS = ['waitingForward', 'supplementsToCollect', 'readyForHandover', 'overdue'] as const;
type ListKey = (typeof LISTS)[number];

interface Row {
  id: string;
  number: string;
  version: number;
  stage: string;
  applicant: { name: string };
}
type WorkList = Record<ListKey, Row[]> & {
  township: { id: string; name: string; status: { todayIntake: number; backlog: number; overdue: number; waitingForward: number } };
};

const ROW = 'id number version stage applicant { name }';
const WORK_LIST = `query($t: ID) { townshipWorkList(townshipId: $t) {
  township { id name status { todayIntake backlog overdue waitingForward } }
  ${LISTS.map((l) => `${l} { ${ROW} }`).join(' ')} } }`;
const INTAKE = `query($id: ID!) { delegatedIntake(id: $id) { stage version handedOverAt deliveryMethod trackingNumber } }`;

let net: Network;
let browser: Browser;
let origin: string;
let admin: string;
/** A township whose window has results to hand over and supplements to collect. */
let busy: { id: string; name: string };

beforeAll(async () => {
  net = await startDemoNetwork();
  browser = await launchBrowser();
  origin = originOf(net);
  admin = await net.token({ role: 'COUNTY_ADMIN' });
  const { townships } = await ok<{ townships: { id: string; name: string }[] }>(net.gatewayUrl, '{ townships { id name } }', {}, admin);
  for (const t of townships) {
    const w = (await ok<{ townshipWorkList: WorkList }>(net.gatewayUrl, WORK_LIST, { t: t.id }, admin)).townshipWorkList;
    if (w.readyForHandover.length >= 2 && w.supplementsToCollect.length >= 1) {
      busy = t;
      break;
    }
  }
  if (!busy) throw new Error('the demo data has no township with two results to hand over and a supplement to collect');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await net?.stop();
});

/** A fresh context per test; whatever happens, the page must stay on this machine and log no errors. */
async function withPage(screen: ScreenName, fn: (w: WatchedPage) => Promise<void>, allowedConsole: RegExp[] = []): Promise<void> {
  const w = await openPage(browser, screen);
  try {
    await fn(w);
  } finally {
    await w.close();
  }
  expect(w.outside).toEqual([]);
  expect(w.pageErrors.filter((e) => !allowedConsole.some((re) => re.test(e)))).toEqual([]);
}

/** Opens the old address (it redirects into the console) and signs in as a demo identity. */
async function demoSignIn(page: Page, role: string, townshipName?: string): Promise<void> {
  await page.goto(`${origin}/township`);
  await page.waitForSelector('#demo-sign-in');
  await pickOption(page, 'demo-role', ROLE_LABELS[role as keyof typeof ROLE_LABELS]);
  if (townshipName) await pickOption(page, 'demo-township', townshipName);
  await page.click('#demo-sign-in');
}

async function pasteToken(page: Page, token: string): Promise<void> {
  await page.fill('#token-input', token);
  await page.click('#token-sign-in');
}

const boardReady = (page: Page, townshipId: string) => page.waitForSelector(`#township-board[data-state="ready"][data-township-id="${townshipId}"]`);
// Expressions as strings: the tests typecheck without the DOM library.
const pageToken = (page: Page) => page.evaluate<string | null>(`sessionStorage.getItem('liandong.token')`);
const workList = async (token: string, townshipId?: string) => (await ok<{ townshipWorkList: WorkList }>(net.gatewayUrl, WORK_LIST, { t: townshipId ?? null }, token)).townshipWorkList;
const numbersOnPage = (page: Page, list: ListKey) => page.$$eval(`[data-panel="${list}"] [data-number]`, (els) => els.map((el) => el.getAttribute('data-number')!));
/** The table row of an intake in a list. */
const rowOf = (list: ListKey, number: string) => `[data-panel="${list}"] tr:has([data-number="${number}"])`;
/** The success message the console shows after an action. */
const notice = (page: Page) => page.locator('.el-message--success').last().textContent();
/** A parameter of the console's hash route (#/township?township=…). */
const hashParam = (page: Page, name: string) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get(name);
/** The text an Element Plus select shows as chosen. */
const chosen = (page: Page, selectId: string) => page.textContent(`.el-select:has(#${selectId}) .el-select__selected-item:not(.is-hidden)`);
const signInProblem = (page: Page) => page.locator('.sign-in .el-alert__title').first().textContent();
const sorted = (xs: string[]) => [...xs].sort();

/** Counts on the tabs, rows in each list and the status figures equal the graph's answer. */
async function expectPageMatches(page: Page, w: WorkList): Promise<void> {
  for (const list of LISTS) {
    expect(await page.textContent(`[data-count="${list}"]`)).toBe(String(w[list].length));
    expect(sorted(await numbersOnPage(page, list))).toEqual(sorted(w[list].map((r) => r.number)));
    if (!w[list].length) expect(await page.textContent(`[data-empty="${list}"]`)).toMatch(/^暂无/);
    else expect(await page.locator(`[data-empty="${list}"]`).count()).toBe(0);
  }
  for (const fact of ['todayIntake', 'backlog', 'overdue', 'waitingForward'] as const) {
    expect(await page.textContent(`[data-fact="${fact}"] .value`)).toBe(String(w.township.status[fact]));
  }
  expect(await page.textContent('#township-name')).toContain(w.township.name);
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate<{ scrollWidth: number; clientWidth: number }>(
    `({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })`,
  );
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('a township clerk sees the graph’s work list and records a handover in person', async () => {
  await withPage('laptop', async ({ page }) => {
    await demoSignIn(page, 'TOWNSHIP_CLERK', busy.name);
    await boardReady(page, busy.id);
    const token = (await pageToken(page))!;
    const before = await workList(token);
    expect(before.township.id).toBe(busy.id);
    await expectPageMatches(page, before);
    // The clerk handles their own township's intakes: names are shown as the graph gives them.
    const target = before.readyForHandover[0]!;
    await page.click('#tab-readyForHandover');
    const rowSel = rowOf('readyForHandover', target.number);
    expect(await page.textContent(rowSel)).toContain(target.applicant.name);
    await noHorizontalScroll(page);
    await screenshot(page, 'township-1366x768');

    await page.click(`${rowSel} button[data-action="handover"]`);
    await page.waitForSelector('#handover-dialog', { state: 'visible' });
    expect(await page.isChecked('#handover-in-person')).toBe(true);
    expect(await page.isVisible('#handover-tracking')).toBe(false);
    await page.fill('#handover-note', '申请人本人持身份证领取');
    await screenshot(page, 'township-handover-dialog');
    await page.click('#handover-dialog-submit');
    await page.waitForSelector('#handover-dialog', { state: 'hidden' });
    await page.waitForSelector(rowSel, { state: 'detached' });
    expect(await notice(page)).toBe(`已登记送达：${target.number}`);

    const after = (await ok(net.gatewayUrl, INTAKE, { id: target.id }, token)).delegatedIntake;
    expect(after).toMatchObject({ stage: 'HANDED_OVER', deliveryMethod: 'IN_PERSON', trackingNumber: null });
    expect(after.handedOverAt).not.toBeNull();
    await boardReady(page, busy.id);
    await expectPageMatches(page, await workList(token));

    await page.setViewportSize({ width: 1920, height: 1080 });
    await noHorizontalScroll(page);
    await screenshot(page, 'township-1920x1080');
  });
});

test('express handover without a tracking number is stopped in the dialog and sends nothing', async () => {
  await withPage('laptop', async ({ page }) => {
    const mutations: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && /handOverIntake/.test(r.postData() ?? '')) mutations.push(r.postData()!);
    });
    await demoSignIn(page, 'TOWNSHIP_CLERK', busy.name);
    await boardReady(page, busy.id);
    const token = (await pageToken(page))!;
    const target = (await workList(token)).readyForHandover[0]!;
    await page.click('#tab-readyForHandover');
    await page.click(`${rowOf('readyForHandover', target.number)} button[data-action="handover"]`);
    await page.waitForSelector('#handover-dialog', { state: 'visible' });
    await page.check('#handover-express');
    await page.waitForSelector('#handover-tracking', { state: 'visible' });
    await page.click('#handover-dialog-submit');
    expect(await page.textContent('#handover-dialog-error')).toBe('邮寄送达须填写快递运单号。');
    expect(await page.getAttribute('#handover-tracking', 'aria-invalid')).toBe('true');
    expect(await page.isEnabled('#handover-dialog-submit')).toBe(true);
    await screenshot(page, 'township-handover-express-error');
    expect(mutations).toEqual([]);
    const still = (await ok(net.gatewayUrl, INTAKE, { id: target.id }, token)).delegatedIntake;
    expect(still).toMatchObject({ stage: 'READY_FOR_HANDOVER', version: target.version, handedOverAt: null });

    await page.click('#handover-dialog-cancel');
    await page.waitForSelector('#handover-dialog', { state: 'hidden' });
    expect(sorted(await numbersOnPage(page, 'readyForHandover'))).toContain(target.number);
  });
});

test('a clerk resubmits supplements; the intake leaves the supplement list', async () => {
  await withPage('laptop', async ({ page }) => {
    await demoSignIn(page, 'TOWNSHIP_CLERK', busy.name);
    await boardReady(page, busy.id);
    const token = (await pageToken(page))!;
    const target = (await workList(token)).supplementsToCollect[0]!;
    await page.click('#tab-supplementsToCollect');
    const rowSel = rowOf('supplementsToCollect', target.number);
    await page.click(`${rowSel} button[data-action="supplement"]`);
    await page.waitForSelector('#supplement-dialog', { state: 'visible' });
    const boxes = page.locator('#supplement-dialog .el-checkbox');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
    // A material not yet received blocks the resubmission, named in Chinese.
    await boxes.first().uncheck();
    await page.click('#supplement-dialog-submit');
    expect(await page.textContent('#supplement-dialog-error')).toMatch(/^以下材料尚未收齐：/);
    await boxes.first().check();
    await page.fill('#supplement-extra', '授权委托书');
    await screenshot(page, 'township-supplement-dialog');
    await page.click('#supplement-dialog-submit');
    await page.waitForSelector('#supplement-dialog', { state: 'hidden' });
    await page.waitForSelector(rowSel, { state: 'detached' });
    expect(await notice(page)).toContain(`已提交补正材料：${target.number}`);
    const after = (await ok(net.gatewayUrl, INTAKE, { id: target.id }, token)).delegatedIntake;
    expect(after.stage).not.toBe('SUPPLEMENT_TO_COLLECT');
  });
});

test('a garbage token and a token signed with another secret get clear messages', async () => {
  // Chromium logs the gateway's 401 answer to the refused token as a console error: that refusal
  // is what this test provokes, so exactly that line is expected; anything else still fails.
  const refused = [/^Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/];
  await withPage(
    'laptop',
    async ({ page }) => {
      await page.goto(`${origin}/township`);
      await page.waitForSelector('#token-input');
      await pasteToken(page, 'this-is-not-a-token');
      expect(await signInProblem(page)).toBe('令牌格式不正确，请完整粘贴。');
      expect(await pageToken(page)).toBeNull();

      const forged = await signToken({ userId: 'u-forged', name: '冒名者', role: 'TOWNSHIP_CLERK', townshipId: busy.id }, 'x'.repeat(32));
      await pasteToken(page, forged);
      await page.waitForSelector('.sign-in .el-alert__title:has-text("登录已失效")');
      expect(await signInProblem(page)).toBe('登录已失效：令牌无效或已过期，请重新登录。');
      expect(await pageToken(page)).toBeNull();
      expect(await page.locator('#township-board').count()).toBe(0);
      await screenshot(page, 'township-token-refused');
    },
    refused,
  );
});

test('a county administrator picks a township and sees its list, read-only; the address keeps the choice', async () => {
  await withPage('laptop', async ({ page }) => {
    await demoSignIn(page, 'COUNTY_ADMIN');
    // The old address opens the console's township boards; the overview is the administrator's other view.
    await page.waitForSelector('#township-board[data-state="ready"]');
    // The views outside the menu's groups (中心管理 and the like follow in groups of their own).
    expect(await page.$$eval('.el-menu > .el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).toEqual(['总览', '乡镇工作台']);
    const first = (await page.getAttribute('#township-board', 'data-township-id'))!;
    expect(hashParam(page, 'township')).toBe(first);

    await pickOption(page, 'township-picker', busy.name);
    await boardReady(page, busy.id);
    expect(hashParam(page, 'township')).toBe(busy.id);
    const w = await workList(admin, busy.id);
    await expectPageMatches(page, w);
    // The administrator reads what the graph masks for them, and cannot act for the window.
    await page.click('#tab-readyForHandover');
    const r = w.readyForHandover[0]!;
    expect(await page.textContent(rowOf('readyForHandover', r.number))).toContain(r.applicant.name);
    expect(await page.isVisible('#read-only-note')).toBe(true);
    expect(await page.locator('button[data-action]').count()).toBe(0);
    await noHorizontalScroll(page);
    await screenshot(page, 'township-admin');

    await page.reload();
    await boardReady(page, busy.id);
    expect((await chosen(page, 'township-picker'))?.trim()).toBe(busy.name);
    // A bookmark of the old address keeps the township too.
    await page.goto(`${origin}/township?township=${busy.id}`);
    await boardReady(page, busy.id);
    expect(hashParam(page, 'township')).toBe(busy.id);
  });
});

test('a handover recorded meanwhile by someone else: the dialog says so and the list reloads', async () => {
  await withPage('laptop', async ({ page }) => {
    await demoSignIn(page, 'TOWNSHIP_CLERK', busy.name);
    await boardReady(page, busy.id);
    const token = (await pageToken(page))!;
    const target = (await workList(token)).readyForHandover[0]!;
    await page.click('#tab-readyForHandover');
    await page.click(`${rowOf('readyForHandover', target.number)} button[data-action="handover"]`);
    await page.waitForSelector('#handover-dialog', { state: 'visible' });
    // A colleague at the next window hands the same result over first.
    await ok(net.gatewayUrl, `mutation($id: ID!, $v: Int!) { handOverIntake(id: $id, version: $v, method: IN_PERSON) { stage } }`, { id: target.id, v: target.version }, token);
    await page.click('#handover-dialog-submit');
    await page.waitForSelector('#handover-dialog-error:has-text("不在本列表中")');
    expect(await page.textContent('#handover-dialog-error')).toBe('该办件已由他人办理，已不在本列表中，无需再办理。');
    expect(await page.isDisabled('#handover-dialog-submit')).toBe(true);
    expect(await numbersOnPage(page, 'readyForHandover')).not.toContain(target.number);
    await page.click('#handover-dialog-cancel');
    await page.waitForSelector('#handover-dialog', { state: 'hidden' });
  });
});

test('a county clerk opening the township board is taken to their own queue instead of a blank page', async () => {
  await withPage('laptop', async ({ page }) => {
    const { departments } = await ok<{ departments: { id: string }[] }>(net.gatewayUrl, '{ departments { id } }', {}, admin);
    await page.goto(`${origin}/township`);
    await page.waitForSelector('#token-input');
    await pasteToken(page, await net.token({ role: 'COUNTY_CLERK', departmentId: departments[0]!.id }));
    await page.waitForSelector('[data-test="queue-total"]');
    expect(await page.locator('#township-board').count()).toBe(0);
    expect(await page.$$eval('.el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).not.toContain('乡镇窗口');
  });
});

// The last two stop in-memory subgraphs, whose data is then gone for good.
test('with the county unreachable, an intake waits to be forwarded and the list says why', async () => {
  await net.stopCounty();
  const clerk = await net.token({ role: 'TOWNSHIP_CLERK', townshipId: busy.id, name: '王建平' });
  const items = (
    await ok<{ delegableCountyItems: { countyItem: { id: string }; kind: 'IMMEDIATE' | 'PROMISED'; promisedDays: number; materials: { name: string; mandatory: boolean }[] }[] }>(
      net.gatewayUrl,
      `query($t: ID!) { delegableCountyItems(townshipId: $t) { countyItem { id } kind promisedDays materials { name mandatory } } }`,
      { t: busy.id },
      clerk,
    )
  ).delegableCountyItems;
  const item = items.find((i) => i.kind === 'PROMISED')!;
  const accepted = (
    await ok(
      net.gatewayUrl,
      `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id number } }`,
      {
        i: {
          requestId: 'township-page-county-down',
          countyItemId: item.countyItem.id,
          applicant: demoApplicant(new Rng('township-page'), { id: item.countyItem.id, kind: item.kind, promisedDays: item.promisedDays, materials: item.materials }),
          submittedMaterials: item.materials.filter((m) => m.mandatory).map((m) => m.name),
        },
      },
      clerk,
    )
  ).acceptDelegatedIntake;
  // Let the forwarder fail at least once, then let four working hours pass: past the 2-hour limit.
  for (let i = 0; i < 100; i++) {
    const w = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { forwardAttempts } }`, { id: accepted.id }, clerk)).delegatedIntake;
    if (w.forwardAttempts > 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  net.clock.set(new Date(Date.parse(DEMO_NOW) + 4 * 3600_000).toISOString());

  await withPage('laptop', async ({ page }) => {
    await page.goto(`${origin}/township`);
    await page.waitForSelector('#token-input');
    await pasteToken(page, clerk);
    await boardReady(page, busy.id);
    const w = await workList(clerk);
    expect(w.waitingForward.map((r) => r.number)).toEqual([accepted.number]);
    await expectPageMatches(page, w);
    // The first list with work opens by itself.
    expect(await page.getAttribute('#tab-waitingForward', 'aria-selected')).toBe('true');
    const row = page.locator(rowOf('waitingForward', accepted.number));
    expect((await row.getAttribute('class'))?.split(/\s+/)).toContain('warning');
    expect(await row.textContent()).toContain('超过转报时限');
    expect(await row.textContent()).toContain('转报未成功，系统自动重试中');
    expect(await page.textContent('[data-fact="waitingForward"] .detail')).toMatch(/^最久已等待 4小时/);
    await noHorizontalScroll(page);
    await screenshot(page, 'township-waiting-forward');
  });
});

test('with the township subgraph down the page says so', async () => {
  await net.stopTownship();
  await withPage('laptop', async ({ page }) => {
    await page.goto(`${origin}/township`);
    await page.waitForSelector('#token-input');
    await pasteToken(page, await net.token({ role: 'TOWNSHIP_CLERK', townshipId: busy.id }));
    await page.waitForSelector('#township-board[data-state="error"]');
    expect(await page.getAttribute('#load-error', 'data-code')).toBe('SERVICE_UNAVAILABLE');
    expect(await page.textContent('#load-error .el-alert__title')).toBe('乡镇服务暂不可用');
    expect(await page.isVisible('#retry')).toBe(true);
    await screenshot(page, 'township-unavailable');
  });
});
