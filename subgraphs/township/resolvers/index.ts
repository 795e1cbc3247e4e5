import { catalogResolvers } from './catalog';
import { caseResolvers } from './cases';
import { intakeResolvers } from './intakes';

export const townshipResolvers = {
  Query: { ...catalogResolvers.Query, ...caseResolvers.Query, ...intakeResolvers.Query },
  Mutation: { ...catalogResolvers.Mutation, ...caseResolvers.Mutation, ...intakeResolvers.Mutation },
  Township: { ...catalogResolvers.Township, ...intakeResolvers.Township },
  TownshipWorkList: intakeResolvers.TownshipWorkList,
  DelegatedIntake: intakeResolvers.DelegatedIntake,
  VillagePoint: catalogResolvers.VillagePoint,
  TownshipItem: catalogResolvers.TownshipItem,
  TownshipCase: caseResolvers.TownshipCase,
  TrackedCase: caseResolvers.TrackedCase,
};
