import { requireRole } from '../../shared/auth/guards';
import { unitScope } from '../../shared/auth/unit-scope';
import { serviceUnavailable } from '../../shared/graphql/errors';
import { combinedScope, type TierTotals } from '../../shared/statistics/network-scope';
import { periodOf, scopeStatisticsResolvers } from '../../shared/statistics/scope-resolvers';
import type { CountyContext } from '../context';
import type { CountyItem, Department } from '../entities';
import type { ScopeStatisticsSource } from '../../shared/statistics/tier-statistics';
import type { Resolvers } from './generated/resolver-types';

export interface StatisticsRef {
  from: string;
  to: string;
  /** Present when the gateway asks for `network`: the township subgraph's totals. */
  townshipTotals?: TierTotals | null;
}

/** A department's row of the statistics: its items' figures are computed only when selected. */
export interface DepartmentStatisticsSource {
  department: Department;
  statistics: ScopeStatisticsSource;
  items: () => Promise<{ item: CountyItem; statistics: ScopeStatisticsSource }[]>;
}

/** Roles that see every scope; figures hold no personal data. */
const OVERSEERS = ['COUNTY_ADMIN', 'SUPERVISOR', 'VIEWER'] as const;

/** Unified statistics, county side: the county, its departments and items, and the whole network. */
export const statisticsResolvers: Resolvers = {
  Query: {
    statistics: (_: unknown, a, ctx: CountyContext) => {
      requireRole(ctx.who, ...OVERSEERS, 'COUNTY_CLERK', 'TOWNSHIP_CLERK');
      return periodOf(a);
    },
  },
  Statistics: {
    __resolveReference: (ref: StatisticsRef) => ({ ...ref, ...periodOf(ref) }),
    county: (s: StatisticsRef, _: unknown, ctx: CountyContext) => {
      requireRole(ctx.who, ...OVERSEERS);
      return ctx.loaders.statistics.scope(periodOf(s), {});
    },
    departments: async (s: StatisticsRef, _: unknown, ctx: CountyContext) => {
      const who = requireRole(ctx.who, ...OVERSEERS, 'COUNTY_CLERK');
      const p = periodOf(s);
      const stats = ctx.loaders.statistics;
      const service = ctx.services.statistics;
      // A county clerk sees their own department only.
      const scope = unitScope(who);
      const departments = await service.departments(scope.all ? null : [scope.unitId]);
      let items: ReturnType<typeof service.itemsByDepartment> | null = null;
      const itemsOf = async (departmentId: string) => {
        items ??= service.itemsByDepartment(departments.map((d) => d.id));
        return (await items).get(departmentId) ?? [];
      };
      return departments.map((department) => ({
        department,
        statistics: stats.scope(p, { unitId: department.id }),
        items: async () => (await itemsOf(department.id)).map((item) => ({ item, statistics: stats.scope(p, { unitId: department.id, itemId: item.id }) })),
      }));
    },
    network: (s: StatisticsRef, _: unknown, ctx: CountyContext) => {
      requireRole(ctx.who, ...OVERSEERS);
      if (!s.townshipTotals) throw serviceUnavailable('township', 'The township figures are unavailable, so the network totals cannot be computed (乡镇服务暂不可用)');
      return combinedScope(periodOf(s), ctx.loaders.statistics, s.townshipTotals);
    },
  },
  DepartmentStatistics: {
    items: (d: DepartmentStatisticsSource) => d.items(),
  },
  ...scopeStatisticsResolvers,
};
