import type { IncomingMessage } from 'node:http';
import pino from 'pino';
import { buildGateway, type GatewayService } from '../../gateway/server';
import { startNetwork, ok, gql, codeOf, type Network, type GqlResult } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, type Fixture } from '../support/fixtures';

/**
 * Complaints (效能投诉, SPEC §4.5) through the gateway: filing by the public and by staff, the
 * actions and who may take them, deadlines on working days, figures, access per role, bad input,
 * the township check through the township service, and the gateway's limit on the public.
 */

const START = '2026-09-28T02:00:00.000Z'; // Monday 10:00 Beijing time
const PHONE = '13812345678';
const UNKNOWN_UUID = '0b6a2c1e-5f3d-4e8a-9c7b-1d2e3f4a5b6c';

const FILE = `mutation($i: ComplaintInput!) { fileComplaint(input: $i) { id number status statusLabel filedAt dueDate } }`;
const ACT = `mutation($i: ComplaintActionInput!) { actOnComplaint(input: $i) { id version status dueDate dueAt extended extensionDays extensionReason unitFeedback resultNote dismissReason closedAt overdue daysOverdue } }`;
const FULL = `fragment C on Complaint {
  id number unitType unitId unitName caseNumber status statusLabel version filedAt dueDate dueAt extended extensionDays
  extensionReason unitFeedback resultNote dismissReason closedAt overdue daysOverdue calendarUncertain allowedActions text
  complainant { name phone masked } department { id name } township { id name }
  history { action label fromStatus toStatus actorName actorRole note days at }
}`;
const GET = `query($id: ID!) { complaint(id: $id) { ...C } } ${FULL}`;
const LIST = `query($f: ComplaintFilter, $limit: Int) { complaints(filter: $f, limit: $limit) { total nodes { ...C } } } ${FULL}`;
const SUMMARY = `query($from: Date!, $to: Date!) { complaintSummary(from: $from, to: $to) {
  from to filed closed dismissed open overdueOpen closedOnTime
  closureRate { numerator denominator percent } onTimeRate { numerator denominator percent } } }`;

interface Receipt {
  id: string;
  number: string;
  status: string;
  statusLabel: string;
  filedAt: string;
  dueDate: string;
}

let seq = 0;
const rid = (tag: string) => `complaint-${tag}-${String(++seq).padStart(4, '0')}`;

/** Beijing wall time → the instant, e.g. bjIso('2026-10-10 23:59'). */
const bjIso = (wall: string) => new Date(`${wall.replace(' ', 'T')}:00+08:00`).toISOString();

describe('complaints', () => {
  let net: Network;
  let fx: Fixture;

  const input = (patch: Record<string, unknown> = {}) => ({
    requestId: rid('file'),
    unitType: 'DEPARTMENT',
    unitId: fx.deptA.id,
    complainantName: '张三',
    complainantPhone: PHONE,
    text: `窗口人员推诿，请回电 ${PHONE}`,
    ...patch,
  });
  const file = (i: Record<string, unknown>, token?: string) => gql<{ fileComplaint: Receipt }>(net.gatewayUrl, FILE, { i }, token);
  const fileOk = async (patch: Record<string, unknown> = {}, token?: string) => {
    const r = await file(input(patch), token);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data.fileComplaint;
  };
  const act = (i: Record<string, unknown>, token: string) => gql(net.gatewayUrl, ACT, { i }, token);
  const actOk = async (i: Record<string, unknown>, token: string) => (await ok(net.gatewayUrl, ACT, { i }, token)).actOnComplaint;
  const get = async (id: string, token = fx.supervisor) => (await ok(net.gatewayUrl, GET, { id }, token)).complaint;
  const total = async () => (await ok(net.gatewayUrl, `{ complaints(limit: 1) { total } }`, {}, fx.supervisor)).complaints.total as number;
  const summary = (from: string, to: string, token: string) => gql(net.gatewayUrl, SUMMARY, { from, to }, token);

  beforeAll(async () => {
    // The gateway's limit on the public has its own network below; here it must not get in the way.
    net = await startNetwork({ now: START, env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '1000' } });
    fx = await buildFixture(net);
  });
  afterAll(async () => net?.stop());

  describe('filing', () => {
    test('the public files without a token and gets a receipt: number, status, due date', async () => {
      const r = await fileOk();
      expect(r).toMatchObject({ status: 'RECEIVED', statusLabel: '已登记', filedAt: START, dueDate: '2026-10-10' });
      expect(r.number).toMatch(/^TS-20260928-\d{4}$/);
      const c = await get(r.id);
      expect(c).toMatchObject({
        number: r.number,
        unitType: 'DEPARTMENT',
        unitId: fx.deptA.id,
        unitName: '临江县市场监督管理局',
        department: { id: fx.deptA.id, name: '临江县市场监督管理局' },
        township: null,
        complainant: { name: '张三', phone: PHONE, masked: false },
        version: 1,
        dueAt: '2026-10-10T16:00:00.000Z',
        extended: false,
        overdue: false,
        daysOverdue: 0,
        calendarUncertain: false,
      });
      expect(c.history).toEqual([
        expect.objectContaining({ action: 'file', label: '登记投诉', fromStatus: null, toStatus: 'RECEIVED', actorName: '公众', actorRole: 'PUBLIC', at: START }),
      ]);
    });

    test('the public reads nothing: not the complaint it filed, no list, no figures', async () => {
      const r = await fileOk();
      for (const res of [
        await gql(net.gatewayUrl, GET, { id: r.id }),
        await gql(net.gatewayUrl, LIST, {}),
        await summary('2026-09-01', '2026-09-30', ''),
      ]) {
        expect(codeOf(res)).toBe('UNAUTHENTICATED');
        expect(res.data?.complaint ?? res.data?.complaints ?? res.data?.complaintSummary ?? null).toBeNull();
      }
    });

    test('any staff role may file; against a township, checked and named by the township service', async () => {
      const r = await fileOk({ unitType: 'TOWNSHIP', unitId: fx.townshipY.id, complainantPhone: null }, fx.clerkX);
      const c = await get(r.id);
      expect(c).toMatchObject({ unitType: 'TOWNSHIP', unitId: fx.townshipY.id, unitName: '白水乡', township: { id: fx.townshipY.id, name: '白水乡' }, department: null });
      expect(c.history[0]).toMatchObject({ actorName: '赵镇员', actorRole: 'TOWNSHIP_CLERK' });
      const byViewer = await fileOk({ unitId: fx.deptB.id }, fx.viewer);
      expect((await get(byViewer.id)).history[0].actorRole).toBe('VIEWER');
    });

    test('numbers count up per day', async () => {
      const a = await fileOk();
      const b = await fileOk();
      const n = (x: Receipt) => Number(x.number.split('-')[2]);
      expect(n(b)).toBe(n(a) + 1);
    });

    test('a repeated requestId returns the first complaint and stores nothing new', async () => {
      const i = input();
      const first = (await file(i)).data!.fileComplaint;
      const before = await total();
      const again = await file(i);
      expect(again.data?.fileComplaint).toEqual(first);
      const both = await Promise.all([file(i), file(i)]);
      expect(both.map((x) => x.data?.fileComplaint.id)).toEqual([first.id, first.id]);
      expect(await total()).toBe(before);
    });

    test('a requestId reused by someone else or for another complaint is refused', async () => {
      const i = input();
      await file(i);
      const before = await total();
      expect(codeOf(await file(i, fx.clerkA))).toBe('DUPLICATE');
      expect(codeOf(await file({ ...i, text: '另一件事' }))).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await total()).toBe(before);
    });

    test('a named county case must be the unit’s; a township case number must carry its code', async () => {
      const caseA = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: rid('case'), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: ['申请书'] } }, fx.clerkA))
        .receiveCountyCase;
      const r = await fileOk({ caseNumber: caseA.number.toLowerCase() });
      expect((await get(r.id)).caseNumber).toBe(caseA.number);
      const before = await total();
      expect(codeOf(await file(input({ unitId: fx.deptB.id, caseNumber: caseA.number })))).toBe('BAD_USER_INPUT');
      expect(codeOf(await file(input({ caseNumber: 'SCJG-20260101-0099' })))).toBe('NOT_FOUND');
      expect(codeOf(await file(input({ unitType: 'TOWNSHIP', unitId: fx.townshipY.id, caseNumber: `${fx.townshipX.code}-20260928-0001` })))).toBe('BAD_USER_INPUT');
      expect(codeOf(await file(input({ caseNumber: '第三件' })))).toBe('BAD_USER_INPUT');
      expect(await total()).toBe(before);
      const township = await fileOk({ unitType: 'TOWNSHIP', unitId: fx.townshipX.id, caseNumber: `${fx.townshipX.code}-20260928-0001` });
      expect((await get(township.id)).caseNumber).toBe(`${fx.townshipX.code}-20260928-0001`);
    });
  });

  describe('bad input gets a stable code and stores nothing', () => {
    test.each([
      ['an unknown department', { unitId: UNKNOWN_UUID }, 'NOT_FOUND'],
      ['an unknown township', { unitType: 'TOWNSHIP', unitId: UNKNOWN_UUID }, 'NOT_FOUND'],
      ['a malformed unit id', { unitId: 'dept-a' }, 'BAD_USER_INPUT'],
      ['an oversize text', { text: '慢'.repeat(2001) }, 'TEXT_TOO_LONG'],
      ['an empty text', { text: '  ' }, 'BAD_USER_INPUT'],
      ['a bad phone', { complainantPhone: '1381234567' }, 'BAD_USER_INPUT'],
      ['a landline', { complainantPhone: '0839-5123401' }, 'BAD_USER_INPUT'],
      ['no name', { complainantName: '' }, 'BAD_USER_INPUT'],
      ['a name over 50 characters', { complainantName: '名'.repeat(51) }, 'BAD_USER_INPUT'],
      ['a bad requestId', { requestId: 'x' }, 'BAD_USER_INPUT'],
    ])('%s', async (_what, patch, code) => {
      const before = await total();
      const r = await file(input(patch));
      expect(codeOf(r)).toBe(code);
      expect(r.data?.fileComplaint ?? null).toBeNull();
      expect(await total()).toBe(before);
    });

    test('exactly 2000 characters are accepted', async () => {
      expect((await fileOk({ text: '慢'.repeat(2000) })).status).toBe('RECEIVED');
    });
  });

  describe('actions', () => {
    test('start, the unit’s reply, close — each in the history; illegal steps refused', async () => {
      const r = await fileOk();
      const started = await actOk({ id: r.id, version: 1, action: 'START', note: '已转效能办' }, fx.supervisor);
      expect(started).toMatchObject({ status: 'HANDLING', version: 2 });
      expect(codeOf(await act({ id: r.id, version: 2, action: 'START' }, fx.supervisor))).toBe('ILLEGAL_TRANSITION');
      const replied = await actOk({ id: r.id, version: 2, action: 'REPLY', note: '已约谈当事窗口人员' }, fx.clerkA);
      expect(replied).toMatchObject({ status: 'HANDLING', version: 3, unitFeedback: '已约谈当事窗口人员' });
      expect(codeOf(await act({ id: r.id, version: 3, action: 'CLOSE' }, fx.supervisor))).toBe('REASON_REQUIRED');
      expect(codeOf(await act({ id: r.id, version: 2, action: 'CLOSE', note: '结果' }, fx.supervisor))).toBe('VERSION_CONFLICT');
      const closed = await actOk({ id: r.id, version: 3, action: 'CLOSE', note: '情况属实，已批评教育' }, fx.adminToken);
      expect(closed).toMatchObject({ status: 'CLOSED', version: 4, resultNote: '情况属实，已批评教育', closedAt: START, overdue: false, daysOverdue: 0 });
      expect(codeOf(await act({ id: r.id, version: 4, action: 'DISMISS', note: '重复' }, fx.supervisor))).toBe('ILLEGAL_TRANSITION');
      expect(codeOf(await act({ id: r.id, version: 4, action: 'REPLY', note: '补充' }, fx.clerkA))).toBe('ILLEGAL_TRANSITION');
      const c = await get(r.id);
      expect(c.history.map((h: { action: string; toStatus: string; actorName: string; note: string | null }) => [h.action, h.toStatus, h.actorName, h.note])).toEqual([
        ['file', 'RECEIVED', '公众', null],
        ['start', 'HANDLING', '孙监察', '已转效能办'],
        ['reply', 'HANDLING', '王窗口', '已约谈当事窗口人员'],
        ['close', 'CLOSED', '管理员', '情况属实，已批评教育'],
      ]);
      expect(c.allowedActions).toEqual([]);
    });

    test('a reply moves RECEIVED to HANDLING; a township’s clerk answers for their township only', async () => {
      const r = await fileOk({ unitType: 'TOWNSHIP', unitId: fx.townshipX.id });
      expect(codeOf(await act({ id: r.id, version: 1, action: 'REPLY', note: '不是我们' }, fx.clerkY))).toBe('FORBIDDEN');
      expect(codeOf(await act({ id: r.id, version: 1, action: 'REPLY', note: '不是我们' }, fx.clerkA))).toBe('FORBIDDEN');
      expect(await actOk({ id: r.id, version: 1, action: 'REPLY', note: '已调查' }, fx.clerkX)).toMatchObject({ status: 'HANDLING', unitFeedback: '已调查' });
    });

    test('dismiss from RECEIVED with a reason', async () => {
      const r = await fileOk();
      expect(codeOf(await act({ id: r.id, version: 1, action: 'DISMISS' }, fx.supervisor))).toBe('REASON_REQUIRED');
      expect(await actOk({ id: r.id, version: 1, action: 'DISMISS', note: '不属于效能投诉范围' }, fx.supervisor)).toMatchObject({
        status: 'DISMISSED',
        dismissReason: '不属于效能投诉范围',
        closedAt: START,
      });
    });

    test('who may act: supervision runs it, the unit only replies, nobody else', async () => {
      const r = await fileOk();
      const refuse = async (i: Record<string, unknown>, token: string | undefined, code: string) => {
        const res = await gql(net.gatewayUrl, ACT, { i: { id: r.id, version: 1, note: '说明', days: 1, ...i } }, token);
        expect({ i, code: codeOf(res) }).toEqual({ i, code });
      };
      await refuse({ action: 'START' }, undefined, 'UNAUTHENTICATED');
      await refuse({ action: 'START' }, fx.viewer, 'FORBIDDEN');
      await refuse({ action: 'CLOSE' }, fx.clerkA, 'FORBIDDEN');
      await refuse({ action: 'EXTEND' }, fx.clerkA, 'FORBIDDEN');
      await refuse({ action: 'REPLY' }, fx.clerkB, 'FORBIDDEN');
      await refuse({ action: 'REPLY' }, fx.supervisor, 'FORBIDDEN');
      await refuse({ action: 'START', id: UNKNOWN_UUID }, fx.supervisor, 'NOT_FOUND');
      await refuse({ action: 'START', id: 'nope' }, fx.supervisor, 'BAD_USER_INPUT');
      expect((await get(r.id)).version).toBe(1);
      expect((await get(r.id, fx.supervisor)).allowedActions).toEqual(['START', 'EXTEND', 'DISMISS']);
      expect((await get(r.id, fx.clerkA)).allowedActions).toEqual(['REPLY']);
    });

    test('one extension with a reason: it moves the due date by working days; a second is ALREADY_EXTENDED', async () => {
      const r = await fileOk(); // due Saturday 2026-10-10 (make-up workday)
      expect(codeOf(await act({ id: r.id, version: 1, action: 'EXTEND', note: '需现场核查', days: 6 }, fx.supervisor))).toBe('BAD_USER_INPUT');
      expect(codeOf(await act({ id: r.id, version: 1, action: 'EXTEND', note: '需现场核查' }, fx.supervisor))).toBe('BAD_USER_INPUT');
      expect(codeOf(await act({ id: r.id, version: 1, action: 'EXTEND', days: 2 }, fx.supervisor))).toBe('REASON_REQUIRED');
      const extended = await actOk({ id: r.id, version: 1, action: 'EXTEND', note: '需现场核查', days: 2 }, fx.supervisor);
      expect(extended).toMatchObject({ status: 'RECEIVED', version: 2, dueDate: '2026-10-13', dueAt: '2026-10-13T16:00:00.000Z', extended: true, extensionDays: 2, extensionReason: '需现场核查' });
      const again = await act({ id: r.id, version: 2, action: 'EXTEND', note: '仍需核查', days: 1 }, fx.supervisor);
      expect(codeOf(again)).toBe('ALREADY_EXTENDED');
      const c = await get(r.id);
      expect(c).toMatchObject({ version: 2, dueDate: '2026-10-13' });
      expect(c.history[1]).toMatchObject({ action: 'extend', label: '延期办理', days: 2, note: '需现场核查' });
    });
  });

  describe('access per role', () => {
    let onA: Receipt;
    let onB: Receipt;
    let onX: Receipt;
    beforeAll(async () => {
      onA = await fileOk({ text: `A的投诉 ${PHONE}` });
      onB = await fileOk({ unitId: fx.deptB.id, text: 'B的投诉' });
      onX = await fileOk({ unitType: 'TOWNSHIP', unitId: fx.townshipX.id, text: 'X的投诉' });
    });

    test('supervisors and administrators see every complaint with the complainant', async () => {
      for (const token of [fx.supervisor, fx.adminToken]) {
        const page = (await ok(net.gatewayUrl, LIST, { limit: 200 }, token)).complaints;
        const ids = page.nodes.map((n: { id: string }) => n.id);
        expect(ids).toEqual(expect.arrayContaining([onA.id, onB.id, onX.id]));
        expect(page.total).toBe(page.nodes.length);
        expect(page.nodes.find((n: { id: string }) => n.id === onA.id)).toMatchObject({ complainant: { name: '张三', phone: PHONE, masked: false }, text: `A的投诉 ${PHONE}` });
      }
    });

    test('newest first', async () => {
      const nodes = (await ok(net.gatewayUrl, LIST, { limit: 200 }, fx.supervisor)).complaints.nodes as { filedAt: string }[];
      const times = nodes.map((n) => n.filedAt);
      expect([...times].sort().reverse()).toEqual(times);
    });

    test('a county clerk sees only complaints about their department, the complainant masked', async () => {
      const page = (await ok(net.gatewayUrl, LIST, { limit: 200 }, fx.clerkA)).complaints;
      expect(page.nodes.length).toBeGreaterThan(0);
      expect(page.nodes.every((n: { unitType: string; unitId: string }) => n.unitType === 'DEPARTMENT' && n.unitId === fx.deptA.id)).toBe(true);
      const a = await get(onA.id, fx.clerkA);
      expect(a.complainant).toEqual({ name: '张*', phone: '138****5678', masked: true });
      expect(a.text).toBe('A的投诉 138****5678');
      expect(codeOf(await gql(net.gatewayUrl, GET, { id: onB.id }, fx.clerkA))).toBe('FORBIDDEN');
      expect(codeOf(await gql(net.gatewayUrl, LIST, { f: { unitId: fx.deptB.id } }, fx.clerkA))).toBe('FORBIDDEN');
      expect(codeOf(await gql(net.gatewayUrl, LIST, { f: { unitType: 'TOWNSHIP' } }, fx.clerkA))).toBe('FORBIDDEN');
    });

    test('a township clerk sees only complaints about their township', async () => {
      const page = (await ok(net.gatewayUrl, LIST, { limit: 200 }, fx.clerkX)).complaints;
      expect(page.nodes.map((n: { id: string }) => n.id)).toContain(onX.id);
      expect(page.nodes.every((n: { unitType: string; unitId: string }) => n.unitType === 'TOWNSHIP' && n.unitId === fx.townshipX.id)).toBe(true);
      expect((await get(onX.id, fx.clerkX)).complainant.masked).toBe(true);
      expect(codeOf(await gql(net.gatewayUrl, GET, { id: onX.id }, fx.clerkY))).toBe('FORBIDDEN');
      expect(codeOf(await gql(net.gatewayUrl, GET, { id: onA.id }, fx.clerkX))).toBe('FORBIDDEN');
    });

    test('a viewer gets figures only, never a complaint', async () => {
      expect(codeOf(await gql(net.gatewayUrl, LIST, {}, fx.viewer))).toBe('FORBIDDEN');
      expect(codeOf(await gql(net.gatewayUrl, GET, { id: onA.id }, fx.viewer))).toBe('FORBIDDEN');
      expect((await summary('2026-09-28', '2026-09-28', fx.viewer)).data?.complaintSummary.filed).toBeGreaterThan(0);
    });

    test('filters: status, unit, filing dates', async () => {
      const q = async (f: Record<string, unknown>) => (await ok(net.gatewayUrl, LIST, { f, limit: 200 }, fx.supervisor)).complaints;
      const onlyB = await q({ unitType: 'DEPARTMENT', unitId: fx.deptB.id });
      expect(onlyB.nodes.every((n: { unitId: string }) => n.unitId === fx.deptB.id)).toBe(true);
      expect(onlyB.nodes.map((n: { id: string }) => n.id)).toContain(onB.id);
      const dismissed = await q({ status: ['DISMISSED'] });
      expect(dismissed.total).toBeGreaterThan(0);
      expect(dismissed.nodes.every((n: { status: string }) => n.status === 'DISMISSED')).toBe(true);
      expect((await q({ filedFrom: '2026-09-29' })).total).toBe(0);
      expect((await q({ filedTo: '2026-09-27' })).total).toBe(0);
      expect(codeOf(await gql(net.gatewayUrl, LIST, { f: { filedFrom: '2026-13-01' } }, fx.supervisor))).toBe('BAD_USER_INPUT');
    });
  });

  describe('overdue on the right working day', () => {
    let plain: Receipt; // due Saturday 2026-10-10, a make-up workday after the National Day holiday
    let extended: Receipt; // extended by 2 → due Tuesday 2026-10-13
    let closedLate: Receipt;
    const overdueIds = async () =>
      (await ok(net.gatewayUrl, LIST, { f: { overdue: true }, limit: 200 }, fx.supervisor)).complaints.nodes.map((n: { id: string }) => n.id) as string[];

    beforeAll(async () => {
      net.clock.set(START);
      plain = await fileOk();
      extended = await fileOk();
      closedLate = await fileOk();
      await actOk({ id: extended.id, version: 1, action: 'EXTEND', note: '需调取录像', days: 2 }, fx.supervisor);
      await actOk({ id: closedLate.id, version: 1, action: 'START' }, fx.supervisor);
    });

    test('not overdue at 23:59 on the due day (a make-up Saturday), overdue at 00:00', async () => {
      net.clock.set(bjIso('2026-10-10 23:59'));
      expect(await get(plain.id)).toMatchObject({ dueDate: '2026-10-10', overdue: false, daysOverdue: 0 });
      expect(await overdueIds()).not.toContain(plain.id);
      net.clock.set(bjIso('2026-10-11 00:00'));
      expect(await get(plain.id)).toMatchObject({ overdue: true, daysOverdue: 0 }); // Sunday: late, no working day past yet
      expect(await overdueIds()).toContain(plain.id);
      expect(await overdueIds()).not.toContain(extended.id);
    });

    test('days overdue count working days: Monday 1, Tuesday 2', async () => {
      net.clock.set(bjIso('2026-10-12 09:00'));
      expect(await get(plain.id)).toMatchObject({ overdue: true, daysOverdue: 1 });
      expect(await get(extended.id)).toMatchObject({ overdue: false, daysOverdue: 0 });
      net.clock.set(bjIso('2026-10-13 10:00'));
      expect((await get(plain.id)).daysOverdue).toBe(2);
      await actOk({ id: closedLate.id, version: 2, action: 'CLOSE', note: '已处理' }, fx.supervisor);
    });

    test('after the extension, overdue from the end of its new due day', async () => {
      net.clock.set(bjIso('2026-10-13 23:59'));
      expect(await get(extended.id)).toMatchObject({ overdue: false, daysOverdue: 0 });
      net.clock.set(bjIso('2026-10-14 00:00'));
      expect(await get(extended.id)).toMatchObject({ overdue: true, daysOverdue: 1 }); // Wednesday, the first working day late
      net.clock.set(bjIso('2026-10-15 09:00'));
      expect(await get(extended.id)).toMatchObject({ overdue: true, daysOverdue: 2 });
    });

    test('a complaint closed late keeps the days it was late, and is no longer overdue', async () => {
      expect(await get(closedLate.id)).toMatchObject({ status: 'CLOSED', overdue: false, daysOverdue: 2 });
      expect(await overdueIds()).not.toContain(closedLate.id);
    });
  });

  describe('summary figures', () => {
    // Filed Mon 2 Nov (due Mon 9 Nov) and Tue 3 Nov (due Tue 10 Nov); read on Wed 11 Nov.
    beforeAll(async () => {
      net.clock.set(bjIso('2026-11-02 10:00'));
      const s1 = await fileOk();
      const s2 = await fileOk();
      const s3 = await fileOk({ unitId: fx.deptB.id });
      await actOk({ id: s1.id, version: 1, action: 'START' }, fx.supervisor);
      await actOk({ id: s2.id, version: 1, action: 'START' }, fx.supervisor);
      net.clock.set(bjIso('2026-11-03 10:00'));
      await fileOk({ unitType: 'TOWNSHIP', unitId: fx.townshipX.id }); // stays open, due 10 Nov
      const s5 = await fileOk();
      const s6 = await fileOk({ unitId: fx.deptB.id });
      await actOk({ id: s3.id, version: 1, action: 'DISMISS', note: '重复投诉' }, fx.supervisor);
      await actOk({ id: s5.id, version: 1, action: 'EXTEND', note: '需调查', days: 3 }, fx.supervisor);
      await actOk({ id: s6.id, version: 1, action: 'REPLY', note: '正在核实' }, fx.clerkB);
      net.clock.set(bjIso('2026-11-05 10:00'));
      await actOk({ id: s1.id, version: 2, action: 'CLOSE', note: '已处理' }, fx.supervisor); // on time
      const outside = await fileOk(); // 5 Nov: outside the period
      await actOk({ id: outside.id, version: 1, action: 'START' }, fx.supervisor);
      await actOk({ id: outside.id, version: 2, action: 'CLOSE', note: '已处理' }, fx.supervisor);
      net.clock.set(bjIso('2026-11-10 10:00'));
      await actOk({ id: s2.id, version: 2, action: 'CLOSE', note: '已处理' }, fx.supervisor); // a day late
      net.clock.set(bjIso('2026-11-11 10:00'));
    });

    const figures = async (token: string) => {
      const r = await summary('2026-11-02', '2026-11-03', token);
      if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
      return r.data!.complaintSummary;
    };

    test('the whole county, counted by hand', async () => {
      const expected = {
        from: '2026-11-02',
        to: '2026-11-03',
        filed: 6,
        closed: 2,
        dismissed: 1,
        open: 3,
        overdueOpen: 2, // township X (due 10 Nov) and department B's (due 10 Nov); the extended one is due 13 Nov
        closedOnTime: 1,
        closureRate: { numerator: 2, denominator: 6, percent: '33.3%' },
        onTimeRate: { numerator: 1, denominator: 2, percent: '50.0%' },
      };
      expect(await figures(fx.supervisor)).toEqual(expected);
      expect(await figures(fx.viewer)).toEqual(expected);
      expect(await figures(fx.adminToken)).toEqual(expected);
    });

    test('clerks get their own unit’s figures', async () => {
      expect(await figures(fx.clerkA)).toMatchObject({
        filed: 3, closed: 2, dismissed: 0, open: 1, overdueOpen: 0, closedOnTime: 1,
        closureRate: { numerator: 2, denominator: 3, percent: '66.7%' },
        onTimeRate: { numerator: 1, denominator: 2, percent: '50.0%' },
      });
      expect(await figures(fx.clerkB)).toMatchObject({
        filed: 2, closed: 0, dismissed: 1, open: 1, overdueOpen: 1, closedOnTime: 0,
        closureRate: { numerator: 0, denominator: 2, percent: '0.0%' },
        onTimeRate: null,
      });
      expect(await figures(fx.clerkX)).toMatchObject({ filed: 1, open: 1, overdueOpen: 1, closureRate: { numerator: 0, denominator: 1 }, onTimeRate: null });
      expect(await figures(fx.clerkY)).toMatchObject({ filed: 0, closureRate: null, onTimeRate: null });
    });

    test('an empty period has null rates; a period backwards is refused', async () => {
      expect((await summary('2026-12-01', '2026-12-31', fx.supervisor)).data?.complaintSummary).toMatchObject({ filed: 0, closed: 0, closureRate: null, onTimeRate: null });
      expect(codeOf(await summary('2026-11-03', '2026-11-02', fx.supervisor))).toBe('BAD_USER_INPUT');
      expect(codeOf(await summary('2026-11-3', '2026-11-03', fx.supervisor))).toBe('BAD_USER_INPUT');
    });
  });

  // Last: the township service stays stopped afterwards (in-memory SQLite does not survive a restart).
  describe('while the township service is unreachable', () => {
    test('a complaint against a township is refused with SERVICE_UNAVAILABLE and nothing stored; a repeat of one filed earlier still answers', async () => {
      const earlier = input({ unitType: 'TOWNSHIP', unitId: fx.townshipX.id });
      const first = (await file(earlier)).data!.fileComplaint;
      await net.stopTownship();
      const before = await total();
      const r = await file(input({ unitType: 'TOWNSHIP', unitId: fx.townshipX.id }));
      expect(codeOf(r)).toBe('SERVICE_UNAVAILABLE');
      expect(r.data?.fileComplaint ?? null).toBeNull();
      expect(await total()).toBe(before);
      expect((await file(earlier)).data?.fileComplaint).toEqual(first);
      expect((await fileOk()).status).toBe('RECEIVED'); // departments need no township
      expect(await total()).toBe(before + 1);
    });
  });
});

describe('the gateway limits the public’s mutations per client', () => {
  let net: Network;
  let gateway: GatewayService;
  let url: string;
  let admin: string;
  let supervisor: string;
  let deptId: string;
  const countyHits = { n: 0 };

  const file = (token?: string, headers: Record<string, string> = {}) =>
    fetchGql(url, FILE, { i: { requestId: rid('limit'), unitType: 'DEPARTMENT', unitId: deptId, complainantName: '李四', text: '办事拖延' } }, token, headers);
  const stored = async () => (await ok(url, `{ complaints(limit: 1) { total } }`, {}, supervisor)).complaints.total as number;

  beforeAll(async () => {
    net = await startNetwork({ now: START, env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '3', TRUSTED_PROXIES: '127.0.0.1' } });
    // A second gateway on the same configuration, its limiter on the test clock, so refilling needs no sleeping.
    gateway = await buildGateway({ config: net.config, log: pino({ level: 'silent' }), clock: net.clock.now });
    url = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
    admin = await net.token({ role: 'COUNTY_ADMIN', userId: 'admin-1', name: '管理员' });
    supervisor = await net.token({ role: 'SUPERVISOR', userId: 'sup-1', name: '孙监察' });
    deptId = (
      await ok(url, `mutation($i: DepartmentInput!) { createDepartment(input: $i) { id } }`, {
        i: { code: 'ZWFW', name: '临江县政务服务管理局', shortName: '政务服务管理局', window: 'A区1号窗口', phone: '0839-5123401' },
      }, admin)
    ).createDepartment.id;
    net.county.http.on('request', (req: IncomingMessage) => {
      if (req.url?.startsWith('/graphql')) countyHits.n += 1;
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await net?.stop();
  });

  test('three filings pass; the fourth is RATE_LIMITED (HTTP 429), never reaches the county and stores nothing', async () => {
    for (let i = 0; i < 3; i++) expect((await file()).data?.fileComplaint.status).toBe('RECEIVED');
    const hitsBefore = countyHits.n;
    const r = await file();
    expect(codeOf(r)).toBe('RATE_LIMITED');
    expect(r.status).toBe(429);
    expect(r.retryAfter).toBe('20');
    expect(r.errors?.[0].message).toMatch(/Too many submissions.*提交过于频繁/);
    expect(r.data?.fileComplaint ?? null).toBeNull();
    expect(countyHits.n).toBe(hitsBefore);
    expect(await stored()).toBe(3);
  });

  test('staff with a token are not limited, nor are the public’s reads', async () => {
    for (let i = 0; i < 4; i++) expect((await file(supervisor)).data?.fileComplaint.status).toBe('RECEIVED');
    for (let i = 0; i < 5; i++) expect((await fetchGql(url, `{ departments { id } }`, {})).data?.departments.length).toBe(1);
    expect(codeOf(await file())).toBe('RATE_LIMITED');
  });

  test('another client behind the load balancer has a bucket of its own', async () => {
    expect((await file(undefined, { 'x-forwarded-for': '203.0.113.7' })).data?.fileComplaint.status).toBe('RECEIVED');
    expect(codeOf(await file())).toBe('RATE_LIMITED');
  });

  test('time refills the bucket: one filing per 20 seconds, three after a minute', async () => {
    net.clock.set(new Date(Date.parse(START) + 20_000).toISOString());
    expect((await file()).data?.fileComplaint.status).toBe('RECEIVED');
    expect(codeOf(await file())).toBe('RATE_LIMITED');
    net.clock.set(new Date(Date.parse(START) + 90_000).toISOString());
    for (let i = 0; i < 3; i++) expect((await file()).data?.fileComplaint.status).toBe('RECEIVED');
    expect(codeOf(await file())).toBe('RATE_LIMITED');
  });

  test('aliases count one each: two filings in one request take two tokens, all or none', async () => {
    net.clock.set(new Date(Date.parse(START) + 10 * 60_000).toISOString());
    const two = `mutation($a: ComplaintInput!, $b: ComplaintInput!) { a: fileComplaint(input: $a) { id } b: fileComplaint(input: $b) { id } }`;
    const i = () => ({ requestId: rid('alias'), unitType: 'DEPARTMENT', unitId: deptId, complainantName: '李四', text: '办事拖延' });
    const before = await stored();
    expect((await fetchGql(url, two, { a: i(), b: i() })).data?.a.id).toBeDefined();
    const refused = await fetchGql(url, two, { a: i(), b: i() });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(await stored()).toBe(before + 2);
  });
});

/** Like `gql`, keeping the Retry-After header. */
async function fetchGql(url: string, query: string, variables: Record<string, unknown>, token?: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GqlResult;
  return { ...body, status: res.status, retryAfter: res.headers.get('retry-after') };
}
