/**
 * A month of the working-day calendar as an administrator reads it: each date's kind in the
 * national calendar (工作日, 法定节假日, 调休上班, 周末), the holiday's name, and the county's
 * override with its reason, which decides whether the date is worked.
 */
import { getDayDetail } from 'chinese-days';
import { BASE_CALENDAR_YEARS, OVERRIDE_YEARS, type DayOverride, type WorkCalendar } from './calendar';
import { requireInteger } from './guards';
import { addCalendarDays, type CalendarDate, weekdayOf } from './time';

export type DayKind = 'WORKDAY' | 'HOLIDAY' | 'MAKEUP_WORKDAY' | 'WEEKEND';

export interface CalendarDay {
  date: CalendarDate;
  /** The national calendar's kind, before the county's override (outside the bundled years: by weekday). */
  kind: DayKind;
  /** The official holiday's Chinese name (国庆节) for holidays and make-up working days. */
  holidayName: string | null;
  /** Whether the date is worked, override included: what deadlines count. */
  workday: boolean;
  /** Whether that answer rests on real data rather than the Mon–Fri guess. */
  known: boolean;
  override: DayOverride | null;
}

const WEEKDAY_NAMES = new Set(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);

/** The national kind of a date: the bundled table's holiday or make-up entry, else its weekday. */
export function nationalDayKind(d: CalendarDate): { kind: DayKind; holidayName: string | null } {
  const weekend = weekdayOf(d) === 0 || weekdayOf(d) === 6;
  const year = Number(d.slice(0, 4));
  if (year >= BASE_CALENDAR_YEARS.first && year <= BASE_CALENDAR_YEARS.last) {
    const detail = getDayDetail(d);
    if (!WEEKDAY_NAMES.has(detail.name)) {
      // The package names a table entry "English,中文,days": the Chinese name is the second part.
      const name = detail.name.split(',')[1]?.trim() || detail.name;
      return { kind: detail.work ? 'MAKEUP_WORKDAY' : 'HOLIDAY', holidayName: name };
    }
  }
  return { kind: weekend ? 'WEEKEND' : 'WORKDAY', holidayName: null };
}

/** Every date of a month (year within the years overrides may be entered for, month 1–12). */
export function calendarMonth(calendar: WorkCalendar, year: number, month: number): CalendarDay[] {
  requireInteger('year', year, OVERRIDE_YEARS.first, OVERRIDE_YEARS.last);
  requireInteger('month', month, 1, 12);
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const days: CalendarDay[] = [];
  for (let d = first; d.slice(0, 7) === first.slice(0, 7); d = addCalendarDays(d, 1)) {
    days.push({ date: d, ...nationalDayKind(d), workday: calendar.isWorkday(d), known: calendar.isKnown(d), override: calendar.overrideOf(d) });
  }
  return days;
}
