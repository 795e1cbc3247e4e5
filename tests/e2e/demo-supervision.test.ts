import { seedCountyDemo } from '../../subgraphs/county/seed';
import { seedTownshipDemo } from '../../subgraphs/township/seed';
import { playDemoSupervision } from '../../scripts/demo-supervision';
import { startNetwork, ok, type Network } from '../support/network';

// The demo data `npm start` plays must show supervisors every state they will meet (issue: demo
// data includes complaints, reviews with rectifications in every state, and supervision records).
let net: Network;
let supervisor: string;

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-20T03:00:00.000Z' });
  await seedCountyDemo(net.county.db, { now: net.clock.now() });
  await seedTownshipDemo(net.township.db, { now: net.clock.now() });
  // What the services do at start-up: sweep for RED cases and forward the township's reports.
  await net.county.redSweep.runNow();
  await net.township.redSweep.runNow();
  await net.township.forwarder.drain();
  await playDemoSupervision(net.gatewayUrl, net.config.JWT_SECRET, () => undefined);
  supervisor = await net.token({ role: 'SUPERVISOR', userId: 'sup', name: '监察' });
}, 240_000);
afterAll(async () => net?.stop());

const RECTIFICATION_STATES = ['PENDING', 'RECTIFYING', 'RECTIFIED', 'INVALID', 'CANNOT_RECTIFY'];

test('reviews on both tiers include bad ones with rectifications in every state', async () => {
  const r = await ok(net.gatewayUrl, `{ countyReviews(limit: 200) { nodes { level rectificationStatus } } townshipReviews(limit: 200) { nodes { level rectificationStatus } } }`, {}, supervisor);
  for (const tier of [r.countyReviews.nodes, r.townshipReviews.nodes]) {
    const states = new Set(tier.map((n: any) => n.rectificationStatus));
    for (const s of RECTIFICATION_STATES) expect({ state: s, present: states.has(s) }).toEqual({ state: s, present: true });
    expect(tier.some((n: any) => n.level <= 2 && n.rectificationStatus === 'NONE')).toBe(true);
  }
  const followedUp = await ok(net.gatewayUrl, `{ countyReviews(filter: { rectificationStatus: [RECTIFIED] }) { nodes { rectification { followUpNote } } } }`, {}, supervisor);
  expect(followedUp.countyReviews.nodes.every((n: any) => !!n.rectification.followUpNote)).toBe(true);
});

test('complaints in every status, one of them extended', async () => {
  const r = await ok(net.gatewayUrl, `{ complaints(limit: 50) { nodes { status extended unitType } } }`, {}, supervisor);
  const statuses = new Set(r.complaints.nodes.map((n: any) => n.status));
  expect([...statuses].sort()).toEqual(['CLOSED', 'DISMISSED', 'HANDLING', 'RECEIVED']);
  expect(r.complaints.nodes.some((n: any) => n.extended)).toBe(true);
  expect(new Set(r.complaints.nodes.map((n: any) => n.unitType))).toEqual(new Set(['DEPARTMENT', 'TOWNSHIP']));
});

test('supervision records: automatic ones for RED cases of both tiers and manual ones, some answered', async () => {
  const r = await ok(net.gatewayUrl, `{ supervisionRecords(limit: 200) { nodes { origin status caseTier } } }`, {}, supervisor);
  const kinds = new Set(r.supervisionRecords.nodes.map((n: any) => `${n.origin}:${n.caseTier ?? '-'}`));
  expect(kinds).toEqual(new Set(['AUTO:COUNTY', 'AUTO:TOWNSHIP', 'MANUAL:-']));
  expect(new Set(r.supervisionRecords.nodes.map((n: any) => n.status))).toEqual(new Set(['OPEN', 'CLOSED']));
});

test('played once: a second run changes nothing', async () => {
  const count = async () => (await ok(net.gatewayUrl, `{ complaints { total } supervisionRecords { total } }`, {}, supervisor));
  const before = await count();
  await playDemoSupervision(net.gatewayUrl, net.config.JWT_SECRET, () => undefined);
  expect(await count()).toEqual(before);
});
