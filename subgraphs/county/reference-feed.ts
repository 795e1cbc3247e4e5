import type { DataSource, EntityManager, EntitySubscriberInterface, InsertEvent, RemoveEvent, UpdateEvent } from 'typeorm';
import { newId } from '../shared/db/ids';
import { enqueue } from '../shared/outbox/enqueue';
import { CalendarOverrideRow, CalendarYearRow, CountyItem, CountyOutbox, CountySettingRow, Department } from './entities';

/** What the township copies from the county: its catalog, delegation, calendar and settings. */
const COPIED = new Set<unknown>([Department, CountyItem, CalendarOverrideRow, CalendarYearRow, CountySettingRow]);

export const REFERENCE_CHANGED = 'REFERENCE_CHANGED';
/** One subject for all reference data: the township refreshes its whole copy, so order is all that matters. */
const REFERENCE_SUBJECT = 'county-reference-data';

/**
 * Tells the township, through the outbox and in the same transaction as the change, that the data
 * it copies changed, so a newly delegable item or a new holiday reaches its windows within seconds
 * instead of at the next periodic refresh (which stays as the fallback while the county is down).
 */
export function announceReferenceChanges(ds: DataSource, clock: () => Date): void {
  const announce = async (m: EntityManager | undefined, target: unknown, table: string) => {
    if (!m || !COPIED.has(target)) return;
    const now = clock();
    await enqueue(m, CountyOutbox, { messageKey: `reference:${newId()}`, kind: REFERENCE_CHANGED, subjectId: REFERENCE_SUBJECT, now, payload: { changedAt: now.toISOString(), table } });
  };
  const subscriber: EntitySubscriberInterface = {
    afterInsert: (e: InsertEvent<unknown>) => announce(e.manager, e.metadata.target, e.metadata.tableName),
    afterUpdate: (e: UpdateEvent<unknown>) => announce(e.manager, e.metadata.target, e.metadata.tableName),
    afterRemove: (e: RemoveEvent<unknown>) => announce(e.manager, e.metadata.target, e.metadata.tableName),
  };
  ds.subscribers.push(subscriber);
}
