import { startNetwork, ok, gql, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, ACT_TOWNSHIP, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, type Fixture } from '../support/fixtures';

/** `CountyCase.supervision` and `TownshipCase.supervision`: a case's supervision state (督办) in one gateway query. */

let net: Network;
let fx: Fixture;

const SV = 'supervision { id status origin number version }';
const DASHBOARD = `{
  countyCases(filter: { warning: [YELLOW, RED] }) { nodes { id number deadline { warningLevel } ${SV} } }
  townshipCases(filter: { warning: [YELLOW, RED] }) { nodes { id number deadline { warningLevel } ${SV} } }
}`;
const COUNTY_CASE = `query($id: ID!) { countyCase(id: $id) { number ${SV} } }`;
const TOWNSHIP_CASE = `query($id: ID!) { townshipCase(id: $id) { number ${SV} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!, $f: String!) { closeSupervisionRecord(id: $id, version: $v, feedback: $f) { status } }`;

type Case = { id: string; number: string };
let red: Case; // county, immediate: due Mon 11-16, RED from Tue 11-17
let tRed: Case; // township X, 5 days: due Mon 11-23, RED from Tue 11-24
let delegated: Case; // county case of department A accepted by township X, due 11-23
let green: Case; // county, department B, received on the day of the checks
let tGreen: Case; // township Y, received on the day of the checks

async function countyCase(token: string, itemId: string, requestId: string): Promise<Case> {
  const c = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId, itemId, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, token)).receiveCountyCase;
  await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, token);
  return c;
}

async function townshipCase(token: string, itemId: string, requestId: string): Promise<Case> {
  const c = (await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId, itemId, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, token)).receiveTownshipCase;
  await ok(net.gatewayUrl, ACT_TOWNSHIP, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, token);
  return c;
}

/** Runs one gateway request and returns how many SQL statements the county issued for it. */
async function countyCost(query: string, token: string): Promise<{ cost: number; data: Record<string, any> }> {
  net.county.db.sql.reset();
  const data = await ok(net.gatewayUrl, query, {}, token);
  return { cost: net.county.db.sql.reset(), data };
}

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z' });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now()); // the township copies the delegable catalog
  red = await countyCase(fx.clerkA, fx.itemImmediate.id, 'case-sv-red');
  tRed = await townshipCase(fx.clerkX, fx.tItemX.id, 'cs-township-red');
  // More RED cases on both tiers, for the statement count of a page.
  for (let i = 0; i < 8; i += 1) await countyCase(fx.clerkA, fx.itemImmediate.id, `cs-more-${i}`);
  for (let i = 0; i < 3; i += 1) await townshipCase(fx.clerkX, fx.tItemX.id, `cs-township-more-${i}`);
  const intake = (
    await ok(net.gatewayUrl, `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`, {
      i: { requestId: 'cs-delegated', countyItemId: fx.delegable.id, applicant: applicant('李四'), submittedMaterials: ['申请书', '申请人身份证明'] },
    }, fx.clerkX)
  ).acceptDelegatedIntake;
  await net.township.forwarder.drain();
  delegated = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { countyCase { id number } } }`, { id: intake.id }, fx.clerkX)).delegatedIntake.countyCase;

  net.clock.set('2026-11-24T02:00:00.000Z');
  green = await countyCase(fx.clerkB, fx.itemB.id, 'case-sv-green');
  tGreen = await townshipCase(fx.clerkY, fx.tItemY.id, 'cs-township-green');
}, 120_000);
afterAll(async () => net?.stop());

describe('a case shows its supervision record', () => {
  test('RED cases show no record before the sweep', async () => {
    const r = await ok(net.gatewayUrl, DASHBOARD, {}, fx.supervisor);
    expect(r.countyCases.nodes.length).toBe(10);
    expect(r.townshipCases.nodes.length).toBe(4);
    for (const n of [...r.countyCases.nodes, ...r.townshipCases.nodes]) expect(n).toMatchObject({ deadline: { warningLevel: 'RED' }, supervision: null });
  });

  test('after the sweeps a RED county case and a RED township case show their OPEN automatic record; GREEN cases null', async () => {
    expect(await net.county.redSweep.runNow()).toBe(10); // 9 immediate cases and the delegated one
    expect(await net.township.redSweep.runNow()).toBe(4);
    await net.township.forwarder.drain();
    const r = await ok(net.gatewayUrl, DASHBOARD, {}, fx.supervisor);
    for (const n of [...r.countyCases.nodes, ...r.townshipCases.nodes]) expect(n.supervision).toMatchObject({ status: 'OPEN', origin: 'AUTO', number: expect.stringMatching(/^DB-20261124-\d{4}$/) });
    expect(new Set([...r.countyCases.nodes, ...r.townshipCases.nodes].map((n: any) => n.supervision.number)).size).toBe(14);
    expect((await ok(net.gatewayUrl, COUNTY_CASE, { id: green.id }, fx.supervisor)).countyCase.supervision).toBeNull();
    expect((await ok(net.gatewayUrl, TOWNSHIP_CASE, { id: tGreen.id }, fx.supervisor)).townshipCase.supervision).toBeNull();
  });

  test('closing shows CLOSED; a newer open record comes first, and after it closes the latest closed one shows', async () => {
    const c = (await ok(net.gatewayUrl, COUNTY_CASE, { id: red.id }, fx.clerkA)).countyCase.supervision;
    await ok(net.gatewayUrl, CLOSE, { id: c.id, v: c.version, f: '已加派人手办结' }, fx.clerkA);
    const t = (await ok(net.gatewayUrl, TOWNSHIP_CASE, { id: tRed.id }, fx.clerkX)).townshipCase.supervision;
    await ok(net.gatewayUrl, CLOSE, { id: t.id, v: t.version, f: '已办结' }, fx.clerkX);
    expect((await ok(net.gatewayUrl, COUNTY_CASE, { id: red.id }, fx.supervisor)).countyCase.supervision).toMatchObject({ id: c.id, status: 'CLOSED', origin: 'AUTO' });
    expect((await ok(net.gatewayUrl, TOWNSHIP_CASE, { id: tRed.id }, fx.supervisor)).townshipCase.supervision).toMatchObject({ id: t.id, status: 'CLOSED', origin: 'AUTO' });

    net.clock.set('2026-11-24T03:00:00.000Z');
    const manual = (
      await ok(net.gatewayUrl, `mutation($i: OpenSupervisionInput!) { openSupervisionRecord(input: $i) { id version } }`, { i: { requestId: 'cs-manual', caseTier: 'COUNTY', caseId: red.id, reason: '群众再次反映' } }, fx.supervisor)
    ).openSupervisionRecord;
    expect((await ok(net.gatewayUrl, COUNTY_CASE, { id: red.id }, fx.supervisor)).countyCase.supervision).toMatchObject({ id: manual.id, status: 'OPEN', origin: 'MANUAL' });
    net.clock.set('2026-11-24T04:00:00.000Z');
    await ok(net.gatewayUrl, CLOSE, { id: manual.id, v: manual.version, f: '已答复' }, fx.clerkA);
    expect((await ok(net.gatewayUrl, COUNTY_CASE, { id: red.id }, fx.supervisor)).countyCase.supervision).toMatchObject({ id: manual.id, status: 'CLOSED', origin: 'MANUAL' });
  });
});

describe('who sees it: the rules of supervisionRecords, with null instead of an error', () => {
  test('clerks see their own unit’s records', async () => {
    expect((await ok(net.gatewayUrl, COUNTY_CASE, { id: red.id }, fx.clerkA)).countyCase.supervision).not.toBeNull();
    expect((await ok(net.gatewayUrl, TOWNSHIP_CASE, { id: tRed.id }, fx.clerkX)).townshipCase.supervision).not.toBeNull();
    expect((await ok(net.gatewayUrl, COUNTY_CASE, { id: delegated.id }, fx.clerkA)).countyCase.supervision).toMatchObject({ status: 'OPEN' });
  });

  test('another unit’s clerk gets null: the township clerk on the county case of their intake, a county clerk of another department on a township case', async () => {
    const r = await gql(net.gatewayUrl, COUNTY_CASE, { id: delegated.id }, fx.clerkX);
    expect(r.errors).toBeUndefined();
    expect(r.data!.countyCase).toEqual({ number: delegated.number, supervision: null });
    // County clerks do not list township cases, so ask the county subgraph for the entity as the gateway would.
    const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on TownshipCase { ${SV} } } }`;
    const reps = { r: [{ __typename: 'TownshipCase', id: tRed.id }] };
    expect((await ok(net.countyUrl, ENTITY, reps, fx.clerkB))._entities).toEqual([{ supervision: null }]);
    expect((await ok(net.countyUrl, ENTITY, reps, fx.clerkA))._entities).toEqual([{ supervision: null }]);
    expect((await ok(net.countyUrl, ENTITY, reps, fx.supervisor))._entities[0].supervision).toMatchObject({ status: 'CLOSED' });
  });

  test('VIEWER reads the dashboard without errors, every supervision null; administrators see them all', async () => {
    const v = await gql(net.gatewayUrl, DASHBOARD, {}, fx.viewer);
    expect(v.errors).toBeUndefined();
    for (const n of [...v.data!.countyCases.nodes, ...v.data!.townshipCases.nodes]) expect(n.supervision).toBeNull();
    const a = await ok(net.gatewayUrl, DASHBOARD, {}, fx.adminToken);
    for (const n of [...a.countyCases.nodes, ...a.townshipCases.nodes]) expect(n.supervision).not.toBeNull();
  });
});

describe('batched: one statement for all the cases of a page', () => {
  test('county cases: the same county statements for 2 and 10 cases', async () => {
    const q = (limit: number) => `{ countyCases(limit: ${limit}, filter: { warning: [RED] }) { nodes { supervision { status number } } } }`;
    const small = await countyCost(q(2), fx.supervisor);
    const large = await countyCost(q(10), fx.supervisor);
    expect(small.data.countyCases.nodes).toHaveLength(2);
    expect(large.data.countyCases.nodes).toHaveLength(10);
    expect(large.cost).toBe(small.cost);
  });

  test('township cases: one county statement for 1 and for 4 cases', async () => {
    const q = (limit: number) => `{ townshipCases(limit: ${limit}, filter: { warning: [RED] }) { nodes { supervision { status number } } } }`;
    const small = await countyCost(q(1), fx.supervisor);
    const large = await countyCost(q(4), fx.supervisor);
    expect(large.data.townshipCases.nodes).toHaveLength(4);
    expect(large.data.townshipCases.nodes.every((n: any) => n.supervision)).toBe(true);
    expect(small.cost).toBe(1);
    expect(large.cost).toBe(1);
  });

  test('VIEWER costs the county no supervision statement', async () => {
    const q = `{ townshipCases(filter: { warning: [RED] }) { nodes { supervision { status } } } }`;
    expect((await countyCost(q, fx.viewer)).cost).toBe(0);
  });
});
