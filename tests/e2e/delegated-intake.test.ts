import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, type Fixture } from '../support/fixtures';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z', persistent: true });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now()); // the township copies the delegable catalog
});
afterAll(async () => net?.stop());

const ACCEPT = `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id number queryCode version stage forwarded dueDate } }`;
const INTAKE = `query($id: ID!) { delegatedIntake(id: $id) { id version stage forwarded forwardedAt forwardingDelaySeconds countyCaseNumber countyStatus countyStatusLabel missingMaterials resultDocumentNumber
  countyCase { id number status version department { name } origin { id } originTownship { id } } } }`;
const TRACK = `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) { township { status steps { label status unitName } } county { status statusLabel steps { label status unitName } } } }`;

async function drainAll() {
  await net.township.forwarder.drain();
  await net.county.forwarder.drain();
}

test('the whole story: accept at the township → forwarded → supplement → resubmit → approve → handover → tracked', async () => {
  const accepted = (
    await ok(net.gatewayUrl, ACCEPT, { i: { requestId: 'story-0001', countyItemId: fx.delegable.id, applicant: applicant('李四'), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkX)
  ).acceptDelegatedIntake;
  expect(accepted).toMatchObject({ stage: 'WAITING_FORWARD', forwarded: false, dueDate: '2026-11-23' });
  expect(accepted.number).toMatch(/^511099101-20261116-\d{4}$/);

  net.clock.set('2026-11-16T02:00:02.000Z');
  await drainAll();
  let intake = (await ok(net.gatewayUrl, INTAKE, { id: accepted.id }, fx.adminToken)).delegatedIntake;
  expect(intake).toMatchObject({ forwarded: true, forwardingDelaySeconds: 2, stage: 'AT_COUNTY' });
  const cc = intake.countyCase;
  expect(cc).toMatchObject({ status: 'ACCEPTED', department: { name: '临江县市场监督管理局' }, origin: { id: accepted.id }, originTownship: { id: fx.townshipX.id } });

  // The county sees the origin through the gateway: township, clerk, times.
  const origin = (
    await ok(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { delegated deadline { dueDate } origin { township { name } clerkName acceptedAt forwardedAt forwardingDelaySeconds } } }`, { id: cc.id }, fx.clerkA)
  ).countyCase;
  expect(origin).toMatchObject({ delegated: true, deadline: { dueDate: '2026-11-23' }, origin: { township: { name: '河口镇' }, clerkName: '赵镇员', forwardingDelaySeconds: 2 } });

  // County asks for a supplement; the township learns of it.
  net.clock.set('2026-11-17T02:00:00.000Z');
  const sup = (await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: cc.id, version: cc.version, action: 'REQUEST_SUPPLEMENT', missingMaterials: ['场所使用证明'] } }, fx.clerkA)).actOnCountyCase;
  await drainAll();
  const work = (await ok(net.gatewayUrl, `{ townshipWorkList { supplementsToCollect { id missingMaterials } readyForHandover { id } waitingForward { id } } }`, {}, fx.clerkX)).townshipWorkList;
  expect(work.supplementsToCollect).toEqual([{ id: accepted.id, missingMaterials: ['场所使用证明'] }]);

  // The township resubmits; the county case resumes.
  net.clock.set('2026-11-18T02:00:00.000Z');
  intake = (await ok(net.gatewayUrl, INTAKE, { id: accepted.id }, fx.clerkX)).delegatedIntake;
  await ok(net.gatewayUrl, `mutation($id: ID!, $v: Int!) { resubmitIntakeSupplement(id: $id, version: $v, submittedMaterials: ["场所使用证明"]) { stage } }`, { id: accepted.id, v: intake.version }, fx.clerkX);
  await drainAll();
  const resumed = (await ok(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { status version deadline { pausedWorkingDays dueDate } } }`, { id: cc.id }, fx.clerkA)).countyCase;
  expect(resumed).toMatchObject({ status: 'ACCEPTED', deadline: { pausedWorkingDays: 1, dueDate: '2026-11-24' } });
  expect(sup.status).toBe('SUPPLEMENT_REQUESTED');

  // County approves; the result is ready at the township.
  net.clock.set('2026-11-19T02:00:00.000Z');
  await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: cc.id, version: resumed.version, action: 'APPROVE', resultDocumentNumber: '临市监许〔2026〕88号' } }, fx.clerkA);
  await drainAll();
  intake = (await ok(net.gatewayUrl, INTAKE, { id: accepted.id }, fx.clerkX)).delegatedIntake;
  expect(intake).toMatchObject({ stage: 'READY_FOR_HANDOVER', countyStatus: 'APPROVED', countyStatusLabel: '准予许可', resultDocumentNumber: '临市监许〔2026〕88号' });

  // Handover at the township completes the county case.
  net.clock.set('2026-11-19T06:00:00.000Z');
  const handed = (await ok(net.gatewayUrl, `mutation($id: ID!, $v: Int!) { handOverIntake(id: $id, version: $v, method: IN_PERSON) { stage } }`, { id: accepted.id, v: intake.version }, fx.clerkX)).handOverIntake;
  expect(handed.stage).toBe('HANDED_OVER');
  await drainAll();
  const done = (await ok(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { status deliveryMethod } }`, { id: cc.id }, fx.clerkA)).countyCase;
  expect(done).toEqual({ status: 'DELIVERED', deliveryMethod: 'IN_PERSON' });

  // The applicant tracks the whole journey with the intake's number and code, no token.
  const track = (await ok(net.gatewayUrl, TRACK, { n: accepted.number, q: accepted.queryCode })).trackCase;
  expect(track.county.status).toBe('DELIVERED');
  const countySteps = track.county.steps.map((s: { status: string }) => s.status);
  expect(countySteps).toEqual(['RECEIVED', 'ACCEPTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED', 'APPROVED', 'DELIVERED']);
  expect(track.township.steps[0]).toMatchObject({ label: '委托受理', unitName: '河口镇' });
  expect(track.township.status).toBe('DELIVERED');
  expect(JSON.stringify(track)).not.toContain('李四');
});

test('a non-delegable item, or one not delegated to this township, is refused and nothing is stored', async () => {
  const before = (await ok(net.gatewayUrl, `{ delegatedIntakes { total } }`, {}, fx.clerkX)).delegatedIntakes.total;
  const r = await gql(net.gatewayUrl, ACCEPT, { i: { requestId: 'refuse-0001', countyItemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkX);
  expect(codeOf(r)).toBe('NOT_DELEGABLE');
  const missing = await gql(net.gatewayUrl, ACCEPT, { i: { requestId: 'refuse-0002', countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: ['申请书'] } }, fx.clerkX);
  expect(codeOf(missing)).toBe('MATERIALS_REQUIRED');
  const badId = await gql(net.gatewayUrl, ACCEPT, { i: { requestId: 'refuse-0003', countyItemId: fx.delegable.id, applicant: { ...applicant(), idNumber: '110105194912310021' }, submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkX);
  expect(codeOf(badId)).toBe('INVALID_ID_NUMBER');
  const county = await gql(net.gatewayUrl, ACCEPT, { i: { requestId: 'refuse-0004', countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkA);
  expect(codeOf(county)).toBe('FORBIDDEN');
  expect((await ok(net.gatewayUrl, `{ delegatedIntakes { total } }`, {}, fx.clerkX)).delegatedIntakes.total).toBe(before);
});

test('a clerk of township Y sees neither X intakes nor X work list, and cannot hand them over', async () => {
  const list = (await ok(net.gatewayUrl, `{ delegatedIntakes { nodes { township { id } } } }`, {}, fx.clerkY)).delegatedIntakes.nodes;
  expect(list.every((n: { township: { id: string } }) => n.township.id === fx.townshipY.id)).toBe(true);
  expect(codeOf(await gql(net.gatewayUrl, `query($t: ID) { townshipWorkList(townshipId: $t) { waitingForward { id } } }`, { t: fx.townshipX.id }, fx.clerkY))).toBe('FORBIDDEN');
  const x = (await ok(net.gatewayUrl, `{ delegatedIntakes { nodes { id version } } }`, {}, fx.clerkX)).delegatedIntakes.nodes[0];
  expect(codeOf(await gql(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { id } }`, { id: x.id }, fx.clerkY))).toBe('FORBIDDEN');
  const r = await gql(net.gatewayUrl, `mutation($id: ID!, $v: Int!) { handOverIntake(id: $id, version: $v, method: IN_PERSON) { stage } }`, { id: x.id, v: x.version }, fx.clerkY);
  expect(codeOf(r)).toBe('FORBIDDEN');
});

test('every township status in one gateway query, with county-side figures', async () => {
  const r = (await ok(net.gatewayUrl, `{ townships { name status { open todayIntake backlog overdue waitingForward oldestWaitingSeconds lastCountyContactAt } countyFigures { delegatedCases openCases awaitingHandover } } }`, {}, fx.adminToken)).townships;
  const x = r.find((t: { name: string }) => t.name === '河口镇');
  expect(x.countyFigures.delegatedCases).toBe(1);
  expect(x.status.waitingForward).toBe(0);
  expect(x.status.lastCountyContactAt).not.toBeNull();
});

test('county clerks list delegated cases by township; another department cannot act on them', async () => {
  const mine = (await ok(net.gatewayUrl, `query($t: ID) { countyCases(filter: { delegated: true, originTownshipId: $t }) { total nodes { id version originTownship { id } } } }`, { t: fx.townshipX.id }, fx.clerkA)).countyCases;
  expect(mine.total).toBeGreaterThan(0);
  for (const n of mine.nodes) expect(n.originTownship.id).toBe(fx.townshipX.id);
  const none = (await ok(net.gatewayUrl, `query($t: ID) { countyCases(filter: { delegated: true, originTownshipId: $t }) { total } }`, { t: fx.townshipY.id }, fx.clerkA)).countyCases;
  expect(none.total).toBe(0);
  const window = (await ok(net.gatewayUrl, `{ countyCases(filter: { delegated: false }) { nodes { delegated } } }`, {}, fx.clerkA)).countyCases.nodes;
  expect(window.every((n: { delegated: boolean }) => !n.delegated)).toBe(true);
  const c = mine.nodes[0];
  const r = await gql(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'START' } }, fx.clerkB);
  expect(codeOf(r)).toBe('FORBIDDEN');
});

test('an item delegated only to other townships is refused here and accepted there', async () => {
  const only = (
    await ok(net.gatewayUrl, `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id delegatedTownships { id } } } }`, {
      i: { code: 'SCJG-011', name: '仅白水乡受理事项', departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: 5, materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '测试依据', delegable: true, delegatedTownshipIds: [fx.townshipY.id] },
    }, fx.adminToken)
  ).createCountyItem.item;
  expect(only.delegatedTownships).toEqual([{ id: fx.townshipY.id }]);
  await net.township.services.calendar.sync(net.clock.now());
  const offered = async (t: string) =>
    (await ok(net.gatewayUrl, `query($t: ID!) { delegableCountyItems(townshipId: $t) { countyItem { id } } }`, { t })).delegableCountyItems.map((i: { countyItem: { id: string } }) => i.countyItem.id);
  expect(await offered(fx.townshipX.id)).not.toContain(only.id);
  expect(await offered(fx.townshipY.id)).toContain(only.id);
  const input = (requestId: string) => ({ i: { requestId, countyItemId: only.id, applicant: applicant(), submittedMaterials: ['申请书'] } });
  expect(codeOf(await gql(net.gatewayUrl, ACCEPT, input('only-y-0001'), fx.clerkX))).toBe('NOT_DELEGABLE');
  expect((await ok(net.gatewayUrl, ACCEPT, input('only-y-0002'), fx.clerkY)).acceptDelegatedIntake.stage).toBe('WAITING_FORWARD');
});

test('the forwarding limit is a county setting the township follows', async () => {
  await ok(net.gatewayUrl, `mutation { updateCountySettings(input: { yellowDaysLeft: 1, yellowUsedFraction: 0.6667, maxPromisedShare: 0.5, forwardingLimitMinutes: 30 }) { forwardingLimitMinutes } }`, {}, fx.adminToken);
  await net.township.services.calendar.sync(net.clock.now());
  net.clock.set('2026-11-20T01:00:00.000Z'); // Friday 09:00 Beijing
  await net.stopCounty();
  const i = (await ok(net.gatewayUrl, ACCEPT, { i: { requestId: 'limit-0001', countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkX)).acceptDelegatedIntake;
  const warn = async () => (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { forwardingWarning } }`, { id: i.id }, fx.clerkX)).delegatedIntake.forwardingWarning;
  net.clock.set('2026-11-20T01:25:00.000Z');
  expect(await warn()).toBe(false);
  net.clock.set('2026-11-20T01:31:00.000Z');
  expect(await warn()).toBe(true);
  await net.startCounty();
  const bad = await gql(net.gatewayUrl, `mutation { updateCountySettings(input: { yellowDaysLeft: 1, yellowUsedFraction: 0.6667, maxPromisedShare: 0.5, forwardingLimitMinutes: 1 }) { forwardingLimitMinutes } }`, {}, fx.adminToken);
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  const kept = (await ok(net.gatewayUrl, `{ countySettings { forwardingLimitMinutes } }`, {}, fx.adminToken)).countySettings;
  expect(kept.forwardingLimitMinutes).toBe(30);
});
