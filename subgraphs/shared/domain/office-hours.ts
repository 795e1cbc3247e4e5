import type { WorkCalendar } from './calendar';
import { shanghaiDate } from './time';

/** Service-center opening hours, Beijing time: 08:30–17:30 on working days. */
export const OFFICE_OPENS_MINUTE = 8 * 60 + 30;
export const OFFICE_CLOSES_MINUTE = 17 * 60 + 30;

const BEIJING_OFFSET_MS = 8 * 3600_000;

function minuteOfDay(instant: Date): number {
  const ms = (instant.getTime() + BEIJING_OFFSET_MS) % 86_400_000;
  return Math.floor(ms / 60_000);
}

/** Whether a service center is open at this instant. */
export function isOfficeOpen(instant: Date, calendar: WorkCalendar): boolean {
  const m = minuteOfDay(instant);
  return calendar.isWorkday(shanghaiDate(instant)) && m >= OFFICE_OPENS_MINUTE && m < OFFICE_CLOSES_MINUTE;
}

/**
 * Working minutes between two instants: only opening hours of working days count, so an
 * intake accepted at 17:00 on Friday has used 30 minutes by Monday 08:30.
 */
export function workingMinutesBetween(from: Date, to: Date, calendar: WorkCalendar): number {
  if (to.getTime() <= from.getTime()) return 0;
  let total = 0;
  let dayStart = Math.floor((from.getTime() + BEIJING_OFFSET_MS) / 86_400_000) * 86_400_000 - BEIJING_OFFSET_MS;
  for (let guard = 0; dayStart < to.getTime() && guard < 3700; guard++, dayStart += 86_400_000) {
    if (!calendar.isWorkday(shanghaiDate(new Date(dayStart)))) continue;
    const open = dayStart + OFFICE_OPENS_MINUTE * 60_000;
    const close = dayStart + OFFICE_CLOSES_MINUTE * 60_000;
    const a = Math.max(open, from.getTime());
    const b = Math.min(close, to.getTime());
    if (b > a) total += (b - a) / 60_000;
  }
  return Math.floor(total);
}
