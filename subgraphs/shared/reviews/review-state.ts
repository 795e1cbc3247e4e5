import type { RectificationState, RectificationStatus } from '../domain/rectification';
import type { ReviewRecord } from './review-record';

/** The rectification of a stored review, as the pure rules see it. */
export function toRectificationState(r: ReviewRecord): RectificationState {
  return {
    status: r.rectificationStatus as RectificationStatus,
    dueDate: r.rectificationDueDate,
    dueAt: r.rectificationDueAt,
    settledAt: r.settledAt,
    followedUpAt: r.followedUpAt,
  };
}
