import { TableColumn, type QueryRunner } from 'typeorm';
import { declareSchema } from '../db/declared-schema';

/**
 * The `channel` column of a case table (WINDOW or ONLINE). Every case before it came in at a
 * window: the column's default says so for the existing rows, then goes (entities declare no
 * defaults: see declared-schema.ts). Used by both tiers' 1765430000000 migrations (never edit).
 */
export async function addCaseChannel(q: QueryRunner, table: string): Promise<void> {
  await q.addColumn(table, new TableColumn({ name: 'channel', type: 'varchar', length: '10', isNullable: false, default: "'WINDOW'" }));
  await declareSchema(q, [table], { [table]: { channel: "'WINDOW'" } });
}

export async function dropCaseChannel(q: QueryRunner, table: string): Promise<void> {
  await q.dropColumn(table, 'channel');
}
