import { requireRole } from '../../shared/auth/guards';
import { checkId } from '../../shared/cases/case-query';
import { ITEM_KIND_CODES, type ItemKind } from '../../shared/domain/deadline';
import { checkItemDeadlines } from '../../shared/domain/item-rules';
import type { TownshipContext } from '../context';
import type { Township, TownshipItem, VillagePoint } from '../entities';
import { loadExisting } from '../../shared/db/loaders';
import type { Resolvers } from './generated/resolver-types';

/** GB/T 39046-2020 A.2 level codes. */
const LEVEL_TOWNSHIP = 5;
const LEVEL_VILLAGE = 6;

/** Townships and their catalog are public; county administrators maintain them. */
export const catalogResolvers: Resolvers = {
  Query: {
    townships: (_: unknown, __: unknown, ctx: TownshipContext) => ctx.services.catalog.townships(),
    township: (_: unknown, a, ctx: TownshipContext) => ctx.loaders.township.load(checkId(a.id)),
    townshipItems: (_: unknown, a, ctx: TownshipContext) => ctx.services.catalog.items(a.townshipId ?? null, a.limit, a.offset, a.includeInactive ?? false),
    townshipItem: (_: unknown, a, ctx: TownshipContext) => ctx.loaders.item.load(checkId(a.id)),
  },
  Mutation: {
    createTownship: (_: unknown, a, ctx: TownshipContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN');
      return ctx.services.catalog.saveTownship(ctx.who!, null, a.input, ctx.now);
    },
    updateTownship: (_: unknown, a, ctx: TownshipContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN');
      return ctx.services.catalog.saveTownship(ctx.who!, a.id, a.input, ctx.now);
    },
    setTownshipActive: (_: unknown, a, ctx: TownshipContext) =>
      ctx.services.catalog.setTownshipActive(requireRole(ctx.who, 'COUNTY_ADMIN'), a.id, a.active, ctx.now),
    createVillagePoint: (_: unknown, a, ctx: TownshipContext) =>
      ctx.services.catalog.saveVillage(requireRole(ctx.who, 'COUNTY_ADMIN'), null, a.townshipId, a.input, ctx.now),
    updateVillagePoint: (_: unknown, a, ctx: TownshipContext) =>
      ctx.services.catalog.saveVillage(requireRole(ctx.who, 'COUNTY_ADMIN'), a.id, null, a.input, ctx.now),
    setVillagePointActive: (_: unknown, a, ctx: TownshipContext) =>
      ctx.services.catalog.setVillageActive(requireRole(ctx.who, 'COUNTY_ADMIN'), a.id, a.active, ctx.now),
    createTownshipItem: (_: unknown, a, ctx: TownshipContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN');
      return ctx.services.catalog.saveItem(ctx.who!, null, a.townshipId, a.input, ctx.services.calendar.settings().maxPromisedShare, ctx.now);
    },
    updateTownshipItem: (_: unknown, a, ctx: TownshipContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN');
      return ctx.services.catalog.saveItem(ctx.who!, a.id, null, a.input, ctx.services.calendar.settings().maxPromisedShare, ctx.now);
    },
  },
  Township: {
    __resolveReference: (ref: { id: string }, ctx: TownshipContext) => ctx.loaders.township.load(ref.id),
    code: (t: Township) => t.divisionCode,
    levelCode: () => LEVEL_TOWNSHIP,
    villagePoints: (t: Township, _: unknown, ctx: TownshipContext) => ctx.loaders.villagesOfTownship.load(t.id),
    items: (t: Township, a, ctx: TownshipContext) => (a.includeInactive ? ctx.loaders.allItemsOfTownship : ctx.loaders.itemsOfTownship).load(t.id),
  },
  VillagePoint: {
    levelCode: () => LEVEL_VILLAGE,
    township: (v: VillagePoint, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.township, v.townshipId, 'township'),
  },
  TownshipItem: {
    __resolveReference: (ref: { id: string }, ctx: TownshipContext) => ctx.loaders.item.load(ref.id),
    township: (i: TownshipItem, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.township, i.townshipId, 'township'),
    kindCode: (i: TownshipItem) => ITEM_KIND_CODES[i.kind as ItemKind],
    fee: (i: TownshipItem) => (i.feeAmountFen == null ? null : { amountFen: i.feeAmountFen, basis: i.feeBasis ?? '' }),
    supervisingDepartment: (i: TownshipItem) => ({ id: i.supervisingDepartmentId }),
    warnings: (i: TownshipItem, _: unknown, ctx: TownshipContext) =>
      checkItemDeadlines({
        kind: i.kind as ItemKind,
        legalDays: i.legalDays,
        promisedDays: i.promisedDays,
        maxPromisedShare: ctx.services.calendar.settings().maxPromisedShare,
      }).warnings,
  },
};
