import { startNetwork, ok, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_TOWNSHIP, ACT_TOWNSHIP, type Fixture } from '../support/fixtures';

/** The township subgraph computes deadlines with its stored copy of the county's calendar. */
let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
});
afterAll(async () => net?.stop());

async function acceptAt(at: string, requestId: string) {
  net.clock.set(at);
  const c = (await ok(net.townshipUrl, RECEIVE_TOWNSHIP, { i: { requestId, itemId: fx.tItemX.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkX)).receiveTownshipCase;
  return (await ok(net.townshipUrl, ACT_TOWNSHIP, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, fx.clerkX)).actOnTownshipCase;
}

test('a county override reaches the township after a sync and survives the county going away', async () => {
  // Township item: 5 promised days. Accepted Mon 2026-11-16 → due Mon 11-23.
  expect((await acceptAt('2026-11-16T02:00:00Z', 'twp-cal-0001')).deadline.dueDate).toBe('2026-11-23');
  await ok(net.countyUrl, `mutation { setCalendarOverride(date: "2026-11-18", workday: false, note: "县级地方休息日") { date } }`, {}, fx.adminToken);
  // Not yet synced: the township still uses its copy.
  expect((await acceptAt('2026-11-16T02:00:00Z', 'twp-cal-0002')).deadline.dueDate).toBe('2026-11-23');
  expect(await net.township.services.calendar.sync(net.clock.now())).toBe(true);
  expect((await acceptAt('2026-11-16T02:00:00Z', 'twp-cal-0003')).deadline.dueDate).toBe('2026-11-24');

  // The stored copy is in the township database: a fresh mirror reads it without the county.
  await net.stopCounty();
  expect(await net.township.services.calendar.sync(net.clock.now())).toBe(false);
  await net.township.services.calendar.load();
  expect(net.township.services.calendar.calendar().isWorkday('2026-11-18')).toBe(false);
  expect((await acceptAt('2026-11-16T02:00:00Z', 'twp-cal-0004')).deadline.dueDate).toBe('2026-11-24');
  const health = await (await fetch(net.townshipUrl.replace('/graphql', '/health'))).json();
  expect(health).toMatchObject({ status: 'ok', countyReachable: false });
});
