import type { SelectQueryBuilder } from 'typeorm';
import { isCaseStatus, OPEN_STATUSES } from '../domain/lifecycle';
import { isCaseChannel } from '../domain/channel';
import { isCalendarDate } from '../domain/time';
import { isUuid } from '../db/ids';
import { badInput } from '../graphql/errors';
import type { CaseRecord } from './case-record';
import { toCaseState } from './case-state';
import { overdueNow } from './overdue-sql';
import { warningLevel, type WarningLevel, type WarningThresholds } from '../domain/warning';
import type { WorkCalendar } from '../domain/calendar';

/** Filters both tiers offer on case lists (the unit scope is each tier's own business). */
export interface CommonCaseFilter {
  status?: string[] | null;
  itemId?: string | null;
  overdue?: boolean | null;
  expedited?: boolean | null;
  acceptedFrom?: string | null;
  acceptedTo?: string | null;
  /** Only open cases at these warning levels now. */
  warning?: string[] | null;
  /** Only cases that came in this way (WINDOW, ONLINE). */
  channel?: string[] | null;
}

/** What judging warning levels needs: the tier's calendar and the county's thresholds. */
export interface WarningJudge {
  calendar: WorkCalendar;
  thresholds: WarningThresholds;
}

const WARNING_LEVELS: readonly string[] = ['GREEN', 'YELLOW', 'RED'];

const MAX_PAGE = 200;

export function checkId(id: string): string {
  if (!isUuid(id)) throw badInput(`编号格式不正确，应为 UUID：${String(id).slice(0, 60)} (Not a valid identifier)`);
  return id;
}

/** Refuses a page size outside 1…max or a negative offset. */
export function checkPage(limit: number, offset: number, max = MAX_PAGE): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw badInput(`每页条数 limit 应为1–${max} (limit must be from 1 to ${max})`, { field: 'limit' });
  if (!Number.isInteger(offset) || offset < 0) throw badInput('偏移量 offset 不能为负数 (offset must be 0 or more)', { field: 'offset' });
}

export function checkDate(d: string): string {
  if (!isCalendarDate(d)) throw badInput(`日期格式应为 YYYY-MM-DD：${d} (Not a date)`);
  return d;
}

/** Applies the common filters, newest first, and returns one page with the total. */
export async function pageOfCases<C extends CaseRecord>(
  qb: SelectQueryBuilder<C>,
  f: CommonCaseFilter,
  page: { limit: number; offset: number },
  now: Date,
  judge?: WarningJudge,
): Promise<{ total: number; nodes: C[] }> {
  checkPage(page.limit, page.offset);
  const a = qb.alias;
  if (f.status?.length) {
    for (const s of f.status) if (!isCaseStatus(s)) throw badInput(`Unknown status ${s}`);
    qb.andWhere(`${a}.status IN (:...st)`, { st: f.status });
  }
  if (f.itemId != null) qb.andWhere(`${a}.item_id = :item`, { item: checkId(f.itemId) });
  if (f.channel?.length) {
    for (const ch of f.channel) if (!isCaseChannel(ch)) throw badInput(`Unknown channel ${ch}`);
    qb.andWhere(`${a}.channel IN (:...channels)`, { channels: f.channel });
  }
  if (f.expedited != null) qb.andWhere(`${a}.expedited = :exp`, { exp: f.expedited });
  if (f.overdue) qb.andWhere(overdueNow(a, now));
  if (f.acceptedFrom) qb.andWhere(`${a}.accepted_on >= :from`, { from: checkDate(f.acceptedFrom) });
  if (f.acceptedTo) qb.andWhere(`${a}.accepted_on <= :to`, { to: checkDate(f.acceptedTo) });
  if (f.warning) {
    const ids = await idsAtWarningLevels(qb, f.warning, now, judge);
    if (ids.length === 0) return { total: 0, nodes: [] };
    qb.andWhere(`${a}.id IN (:...warned)`, { warned: ids });
  }
  // Both keys descending, so the (received_at) indexes give the page without sorting the table.
  qb.orderBy(`${a}.received_at`, 'DESC').addOrderBy(`${a}.id`, 'DESC').take(page.limit).skip(page.offset);
  const [nodes, total] = await qb.getManyAndCount();
  return { total, nodes };
}

/**
 * Warning levels depend on today's date and the calendar, not on stored columns, so they are
 * judged here over the open, accepted cases that match the other filters — the working backlog,
 * which stays small however long the history grows.
 */
async function idsAtWarningLevels<C extends CaseRecord>(
  qb: SelectQueryBuilder<C>,
  levels: string[],
  now: Date,
  judge: WarningJudge | undefined,
): Promise<string[]> {
  if (!judge) throw new Error('Warning filter used without a calendar');
  for (const l of levels) if (!WARNING_LEVELS.includes(l)) throw badInput(`Unknown warning level ${l}`);
  const a = qb.alias;
  const open = await qb
    .clone()
    .andWhere(`${a}.status IN (:...openStatuses) AND ${a}.accepted_at IS NOT NULL`, { openStatuses: [...OPEN_STATUSES] })
    .getMany();
  return open
    .filter((c) => {
      const w = warningLevel({ state: toCaseState(c), now, calendar: judge.calendar, thresholds: judge.thresholds });
      return !!w && levels.includes(w.level satisfies WarningLevel);
    })
    .map((c) => c.id);
}
