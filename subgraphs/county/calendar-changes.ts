import type { Principal } from '../shared/auth/principal';
import { recountDeadlines, type CalendarEvent } from '../shared/cases/deadline-recount';
import type { CalendarService } from './calendar-service';
import type { CountyCaseService } from './case-service';
import type { CalendarOverrideRow } from './entities';

const CENTER = '县政务服务中心';

/**
 * An administrator's calendar changes, each followed by the recount of the open county cases it
 * reaches — so a deadline guessed for an uncovered year, or spanning a newly declared day, shows
 * the date the calendar now gives (delegated cases tell their township).
 */
export class CountyCalendarChanges {
  constructor(
    private readonly calendar: CalendarService,
    private readonly cases: CountyCaseService,
  ) {}

  setOverride(who: Principal, date: string, workday: boolean, note: string | null, now: Date): Promise<CalendarOverrideRow> {
    return this.thenRecount(who, now, { change: 'OVERRIDE', date, workday }, () => this.calendar.setOverride(who, date, workday, note, now));
  }

  removeOverride(who: Principal, date: string, now: Date): Promise<boolean> {
    return this.thenRecount(who, now, { change: 'OVERRIDE', date, workday: null }, () => this.calendar.removeOverride(date, who, now));
  }

  async confirmYear(who: Principal, year: number, confirmed: boolean, now: Date): Promise<void> {
    if (!confirmed) return this.calendar.confirmYear(who, year, confirmed, now);
    return this.thenRecount(who, now, { change: 'YEAR_CONFIRMED', year }, () => this.calendar.confirmYear(who, year, confirmed, now));
  }

  private async thenRecount<T>(who: Principal, now: Date, e: CalendarEvent, change: () => Promise<T>): Promise<T> {
    const before = await this.calendar.calendar();
    const result = await change();
    const after = await this.calendar.calendar();
    await recountDeadlines(this.cases.tier, e, { before, after }, { who, unitName: CENTER, now });
    return result;
  }
}
