import fs from 'node:fs';
import { DEMO_SNAPSHOT_ENV } from './demo-network';

export default async function removeDemoSnapshot(): Promise<void> {
  const dir = process.env[DEMO_SNAPSHOT_ENV];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
