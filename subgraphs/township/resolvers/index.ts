import { outboxStatus, retryParkedOutbox } from '../../shared/outbox/outbox-resolvers';
import { auditLog, auditTypeResolvers } from '../../shared/audit/audit-resolvers';
import { mergeResolvers } from '../../shared/graphql/merge-resolvers';
import type { Resolvers } from './generated/resolver-types';
import { catalogResolvers } from './catalog';
import { caseResolvers } from './cases';
import { intakeResolvers } from './intakes';
import { onlineIntakeResolvers } from './online-intakes';
import { reviewResolvers } from './reviews';
import { statisticsResolvers } from './statistics';
import { supervisionResolvers } from './supervision';

/** The outbox fields, named after the tier. */
const outboxResolvers: Resolvers = {
  Query: { townshipOutbox: outboxStatus },
  Mutation: { retryTownshipOutbox: retryParkedOutbox },
};

/** The audit log's field, named after the tier. */
const auditResolvers: Resolvers = { Query: { townshipAuditLog: auditLog } };

/** One resolver module per feature; each feature's SDL is in schema/township*.graphql. */
export const townshipResolvers = mergeResolvers<Resolvers>(
  outboxResolvers,
  auditResolvers,
  auditTypeResolvers,
  catalogResolvers,
  caseResolvers,
  intakeResolvers,
  onlineIntakeResolvers,
  reviewResolvers,
  statisticsResolvers,
  supervisionResolvers,
);
