import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import type { CaseRecord } from '../cases/case-record';
import { overdueNow } from '../cases/overdue-sql';

/** Open cases that are RED now and that e-supervision has not yet acted on, most overdue first. */
export function unnoticedRedCases<C extends CaseRecord>(ds: DataSource, entity: EntityTarget<C>, now: Date, batch: number): Promise<C[]> {
  return ds
    .getRepository(entity)
    .createQueryBuilder('c')
    .where(overdueNow('c', now))
    .andWhere('c.red_noticed_at IS NULL')
    .orderBy('c.due_at', 'ASC')
    .take(batch)
    .getMany();
}

/** Marks a case as noticed; false when another sweeper marked it first. */
export async function markRedNoticed<C extends CaseRecord>(m: EntityManager, entity: EntityTarget<C>, id: string, now: Date): Promise<boolean> {
  const res = await m
    .getRepository(entity)
    .createQueryBuilder()
    .update()
    .set({ redNoticedAt: now } as never)
    .where('id = :id AND red_noticed_at IS NULL', { id })
    .execute();
  return res.affected === 1;
}
