import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Principal } from '../shared/auth/principal';
import { requireRole } from '../shared/auth/guards';
import { forbidden } from '../shared/graphql/errors';
import { checkId } from '../shared/cases/case-query';
import type { RectificationAction, RectificationActor } from '../shared/domain/rectification';
import { actOnRectification, checkReviewInput, recordReview, reviewCaseNotFound, type ReviewInputArgs, type ReviewTier } from '../shared/reviews/review-engine';
import { pageOfReviews, type CommonReviewFilter } from '../shared/reviews/review-query';
import { receiptOf, type ReviewReceiptView } from '../shared/reviews/review-view';
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
export class TownshipReviewService {
  readonly tier: ReviewTier<TownshipReview>;

  constructor(private readonly ds: DataSource, mirror: CalendarMirror) {
    this.tier = {
      dataSource: ds,
      reviewEntity: TownshipReview,
      eventEntity: TownshipRectificationEvent,
      calendar: async () => mirror.calendar(),
      rectificationDays: async () => mirror.settings().rectificationDays,
    };
  }

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

  /** Township scope of a caller for reading reviews: null = every township. */
  readScope(who: Principal | null): { townshipId: string | null } {
    const p = requireRole(who, 'COUNTY_ADMIN', 'SUPERVISOR', 'TOWNSHIP_CLERK');
    return { townshipId: p.role === 'TOWNSHIP_CLERK' ? p.townshipId! : null };
  }

  assertCanRead(who: Principal | null, r: TownshipReview): void {
    const scope = this.readScope(who);
    if (scope.townshipId && scope.townshipId !== r.townshipId) throw forbidden('This review concerns another township (非本乡镇评价)');
  }

  async list(who: Principal | null, f: TownshipReviewFilter, limit: number, offset: number, now: Date): Promise<{ total: number; nodes: TownshipReview[] }> {
    const scope = this.readScope(who);
    const qb = this.ds.getRepository(TownshipReview).createQueryBuilder('r');
    if (scope.townshipId) {
      if (f.townshipId && f.townshipId !== scope.townshipId) throw forbidden('Township clerks see their own township only');
      qb.andWhere('r.township_id = :t', { t: scope.townshipId });
    } else if (f.townshipId) {
      qb.andWhere('r.township_id = :t', { t: checkId(f.townshipId) });
    }
    return pageOfReviews(qb, f, { limit, offset }, now);
  }

  act(who: Principal | null, a: { reviewId: string; version: number; action: RectificationAction; note?: string | null }, now: Date): Promise<TownshipReview> {
    const p = requireRole(who, 'TOWNSHIP_CLERK', 'SUPERVISOR');
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

  /** The township's own clerks rectify; supervisors decide and follow up. */
  private assertCanAct(who: Principal, r: TownshipReview, actor: RectificationActor): void {
    if (actor === 'SUPERVISOR') {
      if (who.role !== 'SUPERVISOR') throw forbidden('Only supervisors decide on a rectification or record the follow-up call (须由效能监督人员操作)');
    } else if (who.role !== 'TOWNSHIP_CLERK' || who.townshipId !== r.townshipId) {
      throw forbidden('Only clerks of the responsible township rectify (非本乡镇整改事项)');
    }
  }

  byCaseIds(caseIds: readonly string[]): Promise<TownshipReview[]> {
    return this.ds.getRepository(TownshipReview).find({ where: { caseId: In([...caseIds]) } });
  }

  stepsOf(reviewIds: readonly string[]): Promise<TownshipRectificationEvent[]> {
    return this.ds.getRepository(TownshipRectificationEvent).find({ where: { reviewId: In([...reviewIds]) }, order: { seq: 'ASC' } });
  }
}
