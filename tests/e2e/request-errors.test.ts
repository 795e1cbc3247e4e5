import { startNetwork, type Network } from '../support/network';

/** Requests the server cannot run are the client's mistake: HTTP 400 with a stable code, never a 500. */
let net: Network;

beforeAll(async () => {
  net = await startNetwork();
});
afterAll(async () => net?.stop());

async function post(url: string, body: unknown) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, code: json.errors?.[0]?.extensions?.code, message: json.errors?.[0]?.message ?? '', data: json.data };
}

const urls = () => [
  ['gateway', net.gatewayUrl],
  ['county subgraph', net.countyUrl],
  ['township subgraph', net.townshipUrl],
];

test.each(['gateway', 'county subgraph', 'township subgraph'])('an unknown operationName on the %s is a 400 with OPERATION_RESOLUTION_FAILURE', async (name) => {
  const url = urls().find(([n]) => n === name)![1];
  const r = await post(url, { query: 'query A { __typename } query B { __typename }', operationName: 'C' });
  expect(r).toMatchObject({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
  expect(r.message).toMatch(/C/);
});

test.each(['gateway', 'county subgraph', 'township subgraph'])('several operations without operationName on the %s is a 400 with OPERATION_RESOLUTION_FAILURE', async (name) => {
  const url = urls().find(([n]) => n === name)![1];
  const r = await post(url, { query: 'query A { __typename } query B { __typename }' });
  expect(r).toMatchObject({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
  expect(r.message).toMatch(/operation name/i);
});

test('a document over the token limit is a 400 with a stable code', async () => {
  const fields = Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ');
  const r = await post(net.gatewayUrl, { query: `{ ${fields} }` });
  expect(r.status).toBe(400);
  expect(r.code).toBe('GRAPHQL_PARSE_FAILED');
  expect(r.message).toMatch(/4000 tokens/);
  expect(r.data ?? null).toBeNull();
});

test('a document of plain selections over the token limit is refused as the client\'s too', async () => {
  const fields = Array.from({ length: 12_000 }, () => '__typename').join(' ');
  const r = await post(net.gatewayUrl, { query: `{ ${fields} }` });
  expect(r).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
});
