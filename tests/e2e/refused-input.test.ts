import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, type Fixture } from '../support/fixtures';
import { rowCounts } from '../support/row-counts';

/**
 * Input the product rules refuse (SPEC §4.1, §4.4, §4.5, §5): each is refused with a stable code
 * and a Chinese message naming the field, and nothing is stored on either database.
 */

let net: Network;
let fx: Fixture;
let seq = 0;
const rid = (tag: string) => `refused-${tag}-${String(++seq).padStart(4, '0')}`;
const UNKNOWN_UUID = '0b6a2c1e-5f3d-4e8a-9c7b-1d2e3f4a5b6c';
const MATERIALS = [{ name: '申请书', originals: 1, copies: 0, mandatory: true }];
const CHINESE = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z', env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '10000' } });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now());
});
afterAll(async () => net?.stop());

/** Runs a request that must be refused with `code`, and checks that no table changed. */
async function refused(query: string, variables: Record<string, unknown>, token: string | undefined, code: string, field?: string) {
  const before = await rowCounts(net);
  const r = await gql(net.gatewayUrl, query, variables, token);
  expect({ code: codeOf(r), data: r.data ? Object.values(r.data).find((v) => v !== null) ?? null : null }).toEqual({ code, data: null });
  expect(r.errors![0].message).toMatch(CHINESE);
  if (field) expect(r.errors![0].message).toContain(field);
  expect(await rowCounts(net)).toEqual(before);
  return r;
}

const CREATE_COUNTY_ITEM = `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } } }`;
const UPDATE_COUNTY_ITEM = `mutation($id: ID!, $i: CountyItemInput!) { updateCountyItem(id: $id, input: $i) { item { id delegatedTownships { name } } } }`;
const countyItem = (extra: Record<string, unknown> = {}) => ({
  code: `RF-${++seq}`, name: '拒收测试事项', departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: 5,
  materials: MATERIALS, legalBasis: '《中华人民共和国行政许可法》', delegable: true, ...extra,
});

describe('delegated townships must be townships the county knows', () => {
  test.each([
    ['an unknown id', () => [UNKNOWN_UUID]],
    ['a department id', () => [fx.deptA.id]],
    ['a known and an unknown id', () => [fx.townshipX.id, UNKNOWN_UUID]],
  ])('createCountyItem with %s', async (_what, ids) => {
    await refused(CREATE_COUNTY_ITEM, { i: countyItem({ delegatedTownshipIds: ids() }) }, fx.adminToken, 'BAD_USER_INPUT', 'delegatedTownshipIds');
  });

  test('updateCountyItem with an unknown id; a known one is saved and reads back', async () => {
    const i = countyItem({ delegatedTownshipIds: [fx.townshipX.id] });
    const id = (await ok(net.gatewayUrl, CREATE_COUNTY_ITEM, { i }, fx.adminToken)).createCountyItem.item.id;
    await refused(UPDATE_COUNTY_ITEM, { id, i: { ...i, delegatedTownshipIds: [fx.townshipX.id, fx.tItemX.id] } }, fx.adminToken, 'BAD_USER_INPUT', 'delegatedTownshipIds');
    const saved = (await ok(net.gatewayUrl, UPDATE_COUNTY_ITEM, { id, i: { ...i, delegatedTownshipIds: [fx.townshipY.id] } }, fx.adminToken)).updateCountyItem.item;
    expect(saved.delegatedTownships).toEqual([{ name: '白水乡' }]);
  });
});

const CREATE_TOWNSHIP_ITEM = `mutation($t: ID!, $i: TownshipItemInput!) { createTownshipItem(townshipId: $t, input: $i) { item { id } } }`;
const UPDATE_TOWNSHIP_ITEM = `mutation($id: ID!, $i: TownshipItemInput!) { updateTownshipItem(id: $id, input: $i) { item { id supervisingDepartment { name } } } }`;
const townshipItem = (extra: Record<string, unknown> = {}) => ({
  code: `TR-${++seq}`, name: '乡镇拒收测试事项', kind: 'PROMISED', legalDays: 10, promisedDays: 5, materials: MATERIALS, legalBasis: '依据',
  supervisingDepartmentId: fx.deptA.id, ...extra,
});

describe('a township item is supervised by a county department', () => {
  test.each([
    ['a township id', () => fx.townshipX.id],
    ['an unknown id', () => UNKNOWN_UUID],
  ])('createTownshipItem with %s', async (_what, id) => {
    await refused(CREATE_TOWNSHIP_ITEM, { t: fx.townshipX.id, i: townshipItem({ supervisingDepartmentId: id() }) }, fx.adminToken, 'BAD_USER_INPUT', 'supervisingDepartmentId');
  });

  test('updateTownshipItem with a township id; a department created since the last copy is found', async () => {
    const i = townshipItem();
    const id = (await ok(net.gatewayUrl, CREATE_TOWNSHIP_ITEM, { t: fx.townshipX.id, i }, fx.adminToken)).createTownshipItem.item.id;
    await refused(UPDATE_TOWNSHIP_ITEM, { id, i: { ...i, supervisingDepartmentId: fx.townshipY.id } }, fx.adminToken, 'BAD_USER_INPUT', 'supervisingDepartmentId');
    const dept = (await ok(net.gatewayUrl, `mutation($i: DepartmentInput!) { createDepartment(input: $i) { id } }`, {
      i: { code: 'RFNEW', name: '临江县新设局', shortName: '新设局', window: 'C区1号窗口', phone: '0839-5123409' },
    }, fx.adminToken)).createDepartment;
    const saved = (await ok(net.gatewayUrl, UPDATE_TOWNSHIP_ITEM, { id, i: { ...i, supervisingDepartmentId: dept.id } }, fx.adminToken)).updateTownshipItem.item;
    expect(saved.supervisingDepartment).toEqual({ name: '临江县新设局' });
  });
});

describe('deadlines and dates', () => {
  test('a promised item with 0 legal days, at either tier', async () => {
    await refused(CREATE_COUNTY_ITEM, { i: countyItem({ legalDays: 0, promisedDays: 0, delegable: false }) }, fx.adminToken, 'INVALID_DEADLINE', 'legalDays');
    await refused(CREATE_TOWNSHIP_ITEM, { t: fx.townshipX.id, i: townshipItem({ legalDays: 0, promisedDays: 0 }) }, fx.adminToken, 'INVALID_DEADLINE', 'legalDays');
  });

  test.each(['1900-01-01', '1999-12-31', '2101-01-01', '9999-12-31'])('a calendar override for %s', async (date) => {
    await refused(`mutation($d: Date!) { setCalendarOverride(date: $d, workday: true, note: "调休") { date } }`, { d: date }, fx.adminToken, 'BAD_USER_INPUT', 'date');
  });

  test('a calendar override inside the range is stored', async () => {
    const r = await ok(net.gatewayUrl, `mutation { setCalendarOverride(date: "2100-12-31", workday: false, note: "测试") { date } }`, {}, fx.adminToken);
    expect(r.setCalendarOverride).toEqual({ date: '2100-12-31' });
  });

  test('a complaint summary over 100 years, as the statistics refuse', async () => {
    await refused(`{ complaintSummary(from: "2000-01-01", to: "2100-01-01") { filed } }`, {}, fx.supervisor, 'BAD_USER_INPUT', '366');
    await refused(`{ statistics(from: "2000-01-01", to: "2100-01-01") { county { figures { accepted } } } }`, {}, fx.supervisor, 'BAD_USER_INPUT', '366');
    expect((await ok(net.gatewayUrl, `{ complaintSummary(from: "2026-01-01", to: "2026-12-31") { filed } }`, {}, fx.supervisor)).complaintSummary.filed).toBe(0);
  });
});

describe('a complaint names a case of the unit complained about', () => {
  const FILE = `mutation($i: ComplaintInput!) { fileComplaint(input: $i) { id } }`;
  const complaint = (extra: Record<string, unknown>) => ({ requestId: rid('cp'), unitType: 'DEPARTMENT', unitId: fx.deptA.id, complainantName: '刘女士', text: '办理太慢', ...extra });

  test.each([
    ['a township case number against a department', () => ({ caseNumber: `${fx.townshipX.code}-20261116-0001` })],
    ['another department’s number against a department', () => ({ caseNumber: 'MZ-20261116-0001' })],
    ['another township’s number against a township', () => ({ unitType: 'TOWNSHIP', unitId: fx.townshipY.id, caseNumber: `${fx.townshipX.code}-20261116-0001` })],
  ])('%s', async (_what, extra) => {
    await refused(FILE, { i: complaint(extra()) }, undefined, 'BAD_USER_INPUT', 'caseNumber');
  });
});

describe('waybill numbers', () => {
  const HAND_OVER = `mutation($id: ID!, $v: Int!, $t: String) { handOverIntake(id: $id, version: $v, method: EXPRESS, trackingNumber: $t) { stage } }`;

  async function approvedCountyCase() {
    const c = (await ok(net.gatewayUrl, `mutation($i: ReceiveCountyCaseInput!) { receiveCountyCase(input: $i) { id version } }`, {
      i: { requestId: rid('cc'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] },
    }, fx.clerkA)).receiveCountyCase;
    let version = c.version;
    for (const step of [{ action: 'ACCEPT' }, { action: 'APPROVE', resultDocumentNumber: '临市监许〔2026〕5号' }]) {
      version = (await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version, ...step } }, fx.clerkA)).actOnCountyCase.version;
    }
    return { id: c.id, version };
  }

  test.each([
    ['41 characters', 'SF'.padEnd(41, '1')],
    ['spaces and slashes', 'SF 1234/5678'],
    ['a script tag', '<script>1</script>'],
  ])('a county delivery with a waybill number of %s', async (_what, trackingNumber) => {
    const c = await approvedCountyCase();
    await refused(ACT_COUNTY, { i: { ...c, action: 'DELIVER', deliveryMethod: 'EXPRESS', trackingNumber } }, fx.clerkA, 'BAD_USER_INPUT', 'trackingNumber');
  });

  test('a county delivery with a real waybill number is stored', async () => {
    const c = await approvedCountyCase();
    const done = (await ok(net.gatewayUrl, ACT_COUNTY, { i: { ...c, action: 'DELIVER', deliveryMethod: 'EXPRESS', trackingNumber: ' SF1234567890 ' } }, fx.clerkA)).actOnCountyCase;
    expect(done.status).toBe('DELIVERED');
  });

  test('a township handover with a 10 kB waybill number changes nothing and queues nothing', async () => {
    const intake = (await ok(net.gatewayUrl, `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`, {
      i: { requestId: rid('in'), countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] },
    }, fx.clerkX)).acceptDelegatedIntake;
    await net.township.forwarder.drain();
    const cc = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { countyCase { id version } } }`, { id: intake.id }, fx.clerkX)).delegatedIntake.countyCase;
    await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: cc.id, version: cc.version, action: 'APPROVE', resultDocumentNumber: '临市监许〔2026〕6号' } }, fx.clerkA);
    await net.county.forwarder.drain();
    const ready = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { stage version } }`, { id: intake.id }, fx.clerkX)).delegatedIntake;
    expect(ready.stage).toBe('READY_FOR_HANDOVER');
    await refused(HAND_OVER, { id: intake.id, v: ready.version, t: 'SF'.repeat(5000) }, fx.clerkX, 'BAD_USER_INPUT', 'trackingNumber');
    const after = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { stage version } }`, { id: intake.id }, fx.clerkX)).delegatedIntake;
    expect(after).toEqual(ready);
  });
});

describe('query limits count every alias', () => {
  test('1,000 aliases of __typename are refused like any 31 aliases', async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `t${i}: __typename`).join(' ');
    const r = await gql(net.gatewayUrl, `{ ${fields} }`);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).toMatch(/alias/i);
  });

  test('a few __typename aliases within the limit are answered', async () => {
    const r = await gql(net.gatewayUrl, `{ a: __typename b: __typename }`);
    expect(r.data).toEqual({ a: 'Query', b: 'Query' });
  });
});

describe('messages a clerk understands', () => {
  const ENUM_NAME = /\b[A-Z]{2,}_[A-Z_]+\b|\b(RECEIVED|ACCEPTED|APPROVED|REJECTED|DELIVERED)\b/;

  test('an illegal step names the status and the step in Chinese, never the enum names', async () => {
    const c = (await ok(net.gatewayUrl, `mutation($i: ReceiveCountyCaseInput!) { receiveCountyCase(input: $i) { id version } }`, {
      i: { requestId: rid('msg'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] },
    }, fx.clerkA)).receiveCountyCase;
    const r = await refused(ACT_COUNTY, { i: { ...c, action: 'APPROVE', resultDocumentNumber: '临市监许〔2026〕7号' } }, fx.clerkA, 'ILLEGAL_TRANSITION');
    expect(r.errors![0].message).toContain('已接收的办件不能准予许可');
    expect(r.errors![0].message).not.toMatch(ENUM_NAME);
  });

  test('an intake action at the wrong stage names the stage in Chinese', async () => {
    const intake = (await ok(net.gatewayUrl, `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`, {
      i: { requestId: rid('stage'), countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] },
    }, fx.clerkX)).acceptDelegatedIntake;
    await net.township.forwarder.drain();
    const atCounty = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { stage version } }`, { id: intake.id }, fx.clerkX)).delegatedIntake;
    expect(atCounty.stage).toBe('AT_COUNTY');
    const r = await refused(
      `mutation($id: ID!, $v: Int!) { handOverIntake(id: $id, version: $v, method: IN_PERSON) { stage } }`,
      { id: intake.id, v: atCounty.version },
      fx.clerkX,
      'ILLEGAL_TRANSITION',
    );
    expect(r.errors![0].message).toContain('当前为“县级办理中”，只有“待送达”时');
    expect(r.errors![0].message).not.toMatch(ENUM_NAME);
  });

  test('an unknown record is named in Chinese', async () => {
    const r = await refused(ACT_COUNTY, { i: { id: UNKNOWN_UUID, version: 1, action: 'ACCEPT' } }, fx.clerkA, 'NOT_FOUND');
    expect(r.errors![0].message).toContain('未找到办件');
  });
});
