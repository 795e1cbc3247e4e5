/**
 * How the gateway calls the subgraphs: identical concurrent queries of one caller are sent once
 * (never mutations, never across callers), a failure reaches every caller that shared it, calls
 * are spread over a subgraph's listed instances, and large answers are compressed.
 *
 * A second gateway is built over the test network with the county reached through a small proxy
 * that counts and holds each request until the test lets it go, so concurrency is decided by the
 * test, not by timing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import pino from 'pino';
import { startNetwork, gql, type Network } from '../support/network';
import { buildFixture, type Fixture } from '../support/fixtures';
import { buildGateway, type GatewayService } from '../../gateway/server';
import { GATEWAY_SECRET_HEADER } from '../../subgraphs/shared/graphql/request-auth';

let net: Network;
let fx: Fixture;

interface Held {
  body: string;
  authorization: string | undefined;
  /** Forwards to the county and sends its answer back. */
  pass(): void;
  /** Answers with this status instead. */
  fail(status: number): void;
}

/** A proxy in front of the county: every request is counted and held until the test lets it go. */
async function countingProxy(target: string) {
  const held: Held[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      held.push({
        body,
        authorization: req.headers.authorization,
        pass: () => {
          const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>;
          void fetch(target, { method: 'POST', headers, body }).then(async (r) => {
            res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json' });
            res.end(await r.text());
          });
        },
        fail: (status) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: 'broken on purpose' }] }));
        },
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    held,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

async function until(what: string, check: () => boolean) {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`never happened: ${what}`);
}

let proxy: Awaited<ReturnType<typeof countingProxy>>;
let gateway: GatewayService;
let gatewayUrl: string;

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
  proxy = await countingProxy(net.countyUrl);
  gateway = await buildGateway({ config: { ...net.config, countyUrls: [proxy.url], countyUrl: proxy.url }, log: pino({ level: 'silent' }) });
  gatewayUrl = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
});
afterAll(async () => {
  await gateway?.stop();
  await proxy?.stop();
  await net?.stop();
});
beforeEach(() => proxy.held.splice(0));

const DEPARTMENTS = `query Departments { departments { id name } }`;

test('two identical concurrent queries of the same caller: one county call, both answered', async () => {
  const joinedBefore = gateway.inFlight!.joined;
  const a = gql(gatewayUrl, DEPARTMENTS, {}, fx.adminToken);
  const b = gql(gatewayUrl, DEPARTMENTS, {}, fx.adminToken);
  await until('the second query joins the first', () => proxy.held.length === 1 && gateway.inFlight!.joined === joinedBefore + 1);
  proxy.held[0]!.pass();
  const [ra, rb] = await Promise.all([a, b]);
  expect(ra.errors).toBeUndefined();
  expect(rb).toEqual(ra);
  expect(ra.data!.departments.length).toBeGreaterThan(0);
  expect(proxy.held).toHaveLength(1);
  expect(gateway.inFlight!.size).toBe(0);
  // Nothing is kept: the same query afterwards is sent again.
  const c = gql(gatewayUrl, DEPARTMENTS, {}, fx.adminToken);
  await until('the later query reaches the county', () => proxy.held.length === 2);
  proxy.held[1]!.pass();
  expect((await c).data).toEqual(ra.data);
});

test('the same query from two callers: two county calls, each with its own token', async () => {
  const a = gql(gatewayUrl, DEPARTMENTS, {}, fx.adminToken);
  const b = gql(gatewayUrl, DEPARTMENTS, {}, fx.supervisor);
  await until('both queries reach the county', () => proxy.held.length === 2);
  expect(new Set(proxy.held.map((h) => h.authorization))).toEqual(new Set([`Bearer ${fx.adminToken}`, `Bearer ${fx.supervisor}`]));
  proxy.held.forEach((h) => h.pass());
  const [ra, rb] = await Promise.all([a, b]);
  expect(ra.errors).toBeUndefined();
  expect(rb.errors).toBeUndefined();
});

test('identical concurrent mutations are each sent', async () => {
  const m = `mutation { setCalendarOverride(date: "2027-03-03", workday: false, note: "测试") { date workday } }`;
  const a = gql(gatewayUrl, m, {}, fx.adminToken);
  const b = gql(gatewayUrl, m, {}, fx.adminToken);
  await until('both mutations reach the county', () => proxy.held.length === 2);
  expect(proxy.held.every((h) => h.body.includes('mutation'))).toBe(true);
  // Let go one after the other: the county runs them in turn (two at once would race on its own upsert).
  proxy.held[0]!.pass();
  const first = await Promise.race([a, b]);
  expect(first.errors).toBeUndefined();
  proxy.held[1]!.pass();
  const [ra, rb] = await Promise.all([a, b]);
  expect(ra.errors).toBeUndefined();
  expect(rb.errors).toBeUndefined();
});

test('a failed shared call fails both callers the same way', async () => {
  const joinedBefore = gateway.inFlight!.joined;
  const a = gql(gatewayUrl, DEPARTMENTS, {}, fx.adminToken);
  const b = gql(gatewayUrl, DEPARTMENTS, {}, fx.adminToken);
  await until('the second query joins the first', () => proxy.held.length === 1 && gateway.inFlight!.joined === joinedBefore + 1);
  proxy.held[0]!.fail(503);
  const [ra, rb] = await Promise.all([a, b]);
  expect(ra.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(rb.errors).toEqual(ra.errors);
  expect(proxy.held).toHaveLength(1);
});

describe('a query planned as one fetch (passed through, single-fetch.ts)', () => {
  const CASES = `query Cases { countyCases(limit: 2) { total nodes { id number status department { name } } } }`;

  test('one county call; the answer is what the county gave, aliases and fragments as asked', async () => {
    const q = `query Shaped { list: countyCases(limit: 2) { ...page } d: departments { code } }
      fragment page on CountyCasePage { total rows: nodes { number st: status } }`;
    const directBefore = gateway.singleFetches.answeredDirectly;
    const answer = gql(gatewayUrl, q, {}, fx.adminToken);
    await until('the query reaches the county', () => proxy.held.length === 1);
    proxy.held[0]!.pass();
    const r = await answer;
    expect(r.errors).toBeUndefined();
    expect(gateway.singleFetches.answeredDirectly).toBe(directBefore + 1);
    expect(Object.keys(r.data!)).toEqual(['list', 'd']);
    expect(Object.keys(r.data!.list)).toEqual(['total', 'rows']);
    for (const row of r.data!.list.rows) expect(Object.keys(row)).toEqual(['number', 'st']);
    // The same through the county directly, as the gateway asked it: the same data.
    const direct = await gql(net.countyUrl, q, {}, fx.adminToken, { [GATEWAY_SECRET_HEADER]: net.config.GATEWAY_SECRET! });
    expect(r.data).toEqual(direct.data);
    expect(proxy.held).toHaveLength(1);
  });

  test('an answer with an error: still one county call, the error at its path with its code, the rest answered', async () => {
    const q = `query($from: Date!, $to: Date!) { statistics(from: $from, to: $to) { from county { figures { accepted } } departments { department { code } } } }`;
    const directBefore = gateway.singleFetches.answeredDirectly;
    const answer = gql(gatewayUrl, q, { from: '2026-11-02', to: '2026-11-06' }, fx.clerkX);
    await until('the query reaches the county', () => proxy.held.length === 1);
    proxy.held[0]!.pass();
    const r = await answer;
    expect(r.data?.statistics).toEqual({ from: '2026-11-02', county: null, departments: null });
    expect(r.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
      ['statistics.county', 'FORBIDDEN'],
      ['statistics.departments', 'FORBIDDEN'],
    ]);
    expect(gateway.singleFetches.answeredDirectly).toBe(directBefore);
    expect(proxy.held).toHaveLength(1);
  });

  test('a county that fails the call: one call, the failure reported as before', async () => {
    const answer = gql(gatewayUrl, CASES, {}, fx.adminToken);
    await until('the query reaches the county', () => proxy.held.length === 1);
    proxy.held[0]!.fail(502);
    const r = await answer;
    expect(r.data?.countyCases ?? null).toBeNull();
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(r.errors![0]!.path).toEqual(['countyCases']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(proxy.held).toHaveLength(1);
  });

  test('a mutation is sent once, never passed through twice', async () => {
    const m = `mutation { setCalendarOverride(date: "2027-03-04", workday: false, note: "测试") { date workday } }`;
    const answer = gql(gatewayUrl, m, {}, fx.adminToken);
    await until('the mutation reaches the county', () => proxy.held.length === 1);
    proxy.held[0]!.pass();
    expect((await answer).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(proxy.held).toHaveLength(1);
  });
});

test('the network dashboard asks the county once: the township adds up the network from the figures the county sent', async () => {
  const q = `query($from: Date!, $to: Date!) { statistics(from: $from, to: $to) { network { figures { accepted } } county { figures { accepted } } townshipTotals { figures { accepted } } } }`;
  const answer = gql(gatewayUrl, q, { from: '2026-11-02', to: '2026-11-06' }, fx.adminToken);
  await until('the county is asked', () => proxy.held.length === 1);
  proxy.held[0]!.pass();
  const r = await answer;
  expect(r.errors).toBeUndefined();
  const s = r.data!.statistics;
  expect(s.network.figures.accepted).toBe(s.county.figures.accepted + s.townshipTotals.figures.accepted);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(proxy.held).toHaveLength(1);
});

describe('several instances of a subgraph', () => {
  test('calls go to each in turn, and a stopped one is passed over', async () => {
    const second = await countingProxy(net.countyUrl);
    const closed = await countingProxy(net.countyUrl);
    await closed.stop();
    const g = await buildGateway({ config: { ...net.config, countyUrls: [proxy.url, second.url, closed.url], GATEWAY_DEDUPLICATE: false }, log: pino({ level: 'silent' }) });
    const url = `http://127.0.0.1:${await g.listen(0, '127.0.0.1')}/graphql`;
    try {
      const passed = new Set<Held>();
      for (let i = 0; i < 6; i++) {
        const r = gql(url, DEPARTMENTS, {}, fx.adminToken);
        await until('the query reaches an instance', () => proxy.held.length + second.held.length === i + 1);
        for (const h of [...proxy.held, ...second.held]) if (!passed.has(h)) (passed.add(h), h.pass());
        expect((await r).errors).toBeUndefined();
      }
      // In turn: first, second, (third refused →) first, first, second, (third resting →) first.
      expect([proxy.held.length, second.held.length]).toEqual([4, 2]);
    } finally {
      await g.stop();
      await second.stop();
    }
  });
});

describe('compressed answers', () => {
  const raw = (query: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = http.request(net.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${fx.adminToken}`, ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ query }));
    });
  // Large enough without any data: the schema's type names and fields, and the departments.
  const LARGE = `{ departments { id code name } __schema { types { name fields { name } } } }`;

  test('an answer over 1 KB comes as brotli or gzip as the client accepts, the same JSON once decoded', async () => {
    const plain = await raw(LARGE, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.length).toBeGreaterThan(1024);
    const br = await raw(LARGE, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    expect(br.body.length).toBeLessThan(plain.body.length);
    const gz = await raw(LARGE, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(plain.body.toString());
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
  });

  test('a small answer, or a client that accepts no encoding, gets plain JSON', async () => {
    const small = await raw(`{ __typename }`, { 'accept-encoding': 'br, gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
    const refused = await raw(LARGE, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(refused.body.toString()).data.departments.length).toBeGreaterThan(0);
  });
});
