/**
 * 网上申报 of a delegable county item at a township window the applicant chose: it waits RECEIVED
 * (channel ONLINE) for that township's clerks, who accept it — the delegated intake keeps the
 * receipt's number and query code, its history starts with 网上申报, and the county case created
 * from it is ONLINE — or do not accept it with a reason, which the applicant sees on /track.
 */
import { randomUUID } from 'node:crypto';
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, type Fixture } from '../support/fixtures';
import { rowCounts } from '../support/row-counts';

let net: Network;
let fx: Fixture;
let onlyY: { id: string };

const APPLY = `mutation($i: DelegatedOnlineApplicationInput!) { applyDelegatedItemOnline(input: $i) { number queryCode itemName unitName receivedAt } }`;
const LIST = `query($f: OnlineIntakeApplicationFilter) { onlineIntakeApplications(filter: $f, limit: 100) { total nodes { id number queryCode version status channel plannedMaterials township { id name } applicant { name idNumber phone masked } } } }`;
const WORK = `{ townshipWorkList { onlineApplications { id number channel } } }`;
const ACCEPT = `mutation($i: AcceptOnlineApplicationInput!) { acceptOnlineIntakeApplication(input: $i) { id number queryCode version stage channel submittedMaterials history { step label actorName actorRole at } } }`;
const DECLINE = `mutation($id: ID!, $v: Int!, $r: String!) { declineOnlineIntakeApplication(id: $id, version: $v, reason: $r) { id status statusLabel refusalReason version } }`;
const TRACK = `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) { township { status statusLabel unitName steps { label status unitName } } county { status steps { label status } } } }`;
const PLANNED = ['申请书', '申请人身份证明'];
const AUDIT = `query($f: AuditLogFilter) { townshipAuditLog(filter: $f, limit: 50) { total nodes { at actorId actorName actorRole actorUnitId entityType entityId action changes { field before after } } } }`;
/** The township audit log's entries about one online application, as the county administrator reads them (gateway or township subgraph). */
const auditOf = async (id: string, url = net.gatewayUrl) => (await ok(url, AUDIT, { f: { entityType: 'ONLINE_APPLICATION', entityId: id } }, fx.adminToken)).townshipAuditLog;

const application = (o: Record<string, unknown> = {}) => ({
  requestId: randomUUID(), itemId: fx.delegable.id, townshipId: fx.townshipX.id, applicant: applicant('网申乡民'), plannedMaterials: PLANNED, ...o,
});
const apply = async (o: Record<string, unknown> = {}) => (await ok(net.gatewayUrl, APPLY, { i: application(o) })).applyDelegatedItemOnline;
const pendingOf = async (token: string, number: string) =>
  (await ok(net.gatewayUrl, LIST, { f: { status: ['RECEIVED'] } }, token)).onlineIntakeApplications.nodes.find((n: { number: string }) => n.number === number);

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z', env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '1000' } });
  fx = await buildFixture(net);
  onlyY = (
    await ok(net.gatewayUrl, `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } } }`, {
      i: { code: 'SCJG-012', name: '仅白水乡受理事项', departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: 5, materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '测试依据', delegable: true, delegatedTownshipIds: [fx.townshipY.id] },
    }, fx.adminToken)
  ).createCountyItem.item;
  await net.township.services.calendar.sync(net.clock.now()); // the township copies the delegable catalog
});
afterAll(async () => net?.stop());

describe('applied for online at a township window', () => {
  let receipt: { number: string; queryCode: string; itemName: string; unitName: string; receivedAt: string };
  beforeAll(async () => {
    receipt = await apply({ note: '周三上午来镇上' });
  });

  test('the receipt gives the township’s number and the query code at once', () => {
    expect(receipt.number).toMatch(new RegExp(`^${fx.townshipX.code}-20261116-\\d{4}$`));
    expect(receipt.queryCode).toMatch(/^[A-Z0-9]{6,8}$/);
    expect(receipt).toMatchObject({ itemName: '事项SCJG-010', unitName: '河口镇', receivedAt: '2026-11-16T02:00:00.000Z' });
  });

  test('it lands at the chosen township, ONLINE, for its clerks only (gateway and township subgraph alike)', async () => {
    const mine = await pendingOf(fx.clerkX, receipt.number);
    expect(mine).toMatchObject({ status: 'RECEIVED', channel: 'ONLINE', township: { name: '河口镇' }, plannedMaterials: PLANNED, queryCode: receipt.queryCode, applicant: { name: '网申乡民', masked: false } });
    const work = (await ok(net.gatewayUrl, WORK, {}, fx.clerkX)).townshipWorkList.onlineApplications;
    expect(work).toContainEqual({ id: mine.id, number: receipt.number, channel: 'ONLINE' });
    // The other township's clerk neither lists nor reads nor acts on it.
    expect(await pendingOf(fx.clerkY, receipt.number)).toBeUndefined();
    expect((await ok(net.gatewayUrl, WORK, {}, fx.clerkY)).townshipWorkList.onlineApplications).toEqual([]);
    const asked = await gql(net.gatewayUrl, LIST, { f: { townshipId: fx.townshipX.id } }, fx.clerkY);
    expect(codeOf(asked)).toBe('FORBIDDEN');
    for (const url of [net.gatewayUrl, net.townshipUrl]) {
      const read = await gql(url, `query($id: ID!) { onlineIntakeApplication(id: $id) { id } }`, { id: mine.id }, fx.clerkY);
      expect(codeOf(read)).toBe('FORBIDDEN');
      const before = await rowCounts(net);
      const acted = await gql(url, ACCEPT, { i: { id: mine.id, version: mine.version, submittedMaterials: PLANNED } }, fx.clerkY);
      expect(codeOf(acted)).toBe('FORBIDDEN');
      const declined = await gql(url, DECLINE, { id: mine.id, v: mine.version, r: '不是本乡镇' }, fx.clerkY);
      expect(codeOf(declined)).toBe('FORBIDDEN');
      expect(await rowCounts(net)).toEqual(before);
    }
    // Supervisors read it with personal data masked; the public does not list it.
    const sup = (await ok(net.gatewayUrl, LIST, { f: { townshipId: fx.townshipX.id } }, fx.supervisor)).onlineIntakeApplications.nodes.find((n: { number: string }) => n.number === receipt.number);
    expect(sup.applicant.masked).toBe(true);
    expect(sup.queryCode).toBe('******');
    expect(codeOf(await gql(net.gatewayUrl, LIST, {}))).toBe('UNAUTHENTICATED');
  });

  test('tracked before acceptance: 收件 at the township, 网上申报 first', async () => {
    const t = (await ok(net.gatewayUrl, TRACK, { n: receipt.number, q: receipt.queryCode })).trackCase;
    expect(t.township).toMatchObject({ status: 'RECEIVED', unitName: '河口镇', steps: [{ label: '网上申报', status: 'RECEIVED', unitName: '河口镇' }] });
    expect(t.county).toBeNull();
  });

  test('the clerk accepts it: the intake keeps number and code, 网上申报 then 委托受理; the county case is ONLINE', async () => {
    const mine = await pendingOf(fx.clerkX, receipt.number);
    // The mandatory materials rule applies at acceptance.
    const before = await rowCounts(net);
    const short = await gql(net.gatewayUrl, ACCEPT, { i: { id: mine.id, version: mine.version, submittedMaterials: ['申请书'] } }, fx.clerkX);
    expect(codeOf(short)).toBe('MATERIALS_REQUIRED');
    const unknown = await gql(net.gatewayUrl, ACCEPT, { i: { id: mine.id, version: mine.version, submittedMaterials: [...PLANNED, '不存在的材料'] } }, fx.clerkX);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(await rowCounts(net)).toEqual(before);

    net.clock.set('2026-11-17T01:00:00.000Z');
    const input = { id: mine.id, version: mine.version, submittedMaterials: [...PLANNED, '场所使用证明'] };
    const intake = (await ok(net.gatewayUrl, ACCEPT, { i: input }, fx.clerkX)).acceptOnlineIntakeApplication;
    expect(intake).toMatchObject({ number: receipt.number, queryCode: receipt.queryCode, stage: 'WAITING_FORWARD', channel: 'ONLINE' });
    expect(intake.history.map((h: { label: string }) => h.label)).toEqual(['网上申报', '委托受理']);
    // The acceptance is kept by the intake's own history, which names the clerk; the audit log keeps refusals.
    expect(intake.history[1]).toMatchObject({ step: 'intakeAccept', actorName: '赵镇员', actorRole: 'TOWNSHIP_CLERK', at: '2026-11-17T01:00:00.000Z' });
    expect((await auditOf(mine.id)).total).toBe(0);
    // The same acceptance sent again answers the same intake; the application is no longer waiting.
    const again = (await ok(net.gatewayUrl, ACCEPT, { i: input }, fx.clerkX)).acceptOnlineIntakeApplication;
    expect(again.id).toBe(intake.id);
    expect(await pendingOf(fx.clerkX, receipt.number)).toBeUndefined();
    const late = await gql(net.gatewayUrl, DECLINE, { id: mine.id, v: mine.version + 1, r: '已受理' }, fx.clerkX);
    expect(codeOf(late)).toBe('ILLEGAL_TRANSITION');

    await net.township.forwarder.drain();
    await net.county.forwarder.drain();
    const forwarded = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { forwarded version history { label } countyCase { id status channel receivedAt deadline { acceptedAt dueDate } } } }`, { id: intake.id }, fx.clerkX)).delegatedIntake;
    expect(forwarded.forwarded).toBe(true);
    // The clock started at the township's acceptance (Tuesday 17 Nov + 5 working days).
    expect(forwarded.countyCase).toMatchObject({ status: 'ACCEPTED', channel: 'ONLINE', deadline: { acceptedAt: '2026-11-17T01:00:00.000Z', dueDate: '2026-11-24' } });
    const labels = forwarded.history.map((h: { label: string }) => h.label);
    expect(labels.slice(0, 2)).toEqual(['网上申报', '委托受理']);
    expect(labels).toContain('已转报县级');
    const online = (await ok(net.gatewayUrl, `query($f: CountyCaseFilter) { countyCases(filter: $f) { nodes { id } } }`, { f: { channel: ['ONLINE'] } }, fx.clerkA)).countyCases.nodes;
    expect(online.map((n: { id: string }) => n.id)).toContain(forwarded.countyCase.id);

    const t = (await ok(net.gatewayUrl, TRACK, { n: receipt.number, q: receipt.queryCode })).trackCase;
    expect(t.township.steps[0]).toEqual({ label: '网上申报', status: 'RECEIVED', unitName: '河口镇' });
    expect(t.township.steps.map((s: { label: string }) => s.label).slice(0, 2)).toEqual(['网上申报', '委托受理']);
    expect(t.county.status).toBe('ACCEPTED');
    net.clock.set('2026-11-16T02:00:00.000Z');
  });
});

test('not accepted, with a reason: the applicant sees 不予受理 on /track; the audit log keeps who, when, which and why', async () => {
  const r = await apply();
  const mine = await pendingOf(fx.clerkX, r.number);
  const before = await rowCounts(net);
  // Refused declines change nothing, the audit log included (rowCounts counts it).
  const refused = [
    [{ id: mine.id, v: mine.version, r: '  ' }, fx.clerkX, 'REASON_REQUIRED'],
    [{ id: mine.id, v: mine.version, r: '理'.repeat(501) }, fx.clerkX, 'TEXT_TOO_LONG'],
    [{ id: mine.id, v: mine.version + 5, r: '材料不符' }, fx.clerkX, 'VERSION_CONFLICT'],
    [{ id: mine.id, v: mine.version, r: '不是本乡镇' }, fx.clerkY, 'FORBIDDEN'],
    [{ id: mine.id, v: mine.version, r: '县级窗口' }, fx.clerkA, 'FORBIDDEN'],
    [{ id: '00000000-0000-4000-8000-000000000000', v: 1, r: '材料不符' }, fx.clerkX, 'NOT_FOUND'],
    [{ id: 'x', v: 1, r: '材料不符' }, fx.clerkX, 'BAD_USER_INPUT'],
  ] as const;
  for (const [vars, token, code] of refused) expect({ vars, code: codeOf(await gql(net.gatewayUrl, DECLINE, vars, token)) }).toEqual({ vars, code });
  expect(await rowCounts(net)).toEqual(before);
  expect((await auditOf(mine.id)).total).toBe(0);
  net.clock.set('2026-11-16T03:30:00.000Z');
  const reason = '申请人不在本镇居住，请到县级窗口办理，联系电话13812345678';
  const declined = (await ok(net.gatewayUrl, DECLINE, { id: mine.id, v: mine.version, r: reason }, fx.clerkX)).declineOnlineIntakeApplication;
  net.clock.set('2026-11-16T02:00:00.000Z');
  expect(declined).toMatchObject({ status: 'NOT_ACCEPTED', statusLabel: '不予受理', refusalReason: reason });
  // One audit entry, on the gateway and the township subgraph alike: the clerk, the instant, the
  // application, the decision and its reason with the phone number masked as in every log.
  for (const url of [net.gatewayUrl, net.townshipUrl]) {
    const log = await auditOf(mine.id, url);
    expect(log.total).toBe(1);
    const [entry] = log.nodes;
    expect(entry).toMatchObject({ at: '2026-11-16T03:30:00.000Z', actorId: 'clerk-x', actorName: '赵镇员', actorRole: 'TOWNSHIP_CLERK', actorUnitId: fx.townshipX.id, entityType: 'ONLINE_APPLICATION', entityId: mine.id, action: 'DECLINE' });
    const changes = Object.fromEntries(entry.changes.map((c: { field: string; before: string | null; after: string | null }) => [c.field, [c.before, c.after]]));
    expect(changes).toEqual({
      status: ['"RECEIVED"', '"NOT_ACCEPTED"'],
      refusalReason: [null, JSON.stringify('申请人不在本镇居住，请到县级窗口办理，联系电话138****5678')],
      decidedAt: [null, '"2026-11-16T03:30:00.000Z"'],
      clerkId: [null, '"clerk-x"'],
      clerkName: [null, '"赵镇员"'],
      version: [String(mine.version), String(mine.version + 1)],
    });
    expect(JSON.stringify(entry)).not.toMatch(/13812345678|网申乡民|110105/);
  }
  const audited = await rowCounts(net);
  expect(audited).toEqual({ ...before, audit_log: before.audit_log + 1, online_intake_application: before.online_intake_application });
  // Declining again, or accepting after, is refused and writes nothing more.
  expect(codeOf(await gql(net.gatewayUrl, DECLINE, { id: mine.id, v: declined.version, r: '再次' }, fx.clerkX))).toBe('ILLEGAL_TRANSITION');
  expect(await rowCounts(net)).toEqual(audited);
  const t = (await ok(net.gatewayUrl, TRACK, { n: r.number, q: r.queryCode })).trackCase;
  expect(t.township).toMatchObject({ status: 'NOT_ACCEPTED', statusLabel: '不予受理' });
  expect(t.township.steps.map((s: { label: string }) => s.label)).toEqual(['网上申报', '不予受理']);
  // No personal data on the public view.
  expect(JSON.stringify(t)).not.toContain('申请人不在本镇居住');
  const accept = await gql(net.gatewayUrl, ACCEPT, { i: { id: mine.id, version: declined.version, submittedMaterials: PLANNED } }, fx.clerkX);
  expect(codeOf(accept)).toBe('ILLEGAL_TRANSITION');
});

test('the same form sent again returns the first receipt; other content under its key is refused', async () => {
  const form = application();
  const first = (await ok(net.gatewayUrl, APPLY, { i: form })).applyDelegatedItemOnline;
  const before = await rowCounts(net);
  expect((await ok(net.gatewayUrl, APPLY, { i: form })).applyDelegatedItemOnline).toEqual(first);
  const changed = await gql(net.gatewayUrl, APPLY, { i: { ...form, townshipId: fx.townshipY.id } });
  expect(codeOf(changed)).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(await rowCounts(net)).toEqual(before);
});

describe('bad input is refused with a stable code and stores nothing', () => {
  test.each([
    ['an item not delegated to the chosen township', () => ({ itemId: onlyY.id }), 'NOT_DELEGABLE'],
    ['a county item that is not delegable', () => ({ itemId: fx.itemA.id }), 'NOT_FOUND'],
    ['an unknown item', () => ({ itemId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND'],
    ['an unknown township', () => ({ townshipId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND'],
    ['a malformed township id', () => ({ townshipId: 'x' }), 'BAD_USER_INPUT'],
    ['a wrong ID check digit', () => ({ applicant: { ...applicant(), idNumber: '110105194912310021' } }), 'INVALID_ID_NUMBER'],
    ['a short requestId', () => ({ requestId: 'abc123' }), 'BAD_USER_INPUT'],
    ['a requestId with other characters', () => ({ requestId: `${'x'.repeat(20)}<script>` }), 'BAD_USER_INPUT'],
    ['no phone', () => ({ applicant: { ...applicant(), phone: null } }), 'BAD_USER_INPUT'],
    ['a material the item does not list', () => ({ plannedMaterials: ['不存在的材料'] }), 'BAD_USER_INPUT'],
    ['a note past 500 characters', () => ({ note: '备'.repeat(501) }), 'TEXT_TOO_LONG'],
  ])('%s', async (_, change, expected) => {
    const before = await rowCounts(net);
    const r = await gql(net.gatewayUrl, APPLY, { i: application(change()) });
    expect(r.data?.applyDelegatedItemOnline ?? null).toBeNull();
    expect(codeOf(r)).toBe(expected);
    expect(await rowCounts(net)).toEqual(before);
  });

  test('the same item at the township it is delegated to is taken', async () => {
    const r = await apply({ itemId: onlyY.id, townshipId: fx.townshipY.id, plannedMaterials: ['申请书'] });
    expect(r.unitName).toBe('白水乡');
    expect(await pendingOf(fx.clerkY, r.number)).toMatchObject({ channel: 'ONLINE' });
  });
});

test('a deactivated township takes no online application (UNIT_INACTIVE), nothing stored', async () => {
  const spare = (await ok(net.gatewayUrl, `mutation($i: TownshipInput!) { createTownship(input: $i) { id } }`, { i: { divisionCode: '511099109', name: '停用镇', address: '停用镇大院', phone: '0839-5200009' } }, fx.adminToken)).createTownship;
  await ok(net.gatewayUrl, `mutation($id: ID!) { setTownshipActive(id: $id, active: false) { active } }`, { id: spare.id }, fx.adminToken);
  const before = await rowCounts(net);
  const r = await gql(net.gatewayUrl, APPLY, { i: application({ townshipId: spare.id }) });
  expect(codeOf(r)).toBe('UNIT_INACTIVE');
  expect(await rowCounts(net)).toEqual(before);
});

test('online applications at township windows are rate-limited with the other public filings', async () => {
  const limited = await startNetwork({ now: '2026-11-16T02:00:00.000Z', env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '2' } });
  try {
    const f = await buildFixture(limited);
    await limited.township.services.calendar.sync(limited.clock.now());
    const send = () => gql(limited.gatewayUrl, APPLY, { i: { requestId: randomUUID(), itemId: f.delegable.id, townshipId: f.townshipX.id, applicant: applicant(), plannedMaterials: PLANNED } });
    const results = [await send(), await send(), await send()];
    expect(results.map((r) => codeOf(r) ?? 'OK')).toEqual(['OK', 'OK', 'RATE_LIMITED']);
    expect(results[2].status).toBe(429);
  } finally {
    await limited.stop();
  }
});
