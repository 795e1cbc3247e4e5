import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, ACT_COUNTY, type Fixture } from '../support/fixtures';
import { rowCounts } from '../support/row-counts';

/**
 * One idempotency rule for every creating mutation (SPEC §6): the same requestId with the same
 * payload returns the first result; with another payload it is IDEMPOTENCY_KEY_REUSED and stores nothing.
 */

let net: Network;
let fx: Fixture;
let seq = 0;
const rid = (tag: string) => `idem-${tag}-${String(++seq).padStart(4, '0')}`;
const MATERIALS = ['申请书', '申请人身份证明'];

const ACCEPT = `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id number } }`;
const OPEN = `mutation($i: OpenSupervisionInput!) { openSupervisionRecord(input: $i) { id number } }`;
const SUBMIT = `mutation($i: ReviewInput!) { submitReview(input: $i) { level reviewedAt } }`;
const FILE = `mutation($i: ComplaintInput!) { fileComplaint(input: $i) { id number } }`;

beforeAll(async () => {
  net = await startNetwork({ env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '10000' } });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now()); // the township copies the delegable catalog
});
afterAll(async () => net?.stop());

/** Sends the first request, repeats it, then sends the same key with another payload. */
async function rule(mutation: string, field: string, first: Record<string, unknown>, changed: Record<string, unknown>, token?: string) {
  const original = (await ok(net.gatewayUrl, mutation, { i: first }, token))[field];
  const before = await rowCounts(net);
  expect((await ok(net.gatewayUrl, mutation, { i: first }, token))[field]).toEqual(original);
  const reused = await gql(net.gatewayUrl, mutation, { i: { ...first, ...changed } }, token);
  expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(reused.errors![0].message).toMatch(/请求编号/);
  expect(reused.data?.[field] ?? null).toBeNull();
  expect(await rowCounts(net)).toEqual(before);
}

test('receiveCountyCase', async () => {
  const i = { requestId: rid('cc'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: MATERIALS };
  await rule(RECEIVE_COUNTY, 'receiveCountyCase', i, { applicant: applicant('王五') }, fx.clerkA);
  await rule(RECEIVE_COUNTY, 'receiveCountyCase', { ...i, requestId: rid('cc') }, { itemId: fx.itemImmediate.id }, fx.clerkA);
});

test('receiveTownshipCase', async () => {
  const i = { requestId: rid('tc'), itemId: fx.tItemX.id, applicant: applicant(), submittedMaterials: MATERIALS };
  await rule(RECEIVE_TOWNSHIP, 'receiveTownshipCase', i, { submittedMaterials: ['申请书'] }, fx.clerkX);
});

test('acceptDelegatedIntake', async () => {
  const i = { requestId: rid('in'), countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: MATERIALS };
  await rule(ACCEPT, 'acceptDelegatedIntake', i, { note: '另一位申请人' }, fx.clerkX);
});

test('openSupervisionRecord', async () => {
  const i = { requestId: rid('sv'), unitType: 'DEPARTMENT', unitId: fx.deptA.id, reason: '群众反映办理缓慢' };
  await rule(OPEN, 'openSupervisionRecord', i, { unitId: fx.deptB.id }, fx.supervisor);
});

test('submitReview', async () => {
  const c = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: rid('rc'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: MATERIALS } }, fx.clerkA)).receiveCountyCase;
  let version = c.version;
  for (const step of [{ action: 'ACCEPT' }, { action: 'APPROVE', resultDocumentNumber: '临许〔2026〕9号' }]) {
    version = (await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version, ...step } }, fx.clerkA)).actOnCountyCase.version;
  }
  const i = { requestId: rid('rv'), number: c.number, queryCode: c.queryCode, level: 1, comment: '很好' };
  await rule(SUBMIT, 'submitReview', i, { level: 5 });
});

test('fileComplaint', async () => {
  const i = { requestId: rid('cp'), unitType: 'DEPARTMENT', unitId: fx.deptA.id, complainantName: '刘女士', text: '窗口人员态度冷淡' };
  await rule(FILE, 'fileComplaint', i, { text: '另一件事' });
});
