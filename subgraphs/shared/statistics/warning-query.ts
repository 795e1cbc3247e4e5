import { OPEN_STATUSES } from '../domain/lifecycle';
import { addWarnings, countWarnings, warningOfClock, warningsAt, type WarningCounts } from '../domain/statistics';
import type { WorkCalendar } from '../domain/calendar';
import type { WarningLevel, WarningThresholds } from '../domain/warning';
import type { OpenClockGroup } from './rollup-query';
import { UnitItemRows, type UnitItemRow } from './scoped-rows';

import { count, type TierTables } from './tier-tables';

export interface WarningRow extends UnitItemRow {
  warnings: WarningCounts;
}

/**
 * The warning counts of open clock groups (rollup-query.ts). Each distinct clock is judged once,
 * whichever units and items share it (clocks repeat across them: same acceptance day, same term).
 */
export function warningRowsOf(groups: readonly OpenClockGroup[], rules: { calendar: WorkCalendar; thresholds: WarningThresholds }, now: Date): WarningRow[] {
  const judged = new Map<string, WarningLevel>();
  // Added up per unit and item: thousands of clock groups become one row each, for every scope to slice.
  const out = new UnitItemRows<WarningRow>((unitId, itemId) => ({ unitId, itemId, warnings: addWarnings() }));
  for (const g of groups) {
    if (g.acceptedOn === null) continue;
    const w = out.get(g.unitId, g.itemId).warnings;
    // A late clock is red whatever else it says (warningLevel's first rule): no calendar needed.
    if (g.overdue) {
      countWarnings(w, 'RED', g.n);
      continue;
    }
    const clock = { acceptedOn: g.acceptedOn, dueDate: g.dueDate!, dueAt: g.dueAt, pausedAt: g.pausedAt, pausedWorkingDays: g.pausedWorkingDays };
    const key = `${clock.acceptedOn} ${clock.dueDate} ${clock.dueAt.getTime()} ${clock.pausedAt?.getTime() ?? ''} ${clock.pausedWorkingDays}`;
    let level = judged.get(key);
    if (level === undefined) judged.set(key, (level = warningOfClock(clock, now, rules.calendar, rules.thresholds)));
    countWarnings(w, level, g.n);
  }
  return out.list();
}

/**
 * Current warning counts of all open accepted cases, per unit and item, straight from the case
 * table (the reference the served figures are checked against). Cases are grouped in SQL
 * by their clock (acceptance day, due date and instant, pause) and each group is judged once;
 * paused cases form groups of their own because their pause instant is part of the clock.
 */
export async function warningCounts(t: TierTables, now: Date): Promise<WarningRow[]> {
  const [groups, rules] = await Promise.all([clockGroups(t), t.warningRules()]);
  return groups.map((g) => {
    const level = warningOfClock(
      {
        acceptedOn: String(g.accepted_on),
        dueDate: String(g.due_date),
        dueAt: new Date(String(g.due_at)),
        pausedAt: g.paused_at ? new Date(String(g.paused_at)) : null,
        pausedWorkingDays: count(g.paused_working_days),
      },
      now,
      rules.calendar,
      rules.thresholds,
    );
    return { unitId: String(g.unit_id), itemId: String(g.item_id), warnings: warningsAt(level, count(g.n)) };
  });
}

function clockGroups(t: TierTables): Promise<Record<string, unknown>[]> {
  const clock = ['accepted_on', 'due_date', 'due_at', 'paused_at', 'paused_working_days'].map((c) => `c.${c}`);
  const qb = t.dataSource
    .createQueryBuilder()
    .select(`c.${t.unit}`, 'unit_id')
    .addSelect('c.item_id', 'item_id')
    .addSelect('COUNT(*)', 'n')
    .from(t.cases, 'c')
    // A supplement asked before acceptance is open by status but has no clock yet.
    .where('c.status IN (:...open) AND c.accepted_on IS NOT NULL AND c.due_at IS NOT NULL', { open: [...OPEN_STATUSES] })
    .groupBy(`c.${t.unit}`)
    .addGroupBy('c.item_id');
  for (const column of clock) qb.addSelect(column, column.slice(2)).addGroupBy(column);
  return qb.getRawMany();
}
