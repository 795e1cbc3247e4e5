import type { SelectQueryBuilder } from 'typeorm';
import { isCaseStatus } from '../domain/lifecycle';
import { isCalendarDate } from '../domain/time';
import { isUuid } from '../db/ids';
import { badInput } from '../graphql/errors';
import type { CaseRecord } from './case-record';

/** Filters both tiers offer on case lists (the unit scope is each tier's own business). */
export interface CommonCaseFilter {
  status?: string[] | null;
  itemId?: string | null;
  overdue?: boolean | null;
  expedited?: boolean | null;
  acceptedFrom?: string | null;
  acceptedTo?: string | null;
}

export const OPEN_STATUSES = ['ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'SPECIAL_PROCEDURE'];
export const MAX_PAGE = 200;

export function checkId(id: string): string {
  if (!isUuid(id)) throw badInput(`Not a valid identifier: ${String(id).slice(0, 60)}`);
  return id;
}

export function checkDate(d: string): string {
  if (!isCalendarDate(d)) throw badInput(`Not a date (YYYY-MM-DD): ${d}`);
  return d;
}

/** Applies the common filters, newest first, and returns one page with the total. */
export async function pageOfCases<C extends CaseRecord>(
  qb: SelectQueryBuilder<C>,
  f: CommonCaseFilter,
  page: { limit: number; offset: number },
  now: Date,
): Promise<{ total: number; nodes: C[] }> {
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_PAGE) throw badInput(`limit must be from 1 to ${MAX_PAGE}`);
  if (!Number.isInteger(page.offset) || page.offset < 0) throw badInput('offset must be 0 or more');
  const a = qb.alias;
  if (f.status?.length) {
    for (const s of f.status) if (!isCaseStatus(s)) throw badInput(`Unknown status ${s}`);
    qb.andWhere(`${a}.status IN (:...st)`, { st: f.status });
  }
  if (f.itemId) qb.andWhere(`${a}.item_id = :item`, { item: checkId(f.itemId) });
  if (f.expedited != null) qb.andWhere(`${a}.expedited = :exp`, { exp: f.expedited });
  if (f.overdue) {
    // Same rule as the warning level: a stopped clock is judged at the moment it stopped.
    qb.andWhere(
      `${a}.status IN (:...open) AND ((${a}.paused_at IS NULL AND ${a}.due_at <= :now) OR ${a}.paused_at >= ${a}.due_at)`,
      { open: OPEN_STATUSES, now: now.toISOString() },
    );
  }
  if (f.acceptedFrom) qb.andWhere(`${a}.accepted_on >= :from`, { from: checkDate(f.acceptedFrom) });
  if (f.acceptedTo) qb.andWhere(`${a}.accepted_on <= :to`, { to: checkDate(f.acceptedTo) });
  qb.orderBy(`${a}.received_at`, 'DESC').addOrderBy(`${a}.id`, 'ASC').take(page.limit).skip(page.offset);
  const [nodes, total] = await qb.getManyAndCount();
  return { total, nodes };
}
