/**
 * The way back from county to township (SPEC §4.4): a delegated case's county changes reach the
 * township exactly once and in order, whatever fails, and the township's history of the case
 * equals the county's step for step. Township outages are real: the service is stopped and
 * started again on the same database. 2026-11-16 is a Monday; the clock only moves forward.
 */
import { startNetwork, ok, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, type Fixture } from '../support/fixtures';
import { CountyOutbox } from '../../subgraphs/county/entities';
import { GATEWAY_SECRET_HEADER } from '../../subgraphs/shared/graphql/request-auth';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork({ persistent: true, now: '2026-11-16T01:00:00.000Z' });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now());
}, 60_000);
afterAll(async () => net?.stop());

const ACCEPT = `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`;
const INTAKE = `query($id: ID!) { delegatedIntake(id: $id) { id stage expedited countyStatus missingMaterials countyCase { id version } } }`;
const EXPEDITE = `mutation($id: ID!, $v: Int!) { setCountyCaseExpedited(id: $id, version: $v, expedited: true, note: "群众急需") { id version } }`;

let serial = 0;

/** Moves the test clock forward by `ms`. */
const tick = (ms: number) => net.clock.set(new Date(net.clock.now().getTime() + ms).toISOString());

/** A delegated intake accepted at township X and forwarded; returns it with its county case. */
async function forwardedIntake(): Promise<{ id: string; caseId: string; version: number }> {
  serial += 1;
  const i = { requestId: `order-${String(serial).padStart(4, '0')}`, countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] };
  const { id } = (await ok(net.gatewayUrl, ACCEPT, { i }, fx.clerkX)).acceptDelegatedIntake;
  tick(1000);
  await net.township.forwarder.drain();
  await net.county.forwarder.drain();
  const intake = (await ok(net.gatewayUrl, INTAKE, { id }, fx.adminToken)).delegatedIntake;
  return { id, caseId: intake.countyCase.id, version: intake.countyCase.version };
}

async function act(caseId: string, version: number, action: string, extra: Record<string, unknown> = {}): Promise<number> {
  return (await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: caseId, version, action, ...extra } }, fx.clerkA)).actOnCountyCase.version;
}

interface Step {
  step: string;
  fromStatus: string | null;
  toStatus: string;
}

/** The county's steps of the case after its receipt (the receipt is the forwarding itself). */
async function countySteps(caseId: string): Promise<Step[]> {
  const rows: Step[] = await net.county.db.dataSource.query(
    `SELECT step, from_status AS fromStatus, to_status AS toStatus FROM county_case_history WHERE case_id = ? AND step <> 'receive' ORDER BY seq`,
    [caseId],
  );
  return rows.map((r) => ({ step: r.step, fromStatus: r.fromStatus, toStatus: r.toStatus }));
}

/** The county steps as the township recorded them. */
async function townshipCopyOfCountySteps(intakeId: string): Promise<Step[]> {
  const rows: Step[] = await net.township.db.dataSource.query(
    `SELECT step, from_status AS fromStatus, to_status AS toStatus FROM delegated_intake_history WHERE case_id = ? AND actor_role = 'SERVICE' AND step <> 'forwarded' ORDER BY seq`,
    [intakeId],
  );
  return rows.map((r) => ({ step: r.step, fromStatus: r.fromStatus, toStatus: r.toStatus }));
}

/** Delivers the county's updates until nothing is left, moving past back-offs as the running service would. */
async function deliverCountyUpdates(): Promise<void> {
  for (let round = 0; round < 10; round++) {
    await net.county.forwarder.drain();
    if ((await net.county.forwarder.queueStatus()).pending === 0) return;
    tick(120_000);
  }
  throw new Error(`county updates still pending: ${net.county.forwarder.lastError}`);
}

test('START then APPROVE within moments while the township is down: after its restart the township has both, in order (20 times)', async () => {
  for (let round = 0; round < 20; round++) {
    const intake = await forwardedIntake();
    await net.stopTownship();
    let v = await act(intake.caseId, intake.version, 'START');
    await net.county.forwarder.drain(); // fails: the township is down, START backs off
    const down = await net.county.forwarder.queueStatus();
    expect(down).toMatchObject({ pending: 1, parked: 0 }); // an outage is not a refusal
    v = await act(intake.caseId, v, 'APPROVE', { resultDocumentNumber: `临市监许〔2026〕${100 + round}号` });
    await net.startTownship();
    // APPROVE is due at once and START is not: APPROVE still waits for START.
    await net.county.forwarder.drain();
    expect(await townshipCopyOfCountySteps(intake.id)).toEqual((await countySteps(intake.caseId)).slice(0, 1));
    await deliverCountyUpdates();
    const county = await countySteps(intake.caseId);
    expect(county.map((s) => s.step)).toEqual(['accept', 'start', 'approve']);
    expect(await townshipCopyOfCountySteps(intake.id)).toEqual(county);
    const now = (await ok(net.gatewayUrl, INTAKE, { id: intake.id }, fx.adminToken)).delegatedIntake;
    expect(now).toMatchObject({ stage: 'READY_FOR_HANDOVER', countyStatus: 'APPROVED' });
  }
}, 300_000);

test('a supplement requested while the township is down, then the case expedited: the township asks the applicant for every missing material', async () => {
  const intake = await forwardedIntake();
  await net.stopTownship();
  let v = await act(intake.caseId, intake.version, 'REQUEST_SUPPLEMENT', { missingMaterials: ['场所使用证明'], note: '请补交场所证明' });
  await net.county.forwarder.drain();
  v = (await ok(net.gatewayUrl, EXPEDITE, { id: intake.caseId, v }, fx.clerkA)).setCountyCaseExpedited.version;
  await net.startTownship();
  await deliverCountyUpdates();
  const work = (await ok(net.gatewayUrl, `{ townshipWorkList { supplementsToCollect { id missingMaterials expedited } } }`, {}, fx.clerkX)).townshipWorkList;
  expect(work.supplementsToCollect).toContainEqual({ id: intake.id, missingMaterials: ['场所使用证明'], expedited: true });
  const county = await countySteps(intake.caseId);
  expect(county.map((s) => s.step)).toEqual(['accept', 'requestSupplement', 'expedite']);
  expect(await townshipCopyOfCountySteps(intake.id)).toEqual(county);
  expect(v).toBe(intake.version + 2);
});

test('an update the township refuses is parked, shown to administrators and on /metrics, holds back its case only, and is applied in order once fixed and retried', async () => {
  const [poisoned, other] = [await forwardedIntake(), await forwardedIntake()];
  let v = await act(poisoned.caseId, poisoned.version, 'START');
  // A fault in the message itself (here: a status the township does not know), which no waiting will heal.
  const outbox = net.county.db.dataSource.getRepository(CountyOutbox);
  const row = await outbox.findOneByOrFail({ messageKey: `case:${poisoned.caseId}:v${v}` });
  const good = row.payload;
  await outbox.update({ id: row.id }, { payload: { ...good, toStatus: 'NO_SUCH_STATUS' } } as never);
  v = await act(poisoned.caseId, v, 'APPROVE', { resultDocumentNumber: '临市监许〔2026〕7号' });
  await act(other.caseId, other.version, 'START');
  await net.county.forwarder.drain();
  await net.county.forwarder.drain();

  const status = (await ok(net.gatewayUrl, `{ countyOutbox { pending parked parkedMessages { messageKey kind subjectId attempts error } } }`, {}, fx.adminToken)).countyOutbox;
  expect(status).toMatchObject({ pending: 2, parked: 1 });
  expect(status.parkedMessages).toEqual([{ messageKey: row.messageKey, kind: 'CASE_UPDATE', subjectId: poisoned.id, attempts: 1, error: expect.stringMatching(/^BAD_USER_INPUT/) }]);
  const metrics = await (await fetch(net.countyUrl.replace('/graphql', '/metrics'))).text();
  expect(metrics).toMatch(/^liandong_outbox_parked_messages\{[^}]*\} 1$/m);
  expect(metrics).toMatch(/^liandong_outbox_pending_messages\{[^}]*\} 2$/m);
  // The other case went on; the poisoned case's APPROVE did not overtake its START.
  expect((await townshipCopyOfCountySteps(other.id)).map((s) => s.step)).toEqual(['accept', 'start']);
  expect((await townshipCopyOfCountySteps(poisoned.id)).map((s) => s.step)).toEqual(['accept']);
  // Only administrators see or retry the outbox.
  const refused = await fetch(net.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${fx.clerkA}` },
    body: JSON.stringify({ query: `mutation { retryCountyOutbox }` }),
  }).then((r) => r.json() as Promise<{ errors?: { extensions?: { code?: string } }[] }>);
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  await outbox.update({ id: row.id }, { payload: good } as never); // the fix
  expect((await ok(net.gatewayUrl, `mutation { retryCountyOutbox }`, {}, fx.adminToken)).retryCountyOutbox).toBe(1);
  await deliverCountyUpdates();
  const county = await countySteps(poisoned.caseId);
  expect(county.map((s) => s.step)).toEqual(['accept', 'start', 'approve']);
  expect(await townshipCopyOfCountySteps(poisoned.id)).toEqual(county);
  expect((await ok(net.gatewayUrl, `{ countyOutbox { pending parked } }`, {}, fx.adminToken)).countyOutbox).toEqual({ pending: 0, parked: 0 });
});

test('a repeated or stale update is acknowledged as applied and changes nothing', async () => {
  const intake = await forwardedIntake();
  await act(intake.caseId, intake.version, 'START');
  await deliverCountyUpdates();
  const sent = await net.county.db.dataSource.getRepository(CountyOutbox).find({ where: { subjectId: intake.id } });
  const before = await townshipCopyOfCountySteps(intake.id);
  const token = await net.token({ role: 'SERVICE', userId: 'county-service', name: 'county-service' });
  for (const m of sent) {
    const r = await fetch(net.townshipUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(net.config.GATEWAY_SECRET ? { [GATEWAY_SECRET_HEADER]: net.config.GATEWAY_SECRET } : {}) },
      body: JSON.stringify({ query: `mutation($i: CountyCaseUpdateInput!) { receiveCountyCaseUpdate(input: $i) }`, variables: { i: { messageKey: m.messageKey, ...m.payload } } }),
    }).then((res) => res.json() as Promise<{ data?: { receiveCountyCaseUpdate: boolean } }>);
    expect(r.data?.receiveCountyCaseUpdate).toBe(true);
  }
  expect(await townshipCopyOfCountySteps(intake.id)).toEqual(before);
});

test('the acceptance travels in the acknowledgement; a county change that arrives before the township recorded it waits, then follows in order', async () => {
  serial += 1;
  const i = { requestId: `order-${String(serial).padStart(4, '0')}`, countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] };
  const { id } = (await ok(net.gatewayUrl, ACCEPT, { i }, fx.clerkX)).acceptDelegatedIntake;
  const forward = await net.township.db.dataSource.query(`SELECT payload FROM township_outbox WHERE subject_id = ? AND kind = 'FORWARD_INTAKE'`, [id]);
  const payload = typeof forward[0].payload === 'string' ? JSON.parse(forward[0].payload) : forward[0].payload;
  // The county receives the intake, but its answer does not reach the township (yet).
  const token = await net.token({ role: 'SERVICE', userId: 'township-service', name: 'township-service' });
  const answer = await fetch(net.countyUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(net.config.GATEWAY_SECRET ? { [GATEWAY_SECRET_HEADER]: net.config.GATEWAY_SECRET } : {}) },
    body: JSON.stringify({
      query: `mutation($i: ForwardedIntakeInput!) { receiveForwardedIntake(input: $i) { countyCaseId status acceptance { previousVersion version step fromStatus toStatus } } }`,
      variables: { i: payload },
    }),
  }).then((res) => res.json() as Promise<{ data: { receiveForwardedIntake: { countyCaseId: string; status: string; acceptance: Record<string, unknown> } } }>);
  const ack = answer.data.receiveForwardedIntake;
  expect(ack).toMatchObject({ status: 'ACCEPTED', acceptance: { previousVersion: 1, version: 2, step: 'accept', fromStatus: 'RECEIVED', toStatus: 'ACCEPTED' } });
  // Received and accepted in one step: nothing for the township in the county outbox.
  expect(await net.county.db.dataSource.getRepository(CountyOutbox).count({ where: { subjectId: id } })).toBe(0);

  // The county starts the case; its update reaches the township before the acknowledgement.
  await act(ack.countyCaseId, 2, 'START');
  await net.county.forwarder.drain();
  const start = await net.county.db.dataSource.getRepository(CountyOutbox).findOneByOrFail({ subjectId: id });
  expect(start).toMatchObject({ deliveredAt: null, parkedAt: null, attempts: 1 }); // waiting, not refused
  expect(start.lastError).toMatch(/^VERSION_CONFLICT/);
  expect(await townshipCopyOfCountySteps(id)).toEqual([]);

  // The township's forwarder delivers again, the county answers with the same case and its acceptance.
  tick(1000);
  await net.township.forwarder.drain();
  expect(await townshipCopyOfCountySteps(id)).toEqual([{ step: 'accept', fromStatus: 'RECEIVED', toStatus: 'ACCEPTED' }]);
  await deliverCountyUpdates();
  const county = await countySteps(ack.countyCaseId);
  expect(county.map((s) => s.step)).toEqual(['accept', 'start']);
  expect(await townshipCopyOfCountySteps(id)).toEqual(county);
  const steps: { step: string }[] = await net.township.db.dataSource.query(`SELECT step FROM delegated_intake_history WHERE case_id = ? ORDER BY seq`, [id]);
  expect(steps.map((s) => s.step)).toEqual(['intakeAccept', 'forwarded', 'accept', 'start']);
  expect((await ok(net.gatewayUrl, INTAKE, { id }, fx.adminToken)).delegatedIntake).toMatchObject({ countyStatus: 'IN_PROGRESS', countyCase: { id: ack.countyCaseId, version: 3 } });
});
