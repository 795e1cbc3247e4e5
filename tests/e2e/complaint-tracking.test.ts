import pino from 'pino';
import { buildGateway, type GatewayService } from '../../gateway/server';
import { QUERY_CODE_ALPHABET, isQueryCode } from '../../subgraphs/shared/domain/case-number';
import { buildFixture, type Fixture } from '../support/fixtures';
import { codeOf, gql, ok, startNetwork, type GqlResult, type Network } from '../support/network';

/**
 * The complaint receipt's query code and the public look-up by number and code (trackComplaint):
 * the right pair shows where the complaint stands and nothing personal, a wrong pair is null
 * without saying which half was wrong, bad input is BAD_USER_INPUT, and the gateway limits guesses.
 */

const START = '2026-09-28T02:00:00.000Z'; // Monday 10:00 Beijing time
const PHONE = '13812345678';
const FILE = `mutation($i: ComplaintInput!) { fileComplaint(input: $i) { id number queryCode status statusLabel filedAt dueDate } }`;
const VIEW = 'number status statusLabel unitName filedOn dueDate extended closedOn';
const TRACK = `query($n: String!, $q: String!) { trackComplaint(number: $n, queryCode: $q) { ${VIEW} } }`;
const ACT = `mutation($i: ComplaintActionInput!) { actOnComplaint(input: $i) { version status } }`;

interface Receipt {
  id: string;
  number: string;
  queryCode: string;
  dueDate: string;
}

/** Another code of the right shape. */
const wrongCode = (code: string, k = 0) => code.slice(0, 5) + [...QUERY_CODE_ALPHABET].filter((c) => c !== code[5])[k % (QUERY_CODE_ALPHABET.length - 1)];

describe('tracking a complaint', () => {
  let net: Network;
  let fx: Fixture;
  let seq = 0;
  const input = (patch: Record<string, unknown> = {}) => ({
    requestId: `complaint-track-${String(++seq).padStart(4, '0')}`,
    unitType: 'DEPARTMENT',
    unitId: fx.deptA.id,
    complainantName: '张三',
    complainantPhone: PHONE,
    text: `窗口人员推诿，请回电 ${PHONE}`,
    ...patch,
  });
  const file = async (i: Record<string, unknown>): Promise<Receipt> => (await ok(net.gatewayUrl, FILE, { i })).fileComplaint;
  const track = (n: unknown, q: unknown) => gql(net.gatewayUrl, TRACK, { n, q });

  beforeAll(async () => {
    net = await startNetwork({ now: START, env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '1000', TRACKING_RATE_LIMIT_PER_MINUTE: '1000', TRACKING_MAX_WRONG_CODES: '1000' } });
    fx = await buildFixture(net);
  });
  afterAll(async () => net?.stop());

  test('the receipt carries a query code; a repeat of the filing returns the same receipt, code and all', async () => {
    const i = input();
    const first = await file(i);
    expect(isQueryCode(first.queryCode)).toBe(true);
    expect(first.number).toMatch(/^TS-20260928-\d{4}$/);
    expect(await file(i)).toEqual(first);
    // Another filing gets a number and a code of its own.
    const other = await file(input());
    expect(other.number).not.toBe(first.number);
    expect(isQueryCode(other.queryCode)).toBe(true);
  });

  test('the right pair shows where it stands and nothing personal; lower case and spaces are forgiven', async () => {
    const r = await file(input({ complainantName: '李四', caseNumber: null }));
    const res = await track(` ${r.number.toLowerCase()} `, `${r.queryCode.slice(0, 3).toLowerCase()} ${r.queryCode.slice(3)}`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.trackComplaint).toEqual({
      number: r.number,
      status: 'RECEIVED',
      statusLabel: '已登记',
      unitName: '临江县市场监督管理局',
      filedOn: '2026-09-28',
      dueDate: r.dueDate,
      extended: false,
      closedOn: null,
    });
    const text = JSON.stringify(res.data);
    for (const personal of ['李四', PHONE, '推诿', r.queryCode, r.id]) expect(text).not.toContain(personal);
  });

  test('a wrong code, a wrong number, or another complaint\'s code answer null alike', async () => {
    const a = await file(input());
    const b = await file(input());
    for (const [n, q] of [
      [a.number, wrongCode(a.queryCode)],
      ['TS-20260928-9999', a.queryCode],
      [a.number, b.queryCode === a.queryCode ? wrongCode(a.queryCode) : b.queryCode],
    ]) {
      const res = await track(n, q);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ trackComplaint: null });
    }
  });

  test('extension and closing show; the notes do not', async () => {
    const r = await file(input());
    const get = async () => (await track(r.number, r.queryCode)).data?.trackComplaint;
    let version = 1;
    const act = async (i: Record<string, unknown>) => {
      version = (await ok(net.gatewayUrl, ACT, { i: { id: r.id, version, ...i } }, fx.supervisor)).actOnComplaint.version;
    };
    await act({ action: 'START' });
    await act({ action: 'EXTEND', days: 3, note: '需调取监控录像' });
    const extended = await get();
    expect(extended).toMatchObject({ status: 'HANDLING', statusLabel: '办理中', extended: true, closedOn: null });
    expect(extended.dueDate > r.dueDate).toBe(true);
    await act({ action: 'CLOSE', note: '已约谈窗口人员王五' });
    const closed = await get();
    expect(closed).toMatchObject({ status: 'CLOSED', statusLabel: '已办结', closedOn: '2026-09-28' });
    expect(JSON.stringify(closed)).not.toMatch(/监控|王五/);
  });

  test('a dismissed complaint shows the day it was dismissed', async () => {
    const r = await file(input());
    await ok(net.gatewayUrl, ACT, { i: { id: r.id, version: 1, action: 'DISMISS', note: '不属于效能投诉范围' } }, fx.supervisor);
    expect((await track(r.number, r.queryCode)).data?.trackComplaint).toMatchObject({ status: 'DISMISSED', statusLabel: '不予受理', closedOn: '2026-09-28' });
  });

  test('those who handle a complaint read its query code, to tell a complainant who asks; nobody else does', async () => {
    const GET = `query($id: ID!) { complaint(id: $id) { number queryCode } }`;
    const LIST = `query($f: ComplaintFilter) { complaints(filter: $f, limit: 100) { nodes { number queryCode } } }`;
    const onA = await file(input());
    const onX = await file(input({ unitType: 'TOWNSHIP', unitId: fx.townshipX.id }));
    // Supervision reads every complaint's code; the unit's clerks that of complaints about their unit.
    for (const [who, r] of [
      [fx.supervisor, onA],
      [fx.adminToken, onA],
      [fx.clerkA, onA],
      [fx.supervisor, onX],
      [fx.clerkX, onX],
    ] as const) {
      expect((await ok(net.gatewayUrl, GET, { id: r.id }, who)).complaint).toEqual({ number: r.number, queryCode: r.queryCode });
    }
    const listed = (await ok(net.gatewayUrl, LIST, {}, fx.clerkA)).complaints.nodes as { number: string; queryCode: string | null }[];
    expect(listed.find((n) => n.number === onA.number)?.queryCode).toBe(onA.queryCode);
    expect(listed.map((n) => n.number)).not.toContain(onX.number);
    // Another unit's clerk, a viewer and the public get no complaint, so no code.
    for (const [who, r, code] of [
      [fx.clerkB, onA, 'FORBIDDEN'],
      [fx.clerkY, onX, 'FORBIDDEN'],
      [fx.clerkA, onX, 'FORBIDDEN'],
      [fx.viewer, onA, 'FORBIDDEN'],
      [undefined, onA, 'UNAUTHENTICATED'],
    ] as const) {
      const res = await gql(net.gatewayUrl, GET, { id: r.id }, who);
      expect(codeOf(res)).toBe(code);
      expect(res.data?.complaint ?? null).toBeNull();
      expect(JSON.stringify(res)).not.toContain(r.queryCode);
    }
    const publicList = await gql(net.gatewayUrl, LIST, {});
    expect(codeOf(publicList)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(publicList)).not.toContain(onA.queryCode);
    // The public look-up by number and code still shows no code.
    expect(JSON.stringify((await track(onA.number, onA.queryCode)).data)).not.toContain(onA.queryCode);
  });

  test('blank, overlong or malformed numbers and codes are BAD_USER_INPUT naming the field', async () => {
    const r = await file(input());
    const cases: [unknown, unknown, string][] = [
      ['', r.queryCode, 'number'],
      ['   ', r.queryCode, 'number'],
      [r.number, '', 'queryCode'],
      [r.number + '0'.repeat(60), r.queryCode, 'number'],
      [r.number, r.queryCode + 'A'.repeat(60), 'queryCode'],
      ['SCJG-20260928-0001', r.queryCode, 'number'],
      [r.number, 'ABC10O', 'queryCode'],
    ];
    for (const [n, q, field] of cases) {
      const res: GqlResult = await track(n, q);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.details).toMatchObject({ field });
      expect(res.data?.trackComplaint ?? null).toBeNull();
    }
  });
});

describe('the gateway limits complaint look-ups', () => {
  let net: Network;
  let gateway: GatewayService;
  let url: string;
  let receipt: Receipt;

  beforeAll(async () => {
    net = await startNetwork({
      now: START,
      env: { TRUSTED_PROXIES: '127.0.0.1', TRACKING_RATE_LIMIT_PER_MINUTE: '10', TRACKING_MAX_WRONG_CODES: '3', TRACKING_LOCK_MINUTES: '15' },
    });
    gateway = await buildGateway({ config: net.config, log: pino({ level: 'silent' }), clock: net.clock.now });
    url = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
    const fx = await buildFixture(net);
    const i = { requestId: 'complaint-track-limit-1', unitType: 'DEPARTMENT', unitId: fx.deptA.id, complainantName: '张三', text: '办事拖延' };
    receipt = (await ok(net.gatewayUrl, FILE, { i })).fileComplaint;
  });
  afterAll(async () => {
    await gateway?.stop();
    await net?.stop();
  });

  const from = (client: string) => ({ 'x-forwarded-for': client });
  const track = (client: string, n: string, q: string) => gql(url, TRACK, { n, q }, undefined, from(client));
  const expectRateLimited = (r: GqlResult) => {
    expect(codeOf(r)).toBe('RATE_LIMITED');
    expect(r.status).toBe(429);
  };

  test('every alias takes a token from the client\'s bucket', async () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `g${i}: trackComplaint(number: "${receipt.number}", queryCode: "${receipt.queryCode}") { status }`).join(' ');
    expectRateLimited(await gql(url, `{ ${aliases} }`, {}, undefined, from('203.0.113.1')));
  });

  test('after 3 wrong codes the number is locked for the guesser; the complainant elsewhere still looks it up', async () => {
    for (let k = 0; k < 3; k++) expect((await track('198.51.100.7', receipt.number, wrongCode(receipt.queryCode, k))).data).toEqual({ trackComplaint: null });
    expectRateLimited(await track('198.51.100.7', receipt.number, receipt.queryCode));
    expect((await track('192.0.2.10', receipt.number, receipt.queryCode)).data?.trackComplaint).toMatchObject({ number: receipt.number, status: 'RECEIVED' });
  });
});
