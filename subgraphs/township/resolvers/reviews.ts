import type { RectificationAction } from '../../shared/domain/rectification';
import type { ReviewInputArgs } from '../../shared/reviews/review-engine';
import { rectificationResolvers, reviewFieldResolvers } from '../../shared/reviews/review-resolvers';
import type { TownshipContext } from '../context';
import type { TownshipCase, TownshipReview } from '../entities';
import type { TownshipReviewFilter } from '../review-service';

/** Reviews of township cases and rectification steps; applicants review through the county. */
export const reviewResolvers = {
  Query: {
    townshipReviews: (_: unknown, a: { filter?: TownshipReviewFilter; limit: number; offset: number }, ctx: TownshipContext) =>
      ctx.services.reviews.list(ctx.who, a.filter ?? {}, a.filter?.townshipId, { limit: a.limit, offset: a.offset }, ctx.now),
  },
  Mutation: {
    receiveReview: (_: unknown, a: { input: ReviewInputArgs }, ctx: TownshipContext) => ctx.services.reviews.receive(ctx.who, a.input, ctx.now),
    actOnTownshipRectification: (
      _: unknown,
      a: { input: { reviewId: string; version: number; action: RectificationAction; note?: string | null } },
      ctx: TownshipContext,
    ) => ctx.services.reviews.act(ctx.who, a.input, ctx.now),
  },
  TownshipReview: {
    ...reviewFieldResolvers<TownshipReview, TownshipContext>((ctx) => ctx.services.calendar.calendar()),
    case: (r: TownshipReview, _: unknown, ctx: TownshipContext) => ctx.loaders.case.load(r.caseId),
    township: (r: TownshipReview, _: unknown, ctx: TownshipContext) => ctx.loaders.township.load(r.townshipId),
    item: (r: TownshipReview, _: unknown, ctx: TownshipContext) => ctx.loaders.item.load(r.itemId),
  },
  TownshipCase: {
    review: async (c: TownshipCase, _: unknown, ctx: TownshipContext) => {
      ctx.services.reviews.readScope(ctx.who);
      const r = await ctx.loaders.reviews.ofCase.load(c.id);
      if (r) ctx.services.reviews.assertCanRead(ctx.who, r);
      return r;
    },
  },
  ...rectificationResolvers<TownshipContext>((reviewId, ctx) => ctx.loaders.reviews.steps.load(reviewId)),
};
