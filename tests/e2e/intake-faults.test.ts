/**
 * Delegated intake under faults (SPEC §4.4, §6): the county down, a lost acknowledgement, one
 * intake delivered several times at once, a township restart with a full outbox, two forwarders
 * at once, repeated and stale county updates, and the forwarding warning in working hours.
 *
 * One persistent network serves the whole file; the tests run in order and the clock only moves
 * forward (2026-11-16 is a Monday, 2026-11-20 a Friday, 2026-11-23 the next Monday).
 */
import pino from 'pino';
import { In, type DataSource } from 'typeorm';
import { startNetwork, ok, gql, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, type Fixture } from '../support/fixtures';
import { GATEWAY_SECRET_HEADER } from '../../subgraphs/shared/graphql/request-auth';
import type { DatabaseTarget } from '../../subgraphs/shared/db/data-source';
import { openTownshipDatabase } from '../../subgraphs/township/server';
import { intakeForwarder } from '../../subgraphs/township/intake-forwarder';
import type { Forwarder } from '../../subgraphs/shared/outbox/forwarder';
import type { OutboxRecord } from '../../subgraphs/shared/outbox/outbox-record';
import { TownshipOutbox } from '../../subgraphs/township/entities';
import { CountyOutbox } from '../../subgraphs/county/entities';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork({ persistent: true, now: '2026-11-16T01:00:00.000Z' }); // Monday 09:00 Beijing
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now()); // the township copies the delegable catalog
}, 60_000);
afterAll(async () => net?.stop());

const silent = pino({ level: 'silent' });
const MATERIALS = ['申请书', '申请人身份证明'];
const APPLICANTS = ['张三', '李四', '王五', '赵六', '孙七', '周八', '吴九'];

const ACCEPT = `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id number stage forwarded } }`;
const INTAKE = `query($id: ID!) { delegatedIntake(id: $id) {
  id version stage forwarded forwardedAt forwardAttempts forwardingError forwardingWarning waitingSeconds countyStatus countyCaseNumber missingMaterials
  countyCase { id } history { step toStatus } } }`;
const STATUS = `{ townships { id status { waitingForward oldestWaitingSeconds } } }`;
const INTAKES = `query($t: ID!) { delegatedIntakes(filter: { townshipId: $t }, limit: 200) { total nodes { id forwarded stage } } }`;
const RECEIVE_FORWARDED = `mutation($i: ForwardedIntakeInput!) { receiveForwardedIntake(input: $i) { countyCaseId countyCaseNumber status dueDate duplicate } }`;
const RECEIVE_UPDATE = `mutation($i: CountyCaseUpdateInput!) { receiveCountyCaseUpdate(input: $i) }`;

interface Accepted {
  id: string;
  number: string;
  stage: string;
  forwarded: boolean;
}

/** Accepts one delegable county item at township X through the gateway. */
async function accept(requestId: string, name: string): Promise<Accepted> {
  const i = { requestId, countyItemId: fx.delegable.id, applicant: applicant(name), submittedMaterials: MATERIALS };
  return (await ok(net.gatewayUrl, ACCEPT, { i }, fx.clerkX)).acceptDelegatedIntake;
}

/** Accepts `n` intakes, a few windows at a time, each with its own requestId. */
async function acceptMany(prefix: string, n: number, parallel = 10): Promise<Accepted[]> {
  const out: Accepted[] = [];
  for (let start = 0; start < n; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, n - start) }, (_, k) => start + k);
    out.push(...(await Promise.all(batch.map((k) => accept(`${prefix}-${String(k).padStart(4, '0')}`, APPLICANTS[k % APPLICANTS.length])))));
  }
  return out;
}

/** Calls a subgraph directly as the SERVICE identity, as the forwarders do. */
async function asService<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const token = await net.token({ role: 'SERVICE', userId: 'township-service', name: 'township-service' });
  const headers: Record<string, string> = net.config.GATEWAY_SECRET ? { [GATEWAY_SECRET_HEADER]: net.config.GATEWAY_SECRET } : {};
  const r = await gql<T>(url, query, variables, token, headers);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

const townshipDs = () => net.township.db.dataSource;
const countyDs = () => net.county.db.dataSource;

/** The forwarding outbox rows of these intakes. */
const forwardRows = (ids: string[]) => townshipDs().getRepository(TownshipOutbox).find({ where: { kind: 'FORWARD_INTAKE', subjectId: In(ids) } });

/** `origin_intake_id` of every delegated county case, read straight from the county database. */
async function countyOrigins(): Promise<string[]> {
  const rows: { origin: string }[] = await countyDs().query(`SELECT origin_intake_id AS origin FROM county_case WHERE origin_intake_id IS NOT NULL`);
  return rows.map((r) => r.origin);
}

async function countOf(ds: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const rows: { n: unknown }[] = await ds.query(sql, params);
  return Number(rows[0].n);
}

const countyCasesOf = (intakeId: string) => countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_case WHERE origin_intake_id = ?`, [intakeId]);
const historyLength = (intakeId: string) => countOf(townshipDs(), `SELECT COUNT(*) AS n FROM delegated_intake_history WHERE case_id = ?`, [intakeId]);

/** Intakes with more than one 'forwarded' history row (must be none). */
async function doublyForwarded(): Promise<unknown[]> {
  return townshipDs().query(`SELECT case_id, COUNT(*) AS n FROM delegated_intake_history WHERE step = 'forwarded' GROUP BY case_id HAVING COUNT(*) > 1`);
}

async function statusOfX() {
  const ts = (await ok(net.gatewayUrl, STATUS, {}, fx.adminToken)).townships as { id: string; status: { waitingForward: number; oldestWaitingSeconds: number | null } }[];
  return { x: ts.find((t) => t.id === fx.townshipX.id)!.status, y: ts.find((t) => t.id === fx.townshipY.id)!.status };
}

/** The same database the running township uses, as a target another process would open. */
function sameTownshipTarget(): DatabaseTarget {
  const o = townshipDs().options as { type: string; database?: unknown };
  if (o.type === 'better-sqlite3') return { kind: 'sqlite', file: String(o.database) };
  return { kind: 'mysql', url: process.env.MYSQL_URL!, database: String(o.database) };
}

/**
 * Drains the forwarders side by side until they stop without an error. A round that failed (say,
 * a request timed out on a loaded machine) is retried after the backoff, as the running service
 * would; a forwarder that stopped early without an error is not helped along.
 */
async function drainTogether(fwds: Forwarder<OutboxRecord>[]): Promise<number> {
  let total = 0;
  for (let round = 0; round < 5; round++) {
    total += (await Promise.all(fwds.map((f) => f.drain()))).reduce((a, b) => a + b, 0);
    if (fwds.every((f) => f.lastError === null)) return total;
    net.clock.set(new Date(net.clock.now().getTime() + 2 * 60_000).toISOString());
  }
  throw new Error(`still failing after 5 rounds: ${fwds.map((f) => f.lastError).join(' | ')}`);
}

const unique = <T>(xs: T[]) => new Set(xs).size;
let lostAck: { intakeId: string; countyCaseId: string; countyCaseNumber: string } | null = null;

test('county down: 200 intakes are accepted at once, kept while it is away, and forwarded exactly once when it returns', async () => {
  await net.stopCounty();

  const answers = await acceptMany('down', 200);
  expect(answers).toHaveLength(200);
  for (const a of answers) {
    expect(a).toMatchObject({ stage: 'WAITING_FORWARD', forwarded: false });
    expect(a.number).toMatch(/^511099101-20261116-\d{4}$/);
  }
  const ids = answers.map((a) => a.id);
  expect(unique(ids)).toBe(200);
  expect(unique(answers.map((a) => a.number))).toBe(200);

  // Draining while the county is away delivers nothing and loses nothing.
  net.clock.set('2026-11-16T01:05:00.000Z');
  const fwd = net.township.forwarder;
  const sentBefore = fwd.sent;
  expect(await fwd.drain()).toBe(0);
  expect(fwd.sent).toBe(sentBefore);
  expect(fwd.lastError).toBeTruthy();
  const rows = await forwardRows(ids);
  expect(rows).toHaveLength(200);
  expect(rows.filter((r) => r.deliveredAt !== null)).toHaveLength(0);
  const tried = rows.filter((r) => r.attempts > 0);
  expect(tried.length).toBeGreaterThanOrEqual(1);
  for (const r of tried) {
    expect(r.lastError).toBeTruthy();
    expect(r.nextAttemptAt.getTime()).toBeGreaterThan(net.clock.now().getTime()); // backing off
    expect(r.claimedBy).toBeNull(); // the failed claim was released
  }
  const failed = (await ok(net.gatewayUrl, INTAKE, { id: tried[0].subjectId }, fx.adminToken)).delegatedIntake;
  expect(failed).toMatchObject({ forwarded: false, stage: 'WAITING_FORWARD', forwardAttempts: tried[0].attempts, waitingSeconds: 300, countyCase: null });
  expect(typeof failed.forwardingError).toBe('string');
  expect(failed.forwardingError.length).toBeGreaterThan(0);

  // The county center sees the backlog per township.
  const waiting = await statusOfX();
  expect(waiting.x).toEqual({ waitingForward: 200, oldestWaitingSeconds: 300 });
  expect(waiting.y).toEqual({ waitingForward: 0, oldestWaitingSeconds: null });

  // The county comes back; after the backoff everything goes through, once.
  await net.startCounty();
  net.clock.set('2026-11-16T01:07:00.000Z');
  expect(await drainTogether([net.township.forwarder])).toBe(200);
  expect(fwd.sent - sentBefore).toBe(200);

  const origins = await countyOrigins();
  expect(origins).toHaveLength(200);
  expect(unique(origins)).toBe(200);
  expect([...origins].sort()).toEqual([...ids].sort());
  expect(await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_case WHERE origin_intake_id IS NOT NULL`)).toBe(200);

  const listed = (await ok(net.gatewayUrl, INTAKES, { t: fx.townshipX.id }, fx.adminToken)).delegatedIntakes;
  expect(listed.total).toBe(200);
  expect(listed.nodes.filter((n: { forwarded: boolean }) => !n.forwarded)).toEqual([]);
  expect(new Set(listed.nodes.map((n: { stage: string }) => n.stage))).toEqual(new Set(['AT_COUNTY']));
  expect((await forwardRows(ids)).filter((r) => r.deliveredAt === null)).toHaveLength(0);
  expect(await doublyForwarded()).toEqual([]);

  // Nothing is left to send.
  const sentAfter = fwd.sent;
  expect(await fwd.drain()).toBe(0);
  expect(fwd.sent).toBe(sentAfter);
  expect((await statusOfX()).x).toEqual({ waitingForward: 0, oldestWaitingSeconds: null });
});

test('lost acknowledgement: the county already has the case, the repeated delivery creates no second one', async () => {
  net.clock.set('2026-11-16T01:10:00.000Z');
  const a = await accept('lostack-0001', '郑十');
  const [row] = await forwardRows([a.id]);
  expect(row).toMatchObject({ deliveredAt: null, attempts: 0 });

  // The county received it, but its answer never reached the township.
  const first = (await asService(net.countyUrl, RECEIVE_FORWARDED, { i: row.payload })).receiveForwardedIntake;
  expect(first).toMatchObject({ status: 'ACCEPTED', duplicate: false });
  expect(await countyCasesOf(a.id)).toBe(1);
  expect((await ok(net.gatewayUrl, INTAKE, { id: a.id }, fx.adminToken)).delegatedIntake).toMatchObject({ forwarded: false, stage: 'WAITING_FORWARD' });

  // The township's forwarder delivers it again: acknowledged, still one case.
  net.clock.set('2026-11-16T01:10:05.000Z');
  const sentBefore = net.township.forwarder.sent;
  expect(await net.township.forwarder.drain()).toBe(1);
  expect(net.township.forwarder.sent - sentBefore).toBe(1);
  expect(await countyCasesOf(a.id)).toBe(1);
  expect(await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_case WHERE request_id = ?`, [`intake-${a.id}`])).toBe(1);

  // Any further delivery is recognised as a repeat of the same case.
  const third = (await asService(net.countyUrl, RECEIVE_FORWARDED, { i: row.payload })).receiveForwardedIntake;
  expect(third).toEqual({ ...first, duplicate: true });
  expect(await countyCasesOf(a.id)).toBe(1);

  const intake = (await ok(net.gatewayUrl, INTAKE, { id: a.id }, fx.adminToken)).delegatedIntake;
  expect(intake).toMatchObject({ forwarded: true, stage: 'AT_COUNTY', countyCaseNumber: first.countyCaseNumber, countyCase: { id: first.countyCaseId }, forwardingError: null });
  expect(intake.history.filter((h: { step: string }) => h.step === 'forwarded')).toHaveLength(1);
  expect(await doublyForwarded()).toEqual([]);
  lostAck = { intakeId: a.id, countyCaseId: first.countyCaseId, countyCaseNumber: first.countyCaseNumber };
});

test('the county receives one intake several times at once: still one case, and only one delivery is not a duplicate', async () => {
  net.clock.set('2026-11-16T01:12:00.000Z');
  const a = await accept('race-0001', '冯十一');
  const [row] = await forwardRows([a.id]);
  const answers: { countyCaseId: string; status: string; duplicate: boolean }[] = (
    await Promise.all([0, 1, 2, 3].map(() => asService(net.countyUrl, RECEIVE_FORWARDED, { i: row.payload })))
  ).map((d) => d.receiveForwardedIntake);
  expect(await countyCasesOf(a.id)).toBe(1);
  expect(unique(answers.map((x) => x.countyCaseId))).toBe(1);
  expect(answers.map((x) => x.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
  const caseId = answers[0].countyCaseId;
  expect(await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_case_history WHERE case_id = ? AND step = 'accept'`, [caseId])).toBe(1);
  // The acceptance travels in the acknowledgement, not as an update of its own.
  expect(await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_outbox WHERE subject_id = ?`, [a.id])).toBe(0);

  net.clock.set('2026-11-16T01:12:05.000Z');
  expect(await net.township.forwarder.drain()).toBe(1);
  expect((await ok(net.gatewayUrl, INTAKE, { id: a.id }, fx.adminToken)).delegatedIntake).toMatchObject({ forwarded: true, countyCase: { id: caseId } });
  expect(await countyCasesOf(a.id)).toBe(1);
  // Exactly one of the simultaneous deliveries created the case; the others are repeats.
  expect(answers.filter((x) => !x.duplicate)).toHaveLength(1);
});

test('township restart with a full outbox: the new process delivers all 20 exactly once', async () => {
  await net.stopCounty();
  net.clock.set('2026-11-16T01:20:00.000Z');
  const answers = await acceptMany('restart', 20);
  const ids = answers.map((a) => a.id);
  expect(answers.every((a) => a.stage === 'WAITING_FORWARD')).toBe(true);
  expect(await net.township.forwarder.drain()).toBe(0); // one failed attempt, backing off

  const oldForwarder = net.township.forwarder;
  await net.stopTownship();
  await net.startTownship();
  expect(net.township.forwarder).not.toBe(oldForwarder);
  // Durable across the restart: all 20 still waiting.
  const kept = await forwardRows(ids);
  expect(kept).toHaveLength(20);
  expect(kept.filter((r) => r.deliveredAt !== null)).toHaveLength(0);
  expect((await statusOfX()).x.waitingForward).toBe(20);

  await net.startCounty();
  net.clock.set('2026-11-16T01:23:00.000Z');
  const fwd = net.township.forwarder;
  expect(await drainTogether([fwd])).toBe(20);
  expect(fwd.sent).toBe(20);

  const origins = (await countyOrigins()).filter((o) => ids.includes(o));
  expect(origins).toHaveLength(20);
  expect(unique(origins)).toBe(20);
  expect(await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_case WHERE origin_intake_id IS NOT NULL`)).toBe(222);
  const delivered = await forwardRows(ids);
  expect(delivered.filter((r) => r.deliveredAt === null)).toHaveLength(0);
  expect(await countOf(townshipDs(), `SELECT COUNT(*) AS n FROM delegated_intake WHERE forwarded_at IS NULL`)).toBe(0);
  expect(await doublyForwarded()).toEqual([]);
  expect(await fwd.drain()).toBe(0);
});

test('two forwarders over one township database deliver 50 rows between them, none twice', async () => {
  net.clock.set('2026-11-16T01:30:00.000Z');
  const answers = await acceptMany('pair', 50); // after the restart: the catalog copy was reloaded from the database
  const ids = answers.map((a) => a.id);
  expect((await forwardRows(ids)).filter((r) => r.deliveredAt === null)).toHaveLength(50);

  const second = await openTownshipDatabase(sameTownshipTarget(), silent);
  try {
    const county = { url: net.countyUrl, jwtSecret: net.config.JWT_SECRET, gatewaySecret: net.config.GATEWAY_SECRET, caller: 'township-service-2' };
    const a = net.township.forwarder;
    const b = intakeForwarder(second.dataSource, county, net.township.services.intakes, silent, net.clock.now);
    const aBefore = a.sent;
    net.clock.set('2026-11-16T01:30:10.000Z');
    expect(await drainTogether([a, b])).toBe(50);
    expect(a.sent - aBefore + b.sent).toBe(50);
  } finally {
    await second.dataSource.destroy();
  }

  const origins = (await countyOrigins()).filter((o) => ids.includes(o));
  expect(origins).toHaveLength(50);
  expect(unique(origins)).toBe(50);
  expect(await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_case WHERE origin_intake_id IS NOT NULL`)).toBe(272);
  const rows = await forwardRows(ids);
  expect(rows.filter((r) => r.deliveredAt === null)).toHaveLength(0);
  expect(await doublyForwarded()).toEqual([]);
  expect(await countOf(townshipDs(), `SELECT COUNT(*) AS n FROM delegated_intake WHERE forwarded_at IS NULL`)).toBe(0);
});

test('a county update delivered twice, then an older one, changes the intake only once', async () => {
  expect(lostAck).not.toBeNull();
  const { intakeId, countyCaseId } = lostAck!;

  // Bring the township up to date with every county change so far.
  net.clock.set('2026-11-16T01:40:00.000Z');
  await drainTogether([net.county.forwarder]);
  expect(await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_outbox WHERE delivered_at IS NULL`)).toBe(0);
  // No delegated case's acceptance was queued: each travelled in its forwarding acknowledgement.
  expect(await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_outbox WHERE kind = 'CASE_UPDATE'`)).toBe(0);

  // The county asks for a supplement; its forwarder delivers the change (the first application).
  const cc = (await ok(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { version status } }`, { id: countyCaseId }, fx.clerkA)).countyCase;
  expect(cc.status).toBe('ACCEPTED');
  const sup = (
    await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: countyCaseId, version: cc.version, action: 'REQUEST_SUPPLEMENT', missingMaterials: ['场所使用证明'] } }, fx.clerkA)
  ).actOnCountyCase;
  expect(sup.status).toBe('SUPPLEMENT_REQUESTED');
  net.clock.set('2026-11-16T01:40:05.000Z');
  expect(await net.county.forwarder.drain()).toBe(1);

  const outbox = await countyDs().getRepository(CountyOutbox).find({ where: { subjectId: intakeId } });
  const update = outbox.find((r) => r.payload.step === 'requestSupplement')!;
  expect(update.deliveredAt).not.toBeNull();
  // The acceptance as an update of its own, as a county before this release sent it (version 2).
  const older = {
    messageKey: `case:${countyCaseId}:v2`,
    payload: { ...update.payload, previousVersion: 1, version: 2, step: 'accept', fromStatus: 'RECEIVED', toStatus: 'ACCEPTED', missingMaterials: [], note: null },
  };
  expect(Number(older.payload.version)).toBeLessThan(Number(update.payload.version));

  const applied = (await ok(net.gatewayUrl, INTAKE, { id: intakeId }, fx.adminToken)).delegatedIntake;
  expect(applied).toMatchObject({ stage: 'SUPPLEMENT_TO_COLLECT', countyStatus: 'SUPPLEMENT_REQUESTED', missingMaterials: ['场所使用证明'] });
  const version = applied.version;
  const steps = await historyLength(intakeId);
  expect(applied.history).toHaveLength(steps);

  // The same message again, twice: acknowledged, nothing changes.
  for (let k = 0; k < 2; k++) {
    const r = await asService(net.townshipUrl, RECEIVE_UPDATE, { i: { messageKey: update.messageKey, ...update.payload } });
    expect(r.receiveCountyCaseUpdate).toBe(true);
  }
  // An older change arriving late does not roll the intake back.
  const r = await asService(net.townshipUrl, RECEIVE_UPDATE, { i: { messageKey: older.messageKey, ...older.payload } });
  expect(r.receiveCountyCaseUpdate).toBe(true);

  const after = (await ok(net.gatewayUrl, INTAKE, { id: intakeId }, fx.adminToken)).delegatedIntake;
  expect(after.version).toBe(version);
  expect(await historyLength(intakeId)).toBe(steps);
  expect(after).toMatchObject({ stage: 'SUPPLEMENT_TO_COLLECT', countyStatus: 'SUPPLEMENT_REQUESTED', missingMaterials: ['场所使用证明'] });
  expect(after.history.filter((h: { step: string }) => h.step === 'requestSupplement')).toHaveLength(1);
});

test('forwarding warning after 2 working hours, counted in opening hours only', async () => {
  // Friday 2026-11-20 09:00 Beijing; nobody drains, so it stays unforwarded.
  net.clock.set('2026-11-20T01:00:00.000Z');
  const morning = await accept('warn-0001', '王五');
  const warning = async (id: string) => (await ok(net.gatewayUrl, INTAKE, { id }, fx.adminToken)).delegatedIntake.forwardingWarning;

  net.clock.set('2026-11-20T02:30:00.000Z'); // 10:30: 90 working minutes
  expect(await warning(morning.id)).toBe(false);
  net.clock.set('2026-11-20T03:01:00.000Z'); // 11:01: 121 working minutes
  expect(await warning(morning.id)).toBe(true);

  // Friday 17:00; by Monday 08:45 only 30 + 15 working minutes have passed.
  net.clock.set('2026-11-20T09:00:00.000Z');
  const evening = await accept('warn-0002', '赵六');
  net.clock.set('2026-11-23T00:45:00.000Z');
  expect(await warning(evening.id)).toBe(false);
  expect(await warning(morning.id)).toBe(true);
  const x = (await statusOfX()).x;
  expect(x.waitingForward).toBe(2);
});

test('intakes waiting together go to the county in one call, each with its own outcome: one the county refuses is parked, the others are forwarded once', async () => {
  net.clock.set('2026-11-23T01:00:00.000Z');
  const [a, b, c] = [await accept('batch-0001', '陈一'), await accept('batch-0002', '陈二'), await accept('batch-0003', '陈三')];
  // A fault in one message itself: an item the county does not know.
  const outbox = townshipDs().getRepository(TownshipOutbox);
  const poisoned = await outbox.findOneByOrFail({ kind: 'FORWARD_INTAKE', subjectId: b.id });
  const good = poisoned.payload;
  await outbox.update({ id: poisoned.id }, { payload: { ...good, itemId: '00000000-0000-4000-8000-000000000000' } } as never);
  const casesBefore = await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_case`);

  net.clock.set('2026-11-23T01:00:05.000Z');
  await net.township.forwarder.drain();
  for (const id of [a.id, c.id]) {
    expect(await countyCasesOf(id)).toBe(1);
    expect((await ok(net.gatewayUrl, INTAKE, { id }, fx.adminToken)).delegatedIntake).toMatchObject({ forwarded: true, stage: 'AT_COUNTY', countyStatus: 'ACCEPTED' });
  }
  expect(await countyCasesOf(b.id)).toBe(0);
  const refused = await outbox.findOneByOrFail({ id: poisoned.id });
  expect(refused).toMatchObject({ deliveredAt: null, attempts: 1, claimedBy: null });
  expect(refused.parkedAt).not.toBeNull();
  expect(refused.lastError).toMatch(/^NOT_FOUND/);
  // The two intakes left waiting by the test before went along too; nothing else changed at the county.
  expect(await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_case`)).toBe(casesBefore + 4);

  // Fixed and retried: forwarded once, like the others.
  await outbox.update({ id: poisoned.id }, { payload: good } as never);
  expect(await net.township.forwarder.retryParked()).toBe(1);
  expect(await net.township.forwarder.drain()).toBe(1);
  expect(await countyCasesOf(b.id)).toBe(1);
  expect((await ok(net.gatewayUrl, INTAKE, { id: b.id }, fx.adminToken)).delegatedIntake).toMatchObject({ forwarded: true, stage: 'AT_COUNTY' });
  expect(await doublyForwarded()).toEqual([]);
});

test('the batched forwarding call answers each intake by itself and refuses more than 50 at once', async () => {
  const [row] = await forwardRows([(await accept('batch-0004', '陈四')).id]);
  const unknown = { ...row.payload, intakeId: '00000000-0000-4000-8000-000000000001', itemId: '00000000-0000-4000-8000-000000000000' };
  const MANY = `mutation($i: [ForwardedIntakeInput!]!) { receiveForwardedIntakes(inputs: $i) { errorCode ack { countyCaseId status duplicate } } }`;
  const first = (await asService(net.countyUrl, MANY, { i: [row.payload, unknown, row.payload] })).receiveForwardedIntakes;
  expect(first).toEqual([
    { errorCode: null, ack: { countyCaseId: expect.any(String), status: 'ACCEPTED', duplicate: false } },
    { errorCode: 'NOT_FOUND', ack: null },
    { errorCode: null, ack: { countyCaseId: first[0].ack.countyCaseId, status: 'ACCEPTED', duplicate: true } },
  ]);
  expect(await countyCasesOf(row.subjectId)).toBe(1);
  const before = await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_case`);
  const token = await net.token({ role: 'SERVICE', userId: 'township-service', name: 'township-service' });
  const headers: Record<string, string> = net.config.GATEWAY_SECRET ? { [GATEWAY_SECRET_HEADER]: net.config.GATEWAY_SECRET } : {};
  const tooMany = await gql(net.countyUrl, MANY, { i: Array.from({ length: 51 }, () => row.payload) }, token, headers);
  expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(await countOf(countyDs(), `SELECT COUNT(*) AS n FROM county_case`)).toBe(before);
});
