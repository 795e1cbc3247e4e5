import type { SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../auth/principal';
import type { WorkCalendar } from '../domain/calendar';
import { deadlineAfterCalendarChange, type CalendarChange } from '../domain/deadline';
import { isCaseStatus, isOpen, OPEN_STATUSES } from '../domain/lifecycle';
import type { CalendarDate } from '../domain/time';
import { isUniqueViolation } from '../db/unique-violation';
import { loadCase, moveDeadline, type CaseTier } from './case-engine';
import type { CaseHistoryRecord, CaseRecord } from './case-record';
import { parseYears } from './case-state';

/** One change of the calendar: a year confirmed, or a day declared off or on (null: given back to the national calendar). */
export type CalendarEvent = ({ change: 'YEAR_CONFIRMED'; year: number } | { change: 'OVERRIDE'; date: CalendarDate; workday: boolean | null }) & {
  /** Said in the history instead of the change itself (a check after a restart). */
  reason?: string;
};

const PAGE = 200;

/**
 * Recounts the due dates of the open cases a calendar change reaches (SPEC §4.3): those whose
 * date depended on the confirmed year, or whose remaining time spans the day. Each moved date is a
 * step in the case's history and, for a delegated case, an update to its township. Returns how
 * many moved.
 */
export async function recountDeadlines<C extends CaseRecord, H extends CaseHistoryRecord>(
  tier: CaseTier<C, H>,
  e: CalendarEvent,
  calendars: { before: WorkCalendar; after: WorkCalendar },
  actor: { who: Principal; unitName: string; now: Date },
): Promise<number> {
  return forEachOpenCase(
    tier,
    (qb) =>
      e.change === 'YEAR_CONFIRMED'
        ? qb.andWhere('c.uncertain_years LIKE :year', { year: `%${e.year}%` })
        : qb.andWhere('c.accepted_on < :day AND c.due_date >= :day', { day: e.date }),
    (c) => recountOne(tier, c, e, calendars, actor),
  );
}

/**
 * Brings every open case in line with the calendar as it is now — after a restart, in case a
 * recount was cut short: a date guessed for a year since confirmed is recounted, and any other
 * date only brought forward (as for an override). Idempotent: a case already in line is left
 * alone. Returns how many moved.
 */
/** Who recounts deadlines after a restart, as the case history names it. */
const CALENDAR_CHECK: Principal = { userId: 'calendar-check', name: '工作日历核对', role: 'SERVICE' };

/** The check each tier runs at start: finishes a recount a stop cut short, in the centre's name. */
export function reconcileDeadlinesAtStart<C extends CaseRecord, H extends CaseHistoryRecord>(tier: CaseTier<C, H>, now: Date): Promise<number> {
  return reconcileDeadlines(tier, { who: CALENDAR_CHECK, unitName: '县政务服务中心', now });
}

export async function reconcileDeadlines<C extends CaseRecord, H extends CaseHistoryRecord>(
  tier: CaseTier<C, H>,
  actor: { who: Principal; unitName: string; now: Date },
): Promise<number> {
  const calendar = await tier.calendar();
  const calendars = { before: calendar, after: calendar };
  const reason = '按现行工作日历核对';
  return forEachOpenCase(
    tier,
    // Only cases that recorded their granted days can be recounted without the calendar they were counted on.
    (qb) => qb.andWhere('c.granted_days IS NOT NULL'),
    (c) => {
      const covered = parseYears(c.uncertainYears).find((y) => calendar.isYearCovered(y));
      const e: CalendarEvent = covered !== undefined ? { change: 'YEAR_CONFIRMED', year: covered, reason } : { change: 'OVERRIDE', date: c.dueDate!, workday: null, reason };
      return recountOne(tier, c, e, calendars, actor);
    },
  );
}

/**
 * Runs `recount` over the open, accepted cases the filter keeps; returns how many it moved. Pages
 * by id, not offset: a recounted case may leave the filter (its year no longer uncertain).
 */
async function forEachOpenCase<C extends CaseRecord, H extends CaseHistoryRecord>(
  tier: CaseTier<C, H>,
  filter: (qb: SelectQueryBuilder<C>) => SelectQueryBuilder<C>,
  recount: (c: C) => Promise<boolean>,
): Promise<number> {
  let moved = 0;
  for (let after = ''; ; ) {
    const qb = tier.dataSource
      .getRepository(tier.caseEntity)
      .createQueryBuilder('c')
      .where('c.status IN (:...open) AND c.accepted_at IS NOT NULL AND c.due_date IS NOT NULL AND c.id > :after', { open: OPEN_STATUSES, after });
    const page = (await filter(qb).orderBy('c.id', 'ASC').take(PAGE).getMany()) as C[];
    for (const c of page) if (await recount(c)) moved += 1;
    if (page.length < PAGE) return moved;
    after = page[page.length - 1].id;
  }
}

async function recountOne<C extends CaseRecord, H extends CaseHistoryRecord>(
  tier: CaseTier<C, H>,
  first: C,
  e: CalendarEvent,
  calendars: { before: WorkCalendar; after: WorkCalendar },
  actor: { who: Principal; unitName: string; now: Date },
): Promise<boolean> {
  let c = first;
  // A clerk may act on the case meanwhile: reload and recount on their version.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!isCaseStatus(c.status) || !isOpen(c.status) || !c.acceptedAt || !c.dueDate) return false;
    const due = deadlineAfterCalendarChange({
      acceptedAt: c.acceptedAt,
      dueDate: c.dueDate,
      grantedDays: c.grantedDays,
      pausedWorkingDays: c.pausedWorkingDays,
      uncertainYears: parseYears(c.uncertainYears),
      ...calendars,
      change: e.change satisfies CalendarChange,
    });
    if (!due) return false;
    try {
      await moveDeadline(tier, { case: c, due, ...actor, note: noteOf(e, c.dueDate, due.dueDate) });
      return true;
    } catch (err) {
      if ((err as { extensions?: { code?: string } }).extensions?.code !== 'VERSION_CONFLICT' && !isUniqueViolation(err)) throw err;
      c = await loadCase(tier, c.id);
    }
  }
  return false;
}

function noteOf(e: CalendarEvent, from: string, to: string): string {
  const cause =
    e.reason ??
    (e.change === 'YEAR_CONFIRMED'
      ? `${e.year}年工作日历已确认`
      : `工作日历调整：${e.date}${e.workday === null ? '恢复国家安排' : e.workday ? '调为工作日' : '调为休息日'}`);
  return from === to ? `${cause}，办结期限${to}已确定` : `${cause}，办结期限由${from}调整为${to}`;
}

