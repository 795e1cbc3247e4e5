import { requireRole } from '../../shared/auth/guards';
import { checkId } from '../../shared/cases/case-query';
import { ITEM_KIND_CODES, type ItemKind } from '../../shared/domain/deadline';
import { checkItemDeadlines } from '../../shared/domain/item-rules';
import type { CountyContext } from '../context';
import type { CountyItem, Department } from '../entities';
import { loadExisting } from '../../shared/db/loaders';
import type { Resolvers } from './generated/resolver-types';

/** The catalog is public (政务公开); changing it is for county administrators. */
export const catalogResolvers: Resolvers = {
  Query: {
    departments: (_: unknown, __: unknown, ctx: CountyContext) => ctx.services.catalog.departments(),
    department: (_: unknown, a, ctx: CountyContext) => ctx.loaders.department.load(checkId(a.id)),
    countyItems: (_: unknown, a, ctx: CountyContext) => ctx.services.catalog.items(a.filter ?? {}),
    countyItem: (_: unknown, a, ctx: CountyContext) => ctx.services.catalog.item(a.id),
  },
  Mutation: {
    createDepartment: (_: unknown, a, ctx: CountyContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN');
      return ctx.services.catalog.saveDepartment(ctx.who!, null, a.input, ctx.now);
    },
    updateDepartment: (_: unknown, a, ctx: CountyContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN');
      return ctx.services.catalog.saveDepartment(ctx.who!, a.id, a.input, ctx.now);
    },
    setDepartmentActive: (_: unknown, a, ctx: CountyContext) =>
      ctx.services.catalog.setDepartmentActive(requireRole(ctx.who, 'COUNTY_ADMIN'), a.id, a.active, ctx.now),
    createCountyItem: async (_: unknown, a, ctx: CountyContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN');
      const settings = await ctx.services.calendar.settings();
      return ctx.services.catalog.saveItem(ctx.who!, null, a.input, settings.maxPromisedShare, ctx.now);
    },
    updateCountyItem: async (_: unknown, a, ctx: CountyContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN');
      const settings = await ctx.services.calendar.settings();
      return ctx.services.catalog.saveItem(ctx.who!, a.id, a.input, settings.maxPromisedShare, ctx.now);
    },
  },
  Department: {
    __resolveReference: (ref: { id: string }, ctx: CountyContext) => ctx.loaders.department.load(ref.id),
    items: (d: Department, _: unknown, ctx: CountyContext) => ctx.services.catalog.items({ departmentId: d.id }),
  },
  CountyItem: {
    __resolveReference: (ref: { id: string }, ctx: CountyContext) => ctx.loaders.item.load(ref.id),
    department: (i: CountyItem, _: unknown, ctx: CountyContext) => loadExisting(ctx.loaders.department, i.departmentId, 'department'),
    kindCode: (i: CountyItem) => ITEM_KIND_CODES[i.kind as ItemKind],
    fee: (i: CountyItem) => (i.feeAmountFen == null ? null : { amountFen: i.feeAmountFen, basis: i.feeBasis ?? '' }),
    delegatedTownships: (i: CountyItem) => (i.delegable && i.delegatedTownshipIds ? i.delegatedTownshipIds.map((id) => ({ id })) : null),
    warnings: async (i: CountyItem, _: unknown, ctx: CountyContext) => {
      const s = await ctx.services.calendar.settings();
      return checkItemDeadlines({ kind: i.kind as ItemKind, legalDays: i.legalDays, promisedDays: i.promisedDays, maxPromisedShare: s.maxPromisedShare }).warnings;
    },
  },
};
