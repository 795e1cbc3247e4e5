/**
 * Working days for 行政许可法 art. 82: weekends and official holidays are excluded, make-up
 * workdays (调休) count. Base data comes from `chinese-days`; a county's override table wins.
 */
import { getDayDetail } from 'chinese-days';
import { DomainError } from './errors';
import { requireInteger } from './guards';
import { addCalendarDays, CalendarDate, compareDates, isCalendarDate, weekdayOf, yearOf } from './time';

export interface DayOverride {
  date: CalendarDate;
  workday: boolean;
  note?: string;
}

/** Years the bundled `chinese-days` data covers. Outside them it would silently guess Mon–Fri. */
export const BASE_CALENDAR_YEARS: Readonly<{ first: number; last: number }> = Object.freeze({ first: 2004, last: 2026 });

/** Years an administrator may enter days for: a typing error such as 1900 or 9999 is refused, not stored. */
export const OVERRIDE_YEARS: Readonly<{ first: number; last: number }> = Object.freeze({ first: 2000, last: 2100 });

/** Checks the date of a calendar override: a real date within OVERRIDE_YEARS. */
export function checkOverrideDate(date: string): CalendarDate {
  if (typeof date !== 'string' || !isCalendarDate(date)) {
    throw new DomainError('BAD_USER_INPUT', `日期 date 格式应为 YYYY-MM-DD：${String(date).slice(0, 30)} (Not a date)`, { field: 'date' });
  }
  const year = Number(date.slice(0, 4));
  if (year < OVERRIDE_YEARS.first || year > OVERRIDE_YEARS.last) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `日期 date 只能在${OVERRIDE_YEARS.first}年至${OVERRIDE_YEARS.last}年之间：${date} (The date must be from ${OVERRIDE_YEARS.first} to ${OVERRIDE_YEARS.last})`,
      { field: 'date', min: OVERRIDE_YEARS.first, max: OVERRIDE_YEARS.last },
    );
  }
  return date;
}

/** No deadline in this domain comes near this; it bounds the loops against absurd input. */
const MAX_WORKING_DAYS = 10_000;
const MAX_SPAN_DAYS = 366 * 30;

const WEEKDAY_NAMES = new Set(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);

function isMondayToFriday(d: CalendarDate): boolean {
  const w = weekdayOf(d);
  return w >= 1 && w <= 5;
}

/** The bundled data never changes at run time; at most ~8,400 dates (2004–2026) are ever cached. */
const baseAnswers = new Map<CalendarDate, boolean>();

/** Spans a calendar remembers before it starts over: far more than a day's distinct clocks. */
const MEMO_SPANS = 20_000;

/**
 * Asks `chinese-days` only whether the date is in its holiday or make-up table. Its own weekday
 * test reads the server's local time zone and is a day off west of UTC, so the weekday is ours.
 * A date without a table entry comes back named after its weekday.
 */
function baseIsWorkday(d: CalendarDate): boolean {
  let answer = baseAnswers.get(d);
  if (answer === undefined) {
    const detail = getDayDetail(d);
    answer = WEEKDAY_NAMES.has(detail.name) ? isMondayToFriday(d) : detail.work;
    baseAnswers.set(d, answer);
  }
  return answer;
}

function distinctSorted(years: Iterable<number>): number[] {
  return [...new Set(years)].sort((a, b) => a - b);
}

export class WorkCalendar {
  private readonly byDate = new Map<CalendarDate, DayOverride>();
  private readonly confirmed: ReadonlySet<number>;
  private readonly spans = new Map<string, { count: number; uncertainYears: number[] }>();

  /**
   * @param opts.overrides days a county declared off or on (one row per date)
   * @param opts.confirmedYears years whose official holiday notice has been fully entered as overrides
   */
  constructor(opts: { overrides?: DayOverride[]; confirmedYears?: number[] } = {}) {
    for (const o of opts.overrides ?? []) {
      if (!o || !isCalendarDate(o.date) || typeof o.workday !== 'boolean') {
        throw new DomainError('BAD_USER_INPUT', `Calendar override needs a date (YYYY-MM-DD) and workday true/false`, {
          override: o,
        });
      }
      // Two rows for one day would make the answer depend on load order; refuse instead of guessing.
      if (this.byDate.has(o.date)) {
        throw new DomainError('BAD_USER_INPUT', `Calendar override entered twice for ${o.date} (日期重复)`, { date: o.date });
      }
      this.byDate.set(o.date, { ...o });
    }
    for (const y of opts.confirmedYears ?? []) requireInteger('Confirmed calendar year', y, 1, 9999);
    this.confirmed = new Set(opts.confirmedYears ?? []);
  }

  isWorkday(d: CalendarDate): boolean {
    const o = this.byDate.get(d);
    if (o) return o.workday;
    const y = yearOf(d);
    if (y >= BASE_CALENDAR_YEARS.first && y <= BASE_CALENDAR_YEARS.last) return baseIsWorkday(d);
    return isMondayToFriday(d);
  }

  isYearCovered(year: number): boolean {
    return (year >= BASE_CALENDAR_YEARS.first && year <= BASE_CALENDAR_YEARS.last) || this.confirmed.has(year);
  }

  /** True when the answer for that date rests on real data rather than the Mon–Fri guess. */
  isKnown(d: CalendarDate): boolean {
    return this.isYearCovered(yearOf(d)) || this.byDate.has(d);
  }

  /**
   * `from` is day 0; returns the n-th working day after it. With n = 0, `from` itself when it is a
   * workday, else the next one. `uncertainYears` lists the years of examined dates that were guessed.
   */
  addWorkingDays(from: CalendarDate, n: number): { date: CalendarDate; uncertainYears: number[] } {
    requireInteger('Number of working days', n, 0, MAX_WORKING_DAYS);
    const uncertain: number[] = [];
    const examine = (d: CalendarDate): boolean => {
      if (!this.isKnown(d)) uncertain.push(yearOf(d));
      return this.isWorkday(d);
    };
    let date = from;
    if (n === 0) {
      while (!examine(date)) date = addCalendarDays(date, 1);
      return { date, uncertainYears: distinctSorted(uncertain) };
    }
    for (let counted = 0; counted < n; ) {
      date = addCalendarDays(date, 1);
      if (examine(date)) counted += 1;
    }
    return { date, uncertainYears: distinctSorted(uncertain) };
  }

  /** Working days d with from < d <= to; 0 when `to` is not after `from`. */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): { count: number; uncertainYears: number[] } {
    // The calendar never changes once built and the same spans are asked over and over (every
    // open case of a day shares its acceptance and due dates), so each span is counted once.
    const key = `${from} ${to}`;
    let known = this.spans.get(key);
    if (!known) {
      known = this.countWorkingDays(from, to);
      if (this.spans.size >= MEMO_SPANS) this.spans.clear();
      this.spans.set(key, known);
    }
    return { count: known.count, uncertainYears: [...known.uncertainYears] };
  }

  private countWorkingDays(from: CalendarDate, to: CalendarDate): { count: number; uncertainYears: number[] } {
    const span = compareDates(to, from);
    if (span <= 0) return { count: 0, uncertainYears: [] };
    if (span > MAX_SPAN_DAYS) {
      throw new DomainError('BAD_USER_INPUT', `Date range too long to count working days: ${from} to ${to}`);
    }
    const uncertain: number[] = [];
    let count = 0;
    for (let i = 1; i <= span; i += 1) {
      const d = addCalendarDays(from, i);
      if (!this.isKnown(d)) uncertain.push(yearOf(d));
      if (this.isWorkday(d)) count += 1;
    }
    return { count, uncertainYears: distinctSorted(uncertain) };
  }

  /** The county's override of that date, if it has one. */
  overrideOf(d: CalendarDate): DayOverride | null {
    const o = this.byDate.get(d);
    return o ? { ...o } : null;
  }

  overrides(): DayOverride[] {
    return [...this.byDate.values()].sort((a, b) => compareDates(a.date, b.date)).map((o) => ({ ...o }));
  }

  confirmedYears(): number[] {
    return distinctSorted(this.confirmed);
  }
}
