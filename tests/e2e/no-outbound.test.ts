import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import pino from 'pino';
import { startNetwork, ok, type Network } from '../support/network';
import { buildFixture } from '../support/fixtures';
import { buildGateway } from '../../gateway/server';
import { TELEMETRY_VARIABLE } from '../../gateway/offline';

/**
 * Government intranets are offline: the gateway must never call out of the machine. The gateway
 * library otherwise probes cloud metadata addresses (AWS, GCP, Azure, Alibaba) and exports usage
 * metrics to its vendor unless APOLLO_TELEMETRY_DISABLED is 'true', a variable it reads from the
 * process only: the process turns it off where it starts (gateway/index.ts; for tests,
 * tests/support/process-setup.ts), and buildGateway refuses to build where it is on. Apollo
 * Server's own reporting is switched off by plugins, whatever the environment says.
 *
 * Every outgoing HTTP request, fetch and socket connection made in this process is recorded while
 * the whole network runs; only this machine may appear.
 */

// The variables that would turn the vendor's usage and schema reporting on: the plugins must win.
process.env.APOLLO_KEY = 'service:liandong:not-a-real-key';
process.env.APOLLO_GRAPH_REF = 'liandong@current';
process.env.APOLLO_SCHEMA_REPORTING = 'true';

const LOCAL = new Set(['127.0.0.1', 'localhost']);

/** What was contacted, and how. */
const contacted: { via: string; host: string }[] = [];

type Fn = (...args: unknown[]) => unknown;

function hostOfUrl(u: unknown): string | null {
  if (typeof u === 'string' || u instanceof URL) {
    try {
      return new URL(String(u)).hostname;
    } catch {
      return null;
    }
  }
  return null;
}

/** The host of `http.request(url?, options?, callback?)`: options override the URL, Node's default is localhost. */
function hostOfRequest(args: unknown[]): string {
  let host = hostOfUrl(args[0]);
  for (const a of args.slice(0, 2)) {
    if (a && typeof a === 'object' && !(a instanceof URL)) {
      const o = a as { hostname?: string | null; host?: string | null };
      if (o.hostname || o.host) host = String(o.hostname || o.host);
    }
  }
  return host ?? 'localhost';
}

/** The host of `socket.connect(options | port, host? | path)`, including Node's internal normalized form. */
function hostOfConnect(args: unknown[]): string {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === 'object') {
    const o = first as { host?: string; path?: string };
    if (o.path) return 'localhost'; // a local socket file
    return o.host ?? 'localhost';
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    const second = Array.isArray(args[0]) ? args[0][1] : args[1];
    return typeof second === 'string' ? second : 'localhost';
  }
  return 'localhost'; // a local socket file
}

const bareHost = (h: string) => h.replace(/^\[(.*)\]$/, '$1').replace(/:\d+$/, '').replace(/\.$/, '');

function record(obj: object, key: string, via: string, hostOf: (args: unknown[]) => string): void {
  const original = (obj as Record<string, Fn>)[key]!;
  jest.spyOn(obj as Record<string, Fn>, key).mockImplementation(function (this: unknown, ...args: unknown[]) {
    contacted.push({ via, host: bareHost(hostOf(args)) });
    return original.apply(this, args);
  });
}

let network: Network;
let envBeforeBuild: NodeJS.ProcessEnv;
let envAfterBuild: NodeJS.ProcessEnv;

beforeAll(async () => {
  record(http, 'request', 'http.request', hostOfRequest);
  record(http, 'get', 'http.get', hostOfRequest);
  record(https, 'request', 'https.request', hostOfRequest);
  record(https, 'get', 'https.get', hostOfRequest);
  record(globalThis, 'fetch', 'fetch', (args) => {
    const input = args[0];
    return hostOfUrl(input) ?? hostOfUrl((input as { url?: string } | undefined)?.url) ?? 'unknown';
  });
  // Whatever library makes it, every TCP connection goes through here.
  record(net.Socket.prototype, 'connect', 'socket', hostOfConnect);

  envBeforeBuild = { ...process.env };
  network = await startNetwork();
  envAfterBuild = { ...process.env };
  await buildFixture(network);
  for (let i = 0; i < 3; i++) await ok(network.gatewayUrl, '{ townships { id name } }');
  await ok(network.gatewayUrl, `{ townships { name items { name supervisingDepartment { name } } } }`);
  await fetch(new URL('/health', network.gatewayUrl));
  // Time for any background detector or exporter the gateway library might have started.
  await new Promise((resolve) => setTimeout(resolve, 1500));
});

let stopped = false;
afterAll(async () => {
  if (!stopped) await network?.stop();
  jest.restoreAllMocks();
});

test('the test process turned the gateway library’s telemetry off where it started, and building the gateway wrote no process variable', () => {
  expect(envBeforeBuild[TELEMETRY_VARIABLE]).toBe('true');
  expect(envAfterBuild).toEqual(envBeforeBuild);
});

test('buildGateway refuses to build in a process where the gateway library’s telemetry is on', async () => {
  const before = contacted.length;
  delete process.env[TELEMETRY_VARIABLE];
  try {
    await expect(buildGateway({ config: network.config, log: pino({ level: 'silent' }) })).rejects.toThrow(/APOLLO_TELEMETRY_DISABLED/);
    expect(process.env[TELEMETRY_VARIABLE]).toBeUndefined();
  } finally {
    process.env[TELEMETRY_VARIABLE] = 'true';
  }
  expect(contacted.slice(before)).toEqual([]);
});

test('the recording sees the calls that were made (so an outbound call would be seen too)', () => {
  const via = new Set(contacted.map((c) => c.via));
  expect(via).toContain('fetch'); // this test's requests to the gateway, and the gateway's to its subgraphs
  expect(via).toContain('socket'); // the connections under both
});

test('nothing but this machine is ever contacted, up to and including the stop (when reporters would flush)', async () => {
  await network.stop();
  stopped = true;
  await new Promise((resolve) => setTimeout(resolve, 500));
  const outside = contacted.filter((c) => !LOCAL.has(c.host));
  expect(outside).toEqual([]);
});
