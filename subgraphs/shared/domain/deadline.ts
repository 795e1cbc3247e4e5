/** Due dates of cases (SPEC §4.3): the acceptance day is day 0, paused time does not count. */
import { WorkCalendar } from './calendar';
import { DomainError } from './errors';
import { requireInstant, requireInteger } from './guards';
import { CalendarDate, endOfShanghaiDay, shanghaiDate } from './time';

export type ItemKind = 'IMMEDIATE' | 'PROMISED';

/** GB/T 39046-2020 A.6: 1 即办件, 2 承诺件. */
export const ITEM_KIND_CODES: Record<ItemKind, number> = { IMMEDIATE: 1, PROMISED: 2 };

export interface Due {
  dueDate: CalendarDate;
  /** endOfShanghaiDay(dueDate): the case is late from this instant on. */
  dueAt: Date;
  /** Years the result depends on that the calendar does not cover; empty when the date is certain. */
  uncertainYears: number[];
}

export function isItemKind(value: unknown): value is ItemKind {
  return value === 'IMMEDIATE' || value === 'PROMISED';
}

/** Union of two uncertain-year lists, sorted, each year once. */
export function mergeUncertainYears(a: number[], b: number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

export function computeDue(input: {
  acceptedAt: Date;
  kind: ItemKind;
  promisedDays: number;
  calendar: WorkCalendar;
}): Due {
  const acceptedAt = requireInstant('Acceptance time', input.acceptedAt);
  if (!isItemKind(input.kind)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown item kind: ${String(input.kind)}`);
  }
  // An immediate item is due at the end of its acceptance working day whatever promisedDays says.
  const days = input.kind === 'IMMEDIATE' ? 0 : requireInteger('Promised days', input.promisedDays);
  const { date, uncertainYears } = input.calendar.addWorkingDays(shanghaiDate(acceptedAt), days);
  return { dueDate: date, dueAt: endOfShanghaiDay(date), uncertainYears };
}

/**
 * Moves a due date by the working days spent paused (行政许可法 art. 45): those d with
 * pause day < d <= resume day. Calendar days of a holiday inside the pause move nothing.
 */
export function extendForPause(input: {
  dueDate: CalendarDate;
  pausedAt: Date;
  resumedAt: Date;
  calendar: WorkCalendar;
}): Due & { pausedWorkingDays: number } {
  const pausedAt = requireInstant('Pause time', input.pausedAt);
  const resumedAt = requireInstant('Resume time', input.resumedAt);
  const paused = input.calendar.workingDaysBetween(shanghaiDate(pausedAt), shanghaiDate(resumedAt));
  if (paused.count === 0) {
    return {
      dueDate: input.dueDate,
      dueAt: endOfShanghaiDay(input.dueDate),
      uncertainYears: paused.uncertainYears,
      pausedWorkingDays: 0,
    };
  }
  const moved = input.calendar.addWorkingDays(input.dueDate, paused.count);
  return {
    dueDate: moved.date,
    dueAt: endOfShanghaiDay(moved.date),
    uncertainYears: mergeUncertainYears(paused.uncertainYears, moved.uncertainYears),
    pausedWorkingDays: paused.count,
  };
}

/** Why the calendar under open cases changed. */
export type CalendarChange = 'YEAR_CONFIRMED' | 'OVERRIDE';

/**
 * An open case's due date after the calendar changed under it: the case keeps the working days it
 * was given (its promised days at acceptance plus every pause), counted on the new calendar. A
 * date that depended on an uncovered year was a flagged guess and follows the confirmed year either
 * way. A later override only ever brings a date forward: the applicant was promised a date and
 * must not lose time by it (a new rest day does not push the promise back; a new make-up working
 * day counts, as the law counts working days). Returns null when nothing changes.
 */
export function deadlineAfterCalendarChange(input: {
  acceptedAt: Date;
  dueDate: CalendarDate;
  /** Working days granted at acceptance; null for cases accepted before it was recorded. */
  grantedDays: number | null;
  pausedWorkingDays: number;
  uncertainYears: number[];
  before: WorkCalendar;
  after: WorkCalendar;
  change: CalendarChange;
}): Due | null {
  const start = shanghaiDate(requireInstant('Acceptance time', input.acceptedAt));
  const given = input.grantedDays !== null ? input.grantedDays + input.pausedWorkingDays : input.before.workingDaysBetween(start, input.dueDate).count;
  const moved = input.after.addWorkingDays(start, given);
  const keepPromise = input.change === 'OVERRIDE' && moved.date > input.dueDate;
  const dueDate = keepPromise ? input.dueDate : moved.date;
  const uncertainYears = keepPromise ? input.uncertainYears.filter((y) => !input.after.isYearCovered(y)) : moved.uncertainYears;
  const sameYears = uncertainYears.length === input.uncertainYears.length && uncertainYears.every((y, i) => y === input.uncertainYears[i]);
  if (dueDate === input.dueDate && sameYears) return null;
  return { dueDate, dueAt: endOfShanghaiDay(dueDate), uncertainYears };
}
