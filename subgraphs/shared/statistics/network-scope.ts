import { addCounts, addDaily, addWarnings, figuresOf, type DailyFigures, type FigureCounts, type Period, type WarningCounts } from '../domain/statistics';
import type { ScopeStatisticsSource, TierStatistics } from './tier-statistics';

/** Another tier's totals as the gateway hands them over (the counts of its figures, its series, its warnings). */
export interface TierTotals {
  figures: FigureCounts;
  daily: DailyFigures[];
  warnings: WarningCounts;
}

/**
 * This tier's totals plus another's: counts and warnings summed, daily series summed date by
 * date, and every rate recomputed from the summed counts (never an average of two rates).
 */
export function combinedScope(p: Period, own: TierStatistics, other: TierTotals): ScopeStatisticsSource {
  const mine = own.scope(p, {});
  return {
    figures: async () => figuresOf(addCounts(await own.counts(p, {}), other.figures)),
    daily: async () => addDaily(p, await mine.daily(), other.daily),
    warnings: async () => addWarnings(await mine.warnings(), other.warnings),
  };
}
