import type { WorkCalendar } from '../domain/calendar';
import { freeTextFor } from '../domain/masking';
import { handlesOwnUnit } from '../auth/unit-scope';
import type { RequestContext } from '../graphql/subgraph-service';
import type { RectificationEventRecord, ReviewRecord } from './review-record';
import { levelLabelOf, rectificationView, stepView, type RectificationView } from './review-view';

/** Field resolvers every review type has on both tiers. */
export function reviewFieldResolvers<R extends ReviewRecord, X extends RequestContext>(calendar: (ctx: X) => Promise<WorkCalendar> | WorkCalendar) {
  return {
    levelLabel: (r: R) => levelLabelOf(r),
    reviewedAt: (r: R) => r.reviewedAt.toISOString(),
    // The applicant's words and the notes on them are masked for all but the responsible unit's clerks.
    comment: (r: R, _: unknown, ctx: X) => freeTextFor(r.comment, handlesOwnUnit(ctx.who)),
    rectification: async (r: R, _: unknown, ctx: X) => rectificationView(r, ctx.now, await calendar(ctx), handlesOwnUnit(ctx.who)),
  };
}

/** The shared `Rectification` type: its steps come from the tier's event table. */
export function rectificationResolvers<X extends RequestContext>(steps: (reviewId: string, ctx: X) => Promise<RectificationEventRecord[]>) {
  return {
    Rectification: {
      steps: async (v: RectificationView, _: unknown, ctx: X) => (await steps(v.reviewId, ctx)).map((e) => stepView(e, v.notesVisible)),
    },
  };
}
