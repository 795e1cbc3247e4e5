import pino from 'pino';
import { startNetwork, gql, ok, codeOf, type Network, type GqlResult } from '../support/network';
import { buildGateway, type GatewayService } from '../../gateway/server';
import { buildFixture, applicant, RECEIVE_COUNTY } from '../support/fixtures';
import { QUERY_CODE_ALPHABET } from '../../subgraphs/shared/domain/case-number';

/**
 * Public tracking cannot be brute-forced (SPEC §5): guesses are limited per client (every alias
 * counts) and a number locks after a few wrong codes for the clients that guessed them, while the
 * applicant elsewhere keeps tracking with the right code.
 */

const START = '2026-09-30T02:00:00.000Z';
const TRACK = `query($n: String!, $q: String!) { trackCase(number: $n, queryCode: $q) { number county { status } township { status } } }`;

/** Another code of the right shape. */
const wrongCode = (code: string, k = 0) =>
  code.slice(0, 5) + [...QUERY_CODE_ALPHABET].filter((c) => c !== code[5])[k % (QUERY_CODE_ALPHABET.length - 1)];

describe('behind a configured proxy', () => {
  let net: Network;
  let gateway: GatewayService;
  let url: string;
  let cases: { number: string; queryCode: string }[];

  beforeAll(async () => {
    net = await startNetwork({
      now: START,
      env: { TRUSTED_PROXIES: '127.0.0.1', TRACKING_RATE_LIMIT_PER_MINUTE: '10', TRACKING_MAX_WRONG_CODES: '3', TRACKING_LOCK_MINUTES: '15' },
    });
    // A gateway whose limits run on the test clock, so nothing depends on how fast the test runs.
    gateway = await buildGateway({ config: net.config, log: pino({ level: 'silent' }), clock: net.clock.now });
    url = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
    const fx = await buildFixture(net);
    cases = [];
    for (const requestId of ['tracking-limit-1', 'tracking-limit-2']) {
      cases.push((await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId, itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书'] } }, fx.clerkA)).receiveCountyCase);
    }
  });
  afterAll(async () => {
    await gateway?.stop();
    await net?.stop();
  });

  const from = (client: string) => ({ 'x-forwarded-for': client });
  const track = (client: string, number: string, queryCode: string) => gql(url, TRACK, { n: number, q: queryCode }, undefined, from(client));
  const expectRateLimited = (r: GqlResult) => {
    expect(codeOf(r)).toBe('RATE_LIMITED');
    expect(r.status).toBe(429);
    expect(r.data ?? null).toBeNull();
  };

  test('30 aliases in one request are 30 guesses: refused as a whole, nothing looked up', async () => {
    const { number, queryCode } = cases[0];
    const aliases = Array.from({ length: 30 }, (_, i) => `g${i}: trackCase(number: "${number}", queryCode: "${wrongCode(queryCode, i)}") { county { status } }`).join(' ');
    expectRateLimited(await gql(url, `{ ${aliases} }`, {}, undefined, from('203.0.113.1')));
    // Nothing was counted against the number: the applicant still tracks it from anywhere.
    expect((await track('203.0.113.99', number, queryCode)).data?.trackCase.county).toEqual({ status: 'RECEIVED' });
  });

  test('aliases and fragments count one each against the client\'s bucket', async () => {
    const { number, queryCode } = cases[1];
    const six = Array.from({ length: 6 }, (_, i) => `a${i}: trackCase(number: "${number}", queryCode: "${queryCode}") { ...T }`).join(' ');
    const r = await gql(url, `{ ${six} } fragment T on TrackedCase { county { status } }`, {}, undefined, from('203.0.113.2'));
    expect(r.errors).toBeUndefined();
    expect(Object.keys(r.data!)).toHaveLength(6);
    const five = Array.from({ length: 5 }, (_, i) => `b${i}: trackCase(number: "${number}", queryCode: "${queryCode}") { county { status } }`).join(' ');
    expectRateLimited(await gql(url, `{ ${five} }`, {}, undefined, from('203.0.113.2')));
    // Four tokens are left: four single look-ups go through, the next one does not.
    for (let i = 0; i < 4; i++) expect((await track('203.0.113.2', number, queryCode)).data?.trackCase.county).toEqual({ status: 'RECEIVED' });
    expectRateLimited(await track('203.0.113.2', number, queryCode));
    // Another client has a bucket of its own.
    expect((await track('203.0.113.3', number, queryCode)).data?.trackCase.county).toEqual({ status: 'RECEIVED' });
  });

  test('an array of operations (a batch) is refused, so it cannot go around the count', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('203.0.113.4') },
      body: JSON.stringify([{ query: TRACK, variables: { n: cases[0].number, q: cases[0].queryCode } }]),
    });
    expect(res.status).toBe(400);
  });

  test('after 3 wrong codes the number is locked for the guesser, even with the right code; the applicant elsewhere still tracks it', async () => {
    const { number, queryCode } = cases[0];
    for (let k = 0; k < 3; k++) {
      const r = await track('198.51.100.7', number, wrongCode(queryCode, k));
      expect(r.errors).toBeUndefined();
      expect(r.data?.trackCase).toEqual({ number, county: null, township: null });
    }
    expectRateLimited(await track('198.51.100.7', number, queryCode));
    expectRateLimited(await track('198.51.100.7', number, wrongCode(queryCode, 5)));
    // The right code from a client that never guessed wrong keeps working.
    expect((await track('192.0.2.10', number, queryCode)).data?.trackCase.county).toEqual({ status: 'RECEIVED' });
    // Another number is not locked for the guesser.
    expect((await track('198.51.100.7', cases[1].number, cases[1].queryCode)).data?.trackCase.county).toEqual({ status: 'RECEIVED' });
    // A fresh client guessing wrong while the number is locked is locked out after that one guess.
    expect((await track('198.51.100.8', number, wrongCode(queryCode, 7))).data?.trackCase.county).toBeNull();
    expectRateLimited(await track('198.51.100.8', number, queryCode));
  });

  test('the lock ends after TRACKING_LOCK_MINUTES', async () => {
    const { number, queryCode } = cases[0];
    net.clock.set(new Date(Date.parse(START) + 14 * 60_000).toISOString());
    const locked = await track('198.51.100.7', number, queryCode);
    expectRateLimited(locked);
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBe(60);
    net.clock.set(new Date(Date.parse(START) + 16 * 60_000).toISOString());
    expect((await track('198.51.100.7', number, queryCode)).data?.trackCase.county).toEqual({ status: 'RECEIVED' });
  });
});

describe('without TRUSTED_PROXIES', () => {
  let net: Network;
  beforeAll(async () => {
    net = await startNetwork({ now: START, env: { TRACKING_RATE_LIMIT_PER_MINUTE: '2' } });
  });
  afterAll(async () => net?.stop());

  test('a new X-Forwarded-For on each request does not make a new client', async () => {
    const guess = (i: number) => gql(net.gatewayUrl, TRACK, { n: '511099101-20260930-0001', q: 'ABCDEF' }, undefined, { 'x-forwarded-for': `203.0.113.${i}` });
    expect((await guess(1)).errors).toBeUndefined();
    expect((await guess(2)).errors).toBeUndefined();
    const third = await guess(3);
    expect(codeOf(third)).toBe('RATE_LIMITED');
    expect(third.status).toBe(429);
  });
});
