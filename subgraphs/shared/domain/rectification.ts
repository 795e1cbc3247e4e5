/**
 * Reviews (好差评, GB/T 39046-2020 A.8) and the rectification (整改) a bad one opens (SPEC §4.5).
 * Pure: it validates, computes deadlines and moves states; persistence is the caller's job.
 */
import { WorkCalendar } from './calendar';
import { DomainError } from './errors';
import { requireInstant, requireInteger } from './guards';
import { CalendarDate, endOfShanghaiDay, shanghaiDate } from './time';

/** GB/T 39046-2020 A.8 satisfaction levels: 1 is best, 5 is worst. */
export const REVIEW_LEVEL_LABELS_ZH: Readonly<Record<number, string>> = Object.freeze({
  1: '非常满意',
  2: '满意',
  3: '基本满意',
  4: '不满意',
  5: '非常不满意',
});

export const MAX_REVIEW_COMMENT = 500;
const MAX_RECTIFICATION_NOTE = 500;

/** A case can be reviewed once it is finished for the applicant. */
const REVIEWABLE_CASE_STATUSES: readonly string[] = ['DELIVERED', 'APPROVED', 'REJECTED', 'NOT_ACCEPTED'];

export type RectificationStatus = 'NONE' | 'PENDING' | 'RECTIFYING' | 'RECTIFIED' | 'INVALID' | 'CANNOT_RECTIFY';
export type RectificationAction = 'START' | 'COMPLETE' | 'INVALIDATE' | 'CANNOT_RECTIFY' | 'FOLLOW_UP';
/** Who may take an action: the responsible unit's clerk, or a supervisor (效能办). */
export type RectificationActor = 'UNIT' | 'SUPERVISOR';

export const RECTIFICATION_STATUS_LABELS_ZH: Record<RectificationStatus, string> = {
  NONE: '无需整改',
  PENDING: '待整改',
  RECTIFYING: '整改中',
  RECTIFIED: '已整改',
  INVALID: '无效差评',
  CANNOT_RECTIFY: '无法整改',
};

const RECTIFICATION_ACTION_LABELS_ZH: Record<RectificationAction, string> = {
  START: '开始整改',
  COMPLETE: '整改完成',
  INVALIDATE: '认定无效差评',
  CANNOT_RECTIFY: '认定无法整改',
  FOLLOW_UP: '回访',
};

export const RECTIFICATION_ACTORS: Record<RectificationAction, RectificationActor> = {
  START: 'UNIT',
  COMPLETE: 'UNIT',
  INVALIDATE: 'SUPERVISOR',
  CANNOT_RECTIFY: 'SUPERVISOR',
  FOLLOW_UP: 'SUPERVISOR',
};

const TRANSITIONS: Record<RectificationStatus, Partial<Record<RectificationAction, RectificationStatus>>> = {
  NONE: {},
  PENDING: { START: 'RECTIFYING', INVALIDATE: 'INVALID', CANNOT_RECTIFY: 'CANNOT_RECTIFY' },
  RECTIFYING: { COMPLETE: 'RECTIFIED', INVALIDATE: 'INVALID', CANNOT_RECTIFY: 'CANNOT_RECTIFY' },
  // The follow-up call is recorded on a rectified one, once; the status stays.
  RECTIFIED: { FOLLOW_UP: 'RECTIFIED' },
  INVALID: {},
  CANNOT_RECTIFY: {},
};

/** Actions whose note is the substance of the step, so it may not be left out. */
const NOTE_REQUIRED: ReadonlySet<RectificationAction> = new Set(['COMPLETE', 'INVALIDATE', 'CANNOT_RECTIFY', 'FOLLOW_UP']);

function isRectificationAction(value: unknown): value is RectificationAction {
  return typeof value === 'string' && value in RECTIFICATION_ACTORS;
}

export function isReviewOpen(caseStatus: string): boolean {
  return REVIEWABLE_CASE_STATUSES.includes(caseStatus);
}

/** Levels 4 (不满意) and 5 (非常不满意) oblige the unit to rectify. */
export function needsRectification(level: number): boolean {
  return level >= 4;
}

/** Checks an applicant's review; returns the comment trimmed (null when empty). */
export function validateReview(input: { level: unknown; comment?: string | null }): { level: number; comment: string | null } {
  const level = requireInteger('Review level (评价等级)', input.level, 1, 5);
  const comment = typeof input.comment === 'string' ? input.comment.trim() : '';
  if (comment.length > MAX_REVIEW_COMMENT) {
    throw new DomainError('TEXT_TOO_LONG', `The comment is longer than ${MAX_REVIEW_COMMENT} characters (评价内容过长)`, { max: MAX_REVIEW_COMMENT });
  }
  if (needsRectification(level) && !comment) {
    throw new DomainError('REASON_REQUIRED', 'Please say what went wrong: a comment is required for 不满意 and 非常不满意 (差评须填写原因)');
  }
  return { level, comment: comment || null };
}

export interface RectificationDue {
  dueDate: CalendarDate;
  /** endOfShanghaiDay(dueDate): overdue from this instant on. */
  dueAt: Date;
  uncertainYears: number[];
}

/** The review day is day 0; the rectification is due at the end of the `days`-th working day after it. */
export function rectificationDue(input: { reviewedAt: Date; days: number; calendar: WorkCalendar }): RectificationDue {
  const reviewedAt = requireInstant('Review time', input.reviewedAt);
  const days = requireInteger('Rectification days', input.days, 1, 30);
  const { date, uncertainYears } = input.calendar.addWorkingDays(shanghaiDate(reviewedAt), days);
  return { dueDate: date, dueAt: endOfShanghaiDay(date), uncertainYears };
}

export interface RectificationState {
  status: RectificationStatus;
  dueDate: CalendarDate | null;
  dueAt: Date | null;
  /** When it was rectified or decided: the deadline stops counting then. */
  settledAt: Date | null;
  followedUpAt: Date | null;
}

/** What one action changes, plus the event row to append. */
export interface RectificationStep {
  status: RectificationStatus;
  patch: {
    rectificationStartedAt?: Date;
    rectificationStartNote?: string | null;
    rectifiedAt?: Date;
    rectificationNote?: string;
    decidedAt?: Date;
    decisionReason?: string;
    settledAt?: Date;
    followedUpAt?: Date;
    followUpNote?: string;
  };
  event: { action: RectificationAction; fromStatus: RectificationStatus; toStatus: RectificationStatus; note: string | null };
}

export function allowedRectificationActions(state: Pick<RectificationState, 'status' | 'followedUpAt'>): RectificationAction[] {
  const actions = Object.keys(TRANSITIONS[state.status] ?? {}) as RectificationAction[];
  return actions.filter((a) => !(a === 'FOLLOW_UP' && state.followedUpAt));
}

/** Applies one action; refuses an illegal one and a missing or oversize note, changing nothing. */
export function applyRectificationAction(
  state: RectificationState,
  action: RectificationAction,
  input: { note?: string | null; now: Date },
): RectificationStep {
  const now = requireInstant('Current time', input.now);
  if (!isRectificationAction(action)) throw new DomainError('BAD_USER_INPUT', `Unknown rectification action: ${String(action)}`);
  if (!allowedRectificationActions(state).includes(action)) {
    const what = state.status === 'NONE' ? 'a good review has no rectification' : `the rectification is ${RECTIFICATION_STATUS_LABELS_ZH[state.status]}`;
    throw new DomainError('ILLEGAL_TRANSITION', `${RECTIFICATION_ACTION_LABELS_ZH[action]} is not possible: ${what}`, {
      status: state.status,
      action,
    });
  }
  const note = typeof input.note === 'string' ? input.note.trim() : '';
  if (note.length > MAX_RECTIFICATION_NOTE) {
    throw new DomainError('TEXT_TOO_LONG', `The note is longer than ${MAX_RECTIFICATION_NOTE} characters`, { max: MAX_RECTIFICATION_NOTE });
  }
  if (NOTE_REQUIRED.has(action) && !note) {
    throw new DomainError('REASON_REQUIRED', `${RECTIFICATION_ACTION_LABELS_ZH[action]} needs a note saying what was done or why (须填写说明)`);
  }
  const to = TRANSITIONS[state.status][action]!;
  const event = { action, fromStatus: state.status, toStatus: to, note: note || null };
  switch (action) {
    case 'START':
      return { status: to, patch: { rectificationStartedAt: now, rectificationStartNote: note || null }, event };
    case 'COMPLETE':
      return { status: to, patch: { rectifiedAt: now, rectificationNote: note, settledAt: now }, event };
    case 'INVALIDATE':
    case 'CANNOT_RECTIFY':
      return { status: to, patch: { decidedAt: now, decisionReason: note, settledAt: now }, event };
    case 'FOLLOW_UP':
      return { status: to, patch: { followedUpAt: now, followUpNote: note }, event };
  }
}

/** Not rectified or decided by the due instant: judged now while open, at the settling moment after. */
export function isRectificationOverdue(state: RectificationState, now: Date): boolean {
  if (!state.dueAt || state.status === 'NONE') return false;
  const at = state.settledAt ?? requireInstant('Current time', now);
  return at.getTime() >= state.dueAt.getTime();
}

/**
 * Working days after the due date up to today (or the day it was settled). A rectification due on a
 * Friday is overdue over the weekend with 0 working days, and 1 on Monday.
 */
export function workingDaysOverdue(state: RectificationState, now: Date, calendar: WorkCalendar): number {
  if (!isRectificationOverdue(state, now) || !state.dueDate) return 0;
  return calendar.workingDaysBetween(state.dueDate, shanghaiDate(state.settledAt ?? now)).count;
}
