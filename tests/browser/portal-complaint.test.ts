/** 效能投诉 on a phone: the form, the receipt with number, query code and due date, and the look-up by number and code. */
import { demoPages } from './support/demo-pages';
import { originOf } from './support/demo-network';
import { screenshot } from './support/browser';
import { pickOption } from './support/console-page';
import { ok } from '../support/network';
import { chineseDate } from '../../gateway/web/src/portal/rules/complaint';

const demo = demoPages();
const noSidewaysScroll = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('the public files a complaint from the header, gets the number, code and due date, and looks it up; staff see it as 网上表单', async () => {
  const { departments } = await ok(demo.net.gatewayUrl, `{ departments { id name active } }`);
  const unit = departments.find((d: { active: boolean }) => d.active) as { id: string; name: string };
  const { page } = await demo.watch('phone');
  await page.goto(`${originOf(demo.net)}/guide`);
  await page.locator('[data-test="nav-complaint"]').click();
  await page.locator('[data-test="complaint-form"] form').waitFor();
  expect(await page.locator('[data-test="nav-complaint"]').getAttribute('class')).toContain('current');

  // Sent empty: each required field says what is missing.
  await page.click('#complaint-submit');
  await page.getByText('请选择被投诉单位').waitFor();
  await page.getByText('请填写投诉内容').waitFor();
  await page.getByText('请填写您的姓名').waitFor();

  await pickOption(page, 'complaint-unit', unit.name);
  await page.fill('#complaint-case', 'not-a-number');
  await page.getByText(/办件编号格式不正确/).waitFor();
  await page.fill('#complaint-case', '');
  await page.fill('#complaint-text', '窗口工作人员推诿，材料齐全仍让我下周再来。');
  await page.fill('#complaint-name', '网上投诉人');
  await page.fill('#complaint-phone', '1391234');
  await page.getByText('请填写 11 位手机号码，或留空').waitFor();
  await page.fill('#complaint-phone', '13912345678');
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
  await screenshot(page, 'complaint-form-390x844');
  await page.click('#complaint-submit');

  await page.locator('[data-test="complaint-receipt"]').waitFor();
  const number = (await page.locator('[data-test="complaint-number"]').textContent())!.trim();
  const code = (await page.locator('[data-test="complaint-code"]').textContent())!.trim();
  expect(number).toMatch(/^TS-\d{8}-\d{4}$/);
  expect(code).toMatch(/^[23456789A-HJKMNP-Z]{6}$/);
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
  await screenshot(page, 'complaint-receipt-390x844');

  // The efficiency office finds it: from the web form, about the unit chosen, with what was typed.
  const supervisor = await demo.net.token({ role: 'SUPERVISOR', name: '效能督查员' });
  const found = (
    await ok(demo.net.gatewayUrl, `query($u: ID!) { complaints(filter: { unitId: $u, channel: [PUBLIC_FORM] }, limit: 100) { nodes { number unitType unitId unitName channel dueDate caseNumber complainant { name phone } text } } }`, { u: unit.id }, supervisor)
  ).complaints.nodes.filter((c: { number: string }) => c.number === number);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ unitType: 'DEPARTMENT', unitId: unit.id, unitName: unit.name, channel: 'PUBLIC_FORM', caseNumber: null, complainant: { name: '网上投诉人', phone: '13912345678' } });
  expect(await page.locator('[data-test="complaint-due"]').textContent()).toBe(`${chineseDate(found[0].dueDate)}前`);

  // The receipt's link looks it up at once: status, unit and dates, nothing of the complainant's.
  await page.locator('[data-test="complaint-lookup-link"]').click();
  await page.locator('[data-test="complaint-view"]').waitFor();
  expect(await page.locator('[data-test="view-number"]').textContent()).toBe(number);
  expect(await page.locator('[data-test="view-unit"]').textContent()).toBe(unit.name);
  expect(await page.locator('[data-test="view-status"]').textContent()).toBe('已登记');
  expect(await page.locator('[data-test="view-due"]').textContent()).toBe(chineseDate(found[0].dueDate));
  const shown = (await page.locator('main').textContent())!;
  for (const personal of ['网上投诉人', '13912345678', '推诿']) expect(shown).not.toContain(personal);
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
  await screenshot(page, 'complaint-status-390x844');

  // A wrong code: one message that does not say which half was wrong, and nothing shown.
  const wrong = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A');
  await page.fill('#lookup-code', wrong.toLowerCase());
  await page.click('#lookup-submit');
  await page.locator('[data-test="lookup-failure"]', { hasText: '没有找到这件投诉，请核对投诉编号和查询码。' }).waitFor();
  expect(await page.locator('[data-test="complaint-view"]').count()).toBe(0);
  await screenshot(page, 'complaint-status-not-found-390x844');
});

test('the look-up page checks the shape before asking, and a typed pair finds the complaint', async () => {
  const { departments } = await ok(demo.net.gatewayUrl, `{ departments { id active } }`);
  const unitId = departments.find((d: { active: boolean }) => d.active).id as string;
  const i = { requestId: 'portal-complaint-lookup-1', unitType: 'DEPARTMENT', unitId, complainantName: '查询测试人', text: '办事拖延' };
  const r = (await ok(demo.net.gatewayUrl, `mutation($i: ComplaintInput!) { fileComplaint(input: $i) { number queryCode } }`, { i })).fileComplaint;
  const { page } = await demo.watch('phone');
  await page.goto(`${originOf(demo.net)}/guide#/complaint-status`);
  await page.click('#lookup-submit');
  await page.getByText('请输入投诉编号').waitFor();
  await page.getByText('请输入查询码').waitFor();
  await page.fill('#lookup-number', r.number.toLowerCase());
  await page.fill('#lookup-code', r.queryCode);
  await page.click('#lookup-submit');
  await page.locator('[data-test="complaint-view"]').waitFor();
  expect(await page.locator('[data-test="view-number"]').textContent()).toBe(r.number);
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
});
