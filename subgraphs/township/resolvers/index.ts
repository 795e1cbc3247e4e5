import { catalogResolvers } from './catalog';
import { caseResolvers } from './cases';

export const townshipResolvers = {
  Query: { ...catalogResolvers.Query, ...caseResolvers.Query },
  Mutation: { ...catalogResolvers.Mutation, ...caseResolvers.Mutation },
  Township: catalogResolvers.Township,
  VillagePoint: catalogResolvers.VillagePoint,
  TownshipItem: catalogResolvers.TownshipItem,
  TownshipCase: caseResolvers.TownshipCase,
  TrackedCase: caseResolvers.TrackedCase,
};
