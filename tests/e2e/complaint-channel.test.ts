import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, type Fixture } from '../support/fixtures';

/**
 * Where a complaint came in (投诉来源): the public always files through the web form and may not
 * claim another channel; staff record the channel they took it by (窗口 when they name none); the
 * list filters by channel; an unknown channel is refused with a stable code and stores nothing.
 */

const FILE = `mutation($i: ComplaintInput!) { fileComplaint(input: $i) { id number } }`;
const GET = `query($id: ID!) { complaint(id: $id) { id channel channelLabel history { actorRole } } }`;
const LIST = `query($f: ComplaintFilter) { complaints(filter: $f, limit: 200) { total nodes { id channel } } }`;

let seq = 0;
const rid = () => `channel-test-${String(++seq).padStart(4, '0')}`;

describe('complaint channels', () => {
  let net: Network;
  let fx: Fixture;
  const input = (patch: Record<string, unknown> = {}) => ({
    requestId: rid(),
    unitType: 'DEPARTMENT',
    unitId: fx.deptA.id,
    complainantName: '王五',
    complainantPhone: '13812345678',
    text: '窗口办事拖延',
    ...patch,
  });
  const fileOk = async (patch: Record<string, unknown>, token?: string) => (await ok(net.gatewayUrl, FILE, { i: input(patch) }, token)).fileComplaint as { id: string };
  const get = async (id: string) => (await ok(net.gatewayUrl, GET, { id }, fx.supervisor)).complaint;
  const total = async () => (await ok(net.gatewayUrl, `{ complaints(limit: 1) { total } }`, {}, fx.supervisor)).complaints.total as number;

  beforeAll(async () => {
    net = await startNetwork({ env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '1000' } });
    fx = await buildFixture(net);
  });
  afterAll(async () => net?.stop());

  test('a filing without a token comes by the web form, named or not', async () => {
    const plain = await fileOk({});
    expect(await get(plain.id)).toMatchObject({ channel: 'PUBLIC_FORM', channelLabel: '网上表单', history: [{ actorRole: 'PUBLIC' }] });
    const named = await fileOk({ channel: 'PUBLIC_FORM' });
    expect((await get(named.id)).channel).toBe('PUBLIC_FORM');
  });

  test.each(['HOTLINE_12345', 'WINDOW', 'LETTER'])('the public may not claim %s: FORBIDDEN, nothing stored', async (channel) => {
    const before = await total();
    const r = await gql(net.gatewayUrl, FILE, { i: input({ channel }) });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data?.fileComplaint ?? null).toBeNull();
    expect(await total()).toBe(before);
  });

  test('a supervisor records a complaint taken by phone with its channel; staff default to the window', async () => {
    const phoned = await fileOk({ channel: 'HOTLINE_12345' }, fx.supervisor);
    expect(await get(phoned.id)).toMatchObject({ channel: 'HOTLINE_12345', channelLabel: '12345 热线', history: [{ actorRole: 'SUPERVISOR' }] });
    for (const [channel, label] of [['OTHER_HOTLINE', '其他热线'], ['MAILBOX', '县长信箱'], ['LETTER', '来信']]) {
      expect(await get((await fileOk({ channel }, fx.supervisor)).id)).toMatchObject({ channel, channelLabel: label });
    }
    const walkIn = await fileOk({}, fx.clerkA);
    expect(await get(walkIn.id)).toMatchObject({ channel: 'WINDOW', channelLabel: '窗口' });
  });

  test('a repeat of a staff filing returns the first; the same key with another channel is refused', async () => {
    const i = input({ channel: 'MAILBOX' });
    const first = (await ok(net.gatewayUrl, FILE, { i }, fx.supervisor)).fileComplaint;
    expect((await ok(net.gatewayUrl, FILE, { i }, fx.supervisor)).fileComplaint).toEqual(first);
    const before = await total();
    const other = await gql(net.gatewayUrl, FILE, { i: { ...i, channel: 'LETTER' } }, fx.supervisor);
    expect(codeOf(other)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await total()).toBe(before);
  });

  test('an unknown channel is bad input, from the public and from staff; nothing stored', async () => {
    const before = await total();
    for (const token of [undefined, fx.supervisor]) {
      const r = await gql(net.gatewayUrl, FILE, { i: input({ channel: 'FAX' }) }, token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.data?.fileComplaint ?? null).toBeNull();
      const inline = await gql(net.gatewayUrl, `mutation { fileComplaint(input: { requestId: "${rid()}", unitType: DEPARTMENT, unitId: "${fx.deptA.id}", complainantName: "王五", text: "x", channel: "WINDOW" }) { id } }`, {}, token);
      expect(inline.errors?.length).toBeGreaterThan(0);
      expect(inline.data?.fileComplaint ?? null).toBeNull();
    }
    expect(await total()).toBe(before);
  });

  test('the list filters by channel', async () => {
    const letter = await fileOk({ channel: 'LETTER' }, fx.supervisor);
    const all = (await ok(net.gatewayUrl, LIST, {}, fx.supervisor)).complaints;
    const letters = (await ok(net.gatewayUrl, LIST, { f: { channel: ['LETTER'] } }, fx.supervisor)).complaints;
    expect(letters.nodes.map((n: { id: string }) => n.id)).toContain(letter.id);
    expect(letters.nodes.every((n: { channel: string }) => n.channel === 'LETTER')).toBe(true);
    expect(letters.total).toBe(all.nodes.filter((n: { channel: string }) => n.channel === 'LETTER').length);
    const two = (await ok(net.gatewayUrl, LIST, { f: { channel: ['LETTER', 'PUBLIC_FORM'] } }, fx.supervisor)).complaints;
    expect(two.total).toBe(all.nodes.filter((n: { channel: string }) => ['LETTER', 'PUBLIC_FORM'].includes(n.channel)).length);
    const bad = await gql(net.gatewayUrl, LIST, { f: { channel: ['FAX'] } }, fx.supervisor);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.data?.complaints ?? null).toBeNull();
  });
});
