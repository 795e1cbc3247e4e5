import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { InFlight, InstancePool, isQueryOperation, postOnce, urlList, type SubgraphAnswer, type SubgraphPost } from '../../gateway/subgraph-client';
import * as jwt from '../../subgraphs/shared/auth/jwt';
import { signToken } from '../../subgraphs/shared/auth/jwt';
import { VerifiedTokens } from '../../gateway/auth';

const answer = (url: string, text = '{"data":{}}'): SubgraphAnswer => ({ status: 200, headers: { 'content-type': 'application/json' }, text, url });
const refused = (url: string) => Object.assign(new Error(`request to ${url} failed, reason: ECONNREFUSED`), { code: 'ECONNREFUSED' });

describe('instances of a subgraph taken in turn', () => {
  test('round-robin over the list', async () => {
    const pool = new InstancePool(['http://a/graphql', 'http://b/graphql', 'http://c/graphql']);
    const sent: string[] = [];
    const send = async (url: string) => (sent.push(url), answer(url));
    for (let i = 0; i < 6; i++) await pool.post('{}', {}, { send });
    expect(sent).toEqual(['http://a/graphql', 'http://b/graphql', 'http://c/graphql', 'http://a/graphql', 'http://b/graphql', 'http://c/graphql']);
  });

  test('an instance that refuses the connection is skipped at once, and passed over while it rests; it is tried again afterwards', async () => {
    let now = 0;
    const pool = new InstancePool(['http://a/graphql', 'http://b/graphql'], { restMs: 1000, now: () => now });
    const sent: string[] = [];
    let aDown = true;
    const send = async (url: string) => {
      sent.push(url);
      if (url === 'http://a/graphql' && aDown) throw refused(url);
      return answer(url);
    };
    const got = [];
    for (let i = 0; i < 4; i++) got.push((await pool.post('{}', {}, { send })).url);
    expect(got).toEqual(['http://b/graphql', 'http://b/graphql', 'http://b/graphql', 'http://b/graphql']);
    // Refused once, then passed over (not tried first) while it rests.
    expect(sent.filter((u) => u === 'http://a/graphql')).toHaveLength(1);
    aDown = false;
    now = 1500;
    const after = [];
    for (let i = 0; i < 2; i++) after.push((await pool.post('{}', {}, { send })).url);
    expect(after.sort()).toEqual(['http://a/graphql', 'http://b/graphql']);
  });

  test('every instance refusing: the refusal comes back; any other failure is not retried elsewhere', async () => {
    const pool = new InstancePool(['http://a/graphql', 'http://b/graphql']);
    await expect(pool.post('{}', {}, { send: async (url) => Promise.reject(refused(url)) })).rejects.toThrow(/ECONNREFUSED/);
    const sent: string[] = [];
    const reset = async (url: string) => {
      sent.push(url);
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    };
    await expect(pool.post('{}', {}, { send: reset })).rejects.toThrow(/hang up/);
    expect(sent).toHaveLength(1);
  });

  test('COUNTY_URL lists are split on commas', () => {
    expect(urlList(' http://a:1/graphql , http://b:2/graphql,')).toEqual(['http://a:1/graphql', 'http://b:2/graphql']);
  });

  test('a real refused port is recognised and the other instance answers', async () => {
    const server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"data":{"ok":true}}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const live = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/graphql`;
    await new Promise((r) => closed.close(r));
    try {
      const pool = new InstancePool([dead, live]);
      for (let i = 0; i < 3; i++) expect((await pool.post('{}', { 'content-type': 'application/json' })).text).toBe('{"data":{"ok":true}}');
      await expect(postOnce(dead, '{}', {})).rejects.toThrow(/request to .* failed, reason: ECONNREFUSED/);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('identical concurrent queries sent once', () => {
  const post = (o: Partial<SubgraphPost> = {}): SubgraphPost => ({ body: '{"query":"query Q{a}"}', headers: { authorization: 'Bearer one', 'x-gateway-secret': 's' }, query: true, ...o });
  const gate = () => {
    let open: (a: SubgraphAnswer) => void = () => undefined;
    let fail: (e: Error) => void = () => undefined;
    const p = new Promise<SubgraphAnswer>((res, rej) => {
      open = res;
      fail = rej;
    });
    return { p, open, fail };
  };

  test('same caller, same query: one fetch, both get the answer; nothing kept once it settles', async () => {
    const inFlight = new InFlight();
    const g = gate();
    let sends = 0;
    const send = () => (sends++, g.p);
    const a = inFlight.run('county', post(), send);
    const b = inFlight.run('county', post(), send);
    expect(inFlight.size).toBe(1);
    g.open(answer('http://a'));
    expect(await a).toEqual(answer('http://a'));
    expect(await b).toEqual(answer('http://a'));
    expect(sends).toBe(1);
    expect(inFlight.size).toBe(0);
    const later = inFlight.run('county', post(), async () => (sends++, answer('http://b')));
    expect((await later).url).toBe('http://b');
    expect(sends).toBe(2);
  });

  test('a different caller, secret, forwarded header, body or subgraph: separate fetches', async () => {
    const inFlight = new InFlight();
    const g = gate();
    let sends = 0;
    const send = () => (sends++, g.p);
    const base = post();
    const runs = [
      inFlight.run('county', base, send),
      inFlight.run('county', post({ headers: { ...base.headers, authorization: 'Bearer two' } }), send),
      inFlight.run('county', post({ headers: { 'x-gateway-secret': 's' } }), send),
      inFlight.run('county', post({ headers: { ...base.headers, 'x-forwarded-for': '10.0.0.9' } }), send),
      inFlight.run('county', post({ body: '{"query":"query Q{b}"}' }), send),
      inFlight.run('township', base, send),
    ];
    expect(sends).toBe(6);
    g.open(answer('http://a'));
    await Promise.all(runs);
  });

  test('mutations are never merged', async () => {
    const inFlight = new InFlight();
    let sends = 0;
    const m = post({ body: '{"query":"mutation M{a}"}', query: false });
    await Promise.all([inFlight.run('county', m, async () => (sends++, answer('x'))), inFlight.run('county', m, async () => (sends++, answer('x')))]);
    expect(sends).toBe(2);
  });

  test('a failure reaches every waiter, and the next call is sent afresh', async () => {
    const inFlight = new InFlight();
    const g = gate();
    const a = inFlight.run('county', post(), () => g.p);
    const b = inFlight.run('county', post(), () => g.p);
    g.fail(new Error('request to http://a failed, reason: ECONNRESET'));
    await expect(a).rejects.toThrow(/ECONNRESET/);
    await expect(b).rejects.toThrow(/ECONNRESET/);
    expect(inFlight.size).toBe(0);
  });

  test('which planned operations are queries', () => {
    expect(isQueryOperation('query Board__county__1($representations:[_Any!]!){_entities(representations:$representations){__typename}}')).toBe(true);
    expect(isQueryOperation('{countyCases{total}}')).toBe(true);
    expect(isQueryOperation('mutation Accept__township__0($i:AcceptIntakeInput!){acceptDelegatedIntake(input:$i){id}}')).toBe(false);
    expect(isQueryOperation('queryX')).toBe(false);
    expect(isQueryOperation('subscription S{a}')).toBe(false);
  });
});

describe('a token verified once per caller', () => {
  const SECRET = 'a-test-secret-of-at-least-32-characters';

  test('believed until it expires, then verified again and refused', async () => {
    let now = Date.now();
    const tokens = new VerifiedTokens(SECRET, () => now);
    const verify = jest.spyOn(jwt, 'verifyToken');
    try {
      const token = await signToken({ userId: 'u1', name: '甲', role: 'COUNTY_ADMIN' }, SECRET, 60);
      expect((await tokens.principal(token)).userId).toBe('u1');
      expect((await tokens.principal(token)).role).toBe('COUNTY_ADMIN');
      expect(verify).toHaveBeenCalledTimes(1);
      // Past its exp the remembered answer is dropped and the token is verified again.
      now += 61_000;
      await tokens.principal(token);
      expect(verify).toHaveBeenCalledTimes(2);
    } finally {
      verify.mockRestore();
    }
  });

  test('a bad token is never remembered', async () => {
    const tokens = new VerifiedTokens(SECRET);
    const token = await signToken({ userId: 'u1', name: '甲', role: 'COUNTY_ADMIN' }, 'another-secret-of-at-least-32-characters!', 60);
    await expect(tokens.principal(token)).rejects.toThrow(/not valid/);
    await expect(tokens.principal(token)).rejects.toThrow(/not valid/);
  });
});
