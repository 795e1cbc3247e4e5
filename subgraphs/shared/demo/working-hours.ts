/** Working-hours instants in Beijing time over the working days before now, for placing demo steps. */
import type { WorkCalendar } from '../domain/calendar';
import { OFFICE_CLOSES_MINUTE, OFFICE_OPENS_MINUTE } from '../domain/office-hours';
import { addCalendarDays, compareDates, shanghaiDate, startOfShanghaiDay, type CalendarDate } from '../domain/time';

export interface WorkingDay {
  date: CalendarDate;
  /** First and last minute (Beijing time, inclusive) at which something may happen that day. */
  from: number;
  to: number;
}

/**
 * The working days of the `calendarDays` before `now` (and today up to `now`), each with the
 * minutes when windows are open. Case plans count in these days, so a gap of n days is n working
 * days, exactly as the deadline rules count them.
 */
export class WorkingWindow {
  readonly days: WorkingDay[] = [];

  constructor(
    calendar: WorkCalendar,
    readonly now: Date,
    calendarDays = 60,
  ) {
    const today = shanghaiDate(now);
    const nowMinute = Math.floor((now.getTime() - startOfShanghaiDay(today).getTime()) / 60_000);
    for (let d = addCalendarDays(today, -calendarDays); compareDates(d, today) <= 0; d = addCalendarDays(d, 1)) {
      if (!calendar.isWorkday(d)) continue;
      // Today counts only up to the minute before now, and only once the windows have been open a while.
      const to = d === today ? Math.min(OFFICE_CLOSES_MINUTE - 1, nowMinute - 1) : OFFICE_CLOSES_MINUTE - 1;
      if (to - OFFICE_OPENS_MINUTE < 30) continue;
      this.days.push({ date: d, from: OFFICE_OPENS_MINUTE, to });
    }
    if (this.days.length < 10) throw new Error(`only ${this.days.length} working days before ${now.toISOString()}: too few to seed`);
  }

  get size(): number {
    return this.days.length;
  }

  /** False on a day off, or early in the morning before there was time to take anything in. */
  get includesToday(): boolean {
    return this.days[this.days.length - 1].date === shanghaiDate(this.now);
  }

  instant(day: number, minute: number, second: number): Date {
    return new Date(startOfShanghaiDay(this.days[day].date).getTime() + minute * 60_000 + second * 1000);
  }
}
