import { requireRole } from '../../shared/auth/guards';
import { refusalReports } from '../../shared/supervision/refusal-reports';
import { checkId } from '../../shared/cases/case-query';
import { forbidden } from '../../shared/graphql/errors';
import type { TownshipContext } from '../context';
import { TownshipCase, TownshipCaseHistory } from '../entities';

/** E-supervision at the township: refusal reports of township cases. */
export const supervisionResolvers = {
  Query: {
    townshipRefusalReports: (_: unknown, a: { from: string; to: string; townshipId?: string; limit: number; offset: number }, ctx: TownshipContext) => {
      const p = requireRole(ctx.who, 'SUPERVISOR', 'COUNTY_ADMIN', 'TOWNSHIP_CLERK');
      let townshipId = a.townshipId ? checkId(a.townshipId) : null;
      if (p.role === 'TOWNSHIP_CLERK') {
        if (townshipId && townshipId !== p.townshipId) throw forbidden('Township clerks see their own township only');
        townshipId = p.townshipId!;
      }
      return refusalReports(ctx.services.intakes.dataSource, { cases: TownshipCase, history: TownshipCaseHistory }, {
        from: a.from,
        to: a.to,
        unit: townshipId ? { column: 'township_id', id: townshipId } : null,
        limit: a.limit,
        offset: a.offset,
      });
    },
  },
  TownshipRefusalReport: {
    refusedAt: (r: { refusedAt: Date }) => r.refusedAt.toISOString(),
  },
};
