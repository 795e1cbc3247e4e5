/**
 * The township's copy of the county (catalog, delegation, calendar, settings) is current within
 * seconds while both tiers are up: each change is announced through the county outbox in the
 * change's own transaction; the periodic refresh stays as the fallback while the county is down.
 */
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, type Fixture } from '../support/fixtures';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork({ persistent: true, now: '2026-11-16T02:00:00.000Z' }); // Monday 10:00 Beijing
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now());
}, 60_000);
afterAll(async () => net?.stop());

const ACCEPT = `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id dueDate } }`;
const CREATE_ITEM = `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } } }`;
const MATERIALS = [{ name: '申请书', originals: 1, copies: 0, mandatory: true }];

const acceptInput = (requestId: string, countyItemId: string, submittedMaterials = ['申请书']) => ({ i: { requestId, countyItemId, applicant: applicant(), submittedMaterials } });
const BOTH = ['申请书', '申请人身份证明'];

async function newItem(code: string, delegable: boolean): Promise<string> {
  const i = { code, name: `事项${code}`, departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: 5, materials: MATERIALS, legalBasis: '《中华人民共和国行政许可法》', delegable };
  return (await ok(net.gatewayUrl, CREATE_ITEM, { i }, fx.adminToken)).createCountyItem.item.id;
}

test('an item made delegable is accepted at the township after one delivery of the county outbox, with no periodic refresh', async () => {
  const id = await newItem('SCJG-101', false);
  await net.county.forwarder.drain();
  const refused = await gql(net.gatewayUrl, ACCEPT, acceptInput('feed-0001', id), fx.clerkX);
  expect(codeOf(refused)).toBe('NOT_DELEGABLE');
  // The refusal says how old the township's copy is.
  expect(refused.errors?.[0]?.extensions?.details).toMatchObject({ countyItemId: id, catalogCopyAgeSeconds: 0, catalogCopySyncedAt: '2026-11-16T02:00:00.000Z' });
  expect(refused.errors?.[0]?.message).toContain('副本更新于');

  await ok(net.gatewayUrl, `mutation($id: ID!, $i: CountyItemInput!) { updateCountyItem(id: $id, input: $i) { item { id } } }`, {
    id,
    i: { code: 'SCJG-101', name: '事项SCJG-101', departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: 5, materials: MATERIALS, legalBasis: '《中华人民共和国行政许可法》', delegable: true },
  }, fx.adminToken);
  net.clock.set('2026-11-16T02:00:01.000Z');
  await net.county.forwarder.drain();
  const accepted = (await ok(net.gatewayUrl, ACCEPT, acceptInput('feed-0002', id), fx.clerkX)).acceptDelegatedIntake;
  expect(accepted.dueDate).toBe('2026-11-23');
});

test('a holiday declared at the county moves the due date of a township intake accepted next', async () => {
  // 2026-11-18 (Wednesday) becomes a local rest day: 5 working days from Monday end on Tuesday 24th.
  await ok(net.gatewayUrl, `mutation { setCalendarOverride(date: "2026-11-18", workday: false, note: "县庆") { date } }`, {}, fx.adminToken);
  net.clock.set('2026-11-16T02:00:02.000Z');
  await net.county.forwarder.drain();
  const accepted = (await ok(net.gatewayUrl, ACCEPT, acceptInput('feed-0003', fx.delegable.id, BOTH), fx.clerkX)).acceptDelegatedIntake;
  expect(accepted.dueDate).toBe('2026-11-24');
  // Removing it is announced the same way.
  await ok(net.gatewayUrl, `mutation { removeCalendarOverride(date: "2026-11-18") }`, {}, fx.adminToken);
  net.clock.set('2026-11-16T02:00:03.000Z');
  await net.county.forwarder.drain();
  expect((await ok(net.gatewayUrl, ACCEPT, acceptInput('feed-0004', fx.delegable.id, BOTH), fx.clerkX)).acceptDelegatedIntake.dueDate).toBe('2026-11-23');
});

test('settings reach the township the same way', async () => {
  await ok(net.gatewayUrl, `mutation { updateCountySettings(input: { yellowDaysLeft: 2, yellowUsedFraction: 0.5, maxPromisedShare: 0.5, forwardingLimitMinutes: 90 }) { forwardingLimitMinutes } }`, {}, fx.adminToken);
  net.clock.set('2026-11-16T02:00:04.000Z');
  await net.county.forwarder.drain();
  expect(net.township.services.calendar.settings()).toMatchObject({ yellowDaysLeft: 2, forwardingLimitMinutes: 90 });
});

test('while the township is down the announcements wait; after its restart they are delivered and the copy catches up', async () => {
  await net.stopTownship();
  const id = await newItem('SCJG-102', true);
  await net.county.forwarder.drain(); // fails: the township is down
  await net.startTownship(); // loads its stored copy, which predates the item
  expect(net.township.services.calendar.delegableItem(id)).toBeUndefined();
  net.clock.set('2026-11-16T02:05:00.000Z'); // past the back-off
  await net.county.forwarder.drain();
  expect(net.township.services.calendar.delegableItem(id)).toMatchObject({ code: 'SCJG-102' });
  expect((await net.county.forwarder.queueStatus()).pending).toBe(0);
});

test('with the forwarder running as in production, a new delegable item is accepted at the township within 5 seconds', async () => {
  const id = await newItem('SCJG-103', true);
  net.county.forwarder.start(200);
  try {
    let code: string | undefined = 'NOT_DELEGABLE';
    for (let attempt = 0; attempt < 25 && code === 'NOT_DELEGABLE'; attempt++) {
      await new Promise((r) => setTimeout(r, 200));
      const r = await gql(net.gatewayUrl, ACCEPT, acceptInput(`feed-1${String(attempt).padStart(3, '0')}`, id), fx.clerkX);
      code = codeOf(r);
      if (code && code !== 'NOT_DELEGABLE') throw new Error(JSON.stringify(r.errors));
    }
    expect(code).toBeUndefined();
  } finally {
    await net.county.forwarder.stop();
  }
});
