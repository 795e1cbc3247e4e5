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

/**
 * Starts the services from dist/ as separate processes on free ports, as production runs them.
 * `instances` > 1 (scale-out): that many county and township processes on the same databases, each
 * on its own port, and one gateway given every instance (COUNTY_URL / TOWNSHIP_URL as lists); the
 * subgraphs' own calls to each other take the other tier's instances in turn. Instances start
 * one after another, so only the first runs the migrations.
 */
export async function startServices(env: Record<string, string>, o: { instances?: number } = {}): Promise<RunningNetwork> {
  const n = Math.max(1, o.instances ?? 1);
  const ports = { county: [] as number[], township: [] as number[], gateway: [await freePort()] };
  for (let i = 0; i < n; i++) {
    ports.county.push(await freePort());
    ports.township.push(await freePort());
  }
  const urlOf = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const baseEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    ...env,
    COUNTY_PORT: String(ports.county[0]),
    TOWNSHIP_PORT: String(ports.township[0]),
    GATEWAY_PORT: String(ports.gateway[0]),
    COUNTY_URL: ports.county.map(urlOf).join(','),
    TOWNSHIP_URL: ports.township.map(urlOf).join(','),
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
      const list = ports[s.name];
      for (const [i, port] of list.entries()) {
        const name = list.length > 1 ? `${s.name} ${i + 1}` : s.name;
        const child = spawn(process.execPath, [...profileArgs(s.name), path.join(projectRoot(), 'dist', s.file)], {
          env: { ...baseEnv, [s.port]: String(port) },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        children.push({ name, child });
        await waitForHealth(`http://127.0.0.1:${port}/health`, name, () => child.exitCode !== null);
        if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
      }
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    gatewayUrl: urlOf(ports.gateway[0]!),
    countyUrl: urlOf(ports.county[0]!),
    townshipUrl: urlOf(ports.township[0]!),
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

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The services as production runs them (NODE_ENV=production, gateway secret set) over the benchmark's databases. */
export function productionEnv(o: { url: string; dbs: { county: string; township: string }; jwtSecret: string; gatewaySecret: string }, extra: Record<string, string> = {}): Record<string, string> {
  return { NODE_ENV: 'production', MYSQL_URL: o.url, COUNTY_DB_NAME: o.dbs.county, TOWNSHIP_DB_NAME: o.dbs.township, JWT_SECRET: o.jwtSecret, GATEWAY_SECRET: o.gatewaySecret, ...extra };
}
