import { startNetwork, gql, type Network } from '../support/network';
import { buildFixture, type Fixture } from '../support/fixtures';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
});
afterAll(async () => net?.stop());

const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

test('every service reports health (database reachable) and Prometheus metrics', async () => {
  for (const url of [net.countyUrl, net.townshipUrl]) {
    const h = await fetch(`${base(url)}/health`);
    expect(h.status).toBe(200);
    expect(await h.json()).toMatchObject({ status: 'ok', database: expect.stringMatching(/sqlite|mysql/) });
  }
  const g = await fetch(`${base(net.gatewayUrl)}/health`);
  expect(await g.json()).toEqual({ status: 'ok', service: 'gateway', subgraphs: { county: 'ok', township: 'ok' } });

  await gql(net.gatewayUrl, '{ departments { id } }');
  const metrics = await (await fetch(`${base(net.gatewayUrl)}/metrics`)).text();
  expect(metrics).toMatch(/liandong_http_requests_total\{[^}]*route="\/graphql"[^}]*status="200"[^}]*\} [1-9]/);
  expect(metrics).toContain('process_resident_memory_bytes');
});

test('each subgraph counts its SQL statements on /metrics, one more for each statement it sends', async () => {
  const statements = async () => Number(/^liandong_sql_statements_total\{[^}]*\} (\d+)$/m.exec(await (await fetch(`${base(net.countyUrl)}/metrics`)).text())?.[1]);
  const before = await statements();
  expect(before).toBeGreaterThan(0);
  net.county.db.sql.reset(); // the per-test counter; the metric keeps counting
  await gql(net.gatewayUrl, '{ departments { id } }');
  const sent = net.county.db.sql.reset();
  expect(sent).toBeGreaterThan(0);
  expect(await statements()).toBe(before + sent);
});

test('each subgraph publishes, apart, the statements its forwarder timer sent with nothing to deliver, a part of all its statements', async () => {
  for (const url of [net.countyUrl, net.townshipUrl]) {
    const text = await (await fetch(`${base(url)}/metrics`)).text();
    const figure = (name: string) => Number(new RegExp(`^${name}\\{[^}]*\\} (\\d+)$`, 'm').exec(text)?.[1]);
    expect(figure('liandong_outbox_idle_statements_total')).toBeGreaterThanOrEqual(0);
    expect(figure('liandong_outbox_idle_statements_total')).toBeLessThanOrEqual(figure('liandong_sql_statements_total'));
  }
});

test('no landing page loads from a CDN: GET /graphql in a browser gets no HTML from elsewhere', async () => {
  const res = await fetch(net.gatewayUrl, { headers: { accept: 'text/html' } });
  const text = await res.text();
  expect(text).not.toMatch(/cdn|embeddable-sandbox|apollographql\.com/i);
});

test('with the county down the gateway still answers township fields, with an error for the county part', async () => {
  await net.stopCounty();
  const r = await gql(net.gatewayUrl, `{ townships { name items { name supervisingDepartment { name } } } }`);
  expect(r.data?.townships.map((t: { name: string }) => t.name).sort()).toEqual(['河口镇', '白水乡'].sort());
  expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  expect(JSON.stringify(r.errors)).not.toContain('127.0.0.1');
  expect(r.data?.townships[0].items[0].supervisingDepartment).toBeNull();
  const only = await gql(net.gatewayUrl, `{ townships { name } }`);
  expect(only.errors).toBeUndefined();
  const g = await (await fetch(`${base(net.gatewayUrl)}/health`)).json();
  expect(g).toMatchObject({ status: 'degraded', subgraphs: { county: 'unreachable', township: 'ok' } });
  // Staff queries to the township still work.
  const cases = await gql(net.gatewayUrl, `{ townshipCases { total } }`, {}, fx.clerkX);
  expect(cases.errors).toBeUndefined();
});
