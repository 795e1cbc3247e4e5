import { auditLogResolvers } from '../../shared/audit/audit-resolvers';
import { outboxResolvers } from '../../shared/outbox/outbox-resolvers';
import { mergeResolvers, type ResolverMap } from '../../shared/graphql/merge-resolvers';
import { catalogResolvers } from './catalog';
import { caseResolvers } from './cases';
import { intakeResolvers } from './intakes';
import { reviewResolvers } from './reviews';
import { statisticsResolvers } from './statistics';
import { supervisionResolvers } from './supervision';

/** One resolver module per feature; each feature's SDL is in schema/township*.graphql. */
export const townshipResolvers = mergeResolvers(
  outboxResolvers('township') as ResolverMap,
  auditLogResolvers('township') as ResolverMap,
  catalogResolvers as ResolverMap,
  caseResolvers as ResolverMap,
  intakeResolvers as ResolverMap,
  reviewResolvers as ResolverMap,
  statisticsResolvers as ResolverMap,
  supervisionResolvers as ResolverMap,
);
