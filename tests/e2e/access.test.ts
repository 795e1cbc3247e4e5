import { signToken } from '../../subgraphs/shared/auth/jwt';
import { startNetwork, ok, gql, codeOf, type Network, type GqlResult } from '../support/network';
import {
  buildFixture,
  applicant,
  VALID_ID,
  RECEIVE_COUNTY,
  RECEIVE_TOWNSHIP,
  ACT_COUNTY,
  ACT_TOWNSHIP,
  type Fixture,
} from '../support/fixtures';

/**
 * Access control through the gateway (SPEC §5): who may read and change which cases, what the
 * public may see, and how the subgraphs protect themselves when called directly.
 */

let net: Network;
let fx: Fixture;

/** Cases created in beforeAll, one per unit, plus their public tracking codes. */
let caseA: { id: string; number: string; queryCode: string; version: number };
let caseX: { id: string; number: string; queryCode: string; version: number };
let caseY: { id: string; number: string; queryCode: string; version: number };

const PHONE = '13812345678';
const OTHER_SECRET = 'a-completely-different-secret-of-enough-length-0002';

const COUNTY_SNAPSHOT = `query($id: ID!) { countyCase(id: $id) { id version status history { step } } }`;
const TOWNSHIP_SNAPSHOT = `query($id: ID!) { townshipCase(id: $id) { id version status history { step } } }`;

async function countySnapshot(id: string) {
  const c = (await ok(net.gatewayUrl, COUNTY_SNAPSHOT, { id }, fx.adminToken)).countyCase;
  return { version: c.version, status: c.status, historyLength: c.history.length };
}

async function townshipSnapshot(id: string) {
  const c = (await ok(net.gatewayUrl, TOWNSHIP_SNAPSHOT, { id }, fx.adminToken)).townshipCase;
  return { version: c.version, status: c.status, historyLength: c.history.length };
}

async function countyCaseTotal(): Promise<number> {
  return (await ok(net.gatewayUrl, `{ countyCases(limit: 200) { total } }`, {}, fx.adminToken)).countyCases.total;
}

async function townshipCaseTotal(): Promise<number> {
  return (await ok(net.gatewayUrl, `{ townshipCases(limit: 200) { total } }`, {}, fx.adminToken)).townshipCases.total;
}

async function catalogCounts() {
  const d = await ok(net.gatewayUrl, `{ departments { id } countyItems(filter: { includeInactive: true }) { id } townships { id } townshipItems(limit: 500) { id } }`);
  return { departments: d.departments.length, countyItems: d.countyItems.length, townships: d.townships.length, townshipItems: d.townshipItems.length };
}

const expectUnauthenticated401 = (r: GqlResult) => {
  expect(codeOf(r)).toBe('UNAUTHENTICATED');
  expect(r.status).toBe(401);
  expect(r.data ?? null).toBeNull();
};

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
  const receiveCounty = async (requestId: string, itemId: string, token: string) =>
    (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId, itemId, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, token)).receiveCountyCase;
  const receiveTownship = async (requestId: string, itemId: string, token: string) =>
    (await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId, itemId, applicant: applicant('李四'), submittedMaterials: ['申请书', '申请人身份证明'] } }, token)).receiveTownshipCase;
  caseA = await receiveCounty('access-county-a-1', fx.itemA.id, fx.clerkA);
  await receiveCounty('access-county-b-1', fx.itemB.id, fx.clerkB); // department B has a case of its own
  caseX = await receiveTownship('access-township-x-1', fx.tItemX.id, fx.clerkX);
  caseY = await receiveTownship('access-township-y-1', fx.tItemY.id, fx.clerkY);
});
afterAll(async () => net?.stop());

describe('without a token', () => {
  test('case lists need a token', async () => {
    const county = await gql(net.gatewayUrl, `{ countyCases { total nodes { id } } }`);
    expect(codeOf(county)).toBe('UNAUTHENTICATED');
    expect(county.data?.countyCases ?? null).toBeNull();
    const township = await gql(net.gatewayUrl, `{ townshipCases { total nodes { id } } }`);
    expect(codeOf(township)).toBe('UNAUTHENTICATED');
    expect(township.data?.townshipCases ?? null).toBeNull();
  });

  test('single cases need a token', async () => {
    const county = await gql(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { id applicant { name } } }`, { id: caseA.id });
    expect(codeOf(county)).toBe('UNAUTHENTICATED');
    expect(county.data?.countyCase ?? null).toBeNull();
    const township = await gql(net.gatewayUrl, `query($id: ID!) { townshipCase(id: $id) { id applicant { name } } }`, { id: caseX.id });
    expect(codeOf(township)).toBe('UNAUTHENTICATED');
    expect(township.data?.townshipCase ?? null).toBeNull();
  });

  test('the public catalog and case tracking work', async () => {
    const r = await gql(
      net.gatewayUrl,
      `query($item: ID!) {
        townships { id name items { name } }
        countyItems { id code department { name } }
        departments { id code }
        townshipItems { id name supervisingDepartment { name } }
        countyItem(id: $item) { id name materials { name } }
      }`,
      { item: fx.itemA.id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.status).toBe(200);
    expect(r.data!.townships.map((t: { name: string }) => t.name).sort()).toEqual(['河口镇', '白水乡'].sort());
    expect(r.data!.countyItems.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['SCJG-001', 'SCJG-002', 'MZ-001']));
    expect(r.data!.departments.map((d: { code: string }) => d.code).sort()).toEqual(['MZ', 'SCJG']);
    expect(r.data!.townshipItems).toHaveLength(2);
    expect(r.data!.townshipItems[0].supervisingDepartment.name).toBe('临江县市场监督管理局');
    expect(r.data!.countyItem).toMatchObject({ id: fx.itemA.id, name: '事项SCJG-001' });

    const tracked = await gql(
      net.gatewayUrl,
      `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) { number county { number status itemName unitName } township { number } } }`,
      { n: caseA.number, q: caseA.queryCode },
    );
    expect(tracked.errors).toBeUndefined();
    expect(tracked.data!.trackCase.county).toEqual({ number: caseA.number, status: 'RECEIVED', itemName: '事项SCJG-001', unitName: '临江县市场监督管理局' });
    expect(tracked.data!.trackCase.township).toBeNull();
  });
});

describe('bad tokens are refused by the gateway with HTTP 401', () => {
  const Q = `{ departments { id } }`;

  test('a token signed with another secret', async () => {
    const forged = await signToken({ userId: 'admin-1', name: '伪造', role: 'COUNTY_ADMIN' }, OTHER_SECRET);
    expectUnauthenticated401(await gql(net.gatewayUrl, Q, {}, forged));
    // Even a public query is refused: a bad token is never silently downgraded to the public.
    expectUnauthenticated401(await gql(net.gatewayUrl, `{ countyCases { total } }`, {}, forged));
  });

  test('an expired token', async () => {
    const expired = await signToken({ userId: 'admin-1', name: '管理员', role: 'COUNTY_ADMIN' }, net.config.JWT_SECRET, -60);
    expectUnauthenticated401(await gql(net.gatewayUrl, Q, {}, expired));
  });

  test('a garbage Authorization header', async () => {
    expectUnauthenticated401(await gql(net.gatewayUrl, Q, {}, undefined, { authorization: 'Basic dXNlcjpwYXNz' }));
    expectUnauthenticated401(await gql(net.gatewayUrl, Q, {}, undefined, { authorization: 'Bearer not.a.jwt' }));
    expectUnauthenticated401(await gql(net.gatewayUrl, Q, {}, undefined, { authorization: 'Bearer' }));
  });

  test('a bad token changes nothing', async () => {
    const forged = await signToken({ userId: 'clerk-a', name: '伪造', role: 'COUNTY_CLERK', departmentId: fx.deptA.id }, OTHER_SECRET);
    const before = await countySnapshot(caseA.id);
    const total = await countyCaseTotal();
    expectUnauthenticated401(await gql(net.gatewayUrl, ACT_COUNTY, { i: { id: caseA.id, version: caseA.version, action: 'ACCEPT' } }, forged));
    expectUnauthenticated401(
      await gql(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: 'access-forged-0001', itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: [] } }, forged),
    );
    expect(await countySnapshot(caseA.id)).toEqual(before);
    expect(await countyCaseTotal()).toBe(total);
  });
});

describe('subgraphs called directly', () => {
  test('verify the token themselves', async () => {
    const forged = await signToken({ userId: 'admin-1', name: '伪造', role: 'COUNTY_ADMIN' }, OTHER_SECRET);
    const county = await gql(net.countyUrl, `{ countyCases { total } }`, {}, forged);
    expect(codeOf(county)).toBe('UNAUTHENTICATED');
    expect(county.status).toBe(401);
    const township = await gql(net.townshipUrl, `{ townshipCases { total } }`, {}, forged);
    expect(codeOf(township)).toBe('UNAUTHENTICATED');
    expect(township.status).toBe(401);
  });

  test('apply the same scope rules as through the gateway', async () => {
    const r = await gql(net.countyUrl, `query($id: ID!) { countyCase(id: $id) { id } }`, { id: caseA.id }, fx.clerkB);
    expect(codeOf(r)).toBe('FORBIDDEN');
    const t = await gql(net.townshipUrl, `query($id: ID!) { townshipCase(id: $id) { id } }`, { id: caseY.id }, fx.clerkX);
    expect(codeOf(t)).toBe('FORBIDDEN');
  });

  test('entity resolution (_entities) applies the same scope rules', async () => {
    const r = await gql(
      net.countyUrl,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on CountyCase { id applicant { idNumber } } } }`,
      { reps: [{ __typename: 'CountyCase', id: caseA.id }] },
      fx.clerkB,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(JSON.stringify(r.data ?? null)).not.toContain(VALID_ID);
    const anon = await gql(
      net.townshipUrl,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on TownshipCase { id applicant { idNumber } } } }`,
      { reps: [{ __typename: 'TownshipCase', id: caseX.id }] },
    );
    expect(codeOf(anon)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anon.data ?? null)).not.toContain(VALID_ID);
  });
});

describe('with a gateway secret configured', () => {
  let guarded: Network;
  let admin: string;
  beforeAll(async () => {
    guarded = await startNetwork({ env: { GATEWAY_SECRET: 'a-gateway-secret-of-length' } });
    admin = await guarded.token({ role: 'COUNTY_ADMIN' });
  });
  afterAll(async () => guarded?.stop());

  test('subgraphs refuse requests without the x-gateway-secret header (HTTP 403)', async () => {
    for (const [url, query] of [
      [guarded.countyUrl, `{ departments { id } }`],
      [guarded.townshipUrl, `{ townships { id } }`],
    ]) {
      const anon = await gql(url, query);
      expect(codeOf(anon)).toBe('FORBIDDEN');
      expect(anon.status).toBe(403);
      expect(anon.data ?? null).toBeNull();
      const withToken = await gql(url, query, {}, admin);
      expect(codeOf(withToken)).toBe('FORBIDDEN');
      expect(withToken.status).toBe(403);
      const wrongSecret = await gql(url, query, {}, admin, { 'x-gateway-secret': 'not-the-gateway-secret' });
      expect(codeOf(wrongSecret)).toBe('FORBIDDEN');
      expect(wrongSecret.status).toBe(403);
    }
  });

  test('the same queries work through the gateway', async () => {
    const r = await gql(guarded.gatewayUrl, `{ departments { id } townships { id } countyCases { total } townshipCases { total } }`, {}, admin);
    expect(r.errors).toBeUndefined();
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ departments: [], townships: [], countyCases: { total: 0 }, townshipCases: { total: 0 } });
    const created = await gql(
      guarded.gatewayUrl,
      `mutation($i: DepartmentInput!) { createDepartment(input: $i) { code } }`,
      { i: { code: 'GA', name: '临江县公安局', shortName: '公安局', window: 'B区1号窗口', phone: '0839-5123402' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createDepartment.code).toBe('GA');
  });

  test('with the right secret a subgraph answers a direct call', async () => {
    const r = await gql(guarded.countyUrl, `{ departments { code } }`, {}, admin, { 'x-gateway-secret': 'a-gateway-secret-of-length' });
    expect(r.errors).toBeUndefined();
    expect(r.status).toBe(200);
  });
});

describe('township scope', () => {
  test('a township clerk cannot read another township\'s case', async () => {
    const r = await gql(net.gatewayUrl, `query($id: ID!) { townshipCase(id: $id) { id applicant { idNumber } } }`, { id: caseY.id }, fx.clerkX);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data?.townshipCase ?? null).toBeNull();
    expect(JSON.stringify(r)).not.toContain(VALID_ID);
    // Their own case they can read.
    const own = await ok(net.gatewayUrl, `query($id: ID!) { townshipCase(id: $id) { id } }`, { id: caseX.id }, fx.clerkX);
    expect(own.townshipCase.id).toBe(caseX.id);
  });

  test('a township clerk cannot act on another township\'s case', async () => {
    const before = await townshipSnapshot(caseY.id);
    for (const action of ['ACCEPT', 'WITHDRAW']) {
      const r = await gql(net.gatewayUrl, ACT_TOWNSHIP, { i: { id: caseY.id, version: before.version, action } }, fx.clerkX);
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
    const exp = await gql(
      net.gatewayUrl,
      `mutation($id: ID!, $v: Int!) { setTownshipCaseExpedited(id: $id, version: $v, expedited: true) { id } }`,
      { id: caseY.id, v: before.version },
      fx.clerkX,
    );
    expect(codeOf(exp)).toBe('FORBIDDEN');
    expect(await townshipSnapshot(caseY.id)).toEqual(before);
  });

  test('a township clerk cannot receive a case for another township\'s item', async () => {
    const total = await townshipCaseTotal();
    const r = await gql(
      net.gatewayUrl,
      RECEIVE_TOWNSHIP,
      { i: { requestId: 'access-township-x-on-y', itemId: fx.tItemY.id, applicant: applicant(), submittedMaterials: ['申请书'] } },
      fx.clerkX,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await townshipCaseTotal()).toBe(total);
  });

  test('a township clerk lists only their own township\'s cases', async () => {
    // One more case in X so the totals differ from the whole network's.
    await ok(
      net.gatewayUrl,
      RECEIVE_TOWNSHIP,
      { i: { requestId: 'access-township-x-2', itemId: fx.tItemX.id, applicant: applicant(), submittedMaterials: [] } },
      fx.clerkX,
    );
    const all = await ok(net.gatewayUrl, `{ townshipCases(limit: 200) { total nodes { township { id } } } }`, {}, fx.adminToken);
    const inX = all.townshipCases.nodes.filter((n: { township: { id: string } }) => n.township.id === fx.townshipX.id).length;
    expect(inX).toBeGreaterThan(0);
    expect(all.townshipCases.total).toBeGreaterThan(inX);

    const mine = await ok(net.gatewayUrl, `{ townshipCases(limit: 200) { total nodes { id township { id } } } }`, {}, fx.clerkX);
    expect(mine.townshipCases.total).toBe(inX);
    expect(mine.townshipCases.nodes).toHaveLength(inX);
    for (const n of mine.townshipCases.nodes) expect(n.township.id).toBe(fx.townshipX.id);
    expect(mine.townshipCases.nodes.map((n: { id: string }) => n.id)).not.toContain(caseY.id);

    const filteredOwn = await ok(net.gatewayUrl, `query($t: ID!) { townshipCases(filter: { townshipId: $t }) { total } }`, { t: fx.townshipX.id }, fx.clerkX);
    expect(filteredOwn.townshipCases.total).toBe(inX);
  });

  test('a township clerk filtering on another township is refused', async () => {
    const r = await gql(net.gatewayUrl, `query($t: ID!) { townshipCases(filter: { townshipId: $t }) { total nodes { id } } }`, { t: fx.townshipY.id }, fx.clerkX);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data?.townshipCases ?? null).toBeNull();
  });
});

describe('department scope', () => {
  test('a county clerk cannot read another department\'s case', async () => {
    const r = await gql(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { id applicant { idNumber phone } } }`, { id: caseA.id }, fx.clerkB);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data?.countyCase ?? null).toBeNull();
    expect(JSON.stringify(r)).not.toContain(VALID_ID);
    expect(JSON.stringify(r)).not.toContain(PHONE);
  });

  test('a county clerk cannot act on another department\'s case', async () => {
    const before = await countySnapshot(caseA.id);
    for (const i of [
      { action: 'ACCEPT' },
      { action: 'NOT_ACCEPT', reason: '材料不全' },
      { action: 'REQUEST_SUPPLEMENT', missingMaterials: ['场所使用证明'] },
    ]) {
      const r = await gql(net.gatewayUrl, ACT_COUNTY, { i: { id: caseA.id, version: before.version, ...i } }, fx.clerkB);
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
    const exp = await gql(
      net.gatewayUrl,
      `mutation($id: ID!, $v: Int!) { setCountyCaseExpedited(id: $id, version: $v, expedited: true) { id } }`,
      { id: caseA.id, v: before.version },
      fx.clerkB,
    );
    expect(codeOf(exp)).toBe('FORBIDDEN');
    expect(await countySnapshot(caseA.id)).toEqual(before);
  });

  test('a county clerk cannot receive a case for another department\'s item', async () => {
    const total = await countyCaseTotal();
    const r = await gql(
      net.gatewayUrl,
      RECEIVE_COUNTY,
      { i: { requestId: 'access-county-b-on-a', itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书'] } },
      fx.clerkB,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await countyCaseTotal()).toBe(total);
  });

  test('a county clerk lists only their own department\'s cases', async () => {
    const all = await ok(net.gatewayUrl, `{ countyCases(limit: 200) { total nodes { department { id } } } }`, {}, fx.adminToken);
    const inB = all.countyCases.nodes.filter((n: { department: { id: string } }) => n.department.id === fx.deptB.id).length;
    expect(inB).toBeGreaterThan(0);
    expect(all.countyCases.total).toBeGreaterThan(inB);

    const mine = await ok(net.gatewayUrl, `{ countyCases(limit: 200) { total nodes { id department { id } } } }`, {}, fx.clerkB);
    expect(mine.countyCases.total).toBe(inB);
    expect(mine.countyCases.nodes).toHaveLength(inB);
    for (const n of mine.countyCases.nodes) expect(n.department.id).toBe(fx.deptB.id);
    expect(mine.countyCases.nodes.map((n: { id: string }) => n.id)).not.toContain(caseA.id);

    const other = await gql(net.gatewayUrl, `query($d: ID!) { countyCases(filter: { departmentId: $d }) { total } }`, { d: fx.deptA.id }, fx.clerkB);
    expect(codeOf(other)).toBe('FORBIDDEN');
  });

  test('a township clerk cannot list or read county cases', async () => {
    const list = await gql(net.gatewayUrl, `{ countyCases { total nodes { id } } }`, {}, fx.clerkX);
    expect(codeOf(list)).toBe('FORBIDDEN');
    expect(list.data?.countyCases ?? null).toBeNull();
    const one = await gql(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { id } }`, { id: caseA.id }, fx.clerkX);
    expect(codeOf(one)).toBe('FORBIDDEN');
  });

  test('a county clerk cannot list or act on township cases', async () => {
    const list = await gql(net.gatewayUrl, `{ townshipCases { total } }`, {}, fx.clerkA);
    expect(codeOf(list)).toBe('FORBIDDEN');
    const before = await townshipSnapshot(caseX.id);
    const act = await gql(net.gatewayUrl, ACT_TOWNSHIP, { i: { id: caseX.id, version: before.version, action: 'ACCEPT' } }, fx.clerkA);
    expect(codeOf(act)).toBe('FORBIDDEN');
    expect(await townshipSnapshot(caseX.id)).toEqual(before);
  });

  test('supervisors and viewers may read but never act', async () => {
    const before = await countySnapshot(caseA.id);
    for (const token of [fx.supervisor, fx.viewer, fx.adminToken]) {
      const read = await gql(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { id } }`, { id: caseA.id }, token);
      expect(read.errors).toBeUndefined();
      const act = await gql(net.gatewayUrl, ACT_COUNTY, { i: { id: caseA.id, version: before.version, action: 'ACCEPT' } }, token);
      expect(codeOf(act)).toBe('FORBIDDEN');
    }
    expect(await countySnapshot(caseA.id)).toEqual(before);
  });
});

describe('catalog changes are for county administrators only', () => {
  const mutations: { name: string; query: string; vars: () => Record<string, unknown> }[] = [
    {
      name: 'createDepartment',
      query: `mutation($i: DepartmentInput!) { createDepartment(input: $i) { id } }`,
      vars: () => ({ i: { code: 'JT', name: '临江县交通运输局', shortName: '交通运输局', window: 'C区1号窗口', phone: '0839-5123409' } }),
    },
    {
      name: 'createCountyItem',
      query: `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } } }`,
      vars: () => ({
        i: {
          code: 'SCJG-900', name: '越权事项', departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: 5,
          materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '依据', delegable: false,
        },
      }),
    },
    {
      name: 'updateCountyItem',
      query: `mutation($id: ID!, $i: CountyItemInput!) { updateCountyItem(id: $id, input: $i) { item { id } } }`,
      vars: () => ({
        id: fx.itemA.id,
        i: {
          code: 'SCJG-001', name: '被篡改的名称', departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: 3,
          materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '依据', delegable: false,
        },
      }),
    },
    {
      name: 'createTownship',
      query: `mutation($i: TownshipInput!) { createTownship(input: $i) { id } }`,
      vars: () => ({ i: { divisionCode: '511099199', name: '越权镇', address: '某地', phone: '0839-5200009' } }),
    },
    {
      name: 'createTownshipItem',
      query: `mutation($t: ID!, $i: TownshipItemInput!) { createTownshipItem(townshipId: $t, input: $i) { item { id } } }`,
      vars: () => ({
        t: fx.townshipX.id,
        i: {
          code: 'T99', name: '越权乡镇事项', kind: 'PROMISED', legalDays: 10, promisedDays: 5,
          materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '依据', supervisingDepartmentId: fx.deptA.id,
        },
      }),
    },
    {
      name: 'createVillagePoint',
      query: `mutation($t: ID!, $i: VillagePointInput!) { createVillagePoint(townshipId: $t, input: $i) { id } }`,
      vars: () => ({ t: fx.townshipX.id, i: { code: '511099101201', name: '越权村' } }),
    },
  ];

  test.each(mutations.map((m) => [m.name, m] as const))('%s by clerks, supervisors and the public is refused', async (_name, m) => {
    const before = await catalogCounts();
    for (const token of [fx.clerkA, fx.clerkX, fx.supervisor, fx.viewer]) {
      const r = await gql(net.gatewayUrl, m.query, m.vars(), token);
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
    const anon = await gql(net.gatewayUrl, m.query, m.vars());
    expect(codeOf(anon)).toBe('UNAUTHENTICATED');
    expect(await catalogCounts()).toEqual(before);
    const item = await ok(net.gatewayUrl, `query($id: ID!) { countyItem(id: $id) { name } }`, { id: fx.itemA.id });
    expect(item.countyItem.name).toBe('事项SCJG-001');
  });

  test('calendar and settings changes by a clerk are refused', async () => {
    const r = await gql(net.gatewayUrl, `mutation { setCalendarOverride(date: "2026-10-12", workday: false, note: "越权") { date } }`, {}, fx.clerkA);
    expect(codeOf(r)).toBe('FORBIDDEN');
    const s = await gql(
      net.gatewayUrl,
      `mutation { updateCountySettings(input: { yellowDaysLeft: 5, yellowUsedFraction: 0.1, maxPromisedShare: 1 }) { yellowDaysLeft } }`,
      {},
      fx.clerkA,
    );
    expect(codeOf(s)).toBe('FORBIDDEN');
    const status = await ok(net.gatewayUrl, `{ calendarStatus { overrides { date } } countySettings { yellowDaysLeft maxPromisedShare } }`, {}, fx.adminToken);
    expect(status.calendarStatus.overrides).toEqual([]);
    expect(status.countySettings.maxPromisedShare).toBe(0.5);
  });
});

describe('personal data', () => {
  const COUNTY_APPLICANT = `query($id: ID!) { countyCase(id: $id) { queryCode applicant { name idNumber phone masked } } }`;
  const TOWNSHIP_APPLICANT = `query($id: ID!) { townshipCase(id: $id) { queryCode applicant { name idNumber phone masked } } }`;

  test('the handling clerk sees the full ID number and phone', async () => {
    const c = (await ok(net.gatewayUrl, COUNTY_APPLICANT, { id: caseA.id }, fx.clerkA)).countyCase;
    expect(c.applicant).toEqual({ name: '张三', idNumber: VALID_ID, phone: PHONE, masked: false });
    expect(c.queryCode).toBe(caseA.queryCode);
    const t = (await ok(net.gatewayUrl, TOWNSHIP_APPLICANT, { id: caseX.id }, fx.clerkX)).townshipCase;
    expect(t.applicant).toEqual({ name: '李四', idNumber: VALID_ID, phone: PHONE, masked: false });
  });

  test.each([
    ['SUPERVISOR', () => fx.supervisor],
    ['VIEWER', () => fx.viewer],
  ])('a %s sees the applicant masked', async (_role, token) => {
    for (const [query, id, key] of [
      [COUNTY_APPLICANT, caseA.id, 'countyCase'],
      [TOWNSHIP_APPLICANT, caseX.id, 'townshipCase'],
    ] as const) {
      const c = (await ok(net.gatewayUrl, query, { id }, token()))[key];
      expect(c.applicant.masked).toBe(true);
      expect(c.applicant.idNumber).not.toBe(VALID_ID);
      expect(c.applicant.idNumber).toContain('*');
      expect(c.applicant.idNumber).toHaveLength(VALID_ID.length);
      expect(c.applicant.phone).not.toBe(PHONE);
      expect(c.applicant.phone).toContain('*');
      expect(c.applicant.name).toContain('*');
      expect(c.queryCode).not.toBe(key === 'countyCase' ? caseA.queryCode : caseX.queryCode);
    }
  });

  test('a viewer listing cases never receives personal data', async () => {
    const r = await ok(net.gatewayUrl, `{ countyCases(limit: 200) { nodes { applicant { name idNumber phone masked } } } townshipCases(limit: 200) { nodes { applicant { name idNumber phone masked } } } }`, {}, fx.viewer);
    const text = JSON.stringify(r);
    expect(text).not.toContain(VALID_ID);
    expect(text).not.toContain(PHONE);
    for (const n of [...r.countyCases.nodes, ...r.townshipCases.nodes]) expect(n.applicant.masked).toBe(true);
  });

  test('the public tracking view has no applicant fields at all', async () => {
    const tracked = await ok(
      net.gatewayUrl,
      `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) {
        number queryCode
        township { number itemName unitName status statusLabel receivedAt acceptedAt dueDate completedAt steps { label status unitName at } }
      } }`,
      { n: caseX.number, q: caseX.queryCode },
    );
    expect(tracked.trackCase.township).toMatchObject({ number: caseX.number, status: 'RECEIVED', unitName: '河口镇' });
    const text = JSON.stringify(tracked);
    expect(text).not.toContain(VALID_ID);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('李四');
    expect(text).not.toContain('赵镇员'); // no clerk names either

    // The type itself offers nothing personal to ask for.
    const asked = await gql(
      net.gatewayUrl,
      `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) { county { applicant { idNumber } } } }`,
      { n: caseA.number, q: caseA.queryCode },
    );
    expect(codeOf(asked)).toBe('GRAPHQL_VALIDATION_FAILED');
    const types = await ok(net.gatewayUrl, `{ view: __type(name: "PublicCaseView") { fields { name } } step: __type(name: "PublicStep") { fields { name } } }`);
    const fields = [...types.view.fields, ...types.step.fields].map((f: { name: string }) => f.name);
    for (const personal of ['applicant', 'applicantName', 'idNumber', 'phone', 'queryCode', 'actorName', 'firstContactName']) {
      expect(fields).not.toContain(personal);
    }
  });
});

describe('internal operations', () => {
  const SNAPSHOT = `{ calendarSnapshot { overrides { date workday } confirmedYears settings { yellowDaysLeft maxPromisedShare } } }`;

  test('calendarSnapshot is not exposed by the gateway', async () => {
    for (const token of [undefined, fx.adminToken, await net.token({ role: 'SERVICE' })]) {
      const r = await gql(net.gatewayUrl, SNAPSHOT, {}, token);
      expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.data ?? null).toBeNull();
    }
  });

  test('calendarSnapshot works on the county subgraph for the SERVICE identity only', async () => {
    const service = await net.token({ role: 'SERVICE', userId: 'township-service' });
    const r = await gql(net.countyUrl, SNAPSHOT, {}, service);
    expect(r.errors).toBeUndefined();
    expect(r.data!.calendarSnapshot).toMatchObject({ overrides: [], confirmedYears: [], settings: { maxPromisedShare: 0.5 } });

    for (const token of [fx.adminToken, fx.clerkA, fx.supervisor]) {
      const refused = await gql(net.countyUrl, SNAPSHOT, {}, token);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.data ?? null).toBeNull();
    }
    expect(codeOf(await gql(net.countyUrl, SNAPSHOT))).toBe('UNAUTHENTICATED');
  });
});
