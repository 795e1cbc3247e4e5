import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../../subgraphs/shared/graphql/sdl';
import { waitForHealth } from '../lib/wait-for-health';

export interface RunningNetwork {
  gatewayUrl: string;
  countyUrl: string;
  townshipUrl: string;
  processes: { name: string; pid: number }[];
  stop(): Promise<void>;
}

const SERVICES = [
  { name: 'county', file: 'subgraphs/county/index.js', port: 'COUNTY_PORT' },
  { name: 'township', file: 'subgraphs/township/index.js', port: 'TOWNSHIP_PORT' },
  { name: 'gateway', file: 'gateway/index.js', port: 'GATEWAY_PORT' },
] as const;

/** Starts the three services from dist/ as separate processes on free ports, as production runs them. */
export async function startServices(env: Record<string, string>): Promise<RunningNetwork> {
  const ports = { COUNTY_PORT: await freePort(), TOWNSHIP_PORT: await freePort(), GATEWAY_PORT: await freePort() };
  const fullEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    ...env,
    ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
    COUNTY_URL: `http://127.0.0.1:${ports.COUNTY_PORT}/graphql`,
    TOWNSHIP_URL: `http://127.0.0.1:${ports.TOWNSHIP_PORT}/graphql`,
  };
  const children: { name: string; child: ChildProcess }[] = [];
  const stop = async () => {
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    for (const s of SERVICES) {
      const child = spawn(process.execPath, [...profileArgs(s.name), path.join(projectRoot(), 'dist', s.file)], { env: fullEnv, stdio: ['ignore', 'ignore', 'inherit'] });
      children.push({ name: s.name, child });
      await waitForHealth(`http://127.0.0.1:${ports[s.port]}/health`, s.name, () => child.exitCode !== null);
      if (child.exitCode !== null) throw new Error(`${s.name} exited with code ${child.exitCode}`);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`,
    countyUrl: fullEnv.COUNTY_URL,
    townshipUrl: fullEnv.TOWNSHIP_URL,
    processes: children.map(({ name, child }) => ({ name, pid: child.pid! })),
    stop,
  };
}

/**
 * BENCH_CPU_PROF_DIR=<dir> (with BENCH_CPU_PROF=gateway,county … naming the services, gateway by
 * default): those services run under `node --cpu-prof`, writing a .cpuprofile into the folder when they stop.
 */
function profileArgs(service: string): string[] {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  const which = (process.env.BENCH_CPU_PROF ?? 'gateway').split(',').map((s) => s.trim());
  return dir && which.includes(service) ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${service}-\${pid}.cpuprofile`] : [];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
