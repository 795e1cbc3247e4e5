import { seesPersonalData } from '../../shared/auth/guards';
import { publicCaseView } from '../../shared/cases/case-view';
import { caseFieldResolvers, parseCaseAction } from '../../shared/cases/case-resolvers';
import { parseCaseNumber, isQueryCode, trackingKey } from '../../shared/domain/case-number';
import { badInput } from '../../shared/graphql/errors';
import type { TownshipContext } from '../context';
import type { TownshipCase } from '../entities';
import { publicIntakeView } from './intakes';
import { loadExisting } from '../../shared/db/loaders';
import type { Resolvers } from './generated/resolver-types';

/** Township cases, and the public tracking entry point for both tiers. */
export const caseResolvers: Resolvers = {
  Query: {
    townshipCases: (_: unknown, a, ctx: TownshipContext) => ctx.services.cases.list(ctx.who, a.filter ?? {}, a.limit, a.offset, ctx.now),
    townshipCase: (_: unknown, a, ctx: TownshipContext) => ctx.services.cases.get(ctx.who, a.id),
    // Public: only checks the shape; each tier then looks for its own part by number and code.
    trackCase: (_: unknown, a) => {
      const { number, queryCode } = trackingKey(a);
      if (!parseCaseNumber(number)) throw badInput('Not a case number (办件编号), e.g. 511099101-20260930-0001');
      if (!isQueryCode(queryCode)) throw badInput('The query code (查询码) is 6 letters and digits from the acceptance slip');
      return { number, queryCode };
    },
  },
  Mutation: {
    receiveTownshipCase: (_: unknown, a, ctx: TownshipContext) => ctx.services.cases.receive(ctx.who, a.input, ctx.now),
    actOnTownshipCase: (_: unknown, a, ctx: TownshipContext) => ctx.services.cases.act(ctx.who, parseCaseAction(a.input), ctx.now),
    setTownshipCaseExpedited: (_: unknown, a, ctx: TownshipContext) => ctx.services.cases.setExpedited(ctx.who, a, ctx.now),
  },
  TownshipCase: {
    __resolveReference: async (ref: { id: string }, ctx: TownshipContext) => {
      const c = await ctx.loaders.case.load(ref.id);
      if (c) ctx.services.cases.assertCanRead(ctx.who, c);
      return c;
    },
    ...caseFieldResolvers<TownshipCase, TownshipContext>({
      seesPersonalData: (c, ctx) => seesPersonalData(ctx.who, { townshipId: c.townshipId }),
      calendar: (ctx) => ctx.services.calendar.calendar(),
      thresholds: (ctx) => ctx.services.calendar.settings(),
      history: (c, ctx) => ctx.loaders.history.load(c.id),
    }),
    township: (c: TownshipCase, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.township, c.townshipId, 'township'),
    item: (c: TownshipCase, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.item, c.itemId, 'item'),
  },
  TrackedCase: {
    __resolveReference: (ref: { number: string; queryCode: string }) => ref,
    township: async (t: { number: string; queryCode: string }, _: unknown, ctx: TownshipContext) => {
      const c = await ctx.services.cases.findForTracking(t.number, t.queryCode);
      if (!c) {
        const intake = await ctx.services.intakes.findForTracking(t.number, t.queryCode);
        return intake ? publicIntakeView(intake, ctx) : null;
      }
      const [item, township, history] = await Promise.all([
        ctx.loaders.item.load(c.itemId),
        ctx.loaders.township.load(c.townshipId),
        ctx.loaders.history.load(c.id),
      ]);
      return publicCaseView(c, history, item?.name ?? '', township?.name ?? '', ctx.services.calendar.calendar());
    },
  },
};
