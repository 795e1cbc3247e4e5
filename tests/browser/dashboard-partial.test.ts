import type { Page } from 'playwright-core';
import { FIGURE_COLUMNS } from '../../gateway/web/src/dashboard/model';
import { STATISTICS_QUERY, STATUS_QUERY, WARNINGS_QUERY } from '../../gateway/web/src/dashboard/queries';
import { gql } from '../support/network';
import { screenshot } from './support/browser';
import { originOf } from './support/demo-network';
import { demoPages } from './support/demo-pages';

// The county dashboard with one tier stopped: the missing parts name that tier, the rest shows in full.
// Restarting a stopped subgraph needs its data to survive: files, not memory.
const demo = demoPages({ persistent: true });
const PERIOD = { from: '2026-11-01', to: '2026-11-20' };
const supervisor = () => demo.net.token({ role: 'SUPERVISOR', name: '效能督查员' });

async function dashboard(): Promise<Page> {
  const w = await demo.watch('wall');
  await w.page.goto(`${originOf(demo.net)}/dashboard?from=${PERIOD.from}&to=${PERIOD.to}`);
  await w.page.fill('#token-input', await supervisor());
  await w.page.click('#token-sign-in');
  await w.page.waitForSelector(`body[data-loaded="${PERIOD.from}/${PERIOD.to}"]`);
  return w.page;
}

/** The graph's answers to the page's own three queries, as they stand now. */
async function answers() {
  const [url, token] = [demo.net.gatewayUrl, await supervisor()];
  const [stats, status, warnings] = await Promise.all([
    gql(url, STATISTICS_QUERY, PERIOD, token),
    gql(url, STATUS_QUERY, {}, token),
    gql(url, WARNINGS_QUERY, { limit: 100 }, token),
  ]);
  return { s: stats.data!.statistics, status: status.data!, warnings: warnings.data! };
}

const shown = (v: unknown): string => (v === null ? '—' : typeof v === 'number' ? String(v) : (v as { percent: string }).percent);

async function expectFigures(p: Page, scope: string, figures: Record<string, unknown>): Promise<void> {
  for (const c of FIGURE_COLUMNS) {
    const text = await p.textContent(`#figures tr[data-scope="${scope}"] td[data-figure="${c.key}"]`);
    expect({ scope, figure: c.key, text }).toEqual({ scope, figure: c.key, text: shown(figures[c.key]) });
  }
}

const rowNumbers = (p: Page) => p.$$eval('#warnings tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-number')).sort());

test('township service down: county figures, departments and county cases shown; each township part says 乡镇服务暂不可用', async () => {
  await demo.net.stopTownship();
  try {
    const { s, status, warnings } = await answers();
    expect(s.townships).toBeNull();
    const p = await dashboard();
    await expectFigures(p, 'county', s.county.figures);
    expect(await p.textContent('#figures tr[data-scope="network"]')).toContain('乡镇服务暂不可用');
    expect(await p.textContent('#figures')).toContain('各乡镇：乡镇服务暂不可用');
    expect(await p.textContent('#kpis')).toContain('全网指标无法显示：乡镇服务暂不可用');
    expect(await p.textContent('#trend')).toContain('乡镇服务暂不可用');
    expect(await p.$eval('#departments-chart canvas', (c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(300);
    expect(await p.$$eval('#department-data tbody tr', (rows) => rows.length)).toBe(s.departments.length);
    expect(status.townships).toBeNull();
    expect(await p.textContent('#township-status')).toContain('乡镇状态无法显示：乡镇服务暂不可用');
    expect(warnings.countyCases.nodes.length).toBeGreaterThan(0);
    expect(await rowNumbers(p)).toEqual(warnings.countyCases.nodes.map((n: any) => n.number).sort());
    expect(await p.textContent('#warnings .error-box')).toBe('乡镇办件：乡镇服务暂不可用');
    await screenshot(p, 'dashboard-township-down');
  } finally {
    await demo.net.startTownship();
  }
});

test('county service down: every township’s figures and status and the township cases shown; each county part says 县级服务暂不可用', async () => {
  await demo.net.stopCounty();
  try {
    const { s, status, warnings } = await answers();
    expect(s.townships.length).toBeGreaterThan(5);
    const p = await dashboard();
    for (const t of s.townships) await expectFigures(p, t.township.id, t.statistics.figures);
    for (const scope of ['network', 'county']) expect(await p.textContent(`#figures tr[data-scope="${scope}"]`)).toContain('县级服务暂不可用');
    expect(await p.textContent('#kpis')).toContain('全网指标无法显示：县级服务暂不可用');
    expect(await p.textContent('#department-chart')).toContain('部门统计无法显示：县级服务暂不可用');
    for (const t of status.townships) {
      expect(await p.textContent(`#township-status [data-township="${t.id}"] [data-status="backlog"]`)).toBe(String(t.status.backlog));
    }
    expect(await p.textContent('#settings-missing')).toContain('县级服务暂不可用');
    expect(warnings.townshipCases.nodes.length).toBeGreaterThan(0);
    expect(await rowNumbers(p)).toEqual(warnings.townshipCases.nodes.map((n: any) => n.number).sort());
    // Supervision records live at the county: unknown now, which is not the same as 未督办.
    const marks = await p.$$eval('#warnings tbody [data-supervision]', (tds) => [...new Set(tds.map((td) => `${td.getAttribute('data-supervision')} ${td.textContent}`))]);
    expect(marks).toEqual(['UNAVAILABLE 县级服务暂不可用']);
    expect(await p.textContent('#warnings .error-box')).toBe('县级办件：县级服务暂不可用');
    await screenshot(p, 'dashboard-county-down');
  } finally {
    await demo.net.startCounty();
  }
});
