import { startNetwork, ok, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, type Fixture } from '../support/fixtures';

/**
 * SPEC §7: listing many rows with their related entities costs a bounded number of SQL
 * statements in each subgraph (one per entity type per hop), whatever the page size. Measured
 * with each database's statement counter, reset right before each measured request.
 */

let net: Network;
let fx: Fixture;

const MATERIALS = [{ name: '申请书', originals: 1, copies: 0, mandatory: true }];

interface Cost {
  county: number;
  township: number;
}

/** Runs one request and returns how many SQL statements each subgraph issued for it. */
async function measure(query: string, token?: string): Promise<{ cost: Cost; data: Record<string, any> }> {
  net.county.db.sql.reset();
  net.township.db.sql.reset();
  const data = await ok(net.gatewayUrl, query, {}, token);
  return { cost: { county: net.county.db.sql.reset(), township: net.township.db.sql.reset() }, data };
}

async function createTownshipItem(townshipId: string, code: string, departmentId: string) {
  await ok(
    net.gatewayUrl,
    `mutation($t: ID!, $i: TownshipItemInput!) { createTownshipItem(townshipId: $t, input: $i) { item { id } } }`,
    {
      t: townshipId,
      i: { code, name: `乡镇事项${code}`, kind: 'PROMISED', legalDays: 10, promisedDays: 5, materials: MATERIALS, legalBasis: '依据', supervisingDepartmentId: departmentId },
    },
    fx.adminToken,
  );
}

async function createTownship(divisionCode: string, name: string): Promise<string> {
  return (
    await ok(
      net.gatewayUrl,
      `mutation($i: TownshipInput!) { createTownship(input: $i) { id } }`,
      { i: { divisionCode, name, address: `${name}政府大院`, phone: '0839-5200001' } },
      fx.adminToken,
    )
  ).createTownship.id;
}

async function createVillagePoint(townshipId: string, code: string, name: string) {
  await ok(net.gatewayUrl, `mutation($t: ID!, $i: VillagePointInput!) { createVillagePoint(townshipId: $t, input: $i) { id } }`, { t: townshipId, i: { code, name } }, fx.adminToken);
}

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
  const departments = [fx.deptA.id, fx.deptB.id];
  const townships = [fx.townshipX.id, fx.townshipY.id];

  // 100 more township items (the fixture made one in each township), spread over both
  // townships and supervised by both departments.
  for (let i = 0; i < 100; i += 1) {
    await createTownshipItem(townships[i % 2], `B${String(i).padStart(3, '0')}`, departments[Math.floor(i / 2) % 2]);
  }
  await createVillagePoint(fx.townshipX.id, '511099101201', '河口村');
  await createVillagePoint(fx.townshipX.id, '511099101202', '新街村');
  await createVillagePoint(fx.townshipY.id, '511099102201', '白水村');

  // 100 county cases over three items of two departments.
  const byDept: [string, string][] = [
    [fx.itemA.id, fx.clerkA],
    [fx.itemImmediate.id, fx.clerkA],
    [fx.itemB.id, fx.clerkB],
  ];
  for (let i = 0; i < 100; i += 1) {
    const [itemId, token] = byDept[i % byDept.length];
    await ok(
      net.gatewayUrl,
      RECEIVE_COUNTY,
      { i: { requestId: `batching-case-${String(i).padStart(4, '0')}`, itemId, applicant: applicant(), submittedMaterials: ['申请书'] } },
      token,
    );
  }
}, 180_000);
afterAll(async () => net?.stop());

test('townshipItems with their supervising department: same statements for 10 and 100 items', async () => {
  const q = (limit: number) => `{ townshipItems(limit: ${limit}) { name supervisingDepartment { name } } }`;
  const small = await measure(q(10));
  const large = await measure(q(100));

  expect(small.data.townshipItems).toHaveLength(10);
  expect(large.data.townshipItems).toHaveLength(100);
  const names = new Set(large.data.townshipItems.map((i: { supervisingDepartment: { name: string } }) => i.supervisingDepartment.name));
  expect([...names].sort()).toEqual(['临江县市场监督管理局', '临江县民政局'].sort());

  expect(large.cost).toEqual(small.cost);
  // One statement for the items, one for all their departments.
  expect(small.cost.township).toBeGreaterThan(0);
  expect(small.cost.township).toBeLessThanOrEqual(2);
  expect(small.cost.county).toBeGreaterThan(0);
  expect(small.cost.county).toBeLessThanOrEqual(2);
});

test('countyCases with item, item department and department: same statements for 10 and 100 cases', async () => {
  const q = (limit: number) => `{ countyCases(limit: ${limit}) { total nodes { number item { name department { name } } department { name } } } }`;
  const small = await measure(q(10), fx.adminToken);
  const large = await measure(q(100), fx.adminToken);

  expect(small.data.countyCases.nodes).toHaveLength(10);
  expect(large.data.countyCases.total).toBe(100);
  expect(large.data.countyCases.nodes).toHaveLength(100);
  const items = new Set(large.data.countyCases.nodes.map((n: { item: { name: string } }) => n.item.name));
  expect(items.size).toBe(3);
  for (const n of large.data.countyCases.nodes) expect(n.item.department.name).toBe(n.department.name);

  expect(large.cost).toEqual(small.cost);
  expect(small.cost.township).toBe(0);
  // Page and total, then items and departments, each in one batch (departments at most in two hops).
  expect(small.cost.county).toBeGreaterThan(0);
  expect(small.cost.county).toBeLessThanOrEqual(5);
});

test('the same holds for a county clerk (scoped list)', async () => {
  const q = (limit: number) => `{ countyCases(limit: ${limit}) { nodes { number item { name department { name } } department { name } } } }`;
  const small = await measure(q(10), fx.clerkA);
  const large = await measure(q(60), fx.clerkA);
  expect(small.data.countyCases.nodes).toHaveLength(10);
  expect(large.data.countyCases.nodes.length).toBeGreaterThan(10);
  expect(large.cost).toEqual(small.cost);
});

test('townships with items, supervising departments and village points: cost does not grow with the number of townships', async () => {
  const q = `{ townships { name items { supervisingDepartment { name } } villagePoints { name } } }`;
  const before = await measure(q);
  expect(before.data.townships).toHaveLength(2);
  expect(before.data.townships.reduce((n: number, t: { items: unknown[] }) => n + t.items.length, 0)).toBe(102);

  const departments = [fx.deptA.id, fx.deptB.id];
  for (let t = 0; t < 3; t += 1) {
    const division = `5110991${String(10 + t)}`;
    const id = await createTownship(division, `新建镇${t + 1}`);
    for (let i = 0; i < 4; i += 1) await createTownshipItem(id, `N${t}${i}`, departments[(t + i) % 2]);
    await createVillagePoint(id, `${division}201`, `新建镇${t + 1}一村`);
    await createVillagePoint(id, `${division}202`, `新建镇${t + 1}二村`);
  }

  const after = await measure(q);
  expect(after.data.townships).toHaveLength(5);
  expect(after.data.townships.reduce((n: number, t: { villagePoints: unknown[] }) => n + t.villagePoints.length, 0)).toBe(9);
  for (const t of after.data.townships) {
    expect(t.items.length).toBeGreaterThan(0);
    for (const i of t.items) expect(['临江县市场监督管理局', '临江县民政局']).toContain(i.supervisingDepartment.name);
  }

  expect(after.cost).toEqual(before.cost);
  // Townships, their items, their village points; then the departments in one statement.
  expect(before.cost.township).toBeLessThanOrEqual(3);
  expect(before.cost.county).toBeLessThanOrEqual(1);
  expect(before.cost.county).toBeGreaterThan(0);
});
