import { requireRole } from '../../shared/auth/guards';
import { inUnitScope, unitScope } from '../../shared/auth/unit-scope';
import type { CountyContext } from '../context';
import type { CountyCase } from '../entities';
import type { Resolvers } from './generated/resolver-types';

/** Delegated intake at the county: internal mutations and the links back to the township. */
export const delegationResolvers: Resolvers = {
  Mutation: {
    receiveForwardedIntake: (_: unknown, a, ctx: CountyContext) => ctx.services.delegation.receiveForwardedIntake(ctx.who, a.input, ctx.now),
    receiveForwardedIntakes: (_: unknown, a, ctx: CountyContext) => ctx.services.delegation.receiveForwardedIntakes(ctx.who, a.inputs, ctx.now),
    applyTownshipAction: (_: unknown, a, ctx: CountyContext) => ctx.services.delegation.applyTownshipAction(ctx.who, a.input, ctx.now),
  },
  CountyCase: {
    delegated: (c: CountyCase) => !!c.originIntakeId,
    origin: (c: CountyCase) => (c.originIntakeId ? { id: c.originIntakeId } : null),
    originTownship: (c: CountyCase) => (c.originTownshipId ? { id: c.originTownshipId } : null),
    forwardedAt: (c: CountyCase) => c.forwardedAt?.toISOString() ?? null,
  },
  Township: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    countyFigures: (t: { id: string }, _: unknown, ctx: CountyContext) => {
      const who = requireRole(ctx.who, 'COUNTY_ADMIN', 'SUPERVISOR', 'VIEWER', 'SERVICE', 'TOWNSHIP_CLERK');
      if (!inUnitScope(unitScope(who), 'TOWNSHIP', t.id)) return null;
      return ctx.loaders.townshipFigures.load(t.id);
    },
  },
};
