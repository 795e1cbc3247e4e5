import { WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import {
  allowedRectificationActions,
  applyRectificationAction,
  isRectificationOverdue,
  isReviewOpen,
  needsRectification,
  rectificationDue,
  REVIEW_LEVEL_LABELS_ZH,
  validateReview,
  workingDaysOverdue,
  type RectificationAction,
  type RectificationState,
  type RectificationStatus,
} from '../../subgraphs/shared/domain/rectification';
import { endOfShanghaiDay } from '../../subgraphs/shared/domain/time';
import { bj, deepFreeze, expectDomainError } from './support';

const calendar = new WorkCalendar();

const state = (status: RectificationStatus, extra: Partial<RectificationState> = {}): RectificationState => ({
  status,
  dueDate: '2026-11-13',
  dueAt: bj('2026-11-14 00:00'),
  settledAt: null,
  followedUpAt: null,
  ...extra,
});

describe('reviews', () => {
  it('labels the five levels of GB/T 39046 A.8', () => {
    expect(REVIEW_LEVEL_LABELS_ZH).toEqual({ 1: '非常满意', 2: '满意', 3: '基本满意', 4: '不满意', 5: '非常不满意' });
  });

  it.each([1, 2, 3, 4, 5])('accepts level %d', (level) => {
    expect(validateReview({ level, comment: '  办事很快  ' })).toEqual({ level, comment: '办事很快' });
  });

  it.each([0, 6, -1, 2.5, Number.NaN, '3', null])('refuses level %p', (level) => {
    expectDomainError(() => validateReview({ level, comment: '说明' }), 'BAD_USER_INPUT');
  });

  it('keeps no empty comment for a good review', () => {
    expect(validateReview({ level: 1, comment: '   ' })).toEqual({ level: 1, comment: null });
    expect(validateReview({ level: 3 })).toEqual({ level: 3, comment: null });
  });

  it('requires a comment for levels 4 and 5', () => {
    expectDomainError(() => validateReview({ level: 4, comment: ' ' }), 'REASON_REQUIRED');
    expectDomainError(() => validateReview({ level: 5 }), 'REASON_REQUIRED');
  });

  it('takes a comment of 500 characters and refuses 501', () => {
    expect(validateReview({ level: 2, comment: '好'.repeat(500) }).comment).toHaveLength(500);
    expectDomainError(() => validateReview({ level: 2, comment: '好'.repeat(501) }), 'TEXT_TOO_LONG');
  });

  it('opens once the case is finished for the applicant', () => {
    for (const s of ['DELIVERED', 'APPROVED', 'REJECTED', 'NOT_ACCEPTED']) expect(isReviewOpen(s)).toBe(true);
    for (const s of ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'SPECIAL_PROCEDURE', 'WITHDRAWN']) expect(isReviewOpen(s)).toBe(false);
  });

  it('needs a rectification for levels 4 and 5 only', () => {
    expect([1, 2, 3, 4, 5].map(needsRectification)).toEqual([false, false, false, true, true]);
  });
});

describe('the rectification deadline (review day is day 0)', () => {
  it.each([
    ['2026-11-02 10:00', 5, '2026-11-09'], // Mon → next Mon
    ['2026-11-06 16:00', 5, '2026-11-13'], // Fri: the weekend does not count
    ['2026-11-07 11:00', 5, '2026-11-13'], // reviewed on a Saturday: Mon is day 1
    ['2026-09-30 09:00', 5, '2026-10-13'], // National Day off, Sat 10 Oct is a make-up workday
    ['2026-04-30 09:00', 5, '2026-05-11'], // Labour Day off, Sat 9 May is a make-up workday
    ['2026-02-13 09:00', 5, '2026-02-27'], // Sat 14 Feb is a make-up workday, Spring Festival off
    ['2026-11-02 10:00', 1, '2026-11-03'],
  ])('reviewed %s with %d days → due %s', (when, days, due) => {
    const d = rectificationDue({ reviewedAt: bj(when), days, calendar });
    expect(d).toEqual({ dueDate: due, dueAt: endOfShanghaiDay(due), uncertainYears: [] });
  });

  it('uses the Beijing date: 16:30 UTC on the 5th is already the 6th in Beijing', () => {
    expect(rectificationDue({ reviewedAt: new Date('2026-11-05T16:30:00.000Z'), days: 5, calendar }).dueDate).toBe('2026-11-13');
  });

  it('follows a county override', () => {
    const local = new WorkCalendar({ overrides: [{ date: '2026-11-10', workday: false, note: '县里放假' }] });
    expect(rectificationDue({ reviewedAt: bj('2026-11-04 10:00'), days: 5, calendar }).dueDate).toBe('2026-11-11');
    expect(rectificationDue({ reviewedAt: bj('2026-11-04 10:00'), days: 5, calendar: local }).dueDate).toBe('2026-11-12');
    expect(rectificationDue({ reviewedAt: bj('2026-11-06 10:00'), days: 5, calendar: local }).dueDate).toBe('2026-11-16');
  });

  it('flags a deadline in a year the calendar does not cover', () => {
    expect(rectificationDue({ reviewedAt: bj('2026-12-31 10:00'), days: 5, calendar }).uncertainYears).toEqual([2027]);
  });

  it('refuses a day count outside 1–30', () => {
    expectDomainError(() => rectificationDue({ reviewedAt: bj('2026-11-02 10:00'), days: 0, calendar }), 'BAD_USER_INPUT');
    expectDomainError(() => rectificationDue({ reviewedAt: bj('2026-11-02 10:00'), days: 31, calendar }), 'BAD_USER_INPUT');
  });
});

describe('the state machine', () => {
  const now = bj('2026-11-10 10:00');

  it.each([
    ['PENDING', 'START', 'RECTIFYING'],
    ['PENDING', 'INVALIDATE', 'INVALID'],
    ['PENDING', 'CANNOT_RECTIFY', 'CANNOT_RECTIFY'],
    ['RECTIFYING', 'COMPLETE', 'RECTIFIED'],
    ['RECTIFYING', 'INVALIDATE', 'INVALID'],
    ['RECTIFYING', 'CANNOT_RECTIFY', 'CANNOT_RECTIFY'],
    ['RECTIFIED', 'FOLLOW_UP', 'RECTIFIED'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    const step = applyRectificationAction(deepFreeze(state(from)), action, { note: '说明', now });
    expect(step.status).toBe(to);
    expect(step.event).toEqual({ action, fromStatus: from, toStatus: to, note: '说明' });
  });

  const illegal: [RectificationStatus, RectificationAction][] = [
    ['NONE', 'START'], ['NONE', 'INVALIDATE'], ['NONE', 'FOLLOW_UP'],
    ['PENDING', 'COMPLETE'], ['PENDING', 'FOLLOW_UP'],
    ['RECTIFYING', 'START'], ['RECTIFYING', 'FOLLOW_UP'],
    ['RECTIFIED', 'START'], ['RECTIFIED', 'COMPLETE'], ['RECTIFIED', 'INVALIDATE'], ['RECTIFIED', 'CANNOT_RECTIFY'],
    ['INVALID', 'START'], ['INVALID', 'FOLLOW_UP'], ['CANNOT_RECTIFY', 'COMPLETE'], ['CANNOT_RECTIFY', 'INVALIDATE'],
  ];
  it.each(illegal)('refuses %s --%s', (from, action) => {
    expectDomainError(() => applyRectificationAction(state(from), action, { note: '说明', now }), 'ILLEGAL_TRANSITION');
  });

  it('records the follow-up call once', () => {
    const done = state('RECTIFIED', { followedUpAt: bj('2026-11-11 10:00') });
    expect(allowedRectificationActions(done)).toEqual([]);
    expectDomainError(() => applyRectificationAction(done, 'FOLLOW_UP', { note: '再次回访', now }), 'ILLEGAL_TRANSITION');
  });

  it('lists the actions each status allows', () => {
    expect(allowedRectificationActions(state('NONE'))).toEqual([]);
    expect(allowedRectificationActions(state('PENDING'))).toEqual(['START', 'INVALIDATE', 'CANNOT_RECTIFY']);
    expect(allowedRectificationActions(state('RECTIFYING'))).toEqual(['COMPLETE', 'INVALIDATE', 'CANNOT_RECTIFY']);
    expect(allowedRectificationActions(state('RECTIFIED'))).toEqual(['FOLLOW_UP']);
  });

  it('lets the unit start without a note but requires one to complete, decide or follow up', () => {
    expect(applyRectificationAction(state('PENDING'), 'START', { now }).patch).toEqual({ rectificationStartedAt: now, rectificationStartNote: null });
    expectDomainError(() => applyRectificationAction(state('RECTIFYING'), 'COMPLETE', { note: ' ', now }), 'REASON_REQUIRED');
    expectDomainError(() => applyRectificationAction(state('PENDING'), 'INVALIDATE', { now }), 'REASON_REQUIRED');
    expectDomainError(() => applyRectificationAction(state('RECTIFYING'), 'CANNOT_RECTIFY', { note: '', now }), 'REASON_REQUIRED');
    expectDomainError(() => applyRectificationAction(state('RECTIFIED'), 'FOLLOW_UP', { now }), 'REASON_REQUIRED');
  });

  it('refuses a note over 500 characters', () => {
    expectDomainError(() => applyRectificationAction(state('PENDING'), 'START', { note: '改'.repeat(501), now }), 'TEXT_TOO_LONG');
  });

  it('stops the clock when rectified or decided', () => {
    expect(applyRectificationAction(state('RECTIFYING'), 'COMPLETE', { note: '已向申请人致歉并优化流程', now }).patch).toEqual({
      rectifiedAt: now,
      rectificationNote: '已向申请人致歉并优化流程',
      settledAt: now,
    });
    expect(applyRectificationAction(state('PENDING'), 'INVALIDATE', { note: '恶意差评', now }).patch).toEqual({ decidedAt: now, decisionReason: '恶意差评', settledAt: now });
    expect(applyRectificationAction(state('RECTIFIED'), 'FOLLOW_UP', { note: '申请人表示满意', now }).patch).toEqual({ followedUpAt: now, followUpNote: '申请人表示满意' });
  });

  it('refuses an unknown action', () => {
    expectDomainError(() => applyRectificationAction(state('PENDING'), 'REOPEN' as RectificationAction, { now }), 'BAD_USER_INPUT');
  });
});

describe('overdue (due Fri 2026-11-13, late from Sat 00:00 Beijing)', () => {
  const open = state('RECTIFYING');

  it.each([
    ['2026-11-13 23:59', false, 0],
    ['2026-11-14 00:00', true, 0], // Saturday: late, but no working day missed yet
    ['2026-11-15 12:00', true, 0],
    ['2026-11-16 09:00', true, 1],
    ['2026-11-18 09:00', true, 3],
  ])('at %s: overdue %p, %d working days', (when, overdue, days) => {
    expect(isRectificationOverdue(open, bj(when))).toBe(overdue);
    expect(workingDaysOverdue(open, bj(when), calendar)).toBe(days);
  });

  it('is judged at the moment it was settled', () => {
    const onTime = state('RECTIFIED', { settledAt: bj('2026-11-13 17:00') });
    expect(isRectificationOverdue(onTime, bj('2026-12-01 09:00'))).toBe(false);
    const late = state('INVALID', { settledAt: bj('2026-11-17 10:00') });
    expect(isRectificationOverdue(late, bj('2026-12-01 09:00'))).toBe(true);
    expect(workingDaysOverdue(late, bj('2026-12-01 09:00'), calendar)).toBe(2);
  });

  it('never applies to a good review', () => {
    expect(isRectificationOverdue(state('NONE', { dueAt: null, dueDate: null }), bj('2027-01-01 00:00'))).toBe(false);
  });
});
