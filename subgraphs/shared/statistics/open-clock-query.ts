import type { SelectQueryBuilder } from 'typeorm';
import { overdueSql, runningSql } from '../cases/overdue-sql';
import type { Period } from '../domain/statistics';
import type { CalendarDate } from '../domain/time';
import type { UnitItemRow } from './scoped-rows';
import { count, type TierTables } from './tier-tables';

/**
 * The now-dependent figures read the open cases, but only the clocks still running need judging
 * one by one (green or yellow). A case already late stays red until it closes, whatever its
 * clock, so late cases are counted in SQL per unit and item, and only over the period where a
 * period matters. Every statement walks the covering index IDX_<table>_open_clock (status
 * first) and returns rows bounded by units × items (× days), not by the open cases: a history
 * that leaves many old cases open makes the walk longer, not the answer.
 */

/** Open cases late now, in one unit and item. */
export interface LateCount extends UnitItemRow {
  n: number;
}

/** Open cases late now, in one unit and item, due on one day. */
export interface LateOnDay extends LateCount {
  dueDate: CalendarDate;
}

/** Open accepted cases whose clock still runs, sharing a unit, item and clock. */
export interface RunningClockGroup extends UnitItemRow {
  acceptedOn: CalendarDate;
  dueDate: CalendarDate;
  dueAt: Date;
  pausedAt: Date | null;
  pausedWorkingDays: number;
  n: number;
}

type Raw = Record<string, unknown>;

function lateOpen(t: TierTables, now: Date): SelectQueryBuilder<Raw> {
  const late = overdueSql('c', now);
  return t.dataSource
    .createQueryBuilder()
    .from(t.cases, 'c')
    .select(`c.${t.unit}`, 'unit_id')
    .addSelect('c.item_id', 'item_id')
    .addSelect('COUNT(*)', 'n')
    .where(late.sql, late.params);
}

/**
 * Open accepted cases late now, per unit and item: the red warnings, or (with a period) the
 * cohort's overdueNow, counting only the cases accepted in the period.
 */
export async function lateOpenCounts(t: TierTables, now: Date, acceptedIn?: Period): Promise<LateCount[]> {
  const qb = lateOpen(t, now).andWhere('c.accepted_on IS NOT NULL');
  if (acceptedIn) qb.andWhere('c.accepted_on >= :from AND c.accepted_on <= :to', acceptedIn);
  // Grouped in the index's order: a clock late in two open statuses makes two rows, which readers add.
  const rows = await qb.groupBy('c.status').addGroupBy(`c.${t.unit}`).addGroupBy('c.item_id').getRawMany<Raw>();
  return rows.map((r) => ({ unitId: String(r.unit_id), itemId: String(r.item_id), n: count(r.n) }));
}

/** Open cases late now and due on a day of the period, per unit, item and due date: the daily series' part of the open cases. */
export async function lateOpenByDueDate(t: TierTables, now: Date, p: Period): Promise<LateOnDay[]> {
  const rows = await lateOpen(t, now)
    .addSelect('c.due_date', 'due_date')
    .andWhere('c.due_date >= :from AND c.due_date <= :to', p)
    .groupBy(`c.${t.unit}`)
    .addGroupBy('c.item_id')
    .addGroupBy('c.due_date')
    .getRawMany<Raw>();
  return rows.map((r) => ({ unitId: String(r.unit_id), itemId: String(r.item_id), dueDate: String(r.due_date), n: count(r.n) }));
}

/** Open accepted cases whose clock runs and is not late, grouped by clock: the ones whose warning is green or yellow. */
export async function runningClockGroups(t: TierTables, now: Date): Promise<RunningClockGroup[]> {
  const running = runningSql('c', now);
  const clock = ['accepted_on', 'due_date', 'due_at', 'paused_at', 'paused_working_days'];
  const qb = t.dataSource
    .createQueryBuilder()
    .from(t.cases, 'c')
    .select(`c.${t.unit}`, 'unit_id')
    .addSelect('c.item_id', 'item_id')
    .addSelect('COUNT(*)', 'n')
    .where(running.sql, running.params)
    .andWhere('c.accepted_on IS NOT NULL AND c.due_date IS NOT NULL')
    .groupBy('c.status')
    .addGroupBy(`c.${t.unit}`)
    .addGroupBy('c.item_id');
  for (const column of clock) qb.addSelect(`c.${column}`, column).addGroupBy(`c.${column}`);
  const rows = await qb.getRawMany<Raw>();
  return rows.map((g) => ({
    unitId: String(g.unit_id),
    itemId: String(g.item_id),
    acceptedOn: String(g.accepted_on),
    dueDate: String(g.due_date),
    dueAt: new Date(String(g.due_at)),
    pausedAt: g.paused_at ? new Date(String(g.paused_at)) : null,
    pausedWorkingDays: count(g.paused_working_days),
    n: count(g.n),
  }));
}
