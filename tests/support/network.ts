import { randomBytes } from 'node:crypto';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { print, type DocumentNode } from 'graphql';
import { loadConfig, type Config } from '../../subgraphs/shared/config/env';
import { dropMysqlDatabase, type DatabaseTarget } from '../../subgraphs/shared/db/data-source';
import { signToken } from '../../subgraphs/shared/auth/jwt';
import type { Principal } from '../../subgraphs/shared/auth/principal';
import { buildCountySubgraph, openCountyDatabase, type CountySubgraph } from '../../subgraphs/county/server';
import { buildTownshipSubgraph, openTownshipDatabase, type TownshipSubgraph } from '../../subgraphs/township/server';
import { buildGateway, type GatewayService } from '../../gateway/server';
import type { RouteHandler } from '../../subgraphs/shared/http/server';

/** Which database the integration and end-to-end tests use: MySQL when MYSQL_URL is set. */
export const usingMysql = !!process.env.MYSQL_URL;

/** SQLite files of both tiers, e.g. a demo network's state saved once for many test files. */
export interface SqliteSnapshot {
  county: string;
  township: string;
}

export function testTargets(
  opts: { persistent?: boolean; copyOf?: SqliteSnapshot } = {},
): { county: DatabaseTarget; township: DatabaseTarget; drop(): Promise<void> } {
  if (opts.copyOf && usingMysql) throw new Error('a SQLite snapshot cannot seed MySQL databases');
  if (!usingMysql && (opts.persistent || opts.copyOf)) {
    // Files survive a service restart, as in production.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-test-'));
    if (opts.copyOf) {
      fs.copyFileSync(opts.copyOf.county, path.join(dir, 'county.sqlite'));
      fs.copyFileSync(opts.copyOf.township, path.join(dir, 'township.sqlite'));
    }
    return {
      county: { kind: 'sqlite', file: path.join(dir, 'county.sqlite') },
      township: { kind: 'sqlite', file: path.join(dir, 'township.sqlite') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!usingMysql) {
    return { county: { kind: 'sqlite', file: ':memory:' }, township: { kind: 'sqlite', file: ':memory:' }, drop: async () => {} };
  }
  const url = process.env.MYSQL_URL!;
  const suffix = randomBytes(4).toString('hex');
  const county = `ld_test_county_${suffix}`;
  const township = `ld_test_township_${suffix}`;
  return {
    county: { kind: 'mysql', url, database: county },
    township: { kind: 'mysql', url, database: township },
    drop: async () => {
      await dropMysqlDatabase(url, county);
      await dropMysqlDatabase(url, township);
    },
  };
}

/** A controllable clock: tests move time instead of sleeping. */
export class TestClock {
  constructor(public current: Date) {}
  now = (): Date => new Date(this.current);
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface Network {
  config: Config;
  county: CountySubgraph;
  township: TownshipSubgraph;
  gateway: GatewayService;
  gatewayUrl: string;
  countyUrl: string;
  townshipUrl: string;
  clock: TestClock;
  token(p: Partial<Principal> & Pick<Principal, 'role'>): Promise<string>;
  stopCounty(): Promise<void>;
  /** Starts the county again on the same database and port (use `persistent` on SQLite). */
  startCounty(): Promise<void>;
  stopTownship(): Promise<void>;
  /** Starts the township again on the same database and port (use `persistent` on SQLite). */
  startTownship(): Promise<void>;
  stop(): Promise<void>;
  /** Where the databases are when they are SQLite files (persistent or copied). */
  files?: SqliteSnapshot;
}

const silent = pino({ level: 'silent' });

/** Starts both subgraphs and the gateway in this process, on free ports. */
export async function startNetwork(
  opts: {
    env?: Record<string, string>;
    now?: string;
    persistent?: boolean;
    /** Start on copies of these SQLite files instead of empty databases. */
    copyOf?: SqliteSnapshot;
    /** Keep the databases when the network stops (for a snapshot). */
    keep?: boolean;
    gatewayRoutes?: (config: Config) => RouteHandler[];
  } = {},
): Promise<Network> {
  const targets = testTargets({ persistent: opts.persistent, copyOf: opts.copyOf });
  const clock = new TestClock(new Date(opts.now ?? '2026-09-30T02:00:00.000Z'));
  // Ports are chosen up front so each service knows where the others are from the start.
  const held = { county: await holdFreePort(), township: await holdFreePort() };
  const [countyPort, townshipPort] = [held.county.port, held.township.port];
  const countyUrl = `http://127.0.0.1:${countyPort}/graphql`;
  const townshipUrl = `http://127.0.0.1:${townshipPort}/graphql`;
  // Tests read figures right after changing cases: the figure cache is off unless a test turns it on.
  const config = { ...loadConfig({ NODE_ENV: 'test', STATISTICS_CACHE_SECONDS: '0', ...opts.env }), countyUrl, townshipUrl, countyUrls: [countyUrl], townshipUrls: [townshipUrl] };
  const bootCounty = async () => {
    const db = await openCountyDatabase(targets.county, silent);
    const service = await buildCountySubgraph({ config, db, log: silent, clock: clock.now });
    await held.county.release();
    await service.listen(countyPort, '127.0.0.1');
    return service;
  };
  const bootTownship = async () => {
    const db = await openTownshipDatabase(targets.township, silent);
    const service = await buildTownshipSubgraph({ config, db, log: silent, clock: clock.now });
    await held.township.release();
    await service.listen(townshipPort, '127.0.0.1');
    return service;
  };
  let county: CountySubgraph | null = await bootCounty();
  let township: TownshipSubgraph | null = await bootTownship();
  await township.services.calendar.sync(clock.now());
  const gateway = await buildGateway({ config, log: silent, routes: opts.gatewayRoutes?.(config) });
  const gatewayPort = await gateway.listen(0, '127.0.0.1');
  const network: Network = {
    config,
    get county() {
      if (!county) throw new Error('the county subgraph is stopped');
      return county;
    },
    get township() {
      if (!township) throw new Error('the township subgraph is stopped');
      return township;
    },
    gateway,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    countyUrl,
    townshipUrl,
    clock,
    token: (p) => signToken({ userId: p.userId ?? `u-${p.role.toLowerCase()}`, name: p.name ?? '测试用户', ...p }, config.JWT_SECRET),
    async stopCounty() {
      await county?.stop();
      county = null;
    },
    async startCounty() {
      if (!county) county = await bootCounty();
    },
    async stopTownship() {
      await township?.stop();
      township = null;
    },
    async startTownship() {
      if (!township) township = await bootTownship();
    },
    files: targets.county.kind === 'sqlite' && targets.county.file !== ':memory:' && targets.township.kind === 'sqlite'
      ? { county: targets.county.file, township: targets.township.file }
      : undefined,
    async stop() {
      await gateway.stop();
      await township?.stop();
      await county?.stop();
      if (!opts.keep) await targets.drop();
    },
  };
  return network;
}

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

// Ports are handed out below the kernel's ephemeral range (32768+), one block per Jest worker, so
// no other worker's `listen(0)` or outgoing socket is given one; each process starts at a random
// place in its block, and holds the port until its service binds. Test runs going on side by side
// on one machine each take their own range of blocks with LIANDONG_TEST_PORT_BASE, so they never
// hand out one another's ports.
const PORT_BLOCK = 400;
const WORKER_BLOCKS = 8;
const portBase = Number(process.env.LIANDONG_TEST_PORT_BASE ?? '20000');
if (!Number.isInteger(portBase) || portBase < 1024 || portBase + WORKER_BLOCKS * PORT_BLOCK > 32768) {
  throw new Error(`LIANDONG_TEST_PORT_BASE must be an integer from 1024 to ${32768 - WORKER_BLOCKS * PORT_BLOCK}`);
}
const workerIndex = Number(process.env.JEST_WORKER_ID ?? '0') % WORKER_BLOCKS;
const blockStart = portBase + workerIndex * PORT_BLOCK;
let tried = 0;
let offset = Math.floor(Math.random() * PORT_BLOCK);

interface HeldPort {
  port: number;
  /** Lets the port go, right before the service listens on it. */
  release(): Promise<void>;
}

async function holdFreePort(): Promise<HeldPort> {
  while (tried++ < PORT_BLOCK) {
    const port = blockStart + (offset++ % PORT_BLOCK);
    const held = await tryHold(port);
    if (held) return held;
  }
  throw new Error(`no free test port left in this worker's block (${blockStart}-${blockStart + PORT_BLOCK - 1})`);
}

function tryHold(port: number): Promise<HeldPort | null> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(null));
    srv.listen(port, '127.0.0.1', () => resolve({ port, release: () => new Promise((done) => srv.close(() => done())) }));
  });
}

/** Posts a GraphQL request as a client would; a page's typed document is sent as its printed text. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string | DocumentNode,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
  });
  const body = (await res.json()) as GqlResult<T>;
  return { ...body, status: res.status };
}

/** The data of a request that must succeed; fails the test with the errors otherwise. */
export async function ok<T = Record<string, any>>(url: string, query: string | DocumentNode, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const r = await gql<T>(url, query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export const codeOf = (r: GqlResult): string | undefined => r.errors?.[0]?.extensions?.code;
