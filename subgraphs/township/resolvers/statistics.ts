import { requireRole } from '../../shared/auth/guards';
import { unitScope } from '../../shared/auth/unit-scope';
import { serviceUnavailable } from '../../shared/graphql/errors';
import { combinedScope, type TierTotals } from '../../shared/statistics/network-scope';
import { periodOf, scopeStatisticsResolvers } from '../../shared/statistics/scope-resolvers';
import type { TownshipContext } from '../context';
import type { Township, TownshipItem } from '../entities';
import type { ScopeStatisticsSource } from '../../shared/statistics/tier-statistics';
import type { Resolvers } from './generated/resolver-types';

/** A township's row of the statistics: its items' figures are computed only when selected. */
export interface TownshipStatisticsSource {
  township: Township;
  statistics: ScopeStatisticsSource;
  items: () => Promise<{ item: TownshipItem; statistics: ScopeStatisticsSource }[]>;
}

export interface StatisticsRef {
  from: string;
  to: string;
  /** Present when the gateway asks for `network`: the county subgraph's own figures. */
  county?: TierTotals | null;
}

/** Roles that see every township; figures hold no personal data. */
const OVERSEERS = ['COUNTY_ADMIN', 'SUPERVISOR', 'VIEWER'] as const;

/**
 * Unified statistics, township side: all townships together, each township and its items, and the
 * whole network — here rather than at the county because the county's figures come first in the
 * plan (it owns the query), so the gateway asks each tier once instead of the county twice.
 */
export const statisticsResolvers: Resolvers = {
  Statistics: {
    __resolveReference: (ref: { from: string; to: string }) => ({ ...ref, ...periodOf(ref) }),
    townshipTotals: (s: { from: string; to: string }, _: unknown, ctx: TownshipContext) => {
      requireRole(ctx.who, ...OVERSEERS);
      return ctx.loaders.statistics.scope(periodOf(s), {});
    },
    network: (s: StatisticsRef, _: unknown, ctx: TownshipContext) => {
      requireRole(ctx.who, ...OVERSEERS);
      if (!s.county) throw serviceUnavailable('county', 'The county figures are unavailable, so the network totals cannot be computed (县级服务暂不可用)');
      return combinedScope(periodOf(s), ctx.loaders.statistics, s.county);
    },
    townships: async (s: { from: string; to: string }, _: unknown, ctx: TownshipContext) => {
      const who = requireRole(ctx.who, ...OVERSEERS, 'TOWNSHIP_CLERK');
      const p = periodOf(s);
      const stats = ctx.loaders.statistics;
      const service = ctx.services.statistics;
      // A township clerk sees their own township only.
      const scope = unitScope(who);
      const townships = await service.townships(scope.all ? null : [scope.unitId]);
      let items: ReturnType<typeof service.itemsByTownship> | null = null;
      const itemsOf = async (townshipId: string) => {
        items ??= service.itemsByTownship(townships.map((t) => t.id));
        return (await items).get(townshipId) ?? [];
      };
      return townships.map((township) => ({
        township,
        statistics: stats.scope(p, { unitId: township.id }),
        items: async () => (await itemsOf(township.id)).map((item) => ({ item, statistics: stats.scope(p, { unitId: township.id, itemId: item.id }) })),
      }));
    },
  },
  TownshipStatistics: {
    items: (t: TownshipStatisticsSource) => t.items(),
  },
  ...scopeStatisticsResolvers,
};
