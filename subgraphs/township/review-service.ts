import type { DataSource } from 'typeorm';
import type { Principal } from '../shared/auth/principal';
import { requireRole } from '../shared/auth/guards';
import { checkReviewInput, recordReview, reviewCaseNotFound, type ReviewInputArgs, type ReviewTier } from '../shared/reviews/review-engine';
import type { CommonReviewFilter } from '../shared/reviews/review-query';
import { receiptOf, type ReviewReceiptView } from '../shared/reviews/review-view';
import { UnitReviewService } from '../shared/reviews/unit-review-service';
import { TownshipCase, TownshipRectificationEvent, TownshipReview } from './entities';
import type { CalendarMirror } from './calendar-mirror';

export interface TownshipReviewFilter extends CommonReviewFilter {
  townshipId?: string | null;
}

/**
 * Reviews (好差评) of township cases and their rectifications (整改). Applicants review through the
 * county's public entry point, which passes on here what it does not hold; the deadline follows
 * the township's copy of the county calendar and settings.
 */
export class TownshipReviewService extends UnitReviewService<TownshipReview, TownshipRectificationEvent> {
  readonly tier: ReviewTier<TownshipReview>;

  constructor(
    private readonly ds: DataSource,
    mirror: CalendarMirror,
  ) {
    super(
      {
        clerkRole: 'TOWNSHIP_CLERK',
        column: 'township_id',
        of: (r) => r.townshipId,
        unitType: 'TOWNSHIP',
        messages: {
          readOther: 'This review concerns another township (非本乡镇评价)',
          listOther: 'Township clerks see their own township only',
          actOther: 'Only clerks of the responsible township rectify (非本乡镇整改事项)',
        },
      },
      { review: TownshipReview, event: TownshipRectificationEvent },
    );
    this.tier = {
      dataSource: ds,
      reviewEntity: TownshipReview,
      eventEntity: TownshipRectificationEvent,
      calendar: async () => mirror.calendar(),
      rectificationDays: async () => mirror.settings().rectificationDays,
    };
  }

  /** Service-to-service: the county passes on a review of a case it does not hold. */
  async receive(who: Principal | null, input: ReviewInputArgs, now: Date): Promise<ReviewReceiptView> {
    requireRole(who, 'SERVICE');
    const checked = checkReviewInput(input);
    const c = await this.ds.getRepository(TownshipCase).findOne({ where: { number: checked.number, queryCode: checked.queryCode } });
    if (!c) throw reviewCaseNotFound();
    const review = await recordReview(this.tier, {
      input,
      case: c,
      now,
      place: (r) => {
        r.townshipId = c.townshipId;
      },
    });
    return receiptOf(review);
  }
}
