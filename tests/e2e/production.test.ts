import { startNetwork, gql, codeOf, type Network } from '../support/network';
import { gatewayRoutes } from '../../gateway/routes';

/** The same network as production runs it: secrets set, introspection off, no stack traces. */
let net: Network;

beforeAll(async () => {
  // DEV_TOKENS asked for, as a careless deployment might: production must still refuse it.
  net = await startNetwork({
    env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), GATEWAY_SECRET: 'a-production-gateway-secret', DEV_TOKENS: 'true' },
    gatewayRoutes: (config) => gatewayRoutes(config),
  });
});
afterAll(async () => net?.stop());

test('introspection is off at the gateway', async () => {
  const r = await gql(net.gatewayUrl, '{ __schema { types { name } } }');
  expect(r.data).toBeUndefined();
  expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
});

test('errors carry no stack trace and no field suggestions', async () => {
  const r = await gql(net.gatewayUrl, '{ townshipz { name } }');
  expect(r.errors?.[0].message).not.toMatch(/Did you mean/);
  expect(JSON.stringify(r.errors)).not.toContain('stacktrace');
  const forbidden = await gql(net.gatewayUrl, '{ countyCases { total } }');
  expect(codeOf(forbidden)).toBe('UNAUTHENTICATED');
  expect(JSON.stringify(forbidden.errors)).not.toContain('stacktrace');
});

test('subgraphs, called with the gateway secret, suggest no field names either', async () => {
  const headers = { 'x-gateway-secret': 'a-production-gateway-secret' };
  for (const [url, query] of [
    [net.countyUrl, '{ departmentz { id } }'],
    [net.townshipUrl, '{ townshipz { id } }'],
    [net.countyUrl, '{ departments { idd } }'],
  ]) {
    const r = await gql(url, query, {}, undefined, headers);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors?.[0].message).toMatch(/（Cannot query field/);
    expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean|departments"|townships"|"id"/);
  }
});

test('subgraphs refuse requests that do not come through the gateway', async () => {
  const token = await net.token({ role: 'COUNTY_ADMIN' });
  const direct = await gql(net.countyUrl, '{ departments { id } }', {}, token);
  expect(direct.status).toBe(403);
  expect(codeOf(direct)).toBe('FORBIDDEN');
  const via = await gql(net.gatewayUrl, '{ departments { id } }', {}, token);
  expect(via.errors).toBeUndefined();
});

test('no demo tokens in production: the endpoint and the pages\' demo sign-in probe are absent', async () => {
  const origin = new URL(net.gatewayUrl).origin;
  for (const path of ['/dev/token?role=COUNTY_ADMIN', '/dev/token/enabled']) {
    expect([path, (await fetch(origin + path)).status]).toEqual([path, 404]);
  }
});
