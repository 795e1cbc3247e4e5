import { DAY_FIGURE_FIELDS, type DayFigureCounts } from '../domain/day-figures';
import { zeroCounts, type FigureCounts, type Period } from '../domain/statistics';
import type { CountsRow } from './cohort-query';
import type { DailyRow } from './daily-query';
import type { LateCount, LateOnDay } from './open-clock-query';
import { DAY_FIGURE_COLUMNS } from './day-figures-table';
import { count, type TierTables } from './tier-tables';

type Raw = Record<string, unknown>;

/** The counts of the cohort the roll-ups keep: every figure but overdueNow. */
const COHORT_FIELDS = DAY_FIGURE_FIELDS.filter((f) => f !== 'completions' && f !== 'closedLate') as (keyof DayFigureCounts & keyof FigureCounts)[];

/**
 * The figures of the cases accepted in the period, per unit and item: the roll-ups of its days
 * for what the cases' own state decides (one statement over days × units × items rows), and the
 * period's open cases late now (`lateOpenCounts` over the period) for overdueNow.
 */
export async function rolledUpCohortCounts(t: TierTables, p: Period, lateInPeriod: Promise<LateCount[]>): Promise<CountsRow[]> {
  const sums = COHORT_FIELDS.map((f) => `SUM(d.${DAY_FIGURE_COLUMNS[f]}) AS ${DAY_FIGURE_COLUMNS[f]}`).join(', ');
  const [rows, late] = await Promise.all([
    t.dataSource.query(
      `SELECT d.${t.unit} AS unit_id, d.item_id AS item_id, ${sums} FROM ${t.dayFigures} d WHERE d.day >= ? AND d.day <= ? GROUP BY d.${t.unit}, d.item_id`,
      [p.from, p.to],
    ) as Promise<Raw[]>,
    lateInPeriod,
  ]);
  const out = new UnitItemRows<CountsRow>((unitId, itemId) => ({ unitId, itemId, counts: zeroCounts() }));
  for (const r of rows) {
    const counts = out.get(String(r.unit_id), String(r.item_id)).counts;
    for (const f of COHORT_FIELDS) counts[f] = count(r[DAY_FIGURE_COLUMNS[f]]);
  }
  for (const l of late) out.get(l.unitId, l.itemId).counts.overdueNow += l.n;
  return out.list();
}

/**
 * Per unit, item and day of the period: accepted and completed from the roll-ups; gone overdue
 * from the roll-ups (closed late) plus the open cases due that day that are overdue now
 * (`lateOpenByDueDate` over the period).
 */
export async function rolledUpDailyCounts(t: TierTables, p: Period, lateDue: Promise<LateOnDay[]>): Promise<DailyRow[]> {
  const [rows, late] = await Promise.all([
    t.dataSource.query(
      `SELECT d.day AS day, d.${t.unit} AS unit_id, d.item_id AS item_id, d.accepted AS accepted, d.completions AS completions, d.closed_late AS closed_late FROM ${t.dayFigures} d WHERE d.day >= ? AND d.day <= ?`,
      [p.from, p.to],
    ) as Promise<Raw[]>,
    lateDue,
  ]);
  const out: DailyRow[] = [];
  for (const r of rows) {
    const part = { date: String(r.day), accepted: count(r.accepted), completed: count(r.completions), overdue: count(r.closed_late) };
    if (part.accepted || part.completed || part.overdue) out.push({ unitId: String(r.unit_id), itemId: String(r.item_id), part });
  }
  for (const l of late) out.push({ unitId: l.unitId, itemId: l.itemId, part: { date: l.dueDate, overdue: l.n } });
  return out;
}

class UnitItemRows<R> {
  private readonly rows = new Map<string, R>();

  constructor(private readonly create: (unitId: string, itemId: string) => R) {}

  get(unitId: string, itemId: string): R {
    const key = `${unitId}\u0000${itemId}`;
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = this.create(unitId, itemId)));
    return row;
  }

  list(): R[] {
    return [...this.rows.values()];
  }
}
