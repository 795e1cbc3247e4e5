import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, ACT_COUNTY, ACT_TOWNSHIP, type Fixture } from '../support/fixtures';
import { rowCounts } from '../support/row-counts';

/**
 * SPEC §4.2: accepting needs every mandatory material, at the county window as at the township.
 * A case may be received without them, recorded as such, and is accepted only once a one-time
 * notice has asked for them and they came back.
 */

let net: Network;
let fx: Fixture;
let seq = 0;
const rid = (tag: string) => `materials-${tag}-${String(++seq).padStart(4, '0')}`;

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
});
afterAll(async () => net?.stop());

const tiers = () => [
  { name: 'county', receive: RECEIVE_COUNTY, act: ACT_COUNTY, field: 'actOnCountyCase', got: 'receiveCountyCase', item: fx.itemA.id, token: fx.clerkA, one: 'countyCase' },
  { name: 'township', receive: RECEIVE_TOWNSHIP, act: ACT_TOWNSHIP, field: 'actOnTownshipCase', got: 'receiveTownshipCase', item: fx.tItemX.id, token: fx.clerkX, one: 'townshipCase' },
];

test.each(['county', 'township'])('%s: received without mandatory materials, not accepted until they are in', async (name) => {
  const t = tiers().find((x) => x.name === name)!;
  const c = (await ok(net.gatewayUrl, t.receive, { i: { requestId: rid(name), itemId: t.item, applicant: applicant(), submittedMaterials: ['申请书'] } }, t.token))[t.got];
  expect(c.status).toBe('RECEIVED');
  const history = async () => (await ok(net.gatewayUrl, `query($id: ID!) { ${t.one}(id: $id) { status version history { step note } } }`, { id: c.id }, fx.adminToken))[t.one];
  expect((await history()).history[0].note).toContain('缺少必要材料：申请人身份证明');

  const before = { rows: await rowCounts(net), c: await history() };
  const refused = await gql(net.gatewayUrl, t.act, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, t.token);
  expect(codeOf(refused)).toBe('MATERIALS_REQUIRED');
  expect(refused.errors![0].message).toContain('申请人身份证明');
  expect(refused.errors![0].extensions?.details).toMatchObject({ missing: ['申请人身份证明'] });
  expect({ rows: await rowCounts(net), c: await history() }).toEqual(before);

  // The one-time notice, then the applicant brings the material back: now it can be accepted.
  let version = (await ok(net.gatewayUrl, t.act, { i: { id: c.id, version: c.version, action: 'REQUEST_SUPPLEMENT', missingMaterials: ['申请人身份证明'] } }, t.token))[t.field].version;
  version = (await ok(net.gatewayUrl, t.act, { i: { id: c.id, version, action: 'RESUBMIT' } }, t.token))[t.field].version;
  const accepted = (await ok(net.gatewayUrl, t.act, { i: { id: c.id, version, action: 'ACCEPT' } }, t.token))[t.field];
  expect(accepted.status).toBe('ACCEPTED');
});

test('a case with every mandatory material is accepted at once', async () => {
  const c = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: rid('full'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkA)).receiveCountyCase;
  const accepted = (await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, fx.clerkA)).actOnCountyCase;
  expect(accepted.status).toBe('ACCEPTED');
});

test('the township window refuses a delegated intake without them, as before', async () => {
  await net.township.services.calendar.sync(net.clock.now());
  const before = await rowCounts(net);
  const r = await gql(
    net.gatewayUrl,
    `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`,
    { i: { requestId: rid('intake'), countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: [] } },
    fx.clerkX,
  );
  expect(codeOf(r)).toBe('MATERIALS_REQUIRED');
  expect(await rowCounts(net)).toEqual(before);
});
