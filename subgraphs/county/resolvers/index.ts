import { catalogResolvers } from './catalog';
import { caseResolvers } from './cases';
import { calendarResolvers } from './calendar';

export const countyResolvers = {
  Query: { ...catalogResolvers.Query, ...caseResolvers.Query, ...calendarResolvers.Query },
  Mutation: { ...catalogResolvers.Mutation, ...caseResolvers.Mutation, ...calendarResolvers.Mutation },
  Department: catalogResolvers.Department,
  CountyItem: catalogResolvers.CountyItem,
  CountyCase: caseResolvers.CountyCase,
  TrackedCase: caseResolvers.TrackedCase,
};
