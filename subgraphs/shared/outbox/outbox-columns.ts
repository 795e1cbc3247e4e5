import { TableColumn, TableIndex, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { col } from '../db/migration-columns';

/** Columns of an outbox table (version 1). */
export const outboxColumnsV1 = (): TableColumnOptions[] => [
  col.id(),
  col.str('message_key', 120),
  col.str('kind', 40),
  col.ref('subject_id'),
  col.text('payload'),
  col.instant('created_at'),
  col.int('attempts', false, 0),
  col.instant('next_attempt_at'),
  col.str('claimed_by', 64, true),
  col.instant('lease_until', true),
  col.instant('delivered_at', true),
  col.str('last_error', 500, true),
];

export const outboxIndicesV1 = (): TableIndex[] => [
  new TableIndex({ columnNames: ['message_key'], isUnique: true }),
  new TableIndex({ columnNames: ['delivered_at', 'next_attempt_at'] }),
  new TableIndex({ columnNames: ['subject_id'] }),
];

const SUBJECT_ORDER_INDEX = ['subject_id', 'delivered_at', 'subject_seq'];

/**
 * Version 2: each message's place among its subject's messages (`subject_seq`), so no message is
 * delivered while an older one of the same subject is undelivered, and `parked_at` for a message
 * the receiver refused for good. Rows written before keep seq 0 and go in creation order.
 */
export async function addOutboxOrdering(q: QueryRunner, table: string): Promise<void> {
  await q.addColumns(table, [new TableColumn(col.int('subject_seq', false, 0)), new TableColumn(col.instant('parked_at', true))]);
  await q.createIndex(table, new TableIndex({ columnNames: SUBJECT_ORDER_INDEX }));
}

export async function dropOutboxOrdering(q: QueryRunner, table: string): Promise<void> {
  await q.dropIndex(table, new TableIndex({ columnNames: SUBJECT_ORDER_INDEX }));
  await q.dropColumns(table, ['parked_at', 'subject_seq']);
}
