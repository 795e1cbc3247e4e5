/**
 * Daily roll-ups of the statistics (SPEC §4.6): what one case row or one review adds to the
 * figures of a unit, item and day. Every count here is a function of the row's own state, never
 * of the time it is read, so a tier keeps them current by adding (after − before) on every write.
 * What depends on now (overdue now, open cases gone overdue, warnings) is counted from the open
 * cases when asked for.
 *
 * A roll-up row's day means something different for each count:
 * - the cohort counts (`accepted` … `satisfiedReviews`) are of the cases accepted that day;
 * - `completions` are the cases completed that day;
 * - `closedLate` are the cases due that day that were completed after it, or withdrawn after their
 *   deadline had passed.
 */
import { isCompleted, type CaseStatus } from './lifecycle';
import type { CalendarDate } from './time';
import type { FigureCounts } from './statistics';

/** A roll-up row's counts: every figure count but overdueNow (it depends on now), and the two above. */
export type DayFigureCounts = Omit<FigureCounts, 'overdueNow'> & {
  completions: number;
  closedLate: number;
};

export const DAY_FIGURE_FIELDS: readonly (keyof DayFigureCounts)[] = Object.freeze([
  'accepted',
  'immediate',
  'promised',
  'completed',
  'promisedCompleted',
  'completedOnTime',
  'promisedCompletedEarly',
  'withdrawn',
  'expedited',
  'online',
  'reviews',
  'satisfiedReviews',
  'completions',
  'closedLate',
]);

export const zeroDayCounts = (): DayFigureCounts => Object.fromEntries(DAY_FIGURE_FIELDS.map((f) => [f, 0])) as unknown as DayFigureCounts;

/** Where counts go: one roll-up row. */
export interface DayFigureKey {
  day: CalendarDate;
  unitId: string;
  itemId: string;
}

export interface DayFigureDelta extends DayFigureKey {
  counts: DayFigureCounts;
}

/** The columns of a case row the roll-ups read. */
export interface CaseFigureFacts {
  unitId: string;
  itemId: string;
  status: string;
  itemKind: string | null;
  expedited: boolean;
  channel: string;
  acceptedOn: CalendarDate | null;
  completedOn: CalendarDate | null;
  dueDate: CalendarDate | null;
  dueAt: Date | null;
  withdrawnAt: Date | null;
}

/** The columns of a review the roll-ups read: it counts on its case's acceptance day. */
export interface ReviewFigureFacts {
  unitId: string;
  itemId: string;
  acceptedOn: CalendarDate | null;
  level: number;
}

const one = (b: boolean): number => (b ? 1 : 0);

/** Reviews of level 1–2 are satisfied (非常满意, 满意). */
export const SATISFIED_LEVEL = 2;

/** What one case row adds to the roll-ups: up to three rows (its acceptance, completion and due days). */
export function caseDayFigures(c: CaseFigureFacts): DayFigureDelta[] {
  const out = new Rows();
  const done = isCompleted(c.status as CaseStatus);
  const promised = c.itemKind === 'PROMISED';
  if (c.acceptedOn !== null) {
    const onTime = done && c.completedOn !== null && c.dueDate !== null && c.completedOn <= c.dueDate;
    out.add(c, c.acceptedOn, {
      accepted: 1,
      immediate: one(c.itemKind === 'IMMEDIATE'),
      promised: one(promised),
      completed: one(done),
      promisedCompleted: one(done && promised),
      completedOnTime: one(onTime),
      // Completed on the due date itself is on time but not early.
      promisedCompletedEarly: one(done && promised && c.completedOn !== null && c.dueDate !== null && c.completedOn < c.dueDate),
      withdrawn: one(c.status === 'WITHDRAWN'),
      expedited: one(!!c.expedited),
      online: one(c.channel === 'ONLINE'),
    });
  }
  if (done && c.completedOn !== null) out.add(c, c.completedOn, { completions: 1 });
  if (c.dueDate !== null && closedLate(c)) out.add(c, c.dueDate, { closedLate: 1 });
  return out.list();
}

/** Due and not completed by the end of the day, for a case no longer open: completed later, or withdrawn after the deadline. */
function closedLate(c: CaseFigureFacts): boolean {
  if (isCompleted(c.status as CaseStatus)) return c.completedOn !== null && c.completedOn > c.dueDate!;
  if (c.status === 'WITHDRAWN') return c.withdrawnAt !== null && c.dueAt !== null && c.withdrawnAt.getTime() > c.dueAt.getTime();
  return false;
}

export function reviewDayFigures(r: ReviewFigureFacts): DayFigureDelta[] {
  if (r.acceptedOn === null) return [];
  const out = new Rows();
  out.add(r, r.acceptedOn, { reviews: 1, satisfiedReviews: one(r.level <= SATISFIED_LEVEL) });
  return out.list();
}

/**
 * What a write changes in the roll-ups: the after row's contribution minus the before row's, per
 * row; rows whose counts do not move are left out, so most steps (start, record a step) change none.
 * Sorted by key, so concurrent writers touch shared rows in the same order.
 */
export function dayFigureChange(before: readonly DayFigureDelta[], after: readonly DayFigureDelta[]): DayFigureDelta[] {
  const rows = new Rows();
  for (const d of after) rows.add(d, d.day, d.counts);
  for (const d of before) rows.add(d, d.day, negate(d.counts));
  return rows.list().filter((d) => DAY_FIGURE_FIELDS.some((f) => d.counts[f] !== 0));
}

/** Adds deltas per key (e.g. to build roll-ups from many rows at once). */
export function sumDayFigures(deltas: Iterable<DayFigureDelta>): DayFigureDelta[] {
  const rows = new Rows();
  for (const d of deltas) rows.add(d, d.day, d.counts);
  return rows.list();
}

function negate(c: DayFigureCounts): DayFigureCounts {
  const out = zeroDayCounts();
  for (const f of DAY_FIGURE_FIELDS) out[f] = -c[f];
  return out;
}

class Rows {
  private readonly rows = new Map<string, DayFigureDelta>();

  add(where: { unitId: string; itemId: string }, day: CalendarDate, counts: Partial<DayFigureCounts>): void {
    const key = `${day}\u0000${where.unitId}\u0000${where.itemId}`;
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = { day, unitId: where.unitId, itemId: where.itemId, counts: zeroDayCounts() }));
    for (const f of DAY_FIGURE_FIELDS) row.counts[f] += counts[f] ?? 0;
  }

  list(): DayFigureDelta[] {
    return [...this.rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
  }
}
