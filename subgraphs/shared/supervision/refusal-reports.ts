import type { DataSource, EntityTarget } from 'typeorm';
import { In } from 'typeorm';
import type { CaseHistoryRecord, CaseRecord } from '../cases/case-record';
import { checkDate, checkPage } from '../cases/case-query';
import { badInput } from '../graphql/errors';
import { freeTextFor } from '../domain/masking';
import { addCalendarDays, compareDates, endOfShanghaiDay, startOfShanghaiDay } from '../domain/time';

/** One refusal (不予受理) or rejection (不予许可), as a supervisor's refusal report shows it (否定报备). */
export interface RefusalReport<C extends CaseRecord> {
  id: string;
  case: C;
  kind: 'NOT_ACCEPTED' | 'REJECTED';
  reason: string;
  unitName: string;
  clerkId: string;
  clerkName: string;
  refusedAt: Date;
}

export interface RefusalQuery {
  from: string;
  to: string;
  /** The tier's unit column and value to restrict to (a department or a township), or null for all. */
  unit: { column: string; id: string } | null;
  /** Whether the caller handles these cases (a clerk of the unit): reasons as written, else masked. */
  reasonsVisible: boolean;
  limit: number;
  offset: number;
}

const REFUSAL_STEPS = ['notAccept', 'reject'];
const MAX_SPAN_DAYS = 366;

/**
 * Refusals are read from the append-only history, where each refusal step records who refused,
 * in which unit, when and why; a rejected case that was later handed over still appears.
 */
export async function refusalReports<C extends CaseRecord, H extends CaseHistoryRecord>(
  ds: DataSource,
  entities: { cases: EntityTarget<C>; history: EntityTarget<H> },
  q: RefusalQuery,
): Promise<{ total: number; nodes: RefusalReport<C>[] }> {
  checkDate(q.from);
  checkDate(q.to);
  if (compareDates(q.from, q.to) > 0) throw badInput('from must not be after to');
  if (compareDates(addCalendarDays(q.from, MAX_SPAN_DAYS - 1), q.to) < 0) throw badInput(`A period may span at most ${MAX_SPAN_DAYS} days`);
  checkPage(q.limit, q.offset);

  const qb = ds
    .getRepository(entities.history)
    .createQueryBuilder('h')
    .innerJoin(entities.cases as never, 'c', 'c.id = h.case_id')
    .where('h.step IN (:...steps)', { steps: REFUSAL_STEPS })
    .andWhere('h.at >= :start AND h.at <= :end', { start: startOfShanghaiDay(q.from).toISOString(), end: endOfShanghaiDay(q.to).toISOString() });
  if (q.unit) qb.andWhere(`c.${q.unit.column} = :unit`, { unit: q.unit.id });
  qb.orderBy('h.at', 'DESC').addOrderBy('h.id', 'ASC').take(q.limit).skip(q.offset);
  const [steps, total] = await qb.getManyAndCount();
  if (steps.length === 0) return { total, nodes: [] };

  const cases = await ds.getRepository(entities.cases).find({ where: { id: In(steps.map((s) => s.caseId)) } as never });
  const byId = new Map(cases.map((c) => [c.id, c]));
  return {
    total,
    nodes: steps.map((s) => ({
      id: s.id,
      case: byId.get(s.caseId)!,
      kind: s.step === 'reject' ? 'REJECTED' : 'NOT_ACCEPTED',
      reason: freeTextFor(byId.get(s.caseId)!.refusalReason ?? s.note ?? '', q.reasonsVisible) ?? '',
      unitName: s.unitName,
      clerkId: s.actorId,
      clerkName: s.actorName,
      refusedAt: s.at,
    })),
  };
}
