import { requireRole } from '../../shared/auth/guards';
import { unitScope } from '../../shared/auth/unit-scope';
import { periodOf, scopeStatisticsResolvers } from '../../shared/statistics/scope-resolvers';
import type { CountyContext } from '../context';
import type { CountyItem, Department } from '../entities';
import type { ScopeStatisticsSource } from '../../shared/statistics/tier-statistics';
import type { Resolvers } from './generated/resolver-types';

export interface StatisticsRef {
  from: string;
  to: string;
}

/** A department's row of the statistics: its items' figures are computed only when selected. */
export interface DepartmentStatisticsSource {
  department: Department;
  statistics: ScopeStatisticsSource;
  items: () => Promise<{ item: CountyItem; statistics: ScopeStatisticsSource }[]>;
}

/** Roles that see every scope; figures hold no personal data. */
const OVERSEERS = ['COUNTY_ADMIN', 'SUPERVISOR', 'VIEWER'] as const;

/** Unified statistics, county side: the county, its departments and items (the township subgraph adds the network up). */
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
  },
  DepartmentStatistics: {
    items: (d: DepartmentStatisticsSource) => d.items(),
  },
  ...scopeStatisticsResolvers,
};
