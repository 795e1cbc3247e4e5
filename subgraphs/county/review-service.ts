import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Principal } from '../shared/auth/principal';
import { requireRole } from '../shared/auth/guards';
import { forbidden } from '../shared/graphql/errors';
import { checkId } from '../shared/cases/case-query';
import type { RectificationAction, RectificationActor } from '../shared/domain/rectification';
import { actOnRectification, checkReviewInput, recordReview, type ReviewInputArgs, type ReviewTier } from '../shared/reviews/review-engine';
import { pageOfReviews, type CommonReviewFilter } from '../shared/reviews/review-query';
import { receiptOf, type ReviewReceiptView } from '../shared/reviews/review-view';
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
export class CountyReviewService {
  readonly tier: ReviewTier<CountyReview>;

  constructor(
    private readonly ds: DataSource,
    calendar: CalendarService,
    private readonly cases: CountyCaseService,
    private readonly township: TownshipReviewClient,
  ) {
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

  /** Department scope of a caller for reading reviews: null = every department. */
  readScope(who: Principal | null): { departmentId: string | null } {
    const p = requireRole(who, 'COUNTY_ADMIN', 'SUPERVISOR', 'COUNTY_CLERK');
    return { departmentId: p.role === 'COUNTY_CLERK' ? p.departmentId! : null };
  }

  assertCanRead(who: Principal | null, r: CountyReview): void {
    const scope = this.readScope(who);
    if (scope.departmentId && scope.departmentId !== r.departmentId) throw forbidden('This review concerns another department (非本部门评价)');
  }

  async list(who: Principal | null, f: CountyReviewFilter, limit: number, offset: number, now: Date): Promise<{ total: number; nodes: CountyReview[] }> {
    const scope = this.readScope(who);
    const qb = this.ds.getRepository(CountyReview).createQueryBuilder('r');
    if (scope.departmentId) {
      if (f.departmentId && f.departmentId !== scope.departmentId) throw forbidden('County clerks see their own department only');
      qb.andWhere('r.department_id = :dept', { dept: scope.departmentId });
    } else if (f.departmentId) {
      qb.andWhere('r.department_id = :dept', { dept: checkId(f.departmentId) });
    }
    return pageOfReviews(qb, f, { limit, offset }, now);
  }

  act(who: Principal | null, a: { reviewId: string; version: number; action: RectificationAction; note?: string | null }, now: Date): Promise<CountyReview> {
    const p = requireRole(who, 'COUNTY_CLERK', 'SUPERVISOR');
    return actOnRectification(this.tier, {
      id: checkId(a.reviewId),
      version: a.version,
      action: a.action,
      note: a.note,
      who: p,
      now,
      authorize: (r, actor) => this.assertCanAct(p, r, actor),
    });
  }

  /** The responsible department's clerks rectify; supervisors decide and follow up. */
  private assertCanAct(who: Principal, r: CountyReview, actor: RectificationActor): void {
    if (actor === 'SUPERVISOR') {
      if (who.role !== 'SUPERVISOR') throw forbidden('Only supervisors decide on a rectification or record the follow-up call (须由效能监督人员操作)');
    } else if (who.role !== 'COUNTY_CLERK' || who.departmentId !== r.departmentId) {
      throw forbidden('Only clerks of the responsible department rectify (非本部门整改事项)');
    }
  }

  byCaseIds(caseIds: readonly string[]): Promise<CountyReview[]> {
    return this.ds.getRepository(CountyReview).find({ where: { caseId: In([...caseIds]) } });
  }

  stepsOf(reviewIds: readonly string[]): Promise<CountyRectificationEvent[]> {
    return this.ds.getRepository(CountyRectificationEvent).find({ where: { reviewId: In([...reviewIds]) }, order: { seq: 'ASC' } });
  }
}
