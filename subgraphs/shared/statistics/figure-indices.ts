import { TableIndex } from 'typeorm';

/**
 * Indexes that let the statistics read only index entries (SPEC §7), for a case table whose
 * unit column is `unit`. Widest key: about 780 bytes in utf8mb4, well under MySQL's 3072.
 */
export const figureIndicesV1 = (table: string, unit: string): TableIndex[] => [
  // The cohort: every figure of the cases accepted in a period, grouped by unit and item.
  new TableIndex({
    name: `IDX_${table}_cohort`,
    columnNames: ['accepted_on', unit, 'item_id', 'status', 'item_kind', 'expedited', 'completed_on', 'due_date', 'due_at', 'paused_at'],
  }),
  // Daily completions.
  new TableIndex({ name: `IDX_${table}_completed_on`, columnNames: ['completed_on', unit, 'item_id', 'status'] }),
  // Daily overdue: cases due on a day and how they ended.
  new TableIndex({
    name: `IDX_${table}_due_date`,
    columnNames: ['due_date', unit, 'item_id', 'status', 'completed_on', 'due_at', 'paused_at', 'withdrawn_at'],
  }),
  // Current warning counts: the clocks of open cases, without reading the table rows.
  new TableIndex({
    name: `IDX_${table}_open_clock`,
    columnNames: ['status', unit, 'item_id', 'accepted_on', 'due_date', 'due_at', 'paused_at', 'paused_working_days'],
  }),
];

/** The cohort index from the online-application migrations on: the channel too, for 网上申报 figures. */
export const cohortIndexV2 = (table: string, unit: string): TableIndex =>
  new TableIndex({
    name: `IDX_${table}_cohort`,
    columnNames: ['accepted_on', unit, 'item_id', 'status', 'item_kind', 'expedited', 'channel', 'completed_on', 'due_date', 'due_at', 'paused_at'],
  });
