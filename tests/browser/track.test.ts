/** The public tracking page (/track) in a real Chromium against the demo network. */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, type WatchedPage } from './support/browser';
import { originOf, startDemoNetwork } from './support/demo-network';
import { ok, type Network } from '../support/network';
import { mergeTimeline } from '../../gateway/web/src/track/timeline';
import { STAFF_ONLY_WORDS } from '../../gateway/web/src/track/summary';
import { TRACK_QUERY, type TrackedCase } from '../../gateway/web/src/track/types';

const NOT_FOUND = '未查询到办件，请核对办件编号和查询码';

let net: Network;
let browser: Browser;
let admin: string;
let watched: WatchedPage | null = null;

beforeAll(async () => {
  net = await startDemoNetwork();
  browser = await launchBrowser();
  admin = await net.token({ role: 'COUNTY_ADMIN' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await net?.stop();
});

afterEach(async () => {
  if (!watched) return;
  const { outside, pageErrors, close } = watched;
  watched = null;
  await close();
  expect(outside).toEqual([]);
  expect(pageErrors).toEqual([]);
});

async function open(screen: 'laptop' | 'wall' = 'laptop'): Promise<WatchedPage> {
  watched = await openPage(browser, screen);
  return watched;
}

/** Every call the page makes to the graph, with its body and whether a token went with it. */
function recordGraphQL(page: Page): { body: string; authorized: boolean }[] {
  const calls: { body: string; authorized: boolean }[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/graphql') calls.push({ body: r.postData() ?? '', authorized: 'authorization' in r.headers() });
  });
  return calls;
}

async function track(number: string, queryCode: string): Promise<TrackedCase> {
  return (await ok<{ trackCase: TrackedCase }>(net.gatewayUrl, TRACK_QUERY, { number, queryCode })).trackCase;
}

async function search(page: Page, number: string, code: string): Promise<void> {
  await page.fill('#track-number', number);
  await page.fill('#track-code', code);
  await page.click('#track-submit');
}

/** The timeline as the page shows it. */
async function shownSteps(page: Page) {
  return page.$$eval('#timeline > li', (lis) =>
    lis.map((li) => ({
      label: li.querySelector('.step-label')?.textContent ?? '',
      unitName: li.querySelector('.step-unit')?.textContent ?? '',
      at: li.querySelector('time')?.getAttribute('datetime') ?? '',
      current: li.classList.contains('current'),
    })),
  );
}

const bodyText = (page: Page) => page.innerText('body');

interface IntakeNode {
  id: string;
  version: number;
  township: { id: string };
  countyCase: { id: string; review: { level: number } | null } | null;
}

/** A delegated intake in a stage, with what only the township that took it in sees (query code, applicant). */
async function intakeIn(stage: 'READY_FOR_HANDOVER' | 'HANDED_OVER', unreviewed: boolean) {
  const nodes: IntakeNode[] = (
    await ok(net.gatewayUrl, `query($s: [IntakeStage!]) { delegatedIntakes(filter: { stage: $s }, limit: 100) { nodes { id version township { id } countyCase { id review { level } } } } }`, { s: [stage] }, admin)
  ).delegatedIntakes.nodes;
  const pick = nodes.find((n) => n.countyCase && (!unreviewed || !n.countyCase.review));
  if (!pick) throw new Error(`the demo data has no ${unreviewed ? 'unreviewed ' : ''}${stage} intake`);
  const clerk = await net.token({ role: 'TOWNSHIP_CLERK', townshipId: pick.township.id });
  const intake = (
    await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { number queryCode applicant { name idNumber phone masked } } }`, { id: pick.id }, clerk)
  ).delegatedIntake;
  expect(intake.applicant.masked).toBe(false);
  return { ...pick, clerk, countyCaseId: pick.countyCase!.id, number: intake.number as string, queryCode: intake.queryCode as string, applicant: intake.applicant };
}

/**
 * A handed-over intake nobody has reviewed yet. The demo reviews every intake it hands over, so
 * the township window hands one over here, as a clerk would, and the news travels to the county.
 */
async function freshlyHandedOver() {
  const intake = await intakeIn('READY_FOR_HANDOVER', true);
  await ok(net.gatewayUrl, `mutation($id: ID!, $v: Int!) { handOverIntake(id: $id, version: $v, method: IN_PERSON) { stage } }`, { id: intake.id, v: intake.version }, intake.clerk);
  for (let i = 0; i < 100; i++) {
    const t = await track(intake.number, intake.queryCode);
    if (t.county?.status === 'DELIVERED' && t.township?.status === 'DELIVERED') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const stage = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { stage } }`, { id: intake.id }, admin)).delegatedIntake.stage;
  expect(stage).toBe('HANDED_OVER');
  return intake;
}

test('follows a delegated intake across both tiers, shows no personal data, and takes one review', async () => {
  const intake = await freshlyHandedOver();
  const answer = await track(intake.number, intake.queryCode);
  expect(answer.county!.status).toBe('DELIVERED');
  expect(answer.township).not.toBeNull();
  expect(answer.county).not.toBeNull();
  const expected = mergeTimeline(answer.township, answer.county);

  const { page } = await open('laptop');
  const calls = recordGraphQL(page);
  await page.goto(`${originOf(net)}/track`);
  await search(page, ` ${intake.number} `, intake.queryCode.toLowerCase());
  await page.waitForSelector('#item-name');

  // Status, due date and item as the graph says (the county's record is the authority).
  expect(await page.textContent('#item-name')).toBe(answer.county!.itemName);
  expect(await page.textContent('#status-label')).toBe(answer.county!.statusLabel);
  expect(await page.textContent('#case-due-date')).toBe(answer.county!.dueDate);
  expect(await page.textContent('#case-number')).toBe(intake.number);
  expect(await page.textContent('#case-intake-unit')).toContain(answer.township!.unitName);

  // The timeline: both tiers merged, each step once, in time order, the latest marked current.
  const steps = await shownSteps(page);
  expect(steps.map(({ label, unitName, at }) => ({ label, unitName, at }))).toEqual(expected.map(({ label, unitName, at }) => ({ label, unitName, at })));
  expect(steps.length).toBeGreaterThanOrEqual(4);
  expect(steps[0]).toMatchObject({ label: '委托受理', unitName: answer.township!.unitName });
  expect(steps.map((s) => s.label)).toContain('已转报县级');
  expect(steps.some((s) => s.unitName === answer.county!.unitName)).toBe(true);
  expect(steps.at(-1)).toMatchObject({ label: '送达', current: true });
  expect(steps.filter((s) => s.current)).toHaveLength(1);
  const times = steps.map((s) => Date.parse(s.at));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  // Every county step is there, except its copy of the township's intake (收件/受理 in the window's name).
  const onBehalf = `${answer.township!.unitName}（委托受理）`;
  for (const s of answer.county!.steps.filter((c) => c.unitName !== onBehalf)) {
    expect(steps).toContainEqual(expect.objectContaining({ label: s.label, unitName: s.unitName, at: s.at }));
  }

  // Nothing about the applicant; the address bar now opens this case directly.
  const text = await bodyText(page);
  for (const personal of [intake.applicant.name, intake.applicant.idNumber, intake.applicant.phone].filter(Boolean)) expect(text).not.toContain(personal);
  expect(new URL(page.url()).searchParams.get('number')).toBe(intake.number);
  expect(new URL(page.url()).searchParams.get('code')).toBe(intake.queryCode);

  // The review: five levels, a counter, and a form worth a screenshot.
  expect(await page.$$eval('#review-form input[name="level"]', (els) => els.length)).toBe(5);
  expect(await page.innerText('#review-form .level-row')).toMatch(/非常满意[\s\S]*满意[\s\S]*基本满意[\s\S]*不满意[\s\S]*非常不满意/);
  await page.click('label.level-1');
  await page.fill('#review-comment', '窗口服务热情，在乡镇就办成了县里的事。');
  expect(await page.textContent('#comment-count')).toBe('19/500');
  await screenshot(page, 'track-1366x768');

  // A double click sends one submission: one idempotency key, one review.
  await page.dblclick('#review-submit');
  await page.waitForSelector('#review-receipt');
  expect(await page.textContent('#receipt-level')).toBe('非常满意');
  expect(await page.textContent('#receipt-time')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  const reviewCalls = calls.filter((c) => c.body.includes('submitReview'));
  expect(reviewCalls.length).toBeGreaterThanOrEqual(1);
  expect(new Set(reviewCalls.map((c) => JSON.parse(c.body).variables.input.requestId)).size).toBe(1);
  expect(await page.$('#receipt-follow-up')).toBeNull();
  const recorded = (await ok(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { review { level levelLabel comment } } }`, { id: intake.countyCaseId }, admin)).countyCase.review;
  expect(recorded).toEqual({ level: 1, levelLabel: '非常满意', comment: '窗口服务热情，在乡镇就办成了县里的事。' });

  // Searching again offers the form again (the page cannot know); the graph says it is done.
  await page.click('#track-submit');
  await page.waitForSelector('#review-form');
  await page.click('label.level-2');
  await page.click('#review-submit');
  await page.waitForSelector('#review-final');
  expect(await page.textContent('#review-final')).toBe('该办件已评价，感谢您的反馈');
  expect(calls.every((c) => !c.authorized)).toBe(true);

  // The same case on a wall screen, opened from its link.
  const wall = await openPage(browser, 'wall');
  try {
    await wall.page.goto(`${originOf(net)}/track?number=${intake.number}&code=${intake.queryCode}`);
    await wall.page.waitForSelector('#timeline');
    await screenshot(wall.page, 'track-1920x1080');
    expect(wall.outside).toEqual([]);
    expect(wall.pageErrors).toEqual([]);
  } finally {
    await wall.close();
  }
});

test('a wrong query code or number gets one neutral message; an empty field is caught before any request', async () => {
  const intake = await intakeIn('HANDED_OVER', false);
  const { page } = await open('laptop');
  const calls = recordGraphQL(page);
  await page.goto(`${originOf(net)}/track`);
  expect(calls).toEqual([]);

  // Empty fields: Chinese messages, nothing sent.
  await page.click('#track-submit');
  expect(await page.textContent('#track-number-error')).toBe('请输入办件编号');
  expect(await page.textContent('#track-code-error')).toBe('请输入查询码');
  await page.fill('#track-number', intake.number);
  await page.click('#track-submit');
  expect(await page.textContent('#track-number-error')).toBe('');
  expect(await page.textContent('#track-code-error')).toBe('请输入查询码');
  expect(await page.getAttribute('#track-code', 'aria-invalid')).toBe('true');
  await page.waitForTimeout(300);
  expect(calls).toEqual([]);

  // A wrong code for a real number, and an unknown number: the same words, nothing else shown.
  const answered = async (number: string, code: string) => {
    await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql'), search(page, number, code)]);
    await page.waitForSelector('#track-message:not(:empty)');
    return page.textContent('#track-message');
  };
  const wrongCode = intake.queryCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
  expect(await answered(intake.number, wrongCode)).toBe(NOT_FOUND);
  expect(await page.$('#item-name')).toBeNull();
  const unknown = intake.number.replace(/-(\d{4})$/, '-9999');
  expect(await answered(unknown, intake.queryCode)).toBe(NOT_FOUND);
  expect(await page.$('#item-name')).toBeNull();
  expect(calls).toHaveLength(2);
  // The address bar keeps no failed search.
  expect(new URL(page.url()).search).toBe('');
});

test('an open case, even past its due date, shows its date and status without warning words, and no review form', async () => {
  const overdue = (
    await ok(net.gatewayUrl, `{ countyCases(filter: { overdue: true }, limit: 20) { nodes { id status department { id } deadline { dueDate } } } }`, {}, admin)
  ).countyCases.nodes.find((c: { status: string }) => ['ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'SPECIAL_PROCEDURE'].includes(c.status));
  expect(overdue).toBeDefined();
  const clerk = await net.token({ role: 'COUNTY_CLERK', departmentId: overdue.department.id });
  const c = (await ok(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { number queryCode } }`, { id: overdue.id }, clerk)).countyCase;
  const answer = await track(c.number, c.queryCode);
  expect(answer.county!.dueDate! < '2026-11-20').toBe(true);

  const { page } = await open('laptop');
  await page.goto(`${originOf(net)}/track`);
  await search(page, c.number, c.queryCode);
  await page.waitForSelector('#item-name');
  expect(await page.textContent('#status-label')).toBe(answer.county!.statusLabel);
  expect(await page.textContent('#case-due-date')).toBe(answer.county!.dueDate);
  expect(await page.textContent('#case-unit')).toBe(answer.county!.unitName);
  expect(await page.$('#review')).toBeNull();
  expect(await page.$('#case-completed-at')).toBeNull();
  const text = await bodyText(page);
  for (const w of STAFF_ONLY_WORDS) expect(text).not.toContain(w);
  const steps = await shownSteps(page);
  expect(steps.map((s) => s.label)).toEqual(mergeTimeline(null, answer.county).map((s) => s.label));
  await screenshot(page, 'track-open-case');
});

test('a link with ?number=&code= opens the case without typing, and the page fits a phone', async () => {
  const list = (await ok(net.gatewayUrl, `{ townshipCases(filter: { status: [DELIVERED] }, limit: 5) { nodes { id township { id } } } }`, {}, admin)).townshipCases.nodes;
  const clerk = await net.token({ role: 'TOWNSHIP_CLERK', townshipId: list[0].township.id });
  const c = (await ok(net.gatewayUrl, `query($id: ID!) { townshipCase(id: $id) { number queryCode applicant { name idNumber } } }`, { id: list[0].id }, clerk)).townshipCase;
  const answer = await track(c.number, c.queryCode);
  expect(answer.county).toBeNull();

  const { page } = await open('laptop');
  await page.goto(`${originOf(net)}/track?number=${encodeURIComponent(c.number)}&code=${encodeURIComponent(c.queryCode)}`);
  await page.waitForSelector('#item-name');
  expect(await page.inputValue('#track-number')).toBe(c.number);
  expect(await page.inputValue('#track-code')).toBe(c.queryCode);
  expect(await page.textContent('#item-name')).toBe(answer.township!.itemName);
  expect(await page.textContent('#status-label')).toBe(answer.township!.statusLabel);
  expect(await page.textContent('#case-completed-at')).not.toBe('');
  expect(await page.$('#case-intake-unit')).toBeNull();
  expect((await shownSteps(page)).map((s) => s.label)).toEqual(answer.township!.steps.map((s) => s.label));
  expect(await page.$('#review-form')).not.toBeNull();
  const text = await bodyText(page);
  expect(text).not.toContain(c.applicant.name);
  expect(text).not.toContain(c.applicant.idNumber);

  // Citizens open it on phones: no sideways scrolling at 390 px.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'track-390x844');
});

test('the header links to the service guides, the complaint form and the complaint look-up; 投诉 opens the form', async () => {
  const { page } = await open('laptop');
  await page.goto(`${originOf(net)}/track`);
  const links = await page.$$eval('header .bar-links a', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  expect(links).toEqual([
    ['办事指南', '/guide'],
    ['投诉', '/guide#/complaint'],
    ['投诉查询', '/guide#/complaint-status'],
  ]);
  await page.click('header .bar-links a[data-link="complaint"]');
  await page.locator('[data-test="complaint-form"]').waitFor();
  expect(new URL(page.url()).pathname).toBe('/guide');
  expect(new URL(page.url()).hash).toBe('#/complaint');
  await page.goBack();
  await page.click('header .bar-links a[data-link="complaint-status"]');
  await page.locator('[data-test="complaint-lookup"]').waitFor();
  // The three links still fit a phone's header.
  await page.goto(`${originOf(net)}/track`);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('a decided intake waits at the township window; a bad review needs a reason and promises a follow-up', async () => {
  const intake = await intakeIn('READY_FOR_HANDOVER', true);
  const answer = await track(intake.number, intake.queryCode);
  expect(['APPROVED', 'REJECTED']).toContain(answer.county!.status);

  const { page } = await open('laptop');
  const calls = recordGraphQL(page);
  await page.goto(`${originOf(net)}/track?number=${intake.number}&code=${intake.queryCode}`);
  await page.waitForSelector('#review-form');
  // The result is collected where the applicant applied.
  expect(await page.textContent('#case-unit')).toBe(answer.township!.unitName);
  expect(await page.textContent('#status-explanation')).toContain(`到${answer.township!.unitName}`);

  await page.click('label.level-5');
  expect(await page.textContent('#reason-hint')).toContain('必填');
  await page.click('#review-submit');
  expect(await page.textContent('#review-error')).toContain('请简要写明原因');
  expect(calls.filter((c) => c.body.includes('submitReview'))).toEqual([]);

  await page.fill('#review-comment', '结果通知不及时，来回跑了两趟。');
  await page.click('#review-submit');
  await page.waitForSelector('#review-receipt');
  expect(await page.textContent('#receipt-level')).toBe('非常不满意');
  const review = (await ok(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { review { level rectification { dueDate } } } }`, { id: intake.countyCaseId }, admin)).countyCase.review;
  expect(review.level).toBe(5);
  expect(await page.textContent('#receipt-follow-up')).toContain(`我们将在${review.rectification.dueDate}前整改并回访`);
  await screenshot(page, 'track-review-receipt');
});
