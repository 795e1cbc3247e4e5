import * as audit from '../../subgraphs/shared/audit/audit-log';
import { devTokenRoute } from '../../gateway/dev-token';
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, ACT_TOWNSHIP, type Fixture } from '../support/fixtures';
import { rowCounts } from '../support/row-counts';

/**
 * The back office's graph: every administrative change leaves exactly one audit row written in its
 * own transaction (a failed change leaves neither), who may read the log, idempotent creation of
 * catalog records, village points updated and deactivated, units with open work kept active, and
 * development tokens that name real units. Runs on SQLite, and on MySQL/MariaDB with MYSQL_URL.
 */

let net: Network;
let fx: Fixture;
let origin: string;
let seq = 0;
const rid = (tag: string) => `bo-${tag}-${String(++seq).padStart(4, '0')}`;
const MATERIALS = [{ name: '申请书', originals: 1, copies: 0, mandatory: true }];

const COUNTY_LOG = `query($f: AuditLogFilter, $l: Int) { countyAuditLog(filter: $f, limit: $l) { total nodes { id at actorId actorName actorRole actorUnitId entityType entityId action changes { field before after } } } }`;
const TOWNSHIP_LOG = COUNTY_LOG.replace('countyAuditLog', 'townshipAuditLog');
const CREATE_DEPT = `mutation($i: DepartmentInput!) { createDepartment(input: $i) { id code name active } }`;
const UPDATE_DEPT = `mutation($id: ID!, $i: DepartmentInput!) { updateDepartment(id: $id, input: $i) { id code name active } }`;
const DEPT_ACTIVE = `mutation($id: ID!, $a: Boolean!) { setDepartmentActive(id: $id, active: $a) { id active } }`;
const CREATE_ITEM = `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id code } warnings } }`;
const UPDATE_ITEM = `mutation($id: ID!, $i: CountyItemInput!) { updateCountyItem(id: $id, input: $i) { item { id promisedDays } } }`;
const CREATE_TOWNSHIP = `mutation($i: TownshipInput!) { createTownship(input: $i) { id divisionCode active } }`;
const TOWNSHIP_ACTIVE = `mutation($id: ID!, $a: Boolean!) { setTownshipActive(id: $id, active: $a) { id active } }`;
const CREATE_VILLAGE = `mutation($t: ID!, $i: VillagePointInput!) { createVillagePoint(townshipId: $t, input: $i) { id code name active } }`;
const UPDATE_VILLAGE = `mutation($id: ID!, $i: VillagePointInput!) { updateVillagePoint(id: $id, input: $i) { id code name active township { id } } }`;
const VILLAGE_ACTIVE = `mutation($id: ID!, $a: Boolean!) { setVillagePointActive(id: $id, active: $a) { id active } }`;
const CREATE_TITEM = `mutation($t: ID!, $i: TownshipItemInput!) { createTownshipItem(townshipId: $t, input: $i) { item { id code } } }`;

const dept = (code: string, extra: Record<string, unknown> = {}) => ({ code, name: `临江县${code}局`, shortName: `${code}局`, window: 'B区2号窗口', phone: '0839-5120000', ...extra });
const countyItem = (code: string, departmentId: string, extra: Record<string, unknown> = {}) => ({
  code, name: `事项${code}`, departmentId, kind: 'PROMISED', legalDays: 20, promisedDays: 8, materials: MATERIALS, legalBasis: '《行政许可法》', delegable: false, ...extra,
});
const townshipItem = (code: string, extra: Record<string, unknown> = {}) => ({
  code, name: `乡镇事项${code}`, supervisingDepartmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: 5, materials: MATERIALS, legalBasis: '《某条例》', ...extra,
});

async function countyLog(filter: Record<string, unknown>, url = net.gatewayUrl, token = fx.adminToken) {
  return (await ok(url, COUNTY_LOG, { f: filter, l: 200 }, token)).countyAuditLog as { total: number; nodes: { action: string; changes: { field: string; before: string | null; after: string | null }[]; [k: string]: unknown }[] };
}
async function townshipLog(filter: Record<string, unknown>, url = net.gatewayUrl, token = fx.adminToken) {
  return (await ok(url, TOWNSHIP_LOG, { f: filter, l: 200 }, token)).townshipAuditLog as Awaited<ReturnType<typeof countyLog>>;
}
const auditRows = async () => ({
  county: Number((await net.county.db.dataSource.query('SELECT COUNT(*) AS n FROM audit_log'))[0].n),
  township: Number((await net.township.db.dataSource.query('SELECT COUNT(*) AS n FROM audit_log'))[0].n),
});

beforeAll(async () => {
  net = await startNetwork({ gatewayRoutes: (config) => [devTokenRoute(config)] });
  fx = await buildFixture(net);
  origin = new URL(net.gatewayUrl).origin;
});
afterAll(async () => net?.stop());
afterEach(() => jest.restoreAllMocks());

describe('audit log: one row per change, in the change’s transaction', () => {
  test('creating and updating a department: who, when, what, and only the changed fields', async () => {
    const created = (await ok(net.gatewayUrl, CREATE_DEPT, { i: dept('SJBO') }, fx.adminToken)).createDepartment;
    let log = await countyLog({ entityType: 'DEPARTMENT', entityId: created.id });
    expect(log.total).toBe(1);
    expect(log.nodes[0]).toMatchObject({ actorId: 'admin-1', actorName: '管理员', actorRole: 'COUNTY_ADMIN', actorUnitId: null, entityType: 'DEPARTMENT', entityId: created.id, action: 'CREATE' });
    expect(log.nodes[0].changes).toContainEqual({ field: 'code', before: null, after: '"SJBO"' });
    expect(new Date(log.nodes[0].at as string).toISOString()).toBe(net.clock.now().toISOString());

    await ok(net.gatewayUrl, UPDATE_DEPT, { id: created.id, i: dept('SJBO', { name: '临江县审计局' }) }, fx.adminToken);
    log = await countyLog({ entityType: 'DEPARTMENT', entityId: created.id });
    expect(log.total).toBe(2);
    expect(log.nodes[0].action).toBe('UPDATE');
    expect(log.nodes[0].changes).toEqual([{ field: 'name', before: '"临江县SJBO局"', after: '"临江县审计局"' }]);
  });

  test('county items, calendar overrides, year confirmation and settings each write one row', async () => {
    const before = await auditRows();
    const { item } = (await ok(net.gatewayUrl, CREATE_ITEM, { i: countyItem('BO-001', fx.deptA.id) }, fx.adminToken)).createCountyItem;
    await ok(net.gatewayUrl, UPDATE_ITEM, { id: item.id, i: countyItem('BO-001', fx.deptA.id, { promisedDays: 6 }) }, fx.adminToken);
    const itemLog = await countyLog({ entityType: 'COUNTY_ITEM', entityId: item.id });
    expect(itemLog.nodes.map((n) => n.action)).toEqual(['UPDATE', 'CREATE']);
    expect(itemLog.nodes[0].changes).toEqual([{ field: 'promisedDays', before: '8', after: '6' }]);

    await ok(net.gatewayUrl, `mutation { setCalendarOverride(date: "2026-12-12", workday: true, note: "调休上班") { date } }`, {}, fx.adminToken);
    await ok(net.gatewayUrl, `mutation { removeCalendarOverride(date: "2026-12-12") }`, {}, fx.adminToken);
    expect(await ok(net.gatewayUrl, `mutation { removeCalendarOverride(date: "2026-12-12") }`, {}, fx.adminToken)).toEqual({ removeCalendarOverride: false });
    const overrideLog = await countyLog({ entityType: 'CALENDAR_OVERRIDE', entityId: '2026-12-12' });
    expect(overrideLog.nodes.map((n) => n.action)).toEqual(['REMOVE', 'SET']);
    expect(overrideLog.nodes[1].changes).toContainEqual({ field: 'workday', before: null, after: 'true' });

    await ok(net.gatewayUrl, `mutation { confirmCalendarYear(year: 2027, confirmed: true) { confirmedYears } }`, {}, fx.adminToken);
    expect((await countyLog({ entityType: 'CALENDAR_YEAR', entityId: '2027' })).nodes[0]).toMatchObject({ action: 'CONFIRM', changes: [{ field: 'confirmed', before: 'false', after: 'true' }] });

    await ok(net.gatewayUrl, `mutation { updateCountySettings(input: { yellowDaysLeft: 2, yellowUsedFraction: 0.6, maxPromisedShare: 0.5 }) { yellowDaysLeft } }`, {}, fx.adminToken);
    const settingsLog = await countyLog({ entityType: 'COUNTY_SETTINGS' });
    expect(settingsLog.total).toBe(1);
    expect(settingsLog.nodes[0].changes.map((c) => c.field)).toEqual(expect.arrayContaining(['yellowDaysLeft']));

    // two item saves, override set + removal (the empty removal changes nothing), one year, one settings change
    expect(await auditRows()).toEqual({ county: before.county + 6, township: before.township });
  });

  test('townships, village points and township items write rows in the township database', async () => {
    const before = await auditRows();
    const t = (await ok(net.gatewayUrl, CREATE_TOWNSHIP, { i: { divisionCode: '511099120', name: '审计镇', address: '审计镇大街1号', phone: '0839-5000001' } }, fx.adminToken)).createTownship;
    const v = (await ok(net.gatewayUrl, CREATE_VILLAGE, { t: t.id, i: { code: '511099120201', name: '一村' } }, fx.adminToken)).createVillagePoint;
    await ok(net.gatewayUrl, CREATE_TITEM, { t: t.id, i: townshipItem('T-BO-1') }, fx.adminToken);
    expect(await auditRows()).toEqual({ county: before.county, township: before.township + 3 });
    const log = await townshipLog({ entityId: v.id });
    expect(log.nodes).toEqual([expect.objectContaining({ entityType: 'VILLAGE_POINT', action: 'CREATE' })]);
    expect((await townshipLog({ entityType: 'TOWNSHIP', entityId: t.id })).total).toBe(1);
  });

  test('a refused change leaves no audit row and changes nothing', async () => {
    const before = await rowCounts(net);
    expect(codeOf(await gql(net.gatewayUrl, CREATE_DEPT, { i: dept('x1') }, fx.adminToken))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(net.gatewayUrl, UPDATE_DEPT, { id: fx.deptB.id, i: dept(fx.deptA.code) }, fx.adminToken))).toBe('DUPLICATE');
    expect(codeOf(await gql(net.gatewayUrl, CREATE_ITEM, { i: countyItem('BO-BAD', fx.deptA.id, { promisedDays: 30 }) }, fx.adminToken))).toBe('INVALID_DEADLINE');
    expect(codeOf(await gql(net.gatewayUrl, `mutation { updateCountySettings(input: { yellowDaysLeft: 99, yellowUsedFraction: 0.6, maxPromisedShare: 0.5 }) { yellowDaysLeft } }`, {}, fx.adminToken))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(net.gatewayUrl, CREATE_VILLAGE, { t: fx.townshipX.id, i: { code: '999999999201', name: '外村' } }, fx.adminToken))).toBe('BAD_USER_INPUT');
    expect(await rowCounts(net)).toEqual(before);
    expect((await ok(net.gatewayUrl, `query($id: ID!) { department(id: $id) { code } }`, { id: fx.deptB.id })).department.code).toBe(fx.deptB.code);
  });

  test('a failure after the change, inside its transaction, rolls back the change and its audit row together', async () => {
    const real = audit.recordAudit;
    jest.spyOn(audit, 'recordAudit').mockImplementation(async (...args) => {
      await real(...args);
      throw new Error('forced failure after the audit row was written');
    });
    const before = await rowCounts(net);
    expect((await gql(net.gatewayUrl, UPDATE_DEPT, { id: fx.deptB.id, i: dept(fx.deptB.code, { name: '不应保存的名称' }) }, fx.adminToken)).errors).toBeDefined();
    expect((await gql(net.gatewayUrl, CREATE_VILLAGE, { t: fx.townshipX.id, i: { code: `${fx.townshipX.code}299`, name: '不应保存的村' } }, fx.adminToken)).errors).toBeDefined();
    expect((await gql(net.gatewayUrl, `mutation { setCalendarOverride(date: "2026-12-19", workday: true) { date } }`, {}, fx.adminToken)).errors).toBeDefined();
    jest.restoreAllMocks();
    expect(await rowCounts(net)).toEqual(before);
    expect((await ok(net.gatewayUrl, `query($id: ID!) { department(id: $id) { name } }`, { id: fx.deptB.id })).department.name).toBe('临江县民政局');
  });

  test('the log filters by actor, entity type and period, and pages in the database', async () => {
    const other = await net.token({ role: 'COUNTY_ADMIN', userId: 'admin-2', name: '第二管理员' });
    await ok(net.gatewayUrl, CREATE_DEPT, { i: dept('FLTR') }, other);
    const mine = await countyLog({ actorId: 'admin-2' });
    expect(mine.total).toBe(1);
    expect(mine.nodes[0]).toMatchObject({ actorName: '第二管理员', entityType: 'DEPARTMENT' });
    const today = net.clock.now().toISOString().slice(0, 10);
    expect((await countyLog({ from: today, to: today })).total).toBe((await countyLog({})).total);
    expect((await countyLog({ from: '2020-01-01', to: '2020-01-31' })).total).toBe(0);
    const page = (await ok(net.gatewayUrl, `{ countyAuditLog(limit: 2, offset: 1) { total nodes { id } } }`, {}, fx.adminToken)).countyAuditLog;
    const all = await countyLog({});
    expect(page.total).toBe(all.total);
    expect(page.nodes.map((n: { id: string }) => n.id)).toEqual(all.nodes.slice(1, 3).map((n) => n.id));
    expect(codeOf(await gql(net.gatewayUrl, `{ countyAuditLog(filter: { from: "2026-12-02", to: "2026-12-01" }) { total } }`, {}, fx.adminToken))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(net.gatewayUrl, `{ countyAuditLog(limit: 1000) { total } }`, {}, fx.adminToken))).toBe('BAD_USER_INPUT');
  });
});

describe('decisions of the efficiency office', () => {
  test('a supervision record opened by hand and a complaint decision are audited; a unit’s reply is not', async () => {
    const rec = (await ok(net.gatewayUrl, `mutation($i: OpenSupervisionInput!) { openSupervisionRecord(input: $i) { id } }`, {
      i: { requestId: rid('sv'), unitType: 'DEPARTMENT', unitId: fx.deptB.id, reason: '群众反映办理缓慢' },
    }, fx.supervisor)).openSupervisionRecord;
    const svLog = await countyLog({ entityType: 'SUPERVISION_RECORD', entityId: rec.id });
    expect(svLog.nodes).toEqual([expect.objectContaining({ action: 'OPEN', actorRole: 'SUPERVISOR' })]);
    expect(svLog.nodes[0].changes).toContainEqual({ field: 'reason', before: null, after: '"群众反映办理缓慢"' });

    const c = (await ok(net.gatewayUrl, `mutation($i: ComplaintInput!) { fileComplaint(input: $i) { id } }`, {
      i: { requestId: rid('cp'), unitType: 'DEPARTMENT', unitId: fx.deptA.id, complainantName: '张三', complainantPhone: '13812345678', text: '窗口人员推诿' },
    })).fileComplaint;
    const ACT = `mutation($i: ComplaintActionInput!) { actOnComplaint(input: $i) { id version status } }`;
    const started = (await ok(net.gatewayUrl, ACT, { i: { id: c.id, version: 1, action: 'START' } }, fx.supervisor)).actOnComplaint;
    await ok(net.gatewayUrl, ACT, { i: { id: c.id, version: started.version, action: 'REPLY', note: '已整改' } }, fx.clerkA);
    const cpLog = await countyLog({ entityType: 'COMPLAINT', entityId: c.id });
    expect(cpLog.nodes.map((n) => n.action)).toEqual(['START']);
    expect(cpLog.nodes[0].changes).toContainEqual({ field: 'status', before: '"RECEIVED"', after: '"HANDLING"' });
  });
});

test('a rectification decision at a township is audited in the township database; the unit’s own steps are not', async () => {
  let c = (await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId: rid('rc'), itemId: fx.tItemX.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkX)).receiveTownshipCase;
  for (const step of [{ action: 'ACCEPT' }, { action: 'APPROVE', resultDocumentNumber: '临许〔2026〕9号' }, { action: 'DELIVER', deliveryMethod: 'IN_PERSON' }]) {
    c = { ...c, ...(await ok(net.gatewayUrl, ACT_TOWNSHIP, { i: { id: c.id, version: c.version, ...step } }, fx.clerkX)).actOnTownshipCase };
  }
  await ok(net.gatewayUrl, `mutation($i: ReviewInput!) { submitReview(input: $i) { level } }`, { i: { requestId: rid('rv'), number: c.number, queryCode: c.queryCode, level: 5, comment: '态度差' } });
  const r = (await ok(net.gatewayUrl, `query($id: ID!) { townshipCase(id: $id) { review { id version } } }`, { id: c.id }, fx.supervisor)).townshipCase.review;
  const ACT = `mutation($i: RectificationActionInput!) { actOnTownshipRectification(input: $i) { version rectificationStatus } }`;
  await ok(net.gatewayUrl, ACT, { i: { reviewId: r.id, version: 1, action: 'START', note: '已约谈' } }, fx.clerkX);
  await ok(net.gatewayUrl, ACT, { i: { reviewId: r.id, version: 2, action: 'INVALIDATE', note: '经核查无不当言行' } }, fx.supervisor);
  const log = await townshipLog({ entityType: 'RECTIFICATION', entityId: r.id });
  expect(log.nodes).toEqual([expect.objectContaining({ action: 'INVALIDATE', actorRole: 'SUPERVISOR' })]);
  expect(log.nodes[0].changes).toContainEqual({ field: 'rectificationStatus', before: '"RECTIFYING"', after: '"INVALID"' });
});

describe('access', () => {
  test('the audit log: administrators and supervisors, on the gateway and on each subgraph; everyone else refused', async () => {
    for (const url of [net.gatewayUrl, net.countyUrl]) {
      expect((await countyLog({}, url, fx.adminToken)).total).toBeGreaterThan(0);
      expect((await countyLog({}, url, fx.supervisor)).total).toBeGreaterThan(0);
    }
    for (const url of [net.gatewayUrl, net.townshipUrl]) {
      expect((await townshipLog({}, url, fx.supervisor)).total).toBeGreaterThan(0);
    }
    for (const [url, q, field] of [
      [net.gatewayUrl, COUNTY_LOG, 'countyAuditLog'],
      [net.countyUrl, COUNTY_LOG, 'countyAuditLog'],
      [net.gatewayUrl, TOWNSHIP_LOG, 'townshipAuditLog'],
      [net.townshipUrl, TOWNSHIP_LOG, 'townshipAuditLog'],
    ] as const) {
      for (const token of [fx.clerkA, fx.clerkX, fx.viewer]) {
        const r = await gql(url, q, {}, token);
        expect(codeOf(r)).toBe('FORBIDDEN');
        expect(r.data?.[field] ?? null).toBeNull();
      }
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(codeOf(await gql(url, q, {})));
    }
  });

  test('the new mutations are for administrators only', async () => {
    const v = (await ok(net.gatewayUrl, CREATE_VILLAGE, { t: fx.townshipY.id, i: { code: `${fx.townshipY.code}230`, name: '权限村' } }, fx.adminToken)).createVillagePoint;
    const before = await rowCounts(net);
    const attempts: [string, string, Record<string, unknown>][] = [
      [net.countyUrl, DEPT_ACTIVE, { id: fx.deptB.id, a: false }],
      [net.townshipUrl, TOWNSHIP_ACTIVE, { id: fx.townshipY.id, a: false }],
      [net.townshipUrl, UPDATE_VILLAGE, { id: v.id, i: { code: v.code, name: '改名' } }],
      [net.townshipUrl, VILLAGE_ACTIVE, { id: v.id, a: false }],
    ];
    for (const [direct, q, vars] of attempts) {
      for (const url of [net.gatewayUrl, direct]) {
        for (const token of [fx.clerkA, fx.clerkX, fx.supervisor, fx.viewer]) expect(codeOf(await gql(url, q, vars, token))).toBe('FORBIDDEN');
        expect(codeOf(await gql(url, q, vars))).toBe('UNAUTHENTICATED');
      }
    }
    expect(await rowCounts(net)).toEqual(before);
  });
});

describe('idempotent creation', () => {
  async function rule(q: string, field: string, vars: (requestId: string) => Record<string, unknown>, changed: (requestId: string) => Record<string, unknown>) {
    const key = rid(field);
    const first = (await ok(net.gatewayUrl, q, vars(key), fx.adminToken))[field];
    const before = await rowCounts(net);
    expect((await ok(net.gatewayUrl, q, vars(key), fx.adminToken))[field]).toEqual(first);
    const reused = await gql(net.gatewayUrl, q, changed(key), fx.adminToken);
    expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await rowCounts(net)).toEqual(before);
    expect(codeOf(await gql(net.gatewayUrl, q, vars('short'), fx.adminToken))).toBe('BAD_USER_INPUT');
    expect(await rowCounts(net)).toEqual(before);
  }

  test('createDepartment', () =>
    rule(CREATE_DEPT, 'createDepartment', (r) => ({ i: dept('IDEMA', { requestId: r }) }), (r) => ({ i: dept('IDEMA', { requestId: r, name: '另一个名称' }) })));
  test('createCountyItem', () =>
    rule(CREATE_ITEM, 'createCountyItem', (r) => ({ i: countyItem('ID-001', fx.deptA.id, { requestId: r }) }), (r) => ({ i: countyItem('ID-001', fx.deptA.id, { requestId: r, promisedDays: 5 }) })));
  test('createTownship', () =>
    rule(CREATE_TOWNSHIP, 'createTownship', (r) => ({ i: { divisionCode: '511099130', name: '幂等镇', address: '幂等镇1号', phone: '0839-1', requestId: r } }), (r) => ({ i: { divisionCode: '511099131', name: '幂等镇', address: '幂等镇1号', phone: '0839-1', requestId: r } })));
  test('createVillagePoint', () =>
    rule(CREATE_VILLAGE, 'createVillagePoint', (r) => ({ t: fx.townshipX.id, i: { code: `${fx.townshipX.code}240`, name: '幂等村', requestId: r } }), (r) => ({ t: fx.townshipX.id, i: { code: `${fx.townshipX.code}240`, name: '别的村', requestId: r } })));
  test('createTownshipItem', () =>
    rule(CREATE_TITEM, 'createTownshipItem', (r) => ({ t: fx.townshipX.id, i: townshipItem('T-ID-1', { requestId: r }) }), (r) => ({ t: fx.townshipY.id, i: townshipItem('T-ID-1', { requestId: r }) })));

  test('without a requestId a repeat is still refused as DUPLICATE, as before', async () => {
    await ok(net.gatewayUrl, CREATE_DEPT, { i: dept('NOKEY') }, fx.adminToken);
    expect(codeOf(await gql(net.gatewayUrl, CREATE_DEPT, { i: dept('NOKEY') }, fx.adminToken))).toBe('DUPLICATE');
  });
});

describe('village points, departments and townships', () => {
  test('a village point is updated and deactivated, each change audited', async () => {
    const v = (await ok(net.gatewayUrl, CREATE_VILLAGE, { t: fx.townshipX.id, i: { code: `${fx.townshipX.code}250`, name: '旧名村' } }, fx.adminToken)).createVillagePoint;
    expect(v.active).toBe(true);
    const u = (await ok(net.gatewayUrl, UPDATE_VILLAGE, { id: v.id, i: { code: `${fx.townshipX.code}251`, name: '新名村' } }, fx.adminToken)).updateVillagePoint;
    expect(u).toEqual({ id: v.id, code: `${fx.townshipX.code}251`, name: '新名村', active: true, township: { id: fx.townshipX.id } });
    expect(codeOf(await gql(net.gatewayUrl, UPDATE_VILLAGE, { id: v.id, i: { code: `${fx.townshipY.code}251`, name: '新名村' } }, fx.adminToken))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(net.gatewayUrl, UPDATE_VILLAGE, { id: '00000000-0000-4000-8000-000000000000', i: { code: `${fx.townshipX.code}252`, name: '无' } }, fx.adminToken))).toBe('NOT_FOUND');
    expect((await ok(net.gatewayUrl, VILLAGE_ACTIVE, { id: v.id, a: false }, fx.adminToken)).setVillagePointActive.active).toBe(false);
    const shown = (await ok(net.gatewayUrl, `query($id: ID!) { township(id: $id) { villagePoints { id active } } }`, { id: fx.townshipX.id })).township.villagePoints;
    expect(shown).toContainEqual({ id: v.id, active: false });
    const log = await townshipLog({ entityType: 'VILLAGE_POINT', entityId: v.id });
    expect(log.nodes.map((n) => n.action)).toEqual(['DEACTIVATE', 'UPDATE', 'CREATE']);
    expect(log.nodes[1].changes).toEqual([
      { field: 'code', before: `"${fx.townshipX.code}250"`, after: `"${fx.townshipX.code}251"` },
      { field: 'name', before: '"旧名村"', after: '"新名村"' },
    ]);
  });

  test('a department with open cases cannot be deactivated; one without can, and be reactivated', async () => {
    await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: rid('case'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkA);
    const before = await rowCounts(net);
    const refused = await gql(net.gatewayUrl, DEPT_ACTIVE, { id: fx.deptA.id, a: false }, fx.adminToken);
    expect(codeOf(refused)).toBe('UNIT_HAS_OPEN_WORK');
    expect(refused.errors![0].message).toMatch(/未办结/);
    expect(await rowCounts(net)).toEqual(before);
    expect((await ok(net.gatewayUrl, `query($id: ID!) { department(id: $id) { active } }`, { id: fx.deptA.id })).department.active).toBe(true);

    const d = (await ok(net.gatewayUrl, CREATE_DEPT, { i: dept('EMPTY') }, fx.adminToken)).createDepartment;
    expect((await ok(net.gatewayUrl, DEPT_ACTIVE, { id: d.id, a: false }, fx.adminToken)).setDepartmentActive.active).toBe(false);
    expect((await ok(net.gatewayUrl, DEPT_ACTIVE, { id: d.id, a: true }, fx.adminToken)).setDepartmentActive.active).toBe(true);
    expect((await countyLog({ entityId: d.id })).nodes.map((n) => n.action)).toEqual(['REACTIVATE', 'DEACTIVATE', 'CREATE']);
  });

  test('a township with open cases cannot be deactivated; an empty one can', async () => {
    await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId: rid('tcase'), itemId: fx.tItemX.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] } }, fx.clerkX);
    const before = await rowCounts(net);
    expect(codeOf(await gql(net.gatewayUrl, TOWNSHIP_ACTIVE, { id: fx.townshipX.id, a: false }, fx.adminToken))).toBe('UNIT_HAS_OPEN_WORK');
    expect(await rowCounts(net)).toEqual(before);
    const t = (await ok(net.gatewayUrl, CREATE_TOWNSHIP, { i: { divisionCode: '511099140', name: '空镇', address: '空镇1号', phone: '0839-2' } }, fx.adminToken)).createTownship;
    expect((await ok(net.gatewayUrl, TOWNSHIP_ACTIVE, { id: t.id, a: false }, fx.adminToken)).setTownshipActive.active).toBe(false);
  });
});

describe('development tokens name real units', () => {
  test('a department created through the API gets a token by its code, and the token works', async () => {
    const d = (await ok(net.gatewayUrl, CREATE_DEPT, { i: dept('TOKN') }, fx.adminToken)).createDepartment;
    const r = await fetch(`${origin}/dev/token?role=COUNTY_CLERK&department=tokn`);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { token: string; principal: { departmentId: string } };
    expect(body.principal.departmentId).toBe(d.id);
    expect((await ok(net.gatewayUrl, `{ countyCases(limit: 1) { total } }`, {}, body.token)).countyCases.total).toBe(0);
  });

  test('a township by its division code', async () => {
    const r = await fetch(`${origin}/dev/token?role=TOWNSHIP_CLERK&township=${fx.townshipY.code}`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { principal: { townshipId: string } }).principal.townshipId).toBe(fx.townshipY.id);
  });

  test('an unknown code or id is refused with a clear message', async () => {
    for (const q of ['role=COUNTY_CLERK&department=NOSUCH', 'role=TOWNSHIP_CLERK&township=511099999', 'role=COUNTY_CLERK&department=00000000-0000-4000-8000-000000000000']) {
      const r = await fetch(`${origin}/dev/token?${q}`);
      expect(r.status).toBe(400);
      expect(((await r.json()) as { error: string }).error).toMatch(/没有/);
    }
  });
});

describe('a stopped township item (停办) can be offered again', () => {
  const UPDATE_TITEM = `mutation($id: ID!, $i: TownshipItemInput!) { updateTownshipItem(id: $id, input: $i) { item { id active } } }`;
  const ITEMS_OF = `query($t: ID!) { township(id: $t) { offered: items { id } all: items(includeInactive: true) { id active } } }`;
  const LISTED = `query($t: ID, $all: Boolean) { townshipItems(townshipId: $t, includeInactive: $all) { id } }`;

  test('stopped, it leaves the public lists but stays on the administrator’s; switched on, it is offered again', async () => {
    const input = townshipItem('T-STOP-1');
    const { id } = (await ok(net.gatewayUrl, CREATE_TITEM, { t: fx.townshipX.id, i: input }, fx.adminToken)).createTownshipItem.item;
    expect((await ok(net.gatewayUrl, UPDATE_TITEM, { id, i: { ...input, active: false } }, fx.adminToken)).updateTownshipItem.item.active).toBe(false);

    const stopped = (await ok(net.gatewayUrl, ITEMS_OF, { t: fx.townshipX.id })).township;
    expect(stopped.offered.map((i: { id: string }) => i.id)).not.toContain(id);
    expect(stopped.all).toContainEqual({ id, active: false });
    const ids = async (all: boolean | null) => ((await ok(net.gatewayUrl, LISTED, { t: fx.townshipX.id, all })).townshipItems as { id: string }[]).map((i) => i.id);
    expect(await ids(null)).not.toContain(id);
    expect(await ids(true)).toContain(id);

    expect((await ok(net.gatewayUrl, UPDATE_TITEM, { id, i: { ...input, active: true } }, fx.adminToken)).updateTownshipItem.item.active).toBe(true);
    expect((await ok(net.gatewayUrl, ITEMS_OF, { t: fx.townshipX.id })).township.offered.map((i: { id: string }) => i.id)).toContain(id);
    expect(await ids(false)).toContain(id);
  });
});

describe('administrators saving the same thing at once', () => {
  test('five identical day overrides sent together all succeed and leave one override', async () => {
    const SET = `mutation { setCalendarOverride(date: "2027-03-03", workday: false, note: "同时保存") { date workday } }`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => gql(net.gatewayUrl, SET, {}, fx.adminToken)));
    for (const a of answers) expect(a.errors).toBeUndefined();
    const rows = await net.county.db.dataSource.query(`SELECT COUNT(*) AS n FROM calendar_override WHERE date = '2027-03-03'`);
    expect(Number(rows[0].n)).toBe(1);
    const confirmations = await Promise.all(Array.from({ length: 3 }, () => gql(net.gatewayUrl, `mutation { confirmCalendarYear(year: 2027, confirmed: true) { confirmedYears } }`, {}, fx.adminToken)));
    for (const a of confirmations) expect(a.errors).toBeUndefined();
  });
});
