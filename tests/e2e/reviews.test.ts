import { GATEWAY_SECRET_HEADER } from '../../subgraphs/shared/graphql/request-auth';
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, ACT_COUNTY, ACT_TOWNSHIP, type Fixture } from '../support/fixtures';

/**
 * Reviews (好差评) and rectifications (整改), SPEC §4.5, through the gateway: the public reviews a
 * finished case with the number and query code on its slip; the county holds reviews of county
 * cases (including delegated intakes) and passes the others on to the township service.
 */

let net: Network;
let fx: Fixture;

interface Slip {
  id: string;
  number: string;
  queryCode: string;
}

const SUBMIT = `mutation($i: ReviewInput!) { submitReview(input: $i) { level levelLabel reviewedAt rectificationOpened rectificationDueDate } }`;
const RECTIFICATION = `rectification { status statusLabel dueDate dueAt overdue workingDaysOverdue uncertainYears startNote rectificationNote decisionReason followedUpAt followUpNote allowedActions
  steps { kind fromStatus toStatus actorName actorRole note } }`;
const REVIEW_FIELDS = `id caseNumber level levelLabel comment reviewedAt version rectificationStatus ${RECTIFICATION}`;
const COUNTY_CASE_REVIEW = `query($id: ID!) { countyCase(id: $id) { review { ${REVIEW_FIELDS} department { id } case { id } item { id } } } }`;
const TOWNSHIP_CASE_REVIEW = `query($id: ID!) { townshipCase(id: $id) { review { ${REVIEW_FIELDS} township { id } case { id } item { id } } } }`;
const COUNTY_REVIEWS = `query($f: CountyReviewFilter, $l: Int) { countyReviews(filter: $f, limit: $l) { total nodes { ${REVIEW_FIELDS} department { id } case { id number } } } }`;
const TOWNSHIP_REVIEWS = `query($f: TownshipReviewFilter, $l: Int) { townshipReviews(filter: $f, limit: $l) { total nodes { ${REVIEW_FIELDS} township { id } case { id number } } } }`;
const ACT_COUNTY_RECT = `mutation($i: RectificationActionInput!) { actOnCountyRectification(input: $i) { id version rectificationStatus ${RECTIFICATION} } }`;
const ACT_TOWNSHIP_RECT = `mutation($i: RectificationActionInput!) { actOnTownshipRectification(input: $i) { id version rectificationStatus ${RECTIFICATION} } }`;

const MATERIALS = ['申请书', '申请人身份证明'];
let seq = 0;
const rid = (what: string) => `reviews-${what}-${String(++seq).padStart(4, '0')}`;

/** Runs clerk actions on a case one after another, carrying the version along. */
async function walk(mutation: string, field: string, token: string, c: { id: string; version: number }, steps: Record<string, unknown>[]) {
  let version = c.version;
  for (const step of steps) version = (await ok(net.gatewayUrl, mutation, { i: { id: c.id, version, ...step } }, token))[field].version;
  return version;
}

const FINISH = [{ action: 'ACCEPT' }, { action: 'APPROVE', resultDocumentNumber: '临许〔2026〕1号' }, { action: 'DELIVER', deliveryMethod: 'IN_PERSON' }];

async function countyCase(opts: { token?: string; itemId?: string; steps?: Record<string, unknown>[] } = {}): Promise<Slip> {
  const c = (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: rid('cc'), itemId: opts.itemId ?? fx.itemA.id, applicant: applicant(), submittedMaterials: MATERIALS } }, opts.token ?? fx.clerkA)).receiveCountyCase;
  await walk(ACT_COUNTY, 'actOnCountyCase', opts.token ?? fx.clerkA, c, opts.steps ?? FINISH);
  return { id: c.id, number: c.number, queryCode: c.queryCode };
}

async function townshipCase(opts: { token?: string; itemId?: string; steps?: Record<string, unknown>[] } = {}): Promise<Slip> {
  const c = (await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId: rid('tc'), itemId: opts.itemId ?? fx.tItemX.id, applicant: applicant(), submittedMaterials: MATERIALS } }, opts.token ?? fx.clerkX)).receiveTownshipCase;
  await walk(ACT_TOWNSHIP, 'actOnTownshipCase', opts.token ?? fx.clerkX, c, opts.steps ?? FINISH);
  return { id: c.id, number: c.number, queryCode: c.queryCode };
}

const review = (slip: Pick<Slip, 'number' | 'queryCode'>, level: number, comment: string | null = null, requestId = rid('rv')) =>
  gql(net.gatewayUrl, SUBMIT, { i: { requestId, number: slip.number, queryCode: slip.queryCode, level, comment } });

const reviewOk = async (slip: Pick<Slip, 'number' | 'queryCode'>, level: number, comment: string | null = null, requestId = rid('rv')) => {
  const r = await review(slip, level, comment, requestId);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data!.submitReview;
};

const countyReviewOf = async (caseId: string, token = fx.supervisor) => (await ok(net.gatewayUrl, COUNTY_CASE_REVIEW, { id: caseId }, token)).countyCase.review;
const townshipReviewOf = async (caseId: string, token = fx.supervisor) => (await ok(net.gatewayUrl, TOWNSHIP_CASE_REVIEW, { id: caseId }, token)).townshipCase.review;
const countyTotal = async () => (await ok(net.gatewayUrl, COUNTY_REVIEWS, {}, fx.supervisor)).countyReviews.total;
const townshipTotal = async () => (await ok(net.gatewayUrl, TOWNSHIP_REVIEWS, {}, fx.supervisor)).townshipReviews.total;

const actCounty = (token: string, i: Record<string, unknown>) => gql(net.gatewayUrl, ACT_COUNTY_RECT, { i }, token);
const actTownship = (token: string, i: Record<string, unknown>) => gql(net.gatewayUrl, ACT_TOWNSHIP_RECT, { i }, token);

beforeAll(async () => {
  // Many reviews come from one test client; the gateway's public rate limit is another feature's test.
  net = await startNetwork({ now: '2026-11-02T02:00:00.000Z', persistent: true, env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '10000' } }); // Mon 10:00 Beijing
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now()); // the township copies the delegable catalog
});
afterAll(async () => net?.stop());

describe('the public reviews a finished case by its number and query code', () => {
  test('a county case: the receipt tells the level and nothing about the case', async () => {
    const slip = await countyCase();
    const receipt = await reviewOk(slip, 1, '  窗口服务热情  ');
    expect(receipt).toEqual({ level: 1, levelLabel: '非常满意', reviewedAt: '2026-11-02T02:00:00.000Z', rectificationOpened: false, rectificationDueDate: null });

    const stored = await countyReviewOf(slip.id);
    expect(stored).toMatchObject({
      caseNumber: slip.number,
      level: 1,
      levelLabel: '非常满意',
      comment: '窗口服务热情',
      rectificationStatus: 'NONE',
      rectification: null,
      version: 1,
      department: { id: fx.deptA.id },
      case: { id: slip.id },
      item: { id: fx.itemA.id },
    });
  });

  test('a township case: the county passes the review on and the township keeps it', async () => {
    const slip = await townshipCase();
    const countyBefore = await countyTotal();
    const receipt = await reviewOk(slip, 2, null);
    expect(receipt).toMatchObject({ level: 2, levelLabel: '满意', rectificationOpened: false, rectificationDueDate: null });
    expect(await townshipReviewOf(slip.id)).toMatchObject({ level: 2, comment: null, township: { id: fx.townshipX.id }, case: { id: slip.id }, item: { id: fx.tItemX.id } });
    expect(await countyTotal()).toBe(countyBefore);
  });

  test('a delegated intake by the intake number and code: the review belongs to the county case', async () => {
    const intake = (
      await ok(
        net.gatewayUrl,
        `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id number queryCode version } }`,
        { i: { requestId: rid('in'), countyItemId: fx.delegable.id, applicant: applicant('李四'), submittedMaterials: MATERIALS } },
        fx.clerkX,
      )
    ).acceptDelegatedIntake;
    await net.township.forwarder.drain();
    const cc = (await ok(net.gatewayUrl, `query($id: ID!) { delegatedIntake(id: $id) { countyCase { id version } } }`, { id: intake.id }, fx.adminToken)).delegatedIntake.countyCase;
    expect(codeOf(await review(intake, 3))).toBe('REVIEW_NOT_OPEN'); // still being handled at the county

    await walk(ACT_COUNTY, 'actOnCountyCase', fx.clerkA, cc, [{ action: 'APPROVE', resultDocumentNumber: '临市监许〔2026〕9号' }]);
    await net.county.forwarder.drain();
    const townshipBefore = await townshipTotal();
    const receipt = await reviewOk(intake, 3);
    expect(receipt).toMatchObject({ level: 3, levelLabel: '基本满意', rectificationOpened: false });

    const stored = await countyReviewOf(cc.id);
    expect(stored).toMatchObject({ level: 3, department: { id: fx.deptA.id }, case: { id: cc.id } });
    expect(stored.caseNumber).not.toBe(intake.number); // the county case's own number
    expect(await townshipTotal()).toBe(townshipBefore);
    // What the statistics join on: the case's unit, item and acceptance day are on the review row.
    const rows = await net.county.db.dataSource.query(`SELECT department_id, item_id, accepted_on, level FROM county_review WHERE case_id = ?`, [cc.id]);
    expect(rows).toEqual([{ department_id: fx.deptA.id, item_id: fx.delegable.id, accepted_on: '2026-11-02', level: 3 }]);
  });

  test('a case refused at intake (不予受理) can be reviewed; its review has no acceptance day', async () => {
    const slip = await countyCase({ steps: [{ action: 'NOT_ACCEPT', reason: '不属于本部门职责范围' }] });
    expect((await reviewOk(slip, 2)).level).toBe(2);
    const rows = await net.county.db.dataSource.query(`SELECT accepted_on FROM county_review WHERE case_id = ?`, [slip.id]);
    expect(rows).toEqual([{ accepted_on: null }]);
  });

  test('a wrong query code or number is NOT_FOUND with the same message either way, at both tiers', async () => {
    const county = await countyCase();
    const township = await townshipCase();
    const wrongCode = await review({ number: county.number, queryCode: county.queryCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ' }, 1);
    const wrongNumber = await review({ number: `${county.number}9`, queryCode: county.queryCode }, 1);
    const wrongTownshipCode = await review({ number: township.number, queryCode: township.queryCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ' }, 1);
    for (const r of [wrongCode, wrongNumber, wrongTownshipCode]) expect(codeOf(r)).toBe('NOT_FOUND');
    expect(new Set([wrongCode, wrongNumber, wrongTownshipCode].map((r) => r.errors![0].message)).size).toBe(1);
    expect(await countyReviewOf(county.id)).toBeNull();
    expect(await townshipReviewOf(township.id)).toBeNull();
  });

  test('the query code is accepted in lower case, as on the tracking page', async () => {
    const slip = await countyCase();
    expect((await reviewOk({ number: slip.number, queryCode: slip.queryCode.toLowerCase() }, 2)).level).toBe(2);
  });

  test('REVIEW_NOT_OPEN before the case is finished, at both tiers', async () => {
    const county = await countyCase({ steps: [{ action: 'ACCEPT' }] });
    const township = await townshipCase({ steps: [{ action: 'ACCEPT' }, { action: 'START' }] });
    expect(codeOf(await review(county, 1))).toBe('REVIEW_NOT_OPEN');
    expect(codeOf(await review(township, 1))).toBe('REVIEW_NOT_OPEN');
    expect(await countyReviewOf(county.id)).toBeNull();
    expect(await townshipReviewOf(township.id)).toBeNull();
  });

  test('one review per case (一事一评): a second one is ALREADY_REVIEWED, at both tiers', async () => {
    for (const slip of [await countyCase(), await townshipCase()]) {
      await reviewOk(slip, 2);
      const second = await review(slip, 5, '再评一次');
      expect(codeOf(second)).toBe('ALREADY_REVIEWED');
    }
  });

  test('repeating a requestId returns the first receipt and stores nothing more, at both tiers', async () => {
    const county = await countyCase();
    const township = await townshipCase();
    const [c1, t1] = [await reviewOk(county, 4, '等待时间太长', 'repeat-county-0001'), await reviewOk(township, 4, '等待时间太长', 'repeat-township-0001')];
    const [countyAfter, townshipAfter] = [await countyTotal(), await townshipTotal()];
    net.clock.set('2026-11-02T02:05:00.000Z');
    expect(await reviewOk(county, 4, '等待时间太长', 'repeat-county-0001')).toEqual(c1);
    expect(await reviewOk(township, 4, '等待时间太长', 'repeat-township-0001')).toEqual(t1);
    // Simultaneous repeats all get the first receipt too.
    const raced = await Promise.all([1, 2, 3].map(() => reviewOk(county, 4, '等待时间太长', 'repeat-county-0001')));
    for (const r of raced) expect(r).toEqual(c1);
    expect([await countyTotal(), await townshipTotal()]).toEqual([countyAfter, townshipAfter]);
    expect(c1).toMatchObject({ rectificationOpened: true, rectificationDueDate: '2026-11-09' });
    // The same requestId for another case is refused, not mistaken for a repeat.
    expect(codeOf(await review(await countyCase(), 1, null, 'repeat-county-0001'))).toBe('DUPLICATE');
    net.clock.set('2026-11-02T02:00:00.000Z');
  });

  test('simultaneous reviews of one case with different requestIds: exactly one is stored', async () => {
    const slip = await countyCase();
    const results = await Promise.all([1, 2, 3, 4].map((n) => review(slip, n, '同时提交')));
    const stored = results.filter((r) => !r.errors);
    expect(stored).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(codeOf(r)).toBe('ALREADY_REVIEWED');
    expect((await countyReviewOf(slip.id)).level).toBe(stored[0].data!.submitReview.level);
  });

  test('bad input gets a stable code and stores nothing', async () => {
    const county = await countyCase();
    const township = await townshipCase();
    for (const slip of [county, township]) {
      expect(codeOf(await review(slip, 0))).toBe('BAD_USER_INPUT');
      expect(codeOf(await review(slip, 6))).toBe('BAD_USER_INPUT');
      expect(codeOf(await review(slip, 4, '  '))).toBe('REASON_REQUIRED');
      expect(codeOf(await review(slip, 5))).toBe('REASON_REQUIRED');
      expect(codeOf(await review(slip, 2, '长'.repeat(501)))).toBe('TEXT_TOO_LONG');
      expect(codeOf(await review(slip, 2, null, 'bad id!'))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await gql(net.gatewayUrl, SUBMIT, { i: { requestId: rid('rv'), number: county.number, queryCode: county.queryCode, level: 2.5 } }))).toBe('BAD_USER_INPUT');
    expect(await countyReviewOf(county.id)).toBeNull();
    expect(await townshipReviewOf(township.id)).toBeNull();
    // Nothing was stored, so the applicant can still review.
    expect((await reviewOk(county, 2, '长'.repeat(500))).level).toBe(2);
  });
});

describe('rectification (整改) after a bad review', () => {
  test('level 4 at the county: PENDING → RECTIFYING → RECTIFIED → follow-up call, every step recorded', async () => {
    const slip = await countyCase();
    const receipt = await reviewOk(slip, 4, '材料被退回两次');
    expect(receipt).toMatchObject({ level: 4, levelLabel: '不满意', rectificationOpened: true, rectificationDueDate: '2026-11-09' });
    let r = await countyReviewOf(slip.id, fx.clerkA);
    expect(r).toMatchObject({
      rectificationStatus: 'PENDING',
      version: 1,
      rectification: { status: 'PENDING', statusLabel: '待整改', dueDate: '2026-11-09', dueAt: '2026-11-09T16:00:00.000Z', overdue: false, workingDaysOverdue: 0, uncertainYears: [], allowedActions: ['START', 'INVALIDATE', 'CANNOT_RECTIFY'] },
    });
    expect(r.rectification.steps).toEqual([{ kind: 'OPEN', fromStatus: null, toStatus: 'PENDING', actorName: '申请人', actorRole: 'APPLICANT', note: '材料被退回两次' }]);

    net.clock.set('2026-11-03T01:00:00.000Z');
    const started = (await ok(net.gatewayUrl, ACT_COUNTY_RECT, { i: { reviewId: r.id, version: 1, action: 'START', note: '已约谈窗口人员' } }, fx.clerkA)).actOnCountyRectification;
    expect(started).toMatchObject({ version: 2, rectificationStatus: 'RECTIFYING', rectification: { startNote: '已约谈窗口人员', allowedActions: ['COMPLETE', 'INVALIDATE', 'CANNOT_RECTIFY'] } });

    // A stale version is refused and changes nothing.
    expect(codeOf(await actCounty(fx.clerkA, { reviewId: r.id, version: 1, action: 'COMPLETE', note: '重复提交' }))).toBe('VERSION_CONFLICT');
    // Completing needs a note of what was done.
    expect(codeOf(await actCounty(fx.clerkA, { reviewId: r.id, version: 2, action: 'COMPLETE', note: ' ' }))).toBe('REASON_REQUIRED');
    expect(codeOf(await actCounty(fx.clerkA, { reviewId: r.id, version: 2, action: 'START' }))).toBe('ILLEGAL_TRANSITION');
    expect((await countyReviewOf(slip.id)).version).toBe(2);

    const done = (await ok(net.gatewayUrl, ACT_COUNTY_RECT, { i: { reviewId: r.id, version: 2, action: 'COMPLETE', note: '修订一次性告知清单，向申请人致歉' } }, fx.clerkA)).actOnCountyRectification;
    expect(done).toMatchObject({ version: 3, rectificationStatus: 'RECTIFIED', rectification: { rectificationNote: '修订一次性告知清单，向申请人致歉', overdue: false, allowedActions: ['FOLLOW_UP'] } });

    net.clock.set('2026-11-04T03:00:00.000Z');
    const followed = (await ok(net.gatewayUrl, ACT_COUNTY_RECT, { i: { reviewId: r.id, version: 3, action: 'FOLLOW_UP', note: '电话回访，申请人认可整改' } }, fx.supervisor)).actOnCountyRectification;
    expect(followed).toMatchObject({ version: 4, rectificationStatus: 'RECTIFIED', rectification: { followUpNote: '电话回访，申请人认可整改', followedUpAt: '2026-11-04T03:00:00.000Z', allowedActions: [] } });
    expect(codeOf(await actCounty(fx.supervisor, { reviewId: r.id, version: 4, action: 'FOLLOW_UP', note: '再次回访' }))).toBe('ILLEGAL_TRANSITION');

    r = await countyReviewOf(slip.id);
    expect(r.rectification.followUpNote).toBe('电话回访，申请人认可整改');
    expect(r.rectification.steps.map((s: { kind: string; actorRole: string }) => `${s.kind}:${s.actorRole}`)).toEqual(['OPEN:APPLICANT', 'START:COUNTY_CLERK', 'COMPLETE:COUNTY_CLERK', 'FOLLOW_UP:SUPERVISOR']);
    net.clock.set('2026-11-02T02:00:00.000Z');
  });

  test('level 5 at a township decided INVALID by the supervisor, with a reason', async () => {
    const slip = await townshipCase();
    expect(await reviewOk(slip, 5, '工作人员态度差')).toMatchObject({ level: 5, levelLabel: '非常不满意', rectificationOpened: true, rectificationDueDate: '2026-11-09' });
    const r = await townshipReviewOf(slip.id, fx.clerkX);
    const started = (await ok(net.gatewayUrl, ACT_TOWNSHIP_RECT, { i: { reviewId: r.id, version: 1, action: 'START' } }, fx.clerkX)).actOnTownshipRectification;
    expect(started).toMatchObject({ version: 2, rectificationStatus: 'RECTIFYING', rectification: { startNote: null } });
    expect(codeOf(await actTownship(fx.supervisor, { reviewId: r.id, version: 2, action: 'INVALIDATE' }))).toBe('REASON_REQUIRED');
    const decided = (await ok(net.gatewayUrl, ACT_TOWNSHIP_RECT, { i: { reviewId: r.id, version: 2, action: 'INVALIDATE', note: '经核查录像，工作人员无不当言行' } }, fx.supervisor)).actOnTownshipRectification;
    expect(decided).toMatchObject({ version: 3, rectificationStatus: 'INVALID', rectification: { statusLabel: '无效差评', decisionReason: '经核查录像，工作人员无不当言行', allowedActions: [] } });
    expect(codeOf(await actTownship(fx.clerkX, { reviewId: r.id, version: 3, action: 'COMPLETE', note: '已整改' }))).toBe('ILLEGAL_TRANSITION');
    expect(decided.rectification.steps.map((s: { kind: string }) => s.kind)).toEqual(['OPEN', 'START', 'INVALIDATE']);
  });

  test('level 5 at the county decided CANNOT_RECTIFY straight from PENDING', async () => {
    const slip = await countyCase();
    await reviewOk(slip, 5, '希望取消收费');
    const r = await countyReviewOf(slip.id);
    const decided = (await ok(net.gatewayUrl, ACT_COUNTY_RECT, { i: { reviewId: r.id, version: 1, action: 'CANNOT_RECTIFY', note: '收费标准由法律规定，窗口无权调整' } }, fx.supervisor)).actOnCountyRectification;
    expect(decided).toMatchObject({ rectificationStatus: 'CANNOT_RECTIFY', rectification: { decisionReason: '收费标准由法律规定，窗口无权调整' } });
    expect(decided.rectification.steps.map((s: { kind: string; fromStatus: string }) => `${s.fromStatus}>${s.kind}`)).toEqual(['null>OPEN', 'PENDING>CANNOT_RECTIFY']);
  });

  test('bad steps get a stable code and change nothing', async () => {
    const slip = await countyCase();
    await reviewOk(slip, 4, '办理慢');
    const r = await countyReviewOf(slip.id);
    expect(codeOf(await actCounty(fx.clerkA, { reviewId: 'not-a-uuid', version: 1, action: 'START' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await actCounty(fx.clerkA, { reviewId: '00000000-0000-4000-8000-000000000000', version: 1, action: 'START' }))).toBe('NOT_FOUND');
    expect(codeOf(await actCounty(fx.clerkA, { reviewId: r.id, version: 1, action: 'START', note: '改'.repeat(501) }))).toBe('TEXT_TOO_LONG');
    expect(codeOf(await actCounty(fx.clerkA, { reviewId: r.id, version: 1, action: 'COMPLETE', note: '跳过开始' }))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(await actCounty(fx.supervisor, { reviewId: r.id, version: 1, action: 'FOLLOW_UP', note: '过早回访' }))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(await gql(net.gatewayUrl, ACT_COUNTY_RECT, { i: { reviewId: r.id, version: 1, action: 'REOPEN' } }, fx.clerkA))).toBe('BAD_USER_INPUT');
    const good = await countyCase();
    await reviewOk(good, 1);
    const goodReview = await countyReviewOf(good.id);
    expect(codeOf(await actCounty(fx.clerkA, { reviewId: goodReview.id, version: 1, action: 'START' }))).toBe('ILLEGAL_TRANSITION');
    const after = await countyReviewOf(slip.id);
    expect(after).toMatchObject({ version: 1, rectificationStatus: 'PENDING' });
    expect(after.rectification.steps).toHaveLength(1);
  });

  test('overdue from 00:00 Beijing after the 5th working day, counted in working days', async () => {
    net.clock.set('2026-11-06T08:00:00.000Z'); // Fri 16:00 Beijing; day 5 is Fri 13 Nov
    const slip = await townshipCase();
    expect((await reviewOk(slip, 4, '没有一次性告知')).rectificationDueDate).toBe('2026-11-13');
    const late = async (iso: string) => {
      net.clock.set(iso);
      return (await townshipReviewOf(slip.id)).rectification;
    };
    expect(await late('2026-11-13T15:59:59.000Z')).toMatchObject({ overdue: false, workingDaysOverdue: 0 });
    expect(await late('2026-11-13T16:00:00.000Z')).toMatchObject({ overdue: true, workingDaysOverdue: 0 }); // Sat 00:00
    expect(await late('2026-11-16T01:00:00.000Z')).toMatchObject({ overdue: true, workingDaysOverdue: 1 }); // Mon
    const listed = (await ok(net.gatewayUrl, TOWNSHIP_REVIEWS, { f: { overdue: true } }, fx.supervisor)).townshipReviews.nodes.map((n: { case: { id: string } }) => n.case.id);
    expect(listed).toContain(slip.id);
    const notLate = (await ok(net.gatewayUrl, TOWNSHIP_REVIEWS, { f: { overdue: false } }, fx.supervisor)).townshipReviews.nodes.map((n: { case: { id: string } }) => n.case.id);
    expect(notLate).not.toContain(slip.id);

    // Rectified late stays counted as overdue, frozen at the day it was settled.
    const r = await townshipReviewOf(slip.id, fx.clerkX);
    await ok(net.gatewayUrl, ACT_TOWNSHIP_RECT, { i: { reviewId: r.id, version: 1, action: 'START' } }, fx.clerkX);
    await ok(net.gatewayUrl, ACT_TOWNSHIP_RECT, { i: { reviewId: r.id, version: 2, action: 'COMPLETE', note: '补发一次性告知书' } }, fx.clerkX);
    expect(await late('2026-11-20T01:00:00.000Z')).toMatchObject({ status: 'RECTIFIED', overdue: true, workingDaysOverdue: 1 });
    net.clock.set('2026-11-02T02:00:00.000Z');
  });
});

describe('who reads and acts', () => {
  let reviewB: { id: string; caseId: string };
  let reviewY: { id: string; caseId: string };

  beforeAll(async () => {
    const b = await countyCase({ token: fx.clerkB, itemId: fx.itemB.id });
    await reviewOk(b, 4, '民政窗口排队太久');
    reviewB = { id: (await countyReviewOf(b.id)).id, caseId: b.id };
    const y = await townshipCase({ token: fx.clerkY, itemId: fx.tItemY.id });
    await reviewOk(y, 5, '白水乡窗口无人');
    reviewY = { id: (await townshipReviewOf(y.id)).id, caseId: y.id };
  });

  test('supervisors and administrators see every review; clerks only their unit', async () => {
    for (const token of [fx.supervisor, fx.adminToken]) {
      const depts = new Set((await ok(net.gatewayUrl, COUNTY_REVIEWS, { l: 200 }, token)).countyReviews.nodes.map((n: { department: { id: string } }) => n.department.id));
      expect(depts).toEqual(new Set([fx.deptA.id, fx.deptB.id]));
      const towns = new Set((await ok(net.gatewayUrl, TOWNSHIP_REVIEWS, { l: 200 }, token)).townshipReviews.nodes.map((n: { township: { id: string } }) => n.township.id));
      expect(towns).toEqual(new Set([fx.townshipX.id, fx.townshipY.id]));
    }
    const a = (await ok(net.gatewayUrl, COUNTY_REVIEWS, { l: 200 }, fx.clerkA)).countyReviews;
    expect(a.total).toBeGreaterThan(0);
    expect(a.nodes.every((n: { department: { id: string } }) => n.department.id === fx.deptA.id)).toBe(true);
    const b = (await ok(net.gatewayUrl, COUNTY_REVIEWS, {}, fx.clerkB)).countyReviews;
    expect(b.nodes.map((n: { id: string }) => n.id)).toEqual([reviewB.id]);
    const y = (await ok(net.gatewayUrl, TOWNSHIP_REVIEWS, {}, fx.clerkY)).townshipReviews;
    expect(y.nodes.map((n: { id: string }) => n.id)).toEqual([reviewY.id]);
    expect(codeOf(await gql(net.gatewayUrl, COUNTY_REVIEWS, { f: { departmentId: fx.deptB.id } }, fx.clerkA))).toBe('FORBIDDEN');
    expect(codeOf(await gql(net.gatewayUrl, TOWNSHIP_REVIEWS, { f: { townshipId: fx.townshipX.id } }, fx.clerkY))).toBe('FORBIDDEN');
    expect(codeOf(await gql(net.gatewayUrl, COUNTY_REVIEWS, {}, fx.clerkX))).toBe('FORBIDDEN');
    expect(codeOf(await gql(net.gatewayUrl, TOWNSHIP_REVIEWS, {}, fx.clerkA))).toBe('FORBIDDEN');
    // A clerk sees a case's review only for their own unit's case.
    expect(codeOf(await gql(net.gatewayUrl, COUNTY_CASE_REVIEW, { id: reviewB.caseId }, fx.clerkA))).toBe('FORBIDDEN');
  });

  test('VIEWER and the public read no reviews', async () => {
    for (const q of [COUNTY_REVIEWS, TOWNSHIP_REVIEWS]) {
      expect(codeOf(await gql(net.gatewayUrl, q, {}, fx.viewer))).toBe('FORBIDDEN');
      expect(codeOf(await gql(net.gatewayUrl, q, {}))).toBe('UNAUTHENTICATED');
    }
    const r = await gql(net.gatewayUrl, `query($id: ID!) { countyCase(id: $id) { id review { level } } }`, { id: reviewB.caseId }, fx.viewer);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data?.countyCase).toEqual({ id: reviewB.caseId, review: null });
    expect(JSON.stringify(r.data)).not.toContain('排队');
    const t = await gql(net.gatewayUrl, `query($id: ID!) { townshipCase(id: $id) { id review { level } } }`, { id: reviewY.caseId }, fx.viewer);
    expect(codeOf(t)).toBe('FORBIDDEN');
  });

  test('only the responsible unit rectifies and only a supervisor decides', async () => {
    const refused = [
      await actCounty(fx.clerkA, { reviewId: reviewB.id, version: 1, action: 'START' }), // another department
      await actCounty(fx.supervisor, { reviewId: reviewB.id, version: 1, action: 'START' }), // not the unit
      await actCounty(fx.clerkB, { reviewId: reviewB.id, version: 1, action: 'INVALIDATE', note: '自认无效' }), // not a supervisor
      await actCounty(fx.adminToken, { reviewId: reviewB.id, version: 1, action: 'INVALIDATE', note: '管理员' }),
      await actTownship(fx.clerkX, { reviewId: reviewY.id, version: 1, action: 'START' }), // another township
      await actTownship(fx.clerkA, { reviewId: reviewY.id, version: 1, action: 'START' }),
    ];
    for (const r of refused) expect(codeOf(r)).toBe('FORBIDDEN');
    expect(codeOf(await actCounty(fx.viewer, { reviewId: reviewB.id, version: 1, action: 'START' }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(net.gatewayUrl, ACT_COUNTY_RECT, { i: { reviewId: reviewB.id, version: 1, action: 'START' } }))).toBe('UNAUTHENTICATED');
    expect((await countyReviewOf(reviewB.caseId)).version).toBe(1);
    expect((await townshipReviewOf(reviewY.caseId)).version).toBe(1);
    expect((await ok(net.gatewayUrl, ACT_COUNTY_RECT, { i: { reviewId: reviewB.id, version: 1, action: 'START' } }, fx.clerkB)).actOnCountyRectification.rectificationStatus).toBe('RECTIFYING');
    expect((await ok(net.gatewayUrl, ACT_TOWNSHIP_RECT, { i: { reviewId: reviewY.id, version: 1, action: 'START' } }, fx.clerkY)).actOnTownshipRectification.rectificationStatus).toBe('RECTIFYING');
  });

  test('the township entry point is internal: not in the gateway API, refused without the service identity', async () => {
    const viaGateway = await gql(net.gatewayUrl, `mutation { receiveReview(input: { requestId: "internal-0001", number: "x", queryCode: "y", level: 1 }) { level } }`);
    expect(viaGateway.errors?.length).toBeGreaterThan(0);
    expect(viaGateway.data ?? null).toBeNull();
    const headers: Record<string, string> = net.config.GATEWAY_SECRET ? { [GATEWAY_SECRET_HEADER]: net.config.GATEWAY_SECRET } : {};
    const direct = await gql(net.townshipUrl, `mutation { receiveReview(input: { requestId: "internal-0002", number: "x", queryCode: "y", level: 1 }) { level } }`, {}, fx.clerkX, headers);
    expect(codeOf(direct)).toBe('FORBIDDEN');
  });
});

describe('lists', () => {
  test('filters by level, status, unit and review day, newest first', async () => {
    const all = (await ok(net.gatewayUrl, COUNTY_REVIEWS, { l: 200 }, fx.supervisor)).countyReviews;
    const times = all.nodes.map((n: { reviewedAt: string }) => n.reviewedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const bad = (await ok(net.gatewayUrl, COUNTY_REVIEWS, { f: { level: [4, 5] }, l: 200 }, fx.supervisor)).countyReviews;
    expect(bad.total).toBeGreaterThan(0);
    expect(bad.nodes.every((n: { level: number }) => n.level >= 4)).toBe(true);
    const single = (await ok(net.gatewayUrl, `{ countyReviews(filter: { level: 4 }, limit: 200) { nodes { level } } }`, {}, fx.supervisor)).countyReviews;
    expect(single.nodes.every((n: { level: number }) => n.level === 4)).toBe(true);
    const pending = (await ok(net.gatewayUrl, COUNTY_REVIEWS, { f: { rectificationStatus: ['PENDING'] }, l: 200 }, fx.supervisor)).countyReviews;
    expect(pending.nodes.every((n: { rectificationStatus: string }) => n.rectificationStatus === 'PENDING')).toBe(true);
    const deptB = (await ok(net.gatewayUrl, COUNTY_REVIEWS, { f: { departmentId: fx.deptB.id } }, fx.supervisor)).countyReviews;
    expect(deptB.total).toBe(1);
    const day = (await ok(net.gatewayUrl, COUNTY_REVIEWS, { f: { reviewedFrom: '2026-11-02', reviewedTo: '2026-11-02' }, l: 200 }, fx.supervisor)).countyReviews;
    expect(day.total).toBe(all.total);
    const later = (await ok(net.gatewayUrl, COUNTY_REVIEWS, { f: { reviewedFrom: '2026-11-03' } }, fx.supervisor)).countyReviews;
    expect(later.total).toBe(0);
    expect(codeOf(await gql(net.gatewayUrl, COUNTY_REVIEWS, { f: { level: [7] } }, fx.supervisor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(net.gatewayUrl, COUNTY_REVIEWS, { f: { reviewedFrom: '2026-13-01' } }, fx.supervisor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(net.gatewayUrl, COUNTY_REVIEWS, { l: 0 }, fx.supervisor))).toBe('BAD_USER_INPUT');
  });

  test('reviews with their cases, units, items and steps cost fewer statements than rows (batched)', async () => {
    net.county.db.sql.reset();
    const page = (await ok(net.gatewayUrl, `{ countyReviews(limit: 200) { nodes { id case { number } department { name } item { name } rectification { steps { kind } } } } }`, {}, fx.supervisor)).countyReviews;
    const cost = net.county.db.sql.reset();
    expect(page.nodes.length).toBeGreaterThanOrEqual(10);
    expect(cost).toBeLessThan(page.nodes.length);
    net.county.db.sql.reset();
    const cases = (await ok(net.gatewayUrl, `{ countyCases(limit: 200) { nodes { id review { level rectification { steps { kind } } } } } }`, {}, fx.supervisor)).countyCases;
    const caseCost = net.county.db.sql.reset();
    expect(cases.nodes.filter((n: { review: unknown }) => n.review).length).toBeGreaterThanOrEqual(10);
    expect(caseCost).toBeLessThan(10);
  });
});

describe('with the township service down', () => {
  test('a township case review is SERVICE_UNAVAILABLE and nothing is stored; county cases still work', async () => {
    const township = await townshipCase();
    const county = await countyCase();
    const before = await townshipTotal();
    await net.stopTownship();
    try {
      const r = await review(township, 4, '窗口关门', 'down-township-0001');
      expect(codeOf(r)).toBe('SERVICE_UNAVAILABLE');
      expect((await reviewOk(county, 1)).level).toBe(1);
    } finally {
      await net.startTownship();
    }
    expect(await townshipTotal()).toBe(before);
    expect(await townshipReviewOf(township.id)).toBeNull();
    // The applicant tries again with the same request once the township is back.
    expect((await reviewOk(township, 4, '窗口关门', 'down-township-0001')).rectificationOpened).toBe(true);
  });
});
