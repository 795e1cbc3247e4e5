import { requireRole } from '../../shared/auth/guards';
import { refusalReports } from '../../shared/supervision/refusal-reports';
import { unitFilter, unitScope } from '../../shared/auth/unit-scope';
import type { TownshipContext } from '../context';
import { TownshipCase, TownshipCaseHistory } from '../entities';
import type { Resolvers } from './generated/resolver-types';

/** E-supervision at the township: refusal reports of township cases. */
export const supervisionResolvers: Resolvers = {
  Query: {
    townshipRefusalReports: (_: unknown, a, ctx: TownshipContext) => {
      const scope = unitScope(requireRole(ctx.who, 'SUPERVISOR', 'COUNTY_ADMIN', 'TOWNSHIP_CLERK'));
      const townshipId = unitFilter(scope, 'TOWNSHIP', a.townshipId, 'Township clerks see their own township only');
      return refusalReports(ctx.services.intakes.dataSource, { cases: TownshipCase, history: TownshipCaseHistory }, {
        from: a.from,
        to: a.to,
        unit: townshipId !== null ? { column: 'township_id', id: townshipId } : null,
        reasonsVisible: !scope.all,
        limit: a.limit,
        offset: a.offset,
      });
    },
  },
  TownshipRefusalReport: {
    refusedAt: (r: { refusedAt: Date }) => r.refusedAt.toISOString(),
  },
};
