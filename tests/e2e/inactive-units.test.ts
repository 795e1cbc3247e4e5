/**
 * A deactivated (停用) unit takes no new work: a department receives no new cases and gets no new
 * items, and its delegable items leave the townships' copy; a township's window receives no new
 * cases, accepts no delegated intakes and gets no new items. Each refusal is UNIT_INACTIVE and
 * stores nothing; reactivating restores the unit. Runs on SQLite, and on MySQL/MariaDB with MYSQL_URL.
 */
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, type Fixture } from '../support/fixtures';
import { rowCounts } from '../support/row-counts';

let net: Network;
let fx: Fixture;

const DEPT_ACTIVE = `mutation($id: ID!, $a: Boolean!) { setDepartmentActive(id: $id, active: $a) { id active } }`;
const TOWNSHIP_ACTIVE = `mutation($id: ID!, $a: Boolean!) { setTownshipActive(id: $id, active: $a) { id active } }`;
const CREATE_ITEM = `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id promisedDays } } }`;
const UPDATE_ITEM = `mutation($id: ID!, $i: CountyItemInput!) { updateCountyItem(id: $id, input: $i) { item { id promisedDays } } }`;
const CREATE_TITEM = `mutation($t: ID!, $i: TownshipItemInput!) { createTownshipItem(townshipId: $t, input: $i) { item { id } } }`;
const ACCEPT = `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`;
const MATERIALS = [
  { name: '申请书', originals: 1, copies: 0, mandatory: true },
  { name: '申请人身份证明', originals: 1, copies: 1, mandatory: true },
];
const BOTH = MATERIALS.map((m) => m.name);

const countyItem = (code: string, departmentId: string, extra: Record<string, unknown> = {}) => ({
  code, name: `事项${code}`, departmentId, kind: 'PROMISED', legalDays: 20, promisedDays: 5, materials: MATERIALS, legalBasis: '《行政许可法》', delegable: false, ...extra,
});
const townshipItem = (code: string) => ({
  code, name: `乡镇事项${code}`, supervisingDepartmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 10, promisedDays: 5, materials: MATERIALS, legalBasis: '《某条例》',
});

beforeAll(async () => {
  net = await startNetwork({ persistent: true, now: '2026-11-16T02:00:00.000Z' }); // Monday 10:00 Beijing
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now());
}, 60_000);
afterAll(async () => net?.stop());

/** Expects a refusal with UNIT_INACTIVE, a Chinese message, and no row changed in either database. */
async function refusedInactive(query: string, variables: Record<string, unknown>, token: string): Promise<void> {
  const before = await rowCounts(net);
  const r = await gql(net.gatewayUrl, query, variables, token);
  expect(codeOf(r)).toBe('UNIT_INACTIVE');
  expect(r.errors![0].message).toMatch(/已停用/);
  expect(await rowCounts(net)).toEqual(before);
}

test('a deactivated department takes no new cases and gets no new items; its own items stay editable', async () => {
  expect((await ok(net.gatewayUrl, DEPT_ACTIVE, { id: fx.deptB.id, a: false }, fx.adminToken)).setDepartmentActive.active).toBe(false);
  const receive = { i: { requestId: 'inactive-0001', itemId: fx.itemB.id, applicant: applicant(), submittedMaterials: BOTH } };
  await refusedInactive(RECEIVE_COUNTY, receive, fx.clerkB);
  await refusedInactive(CREATE_ITEM, { i: countyItem('MZ-900', fx.deptB.id) }, fx.adminToken);
  // Moving another department's item under it is a new item for it, too.
  await refusedInactive(UPDATE_ITEM, { id: fx.itemA.id, i: countyItem('SCJG-001', fx.deptB.id, { promisedDays: 3 }) }, fx.adminToken);
  // Its own item can still be corrected.
  const updated = (await ok(net.gatewayUrl, UPDATE_ITEM, { id: fx.itemB.id, i: countyItem('MZ-001', fx.deptB.id, { promisedDays: 9 }) }, fx.adminToken)).updateCountyItem;
  expect(updated.item.promisedDays).toBe(9);

  expect((await ok(net.gatewayUrl, DEPT_ACTIVE, { id: fx.deptB.id, a: true }, fx.adminToken)).setDepartmentActive.active).toBe(true);
  expect((await ok(net.gatewayUrl, RECEIVE_COUNTY, receive, fx.clerkB)).receiveCountyCase.status).toBe('RECEIVED');
});

test("a deactivated department's delegable items are no longer accepted at township windows", async () => {
  const dept = (await ok(net.gatewayUrl, `mutation($i: DepartmentInput!) { createDepartment(input: $i) { id } }`, {
    i: { code: 'WTJ', name: '临江县文体局', shortName: '文体局', window: 'C区1号窗口', phone: '0839-5120001' },
  }, fx.adminToken)).createDepartment;
  const item = (await ok(net.gatewayUrl, CREATE_ITEM, { i: countyItem('WTJ-001', dept.id, { delegable: true }) }, fx.adminToken)).createCountyItem.item;
  net.clock.set('2026-11-16T02:00:01.000Z');
  await net.county.forwarder.drain();
  expect((await ok(net.gatewayUrl, ACCEPT, { i: { requestId: 'inactive-0101', countyItemId: item.id, applicant: applicant(), submittedMaterials: BOTH } }, fx.clerkX)).acceptDelegatedIntake.id).toBeTruthy();

  await ok(net.gatewayUrl, DEPT_ACTIVE, { id: dept.id, a: false }, fx.adminToken);
  net.clock.set('2026-11-16T02:00:02.000Z');
  await net.county.forwarder.drain();
  const r = await gql(net.gatewayUrl, ACCEPT, { i: { requestId: 'inactive-0102', countyItemId: item.id, applicant: applicant(), submittedMaterials: BOTH } }, fx.clerkX);
  expect(codeOf(r)).toBe('NOT_DELEGABLE');
});

test("a deactivated township's window receives no cases, accepts no delegated intakes and gets no new items", async () => {
  expect((await ok(net.gatewayUrl, TOWNSHIP_ACTIVE, { id: fx.townshipY.id, a: false }, fx.adminToken)).setTownshipActive.active).toBe(false);
  const receive = { i: { requestId: 'inactive-0201', itemId: fx.tItemY.id, applicant: applicant(), submittedMaterials: BOTH } };
  await refusedInactive(RECEIVE_TOWNSHIP, receive, fx.clerkY);
  await refusedInactive(ACCEPT, { i: { requestId: 'inactive-0202', countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: BOTH } }, fx.clerkY);
  await refusedInactive(CREATE_TITEM, { t: fx.townshipY.id, i: townshipItem('T90') }, fx.adminToken);

  expect((await ok(net.gatewayUrl, TOWNSHIP_ACTIVE, { id: fx.townshipY.id, a: true }, fx.adminToken)).setTownshipActive.active).toBe(true);
  expect((await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, receive, fx.clerkY)).receiveTownshipCase.status).toBe('RECEIVED');
  expect((await ok(net.gatewayUrl, CREATE_TITEM, { t: fx.townshipY.id, i: townshipItem('T90') }, fx.adminToken)).createTownshipItem.item.id).toBeTruthy();
});
