import {
  addCounts,
  addWarnings,
  dailySeries,
  figuresOf,
  type DailyFigures,
  type Figures,
  type FigureCounts,
  type Period,
  type WarningCounts,
} from '../domain/statistics';
import { cohortCounts, type CountsRow } from './cohort-query';
import { dailyCounts, type DailyRow } from './daily-query';
import { warningCounts, type WarningRow } from './warning-query';
import { ScopedRows, type Scope } from './scoped-rows';
import type { TierTables } from './tier-tables';
import type { FigureCache } from './figure-cache';

/** What a ScopeStatistics field resolves from: each part is computed only when asked for. */
export interface ScopeStatisticsSource {
  figures(): Promise<Figures>;
  daily(): Promise<DailyFigures[]>;
  warnings(): Promise<WarningCounts>;
}

/**
 * One request's view of a tier's statistics. Each kind of figure is queried at most once per
 * period (grouped by unit and item) and every scope of the answer is sliced from that result,
 * so the number of statements does not grow with the number of departments, townships or items.
 */
export class TierStatistics {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    private readonly tables: TierTables,
    private readonly now: Date,
    private readonly cache?: FigureCache,
  ) {}

  scope(p: Period, scope: Scope): ScopeStatisticsSource {
    return {
      figures: async () => figuresOf(await this.counts(p, scope)),
      daily: async () => dailySeries(p, (await this.dailyRows(p)).rows(scope).map((r) => r.part)),
      warnings: async () => addWarnings(...(await this.warningRows()).rows(scope).map((r) => r.warnings)),
    };
  }

  /** The plain counts of a scope, for adding them to another tier's. */
  async counts(p: Period, scope: Scope): Promise<FigureCounts> {
    return addCounts(...(await this.countRows(p)).rows(scope).map((r) => r.counts));
  }

  private countRows(p: Period): Promise<ScopedRows<CountsRow>> {
    return this.once(`counts ${p.from} ${p.to}`, async () => new ScopedRows(await cohortCounts(this.tables, p, this.now)));
  }

  private dailyRows(p: Period): Promise<ScopedRows<DailyRow>> {
    return this.once(`daily ${p.from} ${p.to}`, async () => new ScopedRows(await dailyCounts(this.tables, p, this.now)));
  }

  /** Warnings are about now, whatever the period. */
  private warningRows(): Promise<ScopedRows<WarningRow>> {
    return this.once('warnings', async () => new ScopedRows(await warningCounts(this.tables, this.now)));
  }

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) this.memo.set(key, (p = this.cache ? this.cache.get(key, load) : load()));
    return p;
  }
}
