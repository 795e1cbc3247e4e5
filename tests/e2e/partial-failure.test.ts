/**
 * One tier down never blanks the other: with each subgraph stopped in turn, the dashboard's,
 * the work board's and the tracking page's queries (taken from the pages' own sources) still
 * answer the other tier completely, with exactly one SERVICE_UNAVAILABLE error at each path the
 * stopped tier would have filled.
 *
 * One persistent network for the file; the tests run in order (township down, then county down).
 */
import { startNetwork, gql, ok, type GqlResult, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, ACT_TOWNSHIP, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, type Fixture } from '../support/fixtures';
import { STATISTICS_QUERY, STATUS_QUERY, WARNINGS_QUERY } from '../../gateway/web/src/dashboard/queries';
import { TownshipNamesQuery as TOWNSHIPS_QUERY, TownshipWorkListQuery as WORK_LIST_QUERY } from '../../gateway/web/src/console/operations/township';
import { TRACK_QUERY } from '../../gateway/web/src/track/types';

let net: Network;
let fx: Fixture;
const PERIOD = { from: '2026-11-01', to: '2026-11-30' };
const MATERIALS = ['申请书', '申请人身份证明'];
let countyCase: { number: string; queryCode: string };
let townshipCase: { number: string; queryCode: string };

/** Every query of the three pages, as the pages send them. */
const QUERIES = {
  statistics: () => gql(net.gatewayUrl, STATISTICS_QUERY, PERIOD, fx.supervisor),
  status: () => gql(net.gatewayUrl, STATUS_QUERY, {}, fx.supervisor),
  warnings: () => gql(net.gatewayUrl, WARNINGS_QUERY, { limit: 100 }, fx.supervisor),
  townships: () => gql(net.gatewayUrl, TOWNSHIPS_QUERY, {}, fx.supervisor),
  workList: () => gql(net.gatewayUrl, WORK_LIST_QUERY, { townshipId: fx.townshipX.id }, fx.supervisor),
  clerkWorkList: () => gql(net.gatewayUrl, WORK_LIST_QUERY, {}, fx.clerkX),
  trackCounty: () => gql(net.gatewayUrl, TRACK_QUERY, countyCase),
  trackTownship: () => gql(net.gatewayUrl, TRACK_QUERY, townshipCase),
};
type Answers = Record<keyof typeof QUERIES, GqlResult>;
let before: Answers;

async function askAll(): Promise<Answers> {
  const entries = await Promise.all(Object.entries(QUERIES).map(async ([k, q]) => [k, await q()] as const));
  return Object.fromEntries(entries) as Answers;
}

/** The errors' paths, after checking each is SERVICE_UNAVAILABLE naming the stopped tier. */
function unavailablePaths(r: GqlResult, service: 'county' | 'township'): string[] {
  for (const e of r.errors ?? []) expect(e.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service });
  return (r.errors ?? []).map((e) => (e.path ?? []).join('.')).sort();
}

async function received(receive: string, act: string, token: string, itemId: string, requestId: string) {
  const c = Object.values((await ok(net.gatewayUrl, receive, { i: { requestId, itemId, applicant: applicant(), submittedMaterials: MATERIALS } }, token)))[0] as any;
  await ok(net.gatewayUrl, act, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, token);
  return { number: c.number as string, queryCode: c.queryCode as string };
}

beforeAll(async () => {
  net = await startNetwork({ persistent: true, now: '2026-11-16T02:00:00.000Z' }); // Monday 10:00 Beijing
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now());
  countyCase = await received(RECEIVE_COUNTY, ACT_COUNTY, fx.clerkA, fx.itemImmediate.id, 'pf-county');
  await received(RECEIVE_COUNTY, ACT_COUNTY, fx.clerkA, fx.itemA.id, 'pf-county-promised');
  townshipCase = await received(RECEIVE_TOWNSHIP, ACT_TOWNSHIP, fx.clerkX, fx.tItemX.id, 'pf-township-x');
  await received(RECEIVE_TOWNSHIP, ACT_TOWNSHIP, fx.clerkY, fx.tItemY.id, 'pf-township-y');
  // A delegated intake: a county case whose origin township resolves in the township subgraph.
  const i = { requestId: 'pf-intake', countyItemId: fx.delegable.id, applicant: applicant('李四'), submittedMaterials: MATERIALS };
  await ok(net.gatewayUrl, `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`, { i }, fx.clerkX);
  await net.township.forwarder.drain();
  // The next Monday: county cases RED (with their supervision records), township cases YELLOW.
  net.clock.set('2026-11-23T02:00:00.000Z');
  await net.county.services.supervision.sweep(net.clock.now());
  before = await askAll();
}, 120_000);
afterAll(async () => net?.stop());

test('with both tiers up every page query answers in full, without errors', () => {
  for (const [name, r] of Object.entries(before)) {
    expect([name, r.errors]).toEqual([name, undefined]);
  }
  expect(before.warnings.data!.countyCases.nodes.some((n: any) => n.originTownship?.name === '河口镇')).toBe(true);
  expect(before.warnings.data!.countyCases.nodes.some((n: any) => n.supervision?.status === 'OPEN')).toBe(true);
  expect(before.warnings.data!.townshipCases.total).toBe(2);
  expect(before.trackCounty.data!.trackCase.county.number).toBe(countyCase.number);
  expect(before.trackTownship.data!.trackCase.township.number).toBe(townshipCase.number);
});

describe('a clerk forbidden on one tier loses only that tier', () => {
  test("a county clerk's warnings: the department's county cases, FORBIDDEN at townshipCases", async () => {
    const r = await gql(net.gatewayUrl, `{ countyCases(filter: { warning: [YELLOW, RED] }) { total } townshipCases(filter: { warning: [YELLOW, RED] }) { total } }`, {}, fx.clerkA);
    expect(r.data).toEqual({ countyCases: { total: 3 }, townshipCases: null });
    expect(r.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([[['townshipCases'], 'FORBIDDEN']]);
  });

  test('a township clerk asking for county, network and townships: FORBIDDEN at county and network only, never at an unselected field', async () => {
    const r = await gql(net.gatewayUrl, `query($from: Date!, $to: Date!) { statistics(from: $from, to: $to) { county { figures { accepted } } network { figures { accepted } } townships { township { name } } } }`, PERIOD, fx.clerkX);
    expect(r.data).toEqual({ statistics: { county: null, network: null, townships: [{ township: { name: '河口镇' } }] } });
    expect(r.errors!.map((e) => [e.path!.join('.'), e.extensions?.code]).sort()).toEqual([
      ['statistics.county', 'FORBIDDEN'],
      ['statistics.network', 'FORBIDDEN'],
    ]);
  });
});

describe('the township service down', () => {
  let now: Answers;
  beforeAll(async () => {
    await net.stopTownship();
    now = await askAll();
  });

  test("the supervisor's two-tier warning count keeps the county's total", async () => {
    const r = await gql(net.gatewayUrl, `{ countyCases(filter: { warning: [YELLOW, RED] }) { total } townshipCases(filter: { warning: [YELLOW, RED] }) { total } }`, {}, fx.supervisor);
    expect(r.data).toEqual({ countyCases: { total: 3 }, townshipCases: null });
    expect(unavailablePaths(r, 'township')).toEqual(['townshipCases']);
  });

  test('dashboard statistics: county and departments complete; townships and network unavailable', () => {
    const s = before.statistics.data!.statistics;
    expect(now.statistics.data).toEqual({ statistics: { ...s, townships: null, network: null } });
    expect(unavailablePaths(now.statistics, 'township')).toEqual(['statistics.network', 'statistics.townships']);
  });

  test('dashboard status: county settings complete; townships unavailable', () => {
    expect(now.status.data).toEqual({ countySettings: before.status.data!.countySettings, townships: null });
    expect(unavailablePaths(now.status, 'township')).toEqual(['townships']);
  });

  test("dashboard warnings: every county case complete, only the delegated case's township name unavailable", () => {
    const nodes = before.warnings.data!.countyCases.nodes as any[];
    const delegated = nodes.flatMap((n, i) => (n.originTownship ? [i] : []));
    expect(now.warnings.data).toEqual({
      countyCases: { ...before.warnings.data!.countyCases, nodes: nodes.map((n) => ({ ...n, originTownship: null })) },
      townshipCases: null,
    });
    expect(unavailablePaths(now.warnings, 'township')).toEqual(['townshipCases', ...delegated.map((i) => `countyCases.nodes.${i}.originTownship.name`)].sort());
  });

  test('work board: the township picker and the work list say the township is unavailable', () => {
    for (const [r, field] of [[now.townships, 'townships'], [now.workList, 'townshipWorkList'], [now.clerkWorkList, 'townshipWorkList']] as const) {
      expect(r.data).toEqual({ [field]: null });
      expect(unavailablePaths(r, 'township')).toEqual([field]);
    }
  });

  test('a county case still tracks; a township case says its tier is unavailable', () => {
    expect(now.trackCounty.data).toEqual({ trackCase: { ...before.trackCounty.data!.trackCase, township: null } });
    expect(now.trackCounty.data!.trackCase.county).not.toBeNull();
    expect(unavailablePaths(now.trackCounty, 'township')).toEqual(['trackCase.township']);
    expect(now.trackTownship.data).toEqual({ trackCase: { number: townshipCase.number, township: null, county: null } });
    expect(unavailablePaths(now.trackTownship, 'township')).toEqual(['trackCase.township']);
  });

  afterAll(async () => net.startTownship());
});

describe('the county service down', () => {
  let now: Answers;
  beforeAll(async () => {
    await net.stopCounty();
    now = await askAll();
  });

  test('dashboard statistics: every township complete; county, departments and network unavailable', () => {
    const s = before.statistics.data!.statistics;
    expect(now.statistics.data).toEqual({ statistics: { county: null, departments: null, network: null, townships: s.townships } });
    expect(unavailablePaths(now.statistics, 'county')).toEqual(['statistics.county', 'statistics.departments', 'statistics.network']);
  });

  test("dashboard status: every township's status complete; county settings unavailable", () => {
    expect(now.status.data).toEqual({ countySettings: null, townships: before.status.data!.townships });
    expect(unavailablePaths(now.status, 'county')).toEqual(['countySettings']);
  });

  test("dashboard warnings: every township case complete, only each one's supervision state unavailable", () => {
    const nodes = before.warnings.data!.townshipCases.nodes as any[];
    expect(now.warnings.data).toEqual({
      countyCases: null,
      townshipCases: { ...before.warnings.data!.townshipCases, nodes: nodes.map((n) => ({ ...n, supervision: null })) },
    });
    expect(unavailablePaths(now.warnings, 'county')).toEqual(['countyCases', ...nodes.map((_, i) => `townshipCases.nodes.${i}.supervision`)].sort());
  });

  test('work board: everything on it comes from the township, so it answers in full', () => {
    for (const k of ['townships', 'workList', 'clerkWorkList'] as const) {
      expect(now[k]).toEqual(before[k]);
    }
  });

  test('a township case still tracks; a county case says its tier is unavailable', () => {
    expect(now.trackTownship.data).toEqual({ trackCase: { ...before.trackTownship.data!.trackCase, county: null } });
    expect(unavailablePaths(now.trackTownship, 'county')).toEqual(['trackCase.county']);
    expect(now.trackCounty.data).toEqual({ trackCase: { number: countyCase.number, township: null, county: null } });
    expect(unavailablePaths(now.trackCounty, 'county')).toEqual(['trackCase.county']);
  });

  afterAll(async () => net.startCounty());
});
