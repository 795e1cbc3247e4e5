import { seedCountyDemo } from '../../../subgraphs/county/seed';
import { seedTownshipDemo } from '../../../subgraphs/township/seed';
import { playDemoIntakes } from '../../../scripts/demo-intakes';
import { playDemoSupervision } from '../../../scripts/demo-supervision';
import { gatewayRoutes } from '../../../gateway/routes';
import { startNetwork, type Network } from '../../support/network';
import { assertPagesBuilt } from './browser';

/** "Now" for the page tests: Friday 20 Nov 2026, 11:00 Beijing time, a working day. */
export const DEMO_NOW = '2026-11-20T03:00:00.000Z';

/**
 * The network as `npm start` runs it, in this process on free ports: demo catalog and history,
 * delegated intakes in every stage, reviews, complaints and supervision records; the gateway
 * serving the built pages and the demo token endpoint. `persistent` keeps the data across a
 * subgraph's restart (on SQLite: files instead of memory).
 */
export async function startDemoNetwork(o: { persistent?: boolean } = {}): Promise<Network> {
  assertPagesBuilt();
  const net = await startNetwork({
    now: DEMO_NOW,
    persistent: o.persistent,
    // The tests poll trackCase while a handover travels between the tiers: more than a person would.
    env: { DEV_TOKENS: 'true', TRACKING_RATE_LIMIT_PER_MINUTE: '1000' },
    gatewayRoutes: (config) => gatewayRoutes(config),
  });
  await seedCountyDemo(net.county.db, { now: net.clock.now() });
  await seedTownshipDemo(net.township.db, { now: net.clock.now() });
  await net.township.services.calendar.sync(net.clock.now());
  await net.county.redSweep.runNow();
  await net.township.redSweep.runNow();
  // As the services run them: intakes travel to the county and its answers back on their own.
  net.township.forwarder.start(100);
  net.county.forwarder.start(100);
  await playDemoIntakes(net.gatewayUrl, net.config.JWT_SECRET, () => undefined);
  await playDemoSupervision(net.gatewayUrl, net.config.JWT_SECRET, () => undefined);
  return net;
}

/** The gateway's origin, where the pages live. */
export const originOf = (net: Network): string => new URL(net.gatewayUrl).origin;
