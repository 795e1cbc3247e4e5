/** Deadline.workingDaysOverdue: the working days past the due date of an overdue case, null otherwise. */
import { startNetwork, ok, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, RECEIVE_COUNTY, type Fixture } from '../support/fixtures';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z' }); // Monday 10:00 Beijing
  fx = await buildFixture(net);
}, 60_000);
afterAll(async () => net?.stop());

const DEADLINE = `query($id: ID!) { countyCase(id: $id) { deadline { dueDate overdue warningLevel workingDaysLeft workingDaysOverdue } } }`;

test('counted in working days after the due date, and null while the case is not overdue', async () => {
  const c = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: 'overdue-0001', itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkA))
    .receiveCountyCase;
  const received = (await ok(net.gatewayUrl, DEADLINE, { id: c.id }, fx.clerkA)).countyCase.deadline;
  expect(received).toMatchObject({ overdue: false, workingDaysOverdue: null });
  await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, fx.clerkA);
  const at = async (now: string) => {
    net.clock.set(now);
    return (await ok(net.gatewayUrl, DEADLINE, { id: c.id }, fx.clerkA)).countyCase.deadline;
  };
  expect(await at('2026-11-16T03:00:00.000Z')).toMatchObject({ dueDate: '2026-11-19', overdue: false, workingDaysOverdue: null });
  expect(await at('2026-11-19T15:00:00.000Z')).toMatchObject({ overdue: false, workingDaysOverdue: null }); // Thursday 23:00, the due day
  expect(await at('2026-11-20T02:00:00.000Z')).toMatchObject({ overdue: true, warningLevel: 'RED', workingDaysOverdue: 1 }); // Friday
  expect(await at('2026-11-22T02:00:00.000Z')).toMatchObject({ overdue: true, workingDaysOverdue: 1 }); // Sunday: no working day more
  expect(await at('2026-11-24T02:00:00.000Z')).toMatchObject({ overdue: true, workingDaysOverdue: 3 }); // Tuesday
});
