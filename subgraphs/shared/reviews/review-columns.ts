import { TableIndex, type TableColumnOptions } from 'typeorm';
import { col } from '../db/migration-columns';

/**
 * Columns of a review table on either tier (version 1; never edit, add migrations).
 * `unitColumn` is where the case belongs: `department_id` at the county, `township_id` at a township.
 * The case's item and acceptance day are copied in so figures can group reviews without a join.
 */
export const reviewColumnsV1 = (unitColumn: string): TableColumnOptions[] => [
  col.id(),
  col.ref('case_id'),
  col.str('case_number', 40),
  col.ref(unitColumn),
  col.ref('item_id'),
  col.date('accepted_on', true),
  col.int('level'),
  col.text('comment', true),
  col.str('request_id', 80),
  col.instant('reviewed_at'),
  col.date('reviewed_on'),
  col.str('rectification_status', 16),
  col.date('rectification_due_date', true),
  col.instant('rectification_due_at', true),
  col.instant('rectification_started_at', true),
  col.text('rectification_start_note', true),
  col.instant('rectified_at', true),
  col.text('rectification_note', true),
  col.instant('decided_at', true),
  col.text('decision_reason', true),
  // When the rectification stopped counting towards its deadline (rectified or decided).
  col.instant('settled_at', true),
  col.instant('followed_up_at', true),
  col.text('follow_up_note', true),
  col.int('version', false, 1),
  col.instant('updated_at'),
];

export const reviewIndicesV1 = (unitColumn: string): TableIndex[] => [
  new TableIndex({ columnNames: ['case_id'], isUnique: true }),
  new TableIndex({ columnNames: ['request_id'], isUnique: true }),
  new TableIndex({ columnNames: [unitColumn, 'reviewed_at'] }),
  new TableIndex({ columnNames: ['reviewed_at'] }),
  new TableIndex({ columnNames: ['rectification_status', 'rectification_due_at'] }),
  new TableIndex({ columnNames: ['level', 'reviewed_at'] }),
  new TableIndex({ columnNames: ['accepted_on'] }),
];

/** Columns of the append-only table of rectification steps. */
export const rectificationEventColumnsV1 = (): TableColumnOptions[] => [
  col.id(),
  col.ref('review_id'),
  col.int('seq'),
  col.str('action', 20),
  col.str('from_status', 16, true),
  col.str('to_status', 16),
  col.str('actor_id', 64),
  col.str('actor_name', 50),
  col.str('actor_role', 20),
  col.instant('at'),
  col.text('note', true),
];

export const rectificationEventIndicesV1 = (): TableIndex[] => [new TableIndex({ columnNames: ['review_id', 'seq'], isUnique: true })];
