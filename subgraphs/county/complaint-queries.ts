import { checkPeriod } from '../shared/domain/statistics';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../shared/auth/principal';
import { checkDate, checkId, checkPage } from '../shared/cases/case-query';
import { isComplaintStatus, type ComplaintUnitType } from '../shared/domain/complaint';
import { isComplaintChannel } from '../shared/domain/complaint-channel';
import { rate, type Rate } from '../shared/domain/rate';
import { checkComplaintTracking } from '../shared/domain/complaint-tracking';
import { badInput, forbidden } from '../shared/graphql/errors';
import { mixedUnitFilter } from '../shared/auth/unit-scope';
import { complaintReadScope, inScope, type ComplaintScope } from './complaint-access';
import { CountyComplaint } from './entities';

export interface ComplaintFilter {
  status?: string[] | null;
  unitType?: ComplaintUnitType | null;
  unitId?: string | null;
  channel?: string[] | null;
  overdue?: boolean | null;
  filedFrom?: string | null;
  filedTo?: string | null;
}

export interface ComplaintSummary {
  from: string;
  to: string;
  filed: number;
  closed: number;
  dismissed: number;
  open: number;
  overdueOpen: number;
  closedOnTime: number;
  closureRate: Rate | null;
  onTimeRate: Rate | null;
}

const OPEN = ['RECEIVED', 'HANDLING'];
const OVERDUE = `c.status IN ('RECEIVED', 'HANDLING') AND c.due_at <= :now`;

/** Reading complaints: lists, one complaint and the period figures, each within the caller's scope. */
export class ComplaintQueries {
  constructor(private readonly ds: DataSource) {}

  async list(who: Principal | null, f: ComplaintFilter, page: { limit: number; offset: number }, now: Date): Promise<{ total: number; nodes: CountyComplaint[] }> {
    const scope = complaintReadScope(who);
    checkPage(page.limit, page.offset);
    const qb = this.scoped(scope, f);
    if (f.status?.length) {
      for (const s of f.status) if (!isComplaintStatus(s)) throw badInput(`Unknown complaint status ${s}`);
      qb.andWhere('c.status IN (:...st)', { st: f.status });
    }
    if (f.channel?.length) {
      for (const ch of f.channel) if (!isComplaintChannel(ch)) throw badInput(`Unknown complaint channel ${ch}`);
      qb.andWhere('c.channel IN (:...ch)', { ch: f.channel });
    }
    if (f.overdue != null) qb.andWhere(f.overdue ? `(${OVERDUE})` : `NOT (${OVERDUE})`, { now: now.toISOString() });
    if (f.filedFrom) qb.andWhere('c.filed_on >= :from', { from: checkDate(f.filedFrom) });
    if (f.filedTo) qb.andWhere('c.filed_on <= :to', { to: checkDate(f.filedTo) });
    qb.orderBy('c.filed_at', 'DESC').addOrderBy('c.id', 'ASC').take(page.limit).skip(page.offset);
    const [nodes, total] = await qb.getManyAndCount();
    return { total, nodes };
  }

  async get(who: Principal | null, id: string): Promise<CountyComplaint | null> {
    const scope = complaintReadScope(who);
    const c = await this.ds.getRepository(CountyComplaint).findOne({ where: { id: checkId(id) } });
    if (c && !inScope(scope, c)) throw forbidden('This complaint is about another unit (非本单位投诉)');
    return c;
  }

  /** The public look-up (no token): the complaint with this number and query code, or null. */
  async track(a: { number: string; queryCode: string }): Promise<CountyComplaint | null> {
    const { number, queryCode } = checkComplaintTracking(a);
    return this.ds.getRepository(CountyComplaint).findOne({ where: { number, queryCode } });
  }

  /** Figures over the complaints filed from `from` to `to` (Beijing dates, both included). */
  async summary(who: Principal | null, from: string, to: string, now: Date): Promise<ComplaintSummary> {
    const scope = complaintReadScope(who, { summary: true });
    checkPeriod(from, to); // the same bound as the statistics: at most MAX_PERIOD_DAYS
    const qb = this.scoped(scope, {})
      .select('COUNT(*)', 'filed')
      .addSelect(`SUM(CASE WHEN c.status = 'CLOSED' THEN 1 ELSE 0 END)`, 'closed')
      .addSelect(`SUM(CASE WHEN c.status = 'DISMISSED' THEN 1 ELSE 0 END)`, 'dismissed')
      .addSelect(`SUM(CASE WHEN c.status IN (:...open) THEN 1 ELSE 0 END)`, 'open')
      .addSelect(`SUM(CASE WHEN ${OVERDUE} THEN 1 ELSE 0 END)`, 'overdueOpen')
      // due_at is the exclusive end of the due day, so "on time" is strictly before it.
      .addSelect(`SUM(CASE WHEN c.status = 'CLOSED' AND c.closed_at < c.due_at THEN 1 ELSE 0 END)`, 'closedOnTime')
      .andWhere('c.filed_on >= :from AND c.filed_on <= :to', { from, to })
      .setParameters({ open: OPEN, now: now.toISOString() });
    const row = (await qb.getRawOne()) as Record<string, string | number | null>;
    const n = (k: string) => Number(row?.[k] ?? 0);
    return {
      from,
      to,
      filed: n('filed'),
      closed: n('closed'),
      dismissed: n('dismissed'),
      open: n('open'),
      overdueOpen: n('overdueOpen'),
      closedOnTime: n('closedOnTime'),
      closureRate: rate(n('closed'), n('filed')),
      onTimeRate: rate(n('closedOnTime'), n('closed')),
    };
  }

  /** Complaints within the caller's scope, narrowed by the unit filter; a clerk asking for another unit is refused. */
  private scoped(scope: ComplaintScope, f: Pick<ComplaintFilter, 'unitType' | 'unitId'>): SelectQueryBuilder<CountyComplaint> {
    const qb = this.ds.getRepository(CountyComplaint).createQueryBuilder('c');
    const { unitType, unitId } = mixedUnitFilter(scope, f, 'Clerks see complaints about their own unit only (只能查看本单位投诉)');
    if (unitType !== null) qb.andWhere('c.unit_type = :ut', { ut: unitType });
    if (unitId !== null) qb.andWhere('c.unit_id = :uid', { uid: unitId });
    return qb;
  }
}
