import { In } from 'typeorm';
import type { ReviewLoaders } from './review-loaders';
import type { Principal } from '../auth/principal';
import { requireRole } from '../auth/guards';
import { inUnitScope, unitFilter, unitScope, type UnitScope, type UnitType } from '../auth/unit-scope';
import { forbidden } from '../graphql/errors';
import { checkId } from '../cases/case-query';
import type { RectificationAction, RectificationActor } from '../domain/rectification';
import { actOnRectification, type ReviewTier } from './review-engine';
import { pageOfReviews, type CommonReviewFilter } from './review-query';
import type { RectificationEventRecord, ReviewRecord } from './review-record';

/** The unit a tier's reviews belong to (a county department or a township) and how it is named. */
export interface ReviewUnit<R> {
  clerkRole: 'COUNTY_CLERK' | 'TOWNSHIP_CLERK';
  unitType: UnitType;
  column: 'department_id' | 'township_id';
  of: (r: R) => string;
  messages: { readOther: string; listOther: string; actOther: string };
}

/**
 * Reading and rectifying the reviews of one tier: supervisors and administrators see all, the
 * unit's clerks their own unit's and rectify them, supervisors decide and follow up. Each tier
 * adds how reviews arrive (the county's public entry point, the township's service call).
 */
export abstract class UnitReviewService<R extends ReviewRecord, E extends RectificationEventRecord> {
  abstract readonly tier: ReviewTier<R>;

  protected constructor(
    private readonly unit: ReviewUnit<R>,
    private readonly entities: { review: new () => R; event: new () => E },
  ) {}

  /** The unit a caller may read. */
  readScope(who: Principal | null): UnitScope {
    return unitScope(requireRole(who, 'COUNTY_ADMIN', 'SUPERVISOR', this.unit.clerkRole));
  }

  assertCanRead(who: Principal | null, r: R): void {
    if (!inUnitScope(this.readScope(who), this.unit.unitType, this.unit.of(r))) throw forbidden(this.unit.messages.readOther);
  }

  /** `case.review`: refused without a reading role, null when the case has none. */
  async ofCase(who: Principal | null, loaders: ReviewLoaders<R>, caseId: string): Promise<R | null> {
    this.readScope(who);
    const r = await loaders.ofCase.load(caseId);
    if (r) this.assertCanRead(who, r);
    return r;
  }

  async list(who: Principal | null, f: CommonReviewFilter, unitId: string | null | undefined, page: { limit: number; offset: number }, now: Date): Promise<{ total: number; nodes: R[] }> {
    const only = unitFilter(this.readScope(who), this.unit.unitType, unitId, this.unit.messages.listOther);
    const qb = this.tier.dataSource.getRepository(this.entities.review).createQueryBuilder('r');
    if (only !== null) qb.andWhere(`r.${this.unit.column} = :unit`, { unit: only });
    return pageOfReviews(qb, f, page, now);
  }

  act(who: Principal | null, a: { reviewId: string; version: number; action: RectificationAction; note?: string | null }, now: Date): Promise<R> {
    const p = requireRole(who, this.unit.clerkRole, 'SUPERVISOR');
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

  /** The responsible unit's clerks rectify; supervisors decide and follow up. */
  private assertCanAct(who: Principal, r: R, actor: RectificationActor): void {
    if (actor === 'SUPERVISOR') {
      if (who.role !== 'SUPERVISOR') throw forbidden('Only supervisors decide on a rectification or record the follow-up call (须由效能监督人员操作)');
    } else if (who.role !== this.unit.clerkRole || !inUnitScope(unitScope(who), this.unit.unitType, this.unit.of(r))) {
      throw forbidden(this.unit.messages.actOther);
    }
  }

  byCaseIds(caseIds: readonly string[]): Promise<R[]> {
    return this.tier.dataSource.getRepository(this.entities.review).find({ where: { caseId: In([...caseIds]) } as never });
  }

  stepsOf(reviewIds: readonly string[]): Promise<E[]> {
    return this.tier.dataSource.getRepository(this.entities.event).find({ where: { reviewId: In([...reviewIds]) } as never, order: { seq: 'ASC' } as never });
  }
}
