/**
 * The console's printed documents in a real Chromium against the demo network: cases are put into
 * each state through GraphQL, each document is opened at #/print/<kind>/<tier>/<id> and rendered
 * with print media (page.pdf), and what the printed page shows is checked against the graph:
 * number, query code, materials, reason, waybill, the unit and the date, and the QR code's address.
 * The township's 受理回执 prints with the county stopped (the last test).
 */
import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { signInWithToken, queueShown } from './support/console-page';
import { ok } from '../support/network';
import { residentIdCheckChar } from '../../subgraphs/shared/domain/identity';
import { projectRoot } from '../../subgraphs/shared/graphql/sdl';
import { chineseDate, QR_OPTIONS, trackingUrl } from '../../gateway/web/src/console/print/rules';

const pages = demoPages();
let countyClerk: string;
let townshipClerk: string;
let department: { id: string; name: string };
let township: { id: string; name: string };
interface Item {
  id: string;
  name: string;
  promisedDays: number;
  materials: { name: string; mandatory: boolean }[];
}
let countyItem: Item;
let townshipItem: Item;
let seq = 0;

const ID17 = '51102219850612731';
const APPLICANT = { name: '赵打印', idType: 'RESIDENT_ID', idNumber: ID17 + residentIdCheckChar(ID17), phone: '13912345678' };
const FIELDS = 'id number queryCode version status receivedAt deadline { acceptedAt dueDate } history { step at }';

const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string) => ok<T>(pages.net.gatewayUrl, query, variables, token);

beforeAll(async () => {
  const admin = await pages.net.token({ role: 'COUNTY_ADMIN' });
  const { departments } = await gql<{ departments: { id: string; code: string; name: string; items: (Item & { active: boolean })[] }[] }>(
    '{ departments { id code name items { id name active promisedDays materials { name mandatory } } } }',
    {},
    admin,
  );
  const d = departments.find((x) => x.code === 'SCJG')!;
  department = d;
  countyItem = d.items.find((i) => i.active && i.materials.length >= 3 && i.promisedDays > 0)!;
  countyClerk = await pages.net.token({ role: 'COUNTY_CLERK', departmentId: d.id, name: '县窗口甲' });
  const { townships } = await gql<{ townships: { id: string; name: string; items: (Item & { active: boolean })[] }[] }>(
    '{ townships { id name items { id name active promisedDays materials { name mandatory } } } }',
    {},
    admin,
  );
  const t = townships.find((x) => x.items.some((i) => i.active && i.promisedDays > 0))!;
  township = t;
  townshipItem = t.items.find((i) => i.active && i.promisedDays > 0)!;
  townshipClerk = await pages.net.token({ role: 'TOWNSHIP_CLERK', townshipId: t.id, name: '乡窗口乙' });
}, 240_000);

const all = (i: Item) => i.materials.map((m) => m.name);

async function countyCase(actions: Record<string, unknown>[]): Promise<any> {
  let c = (
    await gql(`mutation($i: ReceiveCountyCaseInput!) { receiveCountyCase(input: $i) { ${FIELDS} } }`, {
      i: { requestId: `print-county-${++seq}`, itemId: countyItem.id, applicant: APPLICANT, submittedMaterials: all(countyItem) },
    }, countyClerk)
  ).receiveCountyCase;
  for (const a of actions) {
    c = (await gql(`mutation($i: CaseActionInput!) { actOnCountyCase(input: $i) { ${FIELDS} } }`, { i: { id: c.id, version: c.version, ...a } }, countyClerk)).actOnCountyCase;
  }
  return c;
}

async function townshipCase(actions: Record<string, unknown>[]): Promise<any> {
  let c = (
    await gql(`mutation($i: ReceiveTownshipCaseInput!) { receiveTownshipCase(input: $i) { ${FIELDS} } }`, {
      i: { requestId: `print-township-${++seq}`, itemId: townshipItem.id, applicant: APPLICANT, submittedMaterials: all(townshipItem) },
    }, townshipClerk)
  ).receiveTownshipCase;
  for (const a of actions) {
    c = (await gql(`mutation($i: CaseActionInput!) { actOnTownshipCase(input: $i) { ${FIELDS} } }`, { i: { id: c.id, version: c.version, ...a } }, townshipClerk)).actOnTownshipCase;
  }
  return c;
}

/** Signs in with the token and opens the document; waits until it (or the page's refusal) shows. */
async function openDocument(token: string, address: string): Promise<Page> {
  const { page } = await pages.watch('laptop');
  await signInWithToken(page, originOf(pages.net), token);
  await page.waitForSelector('.console-main');
  await page.goto(`${originOf(pages.net)}/console#${address}`);
  await page.waitForSelector('.print-sheet, [data-test="print-problem"]');
  return page;
}

interface Printed {
  /** The text of the page as printed: hidden parts (menu, header, toolbar) are not in it. */
  text: string;
  pdf: Buffer;
}

/** Renders the page as the browser prints it: print media, then the PDF the print dialog would make. */
async function printed(page: Page, name: string): Promise<Printed> {
  // The QR code is drawn after the data arrives: wait for it where there is one.
  if (await page.$('[data-test="qr"]')) await page.waitForSelector('[data-test="qr"][data-ready="true"]');
  await page.emulateMedia({ media: 'print' });
  const text = await page.evaluate(() => document.body.innerText);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const dir = path.join(projectRoot(), 'test-output', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `print-${name}.pdf`), pdf);
  await page.setViewportSize({ width: 794, height: 1123 });
  await screenshot(page, `print-${name}`);
  return { text, pdf };
}

/** A4 portrait and one sheet: Chromium writes each page's MediaBox in points (595 × 842). */
function expectA4(pdf: Buffer, pages = 1): void {
  const s = pdf.toString('latin1');
  expect(s.startsWith('%PDF-')).toBe(true);
  const boxes = [...s.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(boxes).toHaveLength(pages);
  for (const [w, h] of boxes) {
    expect(Math.abs(w! - 595.3)).toBeLessThan(2);
    expect(Math.abs(h! - 841.9)).toBeLessThan(2);
  }
}

/** Neither the console's header nor its menu nor the print button is on paper. */
function expectNoChrome(text: string): void {
  expect(text).not.toContain('窗口工作台');
  expect(text).not.toContain('我的办件');
  expect(text).not.toContain('退出');
  expect(text).not.toMatch(/^打印$/m);
}

async function expectQr(page: Page, url: string): Promise<void> {
  expect(await page.getAttribute('[data-test="qr"]', 'data-qr-url')).toBe(url);
  // The page's SVG is the library's drawing of exactly that address: the same modules, path for path.
  const expected = [...(await QRCode.toString(url, QR_OPTIONS)).matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
  const shown = await page.$$eval('[data-test="qr"] svg path', (els) => els.map((e) => e.getAttribute('d')));
  expect(expected.length).toBeGreaterThan(0);
  expect(shown).toEqual(expected);
  expect(await page.isVisible('[data-test="qr"] svg')).toBe(true);
}

test('受理通知书 of an accepted county case: number, code, item, due date, unit, date and the tracking QR code', async () => {
  const c = await countyCase([{ action: 'ACCEPT' }]);
  expect(c.status).toBe('ACCEPTED');
  const page = await openDocument(countyClerk, `/print/acceptance-notice/county/${c.id}`);
  expect(await page.isVisible('#print-button')).toBe(true);
  // On screen the sheet sits in the console, beside its menu, at a tablet's width too.
  await page.setViewportSize({ width: 1024, height: 768 });
  expect(await page.isVisible('.console-aside')).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'print-acceptance-notice-screen-1024');
  const { text, pdf } = await printed(page, 'acceptance-notice');
  expectA4(pdf);
  expectNoChrome(text);
  expect(text).toContain('受理通知书');
  expect(text).toContain(department.name);
  expect(text).toContain(c.number);
  expect(text).toContain(c.queryCode);
  expect(text).toContain(countyItem.name);
  expect(text).toContain(`${APPLICANT.name}（身份证号码：${APPLICANT.idNumber}）`);
  expect(text).toContain(`承诺办结日期为${chineseDate(c.deadline.dueDate)}`);
  expect(await page.textContent('[data-test="print-date"]')).toBe(chineseDate(c.deadline.acceptedAt));
  const url = trackingUrl(originOf(pages.net), c.number, c.queryCode)!;
  expect(text).toContain(url);
  await expectQr(page, url);
});

test('一次性告知书 lists every missing material and the note; the clock rule depends on whether it was accepted', async () => {
  const missing = all(countyItem).slice(0, 2);
  const before = await countyCase([{ action: 'REQUEST_SUPPLEMENT', missingMaterials: missing, note: '请提交加盖公章的复印件' }]);
  const page = await openDocument(countyClerk, `/print/supplement-notice/county/${before.id}`);
  const { text, pdf } = await printed(page, 'supplement-notice');
  expectA4(pdf);
  expectNoChrome(text);
  expect(text).toContain('一次性告知书');
  expect(text).toContain(before.number);
  expect(await page.$$eval('[data-test="print-materials"] li', (els) => els.map((e) => e.textContent!.trim()))).toEqual(missing);
  expect(text).toContain('补正说明：请提交加盖公章的复印件');
  expect(text).toContain('本机关予以受理，办理时限自受理之日起计算');
  const requested = before.history.at(-1);
  expect(requested.step).toBe('requestSupplement');
  expect(await page.textContent('[data-test="print-date"]')).toBe(chineseDate(requested.at));

  // Asked for after acceptance: the running clock is paused by the notice.
  const accepted = await countyCase([{ action: 'ACCEPT' }, { action: 'REQUEST_SUPPLEMENT', missingMaterials: [missing[1]] }]);
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${originOf(pages.net)}/console#/print/supplement-notice/county/${accepted.id}`);
  await page.waitForSelector(`.print-sheet:has-text("${accepted.number}")`);
  const second = await printed(page, 'supplement-notice-accepted');
  expect(await page.$$eval('[data-test="print-materials"] li', (els) => els.map((e) => e.textContent!.trim()))).toEqual([missing[1]]);
  expect(second.text).toContain('办理时限暂停计算，补正期间不计入办理时限');
  expect(second.text).not.toContain('补正说明');
});

test('不予受理通知书 prints the reason', async () => {
  const c = await countyCase([{ action: 'NOT_ACCEPT', reason: '申请事项不属于本部门职权范围' }]);
  const page = await openDocument(countyClerk, `/print/refusal-notice/county/${c.id}`);
  const { text, pdf } = await printed(page, 'refusal-notice');
  expectA4(pdf);
  expectNoChrome(text);
  expect(text).toContain('不予受理通知书');
  expect(text).toContain(c.number);
  expect(await page.textContent('[data-test="print-reason"]')).toBe('申请事项不属于本部门职权范围');
  expect(text).toContain('六十日内依法申请行政复议');
  expect(await page.textContent('[data-test="print-date"]')).toBe(chineseDate(c.history.at(-1).at));
});

test('送达回证 of an express delivery: the decision, the method, the waybill and signature lines', async () => {
  const c = await countyCase([
    { action: 'ACCEPT' },
    { action: 'START' },
    { action: 'APPROVE', resultDocumentNumber: '临市监许〔2026〕501号' },
    { action: 'DELIVER', deliveryMethod: 'EXPRESS', trackingNumber: 'SF9876543210' },
  ]);
  expect(c.status).toBe('DELIVERED');
  const page = await openDocument(countyClerk, `/print/delivery-receipt/county/${c.id}`);
  const { text, pdf } = await printed(page, 'delivery-receipt');
  expectA4(pdf);
  expectNoChrome(text);
  expect(text).toContain('送达回证');
  expect(text).toContain(c.number);
  expect(await page.textContent('[data-test="print-decision"]')).toBe('准予许可决定（文号：临市监许〔2026〕501号）');
  expect(await page.textContent('[data-test="print-method"]')).toBe('邮寄送达');
  expect(await page.textContent('[data-test="print-waybill"]')).toBe('SF9876543210');
  for (const line of ['受送达人签名', '送达人签名']) expect(text).toContain(line);

  // Not yet delivered, in person later: the receipt leaves the method to tick and no waybill is invented.
  const approved = await countyCase([{ action: 'ACCEPT' }, { action: 'REJECT', reason: '现场核查不符合条件' }]);
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${originOf(pages.net)}/console#/print/delivery-receipt/county/${approved.id}`);
  await page.waitForSelector(`.print-sheet:has-text("${approved.number}")`);
  expect(await page.textContent('[data-test="print-decision"]')).toBe('不予许可决定（理由：现场核查不符合条件）');
  expect(await page.textContent('[data-test="print-method"]')).toContain('□ 当面送达');
  expect(await page.textContent('[data-test="print-waybill"]')).toBe('');
});

test('a document the state does not allow, a wrong address and another role are refused on the page', async () => {
  const received = await countyCase([]);
  const page = await openDocument(countyClerk, `/print/acceptance-notice/county/${received.id}`);
  expect(await page.textContent('[data-test="print-problem"]')).toContain('该办件当前状态为“已接收”，不适用受理通知书');
  expect(await page.$('.print-sheet')).toBeNull();
  await page.goto(`${originOf(pages.net)}/console#/print/refusal-notice/county/00000000-0000-4000-8000-000000000000`);
  await page.waitForSelector('[data-test="print-problem"]:has-text("没有找到该办件")');
  // A township's document is not a county clerk's: the router sends the clerk home.
  await page.goto(`${originOf(pages.net)}/console#/print/intake-receipt/township/${received.id}`);
  await queueShown(page);

  const { page: other } = await pages.watch('laptop');
  await signInWithToken(other, originOf(pages.net), await pages.net.token({ role: 'SUPERVISOR', name: '督查员' }));
  // A supervisor's home is the overview; a clerk's document address sends them back there.
  await other.waitForSelector('.dashboard-embed');
  await other.goto(`${originOf(pages.net)}/console#/print/acceptance-notice/county/${received.id}`);
  await other.waitForFunction(() => location.hash === '#/overview');
  await other.waitForSelector('.dashboard-embed');
  expect(await other.$('.print-sheet')).toBeNull();
});

test('a township case’s 受理通知书 carries the township’s name and its own tracking code', async () => {
  const c = await townshipCase([{ action: 'ACCEPT' }]);
  const page = await openDocument(townshipClerk, `/print/acceptance-notice/township/${c.id}`);
  const { text, pdf } = await printed(page, 'acceptance-notice-township');
  expectA4(pdf);
  expectNoChrome(text);
  expect(await page.textContent('[data-test="print-unit"]')).toBe(township.name);
  expect(text).toContain(c.number);
  expect(text).toContain(c.queryCode);
  await expectQr(page, trackingUrl(originOf(pages.net), c.number, c.queryCode)!);
});

// Stops the county for good: the last test of the file.
test('受理回执 of a delegated intake prints from the township alone while the county is stopped', async () => {
  await pages.net.stopCounty();
  const { delegableCountyItems: items } = await gql<{ delegableCountyItems: { countyItem: { id: string }; name: string; materials: { name: string; mandatory: boolean }[] }[] }>(
    `query($t: ID!) { delegableCountyItems(townshipId: $t) { countyItem { id } name materials { name mandatory } } }`,
    { t: township.id },
    townshipClerk,
  );
  const item = items[0]!;
  const submitted = item.materials.map((m) => m.name);
  const intake = (
    await gql(
      `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id number queryCode acceptedAt forwarded } }`,
      { i: { requestId: 'print-intake-county-down', countyItemId: item.countyItem.id, applicant: APPLICANT, submittedMaterials: submitted } },
      townshipClerk,
    )
  ).acceptDelegatedIntake;
  expect(intake.forwarded).toBe(false);

  const page = await openDocument(townshipClerk, `/print/intake-receipt/township/${intake.id}`);
  const { text, pdf } = await printed(page, 'intake-receipt');
  expectA4(pdf);
  expectNoChrome(text);
  expect(text).toContain('受理回执');
  expect(await page.textContent('[data-test="print-unit"]')).toBe(township.name);
  expect(await page.textContent('[data-test="print-case-number"]')).toBe(intake.number);
  expect(await page.textContent('[data-test="print-code"]')).toBe(intake.queryCode);
  expect(await page.textContent('[data-test="print-item"]')).toBe(item.name);
  expect(await page.textContent('[data-test="print-materials"]')).toBe(submitted.join('、'));
  expect(await page.textContent('[data-test="print-forwarding"]')).toContain('将转报县级');
  expect(await page.textContent('[data-test="print-date"]')).toBe(chineseDate(intake.acceptedAt));
  await expectQr(page, trackingUrl(originOf(pages.net), intake.number, intake.queryCode)!);
});
