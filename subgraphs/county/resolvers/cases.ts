import { seesPersonalData } from '../../shared/auth/guards';
import { caseOperations, caseTypeResolvers, trackedCaseView } from '../../shared/cases/case-resolvers';
import type { CountyContext } from '../context';
import type { CountyCase } from '../entities';
import type { CountyCaseFilter } from '../case-service';
import { loadExisting } from '../../shared/db/loaders';
import type { Resolvers } from './generated/resolver-types';

const cases = caseOperations<CountyCase, CountyCaseFilter, CountyContext>();

/** County cases; every field of a case is resolved from its row plus batched lookups. */
export const caseResolvers: Resolvers = {
  Query: {
    countyCases: cases.list,
    countyCase: cases.get,
  },
  Mutation: {
    receiveCountyCase: cases.receive,
    applyCountyItemOnline: cases.applyOnline,
    actOnCountyCase: cases.act,
    setCountyCaseExpedited: cases.setExpedited,
  },
  CountyCase: {
    ...caseTypeResolvers<CountyCase, CountyContext>((c, ctx) => seesPersonalData(ctx.who, { departmentId: c.departmentId })),
    item: (c: CountyCase, _: unknown, ctx: CountyContext) => loadExisting(ctx.loaders.item, c.itemId, 'item'),
    department: (c: CountyCase, _: unknown, ctx: CountyContext) => loadExisting(ctx.loaders.department, c.departmentId, 'department'),
  },
  TrackedCase: {
    __resolveReference: (ref: { number: string; queryCode: string }) => ref,
    county: async (t: { number: string; queryCode: string }, _: unknown, ctx: CountyContext) => {
      const c = await ctx.services.cases.findForTracking(t.number, t.queryCode.toUpperCase());
      return c ? trackedCaseView(c, ctx, ctx.loaders.department.load(c.departmentId)) : null;
    },
  },
};
