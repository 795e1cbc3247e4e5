import { overdueSql } from '../cases/overdue-sql';
import { COMPLETED_STATUSES } from '../domain/lifecycle';
import type { DailyPart, Period } from '../domain/statistics';
import type { UnitItemRow } from './scoped-rows';
import { count, countWhen, type TierTables } from './tier-tables';

export interface DailyRow extends UnitItemRow {
  part: DailyPart;
}

type Raw = Record<string, unknown>;

/**
 * Per unit, item and day of the period: cases accepted, completed and gone overdue that day.
 * Three grouped statements, each over the index that starts with its date column.
 */
export async function dailyCounts(t: TierTables, p: Period, now: Date): Promise<DailyRow[]> {
  const overdue = overdueSql('c', now);
  const [accepted, completed, late] = await Promise.all([
    countPerDay(t, p, 'accepted_on', null, {}),
    countPerDay(t, p, 'completed_on', 'c.status IN (:...done)', { done: [...COMPLETED_STATUSES] }),
    // Due that day and not completed by its end: completed later, still open and overdue, or
    // withdrawn after the deadline had passed.
    countPerDay(
      t,
      p,
      'due_date',
      `((c.status IN (:...done) AND c.completed_on > c.due_date) OR ${overdue.sql} OR (c.status = 'WITHDRAWN' AND c.withdrawn_at > c.due_at))`,
      { done: [...COMPLETED_STATUSES], ...overdue.params },
    ),
  ]);
  const row = (r: Raw, field: 'accepted' | 'completed' | 'overdue'): DailyRow => ({
    unitId: String(r.unit_id),
    itemId: String(r.item_id),
    part: { date: String(r.day), [field]: count(r.n) },
  });
  return [...accepted.map((r) => row(r, 'accepted')), ...completed.map((r) => row(r, 'completed')), ...late.map((r) => row(r, 'overdue'))];
}

/**
 * The condition is counted, not filtered on, so that the only usable index is the one on the date
 * column (SQLite would otherwise prefer the status index and read most of the table).
 */
function countPerDay(t: TierTables, p: Period, dateColumn: string, condition: string | null, params: Record<string, unknown>): Promise<Raw[]> {
  return t.dataSource
    .createQueryBuilder()
    .select(`c.${t.unit}`, 'unit_id')
    .addSelect('c.item_id', 'item_id')
    .addSelect(`c.${dateColumn}`, 'day')
    .addSelect(condition ? countWhen(condition) : 'COUNT(*)', 'n')
    .from(t.cases, 'c')
    .where(`c.${dateColumn} >= :from AND c.${dateColumn} <= :to`, { ...params, from: p.from, to: p.to })
    .groupBy(`c.${t.unit}`)
    .addGroupBy('c.item_id')
    .addGroupBy(`c.${dateColumn}`)
    .getRawMany();
}
