import { outboxStatus, retryParkedOutbox } from '../../shared/outbox/outbox-resolvers';
import { auditLog, auditTypeResolvers } from '../../shared/audit/audit-resolvers';
import { mergeResolvers } from '../../shared/graphql/merge-resolvers';
import type { Resolvers } from './generated/resolver-types';
import { catalogResolvers } from './catalog';
import { caseResolvers } from './cases';
import { calendarResolvers } from './calendar';
import { delegationResolvers } from './delegation';
import { complaintResolvers } from './complaints';
import { reviewResolvers } from './reviews';
import { statisticsResolvers } from './statistics';
import { supervisionResolvers } from './supervision';

/** The outbox fields, named after the tier. */
const outboxResolvers: Resolvers = {
  Query: { countyOutbox: outboxStatus },
  Mutation: { retryCountyOutbox: retryParkedOutbox },
};

/** The audit log's field, named after the tier. */
const auditResolvers: Resolvers = { Query: { countyAuditLog: auditLog } };

/** One resolver module per feature; each feature's SDL is in schema/county*.graphql. */
export const countyResolvers = mergeResolvers<Resolvers>(
  outboxResolvers,
  auditResolvers,
  auditTypeResolvers,
  catalogResolvers,
  caseResolvers,
  calendarResolvers,
  delegationResolvers,
  complaintResolvers,
  reviewResolvers,
  statisticsResolvers,
  supervisionResolvers,
);
