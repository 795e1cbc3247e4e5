import { requireRole } from '../../shared/auth/guards';
import { unitScope } from '../../shared/auth/unit-scope';
import { serviceUnavailable } from '../../shared/graphql/errors';
import { combinedScope, type TierTotals } from '../../shared/statistics/network-scope';
import { periodOf, scopeStatisticsResolvers } from '../../shared/statistics/scope-resolvers';
import type { CountyContext } from '../context';

interface StatisticsRef {
  from: string;
  to: string;
  /** Present when the gateway asks for `network`: the township subgraph's totals. */
  townshipTotals?: TierTotals | null;
}

/** Roles that see every scope; figures hold no personal data. */
const OVERSEERS = ['COUNTY_ADMIN', 'SUPERVISOR', 'VIEWER'] as const;

/** Unified statistics, county side: the county, its departments and items, and the whole network. */
export const statisticsResolvers = {
  Query: {
    statistics: (_: unknown, a: { from: string; to: string }, ctx: CountyContext) => {
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
    items: (d: { items: () => Promise<unknown[]> }) => d.items(),
  },
  ...scopeStatisticsResolvers,
};
