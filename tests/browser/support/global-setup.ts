import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { turnGatewayTelemetryOff } from '../../../gateway/offline';
import { DEMO_SNAPSHOT_ENV, playDemoNetwork, saveDemoSnapshot } from './demo-network';
import { assertPagesBuilt } from './browser';

/**
 * Plays the demo network once for all page test files (about 20 s each otherwise) and leaves its
 * databases where every file starts its own copy. Workers start after this and inherit the variable.
 */
export default async function playDemoOnce(): Promise<void> {
  assertPagesBuilt();
  // On MySQL each file plays the demo into its own databases.
  if (process.env.MYSQL_URL) return;
  turnGatewayTelemetryOff();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-demo-snapshot-'));
  await saveDemoSnapshot(await playDemoNetwork({ keep: true }), dir);
  process.env[DEMO_SNAPSHOT_ENV] = dir;
}
