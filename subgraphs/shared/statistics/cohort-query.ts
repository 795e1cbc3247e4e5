import { overdueSql } from '../cases/overdue-sql';
import { COMPLETED_STATUSES } from '../domain/lifecycle';
import { zeroCounts, type FigureCounts, type Period } from '../domain/statistics';
import type { UnitItemRow } from './scoped-rows';
import { count, countWhen, type TierTables } from './tier-tables';

export interface CountsRow extends UnitItemRow {
  counts: FigureCounts;
}

type Raw = Record<string, unknown>;

/**
 * The figures of the cases accepted in the period, per unit and item, in two grouped statements
 * (cases, then their reviews) that read the covering index on accepted_on, never case rows.
 */
export async function cohortCounts(t: TierTables, p: Period, now: Date): Promise<CountsRow[]> {
  const [cases, reviews] = await Promise.all([caseCounts(t, p, now), reviewCounts(t, p)]);
  const rows = new Map<string, CountsRow>();
  const rowOf = (r: Raw): CountsRow => {
    const unitId = String(r.unit_id);
    const itemId = String(r.item_id);
    const key = `${unitId}/${itemId}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { unitId, itemId, counts: zeroCounts() }));
    return row;
  };
  for (const r of cases) {
    Object.assign(rowOf(r).counts, {
      accepted: count(r.accepted),
      immediate: count(r.immediate),
      promised: count(r.promised),
      completed: count(r.completed),
      promisedCompleted: count(r.promised_completed),
      completedOnTime: count(r.completed_on_time),
      promisedCompletedEarly: count(r.promised_completed_early),
      withdrawn: count(r.withdrawn),
      overdueNow: count(r.overdue_now),
      expedited: count(r.expedited),
      online: count(r.online),
    });
  }
  for (const r of reviews) Object.assign(rowOf(r).counts, { reviews: count(r.reviews), satisfiedReviews: count(r.satisfied) });
  return [...rows.values()];
}

function caseCounts(t: TierTables, p: Period, now: Date): Promise<Raw[]> {
  const done = 'c.status IN (:...done)';
  const promised = 'c.item_kind = :promised';
  const overdue = overdueSql('c', now);
  return t.dataSource
    .createQueryBuilder()
    .select(`c.${t.unit}`, 'unit_id')
    .addSelect('c.item_id', 'item_id')
    .addSelect('COUNT(*)', 'accepted')
    .addSelect(countWhen('c.item_kind = :immediate'), 'immediate')
    .addSelect(countWhen(promised), 'promised')
    .addSelect(countWhen(done), 'completed')
    .addSelect(countWhen(`${done} AND ${promised}`), 'promised_completed')
    .addSelect(countWhen(`${done} AND c.completed_on <= c.due_date`), 'completed_on_time')
    // Completed on the due date itself is on time but not early.
    .addSelect(countWhen(`${done} AND ${promised} AND c.completed_on < c.due_date`), 'promised_completed_early')
    .addSelect(countWhen("c.status = 'WITHDRAWN'"), 'withdrawn')
    .addSelect(countWhen(overdue.sql), 'overdue_now')
    .addSelect(countWhen('c.expedited = :yes'), 'expedited')
    .addSelect(countWhen('c.channel = :online'), 'online')
    .from(t.cases, 'c')
    .where('c.accepted_on >= :from AND c.accepted_on <= :to')
    .setParameters({ from: p.from, to: p.to, done: [...COMPLETED_STATUSES], ...overdue.params, immediate: 'IMMEDIATE', promised: 'PROMISED', yes: true, online: 'ONLINE' })
    .groupBy(`c.${t.unit}`)
    .addGroupBy('c.item_id')
    .getRawMany();
}

/** Reviews carry their case's acceptance day, unit and item, so the cohort's reviews need no join. */
function reviewCounts(t: TierTables, p: Period): Promise<Raw[]> {
  return t.dataSource
    .createQueryBuilder()
    .select(`r.${t.unit}`, 'unit_id')
    .addSelect('r.item_id', 'item_id')
    .addSelect('COUNT(*)', 'reviews')
    .addSelect(countWhen('r.level <= 2'), 'satisfied')
    .from(t.reviews, 'r')
    .where('r.accepted_on >= :from AND r.accepted_on <= :to', { from: p.from, to: p.to })
    .groupBy(`r.${t.unit}`)
    .addGroupBy('r.item_id')
    .getRawMany();
}
