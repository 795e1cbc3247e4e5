import type { Page } from 'playwright-core';
import { signToken } from '../../subgraphs/shared/auth/jwt';
import { FIGURE_COLUMNS } from '../../gateway/web/src/dashboard/model';
import { STATISTICS_QUERY, STATUS_QUERY, WARNINGS_QUERY } from '../../gateway/web/src/dashboard/queries';
import { gql, ok, type Network } from '../support/network';
import { screenshot } from './support/browser';
import { residentIdCheckChar } from '../../subgraphs/shared/domain/identity';
import { originOf } from './support/demo-network';
import { demoPages } from './support/demo-pages';

// The county dashboard in a real browser: what it shows must equal what the graph answers.
const demo = demoPages();
let net: Network;
let supervisor: string;
const PERIOD = { from: '2026-11-01', to: '2026-11-20' };

const ID17 = '51102219850612341';

interface OnlineItem { id: string; unitId: string; materials: { name: string }[] }

/**
 * 网上申报 today (in the period) for an item, accepted at its window by one of its clerks, so the
 * online figures are not all zero: the demo's history has no online applications.
 */
async function applyOnlineAndAccept(tier: 'County' | 'Township', item: OnlineItem, clerk: string, k: number): Promise<void> {
  const applicant = { name: `网申人${k}`, idType: 'RESIDENT_ID', idNumber: ID17 + residentIdCheckChar(ID17), phone: '13912345678' };
  const receipt = (
    await ok(net.gatewayUrl, `mutation($i: OnlineApplicationInput!) { apply${tier}ItemOnline(input: $i) { number } }`, {
      i: { requestId: `dashboard-online-${k}-0000000000`, itemId: item.id, applicant, plannedMaterials: item.materials.map((m) => m.name) },
    })
  )[`apply${tier}ItemOnline`];
  const list = tier === 'County' ? 'countyCases' : 'townshipCases';
  const c = (await ok(net.gatewayUrl, `query($n: String) { ${list}(filter: { number: $n }) { nodes { id version } } }`, { n: receipt.number }, clerk))[list].nodes[0];
  await ok(net.gatewayUrl, `mutation($i: CaseActionInput!) { actOn${tier}Case(input: $i) { id } }`, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, clerk);
}

beforeAll(async () => {
  net = demo.net;
  supervisor = await net.token({ role: 'SUPERVISOR', name: '效能督查员' });
  // Before anything asks for the period's figures (the subgraphs keep them for a while).
  const county = (await ok(net.gatewayUrl, `{ countyItems { id department { id } materials { name } } }`)).countyItems[0];
  await applyOnlineAndAccept('County', { id: county.id, unitId: county.department.id, materials: county.materials }, await net.token({ role: 'COUNTY_CLERK', departmentId: county.department.id, name: '网上申报窗口' }), 1);
  const township = (await ok(net.gatewayUrl, `{ townshipItems { id township { id } materials { name } } }`)).townshipItems[0];
  await applyOnlineAndAccept('Township', { id: township.id, unitId: township.township.id, materials: township.materials }, await net.token({ role: 'TOWNSHIP_CLERK', townshipId: township.township.id, name: '网上申报窗口' }), 2);
});

async function page(screen: 'wall' | 'laptop'): Promise<Page> {
  return (await demo.watch(screen)).page;
}

/**
 * Signs in with a token as a clerk would (pasting it), on the dashboard for a period: the old
 * address redirects into the console's overview, which keeps the period through the sign-in.
 */
async function signedIn(p: Page, token: string, period = PERIOD): Promise<void> {
  await p.goto(`${originOf(net)}/dashboard?from=${period.from}&to=${period.to}`);
  await p.fill('#token-input', token);
  await p.click('#token-sign-in');
  await p.waitForSelector(`body[data-loaded="${period.from}/${period.to}"]`);
}

const signInMessage = (p: Page) => p.locator('.sign-in .el-alert__title').first().textContent();

const shown = (v: unknown): string => (v === null ? '—' : typeof v === 'number' ? String(v) : (v as { percent: string }).percent);
const cell = (p: Page, scope: string, figure: string) => p.textContent(`#figures tr[data-scope="${scope}"] td[data-figure="${figure}"]`);

test('a supervisor on the wall screen sees the graph’s figures for the network, the county and every township', async () => {
  const p = await page('wall');
  await signedIn(p, supervisor);
  const { statistics: s } = await ok(net.gatewayUrl, STATISTICS_QUERY, PERIOD, supervisor);
  expect(s.network.figures.accepted).toBeGreaterThan(0);
  expect(s.townships.length).toBeGreaterThan(5);
  const scopes = [
    ['network', s.network.figures],
    ['county', s.county.figures],
    ...s.townships.map((t: any) => [t.township.id, t.statistics.figures]),
  ] as const;
  for (const [scope, figures] of scopes) {
    for (const c of FIGURE_COLUMNS) expect({ scope, figure: c.key, text: await cell(p, scope, c.key) }).toEqual({ scope, figure: c.key, text: shown(figures[c.key]) });
  }
  expect(await p.textContent('[data-kpi="completionRate"] .value')).toBe(shown(s.network.figures.completionRate));
  // 网上申报 and its share, as the graph counts them: the two accepted today among them.
  expect(s.network.figures.online).toBeGreaterThanOrEqual(2);
  expect(s.county.figures.online).toBeGreaterThanOrEqual(1);
  expect(await p.textContent('[data-kpi="online"] .value')).toBe(`${s.network.figures.online}件`);
  expect(await p.textContent('[data-kpi="onlineShare"] .value')).toBe(shown(s.network.figures.onlineShare));
  expect(await p.getAttribute('#figures tr[data-scope="network"] td[data-figure="onlineShare"]', 'title')).toBe(
    `${s.network.figures.onlineShare.numerator} / ${s.network.figures.onlineShare.denominator}`,
  );
  expect(await p.textContent('[data-kpi="warnings"]')).toContain(`红 ${s.network.warnings.red}`);

  // Both charts are drawn, and their data tables carry the graph's series.
  for (const id of ['#trend-chart canvas', '#departments-chart canvas']) expect(await p.$eval(id, (c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(300);
  const trendRows = await p.$$eval('#trend-data tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
  expect(trendRows).toEqual(s.network.daily.map((d: any) => [d.date, String(d.accepted), String(d.completed), String(d.overdue)]));
  const deptRows = await p.$$eval('#department-data tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
  expect(deptRows).toEqual(
    s.departments.map((d: any) => [d.department.shortName, ...['accepted', 'completed', 'pending', 'overdueNow'].map((k) => String(d.statistics.figures[k]))]),
  );
  await screenshot(p, 'dashboard-1920x1080');
});

test('the township board shows each township’s status and a light that follows it', async () => {
  const p = await page('wall');
  await signedIn(p, supervisor);
  const { townships } = await ok(net.gatewayUrl, STATUS_QUERY, {}, supervisor);
  for (const t of townships) {
    const card = `#township-status [data-township="${t.id}"]`;
    expect(await p.textContent(`${card} [data-status="backlog"]`)).toBe(String(t.status.backlog));
    expect(await p.textContent(`${card} [data-status="overdue"]`)).toBe(String(t.status.overdue));
    expect(await p.textContent(`${card} [data-status="todayIntake"]`)).toBe(String(t.status.todayIntake));
    const light = await p.getAttribute(card, 'data-light');
    if (t.status.overdue > 0) expect(light).toBe('RED');
    else expect(['GREEN', 'YELLOW']).toContain(light);
  }
});

test('yellow and red cases of both tiers are listed with their supervision state', async () => {
  const p = await page('wall');
  await signedIn(p, supervisor);
  const a = await ok(net.gatewayUrl, WARNINGS_QUERY, { limit: 100 }, supervisor);
  const expected = new Map<string, string>();
  for (const c of [...a.countyCases.nodes, ...a.townshipCases.nodes]) expected.set(c.number, c.supervision?.status ?? 'NONE');
  expect(a.countyCases.total + a.townshipCases.total).toBe(expected.size); // the demo fits in one page
  expect([...expected.values()]).toContain('OPEN');
  const rows = await p.$$eval('#warnings tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-number'), tr.querySelector('[data-supervision]')!.getAttribute('data-supervision'), tr.getAttribute('data-level')]));
  expect(new Map(rows.map(([n, s]) => [n, s]))).toEqual(expected);
  // RED cases come first.
  const levels = rows.map((r) => r[2]);
  expect(levels.indexOf('YELLOW') === -1 || levels.lastIndexOf('RED') < levels.indexOf('YELLOW')).toBe(true);
});

test('the period picker asks the graph for the chosen period and refuses a reversed one', async () => {
  const p = await page('laptop');
  await signedIn(p, supervisor);
  const october = { from: '2026-10-01', to: '2026-10-31' };
  await p.fill('#period-from', october.from);
  await p.fill('#period-to', october.to);
  await p.click('#period-apply');
  await p.waitForSelector(`body[data-loaded="${october.from}/${october.to}"]`);
  expect(p.url()).toContain(`from=${october.from}&to=${october.to}`);
  const { statistics: s } = await ok(net.gatewayUrl, STATISTICS_QUERY, october, supervisor);
  expect(await cell(p, 'network', 'accepted')).toBe(String(s.network.figures.accepted));
  expect(await cell(p, 'county', 'onTimeRate')).toBe(shown(s.county.figures.onTimeRate));

  await p.fill('#period-from', '2026-10-31');
  await p.fill('#period-to', '2026-10-01');
  await p.click('#period-apply');
  expect(await p.textContent('.dashboard-notice .el-message__content')).toBe('开始日期不能晚于结束日期');
  expect(await p.getAttribute('body', 'data-loaded')).toBe(`${october.from}/${october.to}`);
});

test('fits a clerk’s laptop screen without sideways scrolling', async () => {
  const p = await page('laptop');
  await signedIn(p, supervisor);
  expect(await p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await screenshot(p, 'dashboard-1366x768');
});

test('a viewer sees the figures but no supervision records', async () => {
  const p = await page('laptop');
  await signedIn(p, await net.token({ role: 'VIEWER', name: '大屏' }));
  const { statistics: s } = await ok(net.gatewayUrl, STATISTICS_QUERY, PERIOD, supervisor);
  expect(await cell(p, 'network', 'accepted')).toBe(String(s.network.figures.accepted));
  const marks = await p.$$eval('#warnings [data-supervision]', (tds) => [...new Set(tds.map((td) => td.getAttribute('data-supervision')))]);
  expect(marks).toEqual(['HIDDEN']);
});

test('a township clerk is not offered the county figures: the overview address opens their own window', async () => {
  const { townships } = await ok(net.gatewayUrl, '{ townships { id } }');
  const p = await page('laptop');
  await p.goto(`${originOf(net)}/dashboard?from=${PERIOD.from}&to=${PERIOD.to}`);
  await p.fill('#token-input', await net.token({ role: 'TOWNSHIP_CLERK', townshipId: townships[0].id, name: '乡镇窗口' }));
  await p.click('#token-sign-in');
  await p.waitForSelector('[data-test="queue-total"]');
  expect(await p.$('#figures')).toBeNull();
  expect(await p.$$eval('.el-menu-item', (els) => els.map((e) => e.textContent!.trim()))).not.toContain('总览');
  // The graph refuses the figures to them all the same.
  const r = await gql(net.gatewayUrl, STATISTICS_QUERY, PERIOD, await net.token({ role: 'TOWNSHIP_CLERK', townshipId: townships[0].id }));
  expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('an expired token and a token from elsewhere send the user back to sign in with a clear message', async () => {
  const p = await page('laptop');
  const expired = await signToken({ role: 'SUPERVISOR', userId: 'u1', name: '督查' }, net.config.JWT_SECRET, -60);
  await p.goto(`${originOf(net)}/dashboard`);
  await p.fill('#token-input', expired);
  await p.click('#token-sign-in');
  expect(await signInMessage(p)).toContain('已过期');

  await p.fill('#token-input', 'not-a-token');
  await p.click('#token-sign-in');
  expect(await signInMessage(p)).toContain('格式不正确');

  const forged = await signToken({ role: 'SUPERVISOR', userId: 'u1', name: '督查' }, 'another-secret-that-is-long-enough-0000');
  await p.fill('#token-input', forged);
  await p.click('#token-sign-in');
  await p.waitForSelector('.sign-in .el-alert__title:has-text("登录已失效")');
  expect(await p.$('#figures')).toBeNull();
  // The browser logs the refused requests themselves; that is this test's point, not a page error.
  const w = demo.open[0]!;
  const refused = w.pageErrors.filter((m) => m.includes('status of 401'));
  expect(refused.length).toBeGreaterThan(0);
  w.pageErrors.splice(0, w.pageErrors.length, ...w.pageErrors.filter((m) => !refused.includes(m)));
});

test('a signed-in tab stays signed in across a reload, and signing out asks for a token again', async () => {
  const p = await page('laptop');
  await signedIn(p, supervisor);
  await p.reload();
  await p.waitForSelector(`body[data-loaded="${PERIOD.from}/${PERIOD.to}"]`);
  expect(await p.textContent('[data-test="who"]')).toContain('效能督查员');
  await p.click('.console-header button:has-text("退出")');
  expect(await signInMessage(p)).toBe('已退出登录。');
  expect(await p.evaluate("sessionStorage.getItem('liandong.token')")).toBeNull();
});
