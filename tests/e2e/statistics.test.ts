import { startNetwork, ok, gql, codeOf, type Network, type GqlResult } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, ACT_TOWNSHIP, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, type Fixture } from '../support/fixtures';

/**
 * Unified statistics (SPEC §4.6) through the gateway, against cases played with the test clock.
 * Every expected figure below is worked out by hand from the story in `beforeAll`.
 *
 * Period P = Mon 2 – Fri 6 Nov 2026 (all working days); "now" is Tue 10 Nov 10:00 Beijing time.
 * Due dates: item A (承诺件, 3 days) accepted 2 Nov → 5 Nov, accepted 6 Nov → 11 Nov;
 * the immediate item → the acceptance day; item B (10 days) accepted 5 Nov → 19 Nov; the delegable
 * item (5 days) accepted 4 Nov → 11 Nov; township items (5 days) accepted 2 Nov → 9 Nov, 3 Nov → 10 Nov.
 *
 * County, department A (SCJG):
 *   C1  item A, accepted 2 Nov, approved 3 Nov            completed, on time, early
 *   C2  item A, accepted 2 Nov, approved 5 Nov (due day)  completed, on time, NOT early
 *   C3  item A, accepted 2 Nov, supplement 3 Nov → resubmitted 5 Nov (2 working days: due 5 → 9 Nov),
 *       approved 6 Nov: after the original due date, yet on time (and early against 9 Nov)
 *   C4  immediate, accepted 2 Nov 10:00, approved 11:00, delivered 3 Nov: completed on 2 Nov, on time
 *   C5  immediate, accepted 3 Nov, still open               overdue now (RED); daily overdue on 3 Nov
 *   C6  item A, accepted 4 Nov, withdrawn 4 Nov             withdrawn
 *   C7  item A, received 4 Nov, not accepted                never in any figure
 *   C8  item A, accepted 6 Nov, approved 9 Nov (after P)    completed (cohort), on time, early
 *   C10 delegable item, accepted at township X on 4 Nov     a county case of department A, open (YELLOW)
 *   C11 item A, accepted 2 Nov, supplement 4 Nov, still paused: open, not overdue (YELLOW when paused)
 *   C12 item A, accepted 2 Nov, rejected 6 Nov              completed late; daily overdue on 5 Nov
 *   E0  item A, accepted Fri 30 Oct (before P), due 4 Nov, approved 5 Nov: not in the cohort, but
 *       completed on 5 Nov and overdue on 4 Nov in the daily series
 * County, department B (MZ):
 *   C9  item B, accepted 5 Nov, expedited, open (GREEN: 3 of 10 days used)
 * Township X: T1 accepted 2 Nov, approved 4 Nov (early); T2 accepted 3 Nov, open, due today (YELLOW)
 * Township Y: T3 accepted 2 Nov, expedited, open, due 9 Nov: overdue now (RED)
 * Reviews (好差评): C1 level 1, C2 level 4, C4 level 2, T1 level 3; E0 level 1 (not in the cohort).
 */

let net: Network;
let fx: Fixture;
let seq = 0;

const P = { from: '2026-11-02', to: '2026-11-06' };
const NOW = '2026-11-10 10:00';
const MATERIALS = ['申请书', '申请人身份证明'];

/** An instant given as Beijing wall time, e.g. '2026-11-02 10:00'. */
const bj = (wall: string) => new Date(`${wall.replace(' ', 'T')}${wall.length === 16 ? ':00' : ''}+08:00`).toISOString();

interface Handle {
  id: string;
  number: string;
  queryCode: string;
  version: number;
  status: string;
}

async function receiveCounty(token: string, itemId: string, at: string, expedited = false): Promise<Handle> {
  net.clock.set(bj(at));
  const i = { requestId: `statistics-${String(++seq).padStart(4, '0')}`, itemId, applicant: applicant(), submittedMaterials: MATERIALS, expedited };
  return (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i }, token)).receiveCountyCase;
}

async function actCounty(token: string, c: Handle, at: string, action: string, extra: Record<string, unknown> = {}): Promise<Handle> {
  net.clock.set(bj(at));
  const r = (await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action, ...extra } }, token)).actOnCountyCase;
  return Object.assign(c, { version: r.version, status: r.status });
}

async function acceptedCounty(token: string, itemId: string, at: string, expedited = false): Promise<Handle> {
  return actCounty(token, await receiveCounty(token, itemId, at, expedited), at, 'ACCEPT');
}

async function acceptedTownship(token: string, itemId: string, at: string, expedited = false): Promise<Handle> {
  net.clock.set(bj(at));
  const i = { requestId: `statistics-${String(++seq).padStart(4, '0')}`, itemId, applicant: applicant(), submittedMaterials: MATERIALS, expedited };
  const c: Handle = (await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i }, token)).receiveTownshipCase;
  return actTownship(token, c, at, 'ACCEPT');
}

async function actTownship(token: string, c: Handle, at: string, action: string, extra: Record<string, unknown> = {}): Promise<Handle> {
  net.clock.set(bj(at));
  const r = (await ok(net.gatewayUrl, ACT_TOWNSHIP, { i: { id: c.id, version: c.version, action, ...extra } }, token)).actOnTownshipCase;
  return Object.assign(c, { version: r.version, status: r.status });
}

const approve = (n: number) => ({ resultDocumentNumber: `临许〔2026〕${n}号` });

async function review(c: Handle, level: number) {
  const i = { requestId: `statistics-review-${c.number}`, number: c.number, queryCode: c.queryCode, level, comment: level >= 4 ? '等候时间太长' : null };
  await ok(net.gatewayUrl, `mutation($i: ReviewInput!) { submitReview(input: $i) { level } }`, { i });
}

beforeAll(async () => {
  net = await startNetwork({ now: '2026-09-30T08:00:00.000Z' });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now()); // the township copies the delegable catalog
  const { clerkA, clerkB, clerkX, clerkY } = fx;
  const A = fx.itemA.id;
  const I = fx.itemImmediate.id;

  // Midnight in Beijing: the first is accepted on 30 Sep, the second on 1 Oct.
  const b1 = await acceptedCounty(clerkA, A, '2026-09-30 23:59:59');
  await actCounty(clerkA, b1, '2026-09-30 23:59:59', 'APPROVE', approve(1));
  const b2 = await acceptedCounty(clerkA, A, '2026-10-01 00:00:00');
  await actCounty(clerkA, b2, '2026-10-01 00:00:00', 'WITHDRAW');

  const e0 = await acceptedCounty(clerkA, A, '2026-10-30 10:00');

  const c1 = await acceptedCounty(clerkA, A, '2026-11-02 10:00');
  const c2 = await acceptedCounty(clerkA, A, '2026-11-02 10:00');
  const c3 = await acceptedCounty(clerkA, A, '2026-11-02 10:00');
  const c4 = await acceptedCounty(clerkA, I, '2026-11-02 10:00');
  const c11 = await acceptedCounty(clerkA, A, '2026-11-02 10:00');
  const c12 = await acceptedCounty(clerkA, A, '2026-11-02 10:00');
  const t1 = await acceptedTownship(clerkX, fx.tItemX.id, '2026-11-02 10:00');
  await acceptedTownship(clerkY, fx.tItemY.id, '2026-11-02 10:00', true); // T3
  await actCounty(clerkA, c4, '2026-11-02 11:00', 'APPROVE', approve(4));

  await actCounty(clerkA, c1, '2026-11-03 10:00', 'APPROVE', approve(11));
  await actCounty(clerkA, c3, '2026-11-03 10:00', 'REQUEST_SUPPLEMENT', { missingMaterials: ['场所使用证明'] });
  await acceptedCounty(clerkA, I, '2026-11-03 10:00'); // C5
  await acceptedTownship(clerkX, fx.tItemX.id, '2026-11-03 10:00'); // T2
  await actCounty(clerkA, c4, '2026-11-03 10:00', 'DELIVER', { deliveryMethod: 'IN_PERSON' });

  const c6 = await acceptedCounty(clerkA, A, '2026-11-04 10:00');
  await actCounty(clerkA, c6, '2026-11-04 10:30', 'WITHDRAW', { reason: '申请人撤回' });
  const c7 = await receiveCounty(clerkA, A, '2026-11-04 10:00');
  await actCounty(clerkA, c7, '2026-11-04 10:00', 'NOT_ACCEPT', { reason: '不属于本部门受理范围' });
  await actCounty(clerkA, c11, '2026-11-04 10:00', 'REQUEST_SUPPLEMENT', { missingMaterials: ['场所使用证明'] });
  await ok(
    net.gatewayUrl,
    `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`,
    { i: { requestId: 'statistics-intake-1', countyItemId: fx.delegable.id, applicant: applicant('李四'), submittedMaterials: MATERIALS } },
    clerkX,
  ); // C10, accepted now at the township
  net.clock.set(bj('2026-11-04 10:01'));
  await net.township.forwarder.drain();
  await actTownship(clerkX, t1, '2026-11-04 10:00', 'APPROVE', approve(21));

  await actCounty(clerkA, c2, '2026-11-05 10:00', 'APPROVE', approve(12));
  await actCounty(clerkA, c3, '2026-11-05 10:00', 'RESUBMIT');
  await actCounty(clerkA, e0, '2026-11-05 10:00', 'APPROVE', approve(10));
  await acceptedCounty(clerkB, fx.itemB.id, '2026-11-05 10:00', true); // C9

  await actCounty(clerkA, c3, '2026-11-06 10:00', 'APPROVE', approve(13));
  await actCounty(clerkA, c12, '2026-11-06 10:00', 'REJECT', { reason: '材料不符合法定形式' });
  const c8 = await acceptedCounty(clerkA, A, '2026-11-06 10:00');

  await actCounty(clerkA, c8, '2026-11-09 10:00', 'APPROVE', approve(18));

  net.clock.set(bj(NOW));
  await review(c1, 1);
  await review(c2, 4);
  await review(c4, 2);
  await review(t1, 3);
  await review(e0, 1);
}, 240_000);
afterAll(async () => net?.stop());

const RATE = `{ numerator denominator percent }`;
const SCOPE = `{
  figures { accepted immediate promised completed promisedCompleted completedOnTime promisedCompletedEarly withdrawn pending overdueNow expedited reviews satisfiedReviews
    pendingShare ${RATE} immediateShare ${RATE} promisedShare ${RATE} completionRate ${RATE} promisedCompletionRate ${RATE} onTimeRate ${RATE} earlyRate ${RATE} satisfactionRate ${RATE} }
  daily { date accepted completed overdue }
  warnings { green yellow red }
}`;

/** A rate written by hand: numerator, denominator and the displayed percent. */
const r = (numerator: number, denominator: number, percent: string) => ({ numerator, denominator, percent });

const ZERO_FIGURES = {
  accepted: 0, immediate: 0, promised: 0, completed: 0, promisedCompleted: 0, completedOnTime: 0, promisedCompletedEarly: 0,
  withdrawn: 0, pending: 0, overdueNow: 0, expedited: 0, reviews: 0, satisfiedReviews: 0,
  pendingShare: null, immediateShare: null, promisedShare: null, completionRate: null, promisedCompletionRate: null, onTimeRate: null, earlyRate: null, satisfactionRate: null,
};

/** A daily series written by hand: [accepted, completed, overdue] per day from `from`. */
function days(from: string, counts: [number, number, number][]) {
  const start = new Date(`${from}T00:00:00Z`).getTime();
  return counts.map(([accepted, completed, overdue], i) => ({ date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), accepted, completed, overdue }));
}

const COUNTY_FIGURES = {
  accepted: 11, // department A 10 (C1–C6, C8, C10–C12), department B 1 (C9); C7 was never accepted
  immediate: 2, // C4, C5
  promised: 9,
  completed: 6, // C1, C2, C3, C4, C8, C12
  promisedCompleted: 5, // C1, C2, C3, C8, C12
  completedOnTime: 5, // all but C12
  promisedCompletedEarly: 3, // C1, C3, C8 (C2 was completed on its due date)
  withdrawn: 1, // C6
  pending: 4, // C5, C9, C10, C11
  pendingShare: r(4, 11, '36.4%'),
  overdueNow: 1, // C5
  expedited: 1, // C9
  reviews: 3, // C1, C2, C4 (E0 was accepted before the period)
  satisfiedReviews: 2, // C1, C4
  immediateShare: r(2, 11, '18.2%'),
  promisedShare: r(9, 11, '81.8%'),
  completionRate: r(6, 11, '54.5%'),
  promisedCompletionRate: r(5, 9, '55.6%'),
  onTimeRate: r(5, 6, '83.3%'),
  earlyRate: r(3, 5, '60.0%'),
  satisfactionRate: r(2, 3, '66.7%'),
};

const COUNTY_DAILY = days('2026-11-02', [
  [6, 1, 0], // 2 Nov: C1 C2 C3 C4 C11 C12 accepted; C4 completed
  [1, 1, 1], // 3 Nov: C5 accepted; C1 completed; C5 (immediate) overdue
  [2, 0, 1], // 4 Nov: C6 C10 accepted (C7 not); E0 was due and completed only the next day
  [1, 2, 1], // 5 Nov: C9 accepted; C2 E0 completed; C12 due and completed the next day (C11 paused in time)
  [1, 2, 0], // 6 Nov: C8 accepted; C3 C12 completed
]);

const TOWNSHIP_TOTALS = {
  accepted: 3, // T1, T2 (X) and T3 (Y); the delegated intake C10 is a county case
  immediate: 0,
  promised: 3,
  completed: 1,
  promisedCompleted: 1,
  completedOnTime: 1,
  promisedCompletedEarly: 1, // T1: approved 4 Nov, due 9 Nov
  withdrawn: 0,
  pending: 2,
  pendingShare: r(2, 3, '66.7%'),
  overdueNow: 1, // T3
  expedited: 1, // T3
  reviews: 1,
  satisfiedReviews: 0, // level 3 is 基本满意, not satisfied
  immediateShare: r(0, 3, '0.0%'),
  promisedShare: r(3, 3, '100.0%'),
  completionRate: r(1, 3, '33.3%'),
  promisedCompletionRate: r(1, 3, '33.3%'),
  onTimeRate: r(1, 1, '100.0%'),
  earlyRate: r(1, 1, '100.0%'),
  satisfactionRate: r(0, 1, '0.0%'),
};

const TOWNSHIP_DAILY = days('2026-11-02', [
  [2, 0, 0],
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 0],
  [0, 0, 0],
]);

async function statistics(token: string | undefined, selection: string, period = P): Promise<GqlResult> {
  return gql(net.gatewayUrl, `query($from: Date!, $to: Date!) { statistics(from: $from, to: $to) ${selection} }`, period, token);
}

async function statisticsOk(token: string, selection: string, period = P): Promise<Record<string, any>> {
  const res = await statistics(token, selection, period);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data.statistics;
}

const errorAt = (res: GqlResult, field: string) => res.errors?.find((e) => e.path?.includes(field))?.extensions?.code;

describe('one dashboard query: network, county, departments and every township side by side', () => {
  let s: Record<string, any>;

  beforeAll(async () => {
    s = await statisticsOk(
      fx.adminToken,
      `{ from to
        network ${SCOPE}
        county ${SCOPE}
        townshipTotals ${SCOPE}
        departments { department { code } statistics ${SCOPE} items { item { code } statistics ${SCOPE} } }
        townships { township { name } statistics ${SCOPE} items { item { code } statistics ${SCOPE} } } }`,
    );
  });

  test('the period comes back as asked', () => {
    expect([s.from, s.to]).toEqual([P.from, P.to]);
  });

  test('the county: every case accepted in the period, completed whenever, delegated intakes included', () => {
    expect(s.county.figures).toEqual(COUNTY_FIGURES);
    expect(s.county.daily).toEqual(COUNTY_DAILY);
    expect(s.county.warnings).toEqual({ green: 1, yellow: 2, red: 1 }); // C9; C10 and paused C11; C5
  });

  test('each department and each of its items, in code order, zeros and null rates where nothing happened', () => {
    expect(s.departments.map((d: any) => d.department.code)).toEqual(['MZ', 'SCJG']);
    const [mz, scjg] = s.departments;
    expect(scjg.statistics.figures).toEqual({
      ...COUNTY_FIGURES,
      accepted: 10,
      promised: 8,
      pending: 3, // C5, C10, C11
      pendingShare: r(3, 10, '30.0%'),
      expedited: 0,
      immediateShare: r(2, 10, '20.0%'),
      promisedShare: r(8, 10, '80.0%'),
      completionRate: r(6, 10, '60.0%'),
      promisedCompletionRate: r(5, 8, '62.5%'),
    });
    expect(scjg.statistics.daily).toEqual(COUNTY_DAILY.map((d) => (d.date === '2026-11-05' ? { ...d, accepted: 0 } : d))); // C9 is department B's
    expect(scjg.statistics.warnings).toEqual({ green: 0, yellow: 2, red: 1 });
    expect(mz.statistics.figures).toEqual({
      ...ZERO_FIGURES,
      accepted: 1,
      promised: 1,
      pending: 1,
      pendingShare: r(1, 1, '100.0%'),
      expedited: 1,
      immediateShare: r(0, 1, '0.0%'),
      promisedShare: r(1, 1, '100.0%'),
      completionRate: r(0, 1, '0.0%'),
      promisedCompletionRate: r(0, 1, '0.0%'),
    });
    expect(mz.statistics.warnings).toEqual({ green: 1, yellow: 0, red: 0 });

    expect(scjg.items.map((i: any) => i.item.code)).toEqual(['SCJG-001', 'SCJG-002', 'SCJG-010']);
    const [itemA, immediate, delegable] = scjg.items.map((i: any) => i.statistics.figures);
    expect(itemA).toEqual({
      ...ZERO_FIGURES,
      accepted: 7, // C1 C2 C3 C6 C8 C11 C12
      promised: 7,
      completed: 5, // C1 C2 C3 C8 C12
      promisedCompleted: 5,
      completedOnTime: 4,
      promisedCompletedEarly: 3,
      withdrawn: 1,
      pending: 1, // C11
      pendingShare: r(1, 7, '14.3%'),
      reviews: 2,
      satisfiedReviews: 1,
      immediateShare: r(0, 7, '0.0%'),
      promisedShare: r(7, 7, '100.0%'),
      completionRate: r(5, 7, '71.4%'),
      promisedCompletionRate: r(5, 7, '71.4%'),
      onTimeRate: r(4, 5, '80.0%'),
      earlyRate: r(3, 5, '60.0%'),
      satisfactionRate: r(1, 2, '50.0%'),
    });
    expect(immediate).toEqual({
      ...ZERO_FIGURES,
      accepted: 2, // C4 C5
      immediate: 2,
      completed: 1,
      completedOnTime: 1,
      pending: 1,
      pendingShare: r(1, 2, '50.0%'),
      overdueNow: 1,
      reviews: 1,
      satisfiedReviews: 1,
      immediateShare: r(2, 2, '100.0%'),
      promisedShare: r(0, 2, '0.0%'),
      completionRate: r(1, 2, '50.0%'),
      onTimeRate: r(1, 1, '100.0%'),
      satisfactionRate: r(1, 1, '100.0%'),
    });
    expect(delegable).toEqual({
      ...ZERO_FIGURES,
      accepted: 1, // C10, taken in at township X
      promised: 1,
      pending: 1,
      pendingShare: r(1, 1, '100.0%'),
      immediateShare: r(0, 1, '0.0%'),
      promisedShare: r(1, 1, '100.0%'),
      completionRate: r(0, 1, '0.0%'),
      promisedCompletionRate: r(0, 1, '0.0%'),
    });
    expect(mz.items.map((i: any) => [i.item.code, i.statistics.figures.accepted])).toEqual([['MZ-001', 1]]);
  });

  test('the townships: their own cases only; the delegated intake is counted at the county, never here', () => {
    expect(s.townshipTotals.figures).toEqual(TOWNSHIP_TOTALS);
    expect(s.townshipTotals.daily).toEqual(TOWNSHIP_DAILY);
    expect(s.townshipTotals.warnings).toEqual({ green: 0, yellow: 1, red: 1 }); // T2, T3

    expect(s.townships.map((t: any) => t.township.name)).toEqual(['河口镇', '白水乡']);
    const [x, y] = s.townships;
    expect(x.statistics.figures).toEqual({
      ...TOWNSHIP_TOTALS,
      accepted: 2, // T1, T2: not the delegated intake C10
      promised: 2,
      pending: 1,
      pendingShare: r(1, 2, '50.0%'),
      overdueNow: 0,
      expedited: 0,
      immediateShare: r(0, 2, '0.0%'),
      promisedShare: r(2, 2, '100.0%'),
      completionRate: r(1, 2, '50.0%'),
      promisedCompletionRate: r(1, 2, '50.0%'),
    });
    expect(x.statistics.daily).toEqual(days('2026-11-02', [[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 0], [0, 0, 0]]));
    expect(x.statistics.warnings).toEqual({ green: 0, yellow: 1, red: 0 });
    expect(x.items.map((i: any) => [i.item.code, i.statistics.figures.accepted, i.statistics.figures.completed])).toEqual([['T01', 2, 1]]);
    expect(y.statistics.figures).toEqual({
      ...ZERO_FIGURES,
      accepted: 1,
      promised: 1,
      pending: 1,
      pendingShare: r(1, 1, '100.0%'),
      overdueNow: 1,
      expedited: 1,
      immediateShare: r(0, 1, '0.0%'),
      promisedShare: r(1, 1, '100.0%'),
      completionRate: r(0, 1, '0.0%'),
      promisedCompletionRate: r(0, 1, '0.0%'),
    });
    expect(y.statistics.warnings).toEqual({ green: 0, yellow: 0, red: 1 });
    expect(y.items[0].statistics.figures.accepted).toBe(1);
  });

  test('the network is the county plus the townships: counts and series summed, rates recomputed', () => {
    expect(s.network.figures).toEqual({
      accepted: 14,
      immediate: 2,
      promised: 12,
      completed: 7,
      promisedCompleted: 6,
      completedOnTime: 6,
      promisedCompletedEarly: 4,
      withdrawn: 1,
      pending: 6,
      pendingShare: r(6, 14, '42.9%'),
      overdueNow: 2,
      expedited: 2,
      reviews: 4,
      satisfiedReviews: 2,
      immediateShare: r(2, 14, '14.3%'),
      promisedShare: r(12, 14, '85.7%'),
      completionRate: r(7, 14, '50.0%'),
      promisedCompletionRate: r(6, 12, '50.0%'),
      onTimeRate: r(6, 7, '85.7%'), // not the average of 83.3% and 100%
      earlyRate: r(4, 6, '66.7%'),
      satisfactionRate: r(2, 4, '50.0%'),
    });
    expect(s.network.daily).toEqual(days('2026-11-02', [[8, 1, 0], [2, 1, 1], [2, 1, 1], [1, 2, 1], [1, 2, 0]]));
    expect(s.network.warnings).toEqual({ green: 1, yellow: 3, red: 2 });
  });

  test('overdueNow follows the same rule as the overdue filter of the case list', async () => {
    const listed = (
      await ok(net.gatewayUrl, `query($f: CountyCaseFilter) { countyCases(filter: $f) { total } }`, { f: { overdue: true, acceptedFrom: P.from, acceptedTo: P.to } }, fx.adminToken)
    ).countyCases.total;
    expect(listed).toBe(s.county.figures.overdueNow);
  });
});

describe('daily series', () => {
  test('days still to come count nothing; a case due on a day and open and late now counts on that day', async () => {
    const s = await statisticsOk(fx.viewer, `{ network { daily { date accepted completed overdue } } }`, { from: '2026-11-09', to: '2026-11-13' });
    expect(s.network.daily).toEqual(
      days('2026-11-09', [
        [0, 1, 1], // C8 completed; T3 due and still open; C3 (due 9 Nov after its pause) and C6 (withdrawn in time) are not late
        [0, 0, 0], // T2 is due today and still has until midnight
        [0, 0, 0], // C10 is due but that is tomorrow
        [0, 0, 0],
        [0, 0, 0],
      ]),
    );
  });
});

describe('period boundaries are midnight in Beijing', () => {
  test('accepted at 15:59:59Z counts on 30 Sep, at 16:00:00Z on 1 Oct', async () => {
    const sep30 = await statisticsOk(fx.adminToken, `{ county { figures { accepted completed completedOnTime promisedCompletedEarly withdrawn pending } } }`, { from: '2026-09-30', to: '2026-09-30' });
    // Approved the second it was accepted; due 10 Oct after the National Day holidays: on time and early.
    expect(sep30.county.figures).toEqual({ accepted: 1, completed: 1, completedOnTime: 1, promisedCompletedEarly: 1, withdrawn: 0, pending: 0 });
    const oct1 = await statisticsOk(fx.adminToken, `{ county { figures { accepted completed withdrawn pending } } }`, { from: '2026-10-01', to: '2026-10-01' });
    expect(oct1.county.figures).toEqual({ accepted: 1, completed: 0, withdrawn: 1, pending: 0 });
    const both = await statisticsOk(fx.adminToken, `{ county { daily { date accepted completed overdue } } }`, { from: '2026-09-30', to: '2026-10-01' });
    expect(both.county.daily).toEqual(days('2026-09-30', [[1, 1, 0], [1, 0, 0]]));
  });
});

describe('empty scopes', () => {
  test('a period without cases has zeros and null rates everywhere, and every day of it', async () => {
    const s = await statisticsOk(
      fx.supervisor,
      `{ network ${SCOPE} county { figures { accepted onTimeRate ${RATE} } } departments { statistics { figures { accepted completionRate ${RATE} } } items { statistics { figures { accepted } } } }
         townships { statistics { figures { accepted satisfactionRate ${RATE} } } } }`,
      { from: '2026-08-01', to: '2026-08-03' },
    );
    expect(s.network.figures).toEqual(ZERO_FIGURES);
    expect(s.network.daily).toEqual(days('2026-08-01', [[0, 0, 0], [0, 0, 0], [0, 0, 0]]));
    expect(s.network.warnings).toEqual({ green: 1, yellow: 3, red: 2 }); // warnings are about now, whatever the period
    expect(s.county.figures).toEqual({ accepted: 0, onTimeRate: null });
    expect(s.departments).toHaveLength(2);
    for (const d of s.departments) {
      expect(d.statistics.figures).toEqual({ accepted: 0, completionRate: null });
      for (const i of d.items) expect(i.statistics.figures.accepted).toBe(0);
    }
    expect(s.townships.map((t: any) => t.statistics.figures)).toEqual([
      { accepted: 0, satisfactionRate: null },
      { accepted: 0, satisfactionRate: null },
    ]);
  });
});

describe('who sees what', () => {
  const ALL = `{ network { figures { accepted } } county { figures { accepted } } townshipTotals { figures { accepted } }
    departments { department { code } statistics { figures { accepted } } } townships { township { id } statistics { figures { accepted } } } }`;

  test('a viewer and a supervisor see every figure (figures hold no personal data)', async () => {
    for (const token of [fx.viewer, fx.supervisor]) {
      const s = await statisticsOk(token, ALL);
      expect(s.network.figures.accepted).toBe(14);
      expect(s.county.figures.accepted).toBe(11);
      expect(s.townshipTotals.figures.accepted).toBe(3);
      expect(s.departments).toHaveLength(2);
      expect(s.townships).toHaveLength(2);
    }
  });

  test('a township clerk sees their own township only; every other scope is forbidden', async () => {
    const own = await statisticsOk(fx.clerkX, `{ townships { township { id } statistics { figures { accepted } } items { item { code } } } }`);
    expect(own.townships).toEqual([{ township: { id: fx.townshipX.id }, statistics: { figures: { accepted: 2 } }, items: [{ item: { code: 'T01' } }] }]);
    for (const field of ['county', 'townshipTotals', 'departments', 'network']) {
      const res = await statistics(fx.clerkX, `{ ${field} { __typename } }`);
      expect({ field, value: res.data?.statistics?.[field] ?? null }).toEqual({ field, value: null });
      expect({ field, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({ field, codes: expect.arrayContaining(['FORBIDDEN']) });
    }
  });

  test('a county clerk sees their own department only; the county and the network are forbidden', async () => {
    const res = await statistics(fx.clerkA, ALL);
    expect(res.data?.statistics.departments).toEqual([{ department: { code: 'SCJG' }, statistics: { figures: { accepted: 10 } } }]);
    expect(res.data?.statistics.county).toBeNull();
    expect(res.data?.statistics.network).toBeNull();
    expect(errorAt(res, 'county')).toBe('FORBIDDEN');
    expect(res.errors?.some((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.includes('network'))).toBe(true);
    // Townships are not a department's business either.
    expect(res.data?.statistics.townships).toBeNull();
    expect(res.data?.statistics.townshipTotals).toBeNull();
    expect(errorAt(res, 'townships')).toBe('FORBIDDEN');
  });

  test('one forbidden part fails with its error while the others answer', async () => {
    const res = await statistics(fx.clerkX, `{ county { figures { accepted } } townships { statistics { figures { accepted } } } }`);
    expect(res.data?.statistics).toEqual({ county: null, townships: [{ statistics: { figures: { accepted: 2 } } }] });
    expect(errorAt(res, 'county')).toBe('FORBIDDEN');
  });

  test('the public gets UNAUTHENTICATED', async () => {
    const res = await statistics(undefined, `{ from }`);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data?.statistics ?? null).toBeNull();
  });
});

describe('bad input', () => {
  test.each([
    ['the period ends before it starts', { from: '2026-11-06', to: '2026-11-02' }],
    ['a malformed date', { from: '2026-13-01', to: '2026-12-31' }],
    ['a date that does not exist', { from: '2026-02-29', to: '2026-03-31' }],
    ['more than 366 days', { from: '2025-01-01', to: '2026-01-02' }],
  ])('%s is BAD_USER_INPUT', async (_, period) => {
    const res = await statistics(fx.adminToken, `{ from county { figures { accepted } } }`, period);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  test('a whole leap-year-long period (366 days) is accepted', async () => {
    const s = await statisticsOk(fx.adminToken, `{ county { daily { date } } }`, { from: '2025-11-10', to: '2026-11-10' });
    expect(s.county.daily).toHaveLength(366);
  });

  test.each([
    ['township', 'townshipTotals'],
    ['county', 'county'],
  ])('the %s subgraph checks a period it is handed as an entity reference too', async (subgraph, field) => {
    const res = await gql(
      subgraph === 'county' ? net.countyUrl : net.townshipUrl,
      `{ _entities(representations: [{ __typename: "Statistics", from: "2026-11-06", to: "2026-11-02" }]) { ... on Statistics { ${field} { figures { accepted } } } } }`,
      {},
      fx.adminToken,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('the network, asked of the township subgraph directly', () => {
  const entity = (rep: string) => `{ _entities(representations: [${rep}]) { ... on Statistics { network { figures { accepted } } } } }`;

  test('without the county figures the plan hands it, it is SERVICE_UNAVAILABLE (county), never the townships alone', async () => {
    const res = await gql(net.townshipUrl, entity(`{ __typename: "Statistics", from: "2026-11-02", to: "2026-11-06" }`), {}, fx.adminToken);
    expect(res.data?._entities?.[0]?.network ?? null).toBeNull();
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.service])).toEqual([['SERVICE_UNAVAILABLE', 'county']]);
  });

  test('a township clerk is FORBIDDEN at the network even when handing county figures over', async () => {
    const county = `county: { figures: { accepted: 1, immediate: 0, promised: 0, completed: 0, promisedCompleted: 0, completedOnTime: 0, promisedCompletedEarly: 0, withdrawn: 0, overdueNow: 0, expedited: 0, online: 0, reviews: 0, satisfiedReviews: 0 }, daily: [], warnings: { green: 0, yellow: 0, red: 0 } }`;
    const res = await gql(net.townshipUrl, entity(`{ __typename: "Statistics", from: "2026-11-02", to: "2026-11-06", ${county} }`), {}, fx.clerkX);
    expect(res.data?._entities?.[0]?.network ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('SQL statements (SPEC §7)', () => {
  const DASHBOARD = `{ network ${SCOPE} county ${SCOPE}
    departments { department { code name } statistics ${SCOPE} items { item { code name kind } statistics ${SCOPE} } }
    townships { township { name code } statistics ${SCOPE} items { item { code name } statistics ${SCOPE} } } }`;

  /** Statements each subgraph issued for the dashboard query (the second of two runs, so cached settings do not count). */
  async function measure(): Promise<{ cost: { county: number; township: number }; s: Record<string, any> }> {
    await statisticsOk(fx.adminToken, DASHBOARD);
    net.county.db.sql.reset();
    net.township.db.sql.reset();
    const s = await statisticsOk(fx.adminToken, DASHBOARD);
    return { cost: { county: net.county.db.sql.reset(), township: net.township.db.sql.reset() }, s };
  }

  test('do not grow with the number of departments, townships or items', async () => {
    const before = await measure();
    expect(before.s.departments).toHaveLength(2);
    expect(before.s.townships).toHaveLength(2);

    const MATERIAL = [{ name: '申请书', originals: 1, copies: 0, mandatory: true }];
    for (const [n, code] of ['GT', 'ZJ', 'WJ'].entries()) {
      const dept = (
        await ok(net.gatewayUrl, `mutation($i: DepartmentInput!) { createDepartment(input: $i) { id } }`, {
          i: { code, name: `临江县新部门${n}`, shortName: `新部门${n}`, window: 'B区', phone: '0839-5123409' },
        }, fx.adminToken)
      ).createDepartment;
      for (let k = 0; k < 3; k += 1) {
        await ok(net.gatewayUrl, `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } } }`, {
          i: { code: `${code}-00${k}`, name: `事项${code}${k}`, departmentId: dept.id, kind: 'PROMISED', legalDays: 20, promisedDays: 5, materials: MATERIAL, legalBasis: '依据', delegable: false },
        }, fx.adminToken);
      }
      const township = (
        await ok(net.gatewayUrl, `mutation($i: TownshipInput!) { createTownship(input: $i) { id } }`, {
          i: { divisionCode: `5110991${20 + n}`, name: `新建乡${n}`, address: '乡政府', phone: '0839-5200009' },
        }, fx.adminToken)
      ).createTownship;
      for (let k = 0; k < 3; k += 1) {
        await ok(net.gatewayUrl, `mutation($t: ID!, $i: TownshipItemInput!) { createTownshipItem(townshipId: $t, input: $i) { item { id } } }`, {
          t: township.id,
          i: { code: `N0${k}`, name: `乡镇事项${k}`, kind: 'PROMISED', legalDays: 10, promisedDays: 5, materials: MATERIAL, legalBasis: '依据', supervisingDepartmentId: dept.id },
        }, fx.adminToken);
      }
    }

    const after = await measure();
    expect(after.s.departments).toHaveLength(5);
    expect(after.s.townships).toHaveLength(5);
    // The new units are listed with their items and empty figures; the totals did not move.
    expect(after.s.departments.filter((d: any) => d.statistics.figures.accepted === 0 && d.items.length === 3)).toHaveLength(3);
    expect(after.s.townships.filter((t: any) => t.statistics.figures.completionRate === null && t.items.length === 3)).toHaveLength(3);
    expect(after.s.network).toEqual(before.s.network);

    expect(after.cost).toEqual(before.cost);
    // County: figures (cases, reviews), daily (one per date column), warnings, departments, items = 8 for
    // its own scopes, and 6 more for the network, which the gateway asks for in a second request.
    expect(before.cost.county).toBeLessThanOrEqual(14);
    // Township: figures 2, daily 3, warnings 1, townships 1, their items 1.
    expect(before.cost.township).toBeLessThanOrEqual(8);
  });
});
