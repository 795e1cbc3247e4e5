import type { RectificationAction } from '../../shared/domain/rectification';
import type { ReviewInputArgs } from '../../shared/reviews/review-engine';
import { rectificationResolvers, reviewFieldResolvers } from '../../shared/reviews/review-resolvers';
import type { CountyContext } from '../context';
import type { CountyCase, CountyReview } from '../entities';
import type { CountyReviewFilter } from '../review-service';

/** Reviews of county cases, the public review entry point, and rectification steps. */
export const reviewResolvers = {
  Query: {
    countyReviews: (_: unknown, a: { filter?: CountyReviewFilter; limit: number; offset: number }, ctx: CountyContext) =>
      ctx.services.reviews.list(ctx.who, a.filter ?? {}, a.filter?.departmentId, { limit: a.limit, offset: a.offset }, ctx.now),
  },
  Mutation: {
    submitReview: (_: unknown, a: { input: ReviewInputArgs }, ctx: CountyContext) => ctx.services.reviews.submit(a.input, ctx.now),
    actOnCountyRectification: (
      _: unknown,
      a: { input: { reviewId: string; version: number; action: RectificationAction; note?: string | null } },
      ctx: CountyContext,
    ) => ctx.services.reviews.act(ctx.who, a.input, ctx.now),
  },
  CountyReview: {
    ...reviewFieldResolvers<CountyReview, CountyContext>((ctx) => ctx.services.calendar.calendar()),
    case: (r: CountyReview, _: unknown, ctx: CountyContext) => ctx.loaders.case.load(r.caseId),
    department: (r: CountyReview, _: unknown, ctx: CountyContext) => ctx.loaders.department.load(r.departmentId),
    item: (r: CountyReview, _: unknown, ctx: CountyContext) => ctx.loaders.item.load(r.itemId),
  },
  CountyCase: {
    review: async (c: CountyCase, _: unknown, ctx: CountyContext) => {
      ctx.services.reviews.readScope(ctx.who);
      const r = await ctx.loaders.reviews.ofCase.load(c.id);
      if (r) ctx.services.reviews.assertCanRead(ctx.who, r);
      return r;
    },
  },
  ...rectificationResolvers<CountyContext>((reviewId, ctx) => ctx.loaders.reviews.steps.load(reviewId)),
};
