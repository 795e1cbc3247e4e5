import { startNetwork, ok, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, RECEIVE_COUNTY, type Fixture } from '../support/fixtures';

/**
 * The figure cache (STATISTICS_CACHE_SECONDS): within its time-to-live a repeated dashboard costs
 * the subgraphs no statement and shows the figures as they were; after it, the new figures.
 */
let net: Network;
let fx: Fixture;
let seq = 0;
const PERIOD = { from: '2026-11-16', to: '2026-11-20' };
const DASHBOARD = `query($from: Date!, $to: Date!) { statistics(from: $from, to: $to) {
  network { figures { accepted } warnings { green yellow red } } county { figures { accepted } daily { date accepted } }
  townships { statistics { figures { accepted } } } departments { statistics { figures { accepted } } } } }`;

beforeAll(async () => {
  net = await startNetwork({ env: { STATISTICS_CACHE_SECONDS: '15' }, now: '2026-11-18T02:00:00Z' });
  fx = await buildFixture(net);
});
afterAll(async () => net?.stop());

async function acceptCountyCase() {
  const i = { requestId: `cache-${String(++seq).padStart(4, '0')}`, itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] };
  const c = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i }, fx.clerkA)).receiveCountyCase;
  await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, fx.clerkA);
}

async function dashboard() {
  net.county.db.sql.reset();
  net.township.db.sql.reset();
  const s = (await ok(net.gatewayUrl, DASHBOARD, PERIOD, fx.viewer)).statistics;
  return { s, statements: { county: net.county.db.sql.reset(), township: net.township.db.sql.reset() } };
}

test('a repeated dashboard within the time-to-live costs no statistics statement and shows the cached figures; afterwards the new ones', async () => {
  await acceptCountyCase();
  const first = await dashboard();
  expect(first.s.county.figures.accepted).toBe(1);
  expect(first.s.network.figures.accepted).toBe(1);
  expect(first.statements.county).toBeGreaterThan(0);

  // Another case, 10 seconds later: the figures are those of 10 seconds ago, computed by nobody.
  net.clock.set('2026-11-18T02:00:10Z');
  await acceptCountyCase();
  const cached = await dashboard();
  expect(cached.s).toEqual(first.s);
  expect(cached.statements).toEqual({ county: 1, township: 1 }); // the department and township lists, no figures

  // Past the time-to-live the figures are computed again and include the new case.
  net.clock.set('2026-11-18T02:00:16Z');
  const fresh = await dashboard();
  expect(fresh.s.county.figures.accepted).toBe(2);
  expect(fresh.s.network.figures.accepted).toBe(2);
  expect(fresh.statements.county).toBe(first.statements.county);
});

test('the network total costs the county nothing beyond its own figures: the township adds up what the plan hands it', async () => {
  net.clock.set('2026-11-18T03:00:00Z');
  const both = await dashboard();
  net.clock.set('2026-11-18T04:00:00Z');
  net.county.db.sql.reset();
  await ok(net.gatewayUrl, `query($from: Date!, $to: Date!) { statistics(from: $from, to: $to) { county { figures { accepted } daily { date accepted } } departments { statistics { figures { accepted } } } } }`, PERIOD, fx.viewer);
  const countyOnly = net.county.db.sql.reset();
  // Asking for the network as well makes the plan ask the county for its warnings (the township
  // adds them up), judged from the open cases' clocks the figures already read: no statement more.
  expect(both.statements.county).toBe(countyOnly);
});
