import { checkPeriod, type Period } from '../domain/statistics';
import type { ScopeStatisticsSource } from './tier-statistics';
import type { ScopeStatisticsResolvers } from '../graphql/generated/common-resolver-types';

/** Field resolvers of ScopeStatistics, the same in both subgraphs: each part is computed only when selected. */
export const scopeStatisticsResolvers: { ScopeStatistics: ScopeStatisticsResolvers } = {
  ScopeStatistics: {
    figures: (s: ScopeStatisticsSource) => s.figures(),
    daily: (s: ScopeStatisticsSource) => s.daily(),
    warnings: (s: ScopeStatisticsSource) => s.warnings(),
  },
};

/** The period of a Statistics object, checked again wherever it arrives (query argument or entity reference). */
export function periodOf(s: { from: string; to: string }): Period {
  return checkPeriod(s.from, s.to);
}
