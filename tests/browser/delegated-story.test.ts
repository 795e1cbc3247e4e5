/**
 * The whole delegated story, through the pages only: a township clerk takes in a county item
 * (委托受理) and prints the receipt; the forwarder takes it to the county, whose clerk finds it in
 * 我的办件, asks for a supplement once; the township collects it; the county works the case through
 * a special procedure to an approval; the township hands the result over; the applicant follows
 * all of it on /track. Every step is a click or a keystroke in a page; the graph is read only at
 * the end, to check what the pages did.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { confirmAction, numbersInQueue, openAction, pickOption, queueShown, signInWithToken, statusShown, textShown } from './support/console-page';
import { ok } from '../support/network';
import { residentIdCheckChar } from '../../subgraphs/shared/domain/identity';

const pages = demoPages();

interface Offered {
  countyItem: { id: string; department: { id: string; name: string } };
  name: string;
  kind: 'IMMEDIATE' | 'PROMISED';
  materials: { name: string; mandatory: boolean }[];
}
const OFFERED = `query($t: ID!) { delegableCountyItems(townshipId: $t) { countyItem { id department { id name } } name kind materials { name mandatory } } }`;

let township: { id: string; name: string };
let item: Offered;
let townshipClerk: string;
let countyClerk: string;

const APPLICANT = '赵春梅';
const FIRST17 = '51102219880914262';
const ID_NUMBER = FIRST17 + residentIdCheckChar(FIRST17);
const SUPPLEMENT_NOTE = '请补交加盖公章的原件扫描件';
const PROCEDURE_REASON = '需组织专家现场评审';
const RESULT_NUMBER = '临审批〔2026〕301号';

/** Set during the story, used by the later steps. */
const story = { intakeId: '', number: '', queryCode: '', countyCaseId: '', countyNumber: '', supplemented: '' };

beforeAll(async () => {
  const { townships } = await ok<{ townships: { id: string; name: string }[] }>(pages.net.gatewayUrl, '{ townships { id name } }');
  for (const t of townships) {
    const offered = (await ok<{ delegableCountyItems: Offered[] }>(pages.net.gatewayUrl, OFFERED, { t: t.id })).delegableCountyItems;
    // A promised item (a supplement and a special procedure make sense for it) with mandatory materials.
    const found = offered.find((i) => i.kind === 'PROMISED' && i.materials.some((m) => m.mandatory));
    if (found) {
      township = t;
      item = found;
      break;
    }
  }
  if (!item) throw new Error('the demo data has no promised county item delegated to a township');
  townshipClerk = await pages.net.token({ role: 'TOWNSHIP_CLERK', townshipId: township.id, name: '乡镇窗口全程员' });
  countyClerk = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: item.countyItem.department.id, name: '县级窗口全程员' });
}, 240_000);

const origin = () => originOf(pages.net);
const mandatory = () => item.materials.filter((m) => m.mandatory).map((m) => m.name);

/** Polls through the page: reloads until the check holds, or fails after the bound. */
async function untilShown(page: Page, check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`not shown within ${timeoutMs / 1000} s: ${what}`);
    await new Promise((r) => setTimeout(r, 500));
    await page.reload();
  }
}

const boardReady = (page: Page) => page.waitForSelector(`#township-board[data-state="ready"][data-township-id="${township.id}"]`);
const rowOf = (list: string, number: string) => `[data-panel="${list}"] tr:has([data-number="${number}"])`;

/** Opens 待办 and waits, reloading, until the intake is listed under this tab. */
async function onBoardUnder(page: Page, list: string, tabLabel: string): Promise<void> {
  await page.goto(`${origin()}/console#/township`);
  await untilShown(
    page,
    async () => {
      await boardReady(page);
      return (await page.locator(`[data-panel="${list}"] [data-number="${story.number}"]`).count()) === 1;
    },
    `${story.number} under ${tabLabel}`,
  );
  await page.click(`#tab-${list}`);
  await page.waitForSelector(rowOf(list, story.number), { state: 'visible' });
}

/** Opens the county case's detail from 我的办件, found by the intake's number in the search box. */
async function openFromQueue(page: Page): Promise<void> {
  await page.goto(`${origin()}/console#/queue`);
  await queueShown(page);
  await pickOption(page, 'search-kind', '办件编号');
  await page.fill('#queue-search', story.number);
  await page.press('#queue-search', 'Enter');
  await textShown(page, '[data-test="queue-total"]', '共 1 件');
  const shown = await numbersInQueue(page);
  expect(shown).toHaveLength(1);
  story.countyNumber = shown[0]!;
  await page.click('[data-test="case-number"]');
  await page.waitForSelector('[data-test="case-status"]');
  story.countyCaseId = new URL(page.url()).hash.replace('#/cases/', '').split('?')[0]!;
}

const actionsShown = (page: Page) => page.$$eval('button[data-action]', (els) => els.map((e) => e.getAttribute('data-action')));

test('a delegated intake from the township window to the applicant’s hands, through the pages only', async () => {
  const { page: town } = await pages.watch('laptop');
  const { page: county } = await pages.watch('laptop');
  const { page: applicant } = await pages.watch('laptop');
  // The story's steps are the pages' own: this test sends nothing to the graph until the end.
  const sentByPages: string[] = [];
  for (const p of [town, county, applicant]) p.on('request', (r) => new URL(r.url()).pathname === '/graphql' && sentByPages.push(r.postData() ?? ''));

  // 1. 委托受理 at the township window, and its receipt.
  await signInWithToken(town, origin(), townshipClerk);
  await town.waitForSelector('[data-test="queue-total"]');
  await town.click('.el-menu-item:has-text("委托受理")');
  await town.waitForSelector('#intake-item');
  await pickOption(town, 'intake-item', item.name);
  await town.waitForSelector('#intake-materials');
  expect(await town.textContent('[data-test="intake-department"]')).toBe(item.countyItem.department.name);
  for (const m of mandatory()) await town.click(`#intake-materials .el-checkbox:has-text("${m}")`);
  await town.fill('#intake-name', APPLICANT);
  await town.fill('#intake-id', ID_NUMBER);
  await town.fill('#intake-phone', '13700001234');
  await town.click('#intake-submit');
  await town.waitForSelector('[data-test="intake-accepted"]');
  story.number = (await town.textContent('[data-test="intake-number"]'))!.trim();
  story.queryCode = (await town.textContent('[data-test="intake-code"]'))!.trim();
  expect(story.number).toMatch(/\S/);
  expect(story.queryCode).toMatch(/\S/);
  story.intakeId = (await town.getAttribute('#intake-open', 'href'))!.replace('#/intakes/', '');
  await screenshot(town, 'story-1-intake-accepted');

  // The receipt opens in a tab of its own, as the clerk's print button does.
  const [sheet] = await Promise.all([town.context().waitForEvent('page'), town.click('#intake-print')]);
  const sheetErrors: string[] = [];
  sheet.on('pageerror', (e) => sheetErrors.push(String(e)));
  sheet.on('console', (m) => m.type() === 'error' && sheetErrors.push(m.text()));
  await sheet.waitForSelector('.print-sheet');
  if (await sheet.$('[data-test="qr"]')) await sheet.waitForSelector('[data-test="qr"][data-ready="true"]');
  await sheet.emulateMedia({ media: 'print' });
  const receipt = await sheet.evaluate<string>(`document.body.innerText`);
  expect(receipt).toContain(story.number);
  expect(receipt).toContain(story.queryCode);
  expect(receipt).toContain(item.name);
  // Printed, the sheet is the receipt alone: no menu of the console.
  expect(receipt).not.toContain('委托受理\n待办');
  const pdf = await sheet.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.toString('latin1').startsWith('%PDF-')).toBe(true);
  await screenshot(sheet, 'story-1-intake-receipt-print');
  await sheet.close();
  expect(sheetErrors).toEqual([]);

  // 2. The forwarder takes it to the county: the intake's detail says so once it has.
  await town.goto(`${origin()}/console#/intakes/${story.intakeId}`);
  await untilShown(
    town,
    async () => {
      await town.waitForSelector('[data-test="intake-forwarded"]');
      return (await town.getAttribute('[data-test="intake-forwarded"]', 'data-forwarded')) === 'true';
    },
    'the intake forwarded',
  );
  expect(await town.getAttribute('[data-test="intake-stage"]', 'data-stage')).toBe('AT_COUNTY');

  // The county clerk of the item's department finds it by the intake's number. It arrives
  // accepted — the applicant was accepted once, at the township — so 受理 is not offered again.
  await signInWithToken(county, origin(), countyClerk);
  await queueShown(county);
  await openFromQueue(county);
  await statusShown(county, '已受理');
  expect(await county.textContent('[data-test="case-origin"]')).toContain(township.name);
  expect(await actionsShown(county)).not.toContain('ACCEPT');
  await screenshot(county, 'story-2-county-case');

  await openAction(county, 'REQUEST_SUPPLEMENT');
  const box = county.locator('#action-materials .el-checkbox').first();
  story.supplemented = (await box.textContent())!.replace('必交', '').trim();
  await box.click();
  await county.fill('#action-note', SUPPLEMENT_NOTE);
  await screenshot(county, 'story-2-supplement-notice-dialog');
  await confirmAction(county, '待补正');

  // 3. The township collects the supplement from 待办.
  await onBoardUnder(town, 'supplementsToCollect', '待收补正材料');
  await town.click(`${rowOf('supplementsToCollect', story.number)} button[data-action="supplement"]`);
  await town.waitForSelector('#supplement-dialog', { state: 'visible' });
  expect(await town.$$eval('#supplement-materials .el-checkbox', (els) => els.map((e) => e.textContent!.trim()))).toEqual([story.supplemented]);
  expect(await town.locator('#supplement-materials .el-checkbox.is-checked').count()).toBe(1);
  await town.fill('#supplement-note', '申请人已当场补交');
  await screenshot(town, 'story-3-supplement-dialog');
  await town.click('#supplement-dialog-submit');
  await town.waitForSelector('#supplement-dialog', { state: 'hidden' });
  expect(await town.locator('.el-message--success').last().textContent()).toContain(`已提交补正材料：${story.number}`);

  // 4. Once the supplement has arrived, the county works the case to an approval.
  await county.reload();
  await untilShown(
    county,
    async () => {
      await county.waitForSelector('[data-test="case-status"]');
      return (await county.locator('button[data-action="START"]').count()) === 1;
    },
    'the supplement at the county',
  );
  await statusShown(county, '已受理');
  await openAction(county, 'START');
  await confirmAction(county, '办理中');
  await openAction(county, 'ENTER_SPECIAL_PROCEDURE');
  await county.click('#action-procedure-kind .el-radio:has-text("其他")');
  await county.fill('#action-reason', PROCEDURE_REASON);
  await confirmAction(county, '特别程序');
  await textShown(county, '[data-test="case-paused"]', '已暂停');
  await screenshot(county, 'story-4-special-procedure');
  await openAction(county, 'RESUME');
  await confirmAction(county, '办理中');
  await textShown(county, '[data-test="case-paused"]', '正常');
  await openAction(county, 'APPROVE');
  await county.fill('#action-result-number', RESULT_NUMBER);
  await confirmAction(county, '准予许可');
  await screenshot(county, 'story-4-approved');

  // 5. The result is at the township: handed over in person.
  await onBoardUnder(town, 'readyForHandover', '待送达');
  await town.click(`${rowOf('readyForHandover', story.number)} button[data-action="handover"]`);
  await town.waitForSelector('#handover-dialog', { state: 'visible' });
  expect(await town.isChecked('#handover-in-person')).toBe(true);
  await town.fill('#handover-note', '申请人本人持身份证领取');
  await town.click('#handover-dialog-submit');
  await town.waitForSelector('#handover-dialog', { state: 'hidden' });
  await town.waitForSelector(rowOf('readyForHandover', story.number), { state: 'detached' });
  expect(await town.locator('.el-message--success').last().textContent()).toBe(`已登记送达：${story.number}`);
  await screenshot(town, 'story-5-handed-over');

  // 6. The applicant, signed in nowhere, follows both tiers on /track until the handover shows.
  await applicant.goto(`${origin()}/track`);
  await applicant.fill('#track-number', story.number);
  await applicant.fill('#track-code', story.queryCode);
  await applicant.click('#track-submit');
  await applicant.waitForSelector('#timeline');
  const labels = () => applicant.$$eval('#timeline > li .step-label', (els) => els.map((e) => e.textContent!.trim()));
  await untilShown(
    applicant,
    async () => {
      await applicant.waitForSelector('#timeline');
      return (await labels()).includes('送达');
    },
    'the handover on /track',
  );
  const steps = await applicant.$$eval('#timeline > li', (lis) =>
    lis.map((li) => ({ label: li.querySelector('.step-label')?.textContent?.trim() ?? '', unit: li.querySelector('.step-unit')?.textContent?.trim() ?? '' })),
  );
  const shown = steps.map((s) => s.label);
  const expected = ['委托受理', '已转报县级', '一次性告知补正', '补正提交', '开始办理', '进入特别程序', '恢复办理', '准予许可', '送达'];
  // In the order they happened (other steps, such as calendar notes, may sit between them).
  expect(shown.filter((l) => expected.includes(l))).toEqual(expected);
  expect(steps[0]).toEqual({ label: '委托受理', unit: township.name });
  expect(steps.find((s) => s.label === '准予许可')!.unit).toBe(item.countyItem.department.name);
  expect(await applicant.textContent('#case-number')).toBe(story.number);
  expect(await applicant.textContent('#status-label')).toBe('已送达');
  const text = await applicant.innerText('body');
  for (const personal of [APPLICANT, ID_NUMBER]) expect(text).not.toContain(personal);
  await screenshot(applicant, 'story-6-track');

  // No step above was a call of this test's own: the pages made every one of them.
  expect(sentByPages.some((b) => /acceptDelegatedIntake/.test(b))).toBe(true);
  expect(sentByPages.some((b) => /resubmitIntakeSupplement/.test(b))).toBe(true);
  expect(sentByPages.some((b) => /handOverIntake/.test(b))).toBe(true);

  // Then the graph, read once: both records ended where the pages left them.
  const { delegatedIntake } = await ok(
    pages.net.gatewayUrl,
    `query($id: ID!) { delegatedIntake(id: $id) { number queryCode stage forwarded countyCaseNumber deliveryMethod handedOverAt submittedMaterials applicant { name idNumber } } }`,
    { id: story.intakeId },
    townshipClerk,
  );
  expect(delegatedIntake).toMatchObject({
    number: story.number,
    queryCode: story.queryCode,
    stage: 'HANDED_OVER',
    forwarded: true,
    countyCaseNumber: story.countyNumber,
    deliveryMethod: 'IN_PERSON',
    applicant: { name: APPLICANT, idNumber: ID_NUMBER },
  });
  expect(delegatedIntake.handedOverAt).not.toBeNull();
  expect([...delegatedIntake.submittedMaterials].sort()).toEqual(expect.arrayContaining(mandatory().sort()));

  const { countyCase } = await ok(
    pages.net.gatewayUrl,
    `query($id: ID!) { countyCase(id: $id) { number status resultDocumentNumber deliveryMethod specialProcedureKind missingMaterials origin { number } history { step note } } }`,
    { id: story.countyCaseId },
    countyClerk,
  );
  expect(countyCase).toMatchObject({ number: story.countyNumber, status: 'DELIVERED', resultDocumentNumber: RESULT_NUMBER, deliveryMethod: 'IN_PERSON', origin: { number: story.number } });
  const history = countyCase.history as { step: string; note: string | null }[];
  const main = ['receive', 'accept', 'requestSupplement', 'resubmit', 'start', 'enterSpecialProcedure', 'resume', 'approve', 'deliver'];
  expect(history.map((h) => h.step).filter((s) => main.includes(s))).toEqual(main);
  expect(history.find((h) => h.step === 'requestSupplement')!.note).toContain(SUPPLEMENT_NOTE);
  expect(history.find((h) => h.step === 'enterSpecialProcedure')!.note).toContain(PROCEDURE_REASON);
});
