import type { DataSource } from 'typeorm';
import { checkReviewInput, recordReview, type ReviewInputArgs, type ReviewTier } from '../shared/reviews/review-engine';
import type { CommonReviewFilter } from '../shared/reviews/review-query';
import { receiptOf, type ReviewReceiptView } from '../shared/reviews/review-view';
import { UnitReviewService } from '../shared/reviews/unit-review-service';
import { CountyRectificationEvent, CountyReview } from './entities';
import type { CalendarService } from './calendar-service';
import type { CountyCaseService } from './case-service';
import type { TownshipReviewClient } from './township-review-client';

export interface CountyReviewFilter extends CommonReviewFilter {
  departmentId?: string | null;
}

/**
 * Reviews (好差评) of county cases and their rectifications (整改); the public entry point of every
 * review in the network, passing on to the township those of cases the county does not hold.
 */
export class CountyReviewService extends UnitReviewService<CountyReview, CountyRectificationEvent> {
  readonly tier: ReviewTier<CountyReview>;

  constructor(
    ds: DataSource,
    calendar: CalendarService,
    private readonly cases: CountyCaseService,
    private readonly township: TownshipReviewClient,
  ) {
    super(
      {
        clerkRole: 'COUNTY_CLERK',
        column: 'department_id',
        of: (r) => r.departmentId,
        unitType: 'DEPARTMENT',
        messages: {
          readOther: 'This review concerns another department (非本部门评价)',
          listOther: 'County clerks see their own department only',
          actOther: 'Only clerks of the responsible department rectify (非本部门整改事项)',
        },
      },
      { review: CountyReview, event: CountyRectificationEvent },
    );
    this.tier = {
      dataSource: ds,
      reviewEntity: CountyReview,
      eventEntity: CountyRectificationEvent,
      calendar: () => calendar.calendar(),
      rectificationDays: async () => (await calendar.settings()).rectificationDays,
    };
  }

  /** No token needed: the number and query code on the applicant's slip are the proof. */
  async submit(input: ReviewInputArgs, now: Date): Promise<ReviewReceiptView> {
    const checked = checkReviewInput(input);
    // A delegated case is found by the township intake's number and code, which the applicant holds.
    const c = await this.cases.findForTracking(checked.number, checked.queryCode);
    if (!c) return this.township.submit({ ...input, number: checked.number, queryCode: checked.queryCode });
    const review = await recordReview(this.tier, {
      input,
      case: c,
      now,
      place: (r) => {
        r.departmentId = c.departmentId;
      },
    });
    return receiptOf(review);
  }
}
