import { TableColumn, type QueryRunner } from 'typeorm';
import { declareSchema } from '../db/declared-schema';
import { cohortIndexV2, figureIndicesV1 } from '../statistics/figure-indices';

/**
 * The `channel` column of a case table (WINDOW or ONLINE). Every case before it came in at a
 * window: the column's default says so for the existing rows, then goes (entities declare no
 * defaults: see declared-schema.ts). The statistics' cohort index takes the channel in, so the
 * 网上申报 figures still read index entries only. Used by both tiers' 1765430000000 migrations (never edit).
 */
export async function addCaseChannel(q: QueryRunner, table: string, unit: string): Promise<void> {
  await q.addColumn(table, new TableColumn({ name: 'channel', type: 'varchar', length: '10', isNullable: false, default: "'WINDOW'" }));
  await declareSchema(q, [table], { [table]: { channel: "'WINDOW'" } });
  await q.dropIndex(table, `IDX_${table}_cohort`);
  await q.createIndex(table, cohortIndexV2(table, unit));
}

export async function dropCaseChannel(q: QueryRunner, table: string, unit: string): Promise<void> {
  await q.dropIndex(table, `IDX_${table}_cohort`);
  await q.createIndex(table, figureIndicesV1(table, unit)[0]);
  await q.dropColumn(table, 'channel');
}
