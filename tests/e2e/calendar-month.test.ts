/**
 * The calendar page's month (calendarMonth): each date's national kind and holiday name, whether it
 * is worked, and the county's override with its reason — one query for the month, read by
 * administrators and supervisors only, refused for an impossible month. Runs on SQLite, and on
 * MySQL/MariaDB with MYSQL_URL.
 */
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, type Fixture } from '../support/fixtures';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
}, 60_000);
afterAll(async () => net?.stop());

const MONTH = `query($y: Int!, $m: Int!) { calendarMonth(year: $y, month: $m) { year month yearCovered yearConfirmed days { date kind holidayName workday known override { workday note } } } }`;
type Day = { date: string; kind: string; holidayName: string | null; workday: boolean; known: boolean; override: { workday: boolean; note: string | null } | null };
const month = async (y: number, m: number, token = fx.adminToken) =>
  (await ok(net.gatewayUrl, MONTH, { y, m }, token)).calendarMonth as { year: number; month: number; yearCovered: boolean; yearConfirmed: boolean; days: Day[] };
const day = (days: Day[], date: string) => days.find((d) => d.date === date);

test('October 2026: 31 dates, the National Day holidays, the make-up Saturday and ordinary weekends', async () => {
  const oct = await month(2026, 10);
  expect(oct).toMatchObject({ year: 2026, month: 10, yearCovered: true, yearConfirmed: false });
  expect(oct.days.map((d) => d.date)).toEqual(Array.from({ length: 31 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`));
  expect(day(oct.days, '2026-10-01')).toEqual({ date: '2026-10-01', kind: 'HOLIDAY', holidayName: '国庆节', workday: false, known: true, override: null });
  expect(day(oct.days, '2026-10-10')).toMatchObject({ kind: 'MAKEUP_WORKDAY', holidayName: '国庆节', workday: true });
  expect(day(oct.days, '2026-10-17')).toMatchObject({ kind: 'WEEKEND', holidayName: null, workday: false });
  expect(day(oct.days, '2026-10-19')).toMatchObject({ kind: 'WORKDAY', holidayName: null, workday: true });
  expect((await month(2026, 2)).days).toHaveLength(28);
});

test('an override shows on its date with its reason and decides whether the date is worked; removed, it is gone', async () => {
  await ok(net.gatewayUrl, `mutation { setCalendarOverride(date: "2026-11-18", workday: false, note: "县城运动会") { date } }`, {}, fx.adminToken);
  let nov = await month(2026, 11, fx.supervisor);
  expect(day(nov.days, '2026-11-18')).toEqual({ date: '2026-11-18', kind: 'WORKDAY', holidayName: null, workday: false, known: true, override: { workday: false, note: '县城运动会' } });
  await ok(net.gatewayUrl, `mutation { removeCalendarOverride(date: "2026-11-18") }`, {}, fx.adminToken);
  nov = await month(2026, 11);
  expect(day(nov.days, '2026-11-18')).toMatchObject({ workday: true, override: null });
});

test('a year after the built-in calendar: weekdays guessed until it is confirmed', async () => {
  let jan = await month(2027, 1);
  expect(jan).toMatchObject({ yearCovered: false, yearConfirmed: false });
  expect(day(jan.days, '2027-01-01')).toMatchObject({ kind: 'WORKDAY', workday: true, known: false });
  await ok(net.gatewayUrl, `mutation { setCalendarOverride(date: "2027-01-01", workday: false, note: "2027年元旦") { date } }`, {}, fx.adminToken);
  await ok(net.gatewayUrl, `mutation { confirmCalendarYear(year: 2027, confirmed: true) { confirmedYears } }`, {}, fx.adminToken);
  jan = await month(2027, 1);
  expect(jan).toMatchObject({ yearCovered: true, yearConfirmed: true });
  expect(day(jan.days, '2027-01-01')).toMatchObject({ kind: 'WORKDAY', workday: false, known: true, override: { workday: false, note: '2027年元旦' } });
  expect(day(jan.days, '2027-01-04')).toMatchObject({ workday: true, known: true });
  await ok(net.gatewayUrl, `mutation { confirmCalendarYear(year: 2027, confirmed: false) { confirmedYears } }`, {}, fx.adminToken);
  await ok(net.gatewayUrl, `mutation { removeCalendarOverride(date: "2027-01-01") }`, {}, fx.adminToken);
});

test('administrators and supervisors read it; clerks, viewers and the public are refused', async () => {
  for (const token of [fx.clerkA, fx.clerkX, fx.viewer]) {
    const r = await gql(net.gatewayUrl, MONTH, { y: 2026, m: 10 }, token);
    expect(r.data?.calendarMonth ?? null).toBeNull();
    expect(codeOf(r)).toBe('FORBIDDEN');
  }
  expect(codeOf(await gql(net.gatewayUrl, MONTH, { y: 2026, m: 10 }))).toBe('UNAUTHENTICATED');
});

test.each([
  [2026, 0],
  [2026, 13],
  [1999, 5],
  [2101, 1],
])('year %i month %i is refused with BAD_USER_INPUT', async (y, m) => {
  const r = await gql(net.gatewayUrl, MONTH, { y, m }, fx.adminToken);
  expect(r.data?.calendarMonth ?? null).toBeNull();
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
});
