import { seesPersonalData } from '../../shared/auth/guards';
import { caseOperations, caseTypeResolvers, trackedCaseView } from '../../shared/cases/case-resolvers';
import { parseCaseNumber, isQueryCode, trackingKey } from '../../shared/domain/case-number';
import { badInput } from '../../shared/graphql/errors';
import type { TownshipContext } from '../context';
import type { TownshipCase } from '../entities';
import type { TownshipCaseFilter } from '../case-service';
import { publicIntakeView } from './intakes';
import { publicApplicationView } from './online-intakes';
import { loadExisting } from '../../shared/db/loaders';
import type { Resolvers } from './generated/resolver-types';

const cases = caseOperations<TownshipCase, TownshipCaseFilter, TownshipContext>();

/** Township cases, and the public tracking entry point for both tiers. */
export const caseResolvers: Resolvers = {
  Query: {
    townshipCases: cases.list,
    townshipCase: cases.get,
    // Public: only checks the shape; each tier then looks for its own part by number and code.
    trackCase: (_: unknown, a) => {
      const { number, queryCode } = trackingKey(a);
      if (!parseCaseNumber(number)) throw badInput('Not a case number (办件编号), e.g. 511099101-20260930-0001');
      if (!isQueryCode(queryCode)) throw badInput('The query code (查询码) is 6 letters and digits from the acceptance slip');
      return { number, queryCode };
    },
  },
  Mutation: {
    receiveTownshipCase: cases.receive,
    applyTownshipItemOnline: cases.applyOnline,
    actOnTownshipCase: cases.act,
    setTownshipCaseExpedited: cases.setExpedited,
  },
  TownshipCase: {
    ...caseTypeResolvers<TownshipCase, TownshipContext>((c, ctx) => seesPersonalData(ctx.who, { townshipId: c.townshipId })),
    township: (c: TownshipCase, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.township, c.townshipId, 'township'),
    item: (c: TownshipCase, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.item, c.itemId, 'item'),
  },
  TrackedCase: {
    __resolveReference: (ref: { number: string; queryCode: string }) => ref,
    township: async (t: { number: string; queryCode: string }, _: unknown, ctx: TownshipContext) => {
      const c = await ctx.services.cases.findForTracking(t.number, t.queryCode);
      if (!c) {
        const intake = await ctx.services.intakes.findForTracking(t.number, t.queryCode);
        if (intake) return publicIntakeView(intake, ctx);
        // An online application of a county item not taken in yet (or not accepted).
        const application = await ctx.services.onlineIntakes.findForTracking(t.number, t.queryCode);
        return application ? publicApplicationView(application, ctx) : null;
      }
      return trackedCaseView(c, ctx, ctx.loaders.township.load(c.townshipId));
    },
  },
};
