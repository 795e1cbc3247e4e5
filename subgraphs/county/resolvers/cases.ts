import { seesPersonalData } from '../../shared/auth/guards';
import { publicCaseView } from '../../shared/cases/case-view';
import { caseFieldResolvers, parseCaseAction } from '../../shared/cases/case-resolvers';
import type { CountyContext } from '../context';
import type { CountyCase } from '../entities';
import { loadExisting } from '../../shared/db/loaders';
import type { Resolvers } from './generated/resolver-types';

/** County cases; every field of a case is resolved from its row plus batched lookups. */
export const caseResolvers: Resolvers = {
  Query: {
    countyCases: (_: unknown, a, ctx: CountyContext) => ctx.services.cases.list(ctx.who, a.filter ?? {}, a.limit, a.offset, ctx.now),
    countyCase: (_: unknown, a, ctx: CountyContext) => ctx.services.cases.get(ctx.who, a.id),
  },
  Mutation: {
    receiveCountyCase: (_: unknown, a, ctx: CountyContext) => ctx.services.cases.receive(ctx.who, a.input, ctx.now),
    actOnCountyCase: (_: unknown, a, ctx: CountyContext) => ctx.services.cases.act(ctx.who, parseCaseAction(a.input), ctx.now),
    setCountyCaseExpedited: (_: unknown, a, ctx: CountyContext) => ctx.services.cases.setExpedited(ctx.who, a, ctx.now),
  },
  CountyCase: {
    __resolveReference: async (ref: { id: string }, ctx: CountyContext) => {
      const c = await ctx.loaders.case.load(ref.id);
      if (c) ctx.services.cases.assertCanRead(ctx.who, c);
      return c;
    },
    ...caseFieldResolvers<CountyCase, CountyContext>({
      seesPersonalData: (c, ctx) => seesPersonalData(ctx.who, { departmentId: c.departmentId }),
      calendar: (ctx) => ctx.services.calendar.calendar(),
      thresholds: (ctx) => ctx.services.calendar.settings(),
      history: (c, ctx) => ctx.loaders.history.load(c.id),
    }),
    item: (c: CountyCase, _: unknown, ctx: CountyContext) => loadExisting(ctx.loaders.item, c.itemId, 'item'),
    department: (c: CountyCase, _: unknown, ctx: CountyContext) => loadExisting(ctx.loaders.department, c.departmentId, 'department'),
  },
  TrackedCase: {
    __resolveReference: (ref: { number: string; queryCode: string }) => ref,
    county: async (t: { number: string; queryCode: string }, _: unknown, ctx: CountyContext) => {
      const c = await ctx.services.cases.findForTracking(t.number, t.queryCode.toUpperCase());
      if (!c) return null;
      const [item, dept, history, calendar] = await Promise.all([
        ctx.loaders.item.load(c.itemId),
        ctx.loaders.department.load(c.departmentId),
        ctx.loaders.history.load(c.id),
        ctx.services.calendar.calendar(),
      ]);
      return publicCaseView(c, history, item?.name ?? '', dept?.name ?? '', calendar);
    },
  },
};
