import { TableIndex, type TableColumnOptions } from 'typeorm';
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
