import { isReviewOpen as serverReviewOpen, MAX_REVIEW_COMMENT as SERVER_MAX_COMMENT, REVIEW_LEVEL_LABELS_ZH } from '../../subgraphs/shared/domain/rectification';
import { isQueryCode, parseCaseNumber, QUERY_CODE_ALPHABET as SERVER_ALPHABET, QUERY_CODE_LENGTH as SERVER_CODE_LENGTH } from '../../subgraphs/shared/domain/case-number';
import { STATUS_LABELS_ZH } from '../../subgraphs/shared/domain/lifecycle';
import { checkTrackInput, MESSAGES, QUERY_CODE_ALPHABET, QUERY_CODE_LENGTH, readSearch, searchFor } from '../../gateway/web/src/track/input';
import { mergeTimeline } from '../../gateway/web/src/track/timeline';
import { explain, isPublicWording, STAFF_ONLY_WORDS, summarize } from '../../gateway/web/src/track/summary';
import { NOT_FOUND_MESSAGE, trackFailureMessage, trackOutcome } from '../../gateway/web/src/track/outcome';
import {
  checkReview,
  commentCounter,
  followUpText,
  isReviewOpen,
  MAX_REVIEW_COMMENT,
  REVIEW_LEVELS,
  REVIEW_MESSAGES,
  reviewFailureMessage,
  ReviewSubmission,
} from '../../gateway/web/src/track/review';
import type { CaseStatus, PublicCaseView, PublicStep } from '../../gateway/web/src/track/types';

const T = (hhmm: string) => `2026-11-20T${hhmm}:00.000Z`;
const step = (label: string, status: CaseStatus, unitName: string, at: string): PublicStep => ({ label, status, unitName, at });
const view = (o: Partial<PublicCaseView> & Pick<PublicCaseView, 'number' | 'status' | 'steps'>): PublicCaseView => ({
  itemName: '退役军人优待证申领',
  unitName: '桃花乡',
  statusLabel: STATUS_LABELS_ZH[o.status],
  receivedAt: T('01:00'),
  acceptedAt: T('01:00'),
  dueDate: '2026-12-04',
  completedAt: null,
  ...o,
});

/** A delegated intake handed over, as the two tiers record it (township copies county updates). */
function handedOver(times: { intake: string; fwd: string; approve: string; handover: string; countyDeliver: string }) {
  const township = view({
    number: '511099201-20261120-0009',
    status: 'DELIVERED',
    steps: [
      step('委托受理', 'ACCEPTED', '桃花乡', times.intake),
      step('已转报县级', 'ACCEPTED', '县政务服务中心', times.fwd),
      step('受理', 'ACCEPTED', '桃花乡（委托受理）', times.fwd),
      step('准予许可', 'APPROVED', '临江县退役军人事务局', times.approve),
      step('送达', 'APPROVED', '桃花乡', times.handover),
      step('送达', 'DELIVERED', '桃花乡', times.countyDeliver),
    ],
  });
  const county = view({
    number: 'TYJR-20261120-0002',
    unitName: '临江县退役军人事务局',
    status: 'DELIVERED',
    completedAt: times.approve,
    steps: [
      step('收件', 'RECEIVED', '桃花乡（委托受理）', times.fwd),
      step('受理', 'ACCEPTED', '桃花乡（委托受理）', times.fwd),
      step('准予许可', 'APPROVED', '临江县退役军人事务局', times.approve),
      step('送达', 'DELIVERED', '桃花乡', times.countyDeliver),
    ],
  });
  return { township, county };
}

const labels = (entries: { label: string; unitName: string }[]) => entries.map((e) => `${e.label}@${e.unitName}`);

describe('mergeTimeline', () => {
  it('tells a delegated intake once: township intake → forwarding → county decision → handover', () => {
    const { township, county } = handedOver({ intake: T('01:00'), fwd: T('01:05'), approve: T('03:00'), handover: T('05:00'), countyDeliver: T('05:01') });
    const merged = mergeTimeline(township, county);
    expect(labels(merged)).toEqual([
      '委托受理@桃花乡',
      '已转报县级@县政务服务中心',
      '准予许可@临江县退役军人事务局',
      '送达@桃花乡',
    ]);
    expect(merged.map((e) => e.source)).toEqual(['township', 'township', 'county', 'county']);
    // The handover is shown as the county recorded it: the case is delivered.
    expect(merged.at(-1)).toMatchObject({ status: 'DELIVERED', at: T('05:01') });
  });

  it('orders by the phase of the case when both tiers recorded steps in the same second', () => {
    const same = T('03:00');
    const { township, county } = handedOver({ intake: same, fwd: same, approve: same, handover: same, countyDeliver: same });
    expect(labels(mergeTimeline(township, county))).toEqual([
      '委托受理@桃花乡',
      '已转报县级@县政务服务中心',
      '准予许可@临江县退役军人事务局',
      '送达@桃花乡',
    ]);
  });

  it("shows the county's own record of the township intake (收件/受理 in the window's name) only as the township's 委托受理", () => {
    const { township, county } = handedOver({ intake: T('01:00'), fwd: T('01:05'), approve: T('03:00'), handover: T('05:00'), countyDeliver: T('05:01') });
    expect(mergeTimeline(township, county).some((e) => e.unitName === '桃花乡（委托受理）')).toBe(false);
    // Without the township's intake step to stand for them (its tier did not answer), they are kept.
    expect(labels(mergeTimeline(null, county)).slice(0, 2)).toEqual(['收件@桃花乡（委托受理）', '受理@桃花乡（委托受理）']);
  });

  it('keeps a township act the county has not recorded yet (the handover still on its way)', () => {
    const { township, county } = handedOver({ intake: T('01:00'), fwd: T('01:05'), approve: T('03:00'), handover: T('05:00'), countyDeliver: T('05:01') });
    const t = { ...township, status: 'APPROVED' as const, steps: township.steps.slice(0, 5) };
    const c = { ...county, status: 'APPROVED' as const, steps: county.steps.slice(0, 3) };
    const merged = mergeTimeline(t, c);
    expect(labels(merged).at(-1)).toBe('送达@桃花乡');
    expect(merged.at(-1)?.source).toBe('township');
    expect(merged).toHaveLength(4);
  });

  it('keeps an act repeated on purpose (two resubmissions) when the county has both', () => {
    const t = view({
      number: '511099101-20261120-0001',
      status: 'IN_PROGRESS',
      steps: [
        step('委托受理', 'ACCEPTED', '河口镇', T('01:00')),
        step('补正提交', 'SUPPLEMENT_REQUESTED', '河口镇', T('02:00')),
        step('补正提交', 'SUPPLEMENT_REQUESTED', '河口镇', T('04:00')),
      ],
    });
    const c = view({
      number: 'SCJG-20261120-0001',
      status: 'IN_PROGRESS',
      steps: [
        step('一次性告知补正', 'SUPPLEMENT_REQUESTED', '市场监管局', T('01:30')),
        step('补正提交', 'ACCEPTED', '河口镇', T('02:01')),
        step('一次性告知补正', 'SUPPLEMENT_REQUESTED', '市场监管局', T('03:30')),
        step('补正提交', 'IN_PROGRESS', '河口镇', T('04:01')),
      ],
    });
    expect(labels(mergeTimeline(t, c))).toEqual(['委托受理@河口镇', '一次性告知补正@市场监管局', '补正提交@河口镇', '一次性告知补正@市场监管局', '补正提交@河口镇']);
  });

  it('sorts one tier by time even when its records are out of order, keeping the recorded order on ties', () => {
    const c = view({
      number: 'ZJ-20261113-0001',
      status: 'IN_PROGRESS',
      steps: [step('受理', 'ACCEPTED', '住建局', T('02:00')), step('收件', 'RECEIVED', '住建局', T('01:00')), step('开始办理', 'IN_PROGRESS', '住建局', T('02:00'))],
    });
    expect(mergeTimeline(null, c).map((e) => e.label)).toEqual(['收件', '受理', '开始办理']);
    expect(mergeTimeline(c, null).every((e) => e.source === 'township')).toBe(true);
    expect(mergeTimeline(null, null)).toEqual([]);
  });
});

describe('summarize', () => {
  it('answers nothing when neither tier knows the number and code', () => {
    expect(summarize({ number: 'X', township: null, county: null })).toBeNull();
  });

  it('takes the county as the authority for a delegated intake and names the township window', () => {
    const { township, county } = handedOver({ intake: T('01:00'), fwd: T('01:05'), approve: T('03:00'), handover: T('05:00'), countyDeliver: T('05:01') });
    const s = summarize({ number: township.number, township, county })!;
    expect(s).toMatchObject({
      number: '511099201-20261120-0009',
      status: 'DELIVERED',
      statusLabel: '已送达',
      finished: true,
      tone: 'done',
      unitCaption: '办理单位',
      unitName: '临江县退役军人事务局',
      intakeUnit: '桃花乡',
      countyNumber: 'TYJR-20261120-0002',
      dueDate: '2026-12-04',
      completedAt: T('03:00'),
      receivedAt: T('01:00'),
    });
    expect(s.steps).toHaveLength(4);
  });

  it('sends the applicant back to the township window once the county has decided', () => {
    const { township, county } = handedOver({ intake: T('01:00'), fwd: T('01:05'), approve: T('03:00'), handover: T('05:00'), countyDeliver: T('05:01') });
    const s = summarize({ number: township.number, township: { ...township, status: 'APPROVED' }, county: { ...county, status: 'APPROVED', statusLabel: '准予许可' } })!;
    expect(s).toMatchObject({ unitCaption: '当前办理单位', unitName: '桃花乡', finished: true, tone: 'done' });
    expect(s.explanation).toContain('请到桃花乡');
    expect(s.explanation).toContain('领取');
  });

  it('shows a refusal in a neutral tone, and a case over once nothing is left to hand over', () => {
    const county = view({ number: 'MZ-20261120-0001', unitName: '民政局', status: 'REJECTED', completedAt: T('03:00'), steps: [] });
    expect(summarize({ number: county.number, township: null, county })).toMatchObject({ tone: 'closed', finished: true, unitCaption: '当前办理单位' });
    const over = { ...county, status: 'NOT_ACCEPTED' as const };
    expect(summarize({ number: county.number, township: null, county: over })).toMatchObject({ tone: 'closed', finished: true, unitCaption: '办理单位' });
  });

  it('says an intake not yet at the county is on its way there', () => {
    const township = view({ number: '511099100-20261120-0001', unitName: '城关镇', status: 'ACCEPTED', statusLabel: '已受理，待转报县级', steps: [step('委托受理', 'ACCEPTED', '城关镇', T('01:00'))] });
    const s = summarize({ number: township.number, township, county: null })!;
    expect(s).toMatchObject({ status: 'ACCEPTED', unitCaption: '当前办理单位', unitName: '城关镇', intakeUnit: '城关镇', countyNumber: null, finished: false });
    expect(s.explanation).toBe('城关镇已受理您的申请，正在转报县级部门办理。');
  });

  it('shows a plain county case as it is: open, due date only, no judgement about the deadline', () => {
    const county = view({ number: 'ZJ-20261113-0001', unitName: '住建局', status: 'IN_PROGRESS', dueDate: '2026-11-19', steps: [step('收件', 'RECEIVED', '住建局', T('01:00'))] });
    const s = summarize({ number: county.number, township: null, county })!;
    expect(s).toMatchObject({ unitCaption: '当前办理单位', unitName: '住建局', intakeUnit: null, dueDate: '2026-11-19', finished: false, tone: 'progress' });
    expect(isPublicWording(JSON.stringify(s))).toBe(true);
  });
});

describe('public wording', () => {
  const statuses = Object.keys(STATUS_LABELS_ZH) as CaseStatus[];

  it.each(statuses)('explains %s without any warning words, in every situation', (status) => {
    for (const o of [
      { window: '桃花乡', delegated: true, forwarded: true },
      { window: '桃花乡', delegated: true, forwarded: false },
      { window: '住建局', delegated: false, forwarded: false },
    ]) {
      const text = explain(status, o);
      expect(text.length).toBeGreaterThan(4);
      expect(isPublicWording(text)).toBe(true);
    }
    expect(isPublicWording(STATUS_LABELS_ZH[status])).toBe(true);
  });

  it('recognises the staff vocabulary', () => {
    for (const w of STAFF_ONLY_WORDS) expect(isPublicWording(`办件${w}`)).toBe(false);
    expect(isPublicWording('承诺办结日期 2026-11-19')).toBe(true);
  });
});

describe('checkTrackInput', () => {
  it('asks for each empty field in Chinese', () => {
    expect(checkTrackInput({ number: '  ', queryCode: '' })).toEqual({ ok: false, problems: { number: MESSAGES.numberMissing, queryCode: MESSAGES.codeMissing } });
    expect(checkTrackInput({ number: '511099101-20260930-0001', queryCode: ' ' })).toEqual({ ok: false, problems: { queryCode: '请输入查询码' } });
    expect(checkTrackInput({ number: '', queryCode: 'H3XYE4' })).toEqual({ ok: false, problems: { number: '请输入办件编号' } });
  });

  it('trims, removes inner spaces and capitalises as the slip prints them', () => {
    expect(checkTrackInput({ number: ' 511099101-20260930-0001 ', queryCode: ' h3x ye4 ' })).toEqual({ ok: true, query: { number: '511099101-20260930-0001', queryCode: 'H3XYE4' } });
    expect(checkTrackInput({ number: 'tyjr-20261120-0002', queryCode: 'H3XYE4' })).toMatchObject({ ok: true, query: { number: 'TYJR-20261120-0002' } });
  });

  it('refuses shapes the server refuses, and accepts those it accepts', () => {
    expect(checkTrackInput({ number: '12345', queryCode: 'H3XYE4' })).toEqual({ ok: false, problems: { number: MESSAGES.numberShape } });
    expect(checkTrackInput({ number: '511099101-20260930-0001', queryCode: 'H3XYE0' })).toEqual({ ok: false, problems: { queryCode: MESSAGES.codeShape } });
    for (const n of ['511099101-20260930-0001', 'SCJG-20261120-123456', 'AB-20260101-0001']) {
      expect(checkTrackInput({ number: n, queryCode: 'ABCDEF' }).ok).toBe(!!parseCaseNumber(n));
    }
    for (const c of ['ABCDEF', '234567', 'ABCDE', 'ABCDEFG', 'ABCDEO', 'ABCDE1']) {
      expect(checkTrackInput({ number: 'AB-20260101-0001', queryCode: c }).ok).toBe(isQueryCode(c));
    }
  });

  it('uses the server alphabet and length for query codes', () => {
    expect(QUERY_CODE_ALPHABET).toBe(SERVER_ALPHABET);
    expect(QUERY_CODE_LENGTH).toBe(SERVER_CODE_LENGTH);
  });
});

describe('the address bar', () => {
  it('reads ?number=&code= and writes it back', () => {
    expect(readSearch('?number=511099101-20260930-0001&code=H3XYE4')).toEqual({ number: '511099101-20260930-0001', queryCode: 'H3XYE4' });
    expect(readSearch('?number=%20AB-20260101-0001%20')).toEqual({ number: 'AB-20260101-0001', queryCode: '' });
    expect(readSearch('')).toEqual({ number: '', queryCode: '' });
    const q = { number: '511099101-20260930-0001', queryCode: 'H3XYE4' };
    expect(searchFor(q)).toBe('?number=511099101-20260930-0001&code=H3XYE4');
    expect(readSearch(searchFor(q))).toEqual(q);
  });
});

describe('trackOutcome', () => {
  const county = view({ number: 'ZJ-20261113-0001', status: 'IN_PROGRESS', steps: [] });

  it('gives one neutral message for a wrong number and a wrong code alike', () => {
    expect(trackOutcome({ trackCase: { number: 'AB-20260101-0001', township: null, county: null } }, [])).toEqual({ kind: 'notFound' });
    expect(trackOutcome(null, [{ message: 'x', extensions: { code: 'NOT_FOUND' } }])).toEqual({ kind: 'notFound' });
    expect(trackFailureMessage('NOT_FOUND', () => 'other')).toBe(NOT_FOUND_MESSAGE);
    expect(NOT_FOUND_MESSAGE).toBe('未查询到办件，请核对办件编号和查询码');
  });

  it('passes on rate limits and network failures with the shared messages', () => {
    expect(trackOutcome(null, [{ message: 'x', extensions: { code: 'RATE_LIMITED' } }])).toEqual({ kind: 'failed', code: 'RATE_LIMITED' });
    expect(trackOutcome(null, [{ message: 'x', extensions: { code: 'NETWORK' } }])).toEqual({ kind: 'failed', code: 'NETWORK' });
    expect(trackFailureMessage('RATE_LIMITED', (c) => `shared:${c}`)).toBe('shared:RATE_LIMITED');
    expect(trackFailureMessage('BAD_USER_INPUT', (c) => c)).toContain('格式不正确');
  });

  it('does not call a case missing when a tier could not answer', () => {
    const down = [{ message: 'x', path: ['trackCase', 'county'], extensions: { code: 'SERVICE_UNAVAILABLE' } }];
    expect(trackOutcome({ trackCase: { number: 'X', township: null, county: null } }, down)).toEqual({ kind: 'failed', code: 'SERVICE_UNAVAILABLE' });
    expect(trackOutcome({ trackCase: { number: 'X', township: null, county } }, down)).toMatchObject({ kind: 'found', partial: true });
    expect(trackOutcome({ trackCase: { number: 'X', township: null, county } }, [])).toMatchObject({ kind: 'found', partial: false });
  });
});

describe('review rules', () => {
  it('match the server: levels, labels, comment length, when a review is open', () => {
    expect(Object.fromEntries(REVIEW_LEVELS.map((l) => [l.level, l.label]))).toEqual({ ...REVIEW_LEVEL_LABELS_ZH });
    expect(MAX_REVIEW_COMMENT).toBe(SERVER_MAX_COMMENT);
    for (const s of Object.keys(STATUS_LABELS_ZH) as CaseStatus[]) expect(isReviewOpen(s)).toBe(serverReviewOpen(s));
    expect(isReviewOpen('DELIVERED')).toBe(true);
    expect(isReviewOpen('IN_PROGRESS')).toBe(false);
  });

  it('checks the form as the server does', () => {
    expect(checkReview(null, '')).toEqual({ ok: false, message: REVIEW_MESSAGES.levelMissing });
    expect(checkReview(6, '')).toEqual({ ok: false, message: REVIEW_MESSAGES.levelMissing });
    expect(checkReview(1, '  ')).toEqual({ ok: true, level: 1, comment: null });
    expect(checkReview(2, ' 很快 ')).toEqual({ ok: true, level: 2, comment: '很快' });
    expect(checkReview(4, ' ')).toEqual({ ok: false, message: REVIEW_MESSAGES.reasonMissing });
    expect(checkReview(5, '等了很久')).toEqual({ ok: true, level: 5, comment: '等了很久' });
    expect(checkReview(3, '字'.repeat(501))).toEqual({ ok: false, message: REVIEW_MESSAGES.tooLong });
    expect(checkReview(3, '字'.repeat(500)).ok).toBe(true);
    expect(commentCounter('好评')).toBe('2/500');
  });

  it('keeps one idempotency key for every retry of a submission, and refuses a second send while one is out', () => {
    let n = 0;
    const s = new ReviewSubmission(() => `key-${++n}`);
    expect(s.begin()).toBe('key-1');
    expect(s.busy).toBe(true);
    expect(s.begin()).toBeNull(); // the double click
    s.end();
    expect(s.begin()).toBe('key-1'); // the retry after a lost answer
    s.end();
    expect(n).toBe(1);
    expect(new ReviewSubmission(() => `key-${++n}`).begin()).toBe('key-2'); // another form, another submission
    const broken = new ReviewSubmission(() => {
      throw new Error('no randomness');
    });
    expect(() => broken.begin()).toThrow();
    expect(broken.busy).toBe(false); // a failure to make a key does not lock the form
  });

  it('says what happens after a bad review, and what a refusal means', () => {
    expect(followUpText({ rectificationOpened: false, rectificationDueDate: null })).toBeNull();
    expect(followUpText({ rectificationOpened: true, rectificationDueDate: '2026-11-27' })).toContain('我们将在2026-11-27前整改并回访');
    expect(reviewFailureMessage('ALREADY_REVIEWED', () => '')).toBe('该办件已评价，感谢您的反馈');
    expect(reviewFailureMessage('NOT_FOUND', () => '')).toBe(NOT_FOUND_MESSAGE);
    expect(reviewFailureMessage('REASON_REQUIRED', () => '')).toBe(REVIEW_MESSAGES.reasonMissing);
    expect(reviewFailureMessage('RATE_LIMITED', (c) => `shared:${c}`)).toBe('shared:RATE_LIMITED');
  });
});
