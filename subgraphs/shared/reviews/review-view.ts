import type { WorkCalendar } from '../domain/calendar';
import { freeTextFor } from '../domain/masking';
import {
  allowedRectificationActions,
  isRectificationOverdue,
  RECTIFICATION_STATUS_LABELS_ZH,
  REVIEW_LEVEL_LABELS_ZH,
  workingDaysOverdue,
  type RectificationStatus,
} from '../domain/rectification';
import type { RectificationEventRecord, ReviewRecord } from './review-record';
import { toRectificationState } from './review-state';

/** How the GraphQL layer shows the parts of a review that are the same on both tiers. */

/** What the applicant gets back: the review itself, nothing about the case. */
export function receiptOf(r: ReviewRecord) {
  return {
    level: r.level,
    levelLabel: REVIEW_LEVEL_LABELS_ZH[r.level],
    reviewedAt: r.reviewedAt.toISOString(),
    rectificationOpened: r.rectificationStatus !== 'NONE',
    rectificationDueDate: r.rectificationDueDate,
  };
}

export type ReviewReceiptView = ReturnType<typeof receiptOf>;

export const levelLabelOf = (r: ReviewRecord): string => REVIEW_LEVEL_LABELS_ZH[r.level];

/** The rectification of a bad review; null for a good one. `reviewId` lets `steps` find its events. */
export function rectificationView(r: ReviewRecord, now: Date, calendar: WorkCalendar, notesVisible: boolean) {
  if (r.rectificationStatus === 'NONE' || !r.rectificationDueDate || !r.rectificationDueAt) return null;
  const state = toRectificationState(r);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    reviewId: r.id,
    status: r.rectificationStatus,
    statusLabel: RECTIFICATION_STATUS_LABELS_ZH[r.rectificationStatus as RectificationStatus],
    dueDate: r.rectificationDueDate,
    dueAt: r.rectificationDueAt.toISOString(),
    overdue: isRectificationOverdue(state, now),
    workingDaysOverdue: workingDaysOverdue(state, now, calendar),
    // A year confirmed since the review no longer makes the due date uncertain.
    uncertainYears: calendar.workingDaysBetween(r.reviewedOn, r.rectificationDueDate).uncertainYears.filter((y) => !calendar.isYearCovered(y)),
    startedAt: iso(r.rectificationStartedAt),
    startNote: freeTextFor(r.rectificationStartNote, notesVisible),
    rectifiedAt: iso(r.rectifiedAt),
    rectificationNote: freeTextFor(r.rectificationNote, notesVisible),
    decidedAt: iso(r.decidedAt),
    decisionReason: freeTextFor(r.decisionReason, notesVisible),
    followedUpAt: iso(r.followedUpAt),
    followUpNote: freeTextFor(r.followUpNote, notesVisible),
    allowedActions: allowedRectificationActions(state),
    notesVisible,
  };
}

export type RectificationView = NonNullable<ReturnType<typeof rectificationView>>;

export function stepView(e: RectificationEventRecord, notesVisible: boolean) {
  return {
    kind: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorName: e.actorName,
    actorRole: e.actorRole,
    at: e.at.toISOString(),
    note: freeTextFor(e.note, notesVisible),
  };
}
