import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot, supergraphPath } from '../../subgraphs/shared/graphql/sdl';
import { freePort } from './services';

/**
 * Hive Gateway, run beside our gateway by `npm run bench` for comparison only. It lives in its own
 * package (scripts/bench/hive: pinned versions, its own lock file), never in the product's
 * dependencies, and is installed there on demand with `npm ci`.
 */

export const hiveDir = () => path.join(projectRoot(), 'scripts', 'bench', 'hive');
const hiveBin = () => path.join(hiveDir(), 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');

/** The versions installed, read from their package files. */
export function hiveVersions(): { gateway: string; routerRuntime: string | null; queryPlanner: string | null } {
  const version = (name: string) => {
    try {
      return (JSON.parse(fs.readFileSync(path.join(hiveDir(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return null;
    }
  };
  return { gateway: version('@graphql-hive/gateway') ?? '?', routerRuntime: version('@graphql-hive/router-runtime'), queryPlanner: version('@graphql-hive/router-query-planner') };
}

/** `npm ci --prefix scripts/bench/hive` when its node_modules is missing; fails loudly when npm does. */
export function ensureHiveInstalled(log: (m: string) => void): void {
  if (fs.existsSync(hiveBin())) return;
  log(`  Hive Gateway for comparison is not installed: npm ci --prefix ${path.relative(projectRoot(), hiveDir())} (its own package, not a dependency of the project; --no-hive skips it)`);
  const t0 = Date.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--prefix', hiveDir(), '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !fs.existsSync(hiveBin())) throw new Error(`npm ci --prefix ${hiveDir()} failed (exit ${r.status ?? r.signal}); run the bench with --no-hive to leave Hive Gateway out`);
  log(`  Hive Gateway installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

export interface RunningHive {
  url: string;
  pid: number;
  /** 'rust' (@graphql-hive/router-runtime) or 'default' (Hive Gateway's own JavaScript planner). */
  planner: 'rust' | 'default';
  stop(): Promise<void>;
}

/**
 * Starts Hive Gateway's CLI (`hive-gateway supergraph`) as its own process on a free port over the
 * committed supergraph, with scripts/bench/hive/gateway.config.mjs: the subgraphs at the given
 * URLs, the caller's authorization and the gateway secret sent to them as our gateway sends them.
 */
export async function startHiveGateway(o: { countyUrl: string; townshipUrl: string; gatewaySecret: string; planner?: 'rust' | 'default'; profileDir?: string }): Promise<RunningHive> {
  const port = await freePort();
  const planner = o.planner ?? 'rust';
  const profile = o.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${o.profileDir}`, `--cpu-prof-name=hive-gateway-${port}.cpuprofile`] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, hiveBin(), 'supergraph', supergraphPath(), '--config-path', path.join(hiveDir(), 'gateway.config.mjs'), '--host', '127.0.0.1', '--port', String(port), '--fork', '1'],
    {
      cwd: hiveDir(),
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'production',
        COUNTY_URL: o.countyUrl,
        TOWNSHIP_URL: o.townshipUrl,
        GATEWAY_SECRET: o.gatewaySecret,
        HIVE_BENCH_PLANNER: planner,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitForReadiness(`http://127.0.0.1:${port}/readiness`, () => child.exitCode !== null);
    if (child.exitCode !== null) throw new Error(`Hive Gateway exited with code ${child.exitCode}`);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid!, planner, stop };
}

/** Hive Gateway answers 200 on /readiness once its schema and planner are loaded. */
async function waitForReadiness(url: string, exited: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited()) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  if (!exited()) throw new Error(`Hive Gateway did not become ready at ${url}`);
}
