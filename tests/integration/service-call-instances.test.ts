import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { callService, ServiceCallError, type ServiceTarget } from '../../subgraphs/shared/outbox/service-call';

/** One subgraph's instances as the other tier calls them: in turn, a refused one passed over, never a call sent twice. */
interface Instance {
  url: string;
  hits: number;
  stop(): Promise<void>;
}

async function instance(answer: (hits: number) => { status: number; body: unknown } = () => ({ status: 200, body: { data: { ok: true } } })): Promise<Instance> {
  const me: Instance = { url: '', hits: 0, stop: async () => undefined };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      me.hits += 1;
      const a = answer(me.hits);
      res.writeHead(a.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  me.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  me.stop = async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  return me;
}

/** A port nobody listens on: a connection to it is refused. */
async function closedUrl(): Promise<string> {
  const gone = await instance();
  await gone.stop();
  return gone.url;
}

const target = (urls: string[]): ServiceTarget => ({ url: urls[0]!, urls, jwtSecret: 'service-call-test-secret-of-32-characters', caller: 'test-caller' });
const instances: Instance[] = [];
afterEach(async () => {
  await Promise.all(instances.splice(0).map((i) => i.stop()));
});

test('calls go to each instance in turn', async () => {
  const [a, b] = [await instance(), await instance()];
  instances.push(a, b);
  const t = target([a.url, b.url]);
  for (let i = 0; i < 6; i++) expect(await callService(t, '{ ok }', {})).toEqual({ ok: true });
  expect([a.hits, b.hits]).toEqual([3, 3]);
});

test('an instance that refuses the connection is passed over at once; the call is answered by another', async () => {
  const a = await instance();
  instances.push(a);
  const t = target([await closedUrl(), a.url]);
  for (let i = 0; i < 4; i++) expect(await callService(t, '{ ok }', {})).toEqual({ ok: true });
  expect(a.hits).toBe(4);
});

test('every instance refusing: SERVICE_UNAVAILABLE, transient', async () => {
  const t = target([await closedUrl(), await closedUrl()]);
  const e = await callService(t, '{ ok }', {}).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ServiceCallError);
  expect(e).toMatchObject({ code: 'SERVICE_UNAVAILABLE', permanent: false });
});

test('an instance that answers with an error is not asked again elsewhere: the call was delivered', async () => {
  const failing = await instance(() => ({ status: 200, body: { errors: [{ message: '稍后再试', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } }));
  const other = await instance();
  instances.push(failing, other);
  const t = target([failing.url, other.url]);
  const e = await callService(t, 'mutation { go }', {}).catch((x: unknown) => x);
  expect(e).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', permanent: false });
  expect([failing.hits, other.hits]).toEqual([1, 0]);
});
