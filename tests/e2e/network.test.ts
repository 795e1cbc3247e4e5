import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, ACT_COUNTY, type Fixture } from '../support/fixtures';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
});
afterAll(async () => net?.stop());

test('a federated query returns townships with their items and the supervising department', async () => {
  const data = await ok(net.gatewayUrl, `{ townships { name code levelCode items { name supervisingDepartment { name code } } } }`);
  const hekou = data.townships.find((t: { name: string }) => t.name === '河口镇');
  expect(hekou).toMatchObject({ code: '511099101', levelCode: 5 });
  expect(hekou.items[0].supervisingDepartment).toEqual({ name: '临江县市场监督管理局', code: 'SCJG' });
});

test('a county case goes through receive, accept and approve with history', async () => {
  net.clock.set('2026-09-30T02:00:00.000Z');
  const r = await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: 'req-e2e-0001', itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkA);
  const c = r.receiveCountyCase;
  expect(c.number).toMatch(/^SCJG-20260930-\d{4}$/);
  const accepted = (await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, fx.clerkA)).actOnCountyCase;
  expect(accepted.status).toBe('ACCEPTED');
  expect(accepted.deadline.dueDate).toBe('2026-10-10');
  const stale = await gql(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'START' } }, fx.clerkA);
  expect(codeOf(stale)).toBe('VERSION_CONFLICT');
});
