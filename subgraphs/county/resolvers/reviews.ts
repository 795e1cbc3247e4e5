import { rectificationResolvers, reviewFieldResolvers } from '../../shared/reviews/review-resolvers';
import type { CountyContext } from '../context';
import type { CountyCase, CountyReview } from '../entities';
import { loadExisting } from '../../shared/db/loaders';
import type { Resolvers } from './generated/resolver-types';

/** Reviews of county cases, the public review entry point, and rectification steps. */
export const reviewResolvers: Resolvers = {
  Query: {
    countyReviews: (_: unknown, a, ctx: CountyContext) =>
      ctx.services.reviews.list(ctx.who, a.filter ?? {}, a.filter?.departmentId, { limit: a.limit, offset: a.offset }, ctx.now),
  },
  Mutation: {
    submitReview: (_: unknown, a, ctx: CountyContext) => ctx.services.reviews.submit(a.input, ctx.now),
    actOnCountyRectification: (_: unknown, a, ctx: CountyContext) => ctx.services.reviews.act(ctx.who, a.input, ctx.now),
  },
  CountyReview: {
    ...reviewFieldResolvers<CountyReview, CountyContext>((ctx) => ctx.services.calendar.calendar()),
    case: (r: CountyReview, _: unknown, ctx: CountyContext) => loadExisting(ctx.loaders.case, r.caseId, 'case'),
    department: (r: CountyReview, _: unknown, ctx: CountyContext) => loadExisting(ctx.loaders.department, r.departmentId, 'department'),
    item: (r: CountyReview, _: unknown, ctx: CountyContext) => loadExisting(ctx.loaders.item, r.itemId, 'item'),
  },
  CountyCase: {
    review: (c: CountyCase, _: unknown, ctx: CountyContext) => ctx.services.reviews.ofCase(ctx.who, ctx.loaders.reviews, c.id),
  },
  ...rectificationResolvers<CountyContext>((reviewId, ctx) => ctx.loaders.reviews.steps.load(reviewId)),
};
