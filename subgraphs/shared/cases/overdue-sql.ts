import { Brackets } from 'typeorm';
import { OPEN_STATUSES } from '../domain/lifecycle';

/** Where a table keeps the clock that `isOverdue` (domain/lifecycle.ts) judges. */
export interface ClockColumns {
  status: string;
  pausedAt: string;
  dueAt: string;
  /** The status column may be NULL, meaning open (an intake the county has not reported on yet). */
  nullStatusIsOpen?: boolean;
  /** A column whose being set ends the clock whatever the status (an intake handed over). */
  endedAt?: string;
}

/** county_case and township_case. */
export const CASE_CLOCK: ClockColumns = Object.freeze({ status: 'status', pausedAt: 'paused_at', dueAt: 'due_at' });

/**
 * delegated_intake: the county case's clock as the township holds it (township/intake-clock.ts);
 * the township's own acceptance runs it before the county reports, a handover ends it.
 */
export const INTAKE_CLOCK: ClockColumns = Object.freeze({
  status: 'county_status',
  pausedAt: 'paused_at',
  dueAt: 'due_at',
  nullStatusIsOpen: true,
  endedAt: 'handed_over_at',
});

/**
 * `isOverdue` as a SQL condition over `alias`, with the parameters it names (`overdueOpen`,
 * `overdueNow`). Instants are ISO text, so they compare as strings.
 */
export function overdueSql(alias: string, now: Date, columns: ClockColumns = CASE_CLOCK): { sql: string; params: Record<string, unknown> } {
  const col = (name: string) => `${alias}.${name}`;
  const status = columns.nullStatusIsOpen
    ? `(${col(columns.status)} IS NULL OR ${col(columns.status)} IN (:...overdueOpen))`
    : `${col(columns.status)} IN (:...overdueOpen)`;
  const running = columns.endedAt ? `${col(columns.endedAt)} IS NULL AND ${status}` : status;
  const late = `(${col(columns.pausedAt)} IS NULL AND ${col(columns.dueAt)} <= :overdueNow) OR ${col(columns.pausedAt)} >= ${col(columns.dueAt)}`;
  return { sql: `(${running} AND (${late}))`, params: { overdueOpen: [...OPEN_STATUSES], overdueNow: now.toISOString() } };
}

/** The same condition as a where clause for a query builder. */
export function overdueNow(alias: string, now: Date, columns: ClockColumns = CASE_CLOCK): Brackets {
  const { sql, params } = overdueSql(alias, now, columns);
  return new Brackets((w) => w.where(sql, params));
}
