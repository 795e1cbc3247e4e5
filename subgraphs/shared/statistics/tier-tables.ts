import type { DataSource } from 'typeorm';
import type { WorkCalendar } from '../domain/calendar';
import type { WarningThresholds } from '../domain/warning';

/** Where one tier keeps what its statistics are computed from. */
export interface TierTables {
  dataSource: DataSource;
  /** The case table, e.g. county_case. */
  cases: string;
  /** The review table, e.g. county_review. */
  reviews: string;
  /** The daily roll-ups of both (statistics/day-figures-table.ts), e.g. county_case_day_figures. */
  dayFigures: string;
  /** The column of all three tables naming the responsible unit: department_id or township_id. */
  unit: string;
  /** The calendar and the county's warning thresholds, as the tier knows them now. */
  warningRules: () => Promise<{ calendar: WorkCalendar; thresholds: WarningThresholds }>;
}

/** Rows of aggregate queries carry numbers as numbers, strings or decimals depending on the driver. */
export const count = (v: unknown): number => Number(v ?? 0);

/** SQL counting the rows that meet a condition. */
export const countWhen = (condition: string): string => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
