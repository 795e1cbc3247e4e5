/**
 * Unified statistics (SPEC §4.6): the period rule, the figures of a cohort with their exact
 * rates, daily series and warning counts, and how figures of several scopes add up.
 * Scopes add by their counts; rates are always recomputed from summed counts, never averaged.
 */
import { DomainError } from './errors';
import { rate, type Rate } from './rate';
import type { WorkCalendar } from './calendar';
import { initialCaseState } from './lifecycle';
import { addCalendarDays, compareDates, isCalendarDate, startOfShanghaiDay, type CalendarDate } from './time';
import { warningLevel, type WarningLevel, type WarningThresholds } from './warning';

/** A period of whole Beijing-time days, both ends included. */
export interface Period {
  from: CalendarDate;
  to: CalendarDate;
}

/** A leap year: long enough for any yearly report, short enough to answer quickly. */
export const MAX_PERIOD_DAYS = 366;

/** Checks a requested period: two real dates, in order, at most MAX_PERIOD_DAYS days. */
export function checkPeriod(from: string, to: string): Period {
  for (const [name, d] of [['from', from], ['to', to]] as const) {
    if (!isCalendarDate(d)) {
      throw new DomainError('BAD_USER_INPUT', `${name === 'from' ? '开始日期' : '结束日期'} ${name} 格式应为 YYYY-MM-DD：${String(d).slice(0, 30)} (${name} is not a date)`, { field: name });
    }
  }
  if (compareDates(from, to) > 0) {
    throw new DomainError('BAD_USER_INPUT', `开始日期 from 不能晚于结束日期 to（${from} > ${to}）(The period starts after it ends)`, { field: 'from' });
  }
  const days = periodDays({ from, to });
  if (days > MAX_PERIOD_DAYS) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `统计期间最长${MAX_PERIOD_DAYS}天，${from}至${to}共${days}天 (A period may cover at most ${MAX_PERIOD_DAYS} days; ${from}..${to} covers ${days})`,
      { field: 'to', max: MAX_PERIOD_DAYS, days },
    );
  }
  return { from, to };
}

/** Number of days in the period, both ends included. */
export function periodDays(p: Period): number {
  return compareDates(p.to, p.from) + 1;
}

/** Every date of the period in order. */
export function periodDates(p: Period): CalendarDate[] {
  return Array.from({ length: periodDays(p) }, (_, i) => addCalendarDays(p.from, i));
}

/** The counts a scope's figures are made of; every rate is a ratio of two of them. */
export interface FigureCounts {
  /** Cases accepted in the period: the cohort. */
  accepted: number;
  immediate: number;
  promised: number;
  /** Cohort cases now approved, rejected or delivered. */
  completed: number;
  promisedCompleted: number;
  /** Completed on or before the due date. */
  completedOnTime: number;
  /** Promised cases completed on a date before their due date. */
  promisedCompletedEarly: number;
  withdrawn: number;
  /** Open and past the due instant now (a paused clock is judged when it stopped). */
  overdueNow: number;
  expedited: number;
  /** Applied for online (网上申报). */
  online: number;
  reviews: number;
  /** Reviews of level 1–2 (非常满意, 满意). */
  satisfiedReviews: number;
}

export const COUNT_FIELDS: readonly (keyof FigureCounts)[] = [
  'accepted',
  'immediate',
  'promised',
  'completed',
  'promisedCompleted',
  'completedOnTime',
  'promisedCompletedEarly',
  'withdrawn',
  'overdueNow',
  'expedited',
  'online',
  'reviews',
  'satisfiedReviews',
];

export function zeroCounts(): FigureCounts {
  return Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as unknown as FigureCounts;
}

/** Adds the counts of several scopes (any extra fields of the inputs, such as rates, are ignored). */
export function addCounts(...parts: FigureCounts[]): FigureCounts {
  const sum = zeroCounts();
  for (const p of parts) for (const f of COUNT_FIELDS) sum[f] += p[f];
  return sum;
}

/** The figures a client sees: the counts, what follows from them, and the rates. */
export interface Figures extends FigureCounts {
  /** Accepted, neither completed nor withdrawn. */
  pending: number;
  /** pending / accepted (待办占比). */
  pendingShare: Rate | null;
  /** online / accepted (网上申报占比). */
  onlineShare: Rate | null;
  immediateShare: Rate | null;
  promisedShare: Rate | null;
  completionRate: Rate | null;
  promisedCompletionRate: Rate | null;
  onTimeRate: Rate | null;
  earlyRate: Rate | null;
  satisfactionRate: Rate | null;
}

export function figuresOf(c: FigureCounts): Figures {
  const counts = addCounts(c);
  const pending = counts.accepted - counts.completed - counts.withdrawn;
  return {
    ...counts,
    pending,
    pendingShare: rate(pending, counts.accepted),
    onlineShare: rate(counts.online, counts.accepted),
    immediateShare: rate(counts.immediate, counts.accepted),
    promisedShare: rate(counts.promised, counts.accepted),
    completionRate: rate(counts.completed, counts.accepted),
    promisedCompletionRate: rate(counts.promisedCompleted, counts.promised),
    onTimeRate: rate(counts.completedOnTime, counts.completed),
    earlyRate: rate(counts.promisedCompletedEarly, counts.promisedCompleted),
    satisfactionRate: rate(counts.satisfiedReviews, counts.reviews),
  };
}

/** What happened on one day of the period. */
export interface DailyFigures {
  date: CalendarDate;
  /** Cases accepted that day. */
  accepted: number;
  /** Cases approved or rejected that day (delivered since or not). */
  completed: number;
  /** Cases due that day that were not completed by its end. */
  overdue: number;
}

/** A day's counts as they come from grouped rows: any field may be missing. */
export type DailyPart = Pick<DailyFigures, 'date'> & Partial<Omit<DailyFigures, 'date'>>;

/** One entry per date of the period, zeros included; parts of the same date add up, dates outside are ignored. */
export function dailySeries(p: Period, parts: Iterable<DailyPart>): DailyFigures[] {
  const days = new Map(periodDates(p).map((date) => [date, { date, accepted: 0, completed: 0, overdue: 0 }]));
  for (const part of parts) {
    const day = days.get(part.date);
    if (!day) continue;
    day.accepted += part.accepted ?? 0;
    day.completed += part.completed ?? 0;
    day.overdue += part.overdue ?? 0;
  }
  return [...days.values()];
}

/** Adds two daily series of the same period date by date. */
export function addDaily(p: Period, ...series: DailyFigures[][]): DailyFigures[] {
  return dailySeries(p, series.flat());
}

/** How many open cases stand at each warning level now. */
export interface WarningCounts {
  green: number;
  yellow: number;
  red: number;
}

const WARNING_FIELD: Record<WarningLevel, keyof WarningCounts> = { GREEN: 'green', YELLOW: 'yellow', RED: 'red' };

function zeroWarnings(): WarningCounts {
  return { green: 0, yellow: 0, red: 0 };
}

export function addWarnings(...parts: WarningCounts[]): WarningCounts {
  const sum = zeroWarnings();
  for (const p of parts) {
    sum.green += p.green;
    sum.yellow += p.yellow;
    sum.red += p.red;
  }
  return sum;
}

/** Adds `n` cases at `level` to `w`, in place. */
export function countWarnings(w: WarningCounts, level: WarningLevel, n: number): void {
  w[WARNING_FIELD[level]] += n;
}

/** Counts `n` cases at `level`. */
export function warningsAt(level: WarningLevel, n: number): WarningCounts {
  const w = zeroWarnings();
  w[WARNING_FIELD[level]] = n;
  return w;
}

/** The clock of an open, accepted case: everything its warning level depends on. */
export interface OpenClock {
  acceptedOn: CalendarDate;
  dueDate: CalendarDate;
  dueAt: Date;
  pausedAt: Date | null;
  pausedWorkingDays: number;
}

/**
 * The warning level of every open case with this clock. Cases sharing a clock share their level,
 * so a tier judges each distinct clock once instead of each case.
 */
export function warningOfClock(clock: OpenClock, now: Date, calendar: WorkCalendar, thresholds: WarningThresholds): WarningLevel {
  const state = {
    ...initialCaseState(),
    status: 'ACCEPTED' as const, // every open status is judged alike; only the clock matters
    acceptedAt: startOfShanghaiDay(clock.acceptedOn),
    dueDate: clock.dueDate,
    dueAt: clock.dueAt,
    pausedAt: clock.pausedAt,
    pausedWorkingDays: clock.pausedWorkingDays,
  };
  return warningLevel({ state, now, calendar, thresholds })!.level;
}
