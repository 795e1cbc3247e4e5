/**
 * 网上申报: the public applies for a county or township item without signing in; the application
 * becomes a RECEIVED case with channel ONLINE in the responsible window's queue, the applicant
 * follows it on /track, and the window accepts it as a walk-in (the clock starts at acceptance).
 * Repeats return the first receipt; bad input is refused with a stable code and stores nothing.
 */
import { randomUUID } from 'node:crypto';
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, type Fixture } from '../support/fixtures';

let net: Network;
let fx: Fixture;

const APPLY_COUNTY = `mutation($i: OnlineApplicationInput!) { applyCountyItemOnline(input: $i) { number queryCode itemName unitName receivedAt } }`;
const APPLY_TOWNSHIP = `mutation($i: OnlineApplicationInput!) { applyTownshipItemOnline(input: $i) { number queryCode itemName unitName receivedAt } }`;
const COUNTY_LIST = `query($f: CountyCaseFilter) { countyCases(filter: $f, limit: 100) { total nodes { id number version status channel history { step label actorName } } } }`;
const TOWNSHIP_LIST = `query($f: TownshipCaseFilter) { townshipCases(filter: $f, limit: 100) { total nodes { id number status channel } } }`;
const TRACK = `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) { county { status steps { label status } } } }`;
const PLANNED = ['申请书', '申请人身份证明'];

const application = (o: Record<string, unknown> = {}) => ({ requestId: randomUUID(), itemId: fx.itemA.id, applicant: applicant('网申人'), plannedMaterials: PLANNED, ...o });
const countyTotal = async () => (await ok(net.gatewayUrl, `{ countyCases(limit: 1) { total } }`, {}, fx.adminToken)).countyCases.total as number;
const townshipTotal = async () => (await ok(net.gatewayUrl, `{ townshipCases(limit: 1) { total } }`, {}, fx.adminToken)).townshipCases.total as number;

beforeAll(async () => {
  // Enough public filings per minute for the whole file; the limit itself is tested below on its own network.
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z', env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '1000' } });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now());
});
afterAll(async () => net?.stop());

describe('a county item applied for online', () => {
  let receipt: { number: string; queryCode: string; itemName: string; unitName: string; receivedAt: string };

  beforeAll(async () => {
    receipt = (await ok(net.gatewayUrl, APPLY_COUNTY, { i: application({ note: '下午到窗口' }) })).applyCountyItemOnline;
  });

  test('the applicant gets the number, the query code, the item and the window at once', () => {
    expect(receipt.number).toMatch(new RegExp(`^${fx.deptA.code}-20261116-\\d{4}$`));
    expect(receipt.queryCode).toMatch(/^[A-Z0-9]{6,8}$/);
    expect(receipt.unitName).toBe('临江县市场监督管理局');
    expect(receipt.receivedAt).toBe('2026-11-16T02:00:00.000Z');
  });

  test('it waits RECEIVED with channel ONLINE in the department clerk’s queue, first step 网上申报', async () => {
    const mine = (await ok(net.gatewayUrl, COUNTY_LIST, { f: { channel: ['ONLINE'] } }, fx.clerkA)).countyCases;
    const c = mine.nodes.find((n: { number: string }) => n.number === receipt.number);
    expect(c).toMatchObject({ status: 'RECEIVED', channel: 'ONLINE' });
    expect(c.history[0]).toMatchObject({ step: 'applyOnline', label: '网上申报', actorName: '网上申报' });
    // The other department does not see it; window cases are not ONLINE.
    const other = (await ok(net.gatewayUrl, COUNTY_LIST, { f: { channel: ['ONLINE'] } }, fx.clerkB)).countyCases;
    expect(other.nodes.map((n: { number: string }) => n.number)).not.toContain(receipt.number);
    const windows = (await ok(net.gatewayUrl, COUNTY_LIST, { f: { channel: ['WINDOW'] } }, fx.clerkA)).countyCases;
    expect(windows.nodes.map((n: { number: string }) => n.number)).not.toContain(receipt.number);
  });

  test('the applicant follows it on /track, online step first; the window accepts it and the clock starts then', async () => {
    const tracked = (await ok(net.gatewayUrl, TRACK, { n: receipt.number, q: receipt.queryCode })).trackCase;
    expect(tracked.county.status).toBe('RECEIVED');
    expect(tracked.county.steps[0]).toEqual({ label: '网上申报', status: 'RECEIVED' });
    const c = (await ok(net.gatewayUrl, COUNTY_LIST, { f: { number: receipt.number } }, fx.clerkA)).countyCases.nodes[0];
    net.clock.set('2026-11-17T01:00:00.000Z');
    const accepted = (await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, fx.clerkA)).actOnCountyCase;
    expect(accepted.status).toBe('ACCEPTED');
    // itemA promises 3 working days from Tuesday 17 Nov: Friday 20 Nov.
    expect(accepted.deadline.dueDate).toBe('2026-11-20');
    // Accepted, it counts in the period's figures as 网上申报, for the county and the network: with
    // two walk-ins accepted the same day at the county and one at a township, 1 of 3 and 1 of 4.
    const RECEIVE = `mutation($i: ReceiveCountyCaseInput!) { receiveCountyCase(input: $i) { id version } }`;
    for (const key of ['walk-in-share-1', 'walk-in-share-2']) {
      const w = (await ok(net.gatewayUrl, RECEIVE, { i: { requestId: key, itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: PLANNED } }, fx.clerkA)).receiveCountyCase;
      await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: w.id, version: w.version, action: 'ACCEPT' } }, fx.clerkA);
    }
    const t = (await ok(net.gatewayUrl, `mutation($i: ReceiveTownshipCaseInput!) { receiveTownshipCase(input: $i) { id version } }`, { i: { requestId: 'walk-in-share-3', itemId: fx.tItemX.id, applicant: applicant(), submittedMaterials: PLANNED } }, fx.clerkX)).receiveTownshipCase;
    await ok(net.gatewayUrl, `mutation($i: CaseActionInput!) { actOnTownshipCase(input: $i) { id } }`, { i: { id: t.id, version: t.version, action: 'ACCEPT' } }, fx.clerkX);
    const share = `{ numerator denominator percent }`;
    const stats = (await ok(net.gatewayUrl, `{ statistics(from: "2026-11-17", to: "2026-11-17") { county { figures { accepted online onlineShare ${share} } } network { figures { accepted online onlineShare ${share} } } } }`, {}, fx.supervisor)).statistics;
    expect(stats.county.figures).toEqual({ accepted: 3, online: 1, onlineShare: { numerator: 1, denominator: 3, percent: '33.3%' } });
    expect(stats.network.figures).toEqual({ accepted: 4, online: 1, onlineShare: { numerator: 1, denominator: 4, percent: '25.0%' } });
    net.clock.set('2026-11-16T02:00:00.000Z');
  });

  test('the same form sent again returns the first receipt and stores nothing new; other content under its key is refused', async () => {
    const form = application();
    const first = (await ok(net.gatewayUrl, APPLY_COUNTY, { i: form })).applyCountyItemOnline;
    const before = await countyTotal();
    const again = (await ok(net.gatewayUrl, APPLY_COUNTY, { i: form })).applyCountyItemOnline;
    expect(again).toEqual(first);
    const changed = await gql(net.gatewayUrl, APPLY_COUNTY, { i: { ...form, note: '换了内容' } });
    expect(codeOf(changed)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countyTotal()).toBe(before);
  });

  test('a window key and an online key never meet: a clerk’s requestId is not an online one', async () => {
    const key = `shared-key-${randomUUID()}`;
    await ok(net.gatewayUrl, `mutation($i: ReceiveCountyCaseInput!) { receiveCountyCase(input: $i) { id } }`, { i: { requestId: key, itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: PLANNED } }, fx.clerkA);
    const online = (await ok(net.gatewayUrl, APPLY_COUNTY, { i: application({ requestId: key }) })).applyCountyItemOnline;
    expect(online.number).toBeTruthy();
  });
});

test('a township item applied for online waits in that township’s queue only', async () => {
  const r = (await ok(net.gatewayUrl, APPLY_TOWNSHIP, { i: application({ itemId: fx.tItemX.id, plannedMaterials: ['申请书'] }) })).applyTownshipItemOnline;
  expect(r.unitName).toBe('河口镇');
  const x = (await ok(net.gatewayUrl, TOWNSHIP_LIST, { f: { channel: ['ONLINE'] } }, fx.clerkX)).townshipCases;
  expect(x.nodes.find((n: { number: string }) => n.number === r.number)).toMatchObject({ status: 'RECEIVED', channel: 'ONLINE' });
  const y = (await ok(net.gatewayUrl, TOWNSHIP_LIST, { f: { channel: ['ONLINE'] } }, fx.clerkY)).townshipCases;
  expect(y.nodes.map((n: { number: string }) => n.number)).not.toContain(r.number);
});

describe('bad input is refused with a stable code and stores nothing', () => {
  const wrongCheckDigit = '110105194912310021';
  test.each([
    ['a short requestId', { requestId: 'abc123' }, 'BAD_USER_INPUT'],
    ['a requestId with other characters', { requestId: 'x'.repeat(20) + '<script>' }, 'BAD_USER_INPUT'],
    ['no phone', { applicant: { ...applicant(), phone: null } }, 'BAD_USER_INPUT'],
    ['a blank phone', { applicant: { ...applicant(), phone: '  ' } }, 'BAD_USER_INPUT'],
    ['a wrong ID check digit', { applicant: { ...applicant(), idNumber: wrongCheckDigit } }, 'INVALID_ID_NUMBER'],
    ['an unknown item', { itemId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ['a malformed item id', { itemId: 'x' }, 'BAD_USER_INPUT'],
    ['a township item sent to the county', { itemId: '__TOWNSHIP_ITEM__' }, 'NOT_FOUND'],
    ['a material the item does not list', { plannedMaterials: ['不存在的材料'] }, 'BAD_USER_INPUT'],
    ['a note past 500 characters', { note: '备'.repeat(501) }, 'TEXT_TOO_LONG'],
  ])('%s', async (_, change, expected) => {
    const before = await countyTotal();
    const input = application(change);
    if (input.itemId === '__TOWNSHIP_ITEM__') input.itemId = fx.tItemX.id;
    const r = await gql(net.gatewayUrl, APPLY_COUNTY, { i: input });
    expect(r.data?.applyCountyItemOnline ?? null).toBeNull();
    expect(codeOf(r)).toBe(expected);
    expect(r.errors?.[0]?.path).toEqual(['applyCountyItemOnline']);
    expect(await countyTotal()).toBe(before);
  });

  test('an unknown material names the online input’s field, plannedMaterials, and the material', async () => {
    const before = await countyTotal();
    const r = await gql(net.gatewayUrl, APPLY_COUNTY, { i: application({ plannedMaterials: ['申请书', '不存在的材料'] }) });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.details).toEqual({ field: 'plannedMaterials', unknown: ['不存在的材料'] });
    expect(r.errors?.[0]?.message).toContain('plannedMaterials');
    expect(r.errors?.[0]?.message).not.toContain('submittedMaterials');
    expect(await countyTotal()).toBe(before);
    // A window's receipt still names its own field.
    const w = await gql(net.gatewayUrl, `mutation($i: ReceiveCountyCaseInput!) { receiveCountyCase(input: $i) { id } }`, { i: { requestId: randomUUID(), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['不存在的材料'] } }, fx.clerkA);
    expect(w.errors?.[0]?.extensions?.details).toMatchObject({ field: 'submittedMaterials' });
    expect(await countyTotal()).toBe(before);
  });

  test('an unknown channel in a list filter is refused by the schema', async () => {
    const r = await gql(net.gatewayUrl, COUNTY_LIST, { f: { channel: ['FAX'] } }, fx.clerkA);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  test('a retired item or a closed township window takes no online application', async () => {
    const tBefore = await townshipTotal();
    await ok(net.gatewayUrl, `mutation($id: ID!) { setTownshipActive(id: $id, active: false) { active } }`, { id: fx.townshipY.id }, fx.adminToken).catch(() => undefined);
    const closed = await gql(net.gatewayUrl, APPLY_TOWNSHIP, { i: application({ itemId: fx.tItemY.id, plannedMaterials: ['申请书'] }) });
    const still = (await ok(net.gatewayUrl, `query($id: ID!) { township(id: $id) { active } }`, { id: fx.townshipY.id })).township.active;
    // Deactivation may be refused while the township has open work; either way a closed one refuses.
    if (!still) expect(codeOf(closed)).toBe('UNIT_INACTIVE');
    expect(await townshipTotal()).toBe(tBefore + (still ? 1 : 0));
  });
});

test('online applications are rate-limited per client address like other public filings', async () => {
  const limited = await startNetwork({ now: '2026-11-16T02:00:00.000Z', env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '2' } });
  try {
    const f = await buildFixture(limited);
    const send = () => gql(limited.gatewayUrl, APPLY_COUNTY, { i: { requestId: randomUUID(), itemId: f.itemA.id, applicant: applicant(), plannedMaterials: PLANNED } });
    const results = [await send(), await send(), await send()];
    expect(results.map((r) => codeOf(r) ?? 'OK')).toEqual(['OK', 'OK', 'RATE_LIMITED']);
    expect(results[2].status).toBe(429);
    const total = (await ok(limited.gatewayUrl, `{ countyCases(limit: 1) { total } }`, {}, f.adminToken)).countyCases.total;
    expect(total).toBe(2);
  } finally {
    await limited.stop();
  }
});
