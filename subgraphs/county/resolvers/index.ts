import { catalogResolvers } from './catalog';
import { caseResolvers } from './cases';
import { calendarResolvers } from './calendar';
import { delegationResolvers } from './delegation';

export const countyResolvers = {
  Query: { ...catalogResolvers.Query, ...caseResolvers.Query, ...calendarResolvers.Query },
  Mutation: { ...catalogResolvers.Mutation, ...caseResolvers.Mutation, ...calendarResolvers.Mutation, ...delegationResolvers.Mutation },
  Department: catalogResolvers.Department,
  CountyItem: catalogResolvers.CountyItem,
  CountyCase: { ...caseResolvers.CountyCase, ...delegationResolvers.CountyCase },
  Township: delegationResolvers.Township,
  TrackedCase: caseResolvers.TrackedCase,
};
