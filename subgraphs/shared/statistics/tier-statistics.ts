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
import { warningCounts, warningRowsOf, type WarningRow } from './warning-query';
import { openClockGroups, rolledUpCohortCounts, rolledUpDailyCounts, type OpenClockGroup } from './rollup-query';
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
 * Where figures are computed from: the daily roll-ups and the open cases (as served), or every
 * case of the period (the reference the roll-ups are checked against).
 */
export type FigureSource = 'rollups' | 'cases';

/**
 * One request's view of a tier's statistics. Each kind of figure is queried at most once per
 * period (grouped by unit and item) and every scope of the answer is sliced from that result,
 * so the number of statements does not grow with the number of departments, townships or items.
 * From the roll-ups, a period costs two statements over days × units × items rows, and the open
 * cases one more per request whatever the periods: none of them reads the period's cases.
 */
export class TierStatistics {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    private readonly tables: TierTables,
    private readonly now: Date,
    private readonly cache?: FigureCache,
    private readonly source: FigureSource = 'rollups',
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
    return this.once(`counts ${p.from} ${p.to}`, async () =>
      new ScopedRows(this.source === 'cases' ? await cohortCounts(this.tables, p, this.now) : await rolledUpCohortCounts(this.tables, p, this.openClocks())),
    );
  }

  private dailyRows(p: Period): Promise<ScopedRows<DailyRow>> {
    return this.once(`daily ${p.from} ${p.to}`, async () =>
      new ScopedRows(this.source === 'cases' ? await dailyCounts(this.tables, p, this.now) : await rolledUpDailyCounts(this.tables, p, this.openClocks())),
    );
  }

  /** Warnings are about now, whatever the period. */
  private warningRows(): Promise<ScopedRows<WarningRow>> {
    return this.once('warnings', async () => {
      if (this.source === 'cases') return new ScopedRows(await warningCounts(this.tables, this.now));
      const [groups, rules] = await Promise.all([this.openClocks(), this.tables.warningRules()]);
      return new ScopedRows(warningRowsOf(groups, rules, this.now));
    });
  }

  /** The open cases by clock, read once per request for every now-dependent figure of every period. */
  private openClocks(): Promise<OpenClockGroup[]> {
    return this.once('open clocks', () => openClockGroups(this.tables, this.now));
  }

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const k = `${this.source} ${key}`;
    let p = this.memo.get(k) as Promise<T> | undefined;
    if (!p) this.memo.set(k, (p = this.cache ? this.cache.get(k, load) : load()));
    return p;
  }
}
