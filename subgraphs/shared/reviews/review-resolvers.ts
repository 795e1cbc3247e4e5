import type { WorkCalendar } from '../domain/calendar';
import { freeTextFor } from '../domain/masking';
import { handlesOwnUnit } from '../auth/unit-scope';
import type { RequestContext } from '../graphql/subgraph-service';
import type { Maybe, Resolver, ResolversTypes, RectificationResolvers } from '../graphql/generated/common-resolver-types';
import type { RectificationEventRecord, ReviewRecord } from './review-record';
import { levelLabelOf, rectificationView, stepView, type RectificationView } from './review-view';

/** Field resolvers every review type has on both tiers, typed from the shared SDL. */
export interface ReviewFieldResolvers<R extends ReviewRecord, X extends RequestContext> {
  levelLabel: Resolver<ResolversTypes['String'], R, X>;
  reviewedAt: Resolver<ResolversTypes['DateTime'], R, X>;
  comment: Resolver<Maybe<ResolversTypes['String']>, R, X>;
  rectification: Resolver<Maybe<ResolversTypes['Rectification']>, R, X>;
}

export function reviewFieldResolvers<R extends ReviewRecord, X extends RequestContext>(
  calendar: (ctx: X) => Promise<WorkCalendar> | WorkCalendar,
): ReviewFieldResolvers<R, X> {
  return {
    levelLabel: (r: R) => levelLabelOf(r),
    reviewedAt: (r: R) => r.reviewedAt.toISOString(),
    // The applicant's words and the notes on them are masked for all but the responsible unit's clerks.
    comment: (r: R, _: unknown, ctx: X) => freeTextFor(r.comment, handlesOwnUnit(ctx.who)),
    rectification: async (r: R, _: unknown, ctx: X) => rectificationView(r, ctx.now, await calendar(ctx), handlesOwnUnit(ctx.who)),
  };
}

/** The shared `Rectification` type: its steps come from the tier's event table. */
export function rectificationResolvers<X extends RequestContext>(
  steps: (reviewId: string, ctx: X) => Promise<RectificationEventRecord[]>,
): { Rectification: RectificationResolvers<X> } {
  return {
    Rectification: {
      steps: async (v: RectificationView, _: unknown, ctx: X) => (await steps(v.reviewId, ctx)).map((e) => stepView(e, v.notesVisible)),
    },
  };
}
