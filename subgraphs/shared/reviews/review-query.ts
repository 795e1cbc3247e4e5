import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { badInput } from '../graphql/errors';
import { checkDate, checkPage } from '../cases/case-query';
import { endOfShanghaiDay, startOfShanghaiDay } from '../domain/time';
import { RECTIFICATION_STATUS_LABELS_ZH } from '../domain/rectification';
import type { ReviewRecord } from './review-record';

/** Filters both tiers offer on review lists (the unit scope is each tier's own business). */
export interface CommonReviewFilter {
  level?: number[] | null;
  rectificationStatus?: string[] | null;
  overdue?: boolean | null;
  reviewedFrom?: string | null;
  reviewedTo?: string | null;
}

/**
 * Not rectified or decided by the due instant (or the opposite), as SQL: the same rule as
 * `isRectificationOverdue`. Instants are ISO text, so they compare as strings.
 */
function rectificationOverdue(alias: string, now: Date, overdue: boolean): Brackets {
  const late = `${alias}.rectification_due_at IS NOT NULL AND ((${alias}.settled_at IS NULL AND ${alias}.rectification_due_at <= :rectNow) OR ${alias}.settled_at >= ${alias}.rectification_due_at)`;
  const notLate = `${alias}.rectification_due_at IS NULL OR (${alias}.settled_at IS NULL AND ${alias}.rectification_due_at > :rectNow) OR ${alias}.settled_at < ${alias}.rectification_due_at`;
  return new Brackets((w) => w.where(overdue ? late : notLate, { rectNow: now.toISOString() }));
}

/** Applies the common filters, newest first, and returns one page with the total. */
export async function pageOfReviews<R extends ReviewRecord>(
  qb: SelectQueryBuilder<R>,
  f: CommonReviewFilter,
  page: { limit: number; offset: number },
  now: Date,
): Promise<{ total: number; nodes: R[] }> {
  checkPage(page.limit, page.offset);
  const a = qb.alias;
  if (f.level?.length) {
    for (const l of f.level) if (!Number.isInteger(l) || l < 1 || l > 5) throw badInput(`Review levels are 1 to 5, not ${l}`);
    qb.andWhere(`${a}.level IN (:...levels)`, { levels: f.level });
  }
  if (f.rectificationStatus?.length) {
    for (const s of f.rectificationStatus) if (!(s in RECTIFICATION_STATUS_LABELS_ZH)) throw badInput(`Unknown rectification status ${s}`);
    qb.andWhere(`${a}.rectification_status IN (:...rectStatuses)`, { rectStatuses: f.rectificationStatus });
  }
  if (f.overdue != null) qb.andWhere(rectificationOverdue(a, now, f.overdue));
  if (f.reviewedFrom) qb.andWhere(`${a}.reviewed_at >= :reviewedFrom`, { reviewedFrom: startOfShanghaiDay(checkDate(f.reviewedFrom)).toISOString() });
  if (f.reviewedTo) qb.andWhere(`${a}.reviewed_at < :reviewedTo`, { reviewedTo: endOfShanghaiDay(checkDate(f.reviewedTo)).toISOString() });
  qb.orderBy(`${a}.reviewed_at`, 'DESC').addOrderBy(`${a}.id`, 'ASC').take(page.limit).skip(page.offset);
  const [nodes, total] = await qb.getManyAndCount();
  return { total, nodes };
}
