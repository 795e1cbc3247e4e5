import type { IncomingMessage } from 'node:http';
import { QUERY_LIMITS } from '../../gateway/limits';
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import {
  buildFixture,
  applicant,
  VALID_ID,
  VALID_CREDIT_CODE,
  RECEIVE_COUNTY,
  RECEIVE_TOWNSHIP,
  ACT_COUNTY,
  type Fixture,
} from '../support/fixtures';

/**
 * Bad input through the gateway (SPEC §4.1, §4.2, §5, §6): each refusal carries a stable
 * `extensions.code` and changes nothing.
 */

let net: Network;
let fx: Fixture;
let seq = 0;
const rid = (tag: string) => `bad-input-${tag}-${String(++seq).padStart(4, '0')}`;

const UNKNOWN_UUID = '0b6a2c1e-5f3d-4e8a-9c7b-1d2e3f4a5b6c';

const SNAPSHOT = `query($id: ID!) { countyCase(id: $id) { id version status history { step } } }`;

async function snapshot(id: string) {
  const c = (await ok(net.gatewayUrl, SNAPSHOT, { id }, fx.adminToken)).countyCase;
  return { version: c.version as number, status: c.status as string, historyLength: c.history.length as number };
}

async function countyCaseTotal(): Promise<number> {
  return (await ok(net.gatewayUrl, `{ countyCases(limit: 1) { total } }`, {}, fx.adminToken)).countyCases.total;
}

async function townshipCaseTotal(): Promise<number> {
  return (await ok(net.gatewayUrl, `{ townshipCases(limit: 1) { total } }`, {}, fx.adminToken)).townshipCases.total;
}

async function countyItemCount(): Promise<number> {
  return (await ok(net.gatewayUrl, `{ countyItems(filter: { includeInactive: true }) { id } }`)).countyItems.length;
}

async function receive(extra: Record<string, unknown> = {}, token = fx.clerkA) {
  const i = { requestId: rid('recv'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'], ...extra };
  return (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i }, token)).receiveCountyCase as { id: string; number: string; queryCode: string; version: number; status: string };
}

async function act(c: { id: string; version: number }, action: string, extra: Record<string, unknown> = {}) {
  return (await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action, ...extra } }, fx.clerkA)).actOnCountyCase as {
    id: string;
    version: number;
    status: string;
  };
}

/** Counts HTTP requests reaching each subgraph, to prove the gateway refused a query on its own. */
const hits = { county: 0, township: 0 };

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
  net.county.http.on('request', (req: IncomingMessage) => {
    if (req.url?.startsWith('/graphql')) hits.county += 1;
  });
  net.township.http.on('request', (req: IncomingMessage) => {
    if (req.url?.startsWith('/graphql')) hits.township += 1;
  });
});
afterAll(async () => net?.stop());

describe('malformed identifiers', () => {
  test('countyCase with a malformed id', async () => {
    const r = await gql(net.gatewayUrl, `{ countyCase(id: "not-a-uuid") { id } }`, {}, fx.adminToken);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.data?.countyCase ?? null).toBeNull();
  });

  test('countyItem with a malformed id (public)', async () => {
    const r = await gql(net.gatewayUrl, `{ countyItem(id: "x") { id } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.data?.countyItem ?? null).toBeNull();
  });

  test('townshipCase with a malformed id', async () => {
    const r = await gql(net.gatewayUrl, `{ townshipCase(id: "1; DROP TABLE township_case") { id } }`, {}, fx.adminToken);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  // SPEC §5: a malformed ID is bad input with a stable code, on every query that takes one — not a
  // silent null that a client cannot tell from "no such record".
  test.each([
    ['department', `{ department(id: "x") { id } }`],
    ['township', `{ township(id: "x") { id } }`],
    ['townshipItem', `{ townshipItem(id: "x") { id } }`],
  ])('%s with a malformed id (public)', async (_name, query) => {
    const r = await gql(net.gatewayUrl, query);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  test('case list filters with malformed ids', async () => {
    for (const [query, key] of [
      [`{ countyCases(filter: { departmentId: "x" }) { total } }`, 'countyCases'],
      [`{ countyCases(filter: { itemId: "x" }) { total } }`, 'countyCases'],
      [`{ townshipCases(filter: { townshipId: "x" }) { total } }`, 'townshipCases'],
      [`{ countyItems(filter: { departmentId: "x" }) { id } }`, 'countyItems'],
      [`{ townshipItems(townshipId: "x") { id } }`, 'townshipItems'],
    ] as const) {
      const r = await gql(net.gatewayUrl, query, {}, fx.adminToken);
      expect({ query, code: codeOf(r) }).toEqual({ query, code: 'BAD_USER_INPUT' });
      expect(r.data?.[key] ?? null).toBeNull();
    }
  });

  test('page sizes out of range', async () => {
    for (const [query, key] of [
      [`{ countyCases(limit: 0) { total } }`, 'countyCases'],
      [`{ countyCases(limit: 100000) { total } }`, 'countyCases'],
      [`{ countyCases(offset: -1) { total } }`, 'countyCases'],
      [`{ townshipCases(limit: 100000) { total } }`, 'townshipCases'],
      [`{ townshipItems(limit: 100000) { id } }`, 'townshipItems'],
    ] as const) {
      const r = await gql(net.gatewayUrl, query, {}, fx.adminToken);
      expect({ query, code: codeOf(r) }).toEqual({ query, code: 'BAD_USER_INPUT' });
      expect(r.data?.[key] ?? null).toBeNull();
    }
  });

  test('acting on a malformed or unknown case id', async () => {
    const malformed = await gql(net.gatewayUrl, ACT_COUNTY, { i: { id: 'nope', version: 1, action: 'ACCEPT' } }, fx.clerkA);
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    const unknown = await gql(net.gatewayUrl, ACT_COUNTY, { i: { id: UNKNOWN_UUID, version: 1, action: 'ACCEPT' } }, fx.clerkA);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });
});

describe('receiving a case', () => {
  test('an unknown item → NOT_FOUND, nothing created', async () => {
    const total = await countyCaseTotal();
    const r = await gql(
      net.gatewayUrl,
      RECEIVE_COUNTY,
      { i: { requestId: rid('unknown-item'), itemId: UNKNOWN_UUID, applicant: applicant(), submittedMaterials: ['申请书'] } },
      fx.clerkA,
    );
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.data?.receiveCountyCase ?? null).toBeNull();
    const malformed = await gql(
      net.gatewayUrl,
      RECEIVE_COUNTY,
      { i: { requestId: rid('bad-item'), itemId: 'x', applicant: applicant(), submittedMaterials: ['申请书'] } },
      fx.clerkA,
    );
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(await countyCaseTotal()).toBe(total);

    const tTotal = await townshipCaseTotal();
    const t = await gql(
      net.gatewayUrl,
      RECEIVE_TOWNSHIP,
      { i: { requestId: rid('unknown-titem'), itemId: UNKNOWN_UUID, applicant: applicant(), submittedMaterials: [] } },
      fx.clerkX,
    );
    expect(codeOf(t)).toBe('NOT_FOUND');
    expect(await townshipCaseTotal()).toBe(tTotal);
  });

  const wrongCheckDigit = VALID_ID.slice(0, 17) + (VALID_ID[17] === '1' ? '2' : '1');
  const wrongCreditCheck = VALID_CREDIT_CODE.slice(0, 17) + (VALID_CREDIT_CODE[17] === '4' ? '5' : '4');

  test.each([
    ['an ID number with a wrong check digit', { applicant: { ...applicant(), idNumber: wrongCheckDigit } }, 'INVALID_ID_NUMBER'],
    ['an ID number of 17 characters', { applicant: { ...applicant(), idNumber: VALID_ID.slice(0, 17) } }, 'INVALID_ID_NUMBER'],
    ['a credit code with a wrong check character', { applicant: { name: '临江县某某有限公司', idType: 'CREDIT_CODE', idNumber: wrongCreditCheck, phone: null } }, 'INVALID_CREDIT_CODE'],
    ['a credit code given as a resident ID', { applicant: { ...applicant(), idNumber: VALID_CREDIT_CODE } }, 'INVALID_ID_NUMBER'],
    ['a phone of 10 digits', { applicant: { ...applicant(), phone: '1381234567' } }, 'BAD_USER_INPUT'],
    ['a landline as mobile phone', { applicant: { ...applicant(), phone: '0839-5123401' } }, 'BAD_USER_INPUT'],
    ['an empty applicant name', { applicant: { ...applicant(), name: '   ' } }, 'BAD_USER_INPUT'],
    ['a material the item does not require', { submittedMaterials: ['申请书', '营业执照'] }, 'BAD_USER_INPUT'],
    ['a 501-character note', { note: '注'.repeat(501) }, 'TEXT_TOO_LONG'],
    ['a too short requestId', { requestId: 'abc' }, 'BAD_USER_INPUT'],
  ])('%s is refused and creates nothing', async (_what, extra, code) => {
    const total = await countyCaseTotal();
    const i = { requestId: rid('invalid'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书'], ...extra };
    const r = await gql(net.gatewayUrl, RECEIVE_COUNTY, { i }, fx.clerkA);
    expect(codeOf(r)).toBe(code);
    expect(r.data?.receiveCountyCase ?? null).toBeNull();
    expect(await countyCaseTotal()).toBe(total);
  });

  test('a valid credit code and a 500-character note are accepted', async () => {
    const total = await countyCaseTotal();
    const c = await receive({
      applicant: { name: '临江县某某有限公司', idType: 'CREDIT_CODE', idNumber: VALID_CREDIT_CODE, phone: null },
      note: '注'.repeat(500),
    });
    expect(c.status).toBe('RECEIVED');
    expect(await countyCaseTotal()).toBe(total + 1);
  });

  test('township receive validates the same way', async () => {
    const total = await townshipCaseTotal();
    const r = await gql(
      net.gatewayUrl,
      RECEIVE_TOWNSHIP,
      { i: { requestId: rid('t-invalid'), itemId: fx.tItemX.id, applicant: { ...applicant(), idNumber: wrongCheckDigit }, submittedMaterials: [] } },
      fx.clerkX,
    );
    expect(codeOf(r)).toBe('INVALID_ID_NUMBER');
    const long = await gql(
      net.gatewayUrl,
      RECEIVE_TOWNSHIP,
      { i: { requestId: rid('t-long'), itemId: fx.tItemX.id, applicant: applicant(), submittedMaterials: [], note: 'x'.repeat(501) } },
      fx.clerkX,
    );
    expect(codeOf(long)).toBe('TEXT_TOO_LONG');
    expect(await townshipCaseTotal()).toBe(total);
  });
});

describe('illegal transitions and missing action input change nothing', () => {
  const refused = async (c: { id: string }, i: Record<string, unknown>, code: string) => {
    const before = await snapshot(c.id);
    const r = await gql(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: before.version, ...i } }, fx.clerkA);
    expect(codeOf(r)).toBe(code);
    expect(r.data?.actOnCountyCase ?? null).toBeNull();
    expect(await snapshot(c.id)).toEqual(before);
  };

  test('approve a RECEIVED case → ILLEGAL_TRANSITION', async () => {
    const c = await receive();
    await refused(c, { action: 'APPROVE', resultDocumentNumber: '临市监许〔2026〕1号' }, 'ILLEGAL_TRANSITION');
    await refused(c, { action: 'DELIVER', deliveryMethod: 'IN_PERSON' }, 'ILLEGAL_TRANSITION');
    await refused(c, { action: 'RESUME' }, 'ILLEGAL_TRANSITION');
    expect((await snapshot(c.id)).status).toBe('RECEIVED');
  });

  test('notAccept without a reason → REASON_REQUIRED', async () => {
    const c = await receive();
    await refused(c, { action: 'NOT_ACCEPT' }, 'REASON_REQUIRED');
    await refused(c, { action: 'NOT_ACCEPT', reason: '   ' }, 'REASON_REQUIRED');
  });

  test('reject without a reason → REASON_REQUIRED', async () => {
    const c = await act(await receive(), 'ACCEPT');
    await refused(c, { action: 'REJECT' }, 'REASON_REQUIRED');
  });

  test('requestSupplement with an empty list → MATERIALS_REQUIRED', async () => {
    const c = await receive();
    await refused(c, { action: 'REQUEST_SUPPLEMENT', missingMaterials: [] }, 'MATERIALS_REQUIRED');
    await refused(c, { action: 'REQUEST_SUPPLEMENT' }, 'MATERIALS_REQUIRED');
    await refused(c, { action: 'REQUEST_SUPPLEMENT', missingMaterials: ['申请书', ' '] }, 'MATERIALS_REQUIRED');
  });

  test('approve without a result document number → BAD_USER_INPUT', async () => {
    const c = await act(await receive(), 'ACCEPT');
    await refused(c, { action: 'APPROVE' }, 'BAD_USER_INPUT');
    await refused(c, { action: 'APPROVE', resultDocumentNumber: '  ' }, 'BAD_USER_INPUT');
    expect((await snapshot(c.id)).status).toBe('ACCEPTED');
  });

  test('deliver by EXPRESS without a tracking number → BAD_USER_INPUT', async () => {
    const accepted = await act(await receive(), 'ACCEPT');
    const approved = await act(accepted, 'APPROVE', { resultDocumentNumber: '临市监许〔2026〕2号' });
    expect(approved.status).toBe('APPROVED');
    await refused(approved, { action: 'DELIVER', deliveryMethod: 'EXPRESS' }, 'BAD_USER_INPUT');
    await refused(approved, { action: 'DELIVER', deliveryMethod: 'EXPRESS', trackingNumber: ' ' }, 'BAD_USER_INPUT');
    await refused(approved, { action: 'DELIVER' }, 'BAD_USER_INPUT');
  });

  test('oversize text in an action → TEXT_TOO_LONG', async () => {
    const c = await receive();
    await refused(c, { action: 'NOT_ACCEPT', reason: '因'.repeat(501) }, 'TEXT_TOO_LONG');
    await refused(c, { action: 'ACCEPT', note: 'n'.repeat(501) }, 'TEXT_TOO_LONG');
  });

  test('a terminal case accepts nothing', async () => {
    const c = await act(await receive(), 'NOT_ACCEPT', { reason: '不属于本部门职责' });
    expect(c.status).toBe('NOT_ACCEPTED');
    await refused(c, { action: 'ACCEPT' }, 'ILLEGAL_TRANSITION');
    await refused(c, { action: 'WITHDRAW' }, 'ILLEGAL_TRANSITION');
  });
});

describe('optimistic locking', () => {
  test('a stale version → VERSION_CONFLICT, nothing changed', async () => {
    const c = await receive();
    const accepted = await act(c, 'ACCEPT');
    const before = await snapshot(c.id);
    expect(before.version).toBe(accepted.version);
    const r = await gql(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'START' } }, fx.clerkA);
    expect(codeOf(r)).toBe('VERSION_CONFLICT');
    const future = await gql(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: accepted.version + 5, action: 'START' } }, fx.clerkA);
    expect(codeOf(future)).toBe('VERSION_CONFLICT');
    expect(await snapshot(c.id)).toEqual(before);
  });

  test('two concurrent ACCEPTs with the same version: exactly one wins', async () => {
    const c = await receive();
    const clerkA2 = await net.token({ role: 'COUNTY_CLERK', departmentId: fx.deptA.id, userId: 'clerk-a2', name: '周窗口' });
    const results = await Promise.all(
      [fx.clerkA, clerkA2].map((token) => gql(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, token)),
    );
    const winners = results.filter((r) => !r.errors && r.data?.actOnCountyCase);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(codeOf(losers[0])).toBe('VERSION_CONFLICT');
    expect(winners[0].data!.actOnCountyCase).toMatchObject({ status: 'ACCEPTED', version: c.version + 1 });

    const after = (await ok(net.gatewayUrl, SNAPSHOT, { id: c.id }, fx.adminToken)).countyCase;
    expect(after.status).toBe('ACCEPTED');
    expect(after.version).toBe(c.version + 1);
    expect(after.history.map((h: { step: string }) => h.step)).toEqual(['receive', 'accept']);
  });
});

describe('requestId idempotency', () => {
  test('the same receive twice returns the same case and creates one', async () => {
    const total = await countyCaseTotal();
    const i = { requestId: rid('idem'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书'] };
    const first = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i }, fx.clerkA)).receiveCountyCase;
    const second = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i }, fx.clerkA)).receiveCountyCase;
    expect(second.id).toBe(first.id);
    expect(second.number).toBe(first.number);
    expect(second.queryCode).toBe(first.queryCode);
    expect(await countyCaseTotal()).toBe(total + 1);
    expect((await snapshot(first.id)).historyLength).toBe(1);
  });

  test('a repeat racing the original still creates one case', async () => {
    const total = await countyCaseTotal();
    const i = { requestId: rid('idem-race'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书'] };
    const results = await Promise.all([1, 2, 3].map(() => gql(net.gatewayUrl, RECEIVE_COUNTY, { i }, fx.clerkA)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data!.receiveCountyCase.id));
    expect(ids.size).toBe(1);
    expect(await countyCaseTotal()).toBe(total + 1);
  });

  test('the same requestId used by another clerk → DUPLICATE', async () => {
    const requestId = rid('idem-dup');
    const first = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId, itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: [] } }, fx.clerkA)).receiveCountyCase;
    const total = await countyCaseTotal();
    const clerkA2 = await net.token({ role: 'COUNTY_CLERK', departmentId: fx.deptA.id, userId: 'clerk-a2', name: '周窗口' });
    const sameDept = await gql(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId, itemId: fx.itemA.id, applicant: applicant('王五'), submittedMaterials: [] } }, clerkA2);
    expect(codeOf(sameDept)).toBe('DUPLICATE');
    expect(JSON.stringify(sameDept)).not.toContain(first.number);
    const otherDept = await gql(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId, itemId: fx.itemB.id, applicant: applicant('王五'), submittedMaterials: [] } }, fx.clerkB);
    expect(codeOf(otherDept)).toBe('DUPLICATE');
    expect(await countyCaseTotal()).toBe(total);
    expect(await snapshot(first.id)).toEqual({ version: 1, status: 'RECEIVED', historyLength: 1 });
  });
});

describe('item rules', () => {
  const CREATE = `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id code warnings } warnings } }`;
  const input = (code: string, extra: Record<string, unknown>) => ({
    code,
    name: `规则事项${code}`,
    departmentId: fx.deptA.id,
    kind: 'PROMISED',
    legalDays: 20,
    promisedDays: 5,
    materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }],
    legalBasis: '《中华人民共和国行政许可法》',
    delegable: false,
    ...extra,
  });

  test.each([
    ['promised days above legal days', { promisedDays: 21 }, 'INVALID_DEADLINE'],
    ['an immediate item with 2 promised days', { kind: 'IMMEDIATE', legalDays: 5, promisedDays: 2 }, 'INVALID_DEADLINE'],
    ['a negative fee', { fee: { amountFen: -100, basis: '《行政事业性收费标准》' } }, 'BAD_USER_INPUT'],
    ['a fee without legal basis', { fee: { amountFen: 1000, basis: ' ' } }, 'BAD_USER_INPUT'],
    ['negative legal days', { legalDays: -1, promisedDays: 0 }, 'BAD_USER_INPUT'],
    ['no materials', { materials: [] }, 'BAD_USER_INPUT'],
    ['an unknown department', { departmentId: UNKNOWN_UUID }, 'NOT_FOUND'],
  ])('%s is refused and creates nothing', async (what, extra, code) => {
    const before = await countyItemCount();
    const r = await gql(net.gatewayUrl, CREATE, { i: input(`RULE-${what.length}-${code.length}`, extra) }, fx.adminToken);
    expect(codeOf(r)).toBe(code);
    expect(r.data?.createCountyItem ?? null).toBeNull();
    expect(await countyItemCount()).toBe(before);
  });

  test('promised 15 of 20 legal days is saved with a 50% warning', async () => {
    const before = await countyItemCount();
    const r = await ok(net.gatewayUrl, CREATE, { i: input('RULE-WARN', { promisedDays: 15 }) }, fx.adminToken);
    expect(r.createCountyItem.item.code).toBe('RULE-WARN');
    expect(r.createCountyItem.warnings).toHaveLength(1);
    expect(r.createCountyItem.warnings[0]).toContain('50%');
    expect(r.createCountyItem.item.warnings).toEqual(r.createCountyItem.warnings);
    expect(await countyItemCount()).toBe(before + 1);
  });

  test('promised 10 of 20 legal days is saved without warning', async () => {
    const r = await ok(net.gatewayUrl, CREATE, { i: input('RULE-OK', { promisedDays: 10 }) }, fx.adminToken);
    expect(r.createCountyItem.warnings).toEqual([]);
  });

  test('a township item with promised days above legal days is refused', async () => {
    const before = (await ok(net.gatewayUrl, `{ townshipItems(limit: 500) { id } }`)).townshipItems.length;
    const r = await gql(
      net.gatewayUrl,
      `mutation($t: ID!, $i: TownshipItemInput!) { createTownshipItem(townshipId: $t, input: $i) { item { id } } }`,
      {
        t: fx.townshipX.id,
        i: {
          code: 'T-RULE', name: '乡镇规则事项', kind: 'PROMISED', legalDays: 5, promisedDays: 6,
          materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '依据', supervisingDepartmentId: fx.deptA.id,
        },
      },
      fx.adminToken,
    );
    expect(codeOf(r)).toBe('INVALID_DEADLINE');
    expect((await ok(net.gatewayUrl, `{ townshipItems(limit: 500) { id } }`)).townshipItems.length).toBe(before);
  });
});

describe('query limits at the gateway', () => {
  /**
   * Nests townships → items → township → items … so that the selection is exactly `depth` fields
   * deep as graphql-armor counts it (`{ townships { name } }` is depth 2).
   */
  function deepQuery(depth: number): string {
    let body = 'name';
    for (let level = depth - 1; level > 1; level -= 1) body = level % 2 === 0 ? `items { ${body} }` : `township { ${body} }`;
    return `{ townships { ${body} } }`;
  }

  test('a query within the depth limit is answered', async () => {
    hits.county = 0;
    hits.township = 0;
    const r = await gql(net.gatewayUrl, deepQuery(QUERY_LIMITS.maxDepth!.n!));
    expect(r.errors).toBeUndefined();
    expect(r.data!.townships.length).toBeGreaterThan(0);
    // The request counter sees the subgraph call this query needs.
    expect(hits.township).toBeGreaterThan(0);
  });

  test('a query deeper than the limit is refused before any subgraph is called', async () => {
    const limit = QUERY_LIMITS.maxDepth!.n!;
    hits.county = 0;
    hits.township = 0;
    net.county.db.sql.reset();
    net.township.db.sql.reset();
    const r = await gql(net.gatewayUrl, deepQuery(limit + 1), {}, fx.adminToken);
    expect(r.data ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    // graphql-armor's Apollo integration reports the refusal as a validation error (ctx.reportError);
    // Apollo Server gives every validation error the code GRAPHQL_VALIDATION_FAILED, HTTP 400.
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(/depth/i);
    expect(hits).toEqual({ county: 0, township: 0 });
    expect(net.county.db.sql.reset()).toBe(0);
    expect(net.township.db.sql.reset()).toBe(0);
  });

  test('too many aliases are refused before any subgraph is called', async () => {
    const n = QUERY_LIMITS.maxAliases!.n! + 1;
    hits.county = 0;
    hits.township = 0;
    const fields = Array.from({ length: n }, (_, i) => `a${i}: departments { id }`).join(' ');
    const r = await gql(net.gatewayUrl, `{ ${fields} }`);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(/alias/i);
    expect(hits).toEqual({ county: 0, township: 0 });
  });
});

describe('public tracking input', () => {
  let tracked: { number: string; queryCode: string };
  beforeAll(async () => {
    tracked = await receive();
  });

  test.each([
    ['a malformed number', 'not-a-number', () => tracked.queryCode],
    ['an impossible date in the number', 'SCJG-20261332-0001', () => tracked.queryCode],
    ['a malformed query code', () => tracked.number, '12'],
  ])('%s → BAD_USER_INPUT', async (_what, n, q) => {
    const number = typeof n === 'function' ? n() : n;
    const queryCode = typeof q === 'function' ? q() : q;
    const r = await gql(
      net.gatewayUrl,
      `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) { number county { number } township { number } } }`,
      { n: number, q: queryCode },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.data?.trackCase ?? null).toBeNull();
  });

  test('a wrong query code finds nothing on either tier', async () => {
    const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
    const first = tracked.queryCode[0];
    const wrong = alphabet[(alphabet.indexOf(first) + 1) % alphabet.length] + tracked.queryCode.slice(1);
    const r = await gql(
      net.gatewayUrl,
      `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) { number county { number status itemName } township { number status } } }`,
      { n: tracked.number, q: wrong },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.trackCase.county).toBeNull();
    expect(r.data!.trackCase.township).toBeNull();
    expect(JSON.stringify(r)).not.toContain('事项SCJG-001');

    // The right code does find it, also typed in lower case.
    const right = await ok(
      net.gatewayUrl,
      `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) { county { number } township { number } } }`,
      { n: tracked.number, q: tracked.queryCode.toLowerCase() },
    );
    expect(right.trackCase.county).toEqual({ number: tracked.number });
    expect(right.trackCase.township).toBeNull();
  });
});
