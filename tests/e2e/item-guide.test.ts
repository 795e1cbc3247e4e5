/**
 * An item's public guide text (办事指南) on both tiers: stored with the item and public, kept by an
 * update that leaves it out, cleared by an empty one, and refused past 5000 characters
 * (TEXT_TOO_LONG, nothing stored). Runs on SQLite, and on MySQL/MariaDB with MYSQL_URL.
 */
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, type Fixture } from '../support/fixtures';
import { rowCounts } from '../support/row-counts';

let net: Network;
let fx: Fixture;

const MATERIALS = [{ name: '申请书', originals: 1, copies: 0, mandatory: true }];
const GUIDE = '请到县政务服务中心A区1号窗口办理。\n工作日 8:30–17:30。';
const CREATE = `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id guideText } } }`;
const UPDATE = `mutation($id: ID!, $i: CountyItemInput!) { updateCountyItem(id: $id, input: $i) { item { id guideText } } }`;
const READ = `query($id: ID!) { countyItem(id: $id) { guideText } }`;
const CREATE_T = `mutation($t: ID!, $i: TownshipItemInput!) { createTownshipItem(townshipId: $t, input: $i) { item { id guideText } } }`;
const UPDATE_T = `mutation($id: ID!, $i: TownshipItemInput!) { updateTownshipItem(id: $id, input: $i) { item { id guideText } } }`;
const READ_T = `query($id: ID!) { townshipItem(id: $id) { guideText } }`;

const countyItem = (code: string, extra: Record<string, unknown> = {}) => ({
  code, name: `事项${code}`, departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: 5, materials: MATERIALS, legalBasis: '《行政许可法》', delegable: false, ...extra,
});
const townshipItem = (code: string, extra: Record<string, unknown> = {}) => ({
  code, name: `乡镇事项${code}`, supervisingDepartmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 10, promisedDays: 5, materials: MATERIALS, legalBasis: '《某条例》', ...extra,
});

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
}, 60_000);
afterAll(async () => net?.stop());

test('a county item keeps its guide text: public, kept when an update leaves it out, cleared when empty', async () => {
  const { item } = (await ok(net.gatewayUrl, CREATE, { i: countyItem('GUIDE-1', { guideText: `  ${GUIDE}  ` }) }, fx.adminToken)).createCountyItem;
  expect(item.guideText).toBe(GUIDE);
  expect((await ok(net.gatewayUrl, READ, { id: item.id })).countyItem.guideText).toBe(GUIDE);
  expect((await ok(net.gatewayUrl, UPDATE, { id: item.id, i: countyItem('GUIDE-1', { promisedDays: 6 }) }, fx.adminToken)).updateCountyItem.item.guideText).toBe(GUIDE);
  expect((await ok(net.gatewayUrl, UPDATE, { id: item.id, i: countyItem('GUIDE-1', { guideText: ' ' }) }, fx.adminToken)).updateCountyItem.item.guideText).toBeNull();
  // Items created without one (as before) have none.
  expect((await ok(net.gatewayUrl, READ, { id: fx.itemA.id })).countyItem.guideText).toBeNull();
});

test('a township item keeps its guide text the same way', async () => {
  const { item } = (await ok(net.gatewayUrl, CREATE_T, { t: fx.townshipX.id, i: townshipItem('G1', { guideText: GUIDE }) }, fx.adminToken)).createTownshipItem;
  expect((await ok(net.gatewayUrl, READ_T, { id: item.id })).townshipItem.guideText).toBe(GUIDE);
  expect((await ok(net.gatewayUrl, UPDATE_T, { id: item.id, i: townshipItem('G1') }, fx.adminToken)).updateTownshipItem.item.guideText).toBe(GUIDE);
  expect((await ok(net.gatewayUrl, UPDATE_T, { id: item.id, i: townshipItem('G1', { guideText: '' }) }, fx.adminToken)).updateTownshipItem.item.guideText).toBeNull();
});

test('a guide text over 5000 characters is refused on either tier and nothing is stored', async () => {
  const long = '办'.repeat(5001);
  const before = await rowCounts(net);
  for (const [query, variables] of [
    [CREATE, { i: countyItem('GUIDE-2', { guideText: long }) }],
    [UPDATE, { id: fx.itemA.id, i: countyItem('SCJG-001', { promisedDays: 3, guideText: long }) }],
    [CREATE_T, { t: fx.townshipX.id, i: townshipItem('G2', { guideText: long }) }],
  ] as const) {
    const r = await gql(net.gatewayUrl, query, variables, fx.adminToken);
    expect(codeOf(r)).toBe('TEXT_TOO_LONG');
    expect(r.errors![0].message).toMatch(/办事指南/);
  }
  expect(await rowCounts(net)).toEqual(before);
  expect((await ok(net.gatewayUrl, CREATE, { i: countyItem('GUIDE-3', { guideText: '办'.repeat(5000) }) }, fx.adminToken)).createCountyItem.item.guideText).toHaveLength(5000);
});
