import { mergeResolvers, type ResolverMap } from '../../shared/graphql/merge-resolvers';
import { catalogResolvers } from './catalog';
import { caseResolvers } from './cases';
import { intakeResolvers } from './intakes';

/** One resolver module per feature; each feature's SDL is in schema/township*.graphql. */
export const townshipResolvers = mergeResolvers(
  catalogResolvers as ResolverMap,
  caseResolvers as ResolverMap,
  intakeResolvers as ResolverMap,
);
