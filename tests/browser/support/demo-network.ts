import { seedCountyDemo } from '../../../subgraphs/county/seed';
import { seedTownshipDemo } from '../../../subgraphs/township/seed';
import { playDemoIntakes } from '../../../scripts/demo-intakes';
import { playDemoSupervision } from '../../../scripts/demo-supervision';
import { gatewayRoutes } from '../../../gateway/routes';
import fs from 'node:fs';
import path from 'node:path';
import { startNetwork, type Network, type SqliteSnapshot } from '../../support/network';
import { assertPagesBuilt } from './browser';

/** "Now" for the page tests: Friday 20 Nov 2026, 11:00 Beijing time, a working day. */
export const DEMO_NOW = '2026-11-20T03:00:00.000Z';

/** Set by the page tests' global setup: the demo network's databases, played once for every file. */
export const DEMO_SNAPSHOT_ENV = 'LIANDONG_DEMO_SNAPSHOT';

const demoEnv = {
  DEV_TOKENS: 'true',
  // The tests poll trackCase while a handover travels between the tiers: more than a person would.
  TRACKING_RATE_LIMIT_PER_MINUTE: '1000',
};

/**
 * The network as `npm start` runs it, in this process on free ports: demo catalog and history,
 * delegated intakes in every stage, reviews, complaints and supervision records; the gateway
 * serving the built pages and the demo token endpoint. Started on a copy of the snapshot the
 * global setup played (each file gets its own copy, on files, so a subgraph can restart on it), or
 * played here when there is none (`persistent` then puts it on files).
 */
export async function startDemoNetwork(o: { persistent?: boolean } = {}): Promise<Network> {
  assertPagesBuilt();
  const dir = process.env[DEMO_SNAPSHOT_ENV];
  if (!dir) return playDemoNetwork(o);
  const net = await startNetwork({ now: DEMO_NOW, copyOf: snapshotFiles(dir), env: demoEnv, gatewayRoutes });
  startForwarders(net);
  return net;
}

/** Plays the demo from empty databases (`keep` leaves its SQLite files for a snapshot). */
export async function playDemoNetwork(o: { persistent?: boolean; keep?: boolean } = {}): Promise<Network> {
  const net = await startNetwork({ now: DEMO_NOW, persistent: o.persistent || o.keep, keep: o.keep, env: demoEnv, gatewayRoutes });
  await seedCountyDemo(net.county.db, { now: net.clock.now() });
  await seedTownshipDemo(net.township.db, { now: net.clock.now() });
  await net.township.services.calendar.sync(net.clock.now());
  await net.county.redSweep.runNow();
  await net.township.redSweep.runNow();
  startForwarders(net);
  await playDemoIntakes(net.gatewayUrl, net.config.JWT_SECRET, () => undefined);
  await playDemoSupervision(net.gatewayUrl, net.config.JWT_SECRET, () => undefined);
  return net;
}

/** Saves a played demo network's databases into `dir` and stops it. */
export async function saveDemoSnapshot(net: Network, dir: string): Promise<void> {
  if (!net.files) throw new Error('a demo snapshot needs SQLite files');
  // Nothing may still travel between the tiers when the files are copied.
  for (let i = 0; i < 3; i++) {
    await net.township.forwarder.drain();
    await net.county.forwarder.drain();
  }
  const files = net.files;
  await net.stop();
  const target = snapshotFiles(dir);
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(files.county, target.county);
  fs.copyFileSync(files.township, target.township);
  fs.rmSync(path.dirname(files.county), { recursive: true, force: true });
}

const snapshotFiles = (dir: string): SqliteSnapshot => ({ county: path.join(dir, 'county.sqlite'), township: path.join(dir, 'township.sqlite') });

// As the services run them: intakes travel to the county and its answers back on their own.
function startForwarders(net: Network): void {
  net.township.forwarder.start(100);
  net.county.forwarder.start(100);
}

/** The gateway's origin, where the pages live. */
export const originOf = (net: Network): string => new URL(net.gatewayUrl).origin;
