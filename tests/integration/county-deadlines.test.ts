import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, ACT_COUNTY, type Fixture } from '../support/fixtures';

/** The county subgraph on its own database, called directly (as the gateway would). */
let net: Network;
let fx: Fixture;
let seq = 0;
const itemIds: Record<number, string> = {};

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
});
afterAll(async () => net?.stop());

async function acceptedCase(at: string, itemId = fx.itemA.id) {
  net.clock.set(at);
  // Every mandatory material: the fixture's items need two, the items made here one.
  const submittedMaterials = [fx.itemA.id, fx.itemImmediate.id, fx.itemB.id].includes(itemId) ? ['申请书', '申请人身份证明'] : ['申请书'];
  const c = (await ok(net.countyUrl, RECEIVE_COUNTY, { i: { requestId: `deadline-${++seq}-xxxx`, itemId, applicant: applicant(), submittedMaterials } }, fx.clerkA)).receiveCountyCase;
  return (await ok(net.countyUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, fx.clerkA)).actOnCountyCase;
}

async function itemWithDays(days: number): Promise<string> {
  const r = await ok(net.countyUrl, `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } } }`, {
    i: { code: `SCJG-D${days}`, name: `${days}日事项`, departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: days, materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '测试依据', delegable: false },
  }, fx.adminToken);
  itemIds[days] = r.createCountyItem.item.id;
  return itemIds[days];
}

test.each([
  ['2026-09-30T02:00:00Z', 3, '2026-10-10'],
  ['2026-09-24T02:00:00Z', 2, '2026-09-29'],
  ['2026-02-13T02:00:00Z', 1, '2026-02-14'],
  ['2026-04-30T02:00:00Z', 3, '2026-05-08'],
])('accepted %s with %i promised days → due %s (SPEC §4.3)', async (at, days, due) => {
  const c = await acceptedCase(at as string, itemIds[days as number] ?? (await itemWithDays(days as number)));
  expect(c.deadline.dueDate).toBe(due);
});

test('an immediate item accepted on a working day is due at the end of that day (Beijing time)', async () => {
  const c = await acceptedCase('2026-11-18T07:00:00Z', fx.itemImmediate.id);
  expect(c.deadline.dueDate).toBe('2026-11-18');
  expect(c.deadline.dueAt).toBe('2026-11-18T16:00:00.000Z');
});

test('a supplement pause moves the due date by the working days spent paused', async () => {
  const c = await acceptedCase('2026-11-16T02:00:00Z'); // Monday; 3 days → Thursday 11-19
  expect(c.deadline.dueDate).toBe('2026-11-19');
  net.clock.set('2026-11-17T02:00:00Z');
  const paused = (await ok(net.countyUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'REQUEST_SUPPLEMENT', missingMaterials: ['场所使用证明'] } }, fx.clerkA)).actOnCountyCase;
  expect(paused.deadline.paused).toBe(true);
  net.clock.set('2026-11-20T02:00:00Z'); // resubmitted Friday: Wed, Thu, Fri = 3 working days paused
  const resumed = (await ok(net.countyUrl, ACT_COUNTY, { i: { id: c.id, version: paused.version, action: 'RESUBMIT' } }, fx.clerkA)).actOnCountyCase;
  expect(resumed.status).toBe('ACCEPTED');
  expect(resumed.deadline).toMatchObject({ paused: false, pausedWorkingDays: 3, dueDate: '2026-11-24' });
});

test('a deadline in a year the calendar does not cover is flagged until an administrator covers it', async () => {
  const status = `{ calendarStatus { uncoveredYearsInUse uncertainOpenCases uncertainCases { id number deadline { dueDate } } builtInLastYear } }`;
  const before = (await ok(net.countyUrl, status, {}, fx.adminToken)).calendarStatus;
  expect(before.uncoveredYearsInUse).toEqual([]);

  const c = await acceptedCase('2026-12-30T02:00:00Z'); // 3 days: Dec 31, then 2027
  expect(c.deadline).toMatchObject({ calendarUncertain: true, uncertainYears: [2027] });
  const flagged = (await ok(net.countyUrl, status, {}, fx.adminToken)).calendarStatus;
  expect(flagged.uncoveredYearsInUse).toEqual([2027]);
  expect(flagged.uncertainOpenCases).toBe(1);
  // The banner names the case, so the administrator knows whose promise rests on the guess.
  expect(flagged.uncertainCases.map((x: { id: string }) => x.id)).toEqual([c.id]);

  await ok(net.countyUrl, `mutation { confirmCalendarYear(year: 2027, confirmed: true) { confirmedYears } }`, {}, fx.adminToken);
  const read = (await ok(net.countyUrl, `query($id: ID!) { countyCase(id: $id) { deadline { calendarUncertain uncertainYears } } }`, { id: c.id }, fx.adminToken)).countyCase;
  expect(read.deadline).toEqual({ calendarUncertain: false, uncertainYears: [] });
  const covered = (await ok(net.countyUrl, status, {}, fx.adminToken)).calendarStatus;
  expect([covered.uncoveredYearsInUse, covered.uncertainOpenCases, covered.uncertainCases]).toEqual([[], 0, []]);
  await ok(net.countyUrl, `mutation { confirmCalendarYear(year: 2027, confirmed: false) { confirmedYears } }`, {}, fx.adminToken);
});

test('an override making 2027-01-01 a holiday puts a 2-day case accepted 2026-12-30 on 2027-01-04', async () => {
  await ok(net.countyUrl, `mutation { setCalendarOverride(date: "2027-01-01", workday: false, note: "2027年元旦") { date workday } }`, {}, fx.adminToken);
  const item = (
    await ok(net.countyUrl, `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } } }`, {
      i: { code: 'SCJG-099', name: '两日事项', departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 10, promisedDays: 2, materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '测试依据', delegable: false },
    }, fx.adminToken)
  ).createCountyItem.item;
  const c = await acceptedCase('2026-12-30T02:00:00Z', item.id);
  expect(c.deadline.dueDate).toBe('2027-01-04');
  const day = (await ok(net.countyUrl, `{ workingDay(date: "2027-01-01") { workday known } }`)).workingDay;
  expect(day).toEqual({ workday: false, known: true });
  await ok(net.countyUrl, `mutation { removeCalendarOverride(date: "2027-01-01") }`, {}, fx.adminToken);
});

test('calendar changes are for administrators only, and bad dates are refused', async () => {
  const r = await gql(net.countyUrl, `mutation { setCalendarOverride(date: "2026-12-01", workday: false) { date } }`, {}, fx.clerkA);
  expect(codeOf(r)).toBe('FORBIDDEN');
  const bad = await gql(net.countyUrl, `mutation { setCalendarOverride(date: "2026-13-01", workday: false) { date } }`, {}, fx.adminToken);
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  const list = (await ok(net.countyUrl, `{ calendarStatus { overrides { date } } }`, {}, fx.adminToken)).calendarStatus.overrides;
  expect(list).toEqual([]);
});

test('warning thresholds are county settings and change warning levels', async () => {
  const c = await acceptedCase('2026-11-16T02:00:00Z'); // due Thu 11-19
  net.clock.set('2026-11-17T02:00:00Z'); // Tue: 2 days left, 1 of 3 used → GREEN by default
  const q = `query($id: ID!) { countyCase(id: $id) { deadline { warningLevel workingDaysLeft } } }`;
  expect((await ok(net.countyUrl, q, { id: c.id }, fx.adminToken)).countyCase.deadline).toEqual({ warningLevel: 'GREEN', workingDaysLeft: 2 });
  await ok(net.countyUrl, `mutation { updateCountySettings(input: { yellowDaysLeft: 2, yellowUsedFraction: 0.67, maxPromisedShare: 0.5 }) { yellowDaysLeft } }`, {}, fx.adminToken);
  expect((await ok(net.countyUrl, q, { id: c.id }, fx.adminToken)).countyCase.deadline.warningLevel).toBe('YELLOW');
  net.clock.set('2026-11-19T16:00:00Z'); // the due instant itself
  expect((await ok(net.countyUrl, q, { id: c.id }, fx.adminToken)).countyCase.deadline.warningLevel).toBe('RED');
  await ok(net.countyUrl, `mutation { updateCountySettings(input: { yellowDaysLeft: 1, yellowUsedFraction: 0.6666666667, maxPromisedShare: 0.5 }) { yellowDaysLeft } }`, {}, fx.adminToken);
});

test('the overdue filter uses the warning rule: a case paused after its due instant stays overdue', async () => {
  const c = await acceptedCase('2026-11-02T02:00:00Z'); // Mon; 3 days → due Thu 11-05
  net.clock.set('2026-11-06T02:00:00Z'); // a day late, then a supplement pauses the clock
  await ok(net.countyUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'REQUEST_SUPPLEMENT', missingMaterials: ['申请书'] } }, fx.clerkA);
  const onTime = await acceptedCase('2026-11-05T02:00:00Z'); // due 11-10, paused before it
  net.clock.set('2026-11-06T03:00:00Z');
  await ok(net.countyUrl, ACT_COUNTY, { i: { id: onTime.id, version: onTime.version, action: 'REQUEST_SUPPLEMENT', missingMaterials: ['申请书'] } }, fx.clerkA);
  net.clock.set('2026-11-20T02:00:00Z');
  const list = (await ok(net.countyUrl, `{ countyCases(filter: { overdue: true }, limit: 200) { nodes { id deadline { overdue warningLevel } } } }`, {}, fx.adminToken)).countyCases.nodes;
  const ids = list.map((n: { id: string }) => n.id);
  expect(ids).toContain(c.id);
  expect(ids).not.toContain(onTime.id);
  for (const n of list) expect(n.deadline).toEqual({ overdue: true, warningLevel: 'RED' });
});
