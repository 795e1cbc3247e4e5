import { rectificationResolvers, reviewFieldResolvers } from '../../shared/reviews/review-resolvers';
import type { TownshipContext } from '../context';
import type { TownshipCase, TownshipReview } from '../entities';
import { loadExisting } from '../../shared/db/loaders';
import type { Resolvers } from './generated/resolver-types';

/** Reviews of township cases and rectification steps; applicants review through the county. */
export const reviewResolvers: Resolvers = {
  Query: {
    townshipReviews: (_: unknown, a, ctx: TownshipContext) =>
      ctx.services.reviews.list(ctx.who, a.filter ?? {}, a.filter?.townshipId, { limit: a.limit, offset: a.offset }, ctx.now),
  },
  Mutation: {
    receiveReview: (_: unknown, a, ctx: TownshipContext) => ctx.services.reviews.receive(ctx.who, a.input, ctx.now),
    actOnTownshipRectification: (_: unknown, a, ctx: TownshipContext) => ctx.services.reviews.act(ctx.who, a.input, ctx.now),
  },
  TownshipReview: {
    ...reviewFieldResolvers<TownshipReview, TownshipContext>((ctx) => ctx.services.calendar.calendar()),
    case: (r: TownshipReview, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.case, r.caseId, 'case'),
    township: (r: TownshipReview, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.township, r.townshipId, 'township'),
    item: (r: TownshipReview, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.item, r.itemId, 'item'),
  },
  TownshipCase: {
    review: (c: TownshipCase, _: unknown, ctx: TownshipContext) => ctx.services.reviews.ofCase(ctx.who, ctx.loaders.reviews, c.id),
  },
  ...rectificationResolvers<TownshipContext>((reviewId, ctx) => ctx.loaders.reviews.steps.load(reviewId)),
};
