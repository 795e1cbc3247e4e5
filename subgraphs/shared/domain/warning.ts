/** E-supervision warning level of an open case (SPEC §4.5). */
import { WorkCalendar } from './calendar';
import { DomainError } from './errors';
import { requireInstant } from './guards';
import { CaseState, isOpen, isOverdue } from './lifecycle';
import { shanghaiDate } from './time';

export type WarningLevel = 'GREEN' | 'YELLOW' | 'RED';

export interface WarningThresholds {
  /** YELLOW when at most this many working days are left. */
  yellowDaysLeft: number;
  /** YELLOW when at least this share of the case's working days is used. */
  yellowUsedFraction: number;
}

export const DEFAULT_WARNING_THRESHOLDS: WarningThresholds = Object.freeze({ yellowDaysLeft: 1, yellowUsedFraction: 2 / 3 });

/** Absorbs binary rounding in a configured fraction such as 0.7 so "exactly used" still counts. */
const EPSILON = 1e-9;

export function assertValidThresholds(t: WarningThresholds): void {
  if (!t || !Number.isInteger(t.yellowDaysLeft) || t.yellowDaysLeft < 0) {
    throw new DomainError('BAD_USER_INPUT', 'Yellow warning threshold (days left) must be a whole number of 0 or more');
  }
  if (typeof t.yellowUsedFraction !== 'number' || !(t.yellowUsedFraction > 0 && t.yellowUsedFraction <= 1)) {
    throw new DomainError('BAD_USER_INPUT', 'Yellow warning threshold (share used) must be above 0 and at most 1');
  }
}

export function warningLevel(input: {
  state: CaseState;
  now: Date;
  calendar: WorkCalendar;
  thresholds: WarningThresholds;
}): { level: WarningLevel; workingDaysLeft: number; overdue: boolean } | null {
  const { state, calendar, thresholds } = input;
  requireInstant('Current time', input.now);
  assertValidThresholds(thresholds);
  // A supplement asked before acceptance is "open" by status but has no clock yet.
  if (!isOpen(state.status) || !state.acceptedAt || !state.dueDate || !state.dueAt) return null;

  if (isOverdue(state, input.now)) return { level: 'RED', workingDaysLeft: 0, overdue: true };
  // A stopped clock is judged as of the moment it stopped.
  const at = state.pausedAt ?? input.now;

  const left = calendar.workingDaysBetween(shanghaiDate(at), state.dueDate).count;
  // Days added for earlier pauses were never the case's to use, so they are not part of its allowance.
  const spanned = calendar.workingDaysBetween(shanghaiDate(state.acceptedAt), state.dueDate).count;
  const total = Math.max(1, spanned - state.pausedWorkingDays);
  const used = Math.max(0, total - left);
  const yellow = left <= thresholds.yellowDaysLeft || used / total >= thresholds.yellowUsedFraction - EPSILON;
  return { level: yellow ? 'YELLOW' : 'GREEN', workingDaysLeft: left, overdue: false };
}
