/**
 * A clerk holding a number or an applicant's papers finds the case without paging: countyCases,
 * townshipCases and delegatedIntakes filter by number (an intake also by its county case number,
 * a delegated county case also by its intake's number), applicant name and ID number, exactly,
 * inside the caller's unit scope. Searching by personal data is for the unit's clerks only, and a
 * blank or too long term is refused with a stable code.
 */
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, VALID_ID, type Fixture } from '../support/fixtures';
import { residentIdCheckChar } from '../../subgraphs/shared/domain/identity';

let net: Network;
let fx: Fixture;

const OTHER_ID = ((b) => b + residentIdCheckChar(b))('11010519800101001');
const LOWER_X_ID = VALID_ID.toLowerCase();

const COUNTY = `query($f: CountyCaseFilter) { countyCases(filter: $f, limit: 50) { total nodes { id number applicant { name idNumber masked } } } }`;
const TOWNSHIP = `query($f: TownshipCaseFilter) { townshipCases(filter: $f, limit: 50) { total nodes { id number applicant { name idNumber } } } }`;
const INTAKES = `query($f: DelegatedIntakeFilter) { delegatedIntakes(filter: $f, limit: 50) { total nodes { id number countyCaseNumber applicant { name } } } }`;
const ACCEPT = `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id number } }`;
const MATERIALS = ['申请书', '申请人身份证明'];
const person = (name: string, idNumber: string) => ({ ...applicant(name), idNumber });

const ids = (r: { nodes: { id: string }[] }) => r.nodes.map((n) => n.id).sort();

let a1: { id: string; number: string };
let a2: { id: string; number: string };
let b1: { id: string; number: string };
let x1: { id: string; number: string };
let y1: { id: string; number: string };
let intake: { id: string; number: string; countyCaseNumber: string; countyCaseId: string };

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z' });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now());
  const county = async (rid: string, item: string, who: string, ap: object) =>
    (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: rid, itemId: item, applicant: ap, submittedMaterials: MATERIALS } }, who)).receiveCountyCase;
  const township = async (rid: string, item: string, who: string, ap: object) =>
    (await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId: rid, itemId: item, applicant: ap, submittedMaterials: MATERIALS } }, who)).receiveTownshipCase;
  a1 = await county('search-a1', fx.itemA.id, fx.clerkA, person('张三', VALID_ID));
  a2 = await county('search-a2', fx.itemA.id, fx.clerkA, person('李四', OTHER_ID));
  b1 = await county('search-b1', fx.itemB.id, fx.clerkB, person('张三', VALID_ID));
  x1 = await township('search-x1', fx.tItemX.id, fx.clerkX, person('王五', OTHER_ID));
  y1 = await township('search-y1', fx.tItemY.id, fx.clerkY, person('王五', OTHER_ID));
  const acc = (await ok(net.gatewayUrl, ACCEPT, { i: { requestId: 'search-i1', countyItemId: fx.delegable.id, applicant: person('赵六', VALID_ID), submittedMaterials: MATERIALS } }, fx.clerkX))
    .acceptDelegatedIntake;
  await net.township.forwarder.drain();
  await net.county.forwarder.drain();
  const row = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { countyCaseNumber countyCase { id } } }`, { id: acc.id }, fx.clerkX)).delegatedIntake;
  expect(row.countyCaseNumber).toBeTruthy();
  intake = { ...acc, countyCaseNumber: row.countyCaseNumber, countyCaseId: row.countyCase.id };
}, 90_000);
afterAll(async () => net?.stop());

describe('countyCases', () => {
  test('by number, only in the clerk’s own department', async () => {
    expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { number: a1.number } }, fx.clerkA)).countyCases)).toEqual([a1.id]);
    expect((await ok(net.gatewayUrl, COUNTY, { f: { number: ` ${a1.number} ` } }, fx.clerkA)).countyCases.total).toBe(1);
    // Another department's number finds nothing for this clerk: the scope still holds.
    expect((await ok(net.gatewayUrl, COUNTY, { f: { number: b1.number } }, fx.clerkA)).countyCases).toEqual({ total: 0, nodes: [] });
    // A partial number is not a match.
    expect((await ok(net.gatewayUrl, COUNTY, { f: { number: a1.number.slice(0, -1) } }, fx.clerkA)).countyCases.total).toBe(0);
  });

  test('a delegated case by its township intake number too', async () => {
    expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { number: intake.number } }, fx.clerkA)).countyCases)).toEqual([intake.countyCaseId]);
    expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { number: intake.countyCaseNumber } }, fx.clerkA)).countyCases)).toEqual([intake.countyCaseId]);
  });

  test('by applicant name and ID number, exactly, combined with other filters', async () => {
    expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { applicantName: '张三' } }, fx.clerkA)).countyCases)).toEqual([a1.id]);
    expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { applicantName: '张' } }, fx.clerkA)).countyCases)).toEqual([]);
    expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { applicantIdNumber: VALID_ID } }, fx.clerkA)).countyCases)).toEqual([a1.id, intake.countyCaseId].sort());
    // The check character is read either case, as the ID card prints it.
    expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { applicantIdNumber: LOWER_X_ID } }, fx.clerkA)).countyCases)).toEqual([a1.id, intake.countyCaseId].sort());
    expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { applicantIdNumber: OTHER_ID, applicantName: '李四' } }, fx.clerkA)).countyCases)).toEqual([a2.id]);
    expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { applicantIdNumber: OTHER_ID, applicantName: '张三' } }, fx.clerkA)).countyCases)).toEqual([]);
    expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { applicantIdNumber: VALID_ID, delegated: false } }, fx.clerkA)).countyCases)).toEqual([a1.id]);
    const r = (await ok(net.gatewayUrl, COUNTY, { f: { applicantName: '张三' } }, fx.clerkB)).countyCases;
    expect(r.nodes).toEqual([{ id: b1.id, number: b1.number, applicant: { name: '张三', idNumber: VALID_ID, masked: false } }]);
  });

  test('overseers search by number, never by personal data they read masked', async () => {
    for (const who of [fx.supervisor, fx.viewer, fx.adminToken]) {
      expect(ids((await ok(net.gatewayUrl, COUNTY, { f: { number: b1.number } }, who)).countyCases)).toEqual([b1.id]);
      for (const f of [{ applicantName: '张三' }, { applicantIdNumber: VALID_ID }]) {
        const r = await gql(net.gatewayUrl, COUNTY, { f }, who);
        expect(codeOf(r)).toBe('FORBIDDEN');
        expect(r.errors?.[0]?.message).toContain('申请人');
      }
    }
    expect(codeOf(await gql(net.gatewayUrl, COUNTY, { f: { number: a1.number } }))).toBe('UNAUTHENTICATED');
  });
});

describe('townshipCases', () => {
  test('by number, name and ID number inside the own township', async () => {
    expect(ids((await ok(net.gatewayUrl, TOWNSHIP, { f: { number: x1.number } }, fx.clerkX)).townshipCases)).toEqual([x1.id]);
    expect((await ok(net.gatewayUrl, TOWNSHIP, { f: { number: y1.number } }, fx.clerkX)).townshipCases.total).toBe(0);
    expect(ids((await ok(net.gatewayUrl, TOWNSHIP, { f: { applicantName: '王五' } }, fx.clerkX)).townshipCases)).toEqual([x1.id]);
    expect(ids((await ok(net.gatewayUrl, TOWNSHIP, { f: { applicantIdNumber: OTHER_ID } }, fx.clerkY)).townshipCases)).toEqual([y1.id]);
    expect(ids((await ok(net.gatewayUrl, TOWNSHIP, { f: { applicantIdNumber: VALID_ID } }, fx.clerkX)).townshipCases)).toEqual([]);
    expect(ids((await ok(net.gatewayUrl, TOWNSHIP, { f: { number: y1.number } }, fx.supervisor)).townshipCases)).toEqual([y1.id]);
    expect(codeOf(await gql(net.gatewayUrl, TOWNSHIP, { f: { applicantName: '王五' } }, fx.supervisor))).toBe('FORBIDDEN');
  });
});

describe('delegatedIntakes', () => {
  test('by the intake’s number or its county case number, name and ID number', async () => {
    for (const number of [intake.number, intake.countyCaseNumber]) {
      const r = (await ok(net.gatewayUrl, INTAKES, { f: { number } }, fx.clerkX)).delegatedIntakes;
      expect(r.nodes).toEqual([{ id: intake.id, number: intake.number, countyCaseNumber: intake.countyCaseNumber, applicant: { name: '赵六' } }]);
    }
    expect((await ok(net.gatewayUrl, INTAKES, { f: { number: intake.number } }, fx.clerkY)).delegatedIntakes.total).toBe(0);
    expect(ids((await ok(net.gatewayUrl, INTAKES, { f: { applicantName: '赵六' } }, fx.clerkX)).delegatedIntakes)).toEqual([intake.id]);
    expect(ids((await ok(net.gatewayUrl, INTAKES, { f: { applicantIdNumber: VALID_ID, stage: ['AT_COUNTY'] } }, fx.clerkX)).delegatedIntakes)).toEqual([intake.id]);
    expect(ids((await ok(net.gatewayUrl, INTAKES, { f: { applicantIdNumber: OTHER_ID } }, fx.clerkX)).delegatedIntakes)).toEqual([]);
    expect(codeOf(await gql(net.gatewayUrl, INTAKES, { f: { applicantIdNumber: VALID_ID } }, fx.viewer))).toBe('FORBIDDEN');
  });
});

describe('bad search terms are refused, on every list', () => {
  const lists: [string, string, () => string][] = [
    ['countyCases', COUNTY, () => fx.clerkA],
    ['townshipCases', TOWNSHIP, () => fx.clerkX],
    ['delegatedIntakes', INTAKES, () => fx.clerkX],
  ];
  const bad: [string, Record<string, string>, string][] = [
    ['empty number', { number: '' }, 'BAD_USER_INPUT'],
    ['blank name', { applicantName: '   ' }, 'BAD_USER_INPUT'],
    ['empty ID number', { applicantIdNumber: '' }, 'BAD_USER_INPUT'],
    ['too long number', { number: 'X'.repeat(41) }, 'TEXT_TOO_LONG'],
    ['too long name', { applicantName: '张'.repeat(101) }, 'TEXT_TOO_LONG'],
    ['too long ID number', { applicantIdNumber: '1'.repeat(19) }, 'TEXT_TOO_LONG'],
  ];
  describe.each(lists)('%s', (_, query, who) => {
    test.each(bad)('%s', async (_case, f, code) => {
      const r = await gql(net.gatewayUrl, query, { f }, who());
      expect(codeOf(r)).toBe(code);
      expect(r.errors?.[0]?.extensions?.details).toMatchObject({ field: Object.keys(f)[0] });
    });
  });
});

test('each search is backed by an index', async () => {
  const indexed = async (ds: { query: (s: string) => Promise<{ Column_name?: string; COLUMN_NAME?: string; name?: string }[]> }, table: string, isMysql: boolean) => {
    if (isMysql) return (await ds.query(`SHOW INDEX FROM ${table}`)).map((r) => r.Column_name ?? r.COLUMN_NAME);
    const list = await ds.query(`PRAGMA index_list(${table})`);
    const cols: string[] = [];
    for (const i of list) cols.push(...(await ds.query(`PRAGMA index_info("${i.name}")`)).map((c) => c.name as string));
    return cols;
  };
  const mysql = !!process.env.MYSQL_URL;
  const county = await indexed(net.county.db.dataSource, 'county_case', mysql);
  const township = await indexed(net.township.db.dataSource, 'township_case', mysql);
  const intakes = await indexed(net.township.db.dataSource, 'delegated_intake', mysql);
  expect(county).toEqual(expect.arrayContaining(['number', 'origin_intake_number', 'applicant_name', 'applicant_id_number']));
  expect(township).toEqual(expect.arrayContaining(['number', 'applicant_name', 'applicant_id_number']));
  expect(intakes).toEqual(expect.arrayContaining(['number', 'county_case_number', 'applicant_name', 'applicant_id_number']));
});
