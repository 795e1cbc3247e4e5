import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, ACT_TOWNSHIP, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, type Fixture } from '../support/fixtures';

// Monday 2026-11-16, 10:00 Beijing time.
let net: Network;
let fx: Fixture;

const RECORDS = `query($f: SupervisionFilter) { supervisionRecords(filter: $f) { total nodes {
  id number origin status caseTier caseNumber unitType unitId unitName reason openedByName feedback closedByName version
  countyCase { number } townshipCase { number township { name } } department { code } township { name } history { action actorName note } } } }`;
const OPEN = `mutation($i: OpenSupervisionInput!) { openSupervisionRecord(input: $i) { id number origin status unitType unitName caseNumber version } }`;
const CLOSE = `mutation($id: ID!, $v: Int!, $f: String!) { closeSupervisionRecord(id: $id, version: $v, feedback: $f) { id status feedback closedByName version history { action note } } }`;
const WARNINGS = `{
  countyCases(filter: { warning: [YELLOW, RED] }) { total nodes { number deadline { warningLevel } } }
  townshipCases(filter: { warning: [YELLOW, RED] }) { total nodes { number deadline { warningLevel } } }
}`;

async function countyCase(token: string, itemId: string, requestId: string) {
  const c = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId, itemId, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, token)).receiveCountyCase;
  const a = (await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, token)).actOnCountyCase;
  return { ...c, version: a.version };
}

async function townshipCase(token: string, itemId: string, requestId: string) {
  const c = (await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId, itemId, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, token)).receiveTownshipCase;
  const a = (await ok(net.gatewayUrl, ACT_TOWNSHIP, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, token)).actOnTownshipCase;
  return { ...c, version: a.version };
}

let promised: { id: string; number: string };
let immediate: { id: string; number: string };
let tX: { id: string; number: string };
let tY: { id: string; number: string };

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z' });
  fx = await buildFixture(net);
  promised = await countyCase(fx.clerkA, fx.itemA.id, 'sv-promised'); // 3 days: due Thu 11-19
  immediate = await countyCase(fx.clerkA, fx.itemImmediate.id, 'sv-immediate'); // due Mon 11-16
  tX = await townshipCase(fx.clerkX, fx.tItemX.id, 'sv-township-x'); // 5 days: due Mon 11-23
  tY = await townshipCase(fx.clerkY, fx.tItemY.id, 'sv-township-y');
});
afterAll(async () => net?.stop());

describe('warnings across the network in one gateway query', () => {
  test('Wednesday: the promised case has one working day left (YELLOW), the immediate one is overdue (RED), township cases are GREEN', async () => {
    net.clock.set('2026-11-18T02:00:00.000Z');
    const r = await ok(net.gatewayUrl, WARNINGS, {}, fx.supervisor);
    expect(r.countyCases.total).toBe(2);
    expect(Object.fromEntries(r.countyCases.nodes.map((n: any) => [n.number, n.deadline.warningLevel]))).toEqual({ [promised.number]: 'YELLOW', [immediate.number]: 'RED' });
    expect(r.townshipCases).toEqual({ total: 0, nodes: [] });
    const red = await ok(net.gatewayUrl, `{ countyCases(filter: { warning: [RED] }) { nodes { number } } }`, {}, fx.supervisor);
    expect(red.countyCases.nodes).toEqual([{ number: immediate.number }]);
  });

  test('on their due day the township cases turn YELLOW too; a township clerk sees only their own', async () => {
    net.clock.set('2026-11-23T02:00:00.000Z');
    const r = await ok(net.gatewayUrl, WARNINGS, {}, fx.supervisor);
    expect(r.townshipCases.total).toBe(2);
    expect(r.townshipCases.nodes.map((n: any) => n.deadline.warningLevel)).toEqual(['YELLOW', 'YELLOW']);
    const own = await ok(net.gatewayUrl, `{ townshipCases(filter: { warning: [YELLOW, RED] }) { nodes { number } } }`, {}, fx.clerkX);
    expect(own.townshipCases.nodes).toEqual([{ number: tX.number }]);
  });

  test('an unknown warning level is refused', async () => {
    const r = await gql(net.gatewayUrl, `{ countyCases(filter: { warning: [PURPLE] }) { total } }`, {}, fx.supervisor);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('supervision records open exactly once when a case turns RED', () => {
  test('reading warnings opens nothing; the sweep opens one record per RED county case, however often it runs', async () => {
    net.clock.set('2026-11-17T02:00:00.000Z');
    expect((await ok(net.gatewayUrl, RECORDS, {}, fx.supervisor)).supervisionRecords.total).toBe(0);
    expect(await net.county.redSweep.runNow()).toBe(1);
    expect(await net.county.redSweep.runNow()).toBe(0);
    // Two sweepers at once (two county instances) still open one.
    const now = net.clock.now();
    await Promise.all([net.county.services.supervision.sweep(now), net.county.services.supervision.sweep(now)]);
    const r = (await ok(net.gatewayUrl, RECORDS, {}, fx.supervisor)).supervisionRecords;
    expect(r.total).toBe(1);
    expect(r.nodes[0]).toMatchObject({
      origin: 'AUTO',
      status: 'OPEN',
      caseTier: 'COUNTY',
      caseNumber: immediate.number,
      unitType: 'DEPARTMENT',
      unitId: fx.deptA.id,
      unitName: '临江县市场监督管理局',
      openedByName: '电子监察',
      countyCase: { number: immediate.number },
      townshipCase: null,
      department: { code: 'SCJG' },
      history: [{ action: 'OPEN', actorName: '电子监察', note: expect.stringContaining(immediate.number) }],
    });
    expect(r.nodes[0].number).toMatch(/^DB-20261117-0001$/);
  });

  test('the promised case turns RED after its due day and gets its own record', async () => {
    net.clock.set('2026-11-20T02:00:00.000Z');
    expect(await net.county.redSweep.runNow()).toBe(1);
    expect(await net.county.redSweep.runNow()).toBe(0);
    const r = (await ok(net.gatewayUrl, RECORDS, { f: { caseTier: 'COUNTY' } }, fx.supervisor)).supervisionRecords;
    expect(r.nodes.map((n: any) => n.caseNumber).sort()).toEqual([immediate.number, promised.number].sort());
  });

  test('a township case turning RED reaches the county once, through the outbox; the record resolves the township case by reference', async () => {
    net.clock.set('2026-11-24T02:00:00.000Z');
    expect(await net.township.redSweep.runNow()).toBe(2);
    expect(await net.township.redSweep.runNow()).toBe(0);
    await net.township.forwarder.drain();
    // A repeated delivery (lost acknowledgement) opens nothing new.
    const service = await net.token({ role: 'SERVICE', userId: 'township-service', name: 'township-service' });
    const report = { caseId: tX.id, caseNumber: tX.number, townshipId: fx.townshipX.id, townshipName: '河口镇', dueDate: '2026-11-23', at: '2026-11-24T02:00:00.000Z' };
    const again = await ok(net.countyUrl, `mutation($i: RedCaseReportInput!) { reportRedTownshipCase(input: $i) { id caseNumber } }`, { i: report }, service);
    const r = (await ok(net.gatewayUrl, RECORDS, { f: { caseTier: 'TOWNSHIP' } }, fx.supervisor)).supervisionRecords;
    expect(r.total).toBe(2);
    const x = r.nodes.find((n: any) => n.caseNumber === tX.number);
    expect(x).toMatchObject({ id: again.reportRedTownshipCase.id, unitType: 'TOWNSHIP', unitId: fx.townshipX.id, unitName: '河口镇', township: { name: '河口镇' }, townshipCase: { number: tX.number, township: { name: '河口镇' } } });
  });

  test('the internal report mutation is not reachable through the gateway, nor by a clerk on the subgraph', async () => {
    const viaGateway = await gql(net.gatewayUrl, `mutation { reportRedTownshipCase(input: { caseId: "x", caseNumber: "x", townshipId: "x", townshipName: "x", at: "2026-11-24T02:00:00.000Z" }) { id } }`, {}, fx.supervisor);
    expect(codeOf(viaGateway)).toBe('GRAPHQL_VALIDATION_FAILED');
    const byClerk = await gql(
      net.countyUrl,
      `mutation($i: RedCaseReportInput!) { reportRedTownshipCase(input: $i) { id } }`,
      { i: { caseId: tY.id, caseNumber: tY.number, townshipId: fx.townshipY.id, townshipName: '白水乡', at: '2026-11-24T02:00:00.000Z' } },
      fx.clerkY,
    );
    expect(codeOf(byClerk)).toBe('FORBIDDEN');
  });
});

describe('supervisors open records by hand; the responsible unit closes them', () => {
  let manual: { id: string; version: number };

  test('a supervisor opens one about a township case (looked up at the township) and one about a department; a repeated requestId returns the first', async () => {
    const onCase = (await ok(net.gatewayUrl, OPEN, { i: { requestId: 'manual-1', caseTier: 'TOWNSHIP', caseId: tY.id, reason: '群众反映办理缓慢' } }, fx.supervisor)).openSupervisionRecord;
    expect(onCase).toMatchObject({ origin: 'MANUAL', status: 'OPEN', unitType: 'TOWNSHIP', unitName: '白水乡', caseNumber: tY.number });
    const repeat = (await ok(net.gatewayUrl, OPEN, { i: { requestId: 'manual-1', caseTier: 'TOWNSHIP', caseId: tY.id, reason: '群众反映办理缓慢' } }, fx.supervisor)).openSupervisionRecord;
    expect(repeat.id).toBe(onCase.id);
    const onUnit = (await ok(net.gatewayUrl, OPEN, { i: { requestId: 'manual-2', unitType: 'DEPARTMENT', unitId: fx.deptB.id, reason: '窗口人员脱岗' } }, fx.supervisor)).openSupervisionRecord;
    expect(onUnit).toMatchObject({ origin: 'MANUAL', unitType: 'DEPARTMENT', unitName: '临江县民政局', caseNumber: null });
    manual = onUnit;
  });

  test('only supervisors open records; bad input is refused with a stable code and stores nothing', async () => {
    const before = (await ok(net.gatewayUrl, RECORDS, {}, fx.supervisor)).supervisionRecords.total;
    const cases: [string, Record<string, unknown>, string][] = [
      [fx.clerkA, { requestId: 'manual-x1', unitType: 'DEPARTMENT', unitId: fx.deptB.id, reason: '越权' }, 'FORBIDDEN'],
      [fx.adminToken, { requestId: 'manual-x2', unitType: 'DEPARTMENT', unitId: fx.deptB.id, reason: '越权' }, 'FORBIDDEN'],
      [fx.supervisor, { requestId: 'manual-x3', unitType: 'DEPARTMENT', unitId: fx.deptB.id, reason: '  ' }, 'REASON_REQUIRED'],
      [fx.supervisor, { requestId: 'manual-x4', unitType: 'DEPARTMENT', unitId: fx.deptB.id, reason: '长'.repeat(1001) }, 'TEXT_TOO_LONG'],
      [fx.supervisor, { requestId: 'manual-x5', unitType: 'DEPARTMENT', unitId: 'not-an-id', reason: '无效' }, 'BAD_USER_INPUT'],
      [fx.supervisor, { requestId: 'manual-x6', unitType: 'DEPARTMENT', unitId: fx.townshipX.id, reason: '不存在的部门' }, 'NOT_FOUND'],
      [fx.supervisor, { requestId: 'manual-x7', caseTier: 'COUNTY', caseId: tX.id, reason: '错误的层级' }, 'NOT_FOUND'],
      [fx.supervisor, { requestId: 'manual-x8', caseId: tX.id, reason: '缺少层级' }, 'BAD_USER_INPUT'],
      [fx.supervisor, { requestId: 'manual-x9', reason: '什么都没有' }, 'BAD_USER_INPUT'],
    ];
    for (const [token, input, code] of cases) {
      expect({ input, code: codeOf(await gql(net.gatewayUrl, OPEN, { i: input }, token)) }).toEqual({ input, code });
    }
    expect(codeOf(await gql(net.gatewayUrl, OPEN, { i: { requestId: 'manual-x10', unitType: 'DEPARTMENT', unitId: fx.deptB.id, reason: '公众' } }))).toBe('UNAUTHENTICATED');
    expect((await ok(net.gatewayUrl, RECORDS, {}, fx.supervisor)).supervisionRecords.total).toBe(before);
  });

  test('only the responsible unit closes, with a feedback note, once; stale versions conflict', async () => {
    const close = (token: string, v: number, f: string) => gql(net.gatewayUrl, CLOSE, { id: manual.id, v, f }, token);
    expect(codeOf(await close(fx.clerkA, manual.version, '不是我们的'))).toBe('FORBIDDEN');
    expect(codeOf(await close(fx.supervisor, manual.version, '监察代答'))).toBe('FORBIDDEN');
    expect(codeOf(await close(fx.clerkB, manual.version, ''))).toBe('REASON_REQUIRED');
    expect(codeOf(await close(fx.clerkB, manual.version + 1, '已整改'))).toBe('VERSION_CONFLICT');
    const closed = (await ok(net.gatewayUrl, CLOSE, { id: manual.id, v: manual.version, f: '已对脱岗人员批评教育，调整排班' }, fx.clerkB)).closeSupervisionRecord;
    expect(closed).toMatchObject({ status: 'CLOSED', feedback: '已对脱岗人员批评教育，调整排班', closedByName: '李窗口', version: manual.version + 1 });
    expect(closed.history.map((h: any) => h.action)).toEqual(['OPEN', 'CLOSE']);
    expect(codeOf(await close(fx.clerkB, closed.version, '再答一次'))).toBe('ILLEGAL_TRANSITION');
  });

  test('a township clerk closes their township’s record; another township’s clerk may not', async () => {
    const rec = (await ok(net.gatewayUrl, RECORDS, { f: { unitType: 'TOWNSHIP', unitId: fx.townshipX.id } }, fx.supervisor)).supervisionRecords.nodes[0];
    expect(codeOf(await gql(net.gatewayUrl, CLOSE, { id: rec.id, v: rec.version, f: '越权' }, fx.clerkY))).toBe('FORBIDDEN');
    const closed = (await ok(net.gatewayUrl, CLOSE, { id: rec.id, v: rec.version, f: '已加派人手办结' }, fx.clerkX)).closeSupervisionRecord;
    expect(closed.status).toBe('CLOSED');
  });
});

describe('who reads supervision records', () => {
  test('a township clerk sees their township’s records only; a county clerk their department’s', async () => {
    const x = (await ok(net.gatewayUrl, RECORDS, {}, fx.clerkX)).supervisionRecords;
    expect(x.total).toBe(1);
    expect(x.nodes.every((n: any) => n.unitId === fx.townshipX.id)).toBe(true);
    expect(codeOf(await gql(net.gatewayUrl, RECORDS, { f: { unitId: fx.townshipY.id } }, fx.clerkX))).toBe('FORBIDDEN');
    const a = (await ok(net.gatewayUrl, RECORDS, {}, fx.clerkA)).supervisionRecords;
    expect(a.total).toBe(2);
    expect(a.nodes.every((n: any) => n.unitId === fx.deptA.id)).toBe(true);
    const one = await gql(net.gatewayUrl, `query($id: ID!) { supervisionRecord(id: $id) { id } }`, { id: a.nodes[0].id }, fx.clerkB);
    expect(codeOf(one)).toBe('FORBIDDEN');
  });

  test('VIEWER and the public read no records', async () => {
    expect(codeOf(await gql(net.gatewayUrl, RECORDS, {}, fx.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await gql(net.gatewayUrl, RECORDS, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('refusal reports (否定报备) on both tiers', () => {
  beforeAll(async () => {
    net.clock.set('2026-11-25T02:00:00.000Z');
    const refuse = async (receive: string, act: string, token: string, itemId: string, requestId: string, action: string, reason: string) => {
      const c = Object.values((await ok(net.gatewayUrl, receive, { i: { requestId, itemId, applicant: applicant('周五'), submittedMaterials: ['申请书', '申请人身份证明'] } }, token)))[0] as any;
      let v = c.version;
      if (action === 'REJECT') v = (Object.values(await ok(net.gatewayUrl, act, { i: { id: c.id, version: v, action: 'ACCEPT' } }, token))[0] as any).version;
      const done = Object.values(await ok(net.gatewayUrl, act, { i: { id: c.id, version: v, action, reason } }, token))[0] as any;
      return { ...c, version: done.version };
    };
    const rejected = await refuse(RECEIVE_COUNTY, ACT_COUNTY, fx.clerkA, fx.itemA.id, 'refusal-1', 'REJECT', '经营场所不符合条件');
    // Handed over afterwards: still a refusal on record.
    await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: rejected.id, version: rejected.version, action: 'DELIVER', deliveryMethod: 'IN_PERSON' } }, fx.clerkA);
    await refuse(RECEIVE_COUNTY, ACT_COUNTY, fx.clerkB, fx.itemB.id, 'refusal-2', 'NOT_ACCEPT', '不属于本部门受理范围');
    await refuse(RECEIVE_TOWNSHIP, ACT_TOWNSHIP, fx.clerkX, fx.tItemX.id, 'refusal-3', 'NOT_ACCEPT', '申请人不符合救助条件');
    // The next day: outside a one-day period.
    net.clock.set('2026-11-26T02:00:00.000Z');
    await refuse(RECEIVE_TOWNSHIP, ACT_TOWNSHIP, fx.clerkY, fx.tItemY.id, 'refusal-4', 'NOT_ACCEPT', '材料不齐且无法补正');
  });

  const COUNTY_REPORTS = `query($from: Date!, $to: Date!) { countyRefusalReports(from: $from, to: $to) { total nodes { kind reason unitName clerkName refusedAt case { number status } } } }`;
  const TOWNSHIP_REPORTS = `query($from: Date!, $to: Date!) { townshipRefusalReports(from: $from, to: $to) { total nodes { kind reason unitName clerkName refusedAt case { number } } } }`;

  test('a supervisor sees every refusal with its reason, unit and clerk, in one gateway query for both tiers', async () => {
    const r = await ok(net.gatewayUrl, `query($from: Date!, $to: Date!) {
      countyRefusalReports(from: $from, to: $to) { total nodes { kind reason unitName clerkName case { status } } }
      townshipRefusalReports(from: $from, to: $to) { total nodes { kind reason unitName clerkName } } }`, { from: '2026-11-25', to: '2026-11-26' }, fx.supervisor);
    expect(r.countyRefusalReports.total).toBe(2);
    expect(r.countyRefusalReports.nodes).toEqual(
      expect.arrayContaining([
        { kind: 'REJECTED', reason: '经营场所不符合条件', unitName: '临江县市场监督管理局', clerkName: '王窗口', case: { status: 'DELIVERED' } },
        { kind: 'NOT_ACCEPTED', reason: '不属于本部门受理范围', unitName: '临江县民政局', clerkName: '李窗口', case: { status: 'NOT_ACCEPTED' } },
      ]),
    );
    expect(r.townshipRefusalReports.total).toBe(2);
    expect(r.townshipRefusalReports.nodes[0]).toEqual({ kind: 'NOT_ACCEPTED', reason: '材料不齐且无法补正', unitName: '白水乡', clerkName: '钱乡员' });
  });

  test('the period is in Beijing dates; clerks see their own unit only; VIEWER and the public none', async () => {
    const oneDay = (await ok(net.gatewayUrl, TOWNSHIP_REPORTS, { from: '2026-11-25', to: '2026-11-25' }, fx.supervisor)).townshipRefusalReports;
    expect(oneDay.nodes.map((n: any) => n.reason)).toEqual(['申请人不符合救助条件']);
    expect((await ok(net.gatewayUrl, TOWNSHIP_REPORTS, { from: '2026-11-25', to: '2026-11-26' }, fx.clerkX)).townshipRefusalReports.total).toBe(1);
    const b = (await ok(net.gatewayUrl, COUNTY_REPORTS, { from: '2026-11-25', to: '2026-11-26' }, fx.clerkB)).countyRefusalReports;
    expect(b.nodes.map((n: any) => n.unitName)).toEqual(['临江县民政局']);
    expect(codeOf(await gql(net.gatewayUrl, COUNTY_REPORTS, { from: '2026-11-25', to: '2026-11-26' }, fx.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await gql(net.gatewayUrl, TOWNSHIP_REPORTS, { from: '2026-11-25', to: '2026-11-26' }))).toBe('UNAUTHENTICATED');
  });

  test('a bad period is refused', async () => {
    for (const [from, to] of [['2026-11-26', '2026-11-25'], ['2026-02-30', '2026-03-01'], ['2025-01-01', '2026-11-26']]) {
      expect(codeOf(await gql(net.gatewayUrl, COUNTY_REPORTS, { from, to }, fx.supervisor))).toBe('BAD_USER_INPUT');
    }
  });
});
