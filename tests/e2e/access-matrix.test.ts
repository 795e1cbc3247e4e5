import { SignJWT } from 'jose';
import { startNetwork, gql, ok, codeOf, type Network, type GqlResult } from '../support/network';
import { buildFixture, applicant, VALID_ID, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, type Fixture } from '../support/fixtures';

/**
 * Who reads what (SPEC §5), as a matrix: every role × every root field and entity type × its own
 * or another unit, through the gateway and directly on each subgraph (as anyone could where
 * GATEWAY_SECRET is unset). Each cell asserts on the data: the record itself, masked or not, or
 * no data and no personal data at all.
 */

let net: Network;
let fx: Fixture;
const ids: Record<'countyA' | 'countyB' | 'countyOfIntake' | 'townshipX' | 'townshipY' | 'intakeX', string> = {} as never;
let tokens: Record<Who, string | undefined>;

const WHO = ['public', 'admin', 'supervisor', 'viewer', 'clerkA', 'clerkB', 'clerkX', 'clerkY', 'emptyDepartment', 'emptyTownship'] as const;
type Who = (typeof WHO)[number];
/** OWN: the record with the applicant's data; MASKED: the record, personal data masked; or the error code, with no data. */
type Outcome = 'OWN' | 'MASKED' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** A validly signed token whose unit claim is empty: it must open nothing. */
async function emptyClaimToken(role: string, claim: string, secret: string): Promise<string> {
  return new SignJWT({ role, name: '空单位', [claim]: '' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('empty-unit')
    .setIssuer('liandong')
    .setAudience('liandong')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now()); // the township copies the delegable catalog
  const county = async (requestId: string, itemId: string, token: string) =>
    (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId, itemId, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, token)).receiveCountyCase.id;
  const township = async (requestId: string, itemId: string, token: string) =>
    (await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId, itemId, applicant: applicant('李四'), submittedMaterials: ['申请书', '申请人身份证明'] } }, token)).receiveTownshipCase.id;
  ids.countyA = await county('matrix-county-a', fx.itemA.id, fx.clerkA);
  ids.countyB = await county('matrix-county-b', fx.itemB.id, fx.clerkB);
  ids.townshipX = await township('matrix-township-x', fx.tItemX.id, fx.clerkX);
  ids.townshipY = await township('matrix-township-y', fx.tItemY.id, fx.clerkY);
  const intake = await ok(
    net.gatewayUrl,
    `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`,
    { i: { requestId: 'matrix-intake-x', countyItemId: fx.delegable.id, applicant: applicant('王五'), submittedMaterials: ['申请书', '申请人身份证明'] } },
    fx.clerkX,
  );
  ids.intakeX = intake.acceptDelegatedIntake.id;
  await net.township.forwarder.drain();
  ids.countyOfIntake = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { countyCase { id } } }`, { id: ids.intakeX }, fx.adminToken)).delegatedIntake.countyCase.id;
  tokens = {
    public: undefined,
    admin: fx.adminToken,
    supervisor: fx.supervisor,
    viewer: fx.viewer,
    clerkA: fx.clerkA,
    clerkB: fx.clerkB,
    clerkX: fx.clerkX,
    clerkY: fx.clerkY,
    emptyDepartment: await emptyClaimToken('COUNTY_CLERK', 'departmentId', net.config.JWT_SECRET),
    emptyTownship: await emptyClaimToken('TOWNSHIP_CLERK', 'townshipId', net.config.JWT_SECRET),
  };
});
afterAll(async () => net?.stop());

/** What one answer gave: the record (with its personal data or masked) or the error, never both. */
function outcomeOf(r: GqlResult, record: { id: string; applicant: { idNumber: string } } | null | undefined, id: string): Outcome | string {
  if (record) {
    expect(record.id).toBe(id);
    return record.applicant.idNumber === VALID_ID ? 'OWN' : record.applicant.idNumber.includes('*') ? 'MASKED' : `unmasked as ${record.applicant.idNumber}`;
  }
  expect(JSON.stringify(r)).not.toContain(VALID_ID);
  return codeOf(r) ?? 'no data and no error';
}

const READ = { countyCase: 'countyCase', townshipCase: 'townshipCase', delegatedIntake: 'delegatedIntake' } as const;
const TYPE = { countyCase: 'CountyCase', townshipCase: 'TownshipCase', delegatedIntake: 'DelegatedIntake' } as const;
type Kind = keyof typeof READ;

async function viaRoot(url: string, kind: Kind, id: string, who: Who) {
  const r = await gql(url, `query($id: ID!) { ${READ[kind]}(id: $id) { id applicant { idNumber } } }`, { id }, tokens[who]);
  return outcomeOf(r, r.data?.[READ[kind]], id);
}

async function viaEntities(url: string, kind: Kind, id: string, who: Who) {
  const r = await gql(url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${TYPE[kind]} { id applicant { idNumber } } } }`, { r: [{ __typename: TYPE[kind], id }] }, tokens[who]);
  return outcomeOf(r, r.data?._entities?.[0], id);
}

const unauthenticated = { public: 'UNAUTHENTICATED', emptyDepartment: 'UNAUTHENTICATED', emptyTownship: 'UNAUTHENTICATED' } as const;
const overseers = { admin: 'MASKED', supervisor: 'MASKED', viewer: 'MASKED' } as const;
const noClerks = { clerkA: 'FORBIDDEN', clerkB: 'FORBIDDEN', clerkX: 'FORBIDDEN', clerkY: 'FORBIDDEN' } as const;

/** The expected outcome of every role for each record, the same by root field and by `_entities`, unless stated. */
const MATRIX: { record: keyof typeof ids; kind: Kind; owner: 'county' | 'township'; root: Record<Who, Outcome>; entity?: Partial<Record<Who, Outcome>> }[] = [
  { record: 'countyA', kind: 'countyCase', owner: 'county', root: { ...unauthenticated, ...overseers, ...noClerks, clerkA: 'OWN' } },
  { record: 'countyB', kind: 'countyCase', owner: 'county', root: { ...unauthenticated, ...overseers, ...noClerks, clerkB: 'OWN' } },
  // A township clerk follows the county case of their own township's intake, without the applicant's data.
  { record: 'countyOfIntake', kind: 'countyCase', owner: 'county', root: { ...unauthenticated, ...overseers, ...noClerks, clerkA: 'OWN', clerkX: 'MASKED' } },
  { record: 'townshipX', kind: 'townshipCase', owner: 'township', root: { ...unauthenticated, ...overseers, ...noClerks, clerkX: 'OWN' } },
  { record: 'townshipY', kind: 'townshipCase', owner: 'township', root: { ...unauthenticated, ...overseers, ...noClerks, clerkY: 'OWN' } },
  // A county clerk reaches an intake only by reference, as the origin of their own department's case.
  { record: 'intakeX', kind: 'delegatedIntake', owner: 'township', root: { ...unauthenticated, ...overseers, ...noClerks, clerkX: 'OWN' }, entity: { clerkA: 'MASKED' } },
];

const subgraphUrl = (owner: 'county' | 'township') => (owner === 'county' ? net.countyUrl : net.townshipUrl);

describe.each(MATRIX)('$record ($kind)', ({ record, kind, owner, root, entity }) => {
  test.each(WHO)('%s by the root field, through the gateway and directly on the subgraph', async (who) => {
    const id = ids[record];
    expect([who, await viaRoot(net.gatewayUrl, kind, id, who)]).toEqual([who, root[who]]);
    expect([who, await viaRoot(subgraphUrl(owner), kind, id, who)]).toEqual([who, root[who]]);
  });

  test.each(WHO)('%s by _entities directly on the subgraph', async (who) => {
    expect([who, await viaEntities(subgraphUrl(owner), kind, ids[record], who)]).toEqual([who, entity?.[who] ?? root[who]]);
  });
});

describe('a clerk token naming a unit that does not exist', () => {
  const NOWHERE = '99999999-9999-4999-8999-999999999999';

  test('is refused by the subgraph that owns that kind of unit, directly and through the gateway', async () => {
    const department = await net.token({ role: 'COUNTY_CLERK', departmentId: NOWHERE });
    const township = await net.token({ role: 'TOWNSHIP_CLERK', townshipId: NOWHERE });
    for (const [url, query, token] of [
      [net.countyUrl, '{ countyCases { total } }', department],
      [net.gatewayUrl, '{ countyCases { total } }', department],
      [net.townshipUrl, '{ townshipCases { total } }', township],
      [net.gatewayUrl, '{ townshipCases { total } }', township],
    ]) {
      const r = await gql(url, query, {}, token);
      expect([url, codeOf(r), r.data?.countyCases ?? r.data?.townshipCases ?? null]).toEqual([url, 'UNAUTHENTICATED', null]);
    }
    // The real units keep working.
    expect((await ok(net.countyUrl, '{ countyCases { total } }', {}, fx.clerkA)).countyCases.total).toBeGreaterThan(0);
  });
});

describe('lists hold only what the caller may read', () => {
  const LISTS = {
    countyCases: `{ countyCases(limit: 50) { nodes { id } } }`,
    townshipCases: `{ townshipCases(limit: 50) { nodes { id } } }`,
    delegatedIntakes: `{ delegatedIntakes(limit: 50) { nodes { id } } }`,
  } as const;
  const all = () => ({
    countyCases: [ids.countyA, ids.countyB, ids.countyOfIntake],
    townshipCases: [ids.townshipX, ids.townshipY],
    delegatedIntakes: [ids.intakeX],
  });
  const expected = (who: Who): Record<keyof typeof LISTS, string[] | string> => {
    const a = all();
    if (who === 'public' || who === 'emptyDepartment' || who === 'emptyTownship') return { countyCases: 'UNAUTHENTICATED', townshipCases: 'UNAUTHENTICATED', delegatedIntakes: 'UNAUTHENTICATED' };
    if (who === 'admin' || who === 'supervisor' || who === 'viewer') return a;
    if (who === 'clerkA') return { countyCases: [ids.countyA, ids.countyOfIntake], townshipCases: 'FORBIDDEN', delegatedIntakes: 'FORBIDDEN' };
    if (who === 'clerkB') return { countyCases: [ids.countyB], townshipCases: 'FORBIDDEN', delegatedIntakes: 'FORBIDDEN' };
    if (who === 'clerkX') return { countyCases: 'FORBIDDEN', townshipCases: [ids.townshipX], delegatedIntakes: [ids.intakeX] };
    return { countyCases: 'FORBIDDEN', townshipCases: [ids.townshipY], delegatedIntakes: [] };
  };

  test.each(WHO)('%s, through the gateway and directly on the owning subgraph', async (who) => {
    for (const [list, query] of Object.entries(LISTS) as [keyof typeof LISTS, string][]) {
      for (const url of [net.gatewayUrl, list === 'countyCases' ? net.countyUrl : net.townshipUrl]) {
        const r = await gql(url, query, {}, tokens[who]);
        const got = r.data?.[list] ? r.data[list].nodes.map((n: { id: string }) => n.id).sort() : codeOf(r);
        const want = expected(who)[list];
        expect([who, list, got]).toEqual([who, list, Array.isArray(want) ? [...want].sort() : want]);
      }
    }
  });
});

describe('public catalog entities answer everyone alike', () => {
  const CATALOG = [
    { owner: 'county', type: 'Department', id: () => fx.deptA.id },
    { owner: 'county', type: 'CountyItem', id: () => fx.itemA.id },
    { owner: 'township', type: 'Township', id: () => fx.townshipX.id },
    { owner: 'township', type: 'TownshipItem', id: () => fx.tItemX.id },
  ] as const;

  test.each(CATALOG)('$type on the $owner subgraph', async ({ owner, type, id }) => {
    for (const who of WHO) {
      const r = await gql(subgraphUrl(owner), `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { id name } } }`, { r: [{ __typename: type, id: id() }] }, tokens[who]);
      // A token with an empty unit claim is refused outright, even for public data.
      if (who === 'emptyDepartment' || who === 'emptyTownship') expect([who, codeOf(r)]).toEqual([who, 'UNAUTHENTICATED']);
      else expect([who, r.data?._entities?.[0]?.id]).toEqual([who, id()]);
    }
  });
});

describe('TrackedCase by _entities answers by number and code alone', () => {
  test.each(['county', 'township'] as const)('on the %s subgraph: the right code gives the part, a wrong one nothing, for every role', async (owner) => {
    const { number, queryCode } = (
      await ok(net.gatewayUrl, `query($id: ID!) { ${owner}Case(id: $id) { number queryCode } }`, { id: owner === 'county' ? ids.countyA : ids.townshipX }, owner === 'county' ? fx.clerkA : fx.clerkX)
    )[`${owner}Case`];
    const part = async (code: string, who: Who) => {
      const r = await gql(subgraphUrl(owner), `query($r: [_Any!]!) { _entities(representations: $r) { ... on TrackedCase { ${owner} { number } } } }`, { r: [{ __typename: 'TrackedCase', number, queryCode: code }] }, tokens[who]);
      return r.data?._entities?.[0]?.[owner]?.number ?? codeOf(r) ?? null;
    };
    const wrong = queryCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    for (const who of WHO) {
      const refused = who === 'emptyDepartment' || who === 'emptyTownship';
      expect([who, await part(queryCode, who)]).toEqual([who, refused ? 'UNAUTHENTICATED' : number]);
      expect([who, await part(wrong, who)]).toEqual([who, refused ? 'UNAUTHENTICATED' : null]);
    }
  });
});

describe('a township case by _entities on the county (its supervision record)', () => {
  test('only overseers and the township\'s own clerks see the record; the reason is masked for the overseers', async () => {
    const REASON = '申请人13812345678反映办理超期';
    const record = (
      await ok(
        net.gatewayUrl,
        `mutation($i: OpenSupervisionInput!) { openSupervisionRecord(input: $i) { id } }`,
        { i: { requestId: 'matrix-supervision-y', caseTier: 'TOWNSHIP', caseId: ids.townshipY, reason: REASON } },
        fx.supervisor,
      )
    ).openSupervisionRecord.id;
    const expected: Record<Who, string | null> = {
      public: null,
      viewer: null,
      admin: '申请人138****5678反映办理超期',
      supervisor: '申请人138****5678反映办理超期',
      clerkA: null,
      clerkB: null,
      clerkX: null,
      clerkY: REASON,
      emptyDepartment: 'UNAUTHENTICATED',
      emptyTownship: 'UNAUTHENTICATED',
    };
    for (const who of WHO) {
      const r = await gql(net.countyUrl, `query($r: [_Any!]!) { _entities(representations: $r) { ... on TownshipCase { id supervision { id reason } } } }`, { r: [{ __typename: 'TownshipCase', id: ids.townshipY }] }, tokens[who]);
      const got = r.data?._entities?.[0] ? (r.data._entities[0].supervision?.reason ?? null) : (codeOf(r) ?? 'no data');
      expect([who, got]).toEqual([who, expected[who]]);
      if (r.data?._entities?.[0]?.supervision) expect(r.data._entities[0].supervision.id).toBe(record);
    }
  });
});

/** The one root field's value: root fields are nullable, so a refused one is null beside its error. */
const rootOf = (r: { data?: Record<string, unknown> | null }): unknown => (r.data ? (Object.values(r.data)[0] ?? null) : null);

describe('lists and reports asked for another unit, or for an empty one', () => {
  const from = '2026-01-01';
  const to = '2026-12-31';
  test.each([
    ['county refusal reports', 'county', `{ countyRefusalReports(from: "${from}", to: "${to}", departmentId: "$UNIT") { total } }`, () => fx.deptB.id, 'clerkA'],
    ['township refusal reports', 'township', `{ townshipRefusalReports(from: "${from}", to: "${to}", townshipId: "$UNIT") { total } }`, () => fx.townshipY.id, 'clerkX'],
    ['county reviews', 'county', `{ countyReviews(filter: { departmentId: "$UNIT" }) { total } }`, () => fx.deptB.id, 'clerkA'],
    ['township reviews', 'township', `{ townshipReviews(filter: { townshipId: "$UNIT" }) { total } }`, () => fx.townshipY.id, 'clerkX'],
    ['supervision records', 'county', `{ supervisionRecords(filter: { unitId: "$UNIT" }) { total } }`, () => fx.deptB.id, 'clerkA'],
    ['complaints', 'county', `{ complaints(filter: { unitId: "$UNIT" }) { total } }`, () => fx.townshipY.id, 'clerkX'],
    ['county cases', 'county', `{ countyCases(filter: { departmentId: "$UNIT" }) { total } }`, () => fx.deptB.id, 'clerkA'],
    ['township cases', 'township', `{ townshipCases(filter: { townshipId: "$UNIT" }) { total } }`, () => fx.townshipY.id, 'clerkX'],
    ['delegated intakes', 'township', `{ delegatedIntakes(filter: { townshipId: "$UNIT" }) { total } }`, () => fx.townshipY.id, 'clerkX'],
    ['a township work list', 'township', `{ townshipWorkList(townshipId: "$UNIT") { township { id } } }`, () => fx.townshipY.id, 'clerkX'],
  ] as const)('%s: FORBIDDEN for a clerk asking for another unit, BAD_USER_INPUT for an empty unit', async (_name, owner, query, unit, clerk) => {
    for (const url of [net.gatewayUrl, subgraphUrl(owner)]) {
      const other = await gql(url, query.replace('$UNIT', unit()), {}, tokens[clerk]);
      expect([url, codeOf(other), rootOf(other)]).toEqual([url, 'FORBIDDEN', null]);
      for (const who of [clerk, 'admin'] as const) {
        const empty = await gql(url, query.replace('$UNIT', ''), {}, tokens[who]);
        expect([url, who, codeOf(empty), rootOf(empty)]).toEqual([url, who, 'BAD_USER_INPUT', null]);
      }
    }
  });

  test('an empty item or origin filter is BAD_USER_INPUT, not "every item"', async () => {
    for (const filter of ['itemId: ""', 'originTownshipId: ""']) {
      const r = await gql(net.gatewayUrl, `{ countyCases(filter: { ${filter} }) { total } }`, {}, tokens.admin);
      expect([filter, codeOf(r), rootOf(r)]).toEqual([filter, 'BAD_USER_INPUT', null]);
    }
  });
});

describe('free text is masked like the fields for roles that do not handle the case', () => {
  const NOTE = '申请人电话17712345678，身份证511002199001011234，EXPRESS SF5175123456789';
  const MASKED = '申请人电话177****5678，身份证511002********1234，EXPRESS SF*********6789';
  const REASON = '材料不全，已电话告知13912345678';
  const REASON_MASKED = '材料不全，已电话告知139****5678';
  const noted: Record<'county' | 'township' | 'intake', string> = {} as never;

  beforeAll(async () => {
    const county = await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: 'matrix-note-county', itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'], note: NOTE } }, fx.clerkA);
    noted.county = county.receiveCountyCase.id;
    await ok(
      net.gatewayUrl,
      `mutation($i: CaseActionInput!) { actOnCountyCase(input: $i) { status } }`,
      { i: { id: noted.county, version: county.receiveCountyCase.version, action: 'NOT_ACCEPT', reason: REASON } },
      fx.clerkA,
    );
    noted.township = (await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId: 'matrix-note-township', itemId: fx.tItemX.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'], note: NOTE } }, fx.clerkX)).receiveTownshipCase.id;
    noted.intake = (
      await ok(
        net.gatewayUrl,
        `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`,
        { i: { requestId: 'matrix-note-intake', countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'], note: NOTE } },
        fx.clerkX,
      )
    ).acceptDelegatedIntake.id;
  });

  const notesOf = async (url: string, field: string, id: string, who: Who): Promise<string[]> => {
    const r = await ok(url, `query($id: ID!) { ${field}(id: $id) { history { note } } }`, { id }, tokens[who]);
    return r[field].history.map((h: { note: string | null }) => h.note).filter((n: string | null) => n !== null);
  };

  test.each([
    ['county case', 'countyCase', 'county', 'clerkA'],
    ['township case', 'townshipCase', 'township', 'clerkX'],
    ['delegated intake', 'delegatedIntake', 'intake', 'clerkX'],
  ] as const)('%s history notes: as written for the handling clerk, masked for administrators, supervisors and viewers', async (_name, field, record, clerk) => {
    for (const url of [net.gatewayUrl, record === 'county' ? net.countyUrl : net.townshipUrl]) {
      expect(await notesOf(url, field, noted[record], clerk)).toContain(NOTE);
      for (const who of ['admin', 'supervisor', 'viewer'] as const) {
        const notes = await notesOf(url, field, noted[record], who);
        expect([who, notes]).toEqual([who, expect.arrayContaining([MASKED])]);
        expect(JSON.stringify(notes)).not.toMatch(/17712345678|511002199001011234|SF5175123456789|13912345678/);
      }
    }
  });

  test('a refusal reason: as written for the clerk, masked for overseers, in the case and in the refusal report', async () => {
    const reason = async (who: Who) => (await ok(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { refusalReason } }`, { id: noted.county }, tokens[who])).countyCase.refusalReason;
    const report = async (who: Who) =>
      (await ok(net.gatewayUrl, `{ countyRefusalReports(from: "2026-09-01", to: "2026-10-31") { nodes { reason } } }`, {}, tokens[who])).countyRefusalReports.nodes.map((n: { reason: string }) => n.reason);
    expect(await reason('clerkA')).toBe(REASON);
    expect(await report('clerkA')).toEqual([REASON]);
    for (const who of ['admin', 'supervisor'] as const) {
      expect([who, await reason(who)]).toEqual([who, REASON_MASKED]);
      expect([who, await report(who)]).toEqual([who, [REASON_MASKED]]);
    }
    expect(await reason('viewer')).toBe(REASON_MASKED);
  });
});

describe('unit-scoped figures by _entities', () => {
  const FROM = '2026-09-01';
  const TO = '2026-10-31';
  const ref = [{ __typename: 'Statistics', from: FROM, to: TO }];
  type Answer = string[] | string | null;

  /** The units a caller gets figures for, or the error code, or null for a field answered as null. */
  const unitsOf = (r: GqlResult, pick: (e: Record<string, any>) => Answer): Answer => (r.data?._entities?.[0] ? pick(r.data._entities[0]) : (codeOf(r) ?? 'no data and no error'));

  test.each(WHO)('%s: department figures on the county, township figures on the township', async (who) => {
    const county = await gql(net.countyUrl, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { departments { department { id } } } } }`, { r: ref }, tokens[who]);
    const township = await gql(net.townshipUrl, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { townships { township { id } } } } }`, { r: ref }, tokens[who]);
    const depts = unitsOf(county, (e) => e.departments?.map((d: { department: { id: string } }) => d.department.id).sort() ?? codeOf(county) ?? null);
    const towns = unitsOf(township, (e) => e.townships?.map((t: { township: { id: string } }) => t.township.id).sort() ?? codeOf(township) ?? null);
    const allDepts = [fx.deptA.id, fx.deptB.id].sort();
    const allTowns = [fx.townshipX.id, fx.townshipY.id].sort();
    const expected: Record<Who, [Answer, Answer]> = {
      public: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
      emptyDepartment: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
      emptyTownship: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
      admin: [allDepts, allTowns],
      supervisor: [allDepts, allTowns],
      viewer: [allDepts, allTowns],
      clerkA: [[fx.deptA.id], 'FORBIDDEN'],
      clerkB: [[fx.deptB.id], 'FORBIDDEN'],
      clerkX: ['FORBIDDEN', [fx.townshipX.id]],
      clerkY: ['FORBIDDEN', [fx.townshipY.id]],
    };
    expect([who, depts, towns]).toEqual([who, ...expected[who]]);
  });

  test.each(WHO)('%s: a township\'s status and county figures only for its own clerks and the overseers', async (who) => {
    const status = await gql(net.townshipUrl, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Township { id status { backlog } } } }`, { r: [{ __typename: 'Township', id: fx.townshipX.id }] }, tokens[who]);
    const figures = await gql(net.countyUrl, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Township { id countyFigures { delegatedCases } } } }`, { r: [{ __typename: 'Township', id: fx.townshipX.id }] }, tokens[who]);
    const seen = (r: GqlResult, field: string) => (r.data?._entities?.[0] ? (r.data._entities[0][field] ? 'SEEN' : (codeOf(r) ?? 'NULL')) : (codeOf(r) ?? 'no data'));
    const expected: Record<Who, [string, string]> = {
      public: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
      emptyDepartment: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
      emptyTownship: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
      admin: ['SEEN', 'SEEN'],
      supervisor: ['SEEN', 'SEEN'],
      viewer: ['SEEN', 'SEEN'],
      clerkA: ['FORBIDDEN', 'FORBIDDEN'],
      clerkB: ['FORBIDDEN', 'FORBIDDEN'],
      clerkX: ['SEEN', 'SEEN'],
      clerkY: ['NULL', 'NULL'],
    };
    expect([who, seen(status, 'status'), seen(figures, 'countyFigures')]).toEqual([who, ...expected[who]]);
  });
});
