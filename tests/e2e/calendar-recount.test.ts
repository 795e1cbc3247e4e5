/**
 * SPEC §4.3: a deadline guessed for a year the holiday calendar does not cover is flagged
 * everywhere it is shown — the county case, the delegated intake, the township work list and
 * public tracking — and when an administrator enters and confirms the year, every open case whose
 * deadline depended on it is recounted on both tiers. A day declared later only ever brings a
 * promised date forward (README: the applicant must not lose time).
 *
 * 2026-12-30 is a Wednesday; 2027 is not covered by the base calendar (weekdays are guessed).
 */
import { startNetwork, ok, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, ACT_COUNTY, ACT_TOWNSHIP, type Fixture } from '../support/fixtures';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork({ now: '2026-12-30T02:00:00.000Z' });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now());
}, 60_000);
afterAll(async () => net?.stop());

const MATERIALS = ['申请书', '申请人身份证明'];
const DEADLINE = 'dueDate calendarUncertain uncertainYears';
let serial = 0;
const rid = (p: string) => `recount-${p}-${String(++serial).padStart(4, '0')}`;

async function drain() {
  for (let i = 0; i < 3; i++) {
    await net.county.forwarder.drain();
    await net.township.forwarder.drain();
  }
}

/** A county case of item A (3 promised days) accepted now. */
async function countyCase(): Promise<{ id: string; number: string; queryCode: string }> {
  const c = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: rid('cc'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: MATERIALS } }, fx.clerkA)).receiveCountyCase;
  await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, fx.clerkA);
  return c;
}

/** A township case of township X's item (5 promised days) accepted now. */
async function townshipCase(): Promise<{ id: string }> {
  const c = (await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId: rid('tc'), itemId: fx.tItemX.id, applicant: applicant(), submittedMaterials: MATERIALS } }, fx.clerkX)).receiveTownshipCase;
  await ok(net.gatewayUrl, ACT_TOWNSHIP, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, fx.clerkX);
  return c;
}

/** A delegated intake of the county's delegable item (5 promised days), forwarded. */
async function intake(): Promise<{ id: string; number: string; queryCode: string }> {
  const i = (await ok(net.gatewayUrl, `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id number queryCode } }`, {
    i: { requestId: rid('in'), countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: MATERIALS },
  }, fx.clerkX)).acceptDelegatedIntake;
  await drain();
  return i;
}

const countyDeadline = async (id: string) => (await ok(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { deadline { ${DEADLINE} } history { step note } } }`, { id }, fx.adminToken)).countyCase;
const townshipDeadline = async (id: string) => (await ok(net.gatewayUrl, `query($id: ID!) { townshipCase(id: $id) { deadline { ${DEADLINE} } history { step note } } }`, { id }, fx.adminToken)).townshipCase;
const intakeDeadline = async (id: string) => (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { deadline { ${DEADLINE} } } }`, { id }, fx.adminToken)).delegatedIntake.deadline;
const tracked = async (n: string, q: string) => (await ok(net.gatewayUrl, `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) { county { dueDate calendarUncertain } township { dueDate calendarUncertain } } }`, { n, q })).trackCase;

test('a guessed deadline is flagged everywhere; declaring 1 January off keeps promises; confirming 2027 recounts every tier', async () => {
  const cc = await countyCase();
  const tc = await townshipCase();
  const di = await intake();

  // Guessed, flagged everywhere a deadline is shown.
  expect((await countyDeadline(cc.id)).deadline).toEqual({ dueDate: '2027-01-04', calendarUncertain: true, uncertainYears: [2027] });
  expect((await townshipDeadline(tc.id)).deadline).toEqual({ dueDate: '2027-01-06', calendarUncertain: true, uncertainYears: [2027] });
  expect(await intakeDeadline(di.id)).toEqual({ dueDate: '2027-01-06', calendarUncertain: true, uncertainYears: [2027] });
  const work = (await ok(net.gatewayUrl, `{ townshipWorkList { waitingForward { id } } delegatedIntakes { nodes { id deadline { calendarUncertain } } } }`, {}, fx.clerkX));
  expect(work.delegatedIntakes.nodes.find((n: { id: string }) => n.id === di.id).deadline.calendarUncertain).toBe(true);
  expect(await tracked(cc.number, cc.queryCode)).toMatchObject({ county: { dueDate: '2027-01-04', calendarUncertain: true } });
  expect(await tracked(di.number, di.queryCode)).toMatchObject({ county: { dueDate: '2027-01-06', calendarUncertain: true }, township: { calendarUncertain: true } });

  // 1 January declared off: promises stand (still flagged), a case accepted now counts it.
  await ok(net.gatewayUrl, `mutation { setCalendarOverride(date: "2027-01-01", workday: false, note: "元旦") { date } }`, {}, fx.adminToken);
  await drain();
  expect((await countyDeadline(cc.id)).deadline).toEqual({ dueDate: '2027-01-04', calendarUncertain: true, uncertainYears: [2027] });
  expect((await townshipDeadline(tc.id)).deadline.dueDate).toBe('2027-01-06');
  const later = await countyCase();
  expect((await countyDeadline(later.id)).deadline.dueDate).toBe('2027-01-05');

  // The year is confirmed: every open case that depended on it is recounted, on both tiers.
  const status = (await ok(net.gatewayUrl, `mutation { confirmCalendarYear(year: 2027, confirmed: true) { uncoveredYearsInUse } }`, {}, fx.adminToken)).confirmCalendarYear;
  expect(status.uncoveredYearsInUse).toEqual([]);
  await drain();
  const county = await countyDeadline(cc.id);
  expect(county.deadline).toEqual({ dueDate: '2027-01-05', calendarUncertain: false, uncertainYears: [] });
  expect(county.history.at(-1)).toEqual({ step: 'calendarChange', note: '2027年工作日历已确认，办结期限由2027-01-04调整为2027-01-05' });
  expect((await countyDeadline(later.id)).deadline).toEqual({ dueDate: '2027-01-05', calendarUncertain: false, uncertainYears: [] });
  const township = await townshipDeadline(tc.id);
  expect(township.deadline).toEqual({ dueDate: '2027-01-07', calendarUncertain: false, uncertainYears: [] });
  expect(township.history.at(-1).step).toBe('calendarChange');
  // The delegated case moved at the county, and the township's copy followed.
  expect(await intakeDeadline(di.id)).toEqual({ dueDate: '2027-01-07', calendarUncertain: false, uncertainYears: [] });
  expect(await tracked(di.number, di.queryCode)).toMatchObject({ county: { dueDate: '2027-01-07', calendarUncertain: false }, township: { dueDate: '2027-01-07', calendarUncertain: false } });
});

test('a make-up working day declared inside open cases brings their date forward on both tiers; a new rest day does not push one back', async () => {
  net.clock.set('2027-01-07T02:00:00.000Z'); // Thursday; 2027 is confirmed now
  const cc = await countyCase(); // Fri 8, Mon 11, Tue 12
  const tc = await townshipCase(); // Fri 8, Mon 11, Tue 12, Wed 13, Thu 14
  expect((await countyDeadline(cc.id)).deadline.dueDate).toBe('2027-01-12');
  await ok(net.gatewayUrl, `mutation { setCalendarOverride(date: "2027-01-09", workday: true, note: "调休上班") { date } }`, {}, fx.adminToken);
  await drain();
  expect((await countyDeadline(cc.id)).deadline.dueDate).toBe('2027-01-11');
  expect((await townshipDeadline(tc.id)).deadline.dueDate).toBe('2027-01-13');
  await ok(net.gatewayUrl, `mutation { setCalendarOverride(date: "2027-01-11", workday: false, note: "县庆") { date } }`, {}, fx.adminToken);
  await drain();
  expect((await countyDeadline(cc.id)).deadline.dueDate).toBe('2027-01-11');
  expect((await townshipDeadline(tc.id)).deadline.dueDate).toBe('2027-01-13');
});

test('a recount cut short (the county stopped between the change and the recount) is finished by the check at start, once', async () => {
  net.clock.set('2027-12-29T02:00:00.000Z'); // Wednesday; 2028 is not covered
  const cc = await countyCase(); // Thu 30, Fri 31, Mon 3 Jan (guessed)
  expect((await countyDeadline(cc.id)).deadline).toEqual({ dueDate: '2028-01-03', calendarUncertain: true, uncertainYears: [2028] });
  // The calendar changes are stored, the recount never ran.
  const admin = { userId: 'admin-1', name: '管理员', role: 'COUNTY_ADMIN' as const };
  await net.county.services.calendar.setOverride(admin, '2028-01-03', false, '元旦调休', net.clock.now());
  await net.county.services.calendar.confirmYear(admin, 2028, true, net.clock.now());
  expect((await countyDeadline(cc.id)).deadline.dueDate).toBe('2028-01-03');
  expect(await net.county.reconcileDeadlines()).toBe(1);
  const after = await countyDeadline(cc.id);
  expect(after.deadline).toEqual({ dueDate: '2028-01-04', calendarUncertain: false, uncertainYears: [] });
  expect(after.history.at(-1)).toEqual({ step: 'calendarChange', note: '按现行工作日历核对，办结期限由2028-01-03调整为2028-01-04' });
  // Every open case on both tiers is now in line: a second check moves nothing.
  await drain();
  expect(await net.county.reconcileDeadlines()).toBe(0);
  expect(await net.township.reconcileDeadlines()).toBe(0);
});
