import { auditLogResolvers } from '../../shared/audit/audit-resolvers';
import { outboxResolvers } from '../../shared/outbox/outbox-resolvers';
import { mergeResolvers, type ResolverMap } from '../../shared/graphql/merge-resolvers';
import { catalogResolvers } from './catalog';
import { caseResolvers } from './cases';
import { calendarResolvers } from './calendar';
import { delegationResolvers } from './delegation';
import { complaintResolvers } from './complaints';
import { reviewResolvers } from './reviews';
import { statisticsResolvers } from './statistics';
import { supervisionResolvers } from './supervision';

/** One resolver module per feature; each feature's SDL is in schema/county*.graphql. */
export const countyResolvers = mergeResolvers(
  outboxResolvers('county') as ResolverMap,
  auditLogResolvers('county') as ResolverMap,
  catalogResolvers as ResolverMap,
  caseResolvers as ResolverMap,
  calendarResolvers as ResolverMap,
  delegationResolvers as ResolverMap,
  complaintResolvers as ResolverMap,
  reviewResolvers as ResolverMap,
  statisticsResolvers as ResolverMap,
  supervisionResolvers as ResolverMap,
);
